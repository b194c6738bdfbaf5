//! Per-credential rate limits by key kind: 429 with `Retry-After` in each endpoint's
//! error shape, checked after authentication and before the body.

use crate::support::*;

/// The `Retry-After` of a 429, checked against the body's message.
#[track_caller]
fn retry_after(reply: &Reply) -> u64 {
    assert_eq!(reply.status, 429, "{}", reply.body);
    let seconds: u64 = reply
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .expect("whole seconds");
    assert!(seconds >= 1);
    assert_eq!(
        reply.json()["error"],
        format!("too many requests: retry after {seconds} s")
    );
    seconds
}

#[tokio::test]
async fn a_dev_key_over_its_limit_gets_429_and_others_do_not() {
    let server = TestServer::start_config(&tenants_toml("[limits]\ndev_per_minute = 2")).await;
    let body = r#"{"email":"limits@example.com"}"#;
    for _ in 0..2 {
        assert_eq!(server.profile_as(ACME_DEV, body).await.status, 200);
    }
    let reply = server.profile_as(ACME_DEV, body).await;
    // Two per minute: the next request is allowed within 30 s.
    assert!(retry_after(&reply) <= 30);
    assert_eq!(reply.json()["success"], false);

    // Refused before the body is read: a body that would be a 415 or a 400 is a 429.
    let reply = send(
        server.addr,
        "POST",
        &format!("{PROFILE_PATH}?apiKey={ACME_DEV}"),
        &[("content-type", "text/plain")],
        b"not json".to_vec(),
    )
    .await;
    retry_after(&reply);

    // A ROOT key of the same tenant is never limited; the other kinds and the other
    // tenant's keys have budgets of their own.
    for _ in 0..10 {
        assert_eq!(server.profile_as(ACME_ROOT, body).await.status, 200);
    }
    for key in [ACME_PROD, BETA_DEV, BETA_PROD] {
        assert_eq!(server.profile_as(key, body).await.status, 200, "{key}");
    }
    server.stop().await;
}

#[tokio::test]
async fn refused_credentials_are_401_and_never_spend_a_budget() {
    let server = TestServer::start_config(&tenants_toml("[limits]\ndev_per_minute = 1")).await;
    let body = r#"{"email":"limits@example.com"}"#;
    // Unknown and malformed keys: 401 however many, and no limiter state is created.
    for key in [UNKNOWN_ROOT_KEY, "DEV_aaaaaaaaaaaaaaaaaaaaaaaaaaaa", "DEV_"] {
        for _ in 0..3 {
            assert_eq!(server.profile_as(key, body).await.status, 401, "{key}");
        }
    }
    assert_eq!(server.profile_as(ACME_DEV, body).await.status, 200);
    retry_after(&server.profile_as(ACME_DEV, body).await);
    server.stop().await;
}

#[tokio::test]
async fn a_basic_pair_over_its_limit_gets_bik_s_429() {
    let server = TestServer::start_config(&tenants_toml("[limits]\nbik_per_minute = 1")).await;
    let body = r#"{"userProperties":[{"firstName":"A","lastName":"B","email":"a@example.com"}]}"#;
    assert_eq!(server.bik_as(BASIC, body).await.status, 200);
    let reply = server.bik_as(BASIC, body).await;
    // One per minute: the next request is allowed within 60 s.
    assert!(retry_after(&reply) <= 60);
    assert_eq!(reply.json()["status"], 429);
    assert_eq!(reply.header("content-type"), Some("application/json"));
    // Another tenant's pair has its own budget; a wrong password is still a 401.
    assert_eq!(server.bik_as(BETA_BASIC, body).await.status, 200);
    assert_eq!(server.bik_as("Basic YmlrOndyb25n", body).await.status, 401);
    server.stop().await;
}
