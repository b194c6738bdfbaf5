//! All-errors mode, whole request bodies and contact grouping.

use super::*;

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
    assert_eq!(ann.tags().map(Vec::from_iter), Some(vec!["b"]));
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
