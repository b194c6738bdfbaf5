//! Starting a server in-process on `127.0.0.1:0` and talking HTTP/1.1 to it.

#![allow(dead_code)] // each test module uses part of the kit

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use contactkit_server::auth::{ApiKeys, BasicCredentials};
pub use contactkit_server::store::Source;
use contactkit_server::store::Store;
pub use contactkit_server::tenant::TenantId;
use contactkit_server::tenants::{TenantSpec, Tenants};
use contactkit_server::{AppState, Limits};
use http_body_util::{BodyExt as _, Full};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// The seed document's key (PROD) and a developer key; both configured.
pub const PROD_KEY: &str = "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE";
pub const DEV_KEY: &str = "DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q";
/// Well-formed but not configured.
pub const UNKNOWN_ROOT_KEY: &str = "ROOTaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
/// `bik:s3cret`.
pub const BASIC: &str = "Basic YmlrOnMzY3JldA==";
pub const BASIC_PAIR: &str = "bik:s3cret";
/// `beta:pw`.
pub const BETA_BASIC: &str = "Basic YmV0YTpwdw==";

pub const BIK_PATH: &str = "/integrations/bikPlatformFunctions-createOrUpdateUserProperties";
pub const PROFILE_PATH: &str = "/api/v1/customer/update-profile";
pub const READ_BACK_PATH: &str = "/api/v1/customer/profile";

/// The BIK document's example request, verbatim.
pub const BIK_SEED_BODY: &str = r#"{
"userProperties": [
{
"phoneNumber": "9090909090",
"email": "mark@bik.ai",
"firstName": "Test",
"lastName": "2"
},
{
"phoneNumber": "9090909010",
"emial": "mark2@bik.ai",
"firstName": "Test2",
"lastName": "4"
}
]
}"#;

/// The update-profile document's example request, verbatim.
pub const PROFILE_SEED_BODY: &str = r#"{
  "email": "jan@barasek.com",
  "name": "Jan Barášek",
  "firstName": "Jan",
  "lastName": "Barášek",
  "phone": "+420 777123456",
  "companyName": "BizKitHub",
  "companyRegistrationNumber": "05103118",
  "taxIdentificationNumber": "CZ9609040727",
  "streetAddress": "R. Novotného 1505",
  "city": "Kladno",
  "cityPart": "Kročehlavy",
  "stateRegion": "Středočeský kraj",
  "postalCode": "272 01",
  "country": "CZ",
  "newsletter": false,
  "primaryLocale": "cs",
  "groups": [
    []
  ],
  "customerRealIp": "1.1.1.1",
  "referralId": "1cGIHvFoQDGLAbcA"
}"#;

/// A server running in this process; stop it with [`TestServer::stop`].
pub struct TestServer {
    pub addr: SocketAddr,
    pub store: Store,
    stop: Option<oneshot::Sender<()>>,
    handle: JoinHandle<std::io::Result<()>>,
}

/// Test limits: 64 KiB bodies (cheap 413s), 10 s timeout.
pub fn test_limits() -> Limits {
    Limits {
        max_body_bytes: 64 * 1024,
        request_timeout: Duration::from_secs(10),
        ..Limits::default()
    }
}

impl TestServer {
    pub async fn start(database: &str) -> TestServer {
        TestServer::start_with(database, test_limits()).await
    }

    pub async fn start_with(database: &str, limits: Limits) -> TestServer {
        let store = Store::connect(database).await.expect("store opens");
        TestServer::start_on(store, limits).await
    }

    /// The `default` tenant of the environment settings: [`PROD_KEY`], [`DEV_KEY`] and
    /// [`BASIC_PAIR`].
    pub async fn start_on(store: Store, limits: Limits) -> TestServer {
        TestServer::start_tenants(store, default_tenants(), limits).await
    }

    /// A server on `:memory:` with the tenants of a config file's text.
    pub async fn start_config(text: &str) -> TestServer {
        TestServer::start_config_on(":memory:", text).await
    }

    /// A server on `database` with the tenants of a config file's text.
    pub async fn start_config_on(database: &str, text: &str) -> TestServer {
        let store = Store::connect(database).await.expect("store opens");
        TestServer::start_tenants(store, tenants_from_toml(text), test_limits()).await
    }

    pub async fn start_tenants(store: Store, tenants: Tenants, limits: Limits) -> TestServer {
        let state = AppState::new(store.clone(), tenants, limits);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let addr = listener.local_addr().expect("local addr");
        let (stop, stopped) = oneshot::channel::<()>();
        let handle = tokio::spawn(contactkit_server::serve(listener, state, async move {
            let _ = stopped.await;
        }));
        TestServer {
            addr,
            store,
            stop: Some(stop),
            handle,
        }
    }

    /// Graceful shutdown, then the store is closed (a SQLite file is checkpointed).
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let handle = &mut self.handle;
        tokio::time::timeout(Duration::from_secs(15), handle)
            .await
            .expect("server stops within 15 s")
            .expect("server task")
            .expect("server result");
        self.store.close().await;
    }

    /// A POST; `content-type: application/json` unless `headers` name another.
    pub async fn post(&self, path: &str, headers: &[(&str, &str)], body: &str) -> Reply {
        let mut headers = headers.to_vec();
        if !headers
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case("content-type"))
        {
            headers.push(("content-type", "application/json"));
        }
        send(self.addr, "POST", path, &headers, body.as_bytes().to_vec()).await
    }

    pub async fn bik(&self, body: &str) -> Reply {
        self.post(
            BIK_PATH,
            &[
                ("authorization", BASIC),
                ("content-type", "application/json"),
            ],
            body,
        )
        .await
    }

    /// A BIK request with the given `Authorization` value.
    pub async fn bik_as(&self, authorization: &str, body: &str) -> Reply {
        self.post(BIK_PATH, &[("authorization", authorization)], body)
            .await
    }

    /// An update-profile request with the given key (in the query).
    pub async fn profile_as(&self, key: &str, body: &str) -> Reply {
        self.post(&format!("{PROFILE_PATH}?apiKey={key}"), &[], body)
            .await
    }

    /// `GET /api/v1/customer/profile?email=...&apiKey=...`, the email escaped.
    pub async fn read_back(&self, key: &str, email: &str) -> Reply {
        let path = format!(
            "{READ_BACK_PATH}?email={}&apiKey={key}",
            query_escape(email)
        );
        send(self.addr, "GET", &path, &[], Vec::new()).await
    }

    /// The stored update-profile record of `email` in `key`'s tenant, through read-back.
    pub async fn customer(&self, key: &str, email: &str) -> serde_json::Value {
        let reply = self.read_back(key, email).await;
        assert_eq!(reply.status, 200, "{email}: {}", reply.body);
        let mut json = reply.json();
        assert_eq!(json["success"], true);
        json["customer"].take()
    }

    pub async fn profile(&self, body: &str) -> Reply {
        self.post(
            &format!("{PROFILE_PATH}?apiKey={PROD_KEY}"),
            &[("content-type", "application/json")],
            body,
        )
        .await
    }
}

/// Keys of the multi-tenant tests: tenant `acme` and tenant `beta`.
pub const ACME_PROD: &str = "PRODacmeacmeacmeacmeacmeacme0001";
pub const ACME_DEV: &str = "DEV_acmeacmeacmeacmeacmeacme0001";
pub const ACME_ROOT: &str = "ROOTacmeacmeacmeacmeacmeacme0001";
pub const BETA_PROD: &str = "PRODbetabetabetabetabetabeta0001";
pub const BETA_DEV: &str = "DEV_betabetabetabetabetabeta0001";

/// The BIK document's store (its example response echoes both ids).
pub const BIK_STORE_ID: &str = "p60HYv5wjgQaOrPdqT5NjbpkroD2";
pub const BIK_CUSTOMER_ID: &str = "5242031";

/// A config file with tenants `acme` (PROD, DEV_ and ROOT keys), `beta` (PROD and DEV_
/// keys, Basic `beta:pw`) and the BIK document's store (Basic [`BASIC_PAIR`]), followed
/// by `extra` (e.g. a `[limits]` table).
pub fn tenants_toml(extra: &str) -> String {
    format!(
        r#"
[[tenant]]
id = "acme"
api_keys = ["{ACME_PROD}", "{ACME_DEV}", "{ACME_ROOT}"]

[[tenant]]
id = "beta"
api_keys = ["{BETA_PROD}", "{BETA_DEV}"]
basic_auth = ["beta:pw"]

[[tenant]]
id = "{BIK_STORE_ID}"
customer_id = "{BIK_CUSTOMER_ID}"
basic_auth = ["{BASIC_PAIR}"]

{extra}
"#
    )
}

/// The registry of a config file's text.
#[track_caller]
pub fn tenants_from_toml(text: &str) -> Tenants {
    contactkit_server::tenants::config::TenantsConfig::parse(text, std::path::Path::new("."))
        .expect("config parses")
        .into_tenants(None)
        .expect("tenants build")
}

/// The tenants of a server started with the environment settings.
pub fn default_tenants() -> Tenants {
    let api_keys = ApiKeys::parse_list(&format!("{PROD_KEY},{DEV_KEY}")).expect("keys");
    let basic = BasicCredentials::parse_list(BASIC_PAIR).expect("pairs");
    Tenants::builder()
        .tenant(
            TenantSpec::default_tenant()
                .api_keys("env", api_keys)
                .basic_auth("env", basic),
        )
        .build()
        .expect("tenants")
}

/// A response: status, headers and the body as text.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: hyper::HeaderMap,
    pub body: String,
}

impl Reply {
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).expect("response body is JSON")
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// `createCount` and `updateCount` of a BIK response.
    #[track_caller]
    pub fn counts(&self) -> (u64, u64) {
        let json = self.json();
        let r = &json["data"]["bulkUpsertUPResponse"];
        (
            r["createCount"].as_u64().expect("createCount"),
            r["updateCount"].as_u64().expect("updateCount"),
        )
    }
}

/// One request on a fresh HTTP/1.1 connection (hyper's client).
pub async fn send(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Vec<u8>,
) -> Reply {
    let stream = TcpStream::connect(addr).await.expect("connect");
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .expect("handshake");
    tokio::spawn(conn);
    let mut request = hyper::Request::builder()
        .method(method)
        .uri(path)
        .header("host", addr.to_string());
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let request = request
        .body(Full::new(Bytes::from(body)))
        .expect("request builds");
    let response = sender.send_request(request).await.expect("response");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    Reply {
        status,
        headers,
        body: String::from_utf8(body.to_vec()).expect("UTF-8 body"),
    }
}

/// Writes raw bytes, then reads until the server closes or `wait` passes; returns the
/// text read (status line, headers, body).
pub async fn raw_exchange(addr: SocketAddr, request: &[u8], wait: Duration) -> String {
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    // The server may answer and close before reading everything: ignore write errors.
    let _ = stream.write_all(request).await;
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) | Err(_) => break,
            Ok(Ok(n)) => {
                out.extend_from_slice(&buf[..n]);
                // A complete response with a Content-Length body is enough.
                if response_complete(&out) {
                    break;
                }
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn response_complete(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    let Some((head, body)) = text.split_once("\r\n\r\n") else {
        return false;
    };
    head.lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse::<usize>().ok())
                .flatten()
        })
        .is_some_and(|len| body.len() >= len)
}

/// A fresh temporary SQLite path (not created); [`remove_db`] deletes it and its WAL.
pub fn temp_db_path() -> std::path::PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    std::env::temp_dir().join(format!(
        "contactkit-server-test-{}-{}.db",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ))
}

pub fn remove_db(path: &std::path::Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(p);
    }
}

/// A BIK body of `userProperties` entries for the given contact numbers.
pub fn bik_body(contacts: impl IntoIterator<Item = usize>, tag: &str) -> String {
    let entries: Vec<String> = contacts
        .into_iter()
        .map(|n| {
            format!(
                r#"{{"firstName":"User{n}","lastName":"Load","email":"user{n}@example.com","phoneNumber":"98{n:08}","tags":["{tag}"]}}"#
            )
        })
        .collect();
    format!(r#"{{"userProperties":[{}]}}"#, entries.join(","))
}

/// Percent-encodes everything but RFC 3986's unreserved characters (so `+` is `%2B`).
pub fn query_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A server on [`contactkit_server::serve_with`] with `limits` and `options`, the
/// `default` tenant (as [`TestServer::start_on`]), and its state (for the body budget's
/// gauge).
pub async fn start_serving(
    limits: Limits,
    options: contactkit_server::ServeOptions,
) -> (TestServer, AppState) {
    let store = Store::connect(":memory:").await.expect("store opens");
    let state = AppState::new(store.clone(), default_tenants(), limits);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let addr = listener.local_addr().expect("local addr");
    let (stop, stopped) = oneshot::channel::<()>();
    let handle = tokio::spawn(contactkit_server::serve_with(
        listener,
        state.clone(),
        options,
        async move {
            let _ = stopped.await;
        },
    ));
    let server = TestServer {
        addr,
        store,
        stop: Some(stop),
        handle,
    };
    (server, state)
}

/// How a connection ended, seen from the client.
#[derive(Debug, PartialEq, Eq)]
pub enum End {
    /// The server closed it (EOF).
    Closed,
    /// The server reset it.
    Reset,
    /// Still open when the wait ended.
    Open,
}

/// Reads until the server closes the connection or `wait` passes.
pub async fn read_to_end(stream: &mut TcpStream, wait: Duration) -> (String, End) {
    let mut out = Vec::new();
    let mut buf = [0u8; 8192];
    let deadline = tokio::time::Instant::now() + wait;
    let end = loop {
        match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
            Err(_) => break End::Open,
            Ok(Ok(0)) => break End::Closed,
            Ok(Ok(n)) => out.extend_from_slice(&buf[..n]),
            Ok(Err(_)) => break End::Reset,
        }
    };
    (String::from_utf8_lossy(&out).into_owned(), end)
}

/// Reads one response with a `Content-Length` body, or `None` if none is complete within
/// `wait`.
pub async fn read_response(stream: &mut TcpStream, wait: Duration) -> Option<String> {
    let mut out = Vec::new();
    let mut buf = [0u8; 8192];
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
            Ok(Ok(n)) if n > 0 => {
                out.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&out).into_owned();
                if response_complete(text.as_bytes()) {
                    return Some(text);
                }
            }
            _ => return None,
        }
    }
}
