//! `GET /api/v1/customer/profile`: the caller's tenant's stored update-profile record,
//! found by the write's contact key, and every error status.

use serde_json::json;

use crate::support::*;

#[tokio::test]
async fn read_back_returns_the_stored_normalized_record() {
    let server = TestServer::start(":memory:").await;
    let body = PROFILE_SEED_BODY.replace("[\n    []\n  ]", r#"["newsletter", "vip"]"#);
    assert_eq!(server.profile(&body).await.status, 200);

    // Any spelling of the address finds it; the key may come as a Bearer token too.
    let reply = server.read_back(PROD_KEY, " Jan@Barasek.COM ").await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.header("content-type"), Some("application/json"));
    assert_eq!(
        reply.json(),
        json!({"success": true, "customer": {
            "newsletter": false, "email": "jan@barasek.com", "name": "Jan Barášek",
            "firstName": "Jan", "lastName": "Barášek", "phone": "+420 777123456",
            "companyName": "BizKitHub", "companyRegistrationNumber": "05103118",
            "taxIdentificationNumber": "CZ9609040727", "streetAddress": "R. Novotného 1505",
            "city": "Kladno", "cityPart": "Kročehlavy", "stateRegion": "Středočeský kraj",
            "postalCode": "272 01", "country": "CZ", "primaryLocale": "cs",
            "groups": ["newsletter", "vip"], "customerRealIp": "1.1.1.1",
            "referralId": "1cGIHvFoQDGLAbcA"
        }})
    );
    let bearer = format!("Bearer {DEV_KEY}");
    let reply = send(
        server.addr,
        "GET",
        &format!("{READ_BACK_PATH}?email=jan%40barasek.com"),
        &[("authorization", bearer.as_str())],
        Vec::new(),
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.json()["customer"]["city"], "Kladno");
    server.stop().await;
}

#[tokio::test]
async fn read_back_uses_the_write_s_contact_key() {
    let server = TestServer::start(":memory:").await;
    let reply = server
        .profile(r#"{"email":"jannovak@gmail.com","city":"Kladno"}"#)
        .await;
    assert_eq!(reply.status, 200);
    // Gmail ignores dots and `+tags`: the same contact.
    for spelling in ["Jan.Novak+x@gmail.com", "JANNOVAK@googlemail.com"] {
        let customer = server.customer(PROD_KEY, spelling).await;
        assert_eq!(customer["email"], "jannovak@gmail.com", "{spelling}");
        assert_eq!(customer["city"], "Kladno");
    }
    server.stop().await;
}

#[tokio::test]
async fn read_back_errors_are_update_profile_s_shape() {
    let server = TestServer::start(":memory:").await;
    // A BIK record of the same tenant is BIK's own: read-back reads update-profile's.
    assert_eq!(server.bik(BIK_SEED_BODY).await.status, 200);
    let key = format!("apiKey={PROD_KEY}");
    let cases: Vec<(String, u16, serde_json::Value)> = vec![
        (
            format!("{READ_BACK_PATH}?{key}"),
            400,
            json!({"success": false, "error": "ValidationError: \"email\" is required"}),
        ),
        (
            format!("{READ_BACK_PATH}?{key}&email=nope"),
            400,
            json!({"success": false, "error": "ValidationError: \"email\" must be a valid email"}),
        ),
        (
            format!("{READ_BACK_PATH}?{key}&email="),
            400,
            json!({"success": false, "error": "ValidationError: \"email\" is not allowed to be empty"}),
        ),
        (
            format!("{READ_BACK_PATH}?{key}&email=a%40b.cz&email=a%40b.cz"),
            400,
            json!({"success": false, "error": "query parameter 'email' given more than once"}),
        ),
        (
            format!("{READ_BACK_PATH}?{key}&email=nobody%40example.com"),
            404,
            json!({"success": false, "error": "customer not found"}),
        ),
        (
            format!("{READ_BACK_PATH}?{key}&email=mark%40bik.ai"),
            404,
            json!({"success": false, "error": "customer not found"}),
        ),
        (
            format!("{READ_BACK_PATH}?email=mark%40bik.ai"),
            401,
            json!({"success": false, "error": "api key: missing (send the 'apiKey' query parameter or a bearer token)"}),
        ),
        (
            format!("{READ_BACK_PATH}?email=mark%40bik.ai&apiKey={UNKNOWN_ROOT_KEY}"),
            401,
            json!({"success": false, "error": "api key: unknown key"}),
        ),
    ];
    for (path, status, expected) in cases {
        let reply = send(server.addr, "GET", &path, &[], Vec::new()).await;
        assert_eq!((reply.status, reply.json()), (status, expected), "{path}");
        if status == 401 {
            assert_eq!(reply.header("www-authenticate"), Some("Bearer"));
        }
    }
    // Credentials first: a bad key with a bad email is a 401.
    let reply = send(
        server.addr,
        "GET",
        &format!("{READ_BACK_PATH}?email=nope"),
        &[("authorization", BASIC)],
        Vec::new(),
    )
    .await;
    assert_eq!(reply.status, 401);
    // Only GET.
    let reply = send(server.addr, "POST", READ_BACK_PATH, &[], Vec::new()).await;
    assert_eq!(
        (reply.status, reply.body.as_str()),
        (405, r#"{"status":405,"error":"method not allowed"}"#)
    );
    server.stop().await;
}

#[tokio::test]
async fn read_back_counts_against_the_key_s_limit() {
    let server = TestServer::start_config(&tenants_toml("[limits]\ndev_per_minute = 2")).await;
    let reply = server
        .profile_as(ACME_DEV, r#"{"email":"limit@example.com"}"#)
        .await;
    assert_eq!(reply.status, 200);
    assert_eq!(
        server.read_back(ACME_DEV, "limit@example.com").await.status,
        200
    );
    let reply = server.read_back(ACME_DEV, "limit@example.com").await;
    assert_eq!(reply.status, 429, "{}", reply.body);
    assert!(reply.header("retry-after").is_some());
    assert_eq!(reply.json()["success"], false);
    // The tenant's ROOT key reads on.
    assert_eq!(
        server
            .read_back(ACME_ROOT, "limit@example.com")
            .await
            .status,
        200
    );
    server.stop().await;
}
