//! Helpers shared by the fuzz targets.
//!
//! Every failure panics through [`fail`], which prints what broke, the printed form
//! involved and the input both as text and as bytes, so a crash report alone is enough
//! to write the regression test (the habit of jiff's `fuzz/fuzz_targets/`).

#![allow(dead_code)] // each target uses a subset

use std::fmt::{Debug, Display};

use arbitrary::{Arbitrary, Unstructured};
use contactkit::user_properties::UserProperty;
use contactkit::{PathSegment, Report, ValidationError};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Panics with `what`, the value or printed form involved, and the input.
#[track_caller]
pub fn fail(what: &str, printed: &dyn Debug, input: &[u8]) -> ! {
    panic!(
        "{what}\n  printed: {printed:?}\n  input:   {:?}\n  bytes:   {input:?}",
        String::from_utf8_lossy(input)
    )
}

/// `assert!` that reports through [`fail`].
macro_rules! ensure {
    ($cond:expr, $what:expr, $printed:expr, $input:expr) => {
        if !$cond {
            $crate::common::fail($what, &$printed, $input)
        }
    };
}
pub(crate) use ensure;

/// The input shape of the single-object JSON targets: a mode byte, then the object. An
/// even mode byte (the seeds use a space) means the rest is the JSON text as is; an odd
/// one builds the object with `arbitrary` from `schema`'s keys and a pool of realistic
/// values (STYLE §8, structured input). `check` gets the JSON text.
pub fn json_object_input(data: &[u8], schema: &[&str], check: impl FnOnce(&[u8])) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode & 1 == 0 {
        check(rest);
    } else if let Ok(entry) = Entry::arbitrary_take_rest(Unstructured::new(rest)) {
        check(entry.to_json(schema).as_bytes());
    }
}

/// An accepted BIK entry serializes to JSON that validates to an equal value; returns that
/// JSON for further checks.
pub fn bik_reprint(user: &UserProperty, input: &[u8]) -> String {
    let printed = match serde_json::to_string(user) {
        Ok(printed) => printed,
        Err(e) => fail(
            "an accepted entry does not serialize",
            &(user, e.to_string()),
            input,
        ),
    };
    match UserProperty::from_json(printed.as_bytes()) {
        Ok(again) => ensure!(
            &again == user,
            "the serialized entry validates to another value",
            (&printed, again),
            input
        ),
        Err(e) => fail("the serialized entry is rejected", &(&printed, e), input),
    }
    printed
}

/// The two error modes agree: both accept an equal value (returned) or both reject, the
/// abort-early error being the first of all errors, and every error passes
/// [`validation_error`] against `schema` and the strings of `json`.
pub fn agree_on_modes<'a, T: PartialEq + Debug>(
    first: &'a Result<T, ValidationError>,
    all: &Result<T, Report>,
    json: &[u8],
    schema: &[&str],
    input: &[u8],
) -> Option<&'a T> {
    match (first, all) {
        (Ok(value), Ok(same)) => {
            ensure!(
                value == same,
                "abort-early and all-errors modes accept different values",
                (value, same),
                input
            );
            Some(value)
        }
        (Err(e), Err(report)) => {
            ensure!(
                report.first() == e,
                "the abort-early error is not the first of all errors",
                (e, report),
                input
            );
            let strings = std::str::from_utf8(json)
                .map(json_strings)
                .unwrap_or_default();
            for error in report.iter() {
                validation_error(error, schema, &strings, input);
            }
            None
        }
        _ => fail(
            "abort-early and all-errors modes disagree on validity",
            &(first, all),
            input,
        ),
    }
}

/// The invariants of a text newtype, for one input.
///
/// Accepted: `Display` prints `as_str()`; the printed form parses back to an equal value
/// (so normalizing twice changes nothing); the serde JSON round trip gives the same value.
/// Rejected: the message is `<concept>: <reason>`, lower-case start, no final full stop,
/// and the crate-level `Error` prints the same text.
pub fn text_newtype<T, E>(
    input: &[u8],
    text: &str,
    concept: &str,
    parse: impl Fn(&str) -> Result<T, E>,
    as_str: impl Fn(&T) -> &str,
) -> Option<T>
where
    T: PartialEq + Debug + Display + Serialize + DeserializeOwned,
    E: Debug + Display + Clone,
    contactkit::Error: From<E>,
{
    match parse(text) {
        Ok(value) => {
            let printed = value.to_string();
            ensure!(
                printed == as_str(&value),
                "Display differs from as_str()",
                (&printed, as_str(&value)),
                input
            );
            match parse(&printed) {
                Ok(again) => ensure!(
                    again == value,
                    "the printed form parses to a different value",
                    (&printed, &again, &value),
                    input
                ),
                Err(e) => fail("the printed form is rejected", &(&printed, e), input),
            }
            serde_roundtrip(&value, input);
            Some(value)
        }
        Err(e) => {
            newtype_error(&e, concept, input);
            None
        }
    }
}

/// A newtype error's message: `<concept>: <reason>`, and the crate `Error` agrees.
pub fn newtype_error<E: Display + Debug + Clone>(e: &E, concept: &str, input: &[u8])
where
    contactkit::Error: From<E>,
{
    let message = e.to_string();
    let reason = message
        .strip_prefix(concept)
        .and_then(|r| r.strip_prefix(": "));
    match reason {
        Some(reason) => ensure!(
            !reason.is_empty()
                && !reason.starts_with(|c: char| c.is_ascii_uppercase())
                && !reason.ends_with('.'),
            "error reason is not lower-case text without a full stop",
            message,
            input
        ),
        None => fail("error message lacks its concept prefix", &message, input),
    }
    let crate_error = contactkit::Error::from(e.clone());
    ensure!(
        crate_error.to_string() == message,
        "the crate Error prints another message",
        (&message, crate_error),
        input
    );
}

/// serde: the value serializes to a JSON string that deserializes to an equal value.
pub fn serde_roundtrip<T>(value: &T, input: &[u8])
where
    T: PartialEq + Debug + Serialize + DeserializeOwned,
{
    let json = match serde_json::to_string(value) {
        Ok(json) => json,
        Err(e) => fail("serialization failed", &(value, e.to_string()), input),
    };
    match serde_json::from_str::<T>(&json) {
        Ok(back) => ensure!(
            &back == value,
            "serde round trip changed the value",
            (&json, &back, value),
            input
        ),
        Err(e) => fail(
            "serialized form does not deserialize",
            &(&json, e.to_string()),
            input,
        ),
    }
}

/// Every string token of a JSON text, decoded as `JSON.parse` decodes it (a lone
/// surrogate escape becomes U+FFFD). Keys and values alike: a superset of the keys, enough
/// to check that an error names a key the client sent. Any text is read without panicking;
/// for text that is not JSON the result is only a best effort.
pub fn json_strings(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'"' {
            i += 1;
            continue;
        }
        i += 1;
        let mut s = String::new();
        let mut units: Vec<u16> = Vec::new();
        let flush = |units: &mut Vec<u16>, s: &mut String| {
            s.extend(char::decode_utf16(units.drain(..)).map(|r| r.unwrap_or('\u{FFFD}')));
        };
        while i < bytes.len() && bytes[i] != b'"' {
            if bytes[i] == b'\\' && i + 1 < bytes.len() {
                let e = bytes[i + 1];
                i += 2;
                let hex = bytes
                    .get(i..i + 4)
                    .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
                    .and_then(|h| u16::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
                if let (b'u', Some(unit)) = (e, hex) {
                    units.push(unit);
                    i += 4;
                    continue;
                }
                flush(&mut units, &mut s);
                s.push(match e {
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    other => other as char,
                });
                if !e.is_ascii() {
                    // Not JSON; resynchronize on a character boundary.
                    while i < bytes.len() && !text.is_char_boundary(i) {
                        i += 1;
                    }
                }
            } else {
                flush(&mut units, &mut s);
                let ch = text[i..].chars().next().unwrap_or('\u{FFFD}');
                s.push(ch);
                i += ch.len_utf8();
            }
        }
        flush(&mut units, &mut s);
        i += 1;
        out.push(s);
    }
    out
}

/// The shape every `ValidationError` must have: `ValidationError: ` and the message, a
/// message that starts with the quoted label, and a path whose first step is a key the
/// schema knows or the input holds.
pub fn validation_error(e: &ValidationError, schema: &[&str], strings: &[String], input: &[u8]) {
    let shown = e.to_string();
    ensure!(
        shown.strip_prefix("ValidationError: ") == Some(e.message()),
        "Display is not `ValidationError: ` + message",
        shown,
        input
    );
    ensure!(
        e.message().starts_with('"'),
        "message does not start with the quoted label",
        shown,
        input
    );
    ensure!(
        !e.kind().code().is_empty(),
        "empty error code",
        shown,
        input
    );
    match e.path().segments().first() {
        None => {}
        Some(PathSegment::Key(key)) => ensure!(
            schema.contains(&key.as_ref()) || strings.iter().any(|s| s == key.as_ref()),
            "the error's first key is neither in the schema nor in the input",
            (shown, key),
            input
        ),
        Some(other) => fail(
            "the error's path starts with an index",
            &(shown, other),
            input,
        ),
    }
}

/// A text from a pool of interesting values, or any text.
#[derive(Arbitrary, Debug, Clone)]
pub enum Text {
    /// One of [`POOL`].
    Pool(u8),
    /// Anything.
    Any(String),
}

/// Values every parser behind the request models sees in real traffic, and their
/// near misses.
pub const POOL: &[&str] = &[
    "",
    " ",
    "Jan",
    "  Mark  Barasek ",
    "a\u{0}b",
    "tab\there",
    "e\u{301}",
    "mark@bik.ai",
    " Jan@Bücher.DE ",
    "jan@xn--bcher-kva.de",
    "x@@y",
    "jan@example.test",
    "9090909090",
    "+420 777 123 456",
    "+1 (650) 253-0000",
    "020 7946 0000",
    "+44 7700 900123",
    "2024-02-29",
    "2024-02-30",
    "1700000000000",
    "-1.5",
    "2024-01-15T10:20:30.123456Z",
    "+275760-09-13T00:00:00.000Z",
    "true",
    "FALSE",
    "yes",
    "CZ",
    "cze",
    "SK",
    "Czech Republic",
    "Narnia",
    "27201",
    "01234",
    "811 01",
    "CZ25123891",
    "nl 006 375 054 b01",
    "05103118",
    "606 93 771",
    "en-US",
    "sr-latn-rs",
    "1cGIHvFoQDGLAbcA",
    "::ffff:1.2.3.4",
    "192.0.2.1",
    "localhost",
    "__proto__",
    "0",
    "4294967294",
    "a.b",
    "vip",
    "firstName",
    "lastName",
    "source",
    "phoneNumber",
    "alternatePhoneNumber",
    "email",
    "address1",
    "address2",
    "city",
    "state",
    "country",
    "createdAt",
    "updatedAt",
    "emailMarketingConsent",
    "smsMarketingConsent",
    "tags",
    "partnerCustomerId",
    "name",
    "phone",
    "companyName",
    "companyRegistrationNumber",
    "taxIdentificationNumber",
    "streetAddress",
    "cityPart",
    "stateRegion",
    "postalCode",
    "newsletter",
    "primaryLocale",
    "groups",
    "customerRealIp",
    "referralId",
    "userProperties",
];

impl Text {
    pub fn as_str(&self) -> &str {
        match self {
            Text::Pool(i) => POOL[usize::from(*i) % POOL.len()],
            Text::Any(s) => s,
        }
    }
}

/// A JSON value built by `arbitrary`, for the structured halves of the model targets.
#[derive(Arbitrary, Debug, Clone)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Text),
    Array(Vec<Value>),
    Object(Vec<(Text, Value)>),
}

impl Value {
    pub fn write(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Int(n) => out.push_str(&n.to_string()),
            // JSON has no NaN or infinity; serde_json writes them as null.
            Value::Float(x) => out.push_str(&serde_json::to_string(x).unwrap_or_default()),
            Value::Str(t) => write_str(out, t.as_str()),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Value::Object(members) => {
                write_object(out, members.iter().map(|(k, v)| (k.as_str(), v)))
            }
        }
    }
}

/// A JSON string literal.
pub fn write_str(out: &mut String, s: &str) {
    out.push_str(&serde_json::to_string(s).unwrap_or_default());
}

/// A JSON object from its members, in the given order (duplicates kept).
pub fn write_object<'a>(out: &mut String, members: impl Iterator<Item = (&'a str, &'a Value)>) {
    out.push('{');
    for (i, (key, value)) in members.enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, key);
        out.push(':');
        value.write(out);
    }
    out.push('}');
}

/// An object with the schema's keys (each present or not, with any value) and extra
/// members, the structured input of a request model (STYLE §8, regex's `ast_roundtrip`).
#[derive(Arbitrary, Debug, Clone)]
pub struct Entry {
    /// One optional value per schema key, in schema order.
    pub fields: Vec<Option<Value>>,
    /// Members after the schema's: unknown keys, duplicates, `__proto__`.
    pub extra: Vec<(Text, Value)>,
    /// Rotates the members, so schema keys are not always first.
    pub rotate: u8,
}

impl Entry {
    /// The entry as JSON text, for a schema with `keys`.
    pub fn to_json(&self, keys: &[&str]) -> String {
        let mut members: Vec<(&str, &Value)> = keys
            .iter()
            .zip(&self.fields)
            .filter_map(|(k, v)| v.as_ref().map(|v| (*k, v)))
            .collect();
        members.extend(self.extra.iter().map(|(k, v)| (k.as_str(), v)));
        if !members.is_empty() {
            let by = usize::from(self.rotate) % members.len();
            members.rotate_left(by);
        }
        let mut out = String::new();
        write_object(&mut out, members.into_iter());
        out
    }
}
