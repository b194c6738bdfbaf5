//! The seed document's examples (bik-user-properties.txt).

use super::*;

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
"emial": "mark2@bik.ai",
"firstName": "Test2",
"lastName": "4"
}
]
}"#;

#[test]
fn seed_example_request() {
    let outcome = request(SEED_REQUEST);
    assert_eq!(outcome.len(), 2);
    let [ok] = outcome.valid() else {
        panic!("one valid entry expected: {outcome:?}");
    };
    assert_eq!(ok.index(), 0);
    let user = ok.property();
    assert_eq!(user.first_name(), "Test");
    assert_eq!(user.last_name(), "2");
    assert_eq!(user.email().map(|e| e.as_str()), Some("mark@bik.ai"));
    assert_eq!(
        user.phone_number().map(|p| p.as_str()),
        Some("+91 9090909090")
    );

    let [bad] = outcome.invalid() else {
        panic!("one invalid entry expected: {outcome:?}");
    };
    assert_eq!(bad.index(), 1);
    // The seed's response says "emil": a typo in the document; the key sent is "emial".
    assert_eq!(
        bad.error().to_string(),
        r#"ValidationError: "emial" is not allowed"#
    );
    assert_eq!(
        bad.entry_json(),
        "{\n\"phoneNumber\": \"9090909010\",\n\"emial\": \"mark2@bik.ai\",\n\"firstName\": \"Test2\",\n\"lastName\": \"4\"\n}"
    );
    let response = serde_json::to_string(&json!({ "invalidUserProperties": outcome.invalid() }))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        response,
        r#"{"invalidUserProperties":[{"emial":"mark2@bik.ai","error":"ValidationError: \"emial\" is not allowed","firstName":"Test2","lastName":"4","phoneNumber":"9090909010"}]}"#,
        "serde_json::Value sorts keys; the direct serialization below keeps them"
    );
    assert_eq!(
        serde_json::to_string(outcome.invalid()).unwrap_or_else(|e| panic!("{e}")),
        r#"[{"phoneNumber":"9090909010","emial":"mark2@bik.ai","firstName":"Test2","lastName":"4","error":"ValidationError: \"emial\" is not allowed"}]"#
    );
}

#[test]
fn seed_response_typo_is_reported_as_sent() {
    // The response example's own entry, sent as a request entry.
    assert_eq!(
        first_error(
            r#"{"phoneNumber":"9090909010","emil":"mark2@bik.ai","firstName":"Test2","lastName":"4"}"#
        )
        .as_deref(),
        Some(r#"ValidationError: "emil" is not allowed"#)
    );
}
