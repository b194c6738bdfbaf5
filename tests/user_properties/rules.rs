//! One table per rule: Joi 17's own checks and the project's content rules.

use super::*;

// Sources: Joi 17.13 behaviour read from lib/types/*.js, and the project's rules in
// tests/data/README; each row names its case.

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
        user.tags().map(Vec::from_iter),
        Some(vec!["vip", "repeat buyer"])
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
    assert_eq!(user.tags().map(|t| t.len()), Some(0));
    assert!(valid(&entry("")).tags().is_none());
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
