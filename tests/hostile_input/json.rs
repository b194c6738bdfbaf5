//! Deep nesting, duplicate keys, huge numbers and null in every position.

use super::*;

// Deeply nested JSON

#[test]
fn deep_nesting_is_an_error_naming_the_limit_not_a_stack_overflow() {
    let deep = "[".repeat(100_000);
    let too_deep = |limit: usize| {
        format!(r#"ValidationError: "value" must not be nested more than {limit} levels deep"#)
    };
    assert_eq!(entry_error(deep.as_bytes()), too_deep(32));
    assert_eq!(
        BulkOutcome::from_json(deep.as_bytes())
            .unwrap_err()
            .to_string(),
        too_deep(32)
    );
    let in_entry = format!(r#"{{"userProperties":[{{"x":{deep}"#);
    assert_eq!(
        BulkOutcome::from_json(in_entry.as_bytes())
            .unwrap_err()
            .to_string(),
        too_deep(32),
        "an entry too deep fails the whole body"
    );
    assert_eq!(profile_error(deep.as_bytes()), too_deep(32));
    // A larger limit is capped at DEPTH_CAP (512), far from any stack limit.
    for options_depth in [512, 100_000, usize::MAX] {
        let report =
            UserProperty::from_json_with(deep.as_bytes(), &Options::new().max_depth(options_depth))
                .unwrap_err();
        assert_eq!(report.first().to_string(), too_deep(Options::DEPTH_CAP));
    }
    let report = UpdateProfile::from_json_with(
        deep.as_bytes(),
        &update_profile::Options::new().max_depth(usize::MAX),
    )
    .unwrap_err();
    assert_eq!(report.first().to_string(), too_deep(512));
}

#[test]
fn nesting_up_to_the_limit_is_read() {
    // The entry is level 1, so 31 more levels fit in 32.
    let nested = |levels: usize| format!("{}{}", "[".repeat(levels), "]".repeat(levels));
    assert_eq!(
        entry_error(bik_entry("x", &nested(31)).as_bytes()),
        r#"ValidationError: "x" is not allowed"#
    );
    assert_eq!(
        entry_error(bik_entry("x", &nested(32)).as_bytes()),
        r#"ValidationError: "value" must not be nested more than 32 levels deep"#
    );
    // The same limit for an entry already parsed by serde_json.
    let value: serde_json::Value = serde_json::from_str(&bik_entry("x", &nested(32))).unwrap();
    assert_eq!(
        UserProperty::from_value(&value).unwrap_err().to_string(),
        r#"ValidationError: "value" must not be nested more than 32 levels deep"#
    );
}

// ---------------------------------------------------------------------------------------
// Duplicate keys: the last value wins, at the key's first position (`JSON.parse`)

#[test]
fn duplicate_keys_last_value_wins() {
    let user = entry_ok(br#"{"firstName":1,"lastName":"B","firstName":"C"}"#);
    assert_eq!(user.first_name(), "C");
    // The earlier, invalid value is gone: it is not reported either.
    let report =
        UserProperty::from_json_report(br#"{"firstName":"A","lastName":"B","b":1,"a":1,"b":2}"#)
            .unwrap_err();
    let messages: Vec<&str> = report.iter().map(|e| e.message()).collect();
    assert_eq!(
        messages,
        [r#""b" is not allowed"#, r#""a" is not allowed"#],
        "unknown keys once each, at their first position"
    );

    let profile = UpdateProfile::from_json(br#"{"email":"x","email":"jan@b.cz"}"#).unwrap();
    assert_eq!(profile.email().as_str(), "jan@b.cz");

    let outcome = BulkOutcome::from_json(
        br#"{"userProperties":[{}],"userProperties":[{"firstName":"A","lastName":"B"},{}]}"#,
    )
    .unwrap();
    assert_eq!((outcome.valid().len(), outcome.invalid().len()), (1, 1));
}

// ---------------------------------------------------------------------------------------
// Huge numbers (read as JavaScript reads them: out of range is infinite, not an error)

#[test]
fn huge_numbers_are_read_as_javascript_numbers() {
    let created = |n: &str| UserProperty::from_json(bik_entry("createdAt", n).as_bytes());
    let invalid_date = r#"ValidationError: "createdAt" must be a valid date"#;
    for n in [
        "1e400",
        "-1e400",
        "8640000000000001",
        "123456789012345678901234567890",
        &"9".repeat(MB),
    ] {
        assert_eq!(created(n).unwrap_err().to_string(), invalid_date, "{n:.20}");
    }
    for (n, millis) in [
        ("8640000000000000", 8_640_000_000_000_000),
        ("-8640000000000000", -8_640_000_000_000_000),
        ("-0", 0),
        ("1e-400", 0),
        ("0.9999999", 0),
        ("-1.5", -1),
    ] {
        let user = created(n).unwrap();
        assert_eq!(
            user.created_at().map(Timestamp::as_millis),
            Some(millis),
            "{n}"
        );
    }
    assert_eq!(
        entry_error(br#"{"firstName":1e400,"lastName":"B"}"#),
        r#"ValidationError: "firstName" must be a string"#
    );
    assert_eq!(
        entry_error(bik_entry("tags", "[1e999999]").as_bytes()),
        r#"ValidationError: "tags[0]" must be a string"#
    );
    assert_eq!(
        profile_error(profile_body("newsletter", "1e400").as_bytes()),
        r#"ValidationError: "newsletter" must be a boolean"#
    );
    // Numbers are never converted to text: a phone number sent as a JSON number.
    assert_eq!(
        profile_error(profile_body("phone", "420777123456").as_bytes()),
        r#"ValidationError: "phone" must be a string"#
    );
}

// ---------------------------------------------------------------------------------------
// `null` in every position of a BIK entry (Joi: `null` is not a value of any type here)

#[test]
fn null_in_every_position_of_a_bik_entry() {
    for key in user_properties::FIELDS {
        let expected = match key {
            "createdAt" | "updatedAt" => "must be a valid date",
            "emailMarketingConsent" | "smsMarketingConsent" => "must be a boolean",
            "tags" => "must be an array",
            _ => "must be a string",
        };
        assert_eq!(
            entry_error(bik_entry(key, "null").as_bytes()),
            format!(r#"ValidationError: "{key}" {expected}"#)
        );
    }
    assert_eq!(
        entry_error(bik_entry("tags", "[null]").as_bytes()),
        r#"ValidationError: "tags[0]" must be a string"#
    );
    assert_eq!(
        entry_error(bik_entry("zzz", "null").as_bytes()),
        r#"ValidationError: "zzz" is not allowed"#
    );
    // `__proto__: null` sets a null prototype in JavaScript: nothing to inherit, no error.
    let user = entry_ok(bik_entry("__proto__", "null").as_bytes());
    assert_eq!(user.first_name(), "A");
    assert_eq!(
        entry_error(b"null"),
        r#"ValidationError: "value" must be of type object"#
    );
    assert_eq!(
        BulkOutcome::from_json(b"null").unwrap_err().to_string(),
        r#"ValidationError: "value" must be of type object"#
    );
    assert_eq!(
        BulkOutcome::from_json(br#"{"userProperties":null}"#)
            .unwrap_err()
            .to_string(),
        r#"ValidationError: "userProperties" must be an array"#
    );
    let outcome = BulkOutcome::from_json(br#"{"userProperties":[null]}"#).unwrap();
    assert_eq!(outcome.invalid()[0].entry_json(), "null");
    assert_eq!(
        outcome.invalid()[0].error().to_string(),
        r#"ValidationError: "value" must be of type object"#
    );
}

#[test]
fn null_in_every_position_of_an_update_profile_body() {
    for key in update_profile::FIELDS {
        let expected = match key {
            "newsletter" => "must be a boolean",
            "groups" => "must be an array",
            _ => "must be a string",
        };
        assert_eq!(
            profile_error(profile_body(key, "null").as_bytes()),
            format!(r#"ValidationError: "{key}" {expected}"#)
        );
    }
    assert_eq!(
        profile_error(profile_body("groups", "[null]").as_bytes()),
        r#"ValidationError: "groups[0]" must be a string"#
    );
}
