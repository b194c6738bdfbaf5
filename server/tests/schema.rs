//! The library's JSON Schemas against a real validator (the `jsonschema` crate, draft
//! 2020-12): they are valid schemas, every body the library accepts (the conformance
//! tables' valid cases included) validates, and the rules a schema can express reject.

use contactkit::update_profile::{self, UpdateProfile};
use contactkit::user_properties;
use serde_json::{json, Value};

fn data(name: &str) -> Vec<Value> {
    let path = format!("{}/../tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[track_caller]
fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::meta::validate(schema).unwrap_or_else(|e| panic!("not a valid schema: {e}"));
    // Formats asserted, although the schemas use none: adding one must pass these tests.
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(schema)
        .unwrap_or_else(|e| panic!("schema does not compile: {e}"))
}

#[track_caller]
fn assert_accepts(validator: &jsonschema::Validator, instance: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what}: schema rejects {instance}: {errors:?}"
    );
}

#[test]
fn every_accepted_bik_entry_validates() {
    let schema = validator(&user_properties::json_schema());
    let mut checked = 0;
    for case in data("joi_user_properties.json") {
        let text = case["entry_json"].as_str().expect("entry_json");
        let accepted = user_properties::UserProperty::from_json(text.as_bytes()).is_ok();
        if !(accepted || case["error"].is_null()) {
            continue;
        }
        // serde_json keeps a duplicate key's last value, as JSON.parse does.
        let entry: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_accepts(&schema, &entry, &format!("case {}", case["id"]));
        checked += 1;
    }
    assert!(checked >= 68, "only {checked} valid cases");
}

#[test]
fn every_accepted_update_profile_body_validates() {
    let schema = validator(&update_profile::json_schema());
    let mut checked = 0;
    for case in data("update_profile.json") {
        let text = case["body"].as_str().expect("body");
        let accepted = UpdateProfile::from_json(text.as_bytes()).is_ok();
        if !(accepted || case["valid"] == true) {
            continue;
        }
        let body: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_accepts(&schema, &body, &format!("case {}", case["id"]));
        checked += 1;
    }
    assert!(checked >= 78, "only {checked} valid cases");
}

/// Inputs the library accepts that naive keywords would reject: why the schemas carry
/// no `maxLength` and no `format`.
#[test]
fn normalizing_rules_are_not_claimed_as_keywords() {
    let bodies = [
        // 1 + 300 + 1 characters: the white space run collapses to one, 3 < 256.
        json!({"email": " Jan@Barasek.com ", "name": format!("a{}b", " ".repeat(300))}),
        // Internationalized, and surrounded by white space (trimmed).
        json!({"email": "\u{a0}jan@bárásek.cz\t", "referralId": " 1cGIHvFoQDGLAbcA\u{85}"}),
        json!({"email": "δοκιμή@παράδειγμα.δοκιμή", "customerRealIp": ""}),
    ];
    let schema = validator(&update_profile::json_schema());
    for body in bodies {
        let text = body.to_string();
        UpdateProfile::from_json(text.as_bytes()).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_accepts(&schema, &body, "accepted body");
    }
    let entries = [
        json!({"firstName": "A", "lastName": "B", "createdAt": 1.7e12, "updatedAt": "2024-03-07 10:00"}),
        json!({"firstName": "A", "lastName": "B", "createdAt": "-1.5", "emailMarketingConsent": "TRUE"}),
        json!({"firstName": "A", "lastName": "B", "tags": ["x\u{200b}", format!("{}z", "\t".repeat(20_000))]}),
        json!({"__proto__": {"firstName": 1}, "firstName": "A", "lastName": "B"}),
        json!({"__proto__": 7, "firstName": "A", "lastName": "B"}),
    ];
    let schema = validator(&user_properties::json_schema());
    for entry in entries {
        let text = entry.to_string();
        user_properties::UserProperty::from_json(text.as_bytes())
            .unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_accepts(&schema, &entry, "accepted entry");
    }
}

/// A handful of invalid inputs whose rule the schema expresses: it rejects them, as the
/// library does.
#[test]
fn schemas_reject_what_they_can_express() {
    let entry_schema = validator(&user_properties::json_schema());
    let entries = [
        json!({"firstName": "A", "lastName": "B", "emial": "a@b.cz"}),
        json!({"firstName": 1, "lastName": "B"}),
        json!({"firstName": "A"}),
        json!({"__proto__": {"firstName": "P"}, "lastName": "B"}),
        json!({"firstName": "  ", "lastName": "B"}),
        json!({"firstName": "A", "lastName": "B", "tags": "vip"}),
        json!({"firstName": "A", "lastName": "B", "tags": vec!["t"; 1001]}),
        json!({"firstName": "A", "lastName": "B", "createdAt": true}),
        json!({"firstName": "A", "lastName": "B", "createdAt": "1e3"}),
        json!({"firstName": "A", "lastName": "B", "createdAt": 8.64e15 + 1024.0}),
        json!({"firstName": "A", "lastName": "B", "smsMarketingConsent": "yes"}),
        json!([{"firstName": "A", "lastName": "B"}]),
    ];
    for entry in entries {
        let text = entry.to_string();
        assert!(
            user_properties::UserProperty::from_json(text.as_bytes()).is_err(),
            "{text}"
        );
        assert!(!entry_schema.is_valid(&entry), "schema accepts {text}");
    }

    let body_schema = validator(&update_profile::json_schema());
    let bodies = [
        json!({}),
        json!({"emial": "jan@barasek.com"}),
        json!({"email": "jan@barasek.com", "newsletter": "true"}),
        json!({"email": "jan@barasek.com", "groups": [[]]}),
        json!({"email": "jan@barasek.com", "referralId": "1cGIHvFoQDGLAbc"}),
        json!({"email": "jan@barasek.com", "phone": 420_777_123_456_u64}),
        json!({"email": null}),
    ];
    for body in bodies {
        let text = body.to_string();
        assert!(UpdateProfile::from_json(text.as_bytes()).is_err(), "{text}");
        assert!(!body_schema.is_valid(&body), "schema accepts {text}");
    }
}

#[test]
fn the_bik_request_schema_matches_validate_request() {
    let schema = validator(&user_properties::request_json_schema());
    let accepted = [
        json!({"userProperties": []}),
        // An invalid entry is no request error: it is reported in the 200 response.
        json!({"userProperties": [{"firstName": "A", "lastName": "B"}, {"emial": 1}, 5]}),
        json!({"userProperties": [], "__proto__": {"x": 1}}),
    ];
    for body in accepted {
        let text = body.to_string();
        user_properties::BulkOutcome::from_json(text.as_bytes())
            .unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_accepts(&schema, &body, "accepted request");
    }
    let rejected = [
        json!({}),
        json!({"userProperties": {}}),
        json!({"userProperties": [], "users": []}),
        json!({"userProperties": vec![json!({}); 10_001]}),
        json!({"__proto__": {"userProperties": []}}),
    ];
    for body in rejected {
        let text = body.to_string();
        assert!(
            user_properties::BulkOutcome::from_json(text.as_bytes()).is_err(),
            "{text}"
        );
        assert!(!schema.is_valid(&body), "schema accepts {text}");
    }
    // The entry schema the items point at is the entry's own.
    let pointer = schema_pointer(&user_properties::request_json_schema());
    assert_eq!(pointer, embedded_entry());
}

fn schema_pointer(request: &Value) -> Value {
    let pointer = request["properties"]["userProperties"]["items"]["x-contactkit-entrySchema"]
        .as_str()
        .expect("entry schema pointer");
    request
        .pointer(pointer.trim_start_matches('#'))
        .cloned()
        .expect("pointer resolves")
}

fn embedded_entry() -> Value {
    let mut entry = user_properties::json_schema();
    entry.as_object_mut().expect("object").remove("$schema");
    entry
}

#[test]
fn schema_fields_are_the_fields_constants() {
    let names = |s: &contactkit::models::ModelSchema| {
        s.fields().iter().map(|f| f.name()).collect::<Vec<_>>()
    };
    assert_eq!(names(user_properties::schema()), user_properties::FIELDS);
    assert_eq!(names(update_profile::schema()), update_profile::FIELDS);
    for (schema, json) in [
        (user_properties::schema(), user_properties::json_schema()),
        (update_profile::schema(), update_profile::json_schema()),
    ] {
        assert_eq!(json["x-contactkit-errorOrder"], json!(names(schema)));
        let properties = json["properties"].as_object().expect("properties");
        assert_eq!(properties.len(), schema.fields().len());
    }
}
