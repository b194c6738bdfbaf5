//! The SQLite file: created on first start, and still there after a restart.

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

#[tokio::test]
async fn upserts_larger_than_a_batch_count_exactly() {
    use contactkit_server::store::{Source, Store};
    let store = Store::connect(":memory:").await.unwrap();
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
    let row = store
        .contact(
            &TenantId::default_tenant(),
            Source::Bik,
            "email:user7@example.com",
        )
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.data, r#"{"a":1,"b":2}"#);
    let row = store
        .contact(
            &TenantId::default_tenant(),
            Source::Bik,
            "email:user2000@example.com",
        )
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.data, r#"{"b":2}"#);
}

#[tokio::test]
async fn writes_of_one_key_in_one_upsert_are_merged() {
    use contactkit_server::store::{Source, Store};
    let store = Store::connect(":memory:").await.unwrap();
    let writes = vec![
        write(1, r#"{"city":"Pune","name":"A"}"#),
        write(1, r#"{"name":"B"}"#),
    ];
    let counts = store
        .upsert(&TenantId::default_tenant(), Source::Bik, writes)
        .await
        .unwrap();
    assert_eq!((counts.created, counts.updated), (1, 0));
    let row = store
        .contact(
            &TenantId::default_tenant(),
            Source::Bik,
            "email:user1@example.com",
        )
        .await
        .unwrap()
        .unwrap();
    let data: serde_json::Value = serde_json::from_str(&row.data).unwrap();
    assert_eq!(data, serde_json::json!({"city": "Pune", "name": "B"}));
}
