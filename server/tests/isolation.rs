//! Tenant isolation: a contact belongs to the tenant of the credential that wrote it, and
//! no other tenant's credential can see or change it. Shared with the PostgreSQL tests:
//! each check takes a fresh server started with [`tenants_toml`]'s tenants.

use serde_json::{json, Value};

use crate::support::*;

#[tokio::test]
async fn the_same_email_in_two_tenants_is_two_contacts() {
    let server = TestServer::start_config(&tenants_toml("")).await;
    same_email_in_two_tenants(&server).await;
    server.stop().await;
}

#[tokio::test]
async fn a_tenant_cannot_read_or_change_another_s_contact() {
    let server = TestServer::start_config(&tenants_toml("")).await;
    another_tenant_s_contact(&server).await;
    server.stop().await;
}

/// One email in two tenants is two contacts, through both endpoints.
pub async fn same_email_in_two_tenants(server: &TestServer) {
    for (key, city) in [(ACME_PROD, "Kladno"), (BETA_PROD, "Brno")] {
        let body = format!(r#"{{"email":"Shared@Example.com","city":"{city}"}}"#);
        let reply = server.profile_as(key, &body).await;
        assert_eq!(reply.status, 200, "{}", reply.body);
    }
    // Each tenant sees its own record, whichever of its keys asks.
    assert_eq!(
        server.customer(ACME_DEV, "shared@example.com").await["city"],
        "Kladno"
    );
    assert_eq!(
        server.customer(BETA_DEV, "shared@example.com").await["city"],
        "Brno"
    );

    // BIK: the store's pair and beta's pair, the same entry, counted as a create each.
    let body = r#"{"userProperties":[{"firstName":"S","lastName":"E","email":"shared@example.com","city":"Pune"}]}"#;
    assert_eq!(server.bik_as(BASIC, body).await.counts(), (1, 0));
    assert_eq!(
        server
            .bik_as(BETA_BASIC, &body.replace("Pune", "Delhi"))
            .await
            .counts(),
        (1, 0)
    );
    let city = |tenant: &str| {
        let store = server.store.clone();
        let tenant = TenantId::parse(tenant).unwrap();
        async move {
            let row = store
                .contact(&tenant, Source::Bik, "email:shared@example.com")
                .await
                .unwrap()
                .expect("stored");
            assert_eq!(row.tenant, tenant.as_str());
            serde_json::from_str::<Value>(&row.data).unwrap()["city"].clone()
        }
    };
    assert_eq!(city(BIK_STORE_ID).await, json!("Pune"));
    assert_eq!(city("beta").await, json!("Delhi"));
    // Two tenants x (update-profile for acme and beta) + (BIK for the store and beta).
    assert_eq!(server.store.count_contacts().await.unwrap(), 4);
}

/// Another tenant's keys neither see nor change a contact.
pub async fn another_tenant_s_contact(server: &TestServer) {
    let reply = server
        .profile_as(
            ACME_PROD,
            r#"{"email":"private@acme.example","city":"Kladno"}"#,
        )
        .await;
    assert_eq!(reply.status, 200);

    // Beta's keys: not found, as if the contact did not exist.
    for key in [BETA_PROD, BETA_DEV] {
        let reply = server.read_back(key, "private@acme.example").await;
        assert_eq!(
            (reply.status, reply.json()),
            (
                404,
                json!({"success": false, "error": "customer not found"})
            ),
            "{key}"
        );
    }
    // Beta's write of the same address creates beta's contact; acme's is untouched.
    let reply = server
        .profile_as(
            BETA_PROD,
            r#"{"email":"private@acme.example","city":"Brno"}"#,
        )
        .await;
    assert_eq!(reply.status, 200);
    assert_eq!(
        server.customer(ACME_ROOT, "private@acme.example").await,
        json!({"newsletter": false, "email": "private@acme.example", "city": "Kladno"})
    );

    // The environment's `default` tenant is a tenant like any other.
    let store = server.store.clone();
    let row = store
        .contact(
            &TenantId::default_tenant(),
            Source::UpdateProfile,
            "email:private@acme.example",
        )
        .await
        .unwrap();
    assert_eq!(row, None);
}
