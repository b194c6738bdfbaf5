//! The limits of Options.

use super::*;

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
