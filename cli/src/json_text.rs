//! Writing JSON text for the few shapes the CLI builds itself, through `serde_json`.
//!
//! CSV rows become JSON objects for the validator and rejects become JSON lines; both
//! keep keys in their own order and may repeat a key (a CSV header can), which a
//! `serde_json::Map` would sort and merge, so the objects are put together here while
//! every string is escaped by `serde_json` (the workspace's one escaper outside the
//! library). Writing into a `Vec<u8>` cannot fail, so these helpers return nothing.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

/// Appends `text` as a JSON string literal (RFC 8259 escapes; non-ASCII kept as UTF-8).
pub fn push_str(out: &mut Vec<u8>, text: &str) {
    // Serializing a `str` into a `Vec` has no way to fail.
    let _ = serde_json::to_writer(out, text);
}

/// Appends a JSON array of strings.
pub fn push_str_array<'a>(out: &mut Vec<u8>, items: impl IntoIterator<Item = &'a str>) {
    out.push(b'[');
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        push_str(out, item);
    }
    out.push(b']');
}

/// `raw` without the white space between tokens, if it is one JSON value; `None` if not.
///
/// Rejected JSON records are echoed into a JSON Lines file, so a pretty-printed record
/// must lose its line breaks; only well-formed JSON is copied this way (a record that is
/// not JSON is echoed as a string instead). `serde_json` reads and writes it, keeping
/// keys in order with their duplicates; numbers are written as `serde_json` reads them
/// (`1e2` becomes `100.0`).
pub fn minify(raw: &[u8]) -> Option<Vec<u8>> {
    let value: Ordered = serde_json::from_slice(raw).ok()?;
    serde_json::to_vec(&value).ok()
}

/// A JSON value that keeps its object members in order, duplicates included.
enum Ordered {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
    Array(Vec<Ordered>),
    Object(Vec<(String, Ordered)>),
}

impl<'de> Deserialize<'de> for Ordered {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(OrderedVisitor)
    }
}

struct OrderedVisitor;

impl<'de> Visitor<'de> for OrderedVisitor {
    type Value = Ordered;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Ordered, E> {
        Ok(Ordered::Null)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Ordered, E> {
        Ok(Ordered::Bool(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Ordered, E> {
        Ok(Ordered::Number(v.into()))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Ordered, E> {
        Ok(Ordered::Number(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Ordered, E> {
        serde_json::Number::from_f64(v)
            .map(Ordered::Number)
            .ok_or_else(|| E::custom("not a finite number"))
    }

    fn visit_str<E>(self, v: &str) -> Result<Ordered, E> {
        Ok(Ordered::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Ordered, E> {
        Ok(Ordered::String(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Ordered, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Ordered::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ordered, A::Error> {
        let mut members = Vec::new();
        while let Some(member) = map.next_entry()? {
            members.push(member);
        }
        Ok(Ordered::Object(members))
    }
}

impl Serialize for Ordered {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Ordered::Null => serializer.serialize_unit(),
            Ordered::Bool(b) => serializer.serialize_bool(*b),
            Ordered::Number(n) => n.serialize(serializer),
            Ordered::String(s) => serializer.serialize_str(s),
            Ordered::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Ordered::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (key, value) in members {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_like_serde_json() {
        for text in ["plain", "q\"b\\s", "nl\n\r\t", "\u{1}\u{1f}x", "Jiří ☎", ""] {
            let mut out = Vec::new();
            push_str(&mut out, text);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(text).unwrap()
            );
        }
    }

    #[test]
    fn minify_keeps_strings_and_drops_layout() {
        assert_eq!(
            minify(b"{\n  \"a b\": [1, \"x \\\" y\"],\r\n \"c\" : {}\n}").unwrap(),
            b"{\"a b\":[1,\"x \\\" y\"],\"c\":{}}"
        );
        assert_eq!(minify(b"{\"a\":1,}"), None);
        assert_eq!(
            minify(b"{\"b\":1,\"a\":2,\"b\":3}").unwrap(),
            b"{\"b\":1,\"a\":2,\"b\":3}"
        );
    }
}
