//! JSON text without the white space between its tokens, every token kept byte for byte.

use super::reader::Reader;
use super::scan::Scan;
use crate::models::options::DEPTH_CAP;

/// `raw` without the white space between its tokens, or `None` when `raw` is not one JSON
/// value (as `JSON.parse` reads it, nested at most [`DEPTH_CAP`] levels).
///
/// Strings, numbers and escapes are copied as they are (`1e2` stays `1e2`, `"\u011b"`
/// stays escaped, a lone surrogate escape stays), so the result reads back to the same
/// value as `raw` in any JSON parser, and echoes what a client sent on one line.
pub(crate) fn compact(raw: &[u8]) -> Option<Vec<u8>> {
    let mut reader = Reader::new(raw, DEPTH_CAP).ok()?;
    reader.skip().ok()?;
    reader.finish().ok()?;
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while let Some(&b) = raw.get(i) {
        if b == b'"' {
            // The reader accepted the text, so every string is closed.
            let end = i + 1 + Scan::in_string().string_end(raw.get(i + 1..)?)?;
            out.extend_from_slice(raw.get(i..=end)?);
            i = end + 1;
            continue;
        }
        if !matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
            out.push(b);
        }
        i += 1;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_layout_and_keeps_every_token() {
        let cases: [(&str, Option<&str>); 9] = [
            (
                "{\n  \"a\" : 1e2,\n  \"b\": [ 1 , \"x y\" ]\n}",
                Some(r#"{"a":1e2,"b":[1,"x y"]}"#),
            ),
            (r#" "V\u011bra \" \\" "#, Some(r#""V\u011bra \" \\""#)),
            (
                r#"{"a":"\ud800","a":-0.0}"#,
                Some(r#"{"a":"\ud800","a":-0.0}"#),
            ),
            ("[ ]", Some("[]")),
            ("7", Some("7")),
            ("{\"a\":1,}", None),
            ("{} {}", None),
            ("", None),
            ("\"\u{1}\"", None),
        ];
        for (raw, expected) in cases {
            let got = compact(raw.as_bytes()).map(|v| String::from_utf8(v).unwrap_or_default());
            assert_eq!(got.as_deref(), expected, "{raw:?}");
        }
    }
}
