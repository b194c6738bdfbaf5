//! The free-text rule (see the table in the [models docs](crate::models)): one function
//! for every free-text field of both request models.

use std::borrow::Cow;

use icu_normalizer::ComposingNormalizerBorrowed;

use crate::models::ValidationErrorKind;

/// The free-text rule on an already trimmed, non-empty string, then the length `limit`
/// in UTF-16 code units: control characters are an error, invisible disguises are
/// dropped, white space runs become one space, the text is put in NFC. Borrowed when
/// nothing changed (the common case: no allocation).
pub(crate) fn free_text(trimmed: &str, limit: usize) -> Result<Cow<'_, str>, ValidationErrorKind> {
    let (collapsed, below_u0300) = collapse_free_text(trimmed)?;
    // NFC never turns a non-space into white space nor into a dropped or control
    // character (U+2000/U+2001 decompose to other spaces, already collapsed), so the
    // result stays collapsed and the rule is idempotent.
    let text = match collapsed {
        // Every character below U+0300 is NFC and combines with nothing (the first
        // combining mark is U+0300): ASCII, Latin, Czech and German names never reach the
        // tables.
        text if below_u0300 => text,
        text => {
            // ICU4X's normalizer (also behind `idna`): one implementation in the binary.
            // It borrows when the text is NFC already.
            let nfc = match ComposingNormalizerBorrowed::new_nfc().normalize(&text) {
                Cow::Borrowed(_) => None,
                Cow::Owned(nfc) => Some(nfc),
            };
            nfc.map_or(text, Cow::Owned)
        }
    };
    if exceeds_utf16_len(&text, limit) {
        return Err(ValidationErrorKind::TooLong { limit });
    }
    Ok(text)
}

/// Invisible characters free text drops: the bidirectional embeddings, overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069), which can reorder how the text around them is
/// displayed ("Trojan Source", CVE-2021-42574), and the zero-width space, word joiner and
/// byte order mark (U+200B, U+2060, U+FEFF), which only hide one string inside another.
/// Zero-width (non-)joiners and the single direction marks stay: Indic scripts, emoji
/// sequences and right-to-left names need them.
fn is_dropped_invisible(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The free-text rule on an already trimmed, non-empty string: a control character other
/// than tab, CR and LF is [`ValidationErrorKind::ControlCharacters`]; otherwise the
/// [dropped invisible characters](is_dropped_invisible) go, every run of white space
/// becomes one space, and the ends are trimmed again. Nothing left is
/// [`ValidationErrorKind::Empty`]. Borrowed when nothing changed; the flag says whether
/// every character of the input is below U+0300 (so the text is already NFC).
fn collapse_free_text(trimmed: &str) -> Result<(Cow<'_, str>, bool), ValidationErrorKind> {
    if is_plain_ascii(trimmed.as_bytes()) {
        return Ok((Cow::Borrowed(trimmed), true));
    }
    let mut needs_rewrite = false;
    let mut after_space = false;
    let mut below_u0300 = true;
    if trimmed.is_ascii() {
        // Byte loop for the common case; ASCII white space is \t \n \x0b \x0c \r and space.
        for &b in trimmed.as_bytes() {
            match b {
                b' ' => {
                    needs_rewrite |= after_space;
                    after_space = true;
                }
                b'\t' | b'\n' | b'\r' => {
                    needs_rewrite = true;
                    after_space = false;
                }
                0..=0x1f | 0x7f => return Err(ValidationErrorKind::ControlCharacters),
                _ => after_space = false,
            }
        }
    } else {
        for c in trimmed.chars() {
            below_u0300 &= c < '\u{300}';
            if c.is_control() && !matches!(c, '\t' | '\r' | '\n') {
                return Err(ValidationErrorKind::ControlCharacters);
            }
            if c == ' ' {
                needs_rewrite |= after_space;
                after_space = true;
            } else {
                needs_rewrite |= c.is_whitespace() || is_dropped_invisible(c);
                after_space = false;
            }
        }
    }
    if !needs_rewrite {
        return Ok((Cow::Borrowed(trimmed), below_u0300));
    }
    let mut out = String::with_capacity(trimmed.len());
    // A space is written only before the next kept character: dropped characters at the
    // ends or between spaces leave neither a leading, trailing nor double space.
    let mut pending_space = false;
    for c in trimmed.chars() {
        if is_dropped_invisible(c) {
            continue;
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    if out.is_empty() {
        return Err(ValidationErrorKind::Empty);
    }
    Ok((Cow::Owned(out), below_u0300))
}

/// Whether `bytes` is ASCII without a control character (below 0x20, or 0x7f) and
/// without two spaces in a row: text the free-text rule keeps as it is. Eight bytes at a
/// time; it may answer `false` for plain text (a false alarm of the zero-byte trick, e.g.
/// `" !"`), never `true` for text that is not, so `false` only means "take the exact
/// loop". The byte loop it spares was 4% of bulk validation's instructions (callgrind).
fn is_plain_ascii(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The high bit of every byte of `v` that is zero (and maybe of some above one).
    let zero_byte = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let mut flags = 0;
    // The high bit of the previous word's last byte if it may be a space.
    let mut space_before = 0;
    for chunk in bytes.chunks(8) {
        // A short last chunk is padded with a letter, which is plain.
        let mut word = [b'a'; 8];
        if let Some(head) = word.get_mut(..chunk.len()) {
            head.copy_from_slice(chunk);
        }
        let word = u64::from_le_bytes(word);
        let spaces = zero_byte(word ^ (ONES * u64::from(b' ')));
        // Not ASCII, a control character below 0x20, DEL, two spaces in a row.
        flags |= (word & HIGH)
            | (word.wrapping_sub(ONES * 0x20) & !word & HIGH)
            | zero_byte(word ^ (ONES * 0x7f))
            | (spaces & ((spaces << 8) | space_before));
        space_before = spaces >> 56;
    }
    flags == 0
}

/// Whether `text` is longer than `limit` in UTF-16 code units, JavaScript's `length` (what
/// Joi's `string.max` counts).
pub(crate) fn exceeds_utf16_len(text: &str, limit: usize) -> bool {
    // UTF-8 never takes fewer bytes than UTF-16 takes units: short strings need no count.
    text.len() > limit && text.chars().map(char::len_utf16).sum::<usize>() > limit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_text_collapses_and_rejects_controls() {
        let clean = |s| collapse_free_text(s).map(|(t, _)| t.into_owned()).ok();
        assert_eq!(clean("a  b\t\nc\u{a0}d").as_deref(), Some("a b c d"));
        assert_eq!(clean("x\ny").as_deref(), Some("x y"));
        assert_eq!(clean("plain text").as_deref(), Some("plain text"));
        assert!(matches!(
            collapse_free_text("plain"),
            Ok((Cow::Borrowed(_), true))
        ));
        assert_eq!(clean("a\u{0}b"), None);
        assert_eq!(clean("a\u{85}b"), None);
        assert_eq!(clean("a\u{7f}"), None);
    }

    #[test]
    fn plain_ascii_is_never_wrong_when_it_says_plain() {
        let exact = |s: &[u8]| {
            s.is_ascii()
                && !s.iter().any(|&b| b < 0x20 || b == 0x7f)
                && !s.windows(2).any(|w| w == b"  ")
        };
        // Every byte at every offset, alone and next to a space, across a word boundary.
        for len in 1..20 {
            for at in 0..len {
                for b in 0u8..=255 {
                    let mut text = vec![b'x'; len];
                    text[at] = b;
                    assert!(!is_plain_ascii(&text) || exact(&text), "{text:?}");
                    for space in [at.wrapping_sub(1), at + 1] {
                        let mut text = text.clone();
                        if let Some(byte) = text.get_mut(space) {
                            *byte = b' ';
                        }
                        assert!(!is_plain_ascii(&text) || exact(&text), "{text:?}");
                    }
                }
            }
        }
        for plain in [
            "152 Market St",
            "a",
            "New York",
            "cust_7132669",
            "a b c d e f g h i",
        ] {
            assert!(is_plain_ascii(plain.as_bytes()), "{plain}");
        }
        for not in [
            "1234567  x",
            "abcdefg  h",
            "abcdefgh  ",
            "a\u{7f}",
            "\tx",
            "Seán",
            "1234567 \u{a0}",
        ] {
            assert!(!is_plain_ascii(not.as_bytes()), "{not:?}");
        }
    }

    #[test]
    fn free_text_drops_bidi_controls_and_zero_width_spaces() {
        let clean = |s| collapse_free_text(s).map(|(t, _)| t.into_owned());
        assert_eq!(clean("a\u{200b}b").as_deref(), Ok("ab"));
        assert_eq!(clean("\u{202e}evil\u{202c}").as_deref(), Ok("evil"));
        assert_eq!(clean("a \u{2066} b").as_deref(), Ok("a b"));
        assert_eq!(clean("\u{feff}Jan \u{2060}").as_deref(), Ok("Jan"));
        assert_eq!(clean("\u{202e}\u{200b}"), Err(ValidationErrorKind::Empty));
        // Kept: joiners (Devanagari conjuncts, emoji) and single direction marks.
        for kept in ["क्\u{200d}ष", "👩\u{200d}💻", "\u{200f}שלום", "a\u{200c}b"] {
            assert_eq!(clean(kept).as_deref(), Ok(kept));
        }
        assert_eq!(
            clean("\u{202e}\u{0}"),
            Err(ValidationErrorKind::ControlCharacters)
        );
    }

    #[test]
    fn free_text_is_idempotent() {
        for s in [
            "a \u{202e} b",
            "\u{200b} x",
            "x\u{a0}\u{2060}\u{a0}y",
            "a\t\u{feff}\nb",
        ] {
            let once = collapse_free_text(s).map(|(t, _)| t.into_owned());
            let Ok(once) = once else { continue };
            assert_eq!(
                collapse_free_text(&once).map(|(t, _)| t.into_owned()),
                Ok(once.clone())
            );
        }
    }

    #[test]
    fn the_nfc_fast_path_is_exact_below_u0300() {
        // Every character below U+0300 is its own NFC and no combining mark; from U+0300
        // on the tables decide (U+0300 itself combines with what precedes it).
        for cp in (0..0x300u32).filter_map(char::from_u32) {
            let text = format!("a{cp}b");
            let nfc = ComposingNormalizerBorrowed::new_nfc();
            assert_eq!(nfc.normalize(&text), text, "{cp:?}");
        }
        assert_eq!(free_text("a\u{300}", 10).as_deref(), Ok("à"));
    }

    #[test]
    fn free_text_is_nfc_and_borrows_when_clean() {
        assert_eq!(free_text("Cafe\u{301}", 100).as_deref(), Ok("Café"));
        assert!(matches!(free_text("Café Noir", 100), Ok(Cow::Borrowed(_))));
        assert!(matches!(free_text("plain", 100), Ok(Cow::Borrowed(_))));
        // Limits count UTF-16 code units after normalization.
        assert_eq!(free_text("e\u{301}e\u{301}", 2).as_deref(), Ok("éé"));
        assert_eq!(
            free_text("😀😀", 3),
            Err(ValidationErrorKind::TooLong { limit: 3 })
        );
        for s in [
            "a \u{202e} b\u{301}",
            "x\u{2000}\u{301}y",
            "\u{1e9b}\u{323}",
        ] {
            let once = free_text(s, 100).map(Cow::into_owned);
            let once = once.unwrap_or_else(|e| panic!("{s:?}: {e:?}"));
            assert_eq!(free_text(&once, 100).as_deref(), Ok(once.as_str()));
        }
    }

    #[test]
    fn lengths_count_the_right_units() {
        assert!(!exceeds_utf16_len("ab", 2));
        assert!(exceeds_utf16_len("abc", 2));
        assert!(!exceeds_utf16_len("éé", 2)); // 4 bytes, 2 units
        assert!(exceeds_utf16_len("😀", 1)); // a surrogate pair is 2 units
    }

    #[test]
    fn free_text_table_rules() {
        use ValidationErrorKind as K;
        let cases: [(&str, Result<&str, K>); 11] = [
            ("Jan", Ok("Jan")),
            ("Jan  Barášek", Ok("Jan Barášek")),
            ("a\t\r\nb", Ok("a b")),
            ("a \u{3000} b", Ok("a b")),
            ("a\u{a0}b", Ok("a b")),
            ("Bara\u{301}s\u{30c}ek", Ok("Barášek")),
            ("\u{212b}", Ok("\u{c5}")),
            ("a\u{0}b", Err(K::ControlCharacters)),
            ("a\u{b}b", Err(K::ControlCharacters)),
            ("a\u{85}b", Err(K::ControlCharacters)),
            ("a\u{7f}b", Err(K::ControlCharacters)),
        ];
        for (input, expected) in cases {
            assert_eq!(
                free_text(input, 256),
                expected.map(Cow::Borrowed),
                "{input:?}"
            );
        }
    }

    #[test]
    fn free_text_table_length_is_counted_in_chars_after_normalization() {
        let limit = 256;
        assert!(free_text(&"é".repeat(limit), 256).is_ok());
        assert_eq!(
            free_text(&"é".repeat(limit + 1), 256),
            Err(ValidationErrorKind::TooLong { limit })
        );
        // 256 letters with a decomposed accent each compose to 256 characters.
        assert!(free_text(&"e\u{301}".repeat(limit), 256).is_ok());
        // Collapsing happens before counting.
        let spaced = format!("{}{}{}", "a".repeat(128), " ".repeat(50), "b".repeat(127));
        assert!(free_text(&spaced, 256).is_ok());
    }

    #[test]
    fn free_text_table_is_idempotent() {
        for input in ["a  b", "x\u{2000}\u{2001}y", "e\u{301}\u{301}", "Ǆ ǅ"] {
            let Ok(once) = free_text(input, 256) else {
                panic!("{input:?} rejected");
            };
            assert_eq!(
                free_text(&once, 256),
                Ok(Cow::Borrowed(&*once)),
                "{input:?}"
            );
        }
    }
}
