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

mod encoding;
mod json;
mod sizes;
mod work;
