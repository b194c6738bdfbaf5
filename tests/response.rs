//! `user_properties::Response` and `InvalidEntry`'s `Serialize`: BIK's documented
//! response byte for byte, entries echoed as sent, and `#[serde(flatten)]`.

use contactkit::user_properties::{BulkOutcome, InvalidEntry, Response};
use serde::Serialize;
use serde_json::value::RawValue;

#[track_caller]
fn request(body: &str) -> BulkOutcome {
    BulkOutcome::from_json(body.as_bytes()).unwrap_or_else(|e| panic!("{body}: {e}"))
}

#[track_caller]
fn json<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|e| panic!("{e}"))
}

/// JSON text without the white space between tokens (strings kept as they are).
fn minify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

/// The API document's "JSON response example", verbatim.
const SEED_RESPONSE: &str = r#"{
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

/// The document's request, with the second entry's misspelled key as the response shows
/// it: the request example spells it `emial` and the response `emil`; an entry is echoed
/// as sent, so the response can only be reproduced from a request that sent `emil`.
const SEED_REQUEST: &str = r#"{
"userProperties": [
{
"phoneNumber": "9090909090",
"email": "mark@bik.ai",
"firstName": "Test",
"lastName": "2"
},
{
"phoneNumber": "9090909010",
"emil": "mark2@bik.ai",
"firstName": "Test2",
"lastName": "4"
}
]
}"#;

#[test]
fn the_documents_response_byte_for_byte() {
    let outcome = request(SEED_REQUEST);
    let response = Response::new(&outcome)
        .extra("storeId", "p60HYv5wjgQaOrPdqT5NjbpkroD2")
        .entry_extra(1, "customerId", "5242031")
        .counts(0, 1);
    assert_eq!(json(&response), minify(SEED_RESPONSE));
    // Through a writer too (what axum::Json does).
    let mut out = Vec::new();
    serde_json::to_writer(&mut out, &response).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(String::from_utf8(out).ok(), Some(minify(SEED_RESPONSE)));
}

#[test]
fn entries_are_echoed_as_sent() {
    let outcome = request(
        r#"{"userProperties":[
            {"b" : 1e2, "a":"caf\u00e9 \/", "b":-0.50, "n":{"x" : [1 , 2]}, "big":123456789012345678901234567890, "s":"\ud800"},
            7,
            {"error":"mine","firstName":"A"}
        ]}"#,
    );
    assert_eq!(
        json(outcome.invalid()),
        concat!(
            r#"[{"b":1e2,"a":"caf\u00e9 \/","b":-0.50,"n":{"x" : [1 , 2]},"big":123456789012345678901234567890,"s":"\ud800","error":"ValidationError: \"firstName\" is required"},"#,
            r#"{"value":7,"error":"ValidationError: \"value\" must be of type object"},"#,
            r#"{"error":"ValidationError: \"lastName\" is required","firstName":"A"}]"#,
        )
    );
    // The serde-free writer writes the same items.
    for entry in outcome.invalid() {
        let mut item = String::new();
        entry.write_json(&mut item);
        assert_eq!(item, json(entry));
    }
}

#[test]
fn extras_go_before_error_and_never_repeat_a_key() {
    let outcome = request(
        r#"{"userProperties":[{"storeId":"sent","x":1},7,{"firstName":"A","lastName":"B"},{"y":2}]}"#,
    );
    let response = Response::new(&outcome)
        .extra("storeId", "S")
        .extra("n", 1)
        .extra("error", "ignored")
        .extra("value", "ignored for a non-object entry")
        .extra("n", 2)
        .entry_extra(3, "n", serde_json::json!({"z": [true]}))
        .entry_extra(2, "customerId", "valid entries get nothing");
    let text = json(&response);
    assert!(
        text.contains(
            r#""invalidUserProperties":[{"storeId":"S","x":1,"n":2,"value":"ignored for a non-object entry","error":"#
        ),
        "{text}"
    );
    assert!(
        text.contains(r#"{"value":7,"storeId":"S","n":2,"error":"#),
        "{text}"
    );
    assert!(text.contains(r#"{"y":2,"storeId":"S","n":{"z":[true]},"value":"ignored for a non-object entry","error":"#), "{text}");
    assert!(!text.contains("ignored\""), "{text}");
    assert!(!text.contains("valid entries"), "{text}");
}

/// The bug this type replaces: serde_json's `RawValue` (what `InvalidEntry` used to
/// serialize as) under `#[serde(flatten)]` writes serde_json's private marker instead of
/// the value.
#[test]
fn flattened_raw_value_is_corrupt_in_serde_json() {
    #[derive(Serialize)]
    struct Wrapper {
        id: u32,
        #[serde(flatten)]
        raw: Box<RawValue>,
    }
    let raw = RawValue::from_string(r#"{"a":1}"#.to_owned()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        json(&Wrapper { id: 1, raw }),
        r#"{"id":1,"$serde_json::private::RawValue":"{\"a\":1}"}"#
    );
}

/// `InvalidEntry` and `Response` are maps and structs, so flattening them works.
#[test]
fn flattened_entries_and_responses_are_correct() {
    let outcome = request(
        r#"{"userProperties":[{"phoneNumber":"9090909010","emil":"mark2@bik.ai","firstName":"Test2","lastName":"4"}]}"#,
    );

    #[derive(Serialize)]
    struct Tagged<'a> {
        #[serde(rename = "requestId")]
        request_id: &'a str,
        #[serde(flatten)]
        entry: &'a InvalidEntry,
    }
    let entry = &outcome.invalid()[0];
    let tagged = Tagged {
        request_id: "r1",
        entry,
    };
    assert_eq!(
        json(&tagged),
        r#"{"requestId":"r1","phoneNumber":"9090909010","emil":"mark2@bik.ai","firstName":"Test2","lastName":"4","error":"ValidationError: \"emil\" is not allowed"}"#
    );

    #[derive(Serialize)]
    struct Envelope<'a> {
        #[serde(flatten)]
        response: Response<'a>,
        trace: &'a str,
    }
    let envelope = Envelope {
        response: Response::new(&outcome),
        trace: "t",
    };
    assert_eq!(
        json(&envelope),
        r#"{"status":200,"data":{"invalidUserProperties":[{"phoneNumber":"9090909010","emil":"mark2@bik.ai","firstName":"Test2","lastName":"4","error":"ValidationError: \"emil\" is not allowed"}],"bulkUpsertUPResponse":{"createCount":0,"updateCount":0,"docsFailedToUpdate":[]}},"trace":"t"}"#
    );

    // serde_json::Value reads the raw values too (its map sorts the keys).
    let value = serde_json::to_value(&tagged).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        value,
        serde_json::json!({"requestId":"r1","phoneNumber":"9090909010","emil":"mark2@bik.ai",
            "firstName":"Test2","lastName":"4","error":"ValidationError: \"emil\" is not allowed"})
    );
}
