//! Both endpoints with the seed documents' example requests, every error status, and
//! the two ways of passing an API key.

use std::time::Duration;

use crate::support::*;

#[tokio::test]
async fn bik_seed_example_returns_the_documented_response() {
    let server = TestServer::start(":memory:").await;
    let reply = server.bik(BIK_SEED_BODY).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("content-type"), Some("application/json"));
    // The document's response, on an empty store: the valid entry is created.
    assert_eq!(
        reply.body,
        r#"{"status":200,"data":{"invalidUserProperties":[{"phoneNumber":"9090909010","emial":"mark2@bik.ai","firstName":"Test2","lastName":"4","error":"ValidationError: \"emial\" is not allowed"}],"bulkUpsertUPResponse":{"createCount":1,"updateCount":0,"docsFailedToUpdate":[]}}}"#
    );
    // Sent again, the contact exists: the document's counts exactly (0 created, 1 updated).
    let reply = server.bik(BIK_SEED_BODY).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.counts(), (0, 1));

    let row = server
        .store
        .contact(
            &TenantId::default_tenant(),
            Source::Bik,
            "email:mark@bik.ai",
        )
        .await
        .unwrap()
        .expect("stored");
    assert_eq!(row.email.as_deref(), Some("mark@bik.ai"));
    assert_eq!(row.phone.as_deref(), Some("+919090909090"));
    assert_eq!(row.source, "bik");
    let data: serde_json::Value = serde_json::from_str(&row.data).unwrap();
    assert_eq!(
        data,
        serde_json::json!({"firstName":"Test","lastName":"2","phoneNumber":"+91 9090909090","email":"mark@bik.ai"})
    );
    assert_eq!(server.store.count_contacts().await.unwrap(), 1);
    server.stop().await;
}

#[tokio::test]
async fn update_profile_seed_example() {
    let server = TestServer::start(":memory:").await;
    // Verbatim, the example's `"groups": [[]]` breaks its own table (`string[]`).
    let reply = server.profile(PROFILE_SEED_BODY).await;
    assert_eq!(reply.status, 400);
    assert_eq!(
        reply.body,
        r#"{"success":false,"error":"ValidationError: \"groups[0]\" must be a string"}"#
    );
    assert_eq!(server.store.count_contacts().await.unwrap(), 0);

    // With groups as the table types them, the documented response.
    let body = PROFILE_SEED_BODY.replace("[\n    []\n  ]", r#"["newsletter", "vip"]"#);
    let reply = server.profile(&body).await;
    assert_eq!(
        (reply.status, reply.body.as_str()),
        (200, r#"{"success":true}"#)
    );

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
    assert_eq!(row.phone.as_deref(), Some("+420777123456"));
    assert_eq!(row.source, "update-profile");
    let data: serde_json::Value = serde_json::from_str(&row.data).unwrap();
    assert_eq!(data["email"], "jan@barasek.com");
    assert_eq!(data["phone"], "+420 777123456");
    assert_eq!(data["postalCode"], "272 01");
    assert_eq!(data["country"], "CZ");
    assert_eq!(data["groups"], serde_json::json!(["newsletter", "vip"]));
    assert_eq!(data["customerRealIp"], "1.1.1.1");
    server.stop().await;
}

#[tokio::test]
async fn update_profile_normalizes_and_merges_updates() {
    let server = TestServer::start(":memory:").await;
    let reply = server
        .profile(r#"{"email":" Jan.Novak@Example.COM ","city":"Kladno","newsletter":true}"#)
        .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let reply = server
        .profile(r#"{"email":"jan.novak@example.com","phone":"+420 777 123 456"}"#)
        .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(server.store.count_contacts().await.unwrap(), 1);
    let row = server
        .store
        .contact(
            &TenantId::default_tenant(),
            Source::UpdateProfile,
            "email:jan.novak@example.com",
        )
        .await
        .unwrap()
        .expect("stored");
    let data: serde_json::Value = serde_json::from_str(&row.data).unwrap();
    // The second write's members replace the first's; members it lacks are kept.
    assert_eq!(data["email"], "jan.novak@example.com");
    assert_eq!(data["city"], "Kladno");
    assert_eq!(data["phone"], "+420 777123456");
    // The first write's consent stays: the second did not send `newsletter`, and a
    // field not sent never changes what is stored (0.1 reset it to false here).
    assert_eq!(data["newsletter"], true);
    assert!(row.updated_at >= row.created_at);
    server.stop().await;
}

#[tokio::test]
async fn a_new_profile_gets_the_documented_default_and_updates_keep_it() {
    let server = TestServer::start(":memory:").await;
    let reply = server.profile(r#"{"email":"eva@example.com"}"#).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let stored = |server: &TestServer| {
        let store = server.store.clone();
        async move {
            let row = store
                .contact(
                    &TenantId::default_tenant(),
                    Source::UpdateProfile,
                    "email:eva@example.com",
                )
                .await
                .unwrap()
                .expect("stored");
            serde_json::from_str::<serde_json::Value>(&row.data).unwrap()
        }
    };
    assert_eq!(stored(&server).await["newsletter"], false);
    server
        .profile(r#"{"email":"eva@example.com","newsletter":true}"#)
        .await;
    server
        .profile(r#"{"email":"eva@example.com","city":"Brno"}"#)
        .await;
    let data = stored(&server).await;
    assert_eq!(
        (&data["newsletter"], &data["city"]),
        (&serde_json::json!(true), &serde_json::json!("Brno"))
    );
    server.stop().await;
}

#[tokio::test]
async fn api_key_in_query_or_bearer_header() {
    let server = TestServer::start(":memory:").await;
    let body = r#"{"email":"dev@example.com"}"#;
    let bearer_dev = format!("Bearer {DEV_KEY}");
    let bearer_prod = format!("Bearer {PROD_KEY}");

    // DEV_ by Bearer, PROD by query, both agreeing.
    let reply = server
        .post(
            PROFILE_PATH,
            &[("authorization", bearer_dev.as_str())],
            body,
        )
        .await;
    assert_eq!(
        (reply.status, reply.body.as_str()),
        (200, r#"{"success":true}"#)
    );
    let reply = server
        .post(&format!("{PROFILE_PATH}?apiKey={PROD_KEY}"), &[], body)
        .await;
    assert_eq!(reply.status, 200);
    let reply = server
        .post(
            &format!("{PROFILE_PATH}?apiKey={PROD_KEY}"),
            &[("authorization", bearer_prod.as_str())],
            body,
        )
        .await;
    assert_eq!(reply.status, 200);

    // Refusals: 401, the library's message (never the key), and a Bearer challenge.
    type Case<'a> = (String, Vec<(&'a str, &'a str)>, &'a str);
    let cases: Vec<Case<'_>> = vec![
        (
            PROFILE_PATH.to_owned(),
            vec![],
            r#"{"success":false,"error":"api key: missing (send the 'apiKey' query parameter or a bearer token)"}"#,
        ),
        (
            format!("{PROFILE_PATH}?apiKey={PROD_KEY}"),
            vec![("authorization", bearer_dev.as_str())],
            "",
        ),
        (
            format!("{PROFILE_PATH}?apiKey={UNKNOWN_ROOT_KEY}"),
            vec![],
            r#"{"success":false,"error":"api key: unknown key"}"#,
        ),
        (
            format!("{PROFILE_PATH}?apiKey=PROD123"),
            vec![],
            r#"{"success":false,"error":"api key: expected 32 characters, got 7"}"#,
        ),
        (
            PROFILE_PATH.to_owned(),
            vec![("authorization", BASIC)],
            r#"{"success":false,"error":"api key: authorization scheme is not 'Bearer'"}"#,
        ),
    ];
    for (path, headers, expected) in cases {
        let reply = server.post(&path, &headers, body).await;
        assert_eq!(reply.status, 401, "{path}: {}", reply.body);
        assert_eq!(reply.header("www-authenticate"), Some("Bearer"));
        assert!(!reply.body.contains(PROD_KEY) && !reply.body.contains(DEV_KEY));
        assert_eq!(reply.json()["success"], false);
        if !expected.is_empty() {
            assert_eq!(reply.body, expected, "{path}");
        }
    }
    assert_eq!(server.store.count_contacts().await.unwrap(), 1);
    server.stop().await;
}

#[tokio::test]
async fn bik_requires_basic_credentials() {
    let server = TestServer::start(":memory:").await;
    let bearer = format!("Bearer {PROD_KEY}");
    for headers in [
        vec![],
        vec![("authorization", "Basic YmlrOndyb25n")], // bik:wrong
        vec![("authorization", "Basic not base64!")],
        vec![("authorization", bearer.as_str())],
    ] {
        let reply = server.post(BIK_PATH, &headers, BIK_SEED_BODY).await;
        assert_eq!(reply.status, 401, "{headers:?}");
        assert_eq!(reply.body, r#"{"status":401,"error":"unauthorized"}"#);
        assert!(reply
            .header("www-authenticate")
            .is_some_and(|v| v.starts_with("Basic ")));
    }
    assert_eq!(server.store.count_contacts().await.unwrap(), 0);
    server.stop().await;
}

#[tokio::test]
async fn invalid_payloads_are_400_with_joi_messages() {
    let server = TestServer::start(":memory:").await;
    let cases = [
        (
            r#"{"users": []}"#,
            r#"{"status":400,"error":"ValidationError: \"userProperties\" is required"}"#,
        ),
        (
            r#"{"userProperties": {}}"#,
            r#"{"status":400,"error":"ValidationError: \"userProperties\" must be an array"}"#,
        ),
        (
            "not json",
            r#"{"status":400,"error":"ValidationError: \"value\" must be valid JSON (line 1, column 1)"}"#,
        ),
    ];
    for (body, expected) in cases {
        let reply = server.bik(body).await;
        assert_eq!((reply.status, reply.body.as_str()), (400, expected));
    }
    let reply = server.profile(r#"{"emial":"jan@barasek.com"}"#).await;
    assert_eq!(
        (reply.status, reply.body.as_str()),
        (
            400,
            r#"{"success":false,"error":"ValidationError: \"email\" is required"}"#
        )
    );
    let reply = server
        .profile(r#"{"email":"jan@barasek.com","phone":"777"}"#)
        .await;
    assert_eq!(reply.status, 400);
    assert_eq!(
        reply.json()["error"],
        r#"ValidationError: "phone" must be a valid phone number"#
    );
    server.stop().await;
}

#[tokio::test]
async fn bik_groups_entries_of_one_contact_and_reports_unidentifiable_ones() {
    let server = TestServer::start(":memory:").await;
    let body = r#"{"userProperties":[
        {"firstName":"Jan","lastName":"Novak","email":"Jan.Novak@gmail.com","city":"Pune"},
        {"firstName":"Jan","lastName":"Novak","email":"jannovak+crm@gmail.com","smsMarketingConsent":"true"},
        {"firstName":"Only","lastName":"Phone","phoneNumber":"9090909090"},
        {"firstName":"No","lastName":"Identity","city":"Delhi"}
    ]}"#;
    let reply = server.bik(body).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let json = reply.json();
    assert_eq!(json["data"]["invalidUserProperties"], serde_json::json!([]));
    // The document counts user properties: three stored entries, the first of each new
    // contact a create, Jan's second an update (0.1 counted contacts: 2 + 0). The entry
    // without identity is in docsFailedToUpdate and not counted.
    assert_eq!(reply.counts(), (2, 1));
    assert_eq!(server.bik(body).await.counts(), (0, 3));
    assert_eq!(
        json["data"]["bulkUpsertUPResponse"]["docsFailedToUpdate"],
        serde_json::json!([{"firstName":"No","lastName":"Identity","city":"Delhi",
            "error":"contact has neither \"email\" nor \"phoneNumber\" to identify it"}])
    );
    let row = server
        .store
        .contact(
            &TenantId::default_tenant(),
            Source::Bik,
            "email:jannovak@gmail.com",
        )
        .await
        .unwrap()
        .expect("one contact for both spellings");
    let data: serde_json::Value = serde_json::from_str(&row.data).unwrap();
    assert_eq!(data["city"], "Pune");
    assert_eq!(data["smsMarketingConsent"], true);
    assert_eq!(data["email"], "jannovak+crm@gmail.com"); // the last entry's address
    assert!(server
        .store
        .contact(
            &TenantId::default_tenant(),
            Source::Bik,
            "phone:+919090909090"
        )
        .await
        .unwrap()
        .is_some());

    // The same person through update-profile gets update-profile's own record: the two
    // models disagree on fields, so neither endpoint changes the other's record.
    let reply = server.profile(r#"{"email":"JanNovak@gmail.com"}"#).await;
    assert_eq!(reply.status, 200);
    assert_eq!(server.store.count_contacts().await.unwrap(), 3);
    let row = server
        .store
        .contact(
            &TenantId::default_tenant(),
            Source::UpdateProfile,
            "email:jannovak@gmail.com",
        )
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.source, "update-profile");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&row.data).unwrap(),
        serde_json::json!({"email": "jannovak@gmail.com", "newsletter": false})
    );
    let bik = server
        .store
        .contact(
            &TenantId::default_tenant(),
            Source::Bik,
            "email:jannovak@gmail.com",
        )
        .await
        .unwrap()
        .unwrap();
    let bik: serde_json::Value = serde_json::from_str(&bik.data).unwrap();
    assert_eq!(
        (bik["city"].as_str(), bik.get("newsletter")),
        (Some("Pune"), None)
    );
    server.stop().await;
}

#[tokio::test]
async fn unknown_routes_and_methods_are_json() {
    let server = TestServer::start(":memory:").await;
    for path in [
        "/",
        "/api/v1/customer/other",
        "/integrations/x?apiKey=secret",
    ] {
        let reply = send(server.addr, "GET", path, &[], Vec::new()).await;
        assert_eq!(reply.status, 404, "{path}");
        assert_eq!(reply.header("content-type"), Some("application/json"));
        assert_eq!(reply.body, r#"{"status":404,"error":"not found"}"#);
    }
    for (method, path) in [
        ("GET", PROFILE_PATH),
        ("PUT", BIK_PATH),
        ("POST", "/healthz"),
    ] {
        let reply = send(server.addr, method, path, &[], Vec::new()).await;
        assert_eq!(reply.status, 405, "{method} {path}");
        assert_eq!(reply.header("content-type"), Some("application/json"));
        assert_eq!(reply.body, r#"{"status":405,"error":"method not allowed"}"#);
        assert!(reply.header("allow").is_some(), "Allow is kept");
    }
    server.stop().await;
}

#[tokio::test]
async fn bodies_over_the_limit_are_413_before_being_read() {
    let server = TestServer::start(":memory:").await; // 64 KiB limit
    let limit = test_limits().max_body_bytes;

    // Content-Length over the limit: refused without sending a byte of the body.
    let head = format!(
        "POST {BIK_PATH} HTTP/1.1\r\nhost: x\r\nauthorization: {BASIC}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        limit * 100
    );
    let text = raw_exchange(server.addr, head.as_bytes(), Duration::from_secs(5)).await;
    assert!(text.starts_with("HTTP/1.1 413"), "{text}");
    assert!(
        text.ends_with(&format!(
            r#"{{"status":413,"error":"request body is larger than {limit} bytes"}}"#
        )),
        "{text}"
    );

    // Chunked, no length: refused once the stream passes the limit.
    let chunk = "a".repeat(16 * 1024);
    let mut request = format!(
        "POST {PROFILE_PATH}?apiKey={PROD_KEY} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n"
    );
    for _ in 0..8 {
        request.push_str(&format!("{:x}\r\n{chunk}\r\n", chunk.len()));
    }
    request.push_str("0\r\n\r\n");
    let text = raw_exchange(server.addr, request.as_bytes(), Duration::from_secs(5)).await;
    assert!(text.starts_with("HTTP/1.1 413"), "{text}");
    assert!(
        text.contains(r#"{"success":false,"error":"request body is larger than"#),
        "{text}"
    );

    // At the limit, the body is read and validated (here: not a valid body, 400).
    let body = format!(
        r#"{{"userProperties":[],"pad":"{}"}}"#,
        "x".repeat(limit - 30)
    );
    assert_eq!(body.len(), limit);
    let reply = server.bik(&body).await;
    assert_eq!(reply.status, 400);
    assert_eq!(
        reply.json()["error"],
        r#"ValidationError: "pad" is not allowed"#
    );

    // Unauthenticated requests are refused before the size matters.
    let reply = server.post(BIK_PATH, &[], &"x".repeat(limit + 1)).await;
    assert_eq!(reply.status, 401);
    server.stop().await;
}

#[tokio::test]
async fn a_request_slower_than_the_timeout_is_408() {
    let limits = contactkit_server::Limits {
        request_timeout: Duration::from_secs(1),
        ..test_limits()
    };
    let server = TestServer::start_with(":memory:", limits).await;
    // The body never arrives in full.
    let request = format!(
        "POST {BIK_PATH} HTTP/1.1\r\nhost: x\r\nauthorization: {BASIC}\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{{\"userPro"
    );
    let started = std::time::Instant::now();
    let text = raw_exchange(server.addr, request.as_bytes(), Duration::from_secs(5)).await;
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(
        text.ends_with(r#"{"status":408,"error":"request timed out"}"#),
        "{text}"
    );
    assert!(started.elapsed() >= Duration::from_millis(900));
    server.stop().await;
}

#[tokio::test]
async fn healthz_reports_the_database() {
    let server = TestServer::start(":memory:").await;
    let reply = send(server.addr, "GET", "/healthz", &[], Vec::new()).await;
    assert_eq!(
        (reply.status, reply.body.as_str()),
        (200, r#"{"status":"ok","database":"sqlite"}"#)
    );
    server.stop().await;
}

#[tokio::test]
async fn bodies_that_are_not_application_json_are_415() {
    // A browser holding cached Basic credentials can be made to post `text/plain`
    // cross-site without a CORS preflight: only JSON bodies are read, after the
    // credentials are checked, with each endpoint's own error body.
    let server = TestServer::start(":memory:").await;
    let body = r#"{"userProperties":[{"firstName":"A","lastName":"B","email":"a@b.cz"}]}"#;
    let profile_path = format!("{PROFILE_PATH}?apiKey={PROD_KEY}");
    for content_type in [
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        None,
    ] {
        let mut bik_headers = vec![("authorization", BASIC)];
        let mut profile_headers = vec![];
        if let Some(content_type) = content_type {
            bik_headers.push(("content-type", content_type));
            profile_headers.push(("content-type", content_type));
        }
        // `send`, not `post`: `post` adds a JSON content type when none is named.
        let reply = send(server.addr, "POST", BIK_PATH, &bik_headers, body.into()).await;
        assert_eq!(reply.status, 415, "{content_type:?}: {}", reply.body);
        assert_eq!(
            reply.json(),
            serde_json::json!({"status": 415, "error": "request body must be application/json"})
        );
        let profile_body = br#"{"email":"a@b.cz"}"#.to_vec();
        let reply = send(
            server.addr,
            "POST",
            &profile_path,
            &profile_headers,
            profile_body,
        )
        .await;
        assert_eq!(reply.status, 415, "{content_type:?}: {}", reply.body);
        assert_eq!(
            reply.json(),
            serde_json::json!({"success": false, "error": "request body must be application/json"})
        );
    }
    // Parameters and letter case are fine.
    let reply = server
        .post(
            BIK_PATH,
            &[
                ("authorization", BASIC),
                ("content-type", "Application/JSON; charset=UTF-8"),
            ],
            body,
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    // Credentials are checked first.
    let reply = server
        .post(BIK_PATH, &[("content-type", "text/plain")], body)
        .await;
    assert_eq!(reply.status, 401, "{}", reply.body);
    assert_eq!(server.store.count_contacts().await.unwrap(), 1);
    server.stop().await;
}
