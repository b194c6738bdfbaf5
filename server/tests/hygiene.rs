//! Resources and HTTP hygiene (#12): connections that never finish a request head, idle
//! connections, the connection cap and the bounded shutdown, over raw TCP on loopback.

use std::time::{Duration, Instant};

use contactkit_server::ServeOptions;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

use crate::support::*;

/// Options whose timeouts are long enough never to fire in a test, except those a test
/// shortens.
fn patient() -> ServeOptions {
    ServeOptions {
        header_read_timeout: Duration::from_secs(30),
        idle_timeout: Duration::from_secs(30),
        shutdown_grace: Duration::from_secs(1),
        ..ServeOptions::default()
    }
}

const HEALTHZ: &[u8] = b"GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n";

async fn connect(server: &TestServer) -> TcpStream {
    TcpStream::connect(server.addr).await.expect("connect")
}

#[tokio::test]
async fn heads_never_finished_are_closed_after_the_header_read_timeout() {
    let options = ServeOptions {
        header_read_timeout: Duration::from_millis(300),
        ..patient()
    };
    let (server, _) = start_serving(test_limits(), options).await;

    // The report's client: connections that start a request and never end its head.
    let mut stalled = Vec::new();
    for _ in 0..8 {
        let mut stream = connect(&server).await;
        stream
            .write_all(b"POST /healthz HTTP/1.1\r\nhost: x\r\n")
            .await
            .unwrap();
        stalled.push(stream);
    }
    for stream in &mut stalled {
        let (text, end) = read_to_end(stream, Duration::from_secs(5)).await;
        assert_ne!(end, End::Open, "still open after 5 s");
        assert_eq!(text, "", "no response to a head that never ended");
    }

    // One that keeps sending a byte at a time never completes its head either.
    let mut trickle = connect(&server).await;
    let (mut reader, mut writer) = trickle.split();
    let dripping = async {
        for _ in 0..50 {
            if writer.write_all(b"x").await.is_err() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    };
    let closed = async {
        let mut buf = [0u8; 64];
        tokio::time::timeout(Duration::from_secs(5), reader.read(&mut buf)).await
    };
    let ((), read) = tokio::join!(dripping, closed);
    assert!(
        matches!(read, Ok(Ok(0)) | Ok(Err(_))),
        "a trickled head is cut off: {read:?}"
    );

    // The server still answers.
    let reply = send(server.addr, "GET", "/healthz", &[], Vec::new()).await;
    assert_eq!(reply.status, 200);
    server.stop().await;
}

#[tokio::test]
async fn idle_connections_are_closed_after_the_idle_timeout() {
    let options = ServeOptions {
        idle_timeout: Duration::from_millis(300),
        ..patient()
    };
    let (server, _) = start_serving(test_limits(), options).await;

    // A connection that sends nothing (the header timeout, 30 s, is not what closes it).
    let mut silent = connect(&server).await;
    let (text, end) = read_to_end(&mut silent, Duration::from_secs(5)).await;
    assert_eq!((text.as_str(), end), ("", End::Closed));

    // A kept-alive connection, after its response.
    let mut kept = connect(&server).await;
    kept.write_all(HEALTHZ).await.unwrap();
    let response = read_response(&mut kept, Duration::from_secs(5))
        .await
        .expect("a response");
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    let (text, end) = read_to_end(&mut kept, Duration::from_secs(5)).await;
    assert_eq!((text.as_str(), end), ("", End::Closed));
    server.stop().await;
}

#[tokio::test]
async fn a_request_being_uploaded_is_not_idle() {
    let options = ServeOptions {
        idle_timeout: Duration::from_millis(300),
        ..patient()
    };
    let (server, _) = start_serving(test_limits(), options).await;
    let body = BIK_SEED_BODY.as_bytes();
    let (first, rest) = body.split_at(body.len() / 2);
    let mut stream = connect(&server).await;
    let head = format!(
        "POST {BIK_PATH} HTTP/1.1\r\nhost: x\r\nauthorization: {BASIC}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(first).await.unwrap();
    // Longer than the idle timeout with nothing moving: the handler is reading the body,
    // which the request timeout (10 s here) bounds, not the idle timeout.
    tokio::time::sleep(Duration::from_millis(900)).await;
    stream.write_all(rest).await.unwrap();
    let response = read_response(&mut stream, Duration::from_secs(5))
        .await
        .expect("a response");
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    server.stop().await;
}

#[tokio::test]
async fn at_the_connection_cap_new_connections_wait_for_a_free_slot() {
    let options = ServeOptions {
        max_connections: 2,
        ..patient()
    };
    let (server, _) = start_serving(test_limits(), options).await;
    let mut held = Vec::new();
    for _ in 0..2 {
        let mut stream = connect(&server).await;
        stream.write_all(HEALTHZ).await.unwrap();
        let response = read_response(&mut stream, Duration::from_secs(5)).await;
        assert!(response.is_some_and(|r| r.starts_with("HTTP/1.1 200")));
        held.push(stream);
    }

    // The kernel completes the handshake (the backlog), but the server does not accept.
    let mut waiting = connect(&server).await;
    waiting.write_all(HEALTHZ).await.unwrap();
    assert_eq!(
        read_response(&mut waiting, Duration::from_millis(500)).await,
        None,
        "no answer while both slots are taken"
    );

    drop(held.pop());
    let response = read_response(&mut waiting, Duration::from_secs(5))
        .await
        .expect("served once a slot is free");
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    server.stop().await;
}

#[tokio::test]
async fn responses_say_how_long_the_connection_is_kept() {
    let server = TestServer::start(":memory:").await;
    let reply = send(server.addr, "GET", "/healthz", &[], Vec::new()).await;
    // The default idle timeout, 5 s (shorter than the 10 s header-read timeout).
    assert_eq!(reply.header("keep-alive"), Some("timeout=5"));
    server.stop().await;
}

#[tokio::test]
async fn shutdown_closes_a_half_sent_head_at_once() {
    let (server, _) = start_serving(test_limits(), patient()).await;
    let mut stream = connect(&server).await;
    stream
        .write_all(b"POST /api/v1/customer/update-profile HTTP/1.1\r\nhost: x\r\ncontent-")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let started = Instant::now();
    server.stop().await;
    assert!(started.elapsed() < Duration::from_secs(5), "bounded");
    let (text, end) = read_to_end(&mut stream, Duration::from_secs(5)).await;
    assert_eq!(text, "");
    assert_ne!(end, End::Open);
}

#[tokio::test]
async fn shutdown_waits_at_most_the_grace_for_a_half_sent_body() {
    // Grace 1 s; the request timeout (10 s) would end the request much later.
    let (server, _) = start_serving(test_limits(), patient()).await;
    let mut stream = connect(&server).await;
    let head = format!(
        "POST {BIK_PATH} HTTP/1.1\r\nhost: x\r\nauthorization: {BASIC}\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{{\"userPro"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let started = Instant::now();
    server.stop().await;
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_secs(5), "bounded: {elapsed:?}");
    let (text, end) = read_to_end(&mut stream, Duration::from_secs(5)).await;
    assert_eq!(text, "", "the request was cut off, not answered");
    assert_ne!(end, End::Open);
}

#[tokio::test]
async fn a_request_in_flight_at_shutdown_is_answered_within_the_grace() {
    let options = ServeOptions {
        shutdown_grace: Duration::from_secs(10),
        ..patient()
    };
    let (server, _) = start_serving(test_limits(), options).await;
    let addr = server.addr;
    let body = BIK_SEED_BODY.as_bytes();
    let (first, rest) = body.split_at(body.len() / 2);
    let mut stream = connect(&server).await;
    let head = format!(
        "POST {BIK_PATH} HTTP/1.1\r\nhost: x\r\nauthorization: {BASIC}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(first).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let stopping = tokio::spawn(server.stop());
    tokio::time::sleep(Duration::from_millis(200)).await;
    stream.write_all(rest).await.unwrap();
    let response = read_response(&mut stream, Duration::from_secs(5))
        .await
        .expect("answered");
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    tokio::time::timeout(Duration::from_secs(5), stopping)
        .await
        .expect("stops once the request is answered")
        .expect("stop task");
    assert!(
        TcpStream::connect(addr).await.is_err(),
        "no longer accepting"
    );
}

#[tokio::test]
async fn long_uris_and_large_header_sections_get_json_414_and_431() {
    let server = TestServer::start(":memory:").await; // 8 KiB URIs, 16 KiB of headers
    let pad = "x".repeat(9 * 1024);

    let reply = server
        .post(
            &format!("{PROFILE_PATH}?apiKey={PROD_KEY}&pad={pad}"),
            &[],
            "{}",
        )
        .await;
    assert_eq!(reply.status, 414);
    assert_eq!(reply.header("content-type"), Some("application/json"));
    assert_eq!(
        reply.body,
        r#"{"success":false,"error":"request URI is longer than 8192 bytes"}"#
    );
    // Read-back speaks update-profile's dialect.
    let read_back = format!(
        "{}?apiKey={PROD_KEY}&email={pad}",
        contactkit_server::READ_BACK_PATH
    );
    let reply = send(server.addr, "GET", &read_back, &[], Vec::new()).await;
    assert_eq!(
        (reply.status, reply.body.as_str()),
        (
            414,
            r#"{"success":false,"error":"request URI is longer than 8192 bytes"}"#
        )
    );
    let reply = send(
        server.addr,
        "GET",
        &format!("/healthz?{pad}"),
        &[],
        Vec::new(),
    )
    .await;
    assert_eq!(reply.status, 414);
    assert_eq!(
        reply.body,
        r#"{"status":414,"error":"request URI is longer than 8192 bytes"}"#
    );

    let big = "y".repeat(17 * 1024);
    let reply = server
        .post(
            BIK_PATH,
            &[("authorization", BASIC), ("x-pad", &big)],
            BIK_SEED_BODY,
        )
        .await;
    assert_eq!(reply.status, 431);
    assert_eq!(
        reply.body,
        r#"{"status":431,"error":"request header section is larger than 16384 bytes"}"#
    );
    // Many headers, each small, count together.
    let many: Vec<(String, String)> = (0..40)
        .map(|i| (format!("x-pad-{i}"), "z".repeat(500)))
        .collect();
    let many: Vec<(&str, &str)> = many.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    let reply = server
        .post(&format!("{PROFILE_PATH}?apiKey={PROD_KEY}"), &many, "{}")
        .await;
    assert_eq!(reply.status, 431);
    assert_eq!(
        reply.body,
        r#"{"success":false,"error":"request header section is larger than 16384 bytes"}"#
    );

    // The OpenAPI document's examples are these answers.
    let doc = contactkit_server::openapi::document();
    let example = |path: &str, status: &str, name: &str| {
        doc["paths"][path]["post"]["responses"][status]["content"]["application/json"]["examples"]
            [name]["value"]
            .clone()
    };
    assert_eq!(
        reply.json(),
        example(PROFILE_PATH, "431", "headers-too-large")
    );
    let pad = "x".repeat(9 * 1024);
    let reply = server
        .post(
            &format!("{BIK_PATH}?{pad}"),
            &[("authorization", BASIC)],
            "{}",
        )
        .await;
    assert_eq!(reply.json(), example(BIK_PATH, "414", "uri-too-long"));

    // Under the limits, the request goes through.
    let pad = "x".repeat(7 * 1024);
    let reply = send(
        server.addr,
        "GET",
        &format!("/healthz?{pad}"),
        &[("x-pad", &pad)],
        Vec::new(),
    )
    .await;
    assert_eq!(reply.status, 200);
    server.stop().await;
}

#[tokio::test]
async fn heads_hyper_refuses_get_its_empty_answer() {
    // hyper answers these before any service runs; we cannot give them a JSON body (see
    // the README's "Limits and timeouts"), only a log line (tests/logs.rs).
    let server = TestServer::start(":memory:").await;
    let huge = format!(
        "GET /healthz HTTP/1.1\r\nhost: x\r\nx-pad: {}\r\n\r\n",
        "y".repeat(200 * 1024)
    );
    let cases: [(&[u8], &str); 3] = [
        (
            huge.as_bytes(),
            "HTTP/1.1 431 Request Header Fields Too Large\r\n",
        ),
        (
            b"GET /healthz HTTP/1.1\r\nhost: x\r\nbad header\r\n\r\n",
            "HTTP/1.1 400 Bad Request\r\n",
        ),
        (
            b"G\x01T /healthz HTTP/1.1\r\nhost: x\r\n\r\n",
            "HTTP/1.1 400 Bad Request\r\n",
        ),
    ];
    for (request, status_line) in cases {
        let mut stream = TcpStream::connect(server.addr).await.expect("connect");
        let _ = stream.write_all(request).await;
        let (text, _) = read_to_end(&mut stream, Duration::from_secs(5)).await;
        assert!(text.starts_with(status_line), "{text}");
        assert!(text.contains("content-length: 0\r\n"), "{text}");
    }
    server.stop().await;
}
