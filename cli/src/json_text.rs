//! Writing JSON text for the few shapes the CLI builds itself, through `serde_json`.
//!
//! CSV rows become JSON objects for the validator and rejects become JSON lines; both
//! keep keys in their own order and may repeat a key (a CSV header can), which a
//! `serde_json::Map` would sort and merge, so the objects are put together here while
//! every string is escaped by `serde_json` (the workspace's one escaper outside the
//! library). Writing into a `Vec<u8>` cannot fail, so these helpers return nothing.

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
}
