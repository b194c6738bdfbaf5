//! The same tests against a real PostgreSQL server (`--features postgres`).
//!
//! `CONTACTKIT_TEST_POSTGRES_URL` names a server and a database this user may create
//! databases from (`server/scripts/test-postgres.sh` starts a throwaway cluster and sets
//! it). Each test creates its own database, so tests run in parallel without sharing
//! rows. Without the variable the tests print a notice and pass.

use std::sync::atomic::{AtomicUsize, Ordering};

use sqlx::Connection as _;

use crate::concurrency::{parallel_bulk_requests, parallel_profile_updates};
use crate::isolation::{another_tenant_s_contact, same_email_in_two_tenants};
use crate::support::*;
use crate::upserts::{bik_rows_hold, profile_rows_hold, records_kept_apart};

/// A fresh database on the test server, as a URL; `None` (with a notice) when unset.
async fn fresh_database(test: &str) -> Option<String> {
    let Ok(base) = std::env::var("CONTACTKIT_TEST_POSTGRES_URL") else {
        eprintln!("skipped {test}: CONTACTKIT_TEST_POSTGRES_URL is not set (see server/scripts/test-postgres.sh)");
        return None;
    };
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let name = format!(
        "contactkit_test_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    let mut admin = sqlx::PgConnection::connect(&base)
        .await
        .expect("connect to CONTACTKIT_TEST_POSTGRES_URL");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await
        .expect("create the test database");
    admin.close().await.expect("close");
    Some(with_database(&base, &name))
}

/// `base` with its database name replaced by `name` (query string kept).
fn with_database(base: &str, name: &str) -> String {
    let (url, query) = base
        .split_once('?')
        .map_or((base, None), |(u, q)| (u, Some(q)));
    let authority_start = url.find("://").map_or(0, |i| i + 3);
    let path_start = url[authority_start..]
        .find('/')
        .map_or(url.len(), |i| authority_start + i);
    let mut out = format!("{}/{name}", &url[..path_start]);
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    out
}

#[tokio::test]
async fn postgres_seed_examples_and_restart() {
    let Some(database) = fresh_database("postgres_seed_examples_and_restart").await else {
        return;
    };
    let server = TestServer::start(&database).await;
    let reply = server.bik(BIK_SEED_BODY).await;
    assert_eq!(
        reply.body,
        r#"{"status":200,"data":{"invalidUserProperties":[{"phoneNumber":"9090909010","emial":"mark2@bik.ai","firstName":"Test2","lastName":"4","error":"ValidationError: \"emial\" is not allowed"}],"bulkUpsertUPResponse":{"createCount":1,"updateCount":0,"docsFailedToUpdate":[]}}}"#
    );
    let reply = server
        .profile(r#"{"email":"jan@barasek.com","city":"Kladno"}"#)
        .await;
    assert_eq!(
        (reply.status, reply.body.as_str()),
        (200, r#"{"success":true}"#)
    );
    let health = send(server.addr, "GET", "/healthz", &[], Vec::new()).await;
    assert_eq!(health.body, r#"{"status":"ok","database":"postgres"}"#);
    server.stop().await;

    // A second instance on the same database: migrations already applied, rows shared.
    let server = TestServer::start(&database).await;
    assert_eq!(server.bik(BIK_SEED_BODY).await.counts(), (0, 1));
    let reply = server
        .profile(r#"{"email":"jan@barasek.com","cityPart":"Kročehlavy"}"#)
        .await;
    assert_eq!(reply.status, 200);
    let row = server
        .store
        .contact(
            &TenantId::default_tenant(),
            Source::UpdateProfile,
            "email:jan@barasek.com",
        )
        .await
        .unwrap()
        .expect("stored");
    let data: serde_json::Value = serde_json::from_str(&row.data).unwrap();
    assert_eq!(
        (data["city"].as_str(), data["cityPart"].as_str()),
        (Some("Kladno"), Some("Kročehlavy"))
    );
    assert_eq!(server.store.count_contacts().await.unwrap(), 2);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_parallel_bulk_requests_two_instances() {
    let Some(database) = fresh_database("postgres_parallel_bulk_requests_two_instances").await
    else {
        return;
    };
    // Two stateless instances on one database, as in a scaled-out deployment, taking
    // the requests in turn.
    let first = TestServer::start(&database).await;
    let second = TestServer::start(&database).await;
    parallel_bulk_requests(&[&first, &second]).await;
    first.stop().await;
    second.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_parallel_updates_of_one_profile() {
    let Some(database) = fresh_database("postgres_parallel_updates_of_one_profile").await else {
        return;
    };
    let server = TestServer::start(&database).await;
    parallel_profile_updates(&server).await;
    server.stop().await;
}

#[tokio::test]
async fn postgres_tenants_are_isolated() {
    let Some(database) = fresh_database("postgres_tenants_are_isolated").await else {
        return;
    };
    let server = TestServer::start_config_on(&database, &tenants_toml("")).await;
    same_email_in_two_tenants(&server).await;
    server.stop().await;
    let Some(database) = fresh_database("postgres_tenants_are_isolated").await else {
        return;
    };
    let server = TestServer::start_config_on(&database, &tenants_toml("")).await;
    another_tenant_s_contact(&server).await;
    server.stop().await;
}

#[tokio::test]
async fn postgres_upserts_change_only_what_was_sent() {
    let Some(database) = fresh_database("postgres_upserts_change_only_what_was_sent").await else {
        return;
    };
    let server = TestServer::start(&database).await;
    profile_rows_hold(&server).await;
    bik_rows_hold(&server).await;
    server.stop().await;
    let Some(database) = fresh_database("postgres_upserts_change_only_what_was_sent").await else {
        return;
    };
    let server = TestServer::start(&database).await;
    records_kept_apart(&server).await;
    server.stop().await;
}
