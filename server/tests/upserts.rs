//! Upserts change only what was sent: one row per field kind, for both endpoints. A new
//! contact gets the model's documented defaults; an update replaces exactly the fields it
//! carries and keeps every other stored field. Shared with the PostgreSQL tests: each
//! check takes a fresh server with the environment's `default` tenant.

use serde_json::{json, Map, Value};

use crate::support::*;

/// One field kind: the value a contact is created with, then an update that omits the
/// field (`None`) or sends another value, then a last update; after each step, the
/// field's stored value (`Value::Null`: absent).
struct Row {
    field: &'static str,
    create: Value,
    after_create: Value,
    update: Option<Value>,
    after_update: Value,
    last: Value,
    after_last: Value,
}

/// A row whose middle update omits the field.
fn kept(field: &'static str, create: Value, stored: Value, last: Value, after: Value) -> Row {
    Row {
        field,
        create,
        after_create: stored.clone(),
        update: None,
        after_update: stored,
        last,
        after_last: after,
    }
}

/// The update-profile rows: every field kind of its table.
#[rustfmt::skip] // a table: one row per line
fn profile_rows() -> Vec<Row> {
    vec![
        kept("name", json!(" Jan  Barášek "), json!("Jan Barášek"), json!("Jan B."), json!("Jan B.")),
        kept("firstName", json!("Jan"), json!("Jan"), json!("Honza"), json!("Honza")),
        kept("lastName", json!("Barášek"), json!("Barášek"), json!("Novák"), json!("Novák")),
        kept("companyName", json!("BizKitHub"), json!("BizKitHub"), json!("Other s.r.o."), json!("Other s.r.o.")),
        kept("city", json!("Kladno"), json!("Kladno"), json!("Brno"), json!("Brno")),
        kept("cityPart", json!("Kročehlavy"), json!("Kročehlavy"), json!("Centrum"), json!("Centrum")),
        kept("stateRegion", json!("Středočeský kraj"), json!("Středočeský kraj"), json!("Jihomoravský kraj"), json!("Jihomoravský kraj")),
        kept("streetAddress", json!("R. Novotného 1505"), json!("R. Novotného 1505"), json!("Náměstí 1"), json!("Náměstí 1")),
        kept("phone", json!("+420 777 123 456"), json!("+420 777123456"), json!("+421912345678"), json!("+421 912345678")),
        kept("country", json!("cz"), json!("CZ"), json!("SK"), json!("SK")),
        kept("primaryLocale", json!("cs"), json!("cs"), json!("en-GB"), json!("en-GB")),
        kept("customerRealIp", json!("::1"), json!("127.0.0.1"), json!("2001:4860:4860::8888"), json!("2001:4860:4860::8888")),
        kept("referralId", json!("1cGIHvFoQDGLAbcA"), json!("1cGIHvFoQDGLAbcA"), json!("2dHJIwGpRENMBcdB"), json!("2dHJIwGpRENMBcdB")),
        kept("companyRegistrationNumber", json!("05103118"), json!("05103118"), json!("27082440"), json!("27082440")),
        kept("taxIdentificationNumber", json!("CZ9609040727"), json!("CZ9609040727"), json!("CZ27082440"), json!("CZ27082440")),
        // Lists are replaced whole, never merged item by item.
        kept("groups", json!(["newsletter", "vip"]), json!(["newsletter", "vip"]), json!(["b2b"]), json!(["b2b"])),
        // Consent: set true, an update without it keeps it, an explicit false clears it.
        kept("newsletter", json!(true), json!(true), json!(false), json!(false)),
        Row {
            field: "newsletter",
            create: Value::Null, // not sent: the document's default
            after_create: json!(false),
            update: Some(json!(true)),
            after_update: json!(true),
            last: Value::Null,
            after_last: json!(true),
        },
    ]
}

/// A body of `base` plus `field: value` (nothing added for `Value::Null`).
fn with(base: &Value, field: &str, value: &Value) -> String {
    let mut body = base.clone();
    if !value.is_null() {
        body[field] = value.clone();
    }
    body.to_string()
}

/// The record expected after a step: the base members, the model's defaults for a new
/// contact, and the row's field.
fn expected(base: &Map<String, Value>, field: &str, value: &Value) -> Value {
    let mut record = base.clone();
    if !value.is_null() {
        record.insert(field.to_owned(), value.clone());
    }
    Value::Object(record)
}

#[tokio::test]
async fn update_profile_changes_only_what_was_sent() {
    let server = TestServer::start(":memory:").await;
    profile_rows_hold(&server).await;
    server.stop().await;
}

/// Runs [`profile_rows`] through update-profile, reading back through `GET`.
pub async fn profile_rows_hold(server: &TestServer) {
    for (n, row) in profile_rows().into_iter().enumerate() {
        let email = format!("row{n}@example.com");
        let field = row.field;
        // Each update also sends `postalCode`, another field, so "kept" is seen next to a
        // change. A new contact gets `newsletter: false` unless it sent one.
        let create = json!({ "email": email });
        let update = json!({ "email": email, "postalCode": "272 01" });
        let mut stored = Map::new();
        stored.insert("email".into(), json!(email));
        stored.insert("newsletter".into(), json!(false));

        let reply = server.profile(&with(&create, field, &row.create)).await;
        assert_eq!(reply.status, 200, "{field}: {}", reply.body);
        let customer = server.customer(PROD_KEY, &email).await;
        assert_eq!(
            customer,
            expected(&stored, field, &row.after_create),
            "{field} created"
        );

        let middle = row.update.clone().unwrap_or(Value::Null);
        let reply = server.profile(&with(&update, field, &middle)).await;
        assert_eq!(reply.status, 200, "{field}: {}", reply.body);
        stored.insert("postalCode".into(), json!("272 01"));
        let customer = server.customer(PROD_KEY, &email).await;
        assert_eq!(
            customer,
            expected(&stored, field, &row.after_update),
            "{field} updated"
        );

        let reply = server.profile(&with(&create, field, &row.last)).await;
        assert_eq!(reply.status, 200, "{field}: {}", reply.body);
        let customer = server.customer(PROD_KEY, &email).await;
        assert_eq!(
            customer,
            expected(&stored, field, &row.after_last),
            "{field} last"
        );
    }
}

/// The BIK rows: names, phones, consents, tags, free-text and custom-ish properties
/// (BIK's schema is closed: `source` and `partnerCustomerId` are its free properties).
#[rustfmt::skip] // a table: one row per line
fn bik_rows() -> Vec<Row> {
    vec![
        // Required in every entry: each entry sends them, so each entry sets them.
        Row {
            field: "firstName",
            create: json!(" Ann "),
            after_create: json!("Ann"),
            update: Some(json!("Anna")),
            after_update: json!("Anna"),
            last: json!("Anne"),
            after_last: json!("Anne"),
        },
        Row {
            field: "lastName",
            create: json!("Lee"),
            after_create: json!("Lee"),
            update: Some(json!("Li")),
            after_update: json!("Li"),
            last: json!("Leigh"),
            after_last: json!("Leigh"),
        },
        kept("phoneNumber", json!("9090909090"), json!("+91 9090909090"), json!("+420777123456"), json!("+420 777123456")),
        kept("alternatePhoneNumber", json!("+91 9090909011"), json!("+91 9090909011"), json!("9090909012"), json!("+91 9090909012")),
        kept("emailMarketingConsent", json!(true), json!(true), json!("FALSE"), json!(false)),
        kept("smsMarketingConsent", json!("true"), json!(true), json!(false), json!(false)),
        kept("tags", json!(["vip", "new"]), json!(["vip", "new"]), json!(["churned"]), json!(["churned"])),
        kept("city", json!("Pune"), json!("Pune"), json!("Mumbai"), json!("Mumbai")),
        kept("address1", json!("12  MG Road"), json!("12 MG Road"), json!("1 Park St"), json!("1 Park St")),
        kept("country", json!("India"), json!("India"), json!("Czechia"), json!("Czechia")),
        kept("source", json!("shopify"), json!("shopify"), json!("woo"), json!("woo")),
        kept("partnerCustomerId", json!("C-001"), json!("C-001"), json!("C-002"), json!("C-002")),
    ]
}

#[tokio::test]
async fn bik_changes_only_what_was_sent() {
    let server = TestServer::start(":memory:").await;
    bik_rows_hold(&server).await;
    server.stop().await;
}

/// Runs [`bik_rows`] through BIK, reading back through `Store::contact`.
pub async fn bik_rows_hold(server: &TestServer) {
    let tenant = TenantId::default_tenant();
    for (n, row) in bik_rows().into_iter().enumerate() {
        let email = format!("bik{n}@example.com");
        let field = row.field;
        let base = json!({ "firstName": "F", "lastName": "L", "email": email });
        let update = json!({ "firstName": "F", "lastName": "L", "email": email, "state": "MH" });
        let mut stored = Map::new();
        stored.insert("firstName".into(), json!("F"));
        stored.insert("lastName".into(), json!("L"));
        stored.insert("email".into(), json!(email));
        let send = |entry: String| format!(r#"{{"userProperties":[{entry}]}}"#);
        let record = || {
            let store = server.store.clone();
            let (tenant, key) = (tenant.clone(), format!("email:{email}"));
            async move {
                let row = store
                    .contact(&tenant, Source::Bik, &key)
                    .await
                    .unwrap()
                    .expect("stored");
                serde_json::from_str::<Value>(&row.data).unwrap()
            }
        };

        let reply = server.bik(&send(with(&base, field, &row.create))).await;
        assert_eq!(reply.counts(), (1, 0), "{field}: {}", reply.body);
        assert_eq!(
            record().await,
            expected(&stored, field, &row.after_create),
            "{field} created"
        );

        let middle = row.update.clone().unwrap_or(Value::Null);
        let reply = server.bik(&send(with(&update, field, &middle))).await;
        assert_eq!(reply.counts(), (0, 1), "{field}: {}", reply.body);
        stored.insert("state".into(), json!("MH"));
        assert_eq!(
            record().await,
            expected(&stored, field, &row.after_update),
            "{field} updated"
        );

        let reply = server.bik(&send(with(&base, field, &row.last))).await;
        assert_eq!(reply.counts(), (0, 1), "{field}: {}", reply.body);
        assert_eq!(
            record().await,
            expected(&stored, field, &row.after_last),
            "{field} last"
        );
    }
}

#[tokio::test]
async fn bik_and_update_profile_keep_their_own_records_of_one_contact() {
    let server = TestServer::start(":memory:").await;
    records_kept_apart(&server).await;
    server.stop().await;
}

/// A BIK entry and an update-profile of one contact keep their own records.
pub async fn records_kept_apart(server: &TestServer) {
    let tenant = TenantId::default_tenant();
    let reply = server
        .profile(r#"{"email":"Same.Person@example.com","city":"Kladno","country":"cz","phone":"+420 777 123 456"}"#)
        .await;
    assert_eq!(reply.status, 200);
    let bik = r#"{"userProperties":[{"firstName":"Same","lastName":"Person","email":"same.person@example.com","city":"Pune","country":"India","phoneNumber":"9090909090"}]}"#;
    // A record of another model does not count as this model's: BIK creates its own.
    assert_eq!(server.bik(bik).await.counts(), (1, 0));
    let reply = server
        .profile(r#"{"email":"same.person@example.com","city":"Brno"}"#)
        .await;
    assert_eq!(reply.status, 200);

    assert_eq!(
        server.customer(PROD_KEY, "same.person@example.com").await,
        json!({"newsletter": false, "email": "same.person@example.com", "city": "Brno",
               "country": "CZ", "phone": "+420 777123456"})
    );
    let row = server
        .store
        .contact(&tenant, Source::Bik, "email:same.person@example.com")
        .await
        .unwrap()
        .expect("BIK's record");
    assert_eq!(
        serde_json::from_str::<Value>(&row.data).unwrap(),
        json!({"firstName": "Same", "lastName": "Person", "email": "same.person@example.com",
               "city": "Pune", "country": "India", "phoneNumber": "+91 9090909090"})
    );
    assert_eq!(server.store.count_contacts().await.unwrap(), 2);
}
