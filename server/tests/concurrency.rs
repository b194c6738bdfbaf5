//! Many parallel requests over overlapping contacts: no contact is created twice, no
//! write is lost, and the counts add up. Shared with the PostgreSQL tests.

use std::collections::BTreeSet;

use contactkit_server::store::{ContactKey, ContactWrite, Store};

use crate::support::*;

/// 16 parallel bulk requests of 50 contacts each; request `i` covers contacts
/// `25 i .. 25 i + 50`, so each contact is in one or two requests (425 distinct). The
/// requests go to the `servers` in turn (instances sharing one database).
pub async fn parallel_bulk_requests(servers: &[&TestServer]) {
    let server = servers[0];
    const REQUESTS: usize = 16;
    const PER_REQUEST: usize = 50;
    let mut distinct = BTreeSet::new();
    let mut tasks = Vec::new();
    for i in 0..REQUESTS {
        let range = (i * 25)..(i * 25 + PER_REQUEST);
        distinct.extend(range.clone());
        let body = bik_body(range, &format!("req{i}"));
        let addr = servers[i % servers.len()].addr;
        tasks.push(tokio::spawn(async move {
            send(
                addr,
                "POST",
                BIK_PATH,
                &[
                    ("authorization", BASIC),
                    ("content-type", "application/json"),
                ],
                body.into_bytes(),
            )
            .await
        }));
    }
    let (mut created, mut updated) = (0, 0);
    for task in tasks {
        let reply = task.await.expect("request task");
        assert_eq!(reply.status, 200, "{}", reply.body);
        let (c, u) = reply.counts();
        created += c;
        updated += u;
    }
    let rows = server.store.count_contacts().await.unwrap();
    assert_eq!(rows, distinct.len() as u64, "one row per distinct contact");
    assert_eq!(created, rows, "every row was created exactly once");
    assert_eq!(
        created + updated,
        (REQUESTS * PER_REQUEST) as u64,
        "every upsert counted"
    );
    // Nothing lost: every contact is there, with the fields of the last request to touch it.
    for n in distinct {
        let row = server
            .store
            .contact(
                &TenantId::default_tenant(),
                Source::Bik,
                &format!("email:user{n}@example.com"),
            )
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("contact {n} stored"));
        let data: serde_json::Value = serde_json::from_str(&row.data).unwrap();
        assert_eq!(data["firstName"], format!("User{n}"));
        let tag = data["tags"][0].as_str().expect("a tag");
        let covering: Vec<String> = (0..REQUESTS)
            .filter(|i| (i * 25..i * 25 + PER_REQUEST).contains(&n))
            .map(|i| format!("req{i}"))
            .collect();
        assert!(
            covering.iter().any(|t| t == tag),
            "contact {n}: {tag} not in {covering:?}"
        );
    }
}

/// 24 parallel update-profile requests for one contact: one row, one creation.
pub async fn parallel_profile_updates(server: &TestServer) {
    let mut tasks = Vec::new();
    for i in 0..24 {
        let addr = server.addr;
        let body = format!(r#"{{"email":"Same.Person@example.com","city":"City {i}"}}"#);
        tasks.push(tokio::spawn(async move {
            send(
                addr,
                "POST",
                &format!("{PROFILE_PATH}?apiKey={PROD_KEY}"),
                &[("content-type", "application/json")],
                body.into_bytes(),
            )
            .await
        }));
    }
    for task in tasks {
        let reply = task.await.expect("request task");
        assert_eq!(
            (reply.status, reply.body.as_str()),
            (200, r#"{"success":true}"#)
        );
    }
    assert_eq!(server.store.count_contacts().await.unwrap(), 1);
}

/// Two `Store`s on one database (two instances) and two tenants: 16 parallel upserts of
/// 50 contacts each, request `i` for tenant `i % 2` through store `(i / 2) % 2`, so that
/// each tenant's overlapping requests go through both stores. Per tenant, request `j`
/// covers contacts `25 j .. 25 j + 50` (225 distinct). The database starts empty.
pub async fn parallel_upserts_two_tenants(stores: [&Store; 2]) {
    const PER_TENANT: usize = 8;
    const PER_REQUEST: usize = 50;
    let tenants = [
        TenantId::parse("acme").unwrap(),
        TenantId::parse("globex").unwrap(),
    ];
    let mut tasks = Vec::new();
    for i in 0..2 * PER_TENANT {
        let (tenant, store) = (tenants[i % 2].clone(), stores[(i / 2) % 2].clone());
        let writes: Vec<ContactWrite> = (i / 2 * 25..i / 2 * 25 + PER_REQUEST)
            .map(|n| {
                let email =
                    contactkit::CanonicalEmail::parse(&format!("user{n}@example.com")).unwrap();
                ContactWrite {
                    key: ContactKey::for_email(&email),
                    email: Some(email.as_str().to_owned()),
                    phone: None,
                    data: format!(r#"{{"tenant":"{}","req":{i}}}"#, tenant.as_str()),
                }
            })
            .collect();
        tasks.push(tokio::spawn(async move {
            let counts = store.upsert(&tenant, Source::Bik, writes).await;
            (i % 2, counts.expect("upsert"))
        }));
    }
    let mut per_tenant = [(0, 0); 2];
    for task in tasks {
        let (t, counts) = task.await.expect("upsert task");
        per_tenant[t].0 += counts.created;
        per_tenant[t].1 += counts.updated;
    }
    for (created, updated) in per_tenant {
        assert_eq!(created, 225, "each of a tenant's contacts created once");
        assert_eq!(created + updated, (PER_TENANT * PER_REQUEST) as u64);
    }
    assert_eq!(stores[1].count_contacts().await.unwrap(), 2 * 225);
    for (t, tenant) in tenants.iter().enumerate() {
        for n in 0..225 {
            let row = stores[n % 2]
                .contact(tenant, Source::Bik, &format!("email:user{n}@example.com"))
                .await
                .unwrap()
                .unwrap_or_else(|| panic!("{tenant:?} contact {n}"));
            let data: serde_json::Value = serde_json::from_str(&row.data).unwrap();
            assert_eq!(data["tenant"], tenant.as_str(), "no write crossed tenants");
            let req = data["req"].as_u64().unwrap() as usize;
            assert_eq!(req % 2, t);
            assert!((req / 2 * 25..req / 2 * 25 + PER_REQUEST).contains(&n));
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parallel_upserts_two_tenants_two_stores_on_a_file() {
    // Two connections to one file: the second waits in SQLite's busy handler.
    let path = temp_db_path();
    let first = Store::connect(path.to_str().unwrap()).await.unwrap();
    let second = Store::connect(path.to_str().unwrap()).await.unwrap();
    parallel_upserts_two_tenants([&first, &second]).await;
    first.close().await;
    second.close().await;
    remove_db(&path);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parallel_bulk_requests_in_memory() {
    let server = TestServer::start(":memory:").await;
    parallel_bulk_requests(&[&server]).await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parallel_bulk_requests_on_a_file() {
    let path = temp_db_path();
    let server = TestServer::start(path.to_str().unwrap()).await;
    parallel_bulk_requests(&[&server]).await;
    server.stop().await;
    remove_db(&path);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parallel_updates_of_one_profile() {
    let server = TestServer::start(":memory:").await;
    parallel_profile_updates(&server).await;
    server.stop().await;
}
