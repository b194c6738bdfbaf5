//! The same tests against a real PostgreSQL server (`--features postgres`).
//!
//! `CONTACTKIT_TEST_POSTGRES_URL` names a server and a database this user may create
//! databases from (`server/scripts/test-postgres.sh` starts a throwaway cluster and sets
//! it). Each test creates its own database, so tests run in parallel without sharing
//! rows. The stop/start test uses a second cluster of its own (`CONTACTKIT_TEST_PG_*`),
//! so that no other test sees the server down. Without the variables the tests print a
//! notice and pass.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use contactkit_server::store::{Store, StoreOptions};
use sqlx::Connection as _;

use crate::concurrency::{
    parallel_bulk_requests, parallel_profile_updates, parallel_upserts_two_tenants,
};
use crate::faults::kill_under_load;
use crate::isolation::{another_tenant_s_contact, same_email_in_two_tenants};
use crate::process::ServerProcess;
use crate::storage::{upserts_larger_than_a_batch, writes_of_one_key_merged};
use crate::support::*;
use crate::upserts::{bik_rows_hold, profile_rows_hold, records_kept_apart};

/// A fresh database on the shared test server, as a URL; `None` (with a notice) when unset.
async fn fresh_database(test: &str) -> Option<String> {
    fresh_database_on("CONTACTKIT_TEST_POSTGRES_URL", test).await
}

/// A fresh database on the server named by the variable `var`.
async fn fresh_database_on(var: &str, test: &str) -> Option<String> {
    let Ok(base) = std::env::var(var) else {
        eprintln!("skipped {test}: {var} is not set (see server/scripts/test-postgres.sh)");
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

#[tokio::test]
async fn postgres_upserts_larger_than_a_batch_count_exactly() {
    let Some(database) = fresh_database("postgres_upserts_larger_than_a_batch").await else {
        return;
    };
    let store = Store::connect(&database).await.unwrap();
    upserts_larger_than_a_batch(&store).await;
    writes_of_one_key_merged(&store).await;
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_parallel_upserts_two_tenants_two_stores() {
    let Some(database) = fresh_database("postgres_parallel_upserts_two_tenants").await else {
        return;
    };
    let first = Store::connect(&database).await.unwrap();
    let second = Store::connect(&database).await.unwrap();
    parallel_upserts_two_tenants([&first, &second]).await;
    first.close().await;
    second.close().await;
}

/// `pg_ctl` on the stop/start test's own cluster, as its owner.
fn pg_ctl(args: &[&str]) {
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let data = var("CONTACTKIT_TEST_PG_DATA");
    let log = format!("{data}/pg_ctl.log");
    let runas = var("CONTACTKIT_TEST_PG_RUNAS");
    let mut command: Vec<String> = runas.split_whitespace().map(str::to_owned).collect();
    command.push(var("CONTACTKIT_TEST_PG_CTL"));
    command.extend(["-D", &data, "-l", &log, "-w", "-t", "30"].map(str::to_owned));
    command.extend(args.iter().map(|a| (*a).to_owned()));
    let status = std::process::Command::new(&command[0])
        .args(&command[1..])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .status()
        .expect("run pg_ctl");
    assert!(status.success(), "{command:?}: {status}");
}

/// PostgreSQL stopped mid-run: 503 with `Retry-After` within the acquire timeout (not a
/// 30 s hang), `/healthz` 503; started again, the very next write is stored, without a
/// restart of the server. Then the same for a read-only server.
#[tokio::test]
async fn postgres_stopped_mid_run_answers_503_then_recovers() {
    let test = "postgres_stopped_mid_run_answers_503_then_recovers";
    let Some(database) = fresh_database_on("CONTACTKIT_TEST_PG_FAULT_URL", test).await else {
        return;
    };
    let options = StoreOptions {
        acquire_timeout: Duration::from_secs(1),
        ..StoreOptions::default()
    };
    let store = Store::connect_with(&database, &options).await.unwrap();
    let server = TestServer::start_on(store, test_limits()).await;
    assert_eq!(server.bik(&bik_body(0..5, "before")).await.status, 200);

    pg_ctl(&["-m", "fast", "stop"]);
    let reply = server.bik(&bik_body(5..10, "down")).await;
    assert_eq!(reply.status, 503, "{}", reply.body);
    assert_eq!(reply.header("retry-after"), Some("5"));
    let reply = server.profile(r#"{"email":"down@example.com"}"#).await;
    assert_eq!(reply.status, 503, "{}", reply.body);
    let health = send(server.addr, "GET", "/healthz", &[], Vec::new()).await;
    assert_eq!(health.status, 503, "{}", health.body);
    assert_eq!(health.header("retry-after"), Some("5"));

    pg_ctl(&["start"]);
    let reply = server.bik(&bik_body(10..15, "back")).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.counts(), (5, 0));
    let health = send(server.addr, "GET", "/healthz", &[], Vec::new()).await;
    assert_eq!(health.status, 200, "{}", health.body);

    // Read-only (as a standby after a failover): every session, the pooled ones too,
    // takes the reloaded setting.
    read_only(&database, true).await;
    let reply = server.bik(&bik_body(15..20, "read-only")).await;
    assert_eq!(reply.status, 503, "{}", reply.body);
    assert_eq!(reply.header("retry-after"), Some("5"));
    let health = send(server.addr, "GET", "/healthz", &[], Vec::new()).await;
    assert_eq!(health.status, 503, "{}", health.body);
    read_only(&database, false).await;
    let reply = server.bik(&bik_body(20..25, "writable")).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(server.store.count_contacts().await.unwrap(), 15);
    server.stop().await;
}

/// Sets `default_transaction_read_only` for the whole cluster and reloads it.
async fn read_only(database: &str, on: bool) {
    let mut admin = sqlx::PgConnection::connect(database).await.unwrap();
    sqlx::query("SET default_transaction_read_only = off")
        .execute(&mut admin)
        .await
        .unwrap();
    let alter = if on {
        "ALTER SYSTEM SET default_transaction_read_only = on"
    } else {
        "ALTER SYSTEM RESET default_transaction_read_only"
    };
    sqlx::query(alter).execute(&mut admin).await.unwrap();
    sqlx::query("SELECT pg_reload_conf()")
        .execute(&mut admin)
        .await
        .unwrap();
    admin.close().await.unwrap();
    // The postmaster signals every backend once it has reloaded, which a new session
    // shows; a pooled session then applies it before its next statement.
    let expected = if on { "on" } else { "off" };
    for _ in 0..250 {
        let mut probe = sqlx::PgConnection::connect(database).await.unwrap();
        let now: String = sqlx::query_scalar("SHOW default_transaction_read_only")
            .fetch_one(&mut probe)
            .await
            .unwrap();
        probe.close().await.unwrap();
        if now == expected {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("default_transaction_read_only is not {expected} after 5 s");
}

/// SIGKILL under load on PostgreSQL: after a restart every contact answered 200 is there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_acknowledged_writes_survive_a_sigkill() {
    let Some(database) = fresh_database("postgres_acknowledged_writes_survive_a_sigkill").await
    else {
        return;
    };
    let server = ServerProcess::start(&database).await;
    let acked = kill_under_load(server, 300).await;

    let server = ServerProcess::start(&database).await;
    assert_eq!(server.healthz().await.status, 200);
    server.kill();
    let mut conn = sqlx::PgConnection::connect(&database).await.unwrap();
    let stored: BTreeSet<String> = sqlx::query_scalar("SELECT contact_key FROM contacts")
        .fetch_all(&mut conn)
        .await
        .unwrap()
        .into_iter()
        .collect();
    conn.close().await.unwrap();
    let lost: Vec<&String> = acked.difference(&stored).collect();
    assert!(lost.is_empty(), "acknowledged but not stored: {lost:?}");
}
