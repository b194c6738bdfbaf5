//! JSON text written straight from a model, byte for byte what `serde_json::to_string`
//! writes for the model's `Serialize`, without serde's per-byte escaping loop.
//!
//! Normalized values rarely need an escape (the free-text rule drops control characters;
//! emails, phones and dates have none), so strings are copied eight bytes at a time up to
//! the next byte that needs one.

use super::reader::special_bytes;
use crate::models::{FieldValue, FieldVisitor, VisitFields};

/// Appends `s` as a JSON string, escaped as serde_json escapes it: `"` and `\` with a
/// backslash, `\b \f \n \r \t` by name, other control bytes as `\u00xx` (lowercase hex);
/// everything else, DEL and non-ASCII included, as it is.
pub(crate) fn write_str(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push('"');
    let mut start = 0;
    let mut i = 0;
    let len = bytes.len();
    while i < len {
        // Eight bytes at a time: the next eight, or at the end the last eight (the ones
        // already checked masked off), or a short string padded with spaces.
        let (found, base) = match bytes.get(i..i + 8) {
            Some(chunk) => (special_bytes(word(chunk)), i),
            None if len >= 8 => {
                let base = len - 8;
                let checked = i - base;
                let found = special_bytes(word(bytes.get(base..).unwrap_or_default()));
                (found & (!0u64 << (8 * checked)), base)
            }
            None => {
                let mut padded = [b' '; 8];
                for (to, from) in padded.iter_mut().zip(bytes.get(i..).unwrap_or_default()) {
                    *to = *from;
                }
                (special_bytes(u64::from_le_bytes(padded)), i)
            }
        };
        if found == 0 {
            i = (base + 8).min(len);
            continue;
        }
        // The lowest flagged byte is exact (see `special_bytes`; the masked bytes were
        // clean, so no borrow starts there).
        i = base + (found.trailing_zeros() / 8) as usize;
        let Some(&b) = bytes.get(i) else { break };
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            0x0C => "\\f",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            _ => CONTROL_ESCAPES
                .get(usize::from(b) * 6..usize::from(b) * 6 + 6)
                .unwrap_or_default(),
        };
        // `start` and `i` sit on ASCII bytes (or the ends), so on character boundaries.
        out.push_str(s.get(start..i).unwrap_or_default());
        out.push_str(escape);
        i += 1;
        start = i;
    }
    out.push_str(s.get(start..).unwrap_or_default());
    out.push('"');
}

/// Eight bytes as one little-endian word (zero when `chunk` is not eight bytes long).
fn word(chunk: &[u8]) -> u64 {
    u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]))
}

/// `\u0000` to `\u001f`, six bytes each, indexed by the control byte.
const CONTROL_ESCAPES: &str = concat!(
    "\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007",
    "\\u0008\\u0009\\u000a\\u000b\\u000c\\u000d\\u000e\\u000f",
    "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017",
    "\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f",
);

/// Writes one JSON object member by member: `{"key":value,...}`.
///
/// Keys are the models' own field names, plain ASCII that never needs an escape.
pub(crate) struct ObjectWriter<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> ObjectWriter<'a> {
    /// Opens the object.
    pub(crate) fn new(out: &'a mut String) -> Self {
        out.push('{');
        ObjectWriter { out, first: true }
    }

    fn key(&mut self, key: &str) {
        debug_assert!(key.bytes().all(|b| b.is_ascii_alphanumeric()));
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.out.push('"');
        self.out.push_str(key);
        self.out.push_str("\":");
    }

    /// A string member, when there is a value.
    pub(crate) fn str(&mut self, key: &str, value: Option<&str>) {
        if let Some(value) = value {
            self.key(key);
            write_str(self.out, value);
        }
    }

    /// A boolean member, when there is a value.
    pub(crate) fn bool(&mut self, key: &str, value: Option<bool>) {
        if let Some(value) = value {
            self.key(key);
            self.out.push_str(if value { "true" } else { "false" });
        }
    }

    /// An array of strings, when there is a value.
    pub(crate) fn strs<'s>(&mut self, key: &str, values: Option<impl Iterator<Item = &'s str>>) {
        if let Some(values) = values {
            self.key(key);
            self.out.push('[');
            for (i, value) in values.enumerate() {
                if i > 0 {
                    self.out.push(',');
                }
                write_str(self.out, value);
            }
            self.out.push(']');
        }
    }

    /// A member of any kind, when there is a value. Always inlined: at each call of a
    /// model's `visit` the kind is a constant, so only that arm remains.
    #[inline(always)]
    pub(crate) fn field(&mut self, key: &str, value: Option<FieldValue<'_>>) {
        match value {
            None => {}
            Some(FieldValue::Text(text)) => self.str(key, Some(text)),
            Some(FieldValue::Bool(flag)) => self.bool(key, Some(flag)),
            Some(FieldValue::Timestamp(at)) => self.str(key, Some(at.iso().as_str())),
            Some(FieldValue::List(items)) => self.strs(key, Some(items)),
        }
    }

    /// Closes the object.
    pub(crate) fn end(self) {
        self.out.push('}');
    }
}

/// A model's JSON object, member by member from its `visit` (the writer behind each
/// model's `write_json`; [`serialize_fields`](crate::models::serialize_fields) is its
/// serde twin).
pub(crate) fn write_fields(model: &impl VisitFields, out: &mut String) {
    let mut o = ObjectWriter::new(out);
    model.visit(&mut o);
    o.end();
}

impl<'a> FieldVisitor<'a> for ObjectWriter<'_> {
    #[inline(always)]
    fn field(&mut self, name: &'static str, value: Option<FieldValue<'a>>) {
        ObjectWriter::field(self, name, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(s: &str) -> String {
        let mut out = String::new();
        write_str(&mut out, s);
        out
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut every_byte: String = (0u8..0x80).map(char::from).collect();
        every_byte.push_str("ěščř €𝄞 \u{2028}\u{FEFF}");
        let cases = [
            "",
            "a",
            "plain ascii text longer than eight bytes",
            "\"",
            "\\",
            "12345678\"",
            "1234567\"8",
            "\u{0}\u{1f}\u{7f}",
            "tab\there, newline\nthere\r\u{8}\u{c}",
            "Kateřina \"Kačka\" Dvořáková\\",
            &every_byte,
        ];
        for case in cases {
            assert_eq!(
                written(case),
                serde_json::to_string(case).unwrap(),
                "{case:?}"
            );
        }
    }

    #[test]
    fn every_position_of_an_escape_in_a_word() {
        for len in 0..20 {
            for at in 0..len {
                for special in ['"', '\\', '\n', '\u{1}'] {
                    let s: String = (0..len)
                        .map(|i| if i == at { special } else { 'x' })
                        .collect();
                    assert_eq!(written(&s), serde_json::to_string(&s).unwrap(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn every_pair_of_escapes() {
        for len in 0..20 {
            for a in 0..len {
                for b in a..len {
                    let s: String = (0..len)
                        .map(|i| match i {
                            _ if i == a => '"',
                            _ if i == b => '\u{1f}',
                            _ if i % 3 == 0 => 'é',
                            _ => 'x',
                        })
                        .collect();
                    assert_eq!(written(&s), serde_json::to_string(&s).unwrap(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn objects_skip_absent_members() {
        let mut out = String::new();
        let mut object = ObjectWriter::new(&mut out);
        object.str("a", Some("x"));
        object.str("b", None);
        object.bool("c", Some(false));
        object.strs("d", Some(["p", "q"].into_iter()));
        object.strs("e", None::<std::iter::Empty<&str>>);
        object.end();
        assert_eq!(out, r#"{"a":"x","c":false,"d":["p","q"]}"#);
    }
}
