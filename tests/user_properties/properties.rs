//! Properties: generated entries and bodies.

use super::*;

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
            prop_assert_eq!(&json_again, &json);
            // The serde-free writer writes the same text.
            prop_assert_eq!(user.to_json(), json);
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
