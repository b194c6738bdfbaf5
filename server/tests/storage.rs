//! The SQLite file: created on first start, and still there after a restart.

use contactkit_server::store::Store;
use serde_json::json;

use crate::support::*;

#[tokio::test]
async fn contacts_persist_across_a_restart() {
    let path = temp_db_path();
    let database = path.to_str().expect("UTF-8 temp path").to_owned();
    assert!(!path.exists());

    let server = TestServer::start(&database).await;
    assert!(path.exists(), "the database file is created on first start");
    assert_eq!(server.bik(BIK_SEED_BODY).await.counts(), (1, 0));
    let reply = server
        .profile(r#"{"email":"jan@barasek.com","city":"Kladno"}"#)
        .await;
    assert_eq!(reply.status, 200);
    server.stop().await;

    // A new server on the same file: the migrations are already applied, the rows are there.
    let server = TestServer::start(&database).await;
    assert_eq!(server.store.count_contacts().await.unwrap(), 2);
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
        .expect("stored before the restart");
    let data: serde_json::Value = serde_json::from_str(&row.data).unwrap();
    assert_eq!(
        (data["city"].as_str(), data["cityPart"].as_str()),
        (Some("Kladno"), Some("Kročehlavy"))
    );
    assert!(row.updated_at >= row.created_at);
    server.stop().await;
    remove_db(&path);
}

#[tokio::test]
async fn a_bad_postgres_url_fails_without_showing_the_password() {
    // Without the feature: refused at once. With it: an unparsable port, refused at once
    // too (a refused connection would be retried until the pool's acquire timeout).
    let url = if cfg!(feature = "postgres") {
        "postgres://u:pw@127.0.0.1:notaport/x"
    } else {
        "postgres://u:pw@127.0.0.1:1/x"
    };
    let err = contactkit_server::store::Store::connect(url)
        .await
        .expect_err("cannot connect");
    let text = format!("{err:#}");
    assert!(
        !text.contains("pw"),
        "the password is never in the error: {text}"
    );
    if !cfg!(feature = "postgres") {
        assert!(text.contains("--features postgres"), "{text}");
    }
}

fn write(n: usize, data: &str) -> contactkit_server::store::ContactWrite {
    let email = contactkit::CanonicalEmail::parse(&format!("user{n}@example.com")).unwrap();
    contactkit_server::store::ContactWrite {
        key: contactkit_server::store::ContactKey::for_email(&email),
        email: Some(email.as_str().to_owned()),
        phone: None,
        data: data.to_owned(),
    }
}

/// The stored record of `user{n}@example.com`, parsed (PostgreSQL's `jsonb` prints its
/// text with spaces, SQLite's `json_patch` without).
async fn stored_data(store: &Store, n: usize) -> serde_json::Value {
    let row = store
        .contact(
            &TenantId::default_tenant(),
            Source::Bik,
            &format!("email:user{n}@example.com"),
        )
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("user{n} stored"));
    serde_json::from_str(&row.data).unwrap()
}

/// Upserts spanning several statement batches count every contact once; shared with the
/// PostgreSQL tests (`store` is empty).
pub async fn upserts_larger_than_a_batch(store: &Store) {
    let first: Vec<_> = (0..1200).map(|n| write(n, r#"{"a":1}"#)).collect();
    let counts = store
        .upsert(&TenantId::default_tenant(), Source::Bik, first)
        .await
        .unwrap();
    assert_eq!((counts.created, counts.updated), (1200, 0));
    // 1,200 existing and 1,300 new, across three statement batches.
    let second: Vec<_> = (0..2500).rev().map(|n| write(n, r#"{"b":2}"#)).collect();
    let counts = store
        .upsert(&TenantId::default_tenant(), Source::Bik, second)
        .await
        .unwrap();
    assert_eq!((counts.created, counts.updated), (1300, 1200));
    assert_eq!(store.count_contacts().await.unwrap(), 2500);
    assert_eq!(stored_data(store, 7).await, json!({"a": 1, "b": 2}));
    assert_eq!(stored_data(store, 2000).await, json!({"b": 2}));
}

/// Writes of one key in one upsert are one contact, later members winning (contact
/// 9999: none of [`upserts_larger_than_a_batch`]'s, which may share the store).
pub async fn writes_of_one_key_merged(store: &Store) {
    let writes = vec![
        write(9999, r#"{"city":"Pune","name":"A"}"#),
        write(9999, r#"{"name":"B"}"#),
    ];
    let counts = store
        .upsert(&TenantId::default_tenant(), Source::Bik, writes)
        .await
        .unwrap();
    assert_eq!((counts.created, counts.updated), (1, 0));
    assert_eq!(
        stored_data(store, 9999).await,
        json!({"city": "Pune", "name": "B"})
    );
}

#[tokio::test]
async fn upserts_larger_than_a_batch_count_exactly() {
    upserts_larger_than_a_batch(&Store::connect(":memory:").await.unwrap()).await;
}

#[tokio::test]
async fn writes_of_one_key_in_one_upsert_are_merged() {
    writes_of_one_key_merged(&Store::connect(":memory:").await.unwrap()).await;
}

#[tokio::test]
async fn the_health_check_rewrites_one_row_and_a_closed_store_is_unavailable() {
    let path = temp_db_path();
    let store = Store::connect(path.to_str().unwrap()).await.unwrap();
    store.health_check().await.unwrap();
    store.health_check().await.unwrap();
    store.close().await;
    let err = store.health_check().await.unwrap_err();
    assert!(err.is_unavailable(), "a closed store is unavailable: {err}");
    assert_eq!(
        err.to_string(),
        "database unavailable: attempted to acquire a connection on a closed pool"
    );
    let store = Store::connect(path.to_str().unwrap()).await.unwrap();
    store.health_check().await.unwrap();
    store.close().await;
    let options = sqlx::sqlite::SqliteConnectOptions::new().filename(&path);
    let mut conn = <sqlx::SqliteConnection as sqlx::Connection>::connect_with(&options)
        .await
        .unwrap();
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM heartbeat")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(rows, 1, "one row, rewritten in place");
    remove_db(&path);
}
