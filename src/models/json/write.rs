//! JSON text written straight from a model, byte for byte what `serde_json::to_string`
//! writes for the model's `Serialize`, without serde's per-byte escaping loop.
//!
//! Normalized values rarely need an escape (the free-text rule drops control characters;
//! emails, phones and dates have none), so strings are copied eight bytes at a time up to
//! the next byte that needs one.

use super::reader::special_bytes;

/// Appends `s` as a JSON string, escaped as serde_json escapes it: `"` and `\` with a
/// backslash, `\b \f \n \r \t` by name, other control bytes as `\u00xx` (lowercase hex);
/// everything else, DEL and non-ASCII included, as it is.
pub(crate) fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Skip eight bytes at a time while none needs an escape.
        if let Some(chunk) = bytes.get(i..i + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let found = special_bytes(u64::from_le_bytes(word));
            if found == 0 {
                i += 8;
                continue;
            }
            // The lowest flagged byte is exact (see `special_bytes`).
            i += (found.trailing_zeros() / 8) as usize;
        }
        let Some(&b) = bytes.get(i) else { break };
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            0x0C => b"\\f",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x00..=0x1F => &[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xF)],
            ],
            _ => {
                i += 1;
                continue;
            }
        };
        out.extend_from_slice(bytes.get(start..i).unwrap_or_default());
        out.extend_from_slice(escape);
        i += 1;
        start = i;
    }
    out.extend_from_slice(bytes.get(start..).unwrap_or_default());
    out.push(b'"');
}

const HEX: [u8; 16] = *b"0123456789abcdef";

/// Writes one JSON object member by member: `{"key":value,...}`.
///
/// Keys are the models' own field names, plain ASCII that never needs an escape.
pub(crate) struct ObjectWriter<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
}

impl<'a> ObjectWriter<'a> {
    /// Opens the object.
    pub(crate) fn new(out: &'a mut Vec<u8>) -> Self {
        out.push(b'{');
        ObjectWriter { out, first: true }
    }

    fn key(&mut self, key: &str) {
        debug_assert!(key.bytes().all(|b| b.is_ascii_alphanumeric()));
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(b"\":");
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
            self.out
                .extend_from_slice(if value { b"true" } else { b"false" });
        }
    }

    /// An array of strings, when there is a value.
    pub(crate) fn strs<'s>(&mut self, key: &str, values: Option<impl Iterator<Item = &'s str>>) {
        if let Some(values) = values {
            self.key(key);
            self.out.push(b'[');
            for (i, value) in values.enumerate() {
                if i > 0 {
                    self.out.push(b',');
                }
                write_str(self.out, value);
            }
            self.out.push(b']');
        }
    }

    /// Closes the object.
    pub(crate) fn end(self) {
        self.out.push(b'}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(s: &str) -> String {
        let mut out = Vec::new();
        write_str(&mut out, s);
        String::from_utf8(out).unwrap()
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
    fn objects_skip_absent_members() {
        let mut out = Vec::new();
        let mut object = ObjectWriter::new(&mut out);
        object.str("a", Some("x"));
        object.str("b", None);
        object.bool("c", Some(false));
        object.strs("d", Some(["p", "q"].into_iter()));
        object.strs("e", None::<std::iter::Empty<&str>>);
        object.end();
        assert_eq!(out, br#"{"a":"x","c":false,"d":["p","q"]}"#);
    }
}
