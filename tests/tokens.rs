//! `ApiKey` and `ReferralId`: the conformance table, edge cases and properties.

use crate::support::{bool_field, load_cases, str_field};
use contactkit::{ApiKey, ApiKeyError, ApiKeyKind, ReferralId, ReferralIdError};
use proptest::prelude::*;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

/// The key from the seed document's example request.
const SEED_KEY: &str = "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE";

/// Fails when an error's `Display` or `Debug` shows the input (when it is long
/// enough to be recognisable) or any 8-character piece of the part after the
/// prefix.
#[track_caller]
fn assert_no_leak(input: &str, err: &ApiKeyError) {
    let secret: Vec<char> = input.chars().skip(4).collect();
    for text in [err.to_string(), format!("{err:?}")] {
        if input.chars().count() >= 8 {
            assert!(!text.contains(input), "{text:?} shows the input");
        }
        for window in secret.windows(8) {
            let piece: String = window.iter().collect();
            assert!(
                !text.contains(&piece),
                "{text:?} shows {piece:?} of the key"
            );
        }
    }
}

#[test]
fn conformance() {
    let cases = load_cases("tokens.json");
    let mut failures = Vec::new();
    let (mut api_keys, mut referral_ids) = (0, 0);
    for case in &cases {
        let input = str_field(case, "input").unwrap_or_else(|| panic!("no input: {case}"));
        let valid = bool_field(case, "valid");
        match str_field(case, "type") {
            Some("api_key") => {
                api_keys += 1;
                match (ApiKey::parse(input), valid) {
                    (Ok(key), true) => {
                        let kind = format!("{:?}", key.kind());
                        let want = str_field(case, "kind").unwrap_or("?");
                        if kind != want || key.expose_secret() != input {
                            failures.push(format!("api_key {input:?}: kind {kind}, want {want}"));
                        }
                    }
                    (Err(e), true) => failures.push(format!("api_key {input:?}: rejected ({e})")),
                    (Ok(key), false) => {
                        failures.push(format!("api_key {input:?}: accepted as {key:?}"))
                    }
                    (Err(e), false) => assert_no_leak(input, &e),
                }
            }
            Some("referral_id") => {
                referral_ids += 1;
                match (ReferralId::parse(input), valid) {
                    (Ok(id), true) => {
                        let want = str_field(case, "normalized").unwrap_or("?");
                        if id.as_str() != want {
                            failures.push(format!(
                                "referral_id {input:?}: got {:?}, want {want:?}",
                                id.as_str()
                            ));
                        }
                    }
                    (Err(e), true) => {
                        failures.push(format!("referral_id {input:?}: rejected ({e})"))
                    }
                    (Ok(id), false) => {
                        failures.push(format!("referral_id {input:?}: accepted as {id:?}"))
                    }
                    (Err(_), false) => {}
                }
            }
            other => panic!("unknown type {other:?} in {case}"),
        }
    }
    assert!(api_keys > 0 && referral_ids > 0);
    assert!(
        failures.is_empty(),
        "{} of {} token cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// `ApiKey::parse` edge cases, with where each came from.
#[rustfmt::skip]
const API_KEY_CASES: &[(&str, Result<ApiKeyKind, ApiKeyError>, &str)] = &[
    (SEED_KEY, Ok(ApiKeyKind::Production), "seed example request"),
    ("DEV_0000000000000000000000000000", Ok(ApiKeyKind::Developer), "documented regex"),
    ("ROOTzzzzzzzzzzzzzzzzzzzzzzzzzzzz", Ok(ApiKeyKind::Root), "documented regex"),
    ("", Err(ApiKeyError::Empty), "empty"),
    ("PRO", Err(ApiKeyError::WrongLength { len: 3 }), "truncated prefix"),
    ("DEV_", Err(ApiKeyError::WrongLength { len: 4 }), "prefix only"),
    ("PRODPGrFxpGEtrOZfuWhnoJohUYBXuO", Err(ApiKeyError::WrongLength { len: 31 }), "one short"),
    ("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOEx", Err(ApiKeyError::WrongLength { len: 33 }), "one long"),
    ("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE ", Err(ApiKeyError::WrongLength { len: 33 }), "not trimmed"),
    ("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE\n", Err(ApiKeyError::WrongLength { len: 33 }), "copied line"),
    (" PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::UnknownPrefix), "leading space"),
    ("prodPGrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::UnknownPrefix), "prefix is case-sensitive"),
    ("DEV-PGrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::UnknownPrefix), "DEV- for DEV_"),
    ("TESTPGrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::UnknownPrefix), "unknown kind"),
    ("Bearer PRODPGrFxpGEtrOZfuWhnoJohU", Err(ApiKeyError::UnknownPrefix), "whole header passed"),
    ("PRODPGrFxp-EtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::InvalidCharacter { position: 11 }), "punctuation"),
    ("DEV__GrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::InvalidCharacter { position: 5 }), "underscore after prefix"),
    ("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOé", Err(ApiKeyError::InvalidCharacter { position: 32 }), "non-ASCII letter"),
    ("PRODPGrFxpGEtrOZfuWhnoJohUYBXu\u{41e}E", Err(ApiKeyError::InvalidCharacter { position: 31 }), "Cyrillic O look-alike"),
    ("PROD\u{ff30}GrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::InvalidCharacter { position: 5 }), "fullwidth P"),
    ("PRODPGrFxpGEtrOZ\u{200b}uWhnoJohUYBXuOE", Err(ApiKeyError::InvalidCharacter { position: 17 }), "zero-width space"),
    ("PRODPGrFxpGEtrOZfuWhnoJohUYBX%4F", Err(ApiKeyError::InvalidCharacter { position: 30 }), "still percent-encoded"),
];

#[test]
fn api_key_edge_cases() {
    let mut failures = Vec::new();
    for &(input, expected, source) in API_KEY_CASES {
        let got = ApiKey::parse(input);
        if let Err(e) = &got {
            assert_no_leak(input, e);
        }
        let got = got.map(|k| k.kind());
        if got != expected {
            failures.push(format!(
                "{input:?} ({source}): got {got:?}, want {expected:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "api key cases failed:\n{}",
        failures.join("\n")
    );
}

/// `ApiKey::from_query` cases: `Ok(())` means the seed key (production) comes out.
#[rustfmt::skip]
const QUERY_CASES: &[(&str, Result<(), ApiKeyError>)] = &[
    ("?apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", Ok(())), // seed request URL
    ("apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", Ok(())),
    ("page=2&apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE&sort=", Ok(())),
    ("&&apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE&", Ok(())),
    ("apiKey=%50RODPGrFxpGEtrOZfuWhnoJohUYBXuOE", Ok(())), // %50 is 'P'
    ("apiKey=PROD%50GrFxpGEtrOZfuWhnoJohUYBXuO%45", Ok(())),
    ("apiKey=PROD%70GrFxpGEtrOZfuWhnoJohUYBXuOE", Ok(())), // lower-case 'p'
    ("", Err(ApiKeyError::MissingQueryParameter)),
    ("?", Err(ApiKeyError::MissingQueryParameter)),
    ("page=2", Err(ApiKeyError::MissingQueryParameter)),
    ("apikey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::MissingQueryParameter)),
    ("api%4Bey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::MissingQueryParameter)),
    (" apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::MissingQueryParameter)),
    ("??apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::MissingQueryParameter)),
    ("apiKey=", Err(ApiKeyError::EmptyQueryParameter)),
    ("apiKey", Err(ApiKeyError::EmptyQueryParameter)),
    ("apiKey=&page=2", Err(ApiKeyError::EmptyQueryParameter)),
    ("apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE&apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::DuplicateQueryParameter)),
    ("apiKey=&apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::DuplicateQueryParameter)),
    ("apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXu%4", Err(ApiKeyError::InvalidPercentEncoding)),
    ("apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBX%G1E", Err(ApiKeyError::InvalidPercentEncoding)),
    ("apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXu%", Err(ApiKeyError::InvalidPercentEncoding)),
    ("apiKey=PROD+GrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::InvalidCharacter { position: 5 })),
    ("apiKey=PROD%20GrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::InvalidCharacter { position: 5 })),
    ("apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuO%FF", Err(ApiKeyError::InvalidCharacter { position: 32 })),
    ("apiKey=%FFRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::UnknownPrefix)),
    ("apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE#top", Err(ApiKeyError::WrongLength { len: 36 })),
    ("apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE=", Err(ApiKeyError::WrongLength { len: 33 })),
];

/// `ApiKey::from_authorization` cases: `Ok(())` means a key comes out.
#[rustfmt::skip]
const AUTHORIZATION_CASES: &[(&str, Result<(), ApiKeyError>)] = &[
    ("Bearer PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", Ok(())), // seed: "Auth: Bearer Token"
    ("bearer PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", Ok(())),
    ("BEARER    PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", Ok(())),
    ("  Bearer PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE \r\n", Ok(())),
    ("", Err(ApiKeyError::NotBearer)),
    ("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::NotBearer)),
    ("Basic dXNlcjpwYXNz", Err(ApiKeyError::NotBearer)), // seed: BIK's Basic auth
    ("Token PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::NotBearer)),
    ("Bearer: PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::NotBearer)),
    ("Bearer\tPRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", Err(ApiKeyError::NotBearer)),
    ("Bearer", Err(ApiKeyError::MissingBearerToken)),
    ("Bearer    ", Err(ApiKeyError::MissingBearerToken)),
    ("Bearer PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE x", Err(ApiKeyError::WrongLength { len: 34 })),
    ("Bearer DEV_PGrFxpGEtrOZfuWhnoJohUYBXuO=", Err(ApiKeyError::InvalidCharacter { position: 32 })),
];

#[test]
fn api_key_from_query() {
    let cases = QUERY_CASES;
    let mut failures = Vec::new();
    for &(query, expected) in cases {
        let got = ApiKey::from_query(query);
        if let Err(e) = &got {
            assert_no_leak(query, e);
        }
        match (&got, expected) {
            (Ok(key), Ok(())) if key.kind() == ApiKeyKind::Production => {}
            (Err(e), Err(want)) if *e == want => {}
            _ => failures.push(format!("{query:?}: got {got:?}, want {expected:?}")),
        }
    }
    assert!(
        failures.is_empty(),
        "from_query failed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn api_key_from_authorization() {
    let cases = AUTHORIZATION_CASES;
    let mut failures = Vec::new();
    for &(header, expected) in cases {
        let got = ApiKey::from_authorization(header);
        if let Err(e) = &got {
            assert_no_leak(header, e);
        }
        match (&got, expected) {
            (Ok(_), Ok(())) => {}
            (Err(e), Err(want)) if *e == want => {}
            _ => failures.push(format!("{header:?}: got {got:?}, want {expected:?}")),
        }
    }
    assert!(
        failures.is_empty(),
        "from_authorization failed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn api_key_formatting_and_traits() {
    let key: ApiKey = SEED_KEY.parse().unwrap();
    assert_eq!(key.to_string(), "PROD****");
    assert_eq!(format!("{key:?}"), "ApiKey(PROD****)");
    assert_eq!(format!("{key:#?}"), "ApiKey(PROD****)");
    let dev = ApiKey::parse("DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q").unwrap();
    assert_eq!(dev.to_string(), "DEV_****");
    assert_eq!(format!("{:?}", Some(&dev)), "Some(ApiKey(DEV_****))");
    assert_eq!(format!("{:?}", ApiKeyKind::Production), "Production");
    assert_eq!(format!("{:?}", ApiKeyKind::Developer), "Developer");
    assert_eq!(format!("{:?}", ApiKeyKind::Root), "Root");
    assert_eq!(ApiKey::try_from(SEED_KEY), Ok(key.clone()));
    assert_eq!(ApiKey::try_from(String::from(SEED_KEY)), Ok(key.clone()));
    assert_eq!(ApiKey::try_from(&String::from(SEED_KEY)), Ok(key.clone()));
    assert_ne!(key, dev);
    let other = ApiKey::parse("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOF").unwrap();
    assert_ne!(key, other, "last character differs");
    assert_eq!(hash_of(&key), hash_of(&key.clone()));
}

fn hash_of<T: Hash>(value: &T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

#[test]
fn api_key_error_messages() {
    let pins = [
        (ApiKeyError::Empty, "api key: empty"),
        (
            ApiKeyError::UnknownPrefix,
            "api key: unknown prefix (expected 'PROD', 'DEV_' or 'ROOT')",
        ),
        (
            ApiKeyError::WrongLength { len: 31 },
            "api key: expected 32 characters, got 31",
        ),
        (
            ApiKeyError::InvalidCharacter { position: 11 },
            "api key: invalid character at position 11 (expected an ascii letter or digit)",
        ),
        (
            ApiKeyError::MissingQueryParameter,
            "api key: missing query parameter 'apiKey'",
        ),
        (
            ApiKeyError::EmptyQueryParameter,
            "api key: empty query parameter 'apiKey'",
        ),
        (
            ApiKeyError::DuplicateQueryParameter,
            "api key: query parameter 'apiKey' given more than once",
        ),
        (
            ApiKeyError::InvalidPercentEncoding,
            "api key: invalid percent-encoding in query parameter 'apiKey'",
        ),
        (
            ApiKeyError::NotBearer,
            "api key: authorization scheme is not 'Bearer'",
        ),
        (
            ApiKeyError::MissingBearerToken,
            "api key: missing bearer token",
        ),
        (
            ApiKeyError::Missing,
            "api key: missing (send the 'apiKey' query parameter or a bearer token)",
        ),
        (
            ApiKeyError::Conflicting,
            "api key: query parameter and bearer token hold different keys",
        ),
    ];
    for (err, message) in pins {
        assert_eq!(err.to_string(), message);
    }
}

/// `ReferralId::parse` edge cases, with where each came from.
#[rustfmt::skip]
const REFERRAL_CASES: &[(&str, Result<&str, ReferralIdError>, &str)] = &[
    ("1cGIHvFoQDGLAbcA", Ok("1cGIHvFoQDGLAbcA"), "seed example request"),
    (" 1cGIHvFoQDGLAbcA\r\n", Ok("1cGIHvFoQDGLAbcA"), "trimmed"),
    ("\u{3000}1cGIHvFoQDGLAbcA", Ok("1cGIHvFoQDGLAbcA"), "trimmed (ideographic space)"),
    ("abcdefghijklmnop", Ok("abcdefghijklmnop"), "case kept"),
    ("0000000000000000", Ok("0000000000000000"), "digits only"),
    ("", Err(ReferralIdError::Empty), "empty"),
    ("   ", Err(ReferralIdError::Empty), "white space only"),
    ("1cGIHvFoQDGLAbc", Err(ReferralIdError::WrongLength { len: 15 }), "one short"),
    ("1cGIHvFoQDGLAbcAB", Err(ReferralIdError::WrongLength { len: 17 }), "one long"),
    ("1cGIHvFo-DGLAbcA", Err(ReferralIdError::InvalidCharacter { ch: '-', position: 9, }), "hyphen"),
    ("1cGIHvFo DGLAbcA", Err(ReferralIdError::InvalidCharacter { ch: ' ', position: 9, }), "inner space"),
    ("1cGIHvFoQDGLAbcé", Err(ReferralIdError::InvalidCharacter { ch: 'é', position: 16, }), "non-ASCII"),
    ("\u{ff11}cGIHvFoQDGLAbcA", Err(ReferralIdError::InvalidCharacter { ch: '\u{ff11}', position: 1, }), "fullwidth digit"),
    ("1cGIHvFoQDGLAbc\u{0}", Err(ReferralIdError::InvalidCharacter { ch: '\u{0}', position: 16, }), "NUL"),
];

#[test]
fn referral_edge_cases() {
    let mut failures = Vec::new();
    for &(input, expected, source) in REFERRAL_CASES {
        let got = ReferralId::parse(input);
        let got = got.as_ref().map(ReferralId::as_str).map_err(|e| *e);
        if got != expected {
            failures.push(format!(
                "{input:?} ({source}): got {got:?}, want {expected:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "referral cases failed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn referral_error_messages() {
    let pins = [
        ("", "referral id: empty"),
        (
            "1cGIHvFoQDGLAbc",
            "referral id: expected 16 characters, got 15",
        ),
        (
            "1cGIHvFo-DGLAbcA",
            "referral id: invalid character '-' at position 9",
        ),
        (
            "1cGIHvFoQDGLAbc\u{0}",
            "referral id: invalid character '\\0' at position 16",
        ),
        (
            "1cGIHvFoQDGLAbc\u{202e}",
            "referral id: invalid character '\\u{202e}' at position 16",
        ),
    ];
    for (input, message) in pins {
        match ReferralId::parse(input) {
            Ok(id) => panic!("{input:?} accepted as {id}"),
            Err(e) => assert_eq!(e.to_string(), message, "{input:?}"),
        }
    }
}

#[test]
fn referral_traits() {
    let id: ReferralId = "1cGIHvFoQDGLAbcA".parse().unwrap();
    assert_eq!(id.to_string(), "1cGIHvFoQDGLAbcA");
    assert_eq!(AsRef::<str>::as_ref(&id), "1cGIHvFoQDGLAbcA");
    assert_eq!(String::from(id.clone()), "1cGIHvFoQDGLAbcA");
    assert_eq!(ReferralId::try_from(" 1cGIHvFoQDGLAbcA"), Ok(id));
}

#[test]
fn auto_traits() {
    fn assert_traits<T: Send + Sync + Unpin + std::panic::UnwindSafe>() {}
    assert_traits::<ApiKey>();
    assert_traits::<ApiKeyKind>();
    assert_traits::<ApiKeyError>();
    assert_traits::<ReferralId>();
    assert_traits::<ReferralIdError>();
}

/// A valid key: one of the prefixes and 28 ASCII letters or digits.
fn valid_key() -> impl Strategy<Value = String> {
    (
        prop_oneof![Just("PROD"), Just("DEV_"), Just("ROOT")],
        "[A-Za-z0-9]{28}",
    )
        .prop_map(|(prefix, rest)| format!("{prefix}{rest}"))
}

/// A valid key with one character replaced, inserted or removed.
fn near_miss_key() -> impl Strategy<Value = (String, String)> {
    (
        valid_key(),
        any::<prop::sample::Index>(),
        any::<char>(),
        0..3u8,
    )
        .prop_map(|(key, index, ch, op)| {
            let mut chars: Vec<char> = key.chars().collect();
            let i = index.index(chars.len());
            match op {
                0 => chars[i] = ch,
                1 => chars.insert(i, ch),
                _ => {
                    chars.remove(i);
                }
            }
            (key, chars.into_iter().collect())
        })
}

proptest! {
    #[test]
    fn prop_api_key_no_panic(s in "\\PC*") {
        let _ = ApiKey::parse(&s);
        let _ = ApiKey::from_query(&s);
        let _ = ApiKey::from_authorization(&s);
    }

    #[test]
    fn prop_api_key_query_no_panic(s in "[?&=%+a-zA-Z0-9]{0,60}") {
        let _ = ApiKey::from_query(&s);
        let _ = ApiKey::from_query(&format!("apiKey={s}"));
    }

    #[test]
    fn prop_api_key_roundtrip(text in valid_key()) {
        let key = ApiKey::parse(&text).unwrap();
        prop_assert_eq!(key.expose_secret(), text.as_str());
        prop_assert_eq!(key.kind().prefix(), &text[..4]);
        prop_assert_eq!(ApiKey::parse(key.expose_secret()), Ok(key.clone()));
        prop_assert_eq!(ApiKey::from_query(&format!("?apiKey={text}")), Ok(key.clone()));
        prop_assert_eq!(ApiKey::from_authorization(&format!("Bearer {text}")), Ok(key.clone()));
        prop_assert_eq!(hash_of(&key), hash_of(&ApiKey::parse(&text).unwrap()));
    }

    #[test]
    fn prop_api_key_formatting_hides_secret(text in valid_key()) {
        let key = ApiKey::parse(&text).unwrap();
        let secret = &text[4..];
        for shown in [format!("{key}"), format!("{key:?}"), format!("{key:#?}")] {
            prop_assert!(!shown.contains(secret), "{}", shown);
            for i in 0..=secret.len() - 8 {
                prop_assert!(!shown.contains(&secret[i..i + 8]), "{}", shown);
            }
        }
    }

    #[test]
    fn prop_api_key_errors_hide_near_miss((original, mutated) in near_miss_key()) {
        let parsed = ApiKey::parse(&mutated);
        let queried = ApiKey::from_query(&format!("apiKey={mutated}"));
        let header = ApiKey::from_authorization(&format!("Bearer {mutated}"));
        for result in [parsed, queried, header] {
            if let Err(e) = result {
                assert_no_leak(&mutated, &e);
                assert_no_leak(&original, &e);
            }
        }
    }

    #[test]
    fn prop_referral_no_panic(s in "\\PC*") {
        let _ = ReferralId::parse(&s);
    }

    #[test]
    fn prop_referral_roundtrip(text in "[A-Za-z0-9]{16}", pad in "[ \t\r\n]{0,3}") {
        let id = ReferralId::parse(&format!("{pad}{text}{pad}")).unwrap();
        prop_assert_eq!(id.as_str(), text.as_str());
        prop_assert_eq!(ReferralId::parse(&format!("{id}")), Ok(id.clone()));
        prop_assert_eq!(ReferralId::parse(id.as_str()), Ok(id.clone()));
    }

    #[test]
    fn prop_referral_accepts_only_16_alphanumerics(s in "[A-Za-z0-9 é_-]{0,20}") {
        let trimmed = s.trim();
        let ok = trimmed.len() == 16 && trimmed.bytes().all(|b| b.is_ascii_alphanumeric());
        prop_assert_eq!(ReferralId::parse(&s).is_ok(), ok);
    }
}

/// `ApiKey::from_request`: the key in the query, the header, or both.
#[test]
fn from_request_table() {
    const PROD: &str = "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE";
    const DEV: &str = "DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q";
    let q = format!("apiKey={PROD}");
    let q_dev = format!("?page=1&apiKey={DEV}");
    let h = format!("Bearer {PROD}");
    let h_dev = format!("bearer {DEV}");
    type Case<'a> = (
        Option<&'a str>,
        Option<&'a str>,
        Result<&'a str, ApiKeyError>,
    );
    #[rustfmt::skip]
    let cases: Vec<Case> = vec![
        (Some(&q), None, Ok(PROD)),
        (None, Some(&h), Ok(PROD)),
        (Some(&q), Some(&h), Ok(PROD)),
        (Some("page=2"), Some(&h), Ok(PROD)),
        (Some(""), Some(&h_dev), Ok(DEV)),
        (Some(&q_dev), None, Ok(DEV)),
        (Some(&q), Some(&h_dev), Err(ApiKeyError::Conflicting)),
        (Some(&q_dev), Some(&h), Err(ApiKeyError::Conflicting)),
        (None, None, Err(ApiKeyError::Missing)),
        (Some("page=2"), None, Err(ApiKeyError::Missing)),
        (Some("apiKey="), Some(&h), Err(ApiKeyError::EmptyQueryParameter)),
        (Some(&q), Some("Basic dXNlcjpwYXNz"), Err(ApiKeyError::NotBearer)),
        (Some("apiKey=PRODshort"), Some(&h), Err(ApiKeyError::WrongLength { len: 9 })),
    ];
    for (query, header, expected) in cases {
        let got = ApiKey::from_request(query, header);
        match (&got, expected) {
            (Ok(key), Ok(secret)) => assert_eq!(key.expose_secret(), secret),
            (Err(e), Err(want)) => assert_eq!(*e, want, "{query:?} {header:?}"),
            _ => panic!("{query:?} {header:?}: got {got:?}"),
        }
    }
}
