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
        .contact("email:jan@barasek.com")
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
