//! The request log: useful fields, and never a key, a Basic credential or a full email.

use std::io::Write;
use std::sync::{Mutex, OnceLock};

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

/// Installs a global subscriber capturing every log line of this test binary (all tests,
/// so the secrets check below covers their requests too).
fn capture_logs() {
    static INIT: OnceLock<()> = OnceLock::new();
    INIT.get_or_init(|| {
        let _ = tracing_subscriber::fmt()
            .with_env_filter("debug")
            .with_ansi(false)
            .with_writer(|| Capture)
            .try_init();
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
