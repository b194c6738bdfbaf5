//! The request log: useful fields, and never a key, a Basic credential or a full email.

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use contactkit_server::logging::{self, LogFormat};
use tokio::io::AsyncWriteExt as _;
use tokio::net::TcpStream;
use tracing_subscriber::EnvFilter;

use crate::support::*;

static CAPTURED: Mutex<Vec<u8>> = Mutex::new(Vec::new());

struct Capture;

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        CAPTURED
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Installs the server's own subscriber (text format, escaping writer) as the global one,
/// capturing every log line of this test binary (all tests, so the checks below cover
/// their requests too).
fn capture_logs() {
    static INIT: OnceLock<()> = OnceLock::new();
    INIT.get_or_init(|| {
        let dispatch = logging::dispatch(LogFormat::Text, EnvFilter::new("debug"), || Capture);
        let _ = tracing::dispatcher::set_global_default(dispatch);
    });
}

fn captured() -> String {
    String::from_utf8_lossy(&CAPTURED.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
}

#[tokio::test]
async fn logs_hold_kinds_and_masks_never_secrets() {
    capture_logs();
    let server = TestServer::start(":memory:").await;
    let reply = server
        .post(
            &format!("{PROFILE_PATH}?apiKey={DEV_KEY}"),
            &[],
            r#"{"email":"Unique.Person@example.org"}"#,
        )
        .await;
    assert_eq!(reply.status, 200);
    let bearer = format!("Bearer {PROD_KEY}");
    let reply = server
        .post(
            PROFILE_PATH,
            &[("authorization", bearer.as_str())],
            r#"{"email":"x"}"#,
        )
        .await;
    assert_eq!(reply.status, 400);
    assert_eq!(server.bik(BIK_SEED_BODY).await.status, 200);
    let reply = server
        .post(BIK_PATH, &[("authorization", "Basic YmlrOndyb25n")], "{}")
        .await;
    assert_eq!(reply.status, 401);
    server.stop().await;

    let logs = captured();
    assert!(
        logs.contains("route=/api/v1/customer/update-profile"),
        "{logs}"
    );
    assert!(logs.contains("key_kind=\"DEV_\""), "{logs}");
    assert!(logs.contains("key_kind=\"PROD\""), "{logs}");
    assert!(logs.contains("email=\"u***@example.org\""), "{logs}");
    assert!(logs.contains("status=200"), "{logs}");
    assert!(logs.contains("entries=2 invalid=1"), "{logs}");
    for secret in [
        PROD_KEY,
        DEV_KEY,
        "YmlrOnMzY3JldA",
        "s3cret",
        "YmlrOndyb25n",
        "unique.person@example.org",
        "mark@bik.ai",
        "apiKey=",
    ] {
        assert!(
            !logs.contains(secret),
            "the log contains {secret:?}:\n{logs}"
        );
    }
}

/// What hostile input tries to put in a log: colours, a forged line, a NUL, a C1 CSI and
/// a bidi override.
const HOSTILE: [&str; 5] = ["\x1b[31m", "\r\nFAKE-LOG-LINE", "\0", "\u{9b}", "\u{202e}"];

#[track_caller]
fn assert_clean(logs: &str) {
    for line in logs.lines() {
        assert!(
            !line.chars().any(|c| c.is_control()
                || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
            "a control character in the log: {line:?}"
        );
        // Every line is an event: it starts with its timestamp (`2026-...`) or `{`.
        assert!(
            line.starts_with(|c: char| c.is_ascii_digit() || c == '{'),
            "a line that is not an event: {line:?}"
        );
    }
}

/// Writes `request` raw and reads until the server closes (or 5 s).
async fn raw(server: &TestServer, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(server.addr).await.expect("connect");
    let _ = stream.write_all(request).await;
    read_to_end(&mut stream, Duration::from_secs(5)).await.0
}

#[tokio::test]
async fn hostile_input_never_reaches_the_log_raw() {
    capture_logs();
    let server = TestServer::start(":memory:").await;
    for evil in HOSTILE {
        let evil_bytes = evil.as_bytes();
        // In a header value, a header name, the request target, the method and the
        // credentials: hyper refuses most of these heads (400, no body) and we log its
        // fixed reason.
        for request in [
            [
                b"GET /healthz HTTP/1.1\r\nhost: x\r\nconnection: close\r\nx-evil: a".as_slice(),
                evil_bytes,
                b"b\r\n\r\n",
            ]
            .concat(),
            [
                b"GET /healthz HTTP/1.1\r\nhost: x\r\nconnection: close\r\nx-".as_slice(),
                evil_bytes,
                b": b\r\n\r\n",
            ]
            .concat(),
            [
                b"GET /a".as_slice(),
                evil_bytes,
                b" HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
            ]
            .concat(),
            [
                b"GE".as_slice(),
                evil_bytes,
                b"T /healthz HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
            ]
            .concat(),
            [
                b"POST ".as_slice(),
                BIK_PATH.as_bytes(),
                b" HTTP/1.1\r\nhost: x\r\nconnection: close\r\nauthorization: Basic ",
                evil_bytes,
                b"\r\n\r\n",
            ]
            .concat(),
        ] {
            let answer = raw(&server, &request).await;
            // C1 and bidi characters are UTF-8 bytes hyper lets through in a header value
            // and the request target: those requests reach the router.
            assert!(answer.starts_with("HTTP/1.1 "), "{evil:?}: {answer}");
        }
        // Percent-encoded in the path and query (never logged: the route is).
        let encoded: String = evil.bytes().map(|b| format!("%{b:02X}")).collect();
        let reply = send(
            server.addr,
            "GET",
            &format!("/{encoded}?apiKey={encoded}"),
            &[],
            Vec::new(),
        )
        .await;
        assert_eq!(reply.status, 404);
        // In JSON bodies: the email, the key, a BIK entry.
        let json_evil = serde_json::to_string(evil).unwrap();
        let json_evil = json_evil.trim_matches('"');
        for body in [
            format!(r#"{{"email":"{json_evil}x@example.com"}}"#),
            format!(r#"{{"email":"x@example.com","city":"{json_evil}"}}"#),
        ] {
            let reply = server.profile(&body).await;
            assert!(
                reply.status == 400 || reply.status == 200,
                "{body}: {}",
                reply.body
            );
        }
        let reply = server
            .bik(&format!(
                r#"{{"userProperties":[{{"email":"{json_evil}@b.cz","firstName":"{json_evil}"}}]}}"#
            ))
            .await;
        assert_eq!(reply.status, 200, "{}", reply.body);
        // A custom method made of token characters only reaches the router.
        let reply = send(server.addr, "FAKE-LOG-LINE", "/healthz", &[], Vec::new()).await;
        assert_eq!(reply.status, 405);
    }
    // A head beyond hyper's buffer.
    let huge = format!(
        "GET /healthz HTTP/1.1\r\nhost: x\r\nx-pad: {}\r\n\r\n",
        "y".repeat(200 * 1024)
    );
    assert!(raw(&server, huge.as_bytes())
        .await
        .starts_with("HTTP/1.1 431"));
    server.stop().await;

    // hyper's refusals each got a line, written when their connection task ends.
    for expected in [
        "status=400 reason=invalid HTTP header parsed",
        "status=400 reason=invalid URI",
        "status=400 reason=invalid HTTP method parsed",
        "status=431 reason=message head is too large",
    ] {
        let mut found = false;
        for _ in 0..100 {
            if captured().contains(expected) {
                found = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert!(found, "no line with {expected:?}:\n{}", captured());
    }
    let logs = captured();
    assert!(
        logs.contains("malformed request refused by the HTTP parser"),
        "{logs}"
    );
    assert_clean(&logs);
}

#[derive(Clone, Default)]
struct Memory(Arc<Mutex<Vec<u8>>>);

impl Write for Memory {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn both_formats_escape_every_field_and_the_message() {
    // tracing-subscriber alone writes CR, LF and NUL raw in the message, and everything
    // raw in a `%` (Display) field; its JSON writes C1 and bidi controls raw.
    let evil = HOSTILE.concat();
    for format in [LogFormat::Text, LogFormat::Json] {
        let memory = Memory::default();
        let writer = memory.clone();
        let dispatch = logging::dispatch(format, EnvFilter::new("info"), move || writer.clone());
        tracing::dispatcher::with_default(&dispatch, || {
            let span =
                tracing::info_span!("request", method = %evil, email = tracing::field::Empty);
            span.record("email", evil.as_str());
            let _entered = span.enter();
            tracing::info!(display = %evil, debug = ?evil, text = evil.as_str(), "message {evil}");
        });
        let logs = String::from_utf8(memory.0.lock().unwrap().clone()).unwrap();
        assert_eq!(logs.lines().count(), 1, "{format:?}: {logs}");
        assert_clean(&logs);
        assert!(
            logs.contains("FAKE-LOG-LINE"),
            "escaped, not dropped: {logs}"
        );
        if format == LogFormat::Json {
            let event: serde_json::Value = serde_json::from_str(&logs).expect("still JSON");
            assert_eq!(
                event["fields"]["display"],
                serde_json::json!(evil),
                "{logs}"
            );
        }
    }
}

#[tokio::test]
async fn logs_name_tenants_and_count_their_credentials() {
    capture_logs();
    let text = tenants_toml("");
    // What `main` logs at start-up.
    tenants_from_toml(&text).log_summary();
    let server = TestServer::start_config(&text).await;
    let reply = server
        .profile_as(ACME_DEV, r#"{"email":"tenant.log@example.org"}"#)
        .await;
    assert_eq!(reply.status, 200);
    assert_eq!(server.bik(BIK_SEED_BODY).await.status, 200);
    server.stop().await;

    let logs = captured();
    assert!(logs.contains("tenants=3"), "{logs}");
    assert!(
        logs.contains("tenant=acme prod_keys=1 dev_keys=1 root_keys=1 basic_pairs=0"),
        "{logs}"
    );
    assert!(
        logs.contains("tenant=beta prod_keys=1 dev_keys=1 root_keys=0 basic_pairs=1"),
        "{logs}"
    );
    assert!(logs.contains(r#"tenant="acme""#), "{logs}");
    assert!(
        logs.contains(&format!(r#"key_kind="basic" tenant="{BIK_STORE_ID}""#)),
        "{logs}"
    );
    for secret in [
        ACME_PROD, ACME_DEV, ACME_ROOT, BETA_PROD, BETA_DEV, "beta:pw", "s3cret",
    ] {
        assert!(
            !logs.contains(secret),
            "the log contains {secret:?}:\n{logs}"
        );
    }
}
