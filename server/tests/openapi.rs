//! `GET /openapi.json` on a real server, and the document's examples against the
//! server's real answers and the document's own schemas.

use contactkit_server::openapi::{document, OPENAPI_PATH};
use serde_json::{json, Value};

use crate::support::*;

#[tokio::test]
async fn the_document_is_served_without_auth() {
    let server = TestServer::start(":memory:").await;
    let reply = send(server.addr, "GET", OPENAPI_PATH, &[], Vec::new()).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("content-type"), Some("application/json"));
    assert_eq!(reply.json(), document());
    server.stop().await;
}

/// A validator for `pointer` inside the document, its `$ref`s resolved in the document.
fn validator_at(doc: &Value, pointer: &str) -> jsonschema::Validator {
    let mut root = doc.clone();
    root["$schema"] = json!("https://json-schema.org/draft/2020-12/schema");
    root["$ref"] = json!(format!("#{pointer}"));
    jsonschema::draft202012::new(&root).unwrap_or_else(|e| panic!("{pointer}: {e}"))
}

/// Every example validates against its schema, except request examples whose only
/// response is an error: those are rejected by it.
#[test]
fn examples_agree_with_their_schemas() {
    let doc = document();
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("path item") {
            let base = format!("/paths/{}/{method}", path.replace('/', "~1"));
            let media = "content/application~1json";
            if let Some(examples) = operation.pointer(&format!(
                "/requestBody/{}/examples",
                media.replace("~1", "/")
            )) {
                let schema = validator_at(&doc, &format!("{base}/requestBody/{media}/schema"));
                for (name, example) in examples.as_object().expect("examples") {
                    let status = response_status(operation, name).expect("a response example");
                    let valid = schema.is_valid(&example["value"]);
                    // BIK answers 200 to bodies with invalid entries: they are valid bodies.
                    assert_eq!(
                        valid,
                        status.starts_with('2'),
                        "{path} request example {name}"
                    );
                    checked += 1;
                }
            }
            for (status, response) in operation["responses"].as_object().expect("responses") {
                let Some(examples) = response.pointer("/content/application~1json/examples") else {
                    continue;
                };
                let schema =
                    validator_at(&doc, &format!("{base}/responses/{status}/{media}/schema"));
                for (name, example) in examples.as_object().expect("examples") {
                    let value = &example["value"];
                    assert!(
                        schema.is_valid(value),
                        "{path} {status} example {name}: {value}"
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 18, "{checked}");
}

/// The status whose examples include `name`.
fn response_status(operation: &Value, name: &str) -> Option<String> {
    operation["responses"]
        .as_object()?
        .iter()
        .find(|(_, r)| !r["content"]["application/json"]["examples"][name].is_null())
        .map(|(status, _)| status.clone())
}

/// Sent to a fresh server, each request example gets the response example of its name.
#[tokio::test]
async fn request_examples_get_their_response_examples() {
    let doc = document();
    for (path, is_bik) in [
        (contactkit_server::BIK_PATH, true),
        (contactkit_server::UPDATE_PROFILE_PATH, false),
    ] {
        let operation = &doc["paths"][path]["post"];
        let examples = operation["requestBody"]["content"]["application/json"]["examples"]
            .as_object()
            .expect("request examples");
        for (name, example) in examples {
            let server = TestServer::start(":memory:").await;
            let body = example["value"].to_string();
            let reply = if is_bik {
                server.bik(&body).await
            } else {
                server.profile(&body).await
            };
            let status = response_status(operation, name).expect("response example");
            let expected = &operation["responses"][&status]["content"]["application/json"]
                ["examples"][name]["value"];
            assert_eq!(
                reply.status.to_string(),
                status,
                "{path} {name}: {}",
                reply.body
            );
            assert_eq!(&reply.json(), expected, "{path} {name}");
            server.stop().await;
        }
    }
}

#[tokio::test]
async fn error_examples_are_what_the_server_answers() {
    let doc = document();
    let server = TestServer::start(":memory:").await;
    let example = |path: &str, status: &str, name: &str| {
        doc["paths"][path]["post"]["responses"][status]["content"]["application/json"]["examples"]
            [name]["value"]
            .clone()
    };
    let bik = contactkit_server::BIK_PATH;
    let reply = server.post(bik, &[], "{}").await;
    assert_eq!(
        (reply.status, reply.json()),
        (401, example(bik, "401", "unauthorized"))
    );
    let reply = server.bik(r#"{"users":[]}"#).await;
    assert_eq!(
        (reply.status, reply.json()),
        (400, example(bik, "400", "missing"))
    );
    let reply = server.bik(r#"{"userProperties":{}}"#).await;
    assert_eq!(
        (reply.status, reply.json()),
        (400, example(bik, "400", "not-an-array"))
    );

    let profile = contactkit_server::UPDATE_PROFILE_PATH;
    let reply = server
        .post(&format!("{profile}?apiKey={UNKNOWN_ROOT_KEY}"), &[], "{}")
        .await;
    assert_eq!(
        (reply.status, reply.json()),
        (401, example(profile, "401", "unknown-key"))
    );
    let reply = server
        .post(profile, &[("authorization", "Basic dXNlcjpwYXNz")], "{}")
        .await;
    assert_eq!(
        (reply.status, reply.json()),
        (401, example(profile, "401", "basic"))
    );
    server.stop().await;
}

#[tokio::test]
async fn read_back_examples_are_what_the_server_answers() {
    let doc = document();
    let path = contactkit_server::READ_BACK_PATH;
    let operation = &doc["paths"][path]["get"];
    let example = |status: &str, name: &str| {
        operation["responses"][status]["content"]["application/json"]["examples"][name]["value"]
            .clone()
    };
    let server = TestServer::start(":memory:").await;
    // The record of update-profile's `seed` request example.
    let seed = &doc["paths"][contactkit_server::UPDATE_PROFILE_PATH]["post"]["requestBody"]
        ["content"]["application/json"]["examples"]["seed"]["value"];
    assert_eq!(server.profile(&seed.to_string()).await.status, 200);
    let reply = server.read_back(PROD_KEY, "jan@barasek.com").await;
    assert_eq!((reply.status, reply.json()), (200, example("200", "seed")));

    let cases = [
        (format!("{path}?apiKey={PROD_KEY}"), "400", "missing"),
        (
            format!("{path}?apiKey={PROD_KEY}&email=x"),
            "400",
            "invalid",
        ),
        (
            format!("{path}?apiKey={PROD_KEY}&email=nobody%40example.com"),
            "404",
            "not-found",
        ),
        (
            format!("{path}?apiKey={UNKNOWN_ROOT_KEY}&email=x"),
            "401",
            "unknown-key",
        ),
    ];
    for (uri, status, name) in cases {
        let reply = send(server.addr, "GET", &uri, &[], Vec::new()).await;
        assert_eq!(reply.status.to_string(), status, "{uri}");
        assert_eq!(reply.json(), example(status, name), "{uri}");
    }
    server.stop().await;
}

#[test]
fn authenticated_operations_document_429_and_503_with_retry_after() {
    let doc = document();
    for (path, method) in [
        (contactkit_server::BIK_PATH, "post"),
        (contactkit_server::UPDATE_PROFILE_PATH, "post"),
        (contactkit_server::READ_BACK_PATH, "get"),
    ] {
        for status in ["429", "503"] {
            let response = &doc["paths"][path][method]["responses"][status];
            assert!(
                response["headers"]["Retry-After"].is_object(),
                "{path} {status}"
            );
        }
    }
}
