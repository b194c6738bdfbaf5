//! An order-preserving JSON reader that keeps what JavaScript's `JSON.parse` keeps.
//!
//! The request models must answer exactly as Joi does after `JSON.parse`, and two things
//! that decides are lost by `serde_json::Value` (a sorted map without `preserve_order`):
//! the order of an object's keys and its duplicate keys. This reader keeps every member of
//! an object, in text order, duplicates included; the JavaScript view of an object (last
//! duplicate wins but keeps the first position, array-index keys enumerate first) is
//! applied by the models and [`own_keys`].
//!
//! It also reads numbers as `JSON.parse` does (`1e400` is `Infinity`, not an error), borrows
//! strings without escapes from the input, bounds nesting depth (no stack overflow on
//! `[[[[...`) and lets the caller stream an array or object member by member, which the bulk
//! endpoint uses to validate one entry at a time and to keep each entry's raw text.

use std::borrow::Cow;
use std::collections::HashSet;

use crate::models::sink::too_deep;
use crate::models::ValidationError;

mod compact;
pub(crate) mod de;
mod reader;
mod scan;
#[cfg(feature = "rayon")]
mod split;
mod write;

pub(crate) use compact::compact;
pub(crate) use reader::{ReadError, Reader};
pub(crate) use scan::Scan;
#[cfg(feature = "rayon")]
pub(crate) use split::Splitter;
pub(crate) use write::{write_fields, write_str};

/// A JSON value as `JSON.parse` sees it, strings borrowed from the input where possible.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Json<'a> {
    Null,
    Bool(bool),
    /// A JavaScript number: JSON numbers beyond `f64` range are infinite, as in JavaScript.
    Number(f64),
    String(Cow<'a, str>),
    /// A string with a lone surrogate escape (`"\ud800"`): JavaScript holds it, UTF-8
    /// cannot. The text has U+FFFD in its place and is never stored, only reported.
    Unpaired(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    /// Every member in text order, duplicates included.
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

/// Whether `key` is an ECMAScript array index: the canonical decimal form of an integer in
/// `0..=2^32-2` (`"01"` and `"4294967295"` are ordinary string keys).
pub(crate) fn is_array_index(key: &str) -> bool {
    let bytes = key.as_bytes();
    match bytes {
        [] => false,
        [b'0'] => true,
        [b'1'..=b'9', rest @ ..] if rest.len() < 10 && rest.iter().all(u8::is_ascii_digit) => {
            key.parse::<u64>().is_ok_and(|n| n <= 4_294_967_294)
        }
        _ => false,
    }
}

/// Distinct keys in JavaScript's enumeration order (`Object.keys`): array indices first in
/// ascending numeric order, then the other keys in order of first appearance.
pub(crate) fn own_keys<'k>(keys: impl IntoIterator<Item = &'k str>) -> Vec<&'k str> {
    let mut out: Vec<&str> = Vec::new();
    // Linear de-duplication is cheapest for the usual handful of keys; a set keeps a body
    // with thousands of distinct keys from going quadratic.
    let mut seen: Option<HashSet<&str>> = None;
    for key in keys {
        let fresh = match &mut seen {
            Some(set) => set.insert(key),
            None if out.len() >= 16 => {
                let mut set: HashSet<&str> = out.iter().copied().collect();
                let fresh = set.insert(key);
                seen = Some(set);
                fresh
            }
            None => !out.contains(&key),
        };
        if fresh {
            out.push(key);
        }
    }
    if out.iter().any(|k| is_array_index(k)) {
        let (mut indices, strings): (Vec<&str>, Vec<&str>) =
            out.into_iter().partition(|k| is_array_index(k));
        indices.sort_by_key(|k| k.parse::<u64>().unwrap_or(u64::MAX));
        indices.extend(strings);
        out = indices;
    }
    out
}

/// Borrows a `serde_json::Value` as a [`Json`] tree, nested at most `max_depth` levels
/// (the top-level value is level 1), as the text reader would read its text.
pub(crate) fn from_value(
    value: &serde_json::Value,
    max_depth: usize,
) -> Result<Json<'_>, ValidationError> {
    from_serde(value, 1, max_depth).map_err(too_deep)
}

/// [`from_value`] below `depth`, or the depth limit exceeded.
fn from_serde(
    value: &serde_json::Value,
    depth: usize,
    max_depth: usize,
) -> Result<Json<'_>, usize> {
    use serde_json::Value;
    Ok(match value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Number(n) => Json::Number(n.as_f64().unwrap_or(f64::NAN)),
        Value::String(s) => Json::String(Cow::Borrowed(s)),
        Value::Array(_) | Value::Object(_) if depth > max_depth => return Err(max_depth),
        Value::Array(items) => Json::Array(
            items
                .iter()
                .map(|v| from_serde(v, depth + 1, max_depth))
                .collect::<Result<_, _>>()?,
        ),
        Value::Object(map) => Json::Object(
            map.iter()
                .map(|(k, v)| {
                    Ok::<_, usize>((
                        Cow::Borrowed(k.as_str()),
                        from_serde(v, depth + 1, max_depth)?,
                    ))
                })
                .collect::<Result<_, _>>()?,
        ),
    })
}
