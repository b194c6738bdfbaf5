//! Writing JSON string literals.

use std::fmt::Write as _;

/// Appends `s` as a JSON string literal (quotes included) to `out`.
pub(crate) fn push_json_string(out: &mut String, s: &str) {
    out.push('"');
    let mut done = 0;
    for (i, c) in s.char_indices() {
        let escaped = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            c if c < ' ' => "",
            _ => continue,
        };
        out.push_str(s.get(done..i).unwrap_or_default());
        if escaped.is_empty() {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push_str(escaped);
        }
        done = i + c.len_utf8();
    }
    out.push_str(s.get(done..).unwrap_or_default());
    out.push('"');
}
