//! `contactkit::user_properties`: the Joi conformance table, the seed's example, tables per
//! rule, all-errors mode, grouping, limits and properties.

use crate::support::{load_cases, str_field};
use contactkit::user_properties::{BulkOutcome, Options, Timestamp, TimestampError, UserProperty};
use contactkit::{PathSegment, Report, ValidationError, ValidationErrorKind};
use proptest::prelude::*;
use serde_json::{json, Value};

#[track_caller]
fn first_error(entry: &str) -> Option<String> {
    UserProperty::from_json(entry.as_bytes())
        .err()
        .map(|e| e.to_string())
}

#[track_caller]
fn valid(entry: &str) -> UserProperty {
    UserProperty::from_json(entry.as_bytes()).unwrap_or_else(|e| panic!("{entry}: {e}"))
}

#[track_caller]
fn request(body: &str) -> BulkOutcome {
    BulkOutcome::from_json(body.as_bytes()).unwrap_or_else(|e| panic!("{body}: {e}"))
}

#[track_caller]
fn request_error(body: &str) -> String {
    match BulkOutcome::from_json(body.as_bytes()) {
        Ok(outcome) => panic!("{body}: accepted with {} entries", outcome.len()),
        Err(e) => e.to_string(),
    }
}

/// Wraps `members` (a JSON object's inside) after valid names.
fn entry(members: &str) -> String {
    if members.is_empty() {
        r#"{"firstName":"Ann","lastName":"Lee"}"#.to_owned()
    } else {
        format!(r#"{{"firstName":"Ann","lastName":"Lee",{members}}}"#)
    }
}

#[test]
fn conformance_joi_user_properties() {
    let cases = load_cases("joi_user_properties.json");
    assert!(cases.len() > 1000);
    let mut failures = Vec::new();
    for case in &cases {
        let id = &case["id"];
        let Some(entry) = str_field(case, "entry_json") else {
            panic!("case {id} without entry_json");
        };
        let expected = str_field(case, "error");
        let got = first_error(entry);
        if got.as_deref() != expected {
            failures.push(format!(
                "id {id}: expected {expected:?}, got {got:?} | categories {} | entry {entry}",
                case["categories"]
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// The conformance table through the other entry points: the all-errors report starts with
/// the abort-early error, and a request of one entry answers the same.
#[test]
fn conformance_agrees_across_entry_points() {
    for case in load_cases("joi_user_properties.json") {
        let Some(entry) = str_field(&case, "entry_json") else {
            continue;
        };
        let first = UserProperty::from_json(entry.as_bytes()).err();
        let report = UserProperty::from_json_report(entry.as_bytes()).err();
        assert_eq!(
            report.as_ref().map(Report::first),
            first.as_ref(),
            "{entry}"
        );
        let outcome = request(&format!(r#"{{"userProperties":[{entry}]}}"#));
        let in_request = outcome.invalid().first().map(|e| e.error().clone());
        assert_eq!(in_request, first, "{entry}");
        assert_eq!(outcome.len(), 1);
    }
}

// ----- The seed document (bik-user-properties.txt) -----

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

// ----- Tables per rule (source: Joi 17.13 behaviour read from lib/types/*.js, and the
// project's rules in tests/data/README; each row names its case) -----

/// `(entry, expected first error)`; `None` means valid.
const RULES: &[(&str, Option<&str>)] = &[
    // required, string.base, string.empty (Joi: any.required before string.base)
    (r#"{"lastName":"B"}"#, Some(r#""firstName" is required"#)),
    (r#"{"firstName":"A"}"#, Some(r#""lastName" is required"#)),
    (
        r#"{"firstName":null,"lastName":"B"}"#,
        Some(r#""firstName" must be a string"#),
    ),
    (
        r#"{"firstName":true,"lastName":"B"}"#,
        Some(r#""firstName" must be a string"#),
    ),
    (
        r#"{"firstName":"A","lastName":12}"#,
        Some(r#""lastName" must be a string"#),
    ),
    (
        r#"{"firstName":"","lastName":"B"}"#,
        Some(r#""firstName" is not allowed to be empty"#),
    ),
    // trimming is str::trim: Unicode White_Space (NBSP, ideographic space, VT, NEL)
    (
        r#"{"firstName":"\u00a0\u3000","lastName":"B"}"#,
        Some(r#""firstName" is not allowed to be empty"#),
    ),
    (
        r#"{"firstName":"\u000b\u0085","lastName":"B"}"#,
        Some(r#""firstName" is not allowed to be empty"#),
    ),
    // control characters: Cc except tab, CR, LF; format characters are not controls
    (
        r#"{"firstName":"a\u0000","lastName":"B"}"#,
        Some(r#""firstName" must not contain control characters"#),
    ),
    (
        r#"{"firstName":"a\u0085b","lastName":"B"}"#,
        Some(r#""firstName" must not contain control characters"#),
    ),
    (
        r#"{"firstName":"a\u007fb","lastName":"B"}"#,
        Some(r#""firstName" must not contain control characters"#),
    ),
    (
        r#"{"firstName":"a\u001bb","lastName":"B"}"#,
        Some(r#""firstName" must not contain control characters"#),
    ),
    (r#"{"firstName":"a\tb\r\nc","lastName":"B"}"#, None),
    (r#"{"firstName":"a\u200bb","lastName":"B"}"#, None),
    (
        r#"{"firstName":"A","lastName":"B","city":"x\u0001"}"#,
        Some(r#""city" must not contain control characters"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","partnerCustomerId":"\u0002"}"#,
        Some(r#""partnerCustomerId" must not contain control characters"#),
    ),
    // email: trimmed, then CanonicalEmail; controls there are an invalid email
    (
        r#"{"firstName":"A","lastName":"B","email":"  "}"#,
        Some(r#""email" is not allowed to be empty"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","email":"a@b"}"#,
        Some(r#""email" must be a valid email"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","email":"a\u0000b@example.com"}"#,
        Some(r#""email" must be a valid email"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","email":7}"#,
        Some(r#""email" must be a string"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","email":" Mark@BIK.ai "}"#,
        None,
    ),
    // phones: region IN by default (seed: "9090909090")
    (
        r#"{"firstName":"A","lastName":"B","phoneNumber":"9090909090"}"#,
        None,
    ),
    (
        r#"{"firstName":"A","lastName":"B","phoneNumber":9090909090}"#,
        Some(r#""phoneNumber" must be a string"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","phoneNumber":"12"}"#,
        Some(r#""phoneNumber" must be a valid phone number"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","alternatePhoneNumber":" "}"#,
        Some(r#""alternatePhoneNumber" is not allowed to be empty"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","alternatePhoneNumber":"abc"}"#,
        Some(r#""alternatePhoneNumber" must be a valid phone number"#),
    ),
    // booleans: Joi's convert, case-insensitive "true"/"false" only
    (
        r#"{"firstName":"A","lastName":"B","smsMarketingConsent":"FaLsE"}"#,
        None,
    ),
    (
        r#"{"firstName":"A","lastName":"B","smsMarketingConsent":1}"#,
        Some(r#""smsMarketingConsent" must be a boolean"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","smsMarketingConsent":"yes"}"#,
        Some(r#""smsMarketingConsent" must be a boolean"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","emailMarketingConsent":" true"}"#,
        Some(r#""emailMarketingConsent" must be a boolean"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","emailMarketingConsent":"truе"}"#,
        Some(r#""emailMarketingConsent" must be a boolean"#),
    ), // Cyrillic е
    (
        r#"{"firstName":"A","lastName":"B","emailMarketingConsent":null}"#,
        Some(r#""emailMarketingConsent" must be a boolean"#),
    ),
    // dates: numbers (TimeClip), decimal strings, ISO 8601 with real calendar dates
    (
        r#"{"firstName":"A","lastName":"B","createdAt":8.64e15}"#,
        None,
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":-8.64e15}"#,
        None,
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":8640000000000001}"#,
        Some(r#""createdAt" must be a valid date"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":1e400}"#,
        Some(r#""createdAt" must be a valid date"#),
    ),
    (r#"{"firstName":"A","lastName":"B","createdAt":-0}"#, None),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"-1.5"}"#,
        None,
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"20240115"}"#,
        None,
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"2024-02-29"}"#,
        None,
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"2023-02-29"}"#,
        Some(r#""createdAt" must be a valid date"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"2024-02-30"}"#,
        Some(r#""createdAt" must be a valid date"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"2024-04-31"}"#,
        Some(r#""createdAt" must be a valid date"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"1900-02-29"}"#,
        Some(r#""createdAt" must be a valid date"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"2000-02-29T00:00Z"}"#,
        None,
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"2024-03"}"#,
        None,
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"2024-01-15T24:00:00Z"}"#,
        None,
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"2024-01-15T24:00:01Z"}"#,
        Some(r#""createdAt" must be a valid date"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"2024-01-15T23:59:60Z"}"#,
        Some(r#""createdAt" must be a valid date"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"2024-01-15T10:20:30.123456789Z"}"#,
        None,
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"2024-01-15t10:20:30z"}"#,
        None,
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"2024-01-15T10:20"}"#,
        None,
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"2024-01-15T10"}"#,
        Some(r#""createdAt" must be a valid date"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"2024-01-15T10:20:30+0530"}"#,
        Some(r#""createdAt" must be a valid date"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"2024-01-15T10:20:30+24:00"}"#,
        Some(r#""createdAt" must be a valid date"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"2024-1-15"}"#,
        Some(r#""createdAt" must be a valid date"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"+275760-09-13T00:00:00.000Z"}"#,
        None,
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"+275760-09-13T00:00:00.001Z"}"#,
        Some(r#""createdAt" must be a valid date"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"-000000-01-01"}"#,
        Some(r#""createdAt" must be a valid date"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":"March 7, 2024"}"#,
        Some(r#""createdAt" must be a valid date"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":" 2024-01-15"}"#,
        Some(r#""createdAt" must be a valid date"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","createdAt":""}"#,
        Some(r#""createdAt" must be a valid date"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","updatedAt":true}"#,
        Some(r#""updatedAt" must be a valid date"#),
    ),
    // tags: array of trimmed, non-empty free text; labels "tags[i]"
    (r#"{"firstName":"A","lastName":"B","tags":[]}"#, None),
    (
        r#"{"firstName":"A","lastName":"B","tags":"[]"}"#,
        Some(r#""tags" must be an array"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","tags":["a",""]}"#,
        Some(r#""tags[1]" is not allowed to be empty"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","tags":["a","b\u0007"]}"#,
        Some(r#""tags[1]" must not contain control characters"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","tags":["a","b",null]}"#,
        Some(r#""tags[2]" must be a string"#),
    ),
    // the entry itself
    ("null", Some(r#""value" must be of type object"#)),
    ("[]", Some(r#""value" must be of type object"#)),
    (r#""{}""#, Some(r#""value" must be of type object"#)),
    // unknown keys: labels as Joi renders them (path joined by "."; "" falls back to "value")
    (
        r#"{"firstName":"A","lastName":"B","a.b":1}"#,
        Some(r#""a.b" is not allowed"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","":1}"#,
        Some(r#""value" is not allowed"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","tags[0]":1}"#,
        Some(r#""tags[0]" is not allowed"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","a\"b":1}"#,
        Some(r#""a"b" is not allowed"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","FirstName":1}"#,
        Some(r#""FirstName" is not allowed"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","constructor":1}"#,
        Some(r#""constructor" is not allowed"#),
    ),
    // unknown keys in JavaScript's order: array indices ascending, then insertion order
    (
        r#"{"firstName":"A","lastName":"B","b":1,"10":1,"2":1}"#,
        Some(r#""2" is not allowed"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","x":1,"4294967295":1}"#,
        Some(r#""x" is not allowed"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","x":1,"4294967294":1}"#,
        Some(r#""4294967294" is not allowed"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","01":1,"1":1}"#,
        Some(r#""1" is not allowed"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","-1":1,"y":1}"#,
        Some(r#""-1" is not allowed"#),
    ),
    // schema keys come before unknown keys, whatever the input order
    (
        r#"{"zzz":1,"firstName":"A","lastName":"B","tags":[1]}"#,
        Some(r#""tags[0]" must be a string"#),
    ),
    // duplicates: the last value wins (JSON.parse), the key keeps its first position
    (
        r#"{"firstName":"A","lastName":"B","tags":"x","tags":["ok"]}"#,
        None,
    ),
    (
        r#"{"firstName":"A","lastName":"B","z":1,"y":1,"z":2}"#,
        Some(r#""z" is not allowed"#),
    ),
    // __proto__: Joi 17.13.9 copies the entry and restores its prototype, so the key is
    // neither reported nor read, whatever its value (each case run through Joi itself).
    (r#"{"firstName":"A","lastName":"B","__proto__":1}"#, None),
    (
        r#"{"firstName":"A","lastName":"B","__proto__":{"zzz":1}}"#,
        None,
    ),
    (
        r#"{"firstName":"A","lastName":"B","__proto__":{"phoneNumber":"x"}}"#,
        None,
    ),
    (
        r#"{"__proto__":{"firstName":"P","lastName":"Q"}}"#,
        Some(r#""firstName" is required"#),
    ),
    (
        r#"{"__proto__":{"firstName":"A"},"lastName":"B"}"#,
        Some(r#""firstName" is required"#),
    ),
    (
        r#"{"__proto__":{"firstName":1},"lastName":"B"}"#,
        Some(r#""firstName" is required"#),
    ),
    (
        r#"{"__proto__":{"firstName":"P"},"firstName":" ","lastName":"B"}"#,
        Some(r#""firstName" is not allowed to be empty"#),
    ),
    (
        r#"{"__proto__":null,"lastName":"B"}"#,
        Some(r#""firstName" is required"#),
    ),
    (
        r#"{"__proto__":["A"],"lastName":"B"}"#,
        Some(r#""firstName" is required"#),
    ),
    (
        r#"{"__proto__":{"__proto__":{"firstName":"P"}},"lastName":"B"}"#,
        Some(r#""firstName" is required"#),
    ),
    (
        r#"{"__proto__":{"firstName":"P"},"__proto__":2,"lastName":"B"}"#,
        Some(r#""firstName" is required"#),
    ),
    (
        r#"{"firstName":"A","lastName":"B","__proto__ ":1}"#,
        Some(r#""__proto__ " is not allowed"#),
    ),
];

#[test]
fn rules_table() {
    let mut failures = Vec::new();
    for (entry, expected) in RULES {
        let expected = expected.map(|m| format!("ValidationError: {m}"));
        let got = first_error(entry);
        if got != expected {
            failures.push(format!("{entry}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn normalization() {
    let user = valid(
        r#"{"firstName":"  Jean \t Luc ","lastName":"Picard","source":" csv ",
        "phoneNumber":" +91 98765 43210 ","alternatePhoneNumber":"9090909091","email":" MARK@BIK.AI ",
        "address1":"10  Downing\nSt","address2":"Apt\u00a04","city":"Zürich","state":" KA","country":"IN ",
        "createdAt":"2024-03-07T15:30:00+05:30","updatedAt":"1700000000000.9",
        "emailMarketingConsent":"TRUE","smsMarketingConsent":false,
        "tags":[" vip ","repeat   buyer"],"partnerCustomerId":" 5242031 "}"#,
    );
    assert_eq!(user.first_name(), "Jean Luc");
    assert_eq!(user.last_name(), "Picard");
    assert_eq!(user.source(), Some("csv"));
    assert_eq!(
        user.phone_number().map(|p| p.as_str()),
        Some("+91 9876543210")
    );
    assert_eq!(
        user.alternate_phone_number().map(|p| p.as_str()),
        Some("+91 9090909091")
    );
    assert_eq!(user.email().map(|e| e.as_str()), Some("mark@bik.ai"));
    assert_eq!(user.address1(), Some("10 Downing St"));
    assert_eq!(user.address2(), Some("Apt 4"));
    assert_eq!(user.city(), Some("Zürich"));
    assert_eq!(user.state(), Some("KA"));
    assert_eq!(user.country(), Some("IN"));
    assert_eq!(
        user.created_at().map(|t| t.to_string()).as_deref(),
        Some("2024-03-07T10:00:00.000Z")
    );
    assert_eq!(
        user.updated_at().map(Timestamp::as_millis),
        Some(1_700_000_000_000)
    );
    assert_eq!(user.email_marketing_consent(), Some(true));
    assert_eq!(user.sms_marketing_consent(), Some(false));
    assert_eq!(
        user.tags(),
        Some(&["vip".to_owned(), "repeat buyer".to_owned()][..])
    );
    assert_eq!(user.partner_customer_id(), Some("5242031"));
    assert_eq!(
        serde_json::to_string(&user).unwrap_or_else(|e| panic!("{e}")),
        r#"{"firstName":"Jean Luc","lastName":"Picard","source":"csv","phoneNumber":"+91 9876543210","alternatePhoneNumber":"+91 9090909091","email":"mark@bik.ai","address1":"10 Downing St","address2":"Apt 4","city":"Zürich","state":"KA","country":"IN","createdAt":"2024-03-07T10:00:00.000Z","updatedAt":"2023-11-14T22:13:20.000Z","emailMarketingConsent":true,"smsMarketingConsent":false,"tags":["vip","repeat buyer"],"partnerCustomerId":"5242031"}"#
    );
}

#[test]
fn minimal_entry_serializes_only_present_fields() {
    let user = valid(&entry(r#""tags":[]"#));
    assert_eq!(
        serde_json::to_string(&user).unwrap_or_else(|e| panic!("{e}")),
        r#"{"firstName":"Ann","lastName":"Lee","tags":[]}"#
    );
    assert_eq!(user.tags(), Some(&[][..]));
    assert_eq!(valid(&entry("")).tags(), None);
}

#[test]
fn proto_is_never_read() {
    // 0.1 read missing keys from `__proto__` (a phone number only there was stored);
    // Joi never does.
    let user = valid(
        r#"{"__proto__":{"lastName":"Q","city":"Pune","phoneNumber":"9090909090"},"firstName":"A","lastName":"B"}"#,
    );
    assert_eq!(
        (
            user.first_name(),
            user.last_name(),
            user.city(),
            user.phone_number()
        ),
        ("A", "B", None, None)
    );
    let all = UserProperty::from_json_report(br#"{"__proto__":{"firstName":"P","lastName":"Q"}}"#)
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    let messages: Vec<&str> = all.iter().map(|e| e.message()).collect();
    assert_eq!(
        messages,
        [r#""firstName" is required"#, r#""lastName" is required"#]
    );
}

#[test]
fn error_details() {
    let err = UserProperty::from_json(br#"{"firstName":"A","lastName":"B","tags":["x",{}]}"#)
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(err.kind(), ValidationErrorKind::NotAString);
    assert_eq!(err.kind().code(), "string.base");
    assert_eq!(err.message(), r#""tags[1]" must be a string"#);
    assert_eq!(
        err.path().segments(),
        [PathSegment::Key("tags".into()), PathSegment::Index(1)]
    );
    assert_eq!(err.path().to_string(), "tags[1]");
    assert!(std::error::Error::source(&err).is_none());

    let err = UserProperty::from_json(br#"{"firstName":"A","lastName":"B","email":"x@@y"}"#)
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(err.kind().code(), "string.email");
    assert!(std::error::Error::source(&err).is_some());
    assert!(!format!("{err:?}").is_empty());

    let err =
        UserProperty::from_json(br#"{"firstName":"A","lastName":"B","createdAt":"2024-02-30"}"#)
            .err()
            .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(
        std::error::Error::source(&err).map(|s| s.to_string()),
        Some("timestamp: no such calendar date".to_owned())
    );
}

#[test]
fn kinds_and_codes() {
    let cases: &[(&str, &str)] = &[
        ("{}", "any.required"),
        (
            r#"{"firstName":"A","lastName":"B","x":1}"#,
            "object.unknown",
        ),
        ("[]", "object.base"),
        (r#"{"firstName":1}"#, "string.base"),
        (r#"{"firstName":""}"#, "string.empty"),
        (r#"{"firstName":"\u0000"}"#, "string.controlChars"),
        (
            r#"{"firstName":"A","lastName":"B","email":"a"}"#,
            "string.email",
        ),
        (
            r#"{"firstName":"A","lastName":"B","phoneNumber":"1"}"#,
            "string.phoneNumber",
        ),
        (
            r#"{"firstName":"A","lastName":"B","smsMarketingConsent":1}"#,
            "boolean.base",
        ),
        (
            r#"{"firstName":"A","lastName":"B","createdAt":"x"}"#,
            "date.base",
        ),
        (r#"{"firstName":"A","lastName":"B","tags":1}"#, "array.base"),
        ("{", "json.syntax"),
    ];
    for (entry, code) in cases {
        let err = UserProperty::from_json(entry.as_bytes())
            .err()
            .unwrap_or_else(|| panic!("{entry} accepted"));
        assert_eq!(err.kind().code(), *code, "{entry}");
        assert_eq!(err.kind().to_string(), *code, "{entry}");
    }
}

#[test]
fn timestamp_error_messages_are_pinned() {
    let cases = [
        ("", TimestampError::Empty, "timestamp: empty"),
        (
            "yesterday",
            TimestampError::Syntax,
            "timestamp: not an ISO 8601 date-time nor a number of milliseconds",
        ),
        (
            "2024-02-30",
            TimestampError::NoSuchDate,
            "timestamp: no such calendar date",
        ),
        (
            "2024-01-01T25:00Z",
            TimestampError::NoSuchTime,
            "timestamp: no such time of day",
        ),
        (
            "2024-01-01T10:00+24:00",
            TimestampError::OffsetOutOfRange,
            "timestamp: utc offset out of range",
        ),
        (
            "8640000000000001",
            TimestampError::OutOfRange,
            "timestamp: outside the ecmascript date range",
        ),
    ];
    for (input, error, message) in cases {
        assert_eq!(Timestamp::parse(input), Err(error), "{input:?}");
        assert_eq!(error.to_string(), message);
    }
    assert_eq!(
        Timestamp::from_millis(i64::MIN),
        Err(TimestampError::OutOfRange)
    );
    assert_eq!(
        "1970-01-01".parse::<Timestamp>().map(Timestamp::as_millis),
        Ok(0)
    );
    assert_eq!(Timestamp::try_from("0").map(Timestamp::as_millis), Ok(0));
}

#[test]
fn invalid_json_reports_its_position() {
    let cases: &[(&[u8], &str)] = &[
        (b"", r#""value" must be valid JSON (line 1, column 1)"#),
        (
            b"{\"firstName\":\"A\",}",
            r#""value" must be valid JSON (line 1, column 18)"#,
        ),
        (
            b"{\n  \"a\": tru\n}",
            r#""value" must be valid JSON (line 2, column 8)"#,
        ),
        (
            b"{\"a\":\"\xff\"}",
            r#""value" must be valid JSON (line 1, column 7)"#,
        ),
        (b"{} {}", r#""value" must be valid JSON (line 1, column 4)"#),
        (
            b"{'a':1}",
            r#""value" must be valid JSON (line 1, column 2)"#,
        ),
    ];
    for (text, message) in cases {
        let err = UserProperty::from_json(text)
            .err()
            .unwrap_or_else(|| panic!("{text:?} accepted"));
        assert_eq!(
            err.message(),
            *message,
            "{:?}",
            String::from_utf8_lossy(text)
        );
        assert!(err.path().is_empty());
    }
}

// ----- All errors (Joi's abortEarly: false) -----

#[test]
fn all_errors_in_joi_order() {
    let text = r#"{"zzz":1,"tags":[1,"",true],"smsMarketingConsent":"x","createdAt":"x","city":1,"lastName":" ","7":0,"emial":1}"#;
    let report = UserProperty::from_json_report(text.as_bytes())
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    let messages: Vec<&str> = report.iter().map(ValidationError::message).collect();
    assert_eq!(
        messages,
        [
            r#""firstName" is required"#,
            r#""lastName" is not allowed to be empty"#,
            r#""city" must be a string"#,
            r#""createdAt" must be a valid date"#,
            r#""smsMarketingConsent" must be a boolean"#,
            r#""tags[0]" must be a string"#,
            r#""tags[1]" is not allowed to be empty"#,
            r#""tags[2]" must be a string"#,
            r#""7" is not allowed"#,
            r#""zzz" is not allowed"#,
            r#""emial" is not allowed"#,
        ]
    );
    assert_eq!(report.len(), 11);
    assert!(!report.is_empty());
    assert_eq!(
        report.to_string(),
        format!("ValidationError: {}", messages.join(". "))
    );
    assert_eq!(report.first().message(), messages[0]);
    assert_eq!(report.clone().into_vec().len(), 11);
    assert_eq!(report.into_iter().count(), 11);

    let with = UserProperty::from_json_with(text.as_bytes(), &Options::new().abort_early(false));
    assert_eq!(with.err().map(|r| r.len()), Some(11));
    let first_only = UserProperty::from_json_with(text.as_bytes(), &Options::new());
    assert_eq!(first_only.err().map(|r| r.len()), Some(1));
}

#[test]
fn all_errors_from_a_serde_value() {
    let report =
        UserProperty::from_value_report(&json!({"firstName": 1, "lastName": "", "b": 1, "a": 2}))
            .err()
            .unwrap_or_else(|| panic!("accepted"));
    let labels: Vec<String> = report.iter().map(|e| e.path().to_string()).collect();
    // serde_json's map has already sorted the keys.
    assert_eq!(labels, ["firstName", "lastName", "a", "b"]);
    assert_eq!(
        UserProperty::from_value(&json!({"firstName":"A","lastName":"B"}))
            .map(|u| u.first_name().to_owned())
            .ok()
            .as_deref(),
        Some("A")
    );
}

// ----- Requests -----

#[test]
fn request_level_errors() {
    let cases = [
        ("[]", r#""value" must be of type object"#),
        ("null", r#""value" must be of type object"#),
        ("\"x\"", r#""value" must be of type object"#),
        ("{}", r#""userProperties" is required"#),
        (
            r#"{"userproperties":[]}"#,
            r#""userProperties" is required"#,
        ),
        (
            r#"{"userProperties":null}"#,
            r#""userProperties" must be an array"#,
        ),
        (
            r#"{"userProperties":{}}"#,
            r#""userProperties" must be an array"#,
        ),
        (
            r#"{"userProperties":"[]"}"#,
            r#""userProperties" must be an array"#,
        ),
        (
            r#"{"userProperties":[],"storeId":"x"}"#,
            r#""storeId" is not allowed"#,
        ),
        (
            r#"{"b":1,"userProperties":[],"3":1}"#,
            r#""3" is not allowed"#,
        ),
        (r#"{"x":1}"#, r#""userProperties" is required"#),
        (
            r#"{"userProperties":[],"userProperties":1}"#,
            r#""userProperties" must be an array"#,
        ),
        (
            r#"{"userProperties":[{}"#,
            r#""value" must be valid JSON (line 1, column 22)"#,
        ),
        ("[1,", r#""value" must be valid JSON (line 1, column 4)"#),
    ];
    for (body, message) in cases {
        assert_eq!(
            request_error(body),
            format!("ValidationError: {message}"),
            "{body}"
        );
    }
}

#[test]
fn request_body_quirks() {
    // Duplicate key: the last array wins.
    let outcome =
        request(r#"{"userProperties":1,"userProperties":[{"firstName":"A","lastName":"B"}]}"#);
    assert_eq!(outcome.valid().len(), 1);
    // `__proto__` is neither read nor reported, as for entries (Joi 17.13.9).
    assert_eq!(
        request_error(r#"{"__proto__":{"userProperties":[{}],"other":1}}"#),
        r#"ValidationError: "userProperties" is required"#
    );
    let outcome = request(r#"{"__proto__":{"userProperties":[{}]},"userProperties":[]}"#);
    assert!(outcome.is_empty());
    assert_eq!(
        request_error(r#"{"userProperties":[],"__proto__":{"x":1},"y":2}"#),
        r#"ValidationError: "y" is not allowed"#
    );
    assert_eq!(
        request_error(r#"{"__proto__":[{}]}"#),
        r#"ValidationError: "userProperties" is required"#
    );
    // White space around the body is fine.
    assert!(request(" \n{\"userProperties\" : [ ] }\r\n").is_empty());
}

#[test]
fn invalid_entries_keep_their_text() {
    let body = r#"{"userProperties":[
        {"b": 1.50, "firstName":"A", "lastName":"B", "b": [ 1 ,2 ], "x":"\u00e9"},
        {"firstName":"A","error":"old","lastName":"B","zzz":1,"error":"older"},
        "just text",
        null,
        {}
    ]}"#;
    let outcome = request(body);
    let lines: Vec<String> = outcome
        .invalid()
        .iter()
        .map(|e| serde_json::to_string(e).unwrap_or_else(|err| panic!("{err}")))
        .collect();
    assert_eq!(
        lines,
        [
            r#"{"b":1.50,"firstName":"A","lastName":"B","b":[ 1 ,2 ],"x":"\u00e9","error":"ValidationError: \"b\" is not allowed"}"#,
            // A client's own `error` key is unknown, and its value is replaced in place.
            r#"{"firstName":"A","error":"ValidationError: \"error\" is not allowed","lastName":"B","zzz":1,"error":"ValidationError: \"error\" is not allowed"}"#,
            r#"{"value":"just text","error":"ValidationError: \"value\" must be of type object"}"#,
            r#"{"value":null,"error":"ValidationError: \"value\" must be of type object"}"#,
            r#"{"error":"ValidationError: \"firstName\" is required"}"#,
        ]
    );
    let indices: Vec<usize> = outcome.invalid().iter().map(|e| e.index()).collect();
    assert_eq!(indices, [0, 1, 2, 3, 4]);
    assert_eq!(outcome.invalid()[2].entry_json(), r#""just text""#);
    for line in &lines {
        assert!(serde_json::from_str::<Value>(line).is_ok(), "{line}");
    }
}

#[test]
fn request_all_errors_mode() {
    let outcome = BulkOutcome::from_json_with(
        br#"{"userProperties":[{"firstName":1,"x":1}]}"#,
        &Options::new().abort_early(false),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let entry = &outcome.invalid()[0];
    assert_eq!(entry.report().len(), 3);
    assert_eq!(
        serde_json::to_string(entry).unwrap_or_else(|e| panic!("{e}")),
        r#"{"firstName":1,"x":1,"error":"ValidationError: \"firstName\" must be a string. \"lastName\" is required. \"x\" is not allowed"}"#
    );
}

// ----- Grouping -----

#[test]
fn contacts_group_by_email_then_phone() {
    let outcome = request(
        r#"{"userProperties":[
        {"firstName":"A","lastName":"1","email":"ann@example.com","phoneNumber":"9090909090","city":"Pune","tags":["a"]},
        {"firstName":"B","lastName":"2","phoneNumber":"9090909090"},
        {"firstName":"C","lastName":"3"},
        {"firstName":"A","lastName":"4","email":" ANN@example.com ","tags":["b"],"smsMarketingConsent":true},
        {},
        {"firstName":"D","lastName":"5","phoneNumber":"+91 90909 09090","source":"csv"},
        {"firstName":"E","lastName":"6"}
    ]}"#,
    );
    assert_eq!(outcome.len(), 7);
    let groups: Vec<Vec<usize>> = outcome
        .contacts()
        .iter()
        .map(|g| g.indices().collect())
        .collect();
    assert_eq!(groups, [vec![0, 3], vec![1, 5], vec![2], vec![6]]);

    let contacts = outcome.contacts();
    let ann = contacts[0].merged();
    assert_eq!(ann.last_name(), "4");
    assert_eq!(ann.city(), Some("Pune"));
    assert_eq!(ann.tags(), Some(&["b".to_owned()][..]));
    assert_eq!(ann.sms_marketing_consent(), Some(true));
    assert_eq!(
        ann.phone_number().map(|p| p.as_str()),
        Some("+91 9090909090")
    );
    assert_eq!(contacts[0].entries().count(), 2);

    let by_phone = contacts[1].merged();
    assert_eq!(
        (by_phone.first_name(), by_phone.source()),
        ("D", Some("csv"))
    );
}

// ----- Limits -----

#[test]
fn limits_name_themselves() {
    let body = format!(r#"{{"userProperties":[{}]}}"#, ["{}"; 11].join(","));
    let err = BulkOutcome::from_json_with(body.as_bytes(), &Options::new().max_entries(10))
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(err.kind(), ValidationErrorKind::TooManyItems { limit: 10 });
    assert_eq!(
        err.to_string(),
        r#"ValidationError: "userProperties" must contain less than or equal to 10 items"#
    );
    assert_eq!(
        err.path().segments(),
        [PathSegment::Key("userProperties".into())]
    );
    assert!(BulkOutcome::from_json_with(body.as_bytes(), &Options::new().max_entries(11)).is_ok());

    let err = BulkOutcome::from_json_with(body.as_bytes(), &Options::new().max_body_bytes(10))
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(err.kind(), ValidationErrorKind::TooLarge { limit: 10 });
    assert_eq!(
        err.to_string(),
        r#"ValidationError: "value" must be less than or equal to 10 bytes"#
    );
    let err = UserProperty::from_json_with(entry("").as_bytes(), &Options::new().max_body_bytes(5))
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(err.first().kind().code(), "binary.max");

    // Depth: body 1, userProperties 2, entry 3, tags 4.
    let deep = r#"{"userProperties":[{"firstName":"A","lastName":"B","tags":["x"]}]}"#;
    assert!(BulkOutcome::from_json_with(deep.as_bytes(), &Options::new().max_depth(4)).is_ok());
    let err = BulkOutcome::from_json_with(deep.as_bytes(), &Options::new().max_depth(3))
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(
        err.to_string(),
        r#"ValidationError: "value" must not be nested more than 3 levels deep"#
    );
    assert_eq!(err.kind().code(), "json.depth");
}

#[test]
fn default_limits() {
    let defaults = Options::default();
    assert_eq!(
        defaults,
        Options::new()
            .default_region(contactkit::Region::IN)
            .max_entries(10_000)
    );
    let nested = format!("{}{}", "[".repeat(40), "]".repeat(40));
    let body = format!(r#"{{"userProperties":[{nested}]}}"#);
    assert_eq!(
        request_error(&body),
        r#"ValidationError: "value" must not be nested more than 32 levels deep"#
    );
    // A depth beyond the cap is lowered to it, so a hostile body cannot overflow the stack.
    let huge = "[".repeat(1_000_000);
    let err = UserProperty::from_json_with(huge.as_bytes(), &Options::new().max_depth(usize::MAX))
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(
        err.first().kind(),
        ValidationErrorKind::TooDeep {
            limit: Options::DEPTH_CAP
        }
    );
    let many = format!(r#"{{"userProperties":[{}]}}"#, vec!["1"; 10_001].join(","));
    assert_eq!(
        request_error(&many),
        r#"ValidationError: "userProperties" must contain less than or equal to 10000 items"#
    );
    let value = (0..40).fold(json!(1), |v, _| json!([v]));
    let err = UserProperty::from_value(&value)
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(err.kind(), ValidationErrorKind::TooDeep { limit: 32 });
}

#[test]
fn region_option() {
    let text = entry(r#""phoneNumber":"777 123 456""#);
    assert!(UserProperty::from_json(text.as_bytes()).is_err());
    let user = UserProperty::from_json_with(
        text.as_bytes(),
        &Options::new().default_region(contactkit::Region::parse("CZ").unwrap()),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        user.phone_number().map(|p| p.as_str()),
        Some("+420 777123456")
    );
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<ValidationError>();
    check::<Report>();
    check::<UserProperty>();
    check::<BulkOutcome>();
    check::<Options>();
    check::<Timestamp>();
}

// ----- Properties -----

fn arb_json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("firstName".to_owned()),
        Just("lastName".to_owned()),
        Just("email".to_owned()),
        Just("phoneNumber".to_owned()),
        Just("createdAt".to_owned()),
        Just("tags".to_owned()),
        Just("smsMarketingConsent".to_owned()),
        Just("__proto__".to_owned()),
        Just("0".to_owned()),
        ".{0,6}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(|f| json!(f)),
        any::<i64>().prop_map(|i| json!(i)),
        ".{0,12}".prop_map(Value::String),
        "(true|FALSE|2024-02-2[89]|[0-9]{1,16}|\\+91 9090909090|a@b\\.cz)".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..8)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// Entries built from realistic values, valid or not.
fn arb_entry() -> impl Strategy<Value = String> {
    let text = prop_oneof![
        Just(json!("Ann")),
        Just(json!("  Jean   Luc ")),
        Just(json!("Zoë\tO'Brien")),
        Just(json!(" ")),
        Just(json!(1)),
        "[a-zA-Z \u{a0}\u{3000}é😀-]{0,12}".prop_map(Value::String),
    ];
    let phone = prop_oneof![
        Just(json!("9090909090")),
        Just(json!("+91 98765 43210")),
        Just(json!("+44 20 7946 0000")),
        Just(json!("+420 777 123 456")),
        Just(json!("000")),
    ];
    let email = prop_oneof![
        Just(json!("mark@bik.ai")),
        Just(json!(" Jan@Barasek.COM ")),
        Just(json!("x@@y")),
    ];
    let date = prop_oneof![
        (-8_640_000_000_000_000i64..=8_640_000_000_000_000).prop_map(|n| json!(n)),
        (-8.64e15f64..8.64e15).prop_map(|n| json!(n)),
        (-8_640_000_000_000_000i64..=8_640_000_000_000_000).prop_map(|n| json!(n.to_string())),
        Just(json!("2024-03-07T15:30:00.123456+05:30")),
        Just(json!("2024-02-29")),
        Just(json!("+275760-09-13T00:00:00Z")),
    ];
    let boolean = prop_oneof![
        any::<bool>().prop_map(Value::Bool),
        Just(json!("TRUE")),
        Just(json!("false"))
    ];
    let tags = prop::collection::vec(
        prop_oneof!["[a-z ]{0,8}".prop_map(Value::String), Just(json!(" x  y "))],
        0..4,
    )
    .prop_map(Value::Array);
    (
        (
            text.clone(),
            text.clone(),
            prop::option::of(text.clone()),
            prop::option::of(phone.clone()),
            prop::option::of(phone),
            prop::option::of(email),
        ),
        (
            prop::option::of(text.clone()),
            prop::option::of(date.clone()),
            prop::option::of(date),
            prop::option::of(boolean.clone()),
            prop::option::of(boolean),
            prop::option::of(tags),
            prop::option::of(text),
        ),
    )
        .prop_map(
            |(
                (first, last, city, phone, alt, email),
                (pcid, created, updated, ec, sc, tags, source),
            )| {
                let mut members = vec![
                    ("firstName", Some(first)),
                    ("lastName", Some(last)),
                    ("city", city),
                    ("phoneNumber", phone),
                    ("alternatePhoneNumber", alt),
                    ("email", email),
                    ("partnerCustomerId", pcid),
                    ("createdAt", created),
                    ("updatedAt", updated),
                    ("emailMarketingConsent", ec),
                    ("smsMarketingConsent", sc),
                    ("tags", tags),
                    ("source", source),
                ];
                members.retain(|(_, v)| v.is_some());
                let inner: Vec<String> = members
                    .into_iter()
                    .filter_map(|(k, v)| v.map(|v| format!("{}:{v}", json!(k))))
                    .collect();
                format!("{{{}}}", inner.join(","))
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn prop_no_panic_on_arbitrary_json(value in arb_json()) {
        let text = value.to_string();
        let from_text = UserProperty::from_json(text.as_bytes());
        let from_value = UserProperty::from_value(&value);
        // Same data, same verdict (key order may differ, so compare acceptance only).
        prop_assert_eq!(from_text.is_ok(), from_value.is_ok());
        let _ = UserProperty::from_json_report(text.as_bytes());
        let body = format!(r#"{{"userProperties":[{text},{text}]}}"#);
        let outcome = BulkOutcome::from_json(body.as_bytes());
        prop_assert!(outcome.is_ok());
        let _ = BulkOutcome::from_json(text.as_bytes());
    }

    #[test]
    fn prop_no_panic_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        let _ = UserProperty::from_json(&bytes);
        let _ = BulkOutcome::from_json(&bytes);
        let mut body = br#"{"userProperties":["#.to_vec();
        body.extend_from_slice(&bytes);
        let _ = BulkOutcome::from_json(&body);
    }

    #[test]
    fn prop_no_panic_on_json_like_text(text in r#"[\[\]{}":,0-9a-z\\ .eE+-]{0,40}"#) {
        let _ = UserProperty::from_json(text.as_bytes());
        let _ = BulkOutcome::from_json(text.as_bytes());
    }

    #[test]
    fn prop_first_error_leads_the_report(text in arb_entry()) {
        let first = UserProperty::from_json(text.as_bytes()).err();
        let report = UserProperty::from_json_report(text.as_bytes()).err();
        prop_assert_eq!(report.as_ref().map(Report::first), first.as_ref());
    }

    #[test]
    fn prop_valid_output_revalidates_to_itself(text in arb_entry()) {
        if let Ok(user) = UserProperty::from_json(text.as_bytes()) {
            let json = serde_json::to_string(&user).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let again = UserProperty::from_json(json.as_bytes());
            prop_assert_eq!(again.as_ref(), Ok(&user), "{}", json);
            let json_again = serde_json::to_string(&user).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(json_again, json);
        }
    }

    #[test]
    fn prop_timestamp_display_round_trips(ms in -8_640_000_000_000_000i64..=8_640_000_000_000_000) {
        let t = Timestamp::from_millis(ms).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(Timestamp::parse(&t.to_string()), Ok(t));
        prop_assert_eq!(Timestamp::parse(&ms.to_string()), Ok(t));
    }

    #[test]
    fn prop_timestamp_parse_never_panics(s in "[-+0-9:.TtZz ]{0,32}") {
        let _ = Timestamp::parse(&s);
    }
}
