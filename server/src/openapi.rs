//! The server's OpenAPI 3.1 document: both endpoints and the read-back, their request
//! bodies (the library's JSON Schemas), every status and JSON body the handlers answer,
//! the authentication schemes, and the seed documents' examples as this server answers
//! them.
//!
//! The router serves it at `GET /openapi.json` (no authentication); `contactkit-server
//! --print-openapi` writes it to standard output, which is how CI hands it to an OpenAPI
//! validator.

use contactkit::{update_profile, user_properties};
use serde_json::{json, Map, Value};

use crate::{Limits, BIK_PATH, READ_BACK_PATH, UPDATE_PROFILE_PATH};

/// The path the document is served at.
pub const OPENAPI_PATH: &str = "/openapi.json";

/// The dialect of the document's schemas: plain JSON Schema draft 2020-12, as the
/// library's [`json_schema`](user_properties::json_schema) functions produce.
const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The BIK seed document's request, verbatim.
const BIK_SEED_REQUEST: &str = r#"{"userProperties": [
  {"phoneNumber": "9090909090", "email": "mark@bik.ai", "firstName": "Test", "lastName": "2"},
  {"phoneNumber": "9090909010", "emial": "mark2@bik.ai", "firstName": "Test2", "lastName": "4"}
]}"#;

/// The update-profile seed document's request, verbatim (its `"groups": [[]]` breaks the
/// document's own `string[]` type).
const PROFILE_SEED_REQUEST: &str = r#"{
  "email": "jan@barasek.com", "name": "Jan Barášek", "firstName": "Jan", "lastName": "Barášek",
  "phone": "+420 777123456", "companyName": "BizKitHub", "companyRegistrationNumber": "05103118",
  "taxIdentificationNumber": "CZ9609040727", "streetAddress": "R. Novotného 1505", "city": "Kladno",
  "cityPart": "Kročehlavy", "stateRegion": "Středočeský kraj", "postalCode": "272 01", "country": "CZ",
  "newsletter": false, "primaryLocale": "cs", "groups": [[]], "customerRealIp": "1.1.1.1",
  "referralId": "1cGIHvFoQDGLAbcA"
}"#;

/// The OpenAPI 3.1 document of this server with the default [`Limits`].
///
/// Request examples and response examples that share a name go together: sent to a fresh
/// server, the request example `seed` of an operation gets the response example `seed`.
///
/// # Examples
///
/// ```
/// let doc = contactkit_server::openapi::document();
/// assert_eq!(doc["openapi"], "3.1.0");
/// let bik = &doc["paths"][contactkit_server::BIK_PATH]["post"];
/// assert_eq!(bik["security"], serde_json::json!([{"bikBasic": []}]));
/// assert!(bik["responses"]["413"].is_object());
/// assert_eq!(
///     doc["components"]["schemas"]["UpdateProfile"]["required"],
///     serde_json::json!(["email"])
/// );
/// ```
pub fn document() -> Value {
    let limits = Limits::default();
    let too_large = format!(
        "request body is larger than {} bytes",
        limits.max_body_bytes
    );
    let mut doc = json!({
        "openapi": "3.1.0",
        "jsonSchemaDialect": DIALECT,
        "info": {
            "title": "contactkit reference server",
            "version": env!("CARGO_PKG_VERSION"),
            "summary": "BIK user properties and BizKitHub update-profile, validated by contactkit",
            "description": "Every response is JSON. Contacts belong to tenants: each API key and Basic pair names one tenant (the server's config file), and a request reads and writes only its tenant's contacts. Each credential but a `ROOT` key has a per-minute limit by kind; over it, 429 with `Retry-After`. A database that cannot serve now is a 503 with `Retry-After`. Errors raised outside a handler (unknown route: 404, wrong method: 405, timeout: 408, panic: 500) are `{\"status\": N, \"error\": \"...\"}`. Bodies are limited in size (4 MiB by default, `--max-body-bytes`); the request schemas' `x-contactkit-*` keywords name the validator's rules that JSON Schema keywords cannot express (lengths after normalization, emails, phone numbers, fields that depend on `country`).",
            "license": { "name": "MIT OR Apache-2.0", "identifier": "MIT OR Apache-2.0" }
        },
        "paths": {
            BIK_PATH: { "post": bik_operation(&too_large) },
            UPDATE_PROFILE_PATH: { "post": profile_operation(&too_large) },
            READ_BACK_PATH: { "get": read_back_operation() },
            "/healthz": { "get": healthz_operation() },
            OPENAPI_PATH: { "get": openapi_operation() }
        },
        "components": {
            "schemas": schemas(),
            "securitySchemes": {
                "bikBasic": {
                    "type": "http",
                    "scheme": "basic",
                    "description": "BIK's endpoint: HTTP Basic with one of the configured `user:password` pairs."
                },
                "apiKeyQuery": {
                    "type": "apiKey",
                    "in": "query",
                    "name": "apiKey",
                    "description": "update-profile: the BizKitHub API key as the `apiKey` query parameter (32 characters, `^(PROD|DEV_|ROOT)[A-Za-z0-9]{28}$`)."
                },
                "apiKeyBearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "update-profile: the same API key as a Bearer token."
                }
            }
        }
    });
    let status_error = |status: u16, message: &str| json!({ "status": status, "error": message });
    let profile_error = |_: u16, message: &str| json!({ "success": false, "error": message });
    let operations = [
        (BIK_PATH, "post", "StatusError", true),
        (UPDATE_PROFILE_PATH, "post", "ProfileError", true),
        (READ_BACK_PATH, "get", "ProfileError", false),
    ];
    for (path, method, schema, reads_body) in operations {
        let operation = &mut doc["paths"][path][method];
        if schema == "StatusError" {
            add_limit_responses(operation, schema, reads_body, status_error);
        } else {
            add_limit_responses(operation, schema, reads_body, profile_error);
        }
    }
    doc
}

/// The answers of the request-head limits and, for an operation that reads a body, of the
/// budget of bodies in flight, in the endpoint's error shape.
fn add_limit_responses(
    operation: &mut Value,
    schema: &str,
    reads_body: bool,
    error: impl Fn(u16, &str) -> Value,
) {
    let limits = Limits::default();
    let uri = format!("request URI is longer than {} bytes", limits.max_uri_bytes);
    let header = format!(
        "request header section is larger than {} bytes",
        limits.max_header_bytes
    );
    let busy = "server busy: too many request bodies in flight, retry later";
    let responses = &mut operation["responses"];
    responses["414"] = response(
        "The request URI is longer than the limit (8 KiB by default, `--max-uri-bytes`).",
        schema,
        &[("uri-too-long", "Over the default limit", error(414, &uri))],
    );
    responses["431"] = response(
        "The header section is larger than the limit (16 KiB by default, `--max-header-bytes`). A head beyond hyper's buffer or with more than 100 header lines gets hyper's own 431, without a body.",
        schema,
        &[("headers-too-large", "Over the default limit", error(431, &header))],
    );
    if !reads_body {
        return;
    }
    // The store's 503 (`database unavailable`) is already there: one more cause, one more
    // example, the same `Retry-After`.
    let busy_cause = "Or the server holds as many request-body bytes as it may (16 MiB by default, `--max-body-bytes-in-flight`) and none were freed in time (`Retry-After: 1`); then the connection is closed.";
    let unavailable = &mut responses["503"];
    let description = unavailable["description"].as_str().unwrap_or_default();
    unavailable["description"] = json!(format!("{description} {busy_cause}").trim());
    unavailable["content"]["application/json"]["examples"]["busy"] = json!({
        "summary": "Bodies in flight at the budget",
        "value": error(503, busy)
    });
}

/// The component schemas: the library's two models and the response bodies.
fn schemas() -> Value {
    let mut request = user_properties::request_json_schema();
    if let Value::Object(map) = &mut request {
        map.remove("$schema");
        map.remove("$defs");
    }
    if let Some(items) = request.pointer_mut("/properties/userProperties/items") {
        items["x-contactkit-entrySchema"] = json!("#/components/schemas/UserProperty");
    }
    let mut schemas = Map::new();
    schemas.insert("UserPropertiesRequest".to_owned(), request);
    schemas.insert(
        "UserProperty".to_owned(),
        embedded(user_properties::json_schema()),
    );
    schemas.insert(
        "UpdateProfile".to_owned(),
        embedded(update_profile::json_schema()),
    );
    let rest = json!({
        "BikResponse": {
            "type": "object",
            "required": ["status", "data"],
            "properties": {
                "status": { "const": 200 },
                "data": {
                    "type": "object",
                    "required": ["invalidUserProperties", "bulkUpsertUPResponse"],
                    "properties": {
                        "invalidUserProperties": {
                            "description": "The invalid entries in request order, each exactly as sent (same members, same order), then `storeId` and `customerId` when the credential's tenant is configured with them (the tenant id and its `customer_id`), then `error`, Joi's message; an entry that is not an object is `{\"value\": entry, \"error\": ...}`.",
                            "type": "array",
                            "items": { "$ref": "#/components/schemas/InvalidUserProperty" }
                        },
                        "bulkUpsertUPResponse": { "$ref": "#/components/schemas/BulkUpsertUPResponse" }
                    }
                }
            }
        },
        "InvalidUserProperty": {
            "type": "object",
            "required": ["error"],
            "properties": {
                "storeId": { "type": "string", "description": "The tenant id of a tenant from the config file (a BIK store id)." },
                "customerId": { "type": "string", "description": "The tenant's `customer_id`, when configured." },
                "error": { "type": "string", "examples": ["ValidationError: \"emial\" is not allowed"] }
            }
        },
        "BulkUpsertUPResponse": {
            "type": "object",
            "required": ["createCount", "updateCount", "docsFailedToUpdate"],
            "properties": {
                "createCount": { "type": "integer", "minimum": 0, "description": "Contacts created." },
                "updateCount": { "type": "integer", "minimum": 0, "description": "Contacts updated." },
                "docsFailedToUpdate": {
                    "description": "Valid entries that name no contact (neither `email` nor `phoneNumber`), normalized, with an `error`; they are not stored.",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["error"],
                        "properties": { "error": { "type": "string" } }
                    }
                }
            }
        },
        "StatusError": {
            "description": "BIK's error shape, also used for errors raised outside a handler.",
            "type": "object",
            "required": ["status", "error"],
            "properties": {
                "status": { "type": "integer", "description": "The HTTP status again." },
                "error": { "type": "string" }
            }
        },
        "ProfileRecord": {
            "description": "read-back's answer: the stored update-profile record of the contact, normalized, with the fields of every update merged (a field an update did not send keeps its value).",
            "type": "object",
            "required": ["success", "customer"],
            "properties": {
                "success": { "const": true },
                "customer": { "$ref": "#/components/schemas/UpdateProfile" }
            }
        },
        "ProfileSuccess": {
            "type": "object",
            "required": ["success"],
            "properties": { "success": { "const": true } }
        },
        "ProfileError": {
            "type": "object",
            "required": ["success", "error"],
            "properties": {
                "success": { "const": false },
                "error": { "type": "string", "description": "Joi's message for a bad body, the API key's error for a 401; never a value of the request." }
            }
        },
        "Health": {
            "type": "object",
            "required": ["status", "database"],
            "properties": {
                "status": { "const": "ok" },
                "database": { "enum": ["sqlite", "postgres"] }
            }
        }
    });
    if let Value::Object(rest) = rest {
        schemas.extend(rest);
    }
    Value::Object(schemas)
}

fn embedded(mut schema: Value) -> Value {
    if let Value::Object(map) = &mut schema {
        map.remove("$schema");
    }
    schema
}

/// A JSON response with `schema` and named `examples` (name, summary, value).
fn response(description: &str, schema: &str, examples: &[(&str, &str, Value)]) -> Value {
    let mut media = json!({ "schema": { "$ref": format!("#/components/schemas/{schema}") } });
    if !examples.is_empty() {
        let named: Map<String, Value> = examples
            .iter()
            .map(|(name, summary, value)| {
                (
                    (*name).to_owned(),
                    json!({ "summary": summary, "value": value }),
                )
            })
            .collect();
        media["examples"] = Value::Object(named);
    }
    json!({ "description": description, "content": { "application/json": media } })
}

/// A parsed example constant (the constants are valid JSON, pinned by the tests).
fn example(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or(Value::Null)
}

fn bik_operation(too_large: &str) -> Value {
    let status_error = |status: u16, message: &str| json!({ "status": status, "error": message });
    let mut unauthorized = response(
        "No or wrong Basic credentials.",
        "StatusError",
        &[(
            "unauthorized",
            "Missing or unknown credentials",
            status_error(401, "unauthorized"),
        )],
    );
    unauthorized["headers"] = json!({
        "WWW-Authenticate": {
            "description": "`Basic realm=\"contactkit\", charset=\"UTF-8\"`",
            "schema": { "type": "string" }
        }
    });
    json!({
        "operationId": "createOrUpdateUserProperties",
        "summary": "Record user properties (BIK bulk upsert)",
        "description": "Validates each entry on its own, as Joi 17 does with contactkit's content rules; valid entries of the same contact (same email or phone) are merged and upserted in one transaction, invalid ones come back in `invalidUserProperties` with their error. A body that is not `{\"userProperties\": [...]}` is a 400.",
        "security": [{ "bikBasic": [] }],
        "requestBody": {
            "required": true,
            "content": { "application/json": {
                "schema": { "$ref": "#/components/schemas/UserPropertiesRequest" },
                "examples": {
                    "seed": { "summary": "The BIK document's example (the second entry misspells `email`)", "value": example(BIK_SEED_REQUEST) }
                }
            }}
        },
        "responses": {
            "200": response("The invalid entries and the upsert's counts.", "BikResponse", &[
                ("seed", "The seed request on an empty store: one contact created", json!({
                    "status": 200,
                    "data": {
                        "invalidUserProperties": [{
                            "phoneNumber": "9090909010", "emial": "mark2@bik.ai", "firstName": "Test2",
                            "lastName": "4", "error": "ValidationError: \"emial\" is not allowed"
                        }],
                        "bulkUpsertUPResponse": { "createCount": 1, "updateCount": 0, "docsFailedToUpdate": [] }
                    }
                })),
                ("seed-repeated", "The same request again: the document's counts", json!({
                    "status": 200,
                    "data": {
                        "invalidUserProperties": [{
                            "phoneNumber": "9090909010", "emial": "mark2@bik.ai", "firstName": "Test2",
                            "lastName": "4", "error": "ValidationError: \"emial\" is not allowed"
                        }],
                        "bulkUpsertUPResponse": { "createCount": 0, "updateCount": 1, "docsFailedToUpdate": [] }
                    }
                }))
            ]),
            "400": response("The body is not JSON, not an object with a `userProperties` array, has another key, or breaks a limit.", "StatusError", &[
                ("missing", "No `userProperties`", status_error(400, "ValidationError: \"userProperties\" is required")),
                ("not-an-array", "`userProperties` is not an array", status_error(400, "ValidationError: \"userProperties\" must be an array"))
            ]),
            "401": unauthorized,
            "408": response("The request took longer than the timeout (30 s by default).", "StatusError", &[
                ("timeout", "Timed out", status_error(408, "request timed out"))
            ]),
            "413": response("The body is larger than the limit (4 MiB by default).", "StatusError", &[
                ("too-large", "Over the default limit", status_error(413, too_large))
            ]),
            "415": response("The `Content-Type` is not `application/json` (parameters such as `charset` are allowed).", "StatusError", &[
                ("not-json", "A text/plain body", status_error(415, "request body must be application/json"))
            ]),
            "429": too_many_requests("StatusError", status_error(429, "too many requests: retry after 1 s")),
            "500": response("A store failure; the cause is logged, not returned.", "StatusError", &[
                ("internal", "Internal error", status_error(500, "internal error"))
            ]),
            "503": unavailable("StatusError", status_error(503, UNAVAILABLE))
        }
    })
}

fn profile_operation(too_large: &str) -> Value {
    let profile_error = |message: &str| json!({ "success": false, "error": message });
    let mut seed: Value = example(PROFILE_SEED_REQUEST);
    seed["groups"] = json!(["newsletter", "vip"]);
    let mut unauthorized = response(
        "No API key, a malformed one, or one this server does not know; the body is not read.",
        "ProfileError",
        &[
            (
                "unknown-key",
                "A well-formed key that is not configured",
                profile_error("api key: unknown key"),
            ),
            (
                "basic",
                "An Authorization header of another scheme",
                profile_error("api key: authorization scheme is not 'Bearer'"),
            ),
        ],
    );
    unauthorized["headers"] = json!({
        "WWW-Authenticate": { "description": "`Bearer`", "schema": { "type": "string" } }
    });
    json!({
        "operationId": "updateProfile",
        "summary": "Create or update one customer profile (BizKitHub)",
        "description": "The API key is checked first (401), then the body (400); a valid profile is stored under its canonical email.",
        "security": [{ "apiKeyQuery": [] }, { "apiKeyBearer": [] }],
        "requestBody": {
            "required": true,
            "content": { "application/json": {
                "schema": { "$ref": "#/components/schemas/UpdateProfile" },
                "examples": {
                    "seed": { "summary": "The BizKitHub document's example, with `groups` as its table types it (`string[]`)", "value": seed },
                    "seed-verbatim": { "summary": "The document's example verbatim: `\"groups\": [[]]` is not a list of strings", "value": example(PROFILE_SEED_REQUEST) },
                    "misspelled-email": { "summary": "`email` misspelled", "value": { "emial": "jan@barasek.com" } }
                }
            }}
        },
        "responses": {
            "200": response("The profile was stored.", "ProfileSuccess", &[
                ("seed", "Stored", json!({ "success": true }))
            ]),
            "400": response("The body is not a valid profile: the first error, in Joi's words.", "ProfileError", &[
                ("seed-verbatim", "The document's `groups`", profile_error("ValidationError: \"groups[0]\" must be a string")),
                ("misspelled-email", "A required key missing", profile_error("ValidationError: \"email\" is required"))
            ]),
            "401": unauthorized,
            "408": response("The request took longer than the timeout (30 s by default); raised outside the handler, so in the `status` shape.", "StatusError", &[
                ("timeout", "Timed out", json!({ "status": 408, "error": "request timed out" }))
            ]),
            "413": response("The body is larger than the limit (4 MiB by default).", "ProfileError", &[
                ("too-large", "Over the default limit", profile_error(too_large))
            ]),
            "415": response("The `Content-Type` is not `application/json` (parameters such as `charset` are allowed).", "ProfileError", &[
                ("not-json", "A text/plain body", profile_error("request body must be application/json"))
            ]),
            "429": too_many_requests("ProfileError", profile_error("too many requests: retry after 1 s")),
            "503": unavailable("ProfileError", profile_error(UNAVAILABLE)),
            "500": {
                "description": "A store failure (`ProfileError`) or a panic caught outside the handler (`StatusError`); the cause is logged, not returned.",
                "content": { "application/json": {
                    "schema": { "oneOf": [
                        { "$ref": "#/components/schemas/ProfileError" },
                        { "$ref": "#/components/schemas/StatusError" }
                    ]},
                    "examples": { "internal": { "summary": "Internal error", "value": profile_error("internal error") } }
                }}
            }
        }
    })
}

/// The body of every 503 of a store call.
const UNAVAILABLE: &str = "database unavailable, retry later";

/// A 429 in the shape of `schema`, with `Retry-After`.
fn too_many_requests(schema: &str, example: Value) -> Value {
    with_retry_after(
        response(
            "The credential is over its per-minute limit (`PROD` keys 1200, `DEV_` keys 120, Basic pairs 1200 by default; `ROOT` keys are never limited); checked after the credential, before the body is read.",
            schema,
            &[("limited", "Over the limit", example)],
        ),
        "Seconds until the credential may send again (whole seconds, rounded up, at least 1).",
    )
}

/// A 503 of a store call in the shape of `schema`, with `Retry-After`.
fn unavailable(schema: &str, example: Value) -> Value {
    with_retry_after(
        response(
            "The database cannot serve now (unreachable, full, read-only, locked, or its file gone); nothing was written. Retry after `Retry-After` seconds.",
            schema,
            &[("unavailable", "Database unavailable", example)],
        ),
        "Seconds to wait before retrying (5 for the database, 1 for a full body budget).",
    )
}

/// `response` with its `Retry-After` header (whole seconds, at least 1) described.
fn with_retry_after(mut response: Value, description: &str) -> Value {
    response["headers"] = json!({
        "Retry-After": {
            "description": description,
            "schema": { "type": "integer", "minimum": 1 }
        }
    });
    response
}

fn read_back_operation() -> Value {
    let profile_error = |message: &str| json!({ "success": false, "error": message });
    let mut stored: Value = example(PROFILE_SEED_REQUEST);
    stored["groups"] = json!(["newsletter", "vip"]);
    let mut unauthorized = response(
        "No API key, a malformed one, or one this server does not know.",
        "ProfileError",
        &[(
            "unknown-key",
            "A well-formed key that is not configured",
            profile_error("api key: unknown key"),
        )],
    );
    unauthorized["headers"] = json!({
        "WWW-Authenticate": { "description": "`Bearer`", "schema": { "type": "string" } }
    });
    json!({
        "operationId": "readProfile",
        "summary": "Read back one customer profile (the caller's tenant's update-profile record)",
        "description": "Finds the contact as update-profile stores it: by the email's dedup key, so `Jan.Novak+x@gmail.com` finds `jannovak@gmail.com`, and only among the contacts of the API key's tenant. Same API keys and rate limits as update-profile. The record is update-profile's own: a contact written only through the BIK endpoint is not found here.",
        "security": [{ "apiKeyQuery": [] }, { "apiKeyBearer": [] }],
        "parameters": [{
            "name": "email",
            "in": "query",
            "required": true,
            "description": "The contact's email, in any spelling update-profile accepts; checked as update-profile checks `email`.",
            "schema": { "type": "string" },
            "example": "jan@barasek.com"
        }],
        "responses": {
            "200": response("The stored record.", "ProfileRecord", &[
                ("seed", "The update-profile seed's record", json!({ "success": true, "customer": stored }))
            ]),
            "400": response("`email` is missing, invalid, or given more than once: update-profile's message for it.", "ProfileError", &[
                ("missing", "No `email` parameter", profile_error("ValidationError: \"email\" is required")),
                ("invalid", "Not an email", profile_error("ValidationError: \"email\" must be a valid email"))
            ]),
            "401": unauthorized,
            "404": response("The key's tenant has no such contact (another tenant's contact is not found either).", "ProfileError", &[
                ("not-found", "Unknown contact", profile_error("customer not found"))
            ]),
            "408": response("The request took longer than the timeout (30 s by default); raised outside the handler, so in the `status` shape.", "StatusError", &[
                ("timeout", "Timed out", json!({ "status": 408, "error": "request timed out" }))
            ]),
            "429": too_many_requests("ProfileError", profile_error("too many requests: retry after 1 s")),
            "500": {
                "description": "A store failure (`ProfileError`) or a panic caught outside the handler (`StatusError`); the cause is logged, not returned.",
                "content": { "application/json": {
                    "schema": { "oneOf": [
                        { "$ref": "#/components/schemas/ProfileError" },
                        { "$ref": "#/components/schemas/StatusError" }
                    ]},
                    "examples": { "internal": { "summary": "Internal error", "value": profile_error("internal error") } }
                }}
            },
            "503": unavailable("ProfileError", profile_error(UNAVAILABLE))
        }
    })
}

fn healthz_operation() -> Value {
    json!({
        "operationId": "healthz",
        "summary": "Liveness and database check",
        "description": "Commits a one-row write to the database, through the checks every write passes (a SQLite file must still be at its path and writable), so 200 means this instance can store contacts now.",
        "security": [],
        "responses": {
            "200": response("The database took a write.", "Health", &[
                ("ok", "Healthy", json!({ "status": "ok", "database": "sqlite" }))
            ]),
            "503": unavailable("StatusError", json!({ "status": 503, "error": UNAVAILABLE }))
        }
    })
}

fn openapi_operation() -> Value {
    json!({
        "operationId": "openapi",
        "summary": "This document",
        "security": [],
        "responses": {
            "200": {
                "description": "The OpenAPI 3.1 document.",
                "content": { "application/json": { "schema": { "type": "object" } } }
            }
        }
    })
}
