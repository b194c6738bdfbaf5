//! Bytes and characters: not UTF-8, controls, bidi and zero-width, homoglyphs.

use super::*;

// Bodies that are not UTF-8 (RFC 8259 §8.1: JSON text is UTF-8)

#[test]
fn invalid_utf8_bodies_are_invalid_json_at_the_first_bad_byte() {
    // (body, line, column): the column counts characters, the bad byte is the next one.
    let cases: [(&[u8], usize, usize); 6] = [
        (b"\xff", 1, 1),
        (b"{\"firstName\":\"\xff\"}", 1, 15),
        (b"{\"a\":\"\xc3\"}", 1, 7), // truncated sequence
        (b"\xed\xa0\x80", 1, 1),     // an encoded surrogate (CESU-8)
        (
            b"{\n\"firstName\": \"A\",\n \"lastName\": \"B\xe2\x82\"}",
            3,
            16,
        ),
        (b"\xef\xbb\xbf{}", 1, 1), // a UTF-8 byte order mark is not JSON white space
    ];
    for (body, line, column) in cases {
        let expected = format!(
            r#"ValidationError: "value" must be valid JSON (line {line}, column {column})"#
        );
        assert_eq!(entry_error(body), expected, "entry {body:?}");
        assert_eq!(
            BulkOutcome::from_json(body)
                .map(|o| o.len())
                .unwrap_err()
                .to_string(),
            expected,
            "request {body:?}"
        );
        assert_eq!(profile_error(body), expected, "update-profile {body:?}");
    }
}

#[test]
fn api_key_query_that_decodes_to_invalid_utf8_is_not_a_key() {
    // `%FF` decodes to a byte that is not UTF-8; the key check sees U+FFFD there.
    let query = format!("apiKey=PROD{}%FF", "a".repeat(27));
    assert_eq!(
        ApiKey::from_query(&query).unwrap_err(),
        ApiKeyError::InvalidCharacter { position: 32 }
    );
}

// ---------------------------------------------------------------------------------------
// NUL and control characters

#[test]
fn control_characters_in_model_text_are_rejected_and_white_space_controls_collapse() {
    for escape in [
        "\\u0000", "\\u0001", "\\u001b", "\\u007f", "\\u0085", "\\u009f",
    ] {
        for key in ["firstName", "address1", "partnerCustomerId"] {
            let entry = bik_entry(key, &format!(r#""a{escape}b""#));
            assert_eq!(
                entry_error(entry.as_bytes()),
                format!(r#"ValidationError: "{key}" must not contain control characters"#),
                "{entry}"
            );
        }
        let entry = bik_entry("tags", &format!(r#"["ok", "a{escape}b"]"#));
        assert_eq!(
            entry_error(entry.as_bytes()),
            r#"ValidationError: "tags[1]" must not contain control characters"#
        );
        for key in ["name", "companyName", "streetAddress"] {
            let body = profile_body(key, &format!(r#""a{escape}b""#));
            assert_eq!(
                profile_error(body.as_bytes()),
                format!(r#"ValidationError: "{key}" must not contain control characters"#),
            );
        }
    }
    // Tab, CR and LF are white space: kept out of the value by collapsing.
    let user = entry_ok(bik_entry("city", r#""a\t\r\nb""#).as_bytes());
    assert_eq!(user.city(), Some("a b"));
    // A raw control byte inside a JSON string is not JSON at all (RFC 8259 §7).
    assert_eq!(
        entry_error(b"{\"firstName\":\"a\x01b\",\"lastName\":\"B\"}"),
        r#"ValidationError: "value" must be valid JSON (line 1, column 16)"#
    );
}

#[test]
fn nul_in_every_newtype_is_rejected() {
    let s = "a\u{0}b";
    assert_eq!(
        CanonicalEmail::parse("ja\u{0}n@example.com").unwrap_err(),
        EmailError::InvalidLocalCharacter {
            ch: '\u{0}',
            position: 3
        }
    );
    assert_eq!(
        CanonicalEmail::parse("jan@exa\u{0}mple.com")
            .unwrap_err()
            .to_string(),
        "email: invalid character U+0000 at position 8 in domain"
    );
    assert_eq!(
        IntlPhone::parse("+420\u{0}777123456").unwrap_err(),
        PhoneError::InvalidCharacter {
            ch: '\u{0}',
            position: 5
        }
    );
    assert_eq!(
        NormalizedIp::parse("1.2.3.4\u{0}").unwrap_err(),
        IpError::Invalid
    );
    assert_eq!(
        ReferralId::parse("1cGIHvFo\u{0}DGLAbcA").unwrap_err(),
        ReferralIdError::InvalidCharacter {
            ch: '\u{0}',
            position: 9
        }
    );
    assert!(matches!(
        VatId::parse("CZ2512\u{0}3891"),
        Err(VatError::InvalidFormat { .. })
    ));
    assert!(Country::parse("C\u{0}Z").is_err());
    assert_eq!(
        Locale::parse(s).unwrap_err(),
        LocaleError::InvalidCharacter {
            ch: '\u{0}',
            position: 2
        }
    );
    assert_eq!(
        Ico::parse("0510\u{0}3118").unwrap_err(),
        IcoError::InvalidCharacter {
            ch: '\u{0}',
            position: 5
        }
    );
    assert_eq!(
        PostalCode::parse(s).unwrap_err(),
        PostalCodeError::ControlCharacter { position: 2 }
    );
    assert_eq!(
        Timestamp::parse("2024-01-01\u{0}").unwrap_err(),
        TimestampError::Syntax
    );
    assert_eq!(
        ApiKey::parse("PRODPGrFxpGEtrOZ\u{0}uWhnoJohUYBXuOE").unwrap_err(),
        ApiKeyError::InvalidCharacter { position: 17 }
    );
}

// ---------------------------------------------------------------------------------------
// Bidi overrides and zero-width characters

#[test]
fn emails_reject_bidi_and_zero_width_characters_anywhere() {
    // Documented (`CanonicalEmail::parse`, step 5): format characters (Cf) are unsafe.
    for ch in [
        '\u{200B}', // zero width space
        '\u{200C}', // zero width non-joiner
        '\u{200D}', // zero width joiner
        '\u{200E}', // left-to-right mark
        '\u{202A}', // left-to-right embedding
        '\u{202E}', // right-to-left override
        '\u{2066}', // left-to-right isolate
        '\u{00AD}', // soft hyphen: UTS 46 would silently drop it
        '\u{FEFF}', // byte order mark / zero width no-break space
    ] {
        for (input, position) in [
            (format!("ja{ch}n@example.com"), 3),
            (format!("jan@exa{ch}mple.com"), 8),
        ] {
            assert_eq!(
                CanonicalEmail::parse(&input),
                Err(EmailError::UnsafeCharacter { ch, position }),
                "{input:?}"
            );
        }
    }
}

#[test]
fn model_names_drop_bidi_controls_and_zero_width_spaces() {
    // Documented: free text drops the bidi embeddings, overrides and isolates and the
    // zero-width space, word joiner and BOM (they disguise text: "Trojan Source"); a name
    // made only of them is empty. Joiners and direction marks are kept: scripts need them.
    let user = entry_ok(
        "{\"firstName\":\"A\u{202E}B \u{2066} C\",\"lastName\":\"\u{FEFF}Nov\u{200B}ak\"}"
            .as_bytes(),
    );
    assert_eq!(user.first_name(), "AB C");
    assert_eq!(user.last_name(), "Novak");
    assert_eq!(
        entry_error("{\"firstName\":\"A\",\"lastName\":\"\u{200B}\u{202C}\"}".as_bytes()),
        r#"ValidationError: "lastName" is not allowed to be empty"#
    );
    let kept = "\u{0915}\u{094D}\u{200D}\u{0937} \u{200F}\u{05E9}";
    let user = entry_ok(format!("{{\"firstName\":\"{kept}\",\"lastName\":\"B\"}}").as_bytes());
    assert_eq!(user.first_name(), kept);

    let profile = UpdateProfile::from_json(
        "{\"email\":\"a@b.cz\",\"name\":\"A\u{202E}B\u{200B}\",\"groups\":[\"\u{2067}vip\",\"vip\"]}".as_bytes(),
    )
    .unwrap();
    assert_eq!(profile.name(), Some("AB"));
    assert_eq!(profile.groups(), ["vip"]);
    assert_eq!(
        profile_error("{\"email\":\"a@b.cz\",\"city\":\"\u{202E}\"}".as_bytes()),
        r#"ValidationError: "city" is not allowed to be empty"#
    );
}

#[test]
fn lone_surrogates_are_rejected_in_every_string_field_never_replaced() {
    // `JSON.parse` accepts an escaped lone surrogate; UTF-8 cannot hold one. 0.1 stored
    // U+FFFD in its place: a silent change. Every string field now rejects it, naming
    // the field; fields Joi reads as dates or booleans keep Joi's message.
    let lone = [
        r#""\ud800""#,
        r#""a\udc00""#,
        r#""\ud800\u0041""#,
        r#""\udbff x""#,
    ];
    for value in lone {
        for key in user_properties::FIELDS {
            let expected = match key {
                "createdAt" | "updatedAt" => format!(r#""{key}" must be a valid date"#),
                "emailMarketingConsent" | "smsMarketingConsent" => {
                    format!(r#""{key}" must be a boolean"#)
                }
                "tags" => r#""tags" must be an array"#.to_owned(),
                _ => format!(r#""{key}" must not contain unpaired surrogates"#),
            };
            let err = entry_error(bik_entry(key, value).as_bytes());
            assert_eq!(
                err,
                format!("ValidationError: {expected}"),
                "{key}: {value}"
            );
        }
        assert_eq!(
            entry_error(bik_entry("tags", &format!(r#"["ok",{value}]"#)).as_bytes()),
            r#"ValidationError: "tags[1]" must not contain unpaired surrogates"#
        );
        for key in update_profile::FIELDS {
            let expected = match key {
                "newsletter" => format!(r#""{key}" must be a boolean"#),
                "groups" => r#""groups" must be an array"#.to_owned(),
                _ => format!(r#""{key}" must not contain unpaired surrogates"#),
            };
            let err = profile_error(profile_body(key, value).as_bytes());
            assert_eq!(
                err,
                format!("ValidationError: {expected}"),
                "{key}: {value}"
            );
        }
        assert_eq!(
            profile_error(profile_body("groups", &format!("[{value}]")).as_bytes()),
            r#"ValidationError: "groups[0]" must not contain unpaired surrogates"#
        );
    }
    // A pair is a character, not an error; a surrogate in an unknown key's value or in
    // `__proto__` is never read, so the entry's error is the key's own.
    let user = entry_ok(bik_entry("city", r#""\ud83d\ude00""#).as_bytes());
    assert_eq!(user.city(), Some("\u{1f600}"));
    assert_eq!(
        entry_error(bik_entry("zzz", r#""\ud800""#).as_bytes()),
        r#"ValidationError: "zzz" is not allowed"#
    );
    entry_ok(bik_entry("__proto__", r#"{"firstName":"\ud800"}"#).as_bytes());
    // In a bulk body the entry is invalid and echoed exactly as sent.
    let outcome =
        BulkOutcome::from_json(br#"{"userProperties":[{"firstName":"\ud800","lastName":"B"}]}"#)
            .unwrap();
    assert_eq!(
        serde_json::to_string(&outcome.invalid()[0]).unwrap(),
        r#"{"firstName":"\ud800","lastName":"B","error":"ValidationError: \"firstName\" must not contain unpaired surrogates"}"#
    );
}

#[test]
fn other_newtypes_reject_bidi_and_zero_width_characters() {
    let zw = '\u{200B}';
    assert_eq!(
        ApiKey::parse(&format!("PROD{zw}GrFxpGEtrOZfuWhnoJohUYBXuOE")).unwrap_err(),
        ApiKeyError::InvalidCharacter { position: 5 }
    );
    assert_eq!(
        ReferralId::parse(&format!("1cGIHvFo{zw}DGLAbcA")).unwrap_err(),
        ReferralIdError::InvalidCharacter {
            ch: zw,
            position: 9
        }
    );
    assert_eq!(
        IntlPhone::parse(&format!("+420 777{zw}123456")).unwrap_err(),
        PhoneError::InvalidCharacter {
            ch: zw,
            position: 9
        }
    );
    assert_eq!(
        NormalizedIp::parse(&format!("1.2.3.4{zw}")).unwrap_err(),
        IpError::Invalid
    );
    assert_eq!(
        Locale::parse("en-\u{202E}US").unwrap_err(),
        LocaleError::InvalidCharacter {
            ch: '\u{202E}',
            position: 4
        }
    );
    assert_eq!(
        Ico::parse(&format!("0510{zw}3118")).unwrap_err(),
        IcoError::InvalidCharacter {
            ch: zw,
            position: 5
        }
    );
}

// ---------------------------------------------------------------------------------------
// Homoglyph domains

#[test]
fn homoglyph_domains_follow_idna_and_are_not_confused_with_the_latin_name() {
    // IDNA 2008 allows any single label of valid code points, mixed scripts included;
    // detecting confusables (UTS 39) is out of scope. What is pinned: the look-alike is a
    // different address from the Latin one, the A-label is computed, and both spellings
    // of the look-alike give one value.
    let cases = [
        // (input, canonical, A-label domain)
        (
            "user@p\u{430}ypal.com",
            "user@p\u{430}ypal.com",
            "xn--pypal-4ve.com",
        ), // Cyrillic а
        (
            "user@p\u{3bf}pal.com",
            "user@p\u{3bf}pal.com",
            "xn--ppal-0nd.com",
        ), // Greek ο
        (
            "user@\u{430}\u{440}\u{440}\u{4cf}\u{435}.com", // whole-script Cyrillic "аррӏе"
            "user@\u{430}\u{440}\u{440}\u{4cf}\u{435}.com",
            "xn--80ak6aa92e.com",
        ),
    ];
    let latin = CanonicalEmail::parse("user@paypal.com").unwrap();
    for (input, canonical, ascii) in cases {
        let email = CanonicalEmail::parse(input).unwrap();
        assert_eq!(email.as_str(), canonical);
        assert_eq!(email.ascii_domain(), ascii);
        assert_ne!(email, latin);
        assert_ne!(email.dedup_key(), latin.dedup_key());
        let from_ascii = CanonicalEmail::parse(&format!("user@{ascii}")).unwrap();
        assert_eq!(from_ascii, email, "the A-label spelling of {input:?}");
    }
    // UTS 46 mapping does fold width variants: full-width Latin is the Latin name.
    let full_width =
        CanonicalEmail::parse("user@\u{FF50}\u{FF41}\u{FF59}\u{FF50}\u{FF41}\u{FF4C}.com");
    assert_eq!(full_width.unwrap(), latin);
    // The local part is not mapped: a Cyrillic letter there is kept.
    assert_eq!(
        CanonicalEmail::parse("p\u{430}ypal@example.com")
            .unwrap()
            .local_part(),
        "p\u{430}ypal"
    );
}
