//! serde support for the newtypes (feature `serde`, on by default).
//!
//! Deserializing runs the type's `parse`, so a value that deserializes is valid
//! and canonical, and a rejected one fails with the type's own message (for
//! example `email: missing '@'`). Serializing writes the canonical text.
//! [`ApiKey`] deserializes but never serializes: a secret must not leave
//! through a `Serialize` impl by accident.

use crate::{
    ApiKey, CanonicalEmail, Country, Ico, IntlPhone, Locale, NormalizedIp, PostalCode, ReferralId,
    Region, Timestamp, VatId,
};
use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};
use std::fmt;

/// A visitor that parses borrowed, transient or owned strings alike without
/// first copying them into a `String`.
struct ParseVisitor<T> {
    expecting: &'static str,
    parse: fn(&str) -> Result<T, String>,
}

impl<T> Visitor<'_> for ParseVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        (self.parse)(v).map_err(E::custom)
    }
}

macro_rules! serde_text_newtype {
    ($($ty:ident => $expecting:literal),* $(,)?) => {$(
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_str(ParseVisitor {
                    expecting: $expecting,
                    parse: |s| $ty::parse(s).map_err(|e| e.to_string()),
                })
            }
        }
    )*};
}

serde_text_newtype!(
    CanonicalEmail => "an email address",
    IntlPhone => "a phone number in international form",
    NormalizedIp => "an IPv4 or IPv6 address",
    ReferralId => "a 16-character referral id",
    VatId => "an EU VAT identification number",
    Country => "an ISO 3166-1 country code or name",
    Locale => "a BCP 47 language tag",
    Ico => "an 8-digit IČO",
    PostalCode => "a postal code",
    Region => "a two-letter phone region code",
);

// The error text of `ApiKey::parse` never contains the key, so it is safe to
// pass on to serde (and from there into logs).
impl<'de> Deserialize<'de> for ApiKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(ParseVisitor {
            expecting: "an API key",
            parse: |s| ApiKey::parse(s).map_err(|e| e.to_string()),
        })
    }
}

// A timestamp is written as JavaScript's `toISOString()` text and read from that
// text or any other form `Timestamp::parse` accepts, or from a number of
// milliseconds, as the BIK API's "Date/string" fields arrive.
impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.iso().as_str())
    }
}

struct TimestampVisitor;

impl Visitor<'_> for TimestampVisitor {
    type Value = Timestamp;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an ISO 8601 date-time or a number of milliseconds")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Timestamp, E> {
        Timestamp::parse(v).map_err(E::custom)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Timestamp, E> {
        Timestamp::from_millis(v).map_err(E::custom)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Timestamp, E> {
        let millis = i64::try_from(v).unwrap_or(i64::MAX);
        Timestamp::from_millis(millis).map_err(E::custom)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Timestamp, E> {
        Timestamp::from_js_millis(v).map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TimestampVisitor)
    }
}
