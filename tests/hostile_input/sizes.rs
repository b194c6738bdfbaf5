//! One-megabyte strings in every field.

use super::*;

// 1 MB strings

#[test]
fn one_megabyte_strings_in_every_newtype_get_a_clear_error() {
    let letters = "a".repeat(MB);
    let digits = "1".repeat(MB);
    let cz = Country::parse("CZ").ok();
    for (name, s) in [("letters", &letters), ("digits", &digits)] {
        assert_eq!(
            CanonicalEmail::parse(s).unwrap_err(),
            EmailError::TooLong { max: 254 },
            "{name}"
        );
        assert_eq!(
            IntlPhone::parse(s).unwrap_err(),
            PhoneError::InputTooLong { max: 64 }
        );
        assert_eq!(
            IntlPhone::parse_with_region(s, Region::parse("CZ").unwrap()).unwrap_err(),
            PhoneError::InputTooLong { max: 64 }
        );
        assert_eq!(NormalizedIp::parse(s).unwrap_err(), IpError::Invalid);
        assert_eq!(
            ReferralId::parse(s).unwrap_err(),
            ReferralIdError::WrongLength { len: MB }
        );
        assert_eq!(
            Locale::parse(s).unwrap_err(),
            LocaleError::SubtagTooLong { position: 1 }
        );
        assert!(Country::parse(s).is_err());
        assert_eq!(
            PostalCode::parse(s).unwrap_err(),
            PostalCodeError::TooLong { max: 32 }
        );
        assert_eq!(
            PostalCode::parse_for(s, cz).unwrap_err(),
            PostalCodeError::NotFiveDigits
        );
        assert_eq!(ApiKey::parse(s).unwrap_err(), ApiKeyError::UnknownPrefix);
        let key_like = format!("PROD{s}");
        assert_eq!(
            ApiKey::parse(&key_like).unwrap_err(),
            ApiKeyError::WrongLength { len: MB + 4 }
        );
        assert_eq!(
            ApiKey::from_query(&format!("apiKey={key_like}")).unwrap_err(),
            ApiKeyError::WrongLength { len: MB + 4 }
        );
        assert_eq!(
            ApiKey::from_authorization(&format!("Bearer {key_like}")).unwrap_err(),
            ApiKeyError::WrongLength { len: MB + 4 }
        );
        assert!(matches!(
            VatId::parse(&format!("CZ{s}")),
            Err(VatError::InvalidFormat { .. } | VatError::InvalidLength { .. })
        ));
    }
    assert_eq!(
        Ico::parse(&digits).unwrap_err(),
        IcoError::WrongLength { found: MB }
    );
    assert_eq!(
        Timestamp::parse(&digits).unwrap_err(),
        TimestampError::OutOfRange
    );
    assert_eq!(
        Timestamp::parse(&letters).unwrap_err(),
        TimestampError::Syntax
    );
}

#[test]
fn one_megabyte_strings_in_bik_fields_are_limited_or_rejected() {
    // Free text is limited to 10,000 UTF-16 code units by default (Joi's `string.max`
    // message); raising the option keeps a long value whole.
    let big = "x".repeat(MB);
    let roomy = Options::new().max_text_length(MB);
    let value = format!("\"{big}\"");
    for key in user_properties::FIELDS {
        let entry = bik_entry(key, &value);
        let expected = match key {
            "phoneNumber" | "alternatePhoneNumber" => "must be a valid phone number",
            "email" => "must be a valid email",
            "createdAt" | "updatedAt" => "must be a valid date",
            "emailMarketingConsent" | "smsMarketingConsent" => "must be a boolean",
            "tags" => "must be an array",
            _ => {
                assert_eq!(
                    entry_error(entry.as_bytes()),
                    format!(
                        r#"ValidationError: "{key}" length must be less than or equal to 10000 characters long"#
                    )
                );
                let user = UserProperty::from_json_with(entry.as_bytes(), &roomy).unwrap();
                let kept = match key {
                    "firstName" => Some(user.first_name()),
                    "lastName" => Some(user.last_name()),
                    "source" => user.source(),
                    "address1" => user.address1(),
                    "address2" => user.address2(),
                    "city" => user.city(),
                    "state" => user.state(),
                    "country" => user.country(),
                    "partnerCustomerId" => user.partner_customer_id(),
                    other => panic!("no accessor for {other}"),
                };
                assert_eq!(kept, Some(big.as_str()), "{key} kept whole");
                continue;
            }
        };
        assert_eq!(
            entry_error(entry.as_bytes()),
            format!(r#"ValidationError: "{key}" {expected}"#)
        );
    }
    let tags = bik_entry("tags", &format!("[{value}]"));
    assert_eq!(
        entry_error(tags.as_bytes()),
        r#"ValidationError: "tags[0]" length must be less than or equal to 10000 characters long"#
    );
    let user = UserProperty::from_json_with(tags.as_bytes(), &roomy).unwrap();
    assert_eq!(
        user.tags().and_then(|mut t| t.next()).map(str::len),
        Some(MB)
    );
    // Many tags: 1,000 by default, checked after the items as Joi does.
    let many = format!("[{}]", vec!["\"t\""; 1001].join(","));
    assert_eq!(
        entry_error(bik_entry("tags", &many).as_bytes()),
        r#"ValidationError: "tags" must contain less than or equal to 1000 items"#
    );
    let many_bad = format!("[{},1]", vec!["\"t\""; 1001].join(","));
    assert_eq!(
        entry_error(bik_entry("tags", &many_bad).as_bytes()),
        r#"ValidationError: "tags[1001]" must be a string"#
    );
    // An unknown key with a huge value is named, the value never quoted.
    assert_eq!(
        entry_error(bik_entry("zzz", &value).as_bytes()),
        r#"ValidationError: "zzz" is not allowed"#
    );
    // A huge key is quoted in full: keys are what the messages name.
    let key = "k".repeat(MB);
    let err = UserProperty::from_json(bik_entry(&key, "1").as_bytes()).unwrap_err();
    assert_eq!(err.message().len(), MB + r#""" is not allowed"#.len());
}

#[test]
fn one_megabyte_strings_in_update_profile_fields_are_rejected() {
    let value = format!("\"{}\"", "x".repeat(MB));
    for key in update_profile::FIELDS {
        let expected = match key {
            "email" => "must be a valid email".to_string(),
            "phone" => "must be a valid phone number".to_string(),
            "taxIdentificationNumber" => "must be a valid VAT number".to_string(),
            "postalCode" => "length must be less than or equal to 32 characters long".to_string(),
            "country" => "must be a valid country".to_string(),
            "newsletter" => "must be a boolean".to_string(),
            "primaryLocale" => "must be a valid language tag".to_string(),
            "groups" => "must be an array".to_string(),
            "customerRealIp" => "must be a valid ip address".to_string(),
            "referralId" => "must be a valid referral id".to_string(),
            _ => format!(
                "length must be less than or equal to {} characters long",
                UpdateProfile::MAX_TEXT_LENGTH
            ),
        };
        assert_eq!(
            profile_error(profile_body(key, &value).as_bytes()),
            format!(r#"ValidationError: "{key}" {expected}"#)
        );
    }
    assert_eq!(
        profile_error(profile_body("groups", &format!("[{value}]")).as_bytes()),
        r#"ValidationError: "groups[0]" length must be less than or equal to 256 characters long"#
    );
}

#[test]
fn bodies_over_the_byte_limit_are_rejected_before_reading() {
    // Checked first, so the content does not matter: not even JSON.
    let body = vec![b'x'; (1 << 20) + 1];
    assert_eq!(
        profile_error(&body),
        r#"ValidationError: "value" must be less than or equal to 1048576 bytes"#
    );
    let body = vec![b'x'; (16 << 20) + 1];
    assert_eq!(
        BulkOutcome::from_json(&body).unwrap_err().to_string(),
        r#"ValidationError: "value" must be less than or equal to 16777216 bytes"#
    );
    assert_eq!(
        entry_error(&body),
        r#"ValidationError: "value" must be less than or equal to 16777216 bytes"#
    );
}
