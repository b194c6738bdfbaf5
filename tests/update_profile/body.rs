//! The body as a whole (JSON, unknown keys, order) and all-errors mode.

use super::*;

#[test]
fn body_level_errors() {
    let cases: [(&[u8], &str); 9] = [
        (b"", r#""value" must be valid JSON (line 1, column 1)"#),
        (b"[]", r#""value" must be of type object"#),
        (b"null", r#""value" must be of type object"#),
        (br#""jan@barasek.com""#, r#""value" must be of type object"#),
        (
            br#"{"email": "jan@barasek.com",}"#,
            r#""value" must be valid JSON (line 1, column 29)"#,
        ),
        (
            b"{\"email\": \"jan@barasek.com\"}\n{}",
            r#""value" must be valid JSON (line 2, column 1)"#,
        ),
        (
            b"{\"email\": \"jan\xff@barasek.com\"}",
            r#""value" must be valid JSON (line 1, column 15)"#,
        ),
        (
            b"{'email': 'jan@barasek.com'}",
            r#""value" must be valid JSON (line 1, column 2)"#,
        ),
        (
            br#"{"email": "jan@barasek.com", "x": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"#,
            r#""value" must not be nested more than 32 levels deep"#,
        ),
    ];
    for (text, message) in cases {
        let err = UpdateProfile::from_json(text).unwrap_err();
        assert_eq!(err.message(), message, "{}", String::from_utf8_lossy(text));
        assert!(err.path().is_empty());
    }
}

#[test]
fn unknown_keys() {
    let cases: [(&str, &str); 9] = [
        (r#"{"emial": "jan@barasek.com"}"#, r#""email" is required"#), // conformance body-007
        (&body(r#""emial": "x""#), r#""emial" is not allowed"#),
        (&body(r#""Email": "x""#), r#""Email" is not allowed"#), // keys are case-sensitive
        (&body(r#""b": 1, "a": 2"#), r#""b" is not allowed"#),
        (&body(r#""z": 1, "10": 2, "2": 3"#), r#""2" is not allowed"#), // JS: indices first
        (&body(r#""z": 1, "01": 2"#), r#""z" is not allowed"#),         // "01" is no index
        (&body(r#""": 1"#), r#""value" is not allowed"#),               // Joi's label for ""
        (
            &body(r#""__proto__": {"name": "x"}"#),
            r#""__proto__" is not allowed"#,
        ),
        (
            &body(r#""apiKey": "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE""#),
            r#""apiKey" is not allowed"#,
        ),
    ];
    for (text, message) in cases {
        assert_eq!(error(text).message(), message, "{text}");
    }
    // Schema errors come before unknown keys, wherever the unknown key stands.
    assert_eq!(
        error(r#"{"x": 1, "email": "jan@", "y": 2}"#).message(),
        r#""email" must be a valid email"#
    );
    assert_eq!(
        error(&body(r#""x": 1, "referralId": "short""#)).message(),
        r#""referralId" must be a valid referral id"#
    );
    let err = error(&body(r#""emial": "x""#));
    assert_eq!(err.kind(), ValidationErrorKind::UnknownKey);
    assert!(err.source().is_none());
}

#[test]
fn duplicate_keys_last_wins() {
    assert!(UpdateProfile::from_json(br#"{"email": "jan@", "email": "jan@barasek.com"}"#).is_ok());
    assert_eq!(
        error(r#"{"email": "jan@barasek.com", "email": "jan@"}"#).message(),
        r#""email" must be a valid email"#
    );
    let p = valid(&body(r#""city": "A", "city": "B""#));
    assert_eq!(p.city(), Some("B"));
    // A repeated unknown key is reported once, at its first position.
    let report =
        UpdateProfile::from_json_report(body(r#""x": 1, "y": 2, "x": 3"#).as_bytes()).unwrap_err();
    let labels: Vec<String> = report.iter().map(|e| e.path().to_string()).collect();
    assert_eq!(labels, ["x", "y"]);
}

#[test]
fn errors_follow_schema_order() {
    // Each body has two errors; the earlier schema key wins whatever the text order.
    let cases: [(&str, &str); 5] = [
        (
            r#"{"referralId": "x", "email": "jan@"}"#,
            r#""email" must be a valid email"#,
        ),
        (
            r#"{"email": "a@b.cz", "phone": "1", "name": 1}"#,
            r#""name" must be a string"#,
        ),
        (
            r#"{"email": "a@b.cz", "groups": [1], "newsletter": "x"}"#,
            r#""newsletter" must be a boolean"#,
        ),
        (
            r#"{"email": "a@b.cz", "customerRealIp": "x", "primaryLocale": "x"}"#,
            r#""primaryLocale" must be a valid language tag"#,
        ),
        (
            r#"{"email": "a@b.cz", "stateRegion": 1, "taxIdentificationNumber": "x"}"#,
            r#""taxIdentificationNumber" must be a valid VAT number"#,
        ),
    ];
    for (text, message) in cases {
        assert_eq!(error(text).message(), message, "{text}");
    }
}

// ----- All-errors mode -----

#[test]
fn report_lists_every_error_in_order() {
    let text = r#"{
        "zzz": 1, "name": "", "email": "jan@", "phone": "777", "groups": ["a", 1, " "],
        "country": "XX", "postalCode": "01234", "newsletter": "no", "0": true,
        "customerRealIp": "1.2.3", "referralId": 7, "lastName": "a\u0000"
    }"#;
    let report = UpdateProfile::from_json_report(text.as_bytes()).unwrap_err();
    let messages: Vec<&str> = report.iter().map(|e| e.message()).collect();
    assert_eq!(
        messages,
        [
            r#""email" must be a valid email"#,
            r#""name" is not allowed to be empty"#,
            r#""lastName" must not contain control characters"#,
            r#""phone" must be a valid phone number"#,
            r#""country" must be a valid country"#,
            r#""newsletter" must be a boolean"#,
            r#""groups[1]" must be a string"#,
            r#""groups[2]" is not allowed to be empty"#,
            r#""customerRealIp" must be a valid ip address"#,
            r#""referralId" must be a string"#,
            r#""0" is not allowed"#,
            r#""zzz" is not allowed"#,
        ]
    );
    assert_eq!(report.first(), &error(text));
    let codes: Vec<&str> = report.iter().map(|e| e.kind().code()).collect();
    assert_eq!(
        codes,
        [
            "string.email",
            "string.empty",
            "string.controlChars",
            "string.phoneNumber",
            "string.country",
            "boolean.base",
            "string.base",
            "string.empty",
            "string.ip",
            "string.base",
            "object.unknown",
            "object.unknown",
        ]
    );
    assert!(report.to_string().starts_with(
        r#"ValidationError: "email" must be a valid email. "name" is not allowed to be empty. "#
    ));

    let with = UpdateProfile::from_json_with(text.as_bytes(), &Options::new().abort_early(false));
    assert_eq!(with.unwrap_err(), report);
    let early = UpdateProfile::from_json_with(text.as_bytes(), &Options::new()).unwrap_err();
    assert_eq!(early.len(), 1);

    // A required key missing is one error among the others.
    let report = UpdateProfile::from_json_report(br#"{"city": 1}"#).unwrap_err();
    let messages: Vec<&str> = report.iter().map(|e| e.message()).collect();
    assert_eq!(
        messages,
        [r#""email" is required"#, r#""city" must be a string"#]
    );
    // A body that is not an object, or not JSON, is a single error.
    assert_eq!(
        UpdateProfile::from_json_report(b"[1]").unwrap_err().len(),
        1
    );
    assert_eq!(UpdateProfile::from_json_report(b"{").unwrap_err().len(), 1);
}

#[test]
fn options_limits() {
    let text = body(r#""city": "Kladno""#);
    let exact = Options::new().max_body_bytes(text.len());
    assert!(UpdateProfile::from_json_with(text.as_bytes(), &exact).is_ok());
    let short = Options::new().max_body_bytes(text.len() - 1);
    let report = UpdateProfile::from_json_with(text.as_bytes(), &short).unwrap_err();
    assert_eq!(
        report.first().kind(),
        ValidationErrorKind::TooLarge {
            limit: text.len() - 1
        }
    );
    let big = body(&format!(r#""city": "{}""#, "a".repeat(1024 * 1024)));
    assert_eq!(
        error(&big).message(),
        r#""value" must be less than or equal to 1048576 bytes"#
    );
    assert_eq!(
        Options::new().max_depth(usize::MAX),
        Options::new().max_depth(Options::DEPTH_CAP)
    );
    let deep = body(r#""groups": ["a"]"#);
    let one = Options::new().max_depth(1);
    assert_eq!(
        UpdateProfile::from_json_with(deep.as_bytes(), &one)
            .unwrap_err()
            .first()
            .message(),
        r#""value" must not be nested more than 1 levels deep"#
    );
}
