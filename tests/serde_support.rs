//! The `serde` feature: canonical text out, `parse` in, messages preserved.
#![cfg(feature = "serde")]

use contactkit::{
    ApiKey, CanonicalEmail, Country, Ico, IntlPhone, Locale, NormalizedIp, PostalCode, ReferralId,
    Region, Timestamp, VatId,
};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Deserializes `input` (a JSON string literal's content), checks the value
/// serializes to `canonical`, and that the canonical JSON deserializes back.
#[track_caller]
fn round_trip<T>(input: &str, canonical: &str)
where
    T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let json = serde_json::to_string(input).expect("a string serializes");
    let value: T = serde_json::from_str(&json).expect("valid input deserializes");
    let out = serde_json::to_string(&value).expect("serializes");
    assert_eq!(out, serde_json::to_string(canonical).expect("string"));
    let again: T = serde_json::from_str(&out).expect("canonical form deserializes");
    assert_eq!(again, value);
}

#[test]
fn every_text_newtype_round_trips_through_json() {
    round_trip::<CanonicalEmail>(" Jan@Bücher.DE ", "jan@bücher.de");
    round_trip::<IntlPhone>("+420 777 123 456", "+420 777123456");
    round_trip::<NormalizedIp>("::1", "127.0.0.1");
    round_trip::<NormalizedIp>("2001:4860:4860:0:0:0:0:8888", "2001:4860:4860::8888");
    round_trip::<ReferralId>(" 1cGIHvFoQDGLAbcA ", "1cGIHvFoQDGLAbcA");
    round_trip::<VatId>("cz 9609040727", "CZ9609040727");
    round_trip::<Country>("Czechia", "CZ");
    round_trip::<Locale>("ZH-hant-TW", "zh-Hant-TW");
    round_trip::<Ico>("05103118", "05103118");
    round_trip::<PostalCode>("272 01", "272 01");
    round_trip::<Region>("in", "IN");
}

#[test]
fn deserialize_error_is_the_types_own_message() {
    let err = serde_json::from_str::<CanonicalEmail>(r#""jan.barasek.com""#).unwrap_err();
    assert!(
        err.to_string().starts_with("email: missing '@'"),
        "got {err}"
    );
    let err = serde_json::from_str::<IntlPhone>(r#""777 123 456""#).unwrap_err();
    assert!(err.to_string().starts_with("phone: "), "got {err}");
    let err = serde_json::from_str::<Region>(r#""001""#).unwrap_err();
    assert!(
        err.to_string().starts_with("phone: unknown region code"),
        "got {err}"
    );
}

#[test]
fn non_strings_are_type_errors() {
    let err = serde_json::from_str::<CanonicalEmail>("42").unwrap_err();
    assert!(err.to_string().contains("an email address"), "got {err}");
    let err = serde_json::from_str::<IntlPhone>("null").unwrap_err();
    assert!(err.to_string().contains("phone number"), "got {err}");
}

#[test]
fn api_key_deserializes_without_leaking_in_errors() {
    let key: ApiKey = serde_json::from_str(r#""PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE""#).expect("valid");
    assert_eq!(key.expose_secret(), "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");
    let near_miss = r#""PRODPGrFxpGEtrOZfuWhnoJohUYBXuO!""#;
    let err = serde_json::from_str::<ApiKey>(near_miss).unwrap_err();
    let text = err.to_string();
    assert!(text.starts_with("api key: "), "got {text}");
    assert!(!text.contains("PGrFxpGE"), "error leaks the key: {text}");
}

#[test]
fn models_deserialize_field_by_field() {
    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Contact {
        email: CanonicalEmail,
        phone: IntlPhone,
    }
    let ok: Contact =
        serde_json::from_str(r#"{"email":"Jan@Barasek.com","phone":"+420 777123456"}"#)
            .expect("valid contact");
    assert_eq!(ok.email.as_str(), "jan@barasek.com");
    let err = serde_json::from_str::<Contact>(r#"{"email":"jan@barasek.com","phone":"12"}"#)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.starts_with("phone: "), "got {err}");
}

#[test]
fn timestamp_reads_text_and_millis_and_writes_iso() {
    let t: Timestamp = serde_json::from_str(r#""2024-03-07T15:30:00+05:30""#).expect("iso text");
    assert_eq!(
        serde_json::to_string(&t).expect("ser"),
        r#""2024-03-07T10:00:00.000Z""#
    );
    let n: Timestamp = serde_json::from_str("1709805600000").expect("millis");
    assert_eq!(n, t);
    let f: Timestamp = serde_json::from_str("1709805600000.9").expect("fractional millis");
    assert_eq!(f, t);
    let err = serde_json::from_str::<Timestamp>(r#""2024-02-30""#).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("timestamp: no such calendar date"),
        "{err}"
    );
    assert!(serde_json::from_str::<Timestamp>("18446744073709551615").is_err());
}
