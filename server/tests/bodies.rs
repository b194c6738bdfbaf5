//! Request bodies under load (#12): the server-wide budget of body bytes in flight.

use std::time::Duration;

use contactkit_server::{Limits, ServeOptions};
use tokio::io::AsyncWriteExt as _;
use tokio::net::TcpStream;

use crate::support::*;

const KIB: usize = 1024;

/// A BIK body of exactly `len` bytes that is read whole and then refused (400): an
/// unknown key padded out.
fn padded_body(len: usize) -> String {
    let body = format!(
        r#"{{"userProperties":[],"pad":"{}"}}"#,
        "x".repeat(len - 30)
    );
    assert_eq!(body.len(), len);
    body
}

const PAD_ERROR: &str = r#"{"status":400,"error":"ValidationError: \"pad\" is not allowed"}"#;

fn bik_head(length: Option<usize>) -> String {
    let framing = match length {
        Some(len) => format!("content-length: {len}"),
        None => "transfer-encoding: chunked".to_owned(),
    };
    format!(
        "POST {BIK_PATH} HTTP/1.1\r\nhost: x\r\nauthorization: {BASIC}\r\ncontent-type: application/json\r\n{framing}\r\n\r\n"
    )
}

/// Sends `body` in two halves 300 ms apart (as a length-delimited or a chunked body), so
/// that many bodies are in flight at once; returns the response.
async fn send_slowly(addr: std::net::SocketAddr, body: String, chunked: bool) -> String {
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    let head = bik_head((!chunked).then_some(body.len()));
    stream.write_all(head.as_bytes()).await.unwrap();
    let (first, second) = body.split_at(body.len() / 2);
    for (i, part) in [first, second].into_iter().enumerate() {
        if i > 0 {
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        if chunked {
            let chunk = format!("{:x}\r\n{part}\r\n", part.len());
            stream.write_all(chunk.as_bytes()).await.unwrap();
        } else {
            stream.write_all(part.as_bytes()).await.unwrap();
        }
    }
    if chunked {
        stream.write_all(b"0\r\n\r\n").await.unwrap();
    }
    read_response(&mut stream, Duration::from_secs(20))
        .await
        .expect("a response")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bodies_in_flight_stay_within_the_budget() {
    let budget = 256 * KIB;
    let limits = Limits {
        max_body_bytes: 64 * KIB,
        max_body_bytes_in_flight: budget,
        // Long enough that every request gets its turn.
        body_budget_wait: Duration::from_secs(20),
        ..test_limits()
    };
    let (server, state) = start_serving(limits, ServeOptions::default()).await;

    // 16 bodies of 60 KiB (960 KiB in all) and 4 chunked ones, all at once: at most four
    // fit in the budget.
    let mut tasks = Vec::new();
    for i in 0..20 {
        let addr = server.addr;
        tasks.push(tokio::spawn(send_slowly(
            addr,
            padded_body(60 * KIB),
            i >= 16,
        )));
    }
    for task in tasks {
        let response = task.await.expect("client task");
        assert!(response.starts_with("HTTP/1.1 400"), "{response}");
        assert!(response.ends_with(PAD_ERROR), "{response}");
    }
    let gauge = state.body_budget();
    assert!(
        gauge.peak() <= budget,
        "peak {} over {budget}",
        gauge.peak()
    );
    assert!(
        gauge.peak() >= 60 * KIB,
        "bodies were counted: {}",
        gauge.peak()
    );
    assert_eq!(gauge.held(), 0, "every reservation is released");
    server.stop().await;
}

#[tokio::test]
async fn a_full_budget_is_503_with_retry_after_in_the_endpoints_shape() {
    let limits = Limits {
        max_body_bytes: 64 * KIB,
        max_body_bytes_in_flight: 64 * KIB,
        body_budget_wait: Duration::from_millis(300),
        ..test_limits()
    };
    let (server, state) = start_serving(limits, ServeOptions::default()).await;

    // A body declared at the limit reserves the whole budget before it is sent.
    let mut hog = TcpStream::connect(server.addr).await.expect("connect");
    hog.write_all(bik_head(Some(64 * KIB)).as_bytes())
        .await
        .unwrap();
    wait_for(|| state.body_budget().held() == 64 * KIB).await;

    let reply = server.bik(BIK_SEED_BODY).await;
    assert_eq!(reply.status, 503, "{}", reply.body);
    assert_eq!(reply.header("retry-after"), Some("1"));
    assert_eq!(reply.header("connection"), Some("close"));
    assert_eq!(
        reply.body,
        r#"{"status":503,"error":"server busy: too many request bodies in flight, retry later"}"#
    );
    let reply = server.profile(r#"{"email":"a@b.cz"}"#).await;
    assert_eq!(reply.status, 503, "{}", reply.body);
    assert_eq!(reply.header("retry-after"), Some("1"));
    assert_eq!(
        reply.body,
        r#"{"success":false,"error":"server busy: too many request bodies in flight, retry later"}"#
    );
    let doc = contactkit_server::openapi::document();
    assert_eq!(
        reply.json(),
        doc["paths"][PROFILE_PATH]["post"]["responses"]["503"]["content"]["application/json"]
            ["examples"]["busy"]["value"]
    );
    // Requests without a body do not need the budget.
    assert_eq!(
        send(server.addr, "GET", "/healthz", &[], Vec::new())
            .await
            .status,
        200
    );

    // The hog goes away: its reservation is released and bodies are read again.
    drop(hog);
    wait_for(|| state.body_budget().held() == 0).await;
    assert_eq!(server.bik(BIK_SEED_BODY).await.status, 200);
    server.stop().await;
}

/// Polls `condition` every 10 ms for up to 5 s.
async fn wait_for(condition: impl Fn() -> bool) {
    for _ in 0..500 {
        if condition() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("condition not met within 5 s");
}

/// Writes `head` and then all of `body` in 64 KiB pieces a few milliseconds apart, as
/// over a network, and reads only then, as a client that does not read before it has sent
/// everything. Returns whether every write succeeded (a server that stops reading and
/// closes makes them fail with a reset), the response and how the connection ended.
async fn send_everything_then_read(
    addr: std::net::SocketAddr,
    head: &str,
    body: &[u8],
) -> (bool, String, End) {
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    let mut sent = stream.write_all(head.as_bytes()).await.is_ok();
    for piece in body.chunks(64 * KIB) {
        if sent {
            sent = stream.write_all(piece).await.is_ok();
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }
    let (text, end) = read_to_end(&mut stream, Duration::from_secs(10)).await;
    (sent, text, end)
}

#[tokio::test]
async fn a_client_that_keeps_sending_still_sees_the_413() {
    // 1 MiB: twice that is more than hyper reads ahead on its own.
    let limit = 1024 * KIB;
    let limits = Limits {
        max_body_bytes: limit,
        ..test_limits()
    };
    let (server, _) = start_serving(limits, ServeOptions::default()).await;
    let expected_bik =
        format!(r#"{{"status":413,"error":"request body is larger than {limit} bytes"}}"#);
    let expected_profile =
        format!(r#"{{"success":false,"error":"request body is larger than {limit} bytes"}}"#);
    let body = vec![b' '; 2 * limit];

    // Declared twice the limit, and sent.
    let (sent, text, end) =
        send_everything_then_read(server.addr, &bik_head(Some(body.len())), &body).await;
    assert!(
        sent,
        "the server read the whole body: no reset while sending"
    );
    assert!(text.starts_with("HTTP/1.1 413"), "{text}");
    assert!(
        text.to_ascii_lowercase()
            .contains("\r\nconnection: close\r\n"),
        "{text}"
    );
    assert!(text.ends_with(&expected_bik), "{text}");
    assert_eq!(end, End::Closed, "closed, not reset");

    // Chunked: refused once past the limit, the rest read and dropped.
    let mut chunked = Vec::new();
    for chunk in body.chunks(16 * KIB) {
        chunked.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        chunked.extend_from_slice(chunk);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let head = format!(
        "POST {PROFILE_PATH}?apiKey={PROD_KEY} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n"
    );
    let (sent, text, end) = send_everything_then_read(server.addr, &head, &chunked).await;
    assert!(
        sent,
        "the server read the whole body: no reset while sending"
    );
    assert!(text.starts_with("HTTP/1.1 413"), "{text}");
    assert!(text.ends_with(&expected_profile), "{text}");
    assert_eq!(end, End::Closed, "closed, not reset");
    server.stop().await;
}

#[tokio::test]
async fn refusals_before_the_body_are_seen_by_a_client_still_sending() {
    let (server, _) = start_serving(test_limits(), ServeOptions::default()).await;
    // 2 MiB: more than hyper reads ahead on its own, under the default drain bound.
    let body = vec![b' '; 2 * 1024 * KIB];
    let wrong_credentials = format!(
        "POST {BIK_PATH} HTTP/1.1\r\nhost: x\r\nauthorization: Basic YmlrOndyb25n\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    );
    let not_json = format!(
        "POST {PROFILE_PATH}?apiKey={PROD_KEY} HTTP/1.1\r\nhost: x\r\ncontent-type: text/plain\r\ncontent-length: {}\r\n\r\n",
        body.len()
    );
    for (head, status, expected) in [
        (
            wrong_credentials,
            "HTTP/1.1 401",
            r#"{"status":401,"error":"unauthorized"}"#,
        ),
        (
            not_json,
            "HTTP/1.1 415",
            r#"{"success":false,"error":"request body must be application/json"}"#,
        ),
    ] {
        let (sent, text, end) = send_everything_then_read(server.addr, &head, &body).await;
        assert!(sent, "no reset while sending: {text}");
        assert!(text.starts_with(status), "{text}");
        assert!(
            text.to_ascii_lowercase()
                .contains("\r\nconnection: close\r\n"),
            "{text}"
        );
        assert!(text.ends_with(expected), "{text}");
        assert_eq!(end, End::Closed, "closed, not reset");
    }

    // A refusal without a body keeps the connection for the next request.
    let reply = send(server.addr, "POST", BIK_PATH, &[], Vec::new()).await;
    assert_eq!(reply.status, 401);
    assert_eq!(reply.header("connection"), None, "{:?}", reply.body);
    server.stop().await;
}
