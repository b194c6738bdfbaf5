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
