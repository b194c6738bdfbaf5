//! Writing JSON text by hand, for the few shapes the CLI builds itself.
//!
//! CSV rows become JSON objects for the validator and rejects become JSON lines; both
//! keep keys in their own order and may repeat a key (a CSV header can), which a
//! `serde_json::Map` would sort and merge. Writing into a `Vec<u8>` cannot fail, so these
//! helpers return nothing.

/// Appends `text` as a JSON string literal (RFC 8259 escapes; non-ASCII kept as UTF-8).
pub fn push_str(out: &mut Vec<u8>, text: &str) {
    out.reserve(text.len() + 2);
    out.push(b'"');
    let mut rest = text.as_bytes();
    // Copy runs that need no escape in one go: most text has none.
    while let Some(i) = find_escape(rest) {
        let (run, tail) = rest.split_at(i);
        out.extend_from_slice(run);
        let Some((&b, tail)) = tail.split_first() else {
            break;
        };
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            _ => out.extend_from_slice(format!("\\u{b:04x}").as_bytes()),
        }
        rest = tail;
    }
    out.extend_from_slice(rest);
    out.push(b'"');
}

/// The index of the first byte that JSON must escape (`"`, `\`, below 0x20).
///
/// Eight bytes at a time: CSV rows are turned into JSON text for the validator, and a
/// byte-by-byte scan was the largest single cost of reading CSV (callgrind).
fn find_escape(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Whether any byte of `v` is zero (exact for "any", which is all we ask: the byte
    // itself is found by the loop below).
    fn has_zero(v: u64) -> bool {
        v.wrapping_sub(ONES) & !v & HIGH != 0
    }
    let mut start = 0;
    while let Some(chunk) = bytes.get(start..start + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let x = u64::from_le_bytes(chunk);
        // Some byte below 0x20 (bytes of 0x80 and up have their top bit masked by !x).
        let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH != 0;
        if below_space
            || has_zero(x ^ (ONES * u64::from(b'"')))
            || has_zero(x ^ (ONES * u64::from(b'\\')))
        {
            break;
        }
        start += 8;
    }
    let tail = bytes.get(start..).unwrap_or_default();
    tail.iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
        .map(|i| start + i)
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
/// not JSON is echoed as a string instead).
pub fn minify(raw: &[u8]) -> Option<Vec<u8>> {
    serde_json::from_slice::<&serde_json::value::RawValue>(raw).ok()?;
    let mut out = Vec::with_capacity(raw.len());
    let mut in_string = false;
    let mut escaped = false;
    for &b in raw {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else if matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
            continue;
        } else if b == b'"' {
            in_string = true;
        }
        out.push(b);
    }
    Some(out)
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
    fn find_escape_agrees_with_a_byte_scan() {
        let specials = [b'"', b'\\', 0x00, 0x1f, b'\n'];
        let plain = "aé€ \u{7f}~ÿx".as_bytes();
        for len in 0..40 {
            let base: Vec<u8> = plain.iter().copied().cycle().take(len).collect();
            assert_eq!(find_escape(&base), None, "{base:?}");
            for at in 0..len {
                for special in specials {
                    let mut bytes = base.clone();
                    bytes[at] = special;
                    let expected = bytes
                        .iter()
                        .position(|&b| b == b'"' || b == b'\\' || b < 0x20);
                    assert_eq!(find_escape(&bytes), expected, "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn minify_keeps_strings_and_drops_layout() {
        assert_eq!(
            minify(b"{\n  \"a b\": [1, \"x \\\" y\"],\r\n \"c\" : {}\n}").unwrap(),
            b"{\"a b\":[1,\"x \\\" y\"],\"c\":{}}"
        );
        assert_eq!(minify(b"{\"a\":1,}"), None);
        assert_eq!(minify(b"{\"a\":1,\"a\":2}").unwrap(), b"{\"a\":1,\"a\":2}");
    }
}
