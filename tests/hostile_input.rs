//! Hostile input (issue "robustness", part 2): what every parser and request model does
//! with input that a broken client or an attacker sends, pinned as tables.
//!
//! - bodies that are not UTF-8, NUL and other control characters;
//! - bidi overrides and zero-width characters in names and emails;
//! - homoglyph domains (IDNA rules apply; confusables are not detected);
//! - 1 MB strings in every newtype and model field: a clear error or the whole value,
//!   never a truncated success;
//! - deep nesting, duplicate keys, huge numbers, `null` in every position of a BIK entry;
//! - work bounds: see [`linear_work`] for the argument, parser by parser, and the tests
//!   of the bounds it relies on.

use contactkit::update_profile::{self, UpdateProfile};
use contactkit::user_properties::{self, BulkOutcome, Options, UserProperty};
use contactkit::{
    ApiKey, ApiKeyError, CanonicalEmail, Country, EmailError, Ico, IcoError, IntlPhone, IpError,
    Locale, LocaleError, NormalizedIp, PhoneError, PostalCode, PostalCodeError, ReferralId,
    ReferralIdError, Region, Timestamp, TimestampError, VatError, VatId,
};

/// "1 MB" in this file: 10^6 bytes, so that a body with one such field stays under
/// update-profile's 1 MiB body limit and the field's own rule is what answers.
const MB: usize = 1_000_000;

/// The worst-case sizes of the linearity tables.
const SIZES: [usize; 4] = [1_000, 10_000, 100_000, MB];

/// The message of a rejected BIK entry (panics when it is accepted).
#[track_caller]
fn entry_error(json: &[u8]) -> String {
    match UserProperty::from_json(json) {
        Ok(user) => panic!("accepted: {user:?}"),
        Err(e) => e.to_string(),
    }
}

/// An accepted BIK entry (panics when it is rejected).
#[track_caller]
fn entry_ok(json: &[u8]) -> UserProperty {
    UserProperty::from_json(json).unwrap_or_else(|e| panic!("rejected: {e}"))
}

/// The message of a rejected update-profile body (panics when it is accepted).
#[track_caller]
fn profile_error(json: &[u8]) -> String {
    match UpdateProfile::from_json(json) {
        Ok(profile) => panic!("accepted: {profile:?}"),
        Err(e) => e.to_string(),
    }
}

/// A BIK entry with the two required names and `key: value` (raw JSON).
fn bik_entry(key: &str, value: &str) -> String {
    if key == "firstName" || key == "lastName" {
        let other = if key == "firstName" {
            "lastName"
        } else {
            "firstName"
        };
        format!(r#"{{"{other}":"B","{key}":{value}}}"#)
    } else {
        format!(r#"{{"firstName":"A","lastName":"B","{key}":{value}}}"#)
    }
}

/// An update-profile body with a valid email and `key: value` (raw JSON).
fn profile_body(key: &str, value: &str) -> String {
    if key == "email" {
        format!(r#"{{"email":{value}}}"#)
    } else {
        format!(r#"{{"email":"jan@barasek.com","{key}":{value}}}"#)
    }
}

// ---------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------
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
    assert_eq!(user.tags().map(|t| t[0].len()), Some(MB));
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

// ---------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------
// Work bounds
//
// Wall-clock ratios are not a sound test, and counting allocations would need a global
// allocator (unsafe code). The argument is instead made from the code, parser by parser,
// and the tests below pin the bounds it relies on, at sizes 1 kB to 1 MB:
//
// - `CanonicalEmail`: trims (one pass from each end), then rejects more than 254 bytes
//   before any other work; everything after (NFC, IDNA, punycode) runs on at most 254
//   bytes.
// - `IntlPhone`: trims, then stops counting at the 65th character; the regular
//   expressions (linear-time `regex`) run on at most 64 characters.
// - `PostalCode`: one pass that stops at the 33rd character (free text) or the 6th digit
//   (CZ/SK).
// - `ApiKey`: a 32-byte fast path; a rejected key is diagnosed in one or two passes
//   (`chars().count()`, one scan for a bad character). `from_query` is one split over the
//   query and stops at a duplicate; `from_authorization` one trim.
// - `ReferralId`, `Ico`: one pass each (trim, count or digit scan).
// - `NormalizedIp`: a trim, then std's parsers (IPv4 gives up beyond 15 bytes, IPv6
//   reads at most eight groups of four digits) and a fixed number of scans to diagnose.
// - `VatId`: one mapping pass (at most three characters out per character in), one
//   filter pass, then each state's check, which tests the length first.
// - `Country`: codes are compared in place; names by a binary search whose every
//   comparison stops after the longest name's length.
// - `Locale`: one pass over subtags; the duplicate checks compare against at most the
//   number of registered variants (about a hundred) and extension singletons (36).
// - `Timestamp`: `is_decimal` and `f64::from_str` are linear; the ISO reader moves forward
//   only (a long fraction is skipped digit by digit).
// - JSON models: the reader moves forward only and recurses at most `max_depth` levels;
//   unknown keys are de-duplicated through a hash set past 16 keys, groups past 16
//   items; each schema key is looked up once (a reverse scan of the object's members,
//   17 or 19 scans per object); bodies over the byte limit are rejected before reading.
//
// So no parser does super-linear work; the tests check that the limits are where the
// argument says, that the answer does not change with size past them, and that a long
// input is never accepted in truncated form.

#[test]
fn linear_work() {
    for n in SIZES {
        let pad = " ".repeat(n);
        let run = "a".repeat(n);
        let digits = "1".repeat(n);

        // Capped parsers: the same length error at every size past the cap.
        assert_eq!(
            CanonicalEmail::parse(&format!("{run}@example.com")),
            Err(EmailError::TooLong { max: 254 })
        );
        assert_eq!(
            IntlPhone::parse(&format!("+{digits}")),
            Err(PhoneError::InputTooLong { max: 64 })
        );
        assert_eq!(
            PostalCode::parse(&run),
            Err(PostalCodeError::TooLong { max: 32 })
        );
        assert_eq!(
            PostalCode::parse_for(&digits, Country::parse("SK").ok()),
            Err(PostalCodeError::NotFiveDigits)
        );

        // Trimming is the only work proportional to white space: padded valid input is
        // accepted whole, never truncated.
        let padded = |s: &str| format!("{pad}{s}{pad}");
        assert_eq!(
            CanonicalEmail::parse(&padded("Jan@Example.com")).map(|e| e.to_string()),
            Ok("jan@example.com".to_string())
        );
        assert_eq!(
            IntlPhone::parse(&padded("+420 777 123 456")).map(|p| p.to_string()),
            Ok("+420 777123456".to_string())
        );
        assert_eq!(
            NormalizedIp::parse(&padded("1.2.3.4")).map(|p| p.to_string()),
            Ok("1.2.3.4".to_string())
        );
        assert_eq!(
            ReferralId::parse(&padded("1cGIHvFoQDGLAbcA")).map(|p| p.to_string()),
            Ok("1cGIHvFoQDGLAbcA".to_string())
        );
        assert_eq!(
            Ico::parse(&format!("0510{pad}3118")).map(|p| p.to_string()),
            Ok("05103118".to_string())
        );
        assert_eq!(
            Country::parse(&padded("Czech Republic")).map(|c| c.to_string()),
            Ok("CZ".to_string())
        );

        // Single-pass parsers: errors that count the whole input.
        assert_eq!(
            ReferralId::parse(&run),
            Err(ReferralIdError::WrongLength { len: n })
        );
        assert_eq!(Ico::parse(&digits), Err(IcoError::WrongLength { found: n }));
        assert_eq!(
            ApiKey::parse(&format!("PROD{run}")),
            Err(ApiKeyError::WrongLength { len: n + 4 })
        );
        // `from_query` walks every parameter once; the key is found among any number.
        let many = "&x=1".repeat(n / 4);
        let key = "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE";
        assert!(ApiKey::from_query(&format!("{many}&apiKey={key}{many}")).is_ok());
        assert_eq!(
            ApiKey::from_query(&format!("apiKey={key}{many}&apiKey={key}")),
            Err(ApiKeyError::DuplicateQueryParameter)
        );
        assert_eq!(NormalizedIp::parse(&digits), Err(IpError::Invalid));
        assert!(matches!(
            VatId::parse(&format!("CZ{digits}")),
            Err(VatError::InvalidLength { .. })
        ));
        assert!(Country::parse(&run).is_err());
        // A locale is read subtag by subtag and stops at the first out-of-place one.
        assert_eq!(
            Locale::parse(&format!("en{}", "-US".repeat(n / 3))),
            Err(LocaleError::UnexpectedSubtag { position: 7 })
        );
        assert_eq!(
            Locale::parse(&format!("de{}", "-1901".repeat(n / 5))),
            Err(LocaleError::DuplicateVariant { position: 9 })
        );
        // A fraction of any length is read and truncated to milliseconds.
        assert_eq!(
            Timestamp::parse(&format!("2024-01-01T00:00:00.{}Z", "9".repeat(n)))
                .map(|t| t.to_string()),
            Ok("2024-01-01T00:00:00.999Z".to_string())
        );
        assert_eq!(Timestamp::parse(&digits), Err(TimestampError::OutOfRange));
    }
}

#[test]
fn linear_work_in_the_json_models() {
    for n in SIZES {
        // Many distinct unknown keys: all reported, once each, in order (hash-set
        // de-duplication, no quadratic scan).
        let keys = n / 10;
        let mut entry = String::from(r#"{"firstName":"A","lastName":"B""#);
        for i in 0..keys {
            entry.push_str(&format!(r#","k{i}":0"#));
        }
        entry.push('}');
        let report = UserProperty::from_json_report(entry.as_bytes()).unwrap_err();
        assert_eq!(report.len(), keys);
        assert_eq!(report.first().message(), r#""k0" is not allowed"#);

        // One key repeated: the last value wins, reported once.
        let repeated = format!(
            r#"{{"firstName":"A","lastName":"B"{}}}"#,
            r#","dup":0"#.repeat(n / 8)
        );
        let report = UserProperty::from_json_report(repeated.as_bytes()).unwrap_err();
        assert_eq!(report.len(), 1);

        // Many entries: each validated once, in order.
        let count = (n / 40).min(10_000);
        let body = format!(
            r#"{{"userProperties":[{}]}}"#,
            vec![r#"{"firstName":"A","lastName":"B"}"#; count].join(",")
        );
        let outcome = BulkOutcome::from_json(body.as_bytes()).unwrap();
        assert_eq!(outcome.valid().len(), count);
        assert_eq!(
            outcome.contacts().len(),
            count,
            "no identity: one contact each"
        );

        // More than the entry limit: one error, whatever the size.
        let body = format!(r#"{{"userProperties":[{}]}}"#, vec!["{}"; n / 3].join(","));
        let result = BulkOutcome::from_json_with(body.as_bytes(), &Options::new().max_entries(100));
        assert_eq!(
            result.unwrap_err().message(),
            r#""userProperties" must contain less than or equal to 100 items"#
        );

        // Groups past the item limit are refused before the items are read.
        let groups = format!("[{}]", vec![r#""g""#; n / 4].join(","));
        let expected = if n / 4 > UpdateProfile::MAX_GROUPS {
            Err(
                r#"ValidationError: "groups" must contain less than or equal to 1000 items"#
                    .to_string(),
            )
        } else {
            Ok(vec!["g".to_string()])
        };
        let result = UpdateProfile::from_json(profile_body("groups", &groups).as_bytes());
        assert_eq!(
            result
                .map(|p| p.groups().to_vec())
                .map_err(|e| e.to_string()),
            expected
        );
    }
}
