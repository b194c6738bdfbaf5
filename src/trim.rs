//! Trimming white space, with a fast path for text that has nothing to trim.

/// `s.trim()` (Unicode `White_Space` at both ends), without the per-character walk
/// when both ends are ASCII characters other than white space, which is almost every
/// value of a real body: `str::trim` was 3% of bulk validation's instructions
/// (callgrind), about half of them on strings with nothing to trim.
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    let kept = |b: &u8| b.is_ascii() && !matches!(b, b' ' | b'\t'..=b'\r');
    match s.as_bytes() {
        // An ASCII last byte is a whole character in UTF-8; so is an ASCII first byte.
        [first, .., last] if kept(first) && kept(last) => s,
        [only] if kept(only) => s,
        _ => s.trim(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_exactly_as_str_trim() {
        let cases = [
            "",
            " ",
            "a",
            " a",
            "a ",
            "\ta\n",
            "\u{b}x\u{c}",
            "\u{1c}a\u{1f}",
            "\u{85}a",
            "a\u{a0}",
            "\u{3000}b\u{2029}",
            "\u{feff}c",
            "é",
            " é ",
            "ab",
            "a b",
            "\u{7f}",
            "x\u{200b}",
        ];
        for s in cases {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
        for b in 0u8..0x80 {
            let s = (b as char).to_string();
            assert_eq!(trim(&s), s.trim(), "{b:#x}");
            let s = format!("{}x{}", b as char, b as char);
            assert_eq!(trim(&s), s.trim(), "{b:#x}");
        }
    }
}
