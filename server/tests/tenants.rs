//! The tenants config file and the credential flags: what starts, what is refused (and
//! that no refusal shows a secret), and the BIK document's `storeId`/`customerId` echo.

use std::path::{Path, PathBuf};

use clap::Parser as _;
use contactkit::ApiKey;
use contactkit_server::config::Args;
use contactkit_server::tenants::config::TenantsConfig;
use contactkit_server::tenants::{CredentialKind, RateLimits};

use crate::support::*;

/// Every secret of the tests; no error message may contain one.
const SECRETS: &[&str] = &[
    ACME_PROD, ACME_DEV, ACME_ROOT, BETA_PROD, BETA_DEV, "s3cret", "beta:pw",
];

#[track_caller]
fn parse_error(text: &str) -> String {
    let err = TenantsConfig::parse(text, Path::new("."))
        .and_then(|config| config.into_tenants(None))
        .expect_err("refused");
    let message = err.to_string();
    for secret in SECRETS {
        assert!(!message.contains(secret), "{message}");
        assert!(!format!("{err:?}").contains(secret), "{err:?}");
    }
    message
}

#[test]
fn config_errors_name_the_place_never_the_secret() {
    let cases: Vec<(String, &str)> = vec![
        (
            format!("[[tenant]]\nid = \"acme\"\napi_key = [\"{ACME_PROD}\"]\n"),
            "line 3, column 1: unknown field `api_key`, expected one of `id`, `customer_id`, `api_keys`, `api_keys_file`, `basic_auth`, `basic_auth_file`",
        ),
        (
            "[limits]\ndev_per_mnute = 2\n".to_owned(),
            "line 2, column 1: unknown field `dev_per_mnute`, expected one of `prod_per_minute`, `dev_per_minute`, `bik_per_minute`",
        ),
        (
            "[[tenants]]\nid = \"acme\"\n".to_owned(),
            "line 1, column 3: unknown field `tenants`, expected `tenant` or `limits`",
        ),
        (
            format!("[[tenant]]\nid = \"acme\"\napi_keys = \"{ACME_PROD}\"\n"),
            r#"line 3, column 12: invalid type: string "...", expected a sequence"#,
        ),
        (
            format!("[[tenant]]\nid = \"acme\"\n{ACME_PROD} = 1\n"),
            "line 3, column 1: unknown field `...`, expected one of `id`, `customer_id`, `api_keys`, `api_keys_file`, `basic_auth`, `basic_auth_file`",
        ),
        (
            "[[tenant]]\nid = \"acme\"\n\"beta:pw\" = 1\n".to_owned(),
            "line 3, column 1: unknown field `...`, expected one of `id`, `customer_id`, `api_keys`, `api_keys_file`, `basic_auth`, `basic_auth_file`",
        ),
        (
            format!("[[tenant]]\nid = \"acme\"\napi_keys = [\"{ACME_PROD}\n"),
            "line 3, column 46: unclosed array, expected `]`",
        ),
        (
            format!("[limits]\ndev_per_minute = \"{ACME_DEV}\"\n"),
            r#"line 2, column 18: invalid type: string "...", expected u32"#,
        ),
        (
            "[[tenant]]\napi_keys = []\n".to_owned(),
            "line 1, column 1: missing field `id`",
        ),
        (
            "[[tenant]]\nid = \"acme\"\n[[tenant]]\nid = \"acme corp\"\n".to_owned(),
            "tenant 2: tenant id: expected 1 to 64 characters of A-Z, a-z, 0-9, _ and -",
        ),
        (
            format!("[[tenant]]\nid = \"acme\"\napi_keys = [\"{ACME_PROD}\", \"PROD-123\"]\n"),
            r#"tenant "acme" api_keys: API key 2: api key: expected 32 characters, got 8"#,
        ),
        (
            "[[tenant]]\nid = \"acme\"\nbasic_auth = [\"beta:pw\", \"s3cret\"]\n".to_owned(),
            r#"tenant "acme" basic_auth: Basic credentials 2: expected user:password"#,
        ),
        (
            "[limits]\nprod_per_minute = 0\n".to_owned(),
            "limits.prod_per_minute must be at least 1 (only ROOT keys are unlimited)",
        ),
        (
            "[limits]\nbik_per_minute = -5\n".to_owned(),
            "line 2, column 18: invalid value: integer `-5`, expected u32",
        ),
        (
            "[[tenant]]\nid = \"acme\"\n[[tenant]]\nid = \"acme\"\n".to_owned(),
            r#"tenant "acme" is configured twice"#,
        ),
        (
            format!(
                "[[tenant]]\nid = \"acme\"\napi_keys = [\"{ACME_PROD}\"]\n\
                 [[tenant]]\nid = \"beta\"\napi_keys = [\"{BETA_PROD}\", \"{ACME_PROD}\"]\n"
            ),
            r#"API key 2 of tenant "beta" (api_keys) is also API key 1 of tenant "acme" (api_keys): a credential belongs to one tenant, once"#,
        ),
        (
            "[[tenant]]\nid = \"acme\"\nbasic_auth = [\"beta:pw\", \"beta:pw\"]\n".to_owned(),
            r#"Basic credentials 2 of tenant "acme" (basic_auth) is also Basic credentials 1 of tenant "acme" (basic_auth): a credential belongs to one tenant, once"#,
        ),
        (
            "[[tenant]]\nid = \"acme\"\ncustomer_id = \"\"\n".to_owned(),
            r#"tenant "acme": customer_id must be 1 to 64 characters, none of them a control character"#,
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_error(&text), expected, "{text}");
    }
}

#[test]
fn a_config_file_reads_defaults_and_both_kinds_of_credentials() {
    let tenants = tenants_from_toml(&tenants_toml(""));
    assert_eq!(tenants.limits(), &RateLimits::default());
    let summaries: Vec<_> = tenants
        .summaries()
        .iter()
        .map(|s| (s.id.as_str(), s.prod, s.dev, s.root, s.basic))
        .collect();
    assert_eq!(
        summaries,
        vec![
            ("acme", 1, 1, 1, 0),
            ("beta", 1, 1, 0, 1),
            (BIK_STORE_ID, 0, 0, 0, 1)
        ]
    );
    // A tenant with both kinds: its key and its pair name the same tenant.
    let key = tenants
        .authenticate_key(&ApiKey::parse(BETA_DEV).unwrap())
        .unwrap();
    let pair = tenants.authenticate_basic(Some(BETA_BASIC)).unwrap();
    assert_eq!(key.tenant(), pair.tenant());
    assert_eq!(
        (key.kind(), pair.kind()),
        (CredentialKind::Dev, CredentialKind::Basic)
    );
    // Config tenants echo their ids; only the BIK store has a customer id.
    assert_eq!(pair.store_id().map(|id| id.as_str()), Some("beta"));
    assert_eq!(pair.customer_id(), None);
    let bik = tenants.authenticate_basic(Some(BASIC)).unwrap();
    assert_eq!(bik.customer_id(), Some(BIK_CUSTOMER_ID));
    // Debug shows counts, never a secret.
    let debug = format!("{tenants:?}");
    for secret in SECRETS {
        assert!(!debug.contains(secret), "{debug}");
    }
}

/// A fresh temporary folder, removed by [`TempDir::drop`].
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        let path = temp_db_path().with_extension("d");
        std::fs::create_dir_all(&path).expect("temp dir");
        TempDir(path)
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, text).expect("write");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn secret_files_are_read_relative_to_the_config_file() {
    let dir = TempDir::new();
    dir.write(
        "acme-keys.txt",
        &format!("# acme's keys\n{ACME_PROD}\n\n{ACME_DEV}, {ACME_ROOT}\n"),
    );
    dir.write("bik-pairs.txt", "# BIK\nbik:s3cret\n");
    let config = dir.write(
        "contactkit.toml",
        &format!(
            "[[tenant]]\nid = \"acme\"\napi_keys = [\"{BETA_PROD}\"]\napi_keys_file = \"acme-keys.txt\"\n\n\
             [[tenant]]\nid = \"{BIK_STORE_ID}\"\ncustomer_id = \"{BIK_CUSTOMER_ID}\"\nbasic_auth_file = \"bik-pairs.txt\"\n"
        ),
    );
    let tenants = TenantsConfig::load(&config)
        .and_then(|c| c.into_tenants(None))
        .expect("loads");
    let acme = &tenants.summaries()[0];
    assert_eq!((acme.prod, acme.dev, acme.root), (2, 1, 1));
    assert_eq!(
        tenants
            .authenticate_basic(Some(BASIC))
            .map(|c| c.tenant().as_str()),
        Some(BIK_STORE_ID)
    );

    // A bad item of a file is named by the file's path; a missing file by its path.
    dir.write("acme-keys.txt", &format!("{ACME_PROD}\nDEV_short\n"));
    let err = TenantsConfig::load(&config).unwrap_err().to_string();
    let keys_path = dir.0.join("acme-keys.txt");
    assert_eq!(
        err,
        format!(
            r#"tenant "acme" {}: API key 2: api key: expected 32 characters, got 9"#,
            keys_path.display()
        )
    );
    std::fs::remove_file(&keys_path).unwrap();
    let err = TenantsConfig::load(&config).unwrap_err().to_string();
    assert_eq!(
        err,
        format!("reading {}: entity not found", keys_path.display())
    );
}

#[test]
fn args_take_the_config_file_or_the_credential_flags_not_both() {
    let dir = TempDir::new();
    let config = dir.write(
        "tenants.toml",
        &tenants_toml("[limits]\ndev_per_minute = 7"),
    );
    let config = config.to_str().unwrap();

    let settings = Args::try_parse_from(["contactkit-server", "--config", config])
        .unwrap()
        .load()
        .expect("config alone");
    assert_eq!(settings.tenants.len(), 3);
    assert_eq!(settings.tenants.limits().dev_per_minute.get(), 7);

    for flag in ["--api-keys", "--basic-auth", "--api-keys-file"] {
        let value = match flag {
            "--api-keys" => ACME_PROD.to_owned(),
            "--basic-auth" => "bik:s3cret".to_owned(),
            _ => dir.write("keys.txt", BETA_DEV).to_str().unwrap().to_owned(),
        };
        let err = Args::try_parse_from(["contactkit-server", "--config", config, flag, &value])
            .unwrap()
            .load()
            .expect_err("two sources");
        let message = format!("{err:#}");
        assert_eq!(
            message,
            format!(
                "reading the config file {config}: the config file configures tenants, so \
                 --api-keys, --api-keys-file, --basic-auth and --basic-auth-file \
                 (CONTACTKIT_API_KEYS, CONTACTKIT_API_KEYS_FILE, CONTACTKIT_BASIC_AUTH, \
                 CONTACTKIT_BASIC_AUTH_FILE) must not be given: put those credentials in a \
                 [[tenant]]"
            )
        );
        assert!(!message.contains(ACME_PROD) && !message.contains("s3cret"));
    }

    // A config file of limits only: the flags' credentials are the `default` tenant.
    let limits_only = dir.write("limits.toml", "[limits]\nprod_per_minute = 9\n");
    let settings = Args::try_parse_from([
        "contactkit-server",
        "--config",
        limits_only.to_str().unwrap(),
        "--api-keys",
        ACME_PROD,
    ])
    .unwrap()
    .load()
    .expect("limits and flags");
    let credential = settings
        .tenants
        .authenticate_key(&ApiKey::parse(ACME_PROD).unwrap())
        .unwrap();
    assert_eq!(credential.tenant().as_str(), "default");
    assert_eq!(credential.per_minute().map(|n| n.get()), Some(9));
    assert_eq!(credential.store_id(), None);

    // The flags alone, as before: one `default` tenant; a key given twice is refused.
    let err = Args::try_parse_from([
        "contactkit-server",
        "--api-keys",
        &format!("{ACME_PROD},{ACME_PROD}"),
    ])
    .unwrap()
    .load()
    .expect_err("duplicate");
    assert_eq!(
        format!("{err:#}"),
        r#"API key 2 of tenant "default" (--api-keys / CONTACTKIT_API_KEYS) is also API key 1 of tenant "default" (--api-keys / CONTACTKIT_API_KEYS): a credential belongs to one tenant, once"#
    );
    // A missing config file.
    let err = Args::try_parse_from(["contactkit-server", "--config", "/nonexistent/ck.toml"])
        .unwrap()
        .load()
        .expect_err("missing");
    assert_eq!(
        format!("{err:#}"),
        "reading the config file /nonexistent/ck.toml: reading /nonexistent/ck.toml: entity not found"
    );
}

/// The BIK document's response example: its invalid item carries the store's `storeId`
/// and `customerId` between the entry's own members and `error`, and its counts are a
/// second sending's.
const BIK_DOCUMENT_RESPONSE: &str = r#"{
"status": 200,
"data": {
"invalidUserProperties": [
{
"phoneNumber": "9090909010",
"emil": "mark2@bik.ai",
"firstName": "Test2",
"lastName": "4",
"storeId": "p60HYv5wjgQaOrPdqT5NjbpkroD2",
"customerId": "5242031",
"error": "ValidationError: \"emil\" is not allowed"
}
],
"bulkUpsertUPResponse": {
"createCount": 0,
"updateCount": 1,
"docsFailedToUpdate": []
}
}
}"#;

#[tokio::test]
async fn a_bik_store_s_invalid_items_echo_its_ids_as_in_the_document() {
    let server = TestServer::start_config(&tenants_toml("")).await;
    // The document's request, with the key its response shows (`emil`).
    let body = BIK_SEED_BODY.replace("emial", "emil");
    assert_eq!(server.bik(&body).await.counts(), (1, 0));
    let reply = server.bik(&body).await;
    assert_eq!(reply.status, 200);
    let expected: serde_json::Value = serde_json::from_str(BIK_DOCUMENT_RESPONSE).unwrap();
    assert_eq!(reply.json(), expected);
    // Member order too: the document's item, as the document lists its members.
    assert!(
        reply.body.contains(concat!(
            r#"[{"phoneNumber":"9090909010","emil":"mark2@bik.ai","firstName":"Test2","lastName":"4","#,
            r#""storeId":"p60HYv5wjgQaOrPdqT5NjbpkroD2","customerId":"5242031","#,
            r#""error":"ValidationError: \"emil\" is not allowed"}]"#
        )),
        "{}",
        reply.body
    );

    // A config tenant without customer_id echoes its storeId only.
    let reply = server.bik_as(BETA_BASIC, &body).await;
    assert_eq!(
        reply.json()["data"]["invalidUserProperties"][0],
        serde_json::json!({"phoneNumber":"9090909010","emil":"mark2@bik.ai","firstName":"Test2",
            "lastName":"4","storeId":"beta","error":"ValidationError: \"emil\" is not allowed"})
    );
    server.stop().await;

    // The environment's `default` tenant echoes nothing (as 0.1 did).
    let server = TestServer::start(":memory:").await;
    let reply = server.bik(&body).await;
    assert_eq!(
        reply.json()["data"]["invalidUserProperties"][0],
        serde_json::json!({"phoneNumber":"9090909010","emil":"mark2@bik.ai","firstName":"Test2",
            "lastName":"4","error":"ValidationError: \"emil\" is not allowed"})
    );
    server.stop().await;
}
