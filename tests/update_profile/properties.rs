//! Properties: generated bodies.

use super::*;

/// Any JSON value, nested a few levels.
fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|n| json!(n)),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("email".to_owned()),
                        Just("groups".to_owned()),
                        Just("country".to_owned()),
                        Just("postalCode".to_owned()),
                        ".{0,6}"
                    ],
                    inner
                ),
                0..4
            )
            .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// Bodies that are often valid: each field absent, valid or invalid.
fn arb_body() -> impl Strategy<Value = String> {
    fn opt(choices: &'static [&'static str]) -> impl Strategy<Value = Option<Value>> {
        prop::option::of(prop::sample::select(choices).prop_map(|s| json!(s)))
    }
    let text = prop::option::of(prop_oneof![
        "[a-zA-Z áčřšžé\t]{0,12}".prop_map(Value::String),
        Just(json!("Bara\u{301}s\u{30c}ek")),
        Just(json!(" O'Brien  & Co. ")),
        Just(json!(7)),
    ]);
    let email = prop_oneof![
        Just(json!("jan@barasek.com")),
        Just(json!(" Jan@Barasek.COM ")),
        Just(json!("jan@bücher.de")),
        Just(json!("x@@y")),
    ];
    let groups = prop::option::of(
        prop::collection::vec(
            prop_oneof![
                "[a-zA-Z ]{0,6}".prop_map(Value::String),
                Just(json!("cafe\u{301}")),
                Just(json!("café")),
            ],
            0..5,
        )
        .prop_map(Value::Array),
    );
    let newsletter = prop::option::of(prop_oneof![
        any::<bool>().prop_map(Value::Bool),
        Just(json!("TRUE")),
        Just(json!("false")),
        Just(json!("yes")),
    ]);
    (
        (
            email,
            text.clone(),
            text.clone(),
            opt(&["+420 777123456", "+1 201-555-0123", "777123456", ""]),
            opt(&["05103118", "051 03 118", "05103110", "HRB  12345"]),
            opt(&["CZ9609040727", "de136.695.976", "CZ25123892"]),
        ),
        (
            text,
            opt(&["27201", "272 01", "01234", "sw1a 1aa", "81101"]),
            opt(&["CZ", "sk", "DEU", "Germany", "Narnia", "GB"]),
            newsletter,
            opt(&["cs", "EN-us", "sr-latn-rs", "cs-"]),
            groups,
            opt(&["", "1.1.1.1", "::ffff:1.2.3.4", "2001:DB8::1", "127.1"]),
            opt(&["1cGIHvFoQDGLAbcA", "short"]),
        ),
    )
        .prop_map(
            |(
                (email, name, first, phone, reg, vat),
                (city, postal, country, news, locale, groups, ip, referral),
            )| {
                let members = [
                    ("email", Some(email)),
                    ("name", name),
                    ("firstName", first),
                    ("phone", phone),
                    ("companyRegistrationNumber", reg),
                    ("taxIdentificationNumber", vat),
                    ("city", city),
                    ("postalCode", postal),
                    ("country", country),
                    ("newsletter", news),
                    ("primaryLocale", locale),
                    ("groups", groups),
                    ("customerRealIp", ip),
                    ("referralId", referral),
                ];
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
    fn prop_no_panic_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..128)) {
        let _ = UpdateProfile::from_json(&bytes);
        let _ = UpdateProfile::from_json_report(&bytes);
        let mut text = br#"{"email":"jan@barasek.com","groups":["#.to_vec();
        text.extend_from_slice(&bytes);
        let _ = UpdateProfile::from_json(&text);
    }

    #[test]
    fn prop_no_panic_on_arbitrary_json(value in arb_json()) {
        let text = value.to_string();
        let first = UpdateProfile::from_json(text.as_bytes());
        let report = UpdateProfile::from_json_report(text.as_bytes());
        prop_assert_eq!(report.as_ref().map_err(Report::first), first.as_ref());
        // Every member of an arbitrary object next to a valid email.
        if let Value::Object(map) = &value {
            for (k, v) in map {
                let member = format!("{{\"email\":\"jan@barasek.com\",{}:{v}}}", json!(k));
                let _ = UpdateProfile::from_json(member.as_bytes());
            }
        }
    }

    #[test]
    fn prop_no_panic_on_arbitrary_field_text(key in prop::sample::select(&[
        "email", "name", "phone", "companyRegistrationNumber", "taxIdentificationNumber",
        "postalCode", "country", "newsletter", "primaryLocale", "customerRealIp", "referralId",
    ][..]), value in "\\PC{0,40}", country in prop::sample::select(&["CZ", "SK", "DE", "XX"][..])) {
        let text = json!({"email": "jan@barasek.com", key: value, "country": country}).to_string();
        if let Ok(p) = UpdateProfile::from_json(text.as_bytes()) {
            let json = serde_json::to_string(&p).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(UpdateProfile::from_json(json.as_bytes()), Ok(p));
        }
    }

    #[test]
    fn prop_first_error_leads_the_report(text in arb_body()) {
        let first = UpdateProfile::from_json(text.as_bytes());
        let report = UpdateProfile::from_json_report(text.as_bytes());
        prop_assert_eq!(report.as_ref().map_err(Report::first), first.as_ref());
    }

    #[test]
    fn prop_valid_output_revalidates_to_itself(text in arb_body()) {
        if let Ok(p) = UpdateProfile::from_json(text.as_bytes()) {
            let json = serde_json::to_string(&p).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let again = UpdateProfile::from_json(json.as_bytes());
            prop_assert_eq!(again.as_ref(), Ok(&p), "{}", json);
            let json_again = serde_json::to_string(&p).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&json_again, &json);
            // The serde-free writer writes the same text.
            prop_assert_eq!(p.to_json(), json);
        }
    }

    #[test]
    fn prop_free_text_is_idempotent(name in "\\PC{1,40}") {
        let text = json!({"email": "jan@barasek.com", "name": name}).to_string();
        if let Ok(p) = UpdateProfile::from_json(text.as_bytes()) {
            let once = p.name().unwrap_or_default().to_owned();
            let again = json!({"email": "jan@barasek.com", "name": once}).to_string();
            let p2 = UpdateProfile::from_json(again.as_bytes());
            prop_assert_eq!(p2.as_ref().map(|p| p.name()), Ok(Some(once.as_str())));
        }
    }
}

#[test]
fn text_limits_count_utf16_code_units_like_the_bik_model() {
    // 0.2: one free-text rule for both models. An emoji is two UTF-16 code units, as
    // JavaScript's `length` and an HTML `maxlength` count it.
    let limit = UpdateProfile::MAX_TEXT_LENGTH;
    let fits = "😀".repeat(limit / 2);
    let over = format!("{fits}x");
    let ok =
        UpdateProfile::from_json(format!(r#"{{"email":"a@b.cz","city":"{fits}"}}"#).as_bytes());
    assert_eq!(ok.map(|p| p.city().map(str::len)), Ok(Some(fits.len())));
    let err =
        UpdateProfile::from_json(format!(r#"{{"email":"a@b.cz","city":"{over}"}}"#).as_bytes())
            .unwrap_err();
    assert_eq!(
        err.message(),
        format!(r#""city" length must be less than or equal to {limit} characters long"#)
    );
    // Decomposed input is counted after NFC, as before.
    let composed = "e\u{301}".repeat(limit);
    assert!(UpdateProfile::from_json(
        format!(r#"{{"email":"a@b.cz","city":"{composed}"}}"#).as_bytes()
    )
    .is_ok());
}
