//! `Deserialize` for `UserProperty` and `UpdateProfile`: the same verdicts and messages
//! as the text entry points, on hand-picked bodies and on the conformance tables.

use crate::support::{load_cases, str_field};
use contactkit::update_profile::UpdateProfile;
use contactkit::user_properties::UserProperty;

/// Whether serde_json refused the text (`serde_error`) before any visitor saw it, where
/// `JSON.parse` (and so the library's reader) reads it: an escaped lone surrogate, a
/// number beyond `f64` (`Infinity` in JavaScript); or the text is not JSON at all (the
/// library's `json.syntax` error, which serde_json words its own way).
fn serde_json_refuses(serde_error: &str, library: &Result<(), String>) -> bool {
    let not_json = library
        .as_ref()
        .err()
        .is_some_and(|m| m.contains("must be valid JSON"));
    serde_error.starts_with("lone leading surrogate")
        || serde_error.starts_with("unexpected end of hex escape")
        || serde_error.starts_with("invalid unicode code point")
        || serde_error.starts_with("number out of range")
        || not_json
}

#[track_caller]
fn agree<T, F>(text: &str, library: F) -> Result<(), String>
where
    T: serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    F: Fn(&[u8]) -> Result<T, String>,
{
    let ours = library(text.as_bytes());
    let via_serde = serde_json::from_str::<T>(text).map_err(|e| e.to_string());
    if ours == via_serde {
        return Ok(());
    }
    let verdict = ours.as_ref().map(|_| ()).map_err(Clone::clone);
    match &via_serde {
        Err(e) if serde_json_refuses(e, &verdict) => Ok(()),
        _ => Err(format!("{text}: library {ours:?}, serde {via_serde:?}")),
    }
}

fn user_property(text: &[u8]) -> Result<UserProperty, String> {
    UserProperty::from_json(text).map_err(|e| e.to_string())
}

fn update_profile(text: &[u8]) -> Result<UpdateProfile, String> {
    UpdateProfile::from_json(text).map_err(|e| e.to_string())
}

#[test]
fn user_property_agrees_with_validate_entry_json() {
    let bodies = [
        r#"{"firstName":"Test","lastName":"2","phoneNumber":"9090909090","email":"Mark@Bik.ai"}"#,
        r#"{"phoneNumber":"9090909010","emial":"mark2@bik.ai","firstName":"Test2","lastName":"4"}"#,
        r#"{"firstName":1,"lastName":"b","firstName":"a"}"#,
        r#"{"firstName":"a","lastName":"b","firstName":1}"#,
        r#"{"zzz":1,"firstName":"a","lastName":"b","5":1}"#,
        r#"{"__proto__":{"firstName":"P","lastName":"Q"},"lastName":"B"}"#,
        r#"{"__proto__":7,"firstName":"A","lastName":"B"}"#,
        r#"{"firstName":"A","lastName":"B","createdAt":1700000000000,"updatedAt":"2024-03-07"}"#,
        r#"{"firstName":"A","lastName":"B","createdAt":18446744073709551615}"#,
        r#"{"firstName":"A","lastName":"B","smsMarketingConsent":"TRUE","tags":["a"," b "]}"#,
        r#"{"firstName":"A","lastName":"B","tags":["a",7]}"#,
        r#"{"firstName":"A","lastName":"B","":1,"a.b":2}"#,
        r#"{"firstName":"A","lastName":"B","x":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"#,
        r#"{}"#,
        r#"[]"#,
        r#"null"#,
        r#""text""#,
        r#"{"firstName":"A",}"#,
    ];
    let failures: Vec<String> = bodies
        .iter()
        .filter_map(|text| agree(text, user_property).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn update_profile_agrees_with_from_json() {
    let bodies = [
        r#"{"email":"Jan@Barasek.com","newsletter":true,"groups":["vip","vip","b2b"]}"#,
        r#"{"emial":"jan@barasek.com"}"#,
        r#"{"email":"jan@barasek.com","__proto__":{}}"#,
        r#"{"email":"x","email":"jan@barasek.com"}"#,
        r#"{"email":"jan@barasek.com","email":"x"}"#,
        r#"{"email":"jan@barasek.com","country":"CZ","postalCode":"01234"}"#,
        r#"{"email":"jan@barasek.com","country":"Narnia","postalCode":"01234"}"#,
        r#"{"email":"jan@barasek.com","newsletter":"true"}"#,
        r#"{"email":"jan@barasek.com","groups":[[]]}"#,
        r#"{"email":"jan@barasek.com","customerRealIp":""}"#,
        r#"{"email":"jan@barasek.com","zip":1,"0":2}"#,
        r#"{"email":"jan@barasek.com","phone":420777123456}"#,
        r#"{}"#,
        r#"[]"#,
        r#"1"#,
    ];
    let failures: Vec<String> = bodies
        .iter()
        .filter_map(|text| agree(text, update_profile).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every case of the Joi conformance table through `Deserialize`.
#[test]
fn conformance_joi_user_properties_through_deserialize() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for case in load_cases("joi_user_properties.json") {
        let Some(entry) = str_field(&case, "entry_json") else {
            continue;
        };
        match agree(entry, user_property) {
            Ok(()) => checked += 1,
            Err(e) => failures.push(format!("id {}: {e}", case["id"])),
        }
    }
    assert!(checked > 1000);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every case of the update-profile conformance table through `Deserialize`.
#[test]
fn conformance_update_profile_through_deserialize() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for case in load_cases("update_profile.json") {
        let Some(body) = str_field(&case, "body") else {
            continue;
        };
        match agree(body, update_profile) {
            Ok(()) => checked += 1,
            Err(e) => failures.push(format!("id {}: {e}", case["id"])),
        }
    }
    assert!(checked >= 155);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A valid value serializes to JSON that deserializes back to the same value.
#[test]
fn serialize_then_deserialize_round_trips() {
    let profile = UpdateProfile::from_json(
        br#"{"email":"jan@barasek.com","phone":"+420 777123456","country":"cz","groups":["vip"]}"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let json = serde_json::to_string(&profile).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        serde_json::from_str::<UpdateProfile>(&json).ok(),
        Some(profile)
    );

    let user = UserProperty::from_json(
        br#"{"firstName":"A","lastName":"B","createdAt":"2024-03-07T10:00:00Z","tags":["x"]}"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let json = serde_json::to_string(&user).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(serde_json::from_str::<UserProperty>(&json).ok(), Some(user));
}

/// `serde_json::Value` is a deserializer too; the value inside a larger struct works.
#[test]
fn other_deserializers_and_nesting() {
    let value = serde_json::json!({"email": "jan@barasek.com", "city": "Kladno"});
    let profile: UpdateProfile = serde_json::from_value(value).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(profile.city(), Some("Kladno"));

    #[derive(serde::Deserialize, Debug)]
    struct Batch {
        #[allow(dead_code)]
        users: Vec<UserProperty>,
    }
    let body = r#"{"users":[{"firstName":"A","lastName":"B"},{"lastName":"B"}]}"#;
    let err = serde_json::from_str::<Batch>(body)
        .map(|_| ())
        .map_err(|e| e.to_string());
    // Nested, serde_json adds where the failing value ends.
    assert_eq!(
        err,
        Err(r#"ValidationError: "firstName" is required at line 1 column 60"#.to_owned())
    );
}
