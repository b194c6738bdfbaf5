//! Pieces both JSON request models share: the error collector that implements Joi's
//! `abortEarly`, the root error for a body that is not JSON, and the free-text rule.

use std::borrow::Cow;

use crate::json_object::ReadError;
use crate::validation_error::{Cause, Path, ValidationError, ValidationErrorKind};

/// Collects errors; in abort-early mode the first one stops validation.
pub(crate) struct Sink {
    pub(crate) errors: Vec<ValidationError>,
    abort_early: bool,
}

/// Validation stopped at the first error (abort-early mode).
pub(crate) struct Stop;

impl Sink {
    pub(crate) fn new(abort_early: bool) -> Self {
        Sink {
            errors: Vec::new(),
            abort_early,
        }
    }

    /// Records `error`; stops when only the first error is wanted.
    pub(crate) fn fail(&mut self, error: ValidationError) -> Result<(), Stop> {
        self.errors.push(error);
        if self.abort_early {
            Err(Stop)
        } else {
            Ok(())
        }
    }

    /// Records `kind` at `key` and yields "no value".
    pub(crate) fn fail_at<T>(
        &mut self,
        kind: ValidationErrorKind,
        key: &str,
    ) -> Result<Option<T>, Stop> {
        self.fail(ValidationError::new(kind, Path::key(key)))
            .map(|()| None)
    }

    /// Records `kind` at `key`, explained by `cause`, and yields "no value".
    pub(crate) fn fail_with<T>(
        &mut self,
        kind: ValidationErrorKind,
        key: &str,
        cause: Cause,
    ) -> Result<Option<T>, Stop> {
        self.fail(ValidationError::new(kind, Path::key(key)).with_cause(cause))
            .map(|()| None)
    }
}

/// The root error for a body the JSON reader refused.
#[cold]
pub(crate) fn read_error(error: ReadError, text: &[u8]) -> ValidationError {
    let kind = match error {
        ReadError::Syntax { offset } => {
            let (line, column) = ReadError::line_column(offset, text);
            ValidationErrorKind::InvalidJson { line, column }
        }
        ReadError::TooDeep { limit } => ValidationErrorKind::TooDeep { limit },
    };
    ValidationError::new(kind, Path::root())
}

/// Invisible characters free text drops: the bidirectional embeddings, overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069), which can reorder how the text around them is
/// displayed ("Trojan Source", CVE-2021-42574), and the zero-width space, word joiner and
/// byte order mark (U+200B, U+2060, U+FEFF), which only hide one string inside another.
/// Zero-width (non-)joiners and the single direction marks stay: Indic scripts, emoji
/// sequences and right-to-left names need them.
pub(crate) fn is_dropped_invisible(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The free-text rule on an already trimmed, non-empty string: a control character other
/// than tab, CR and LF is [`ValidationErrorKind::ControlCharacters`]; otherwise the
/// [dropped invisible characters](is_dropped_invisible) go, every run of white space
/// becomes one space, and the ends are trimmed again. Nothing left is
/// [`ValidationErrorKind::Empty`]. Borrowed when nothing changed.
pub(crate) fn collapse_free_text(trimmed: &str) -> Result<Cow<'_, str>, ValidationErrorKind> {
    let mut needs_rewrite = false;
    let mut after_space = false;
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
        return Ok(Cow::Borrowed(trimmed));
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
    Ok(Cow::Owned(out))
}

/// Whether `text` is longer than `limit` in UTF-16 code units, JavaScript's `length` (what
/// Joi's `string.max` counts).
pub(crate) fn exceeds_utf16_len(text: &str, limit: usize) -> bool {
    // UTF-8 never takes fewer bytes than UTF-16 takes units: short strings need no count.
    text.len() > limit && text.chars().map(char::len_utf16).sum::<usize>() > limit
}

/// Whether `text` has more than `limit` Unicode scalar values.
pub(crate) fn exceeds_char_count(text: &str, limit: usize) -> bool {
    text.len() > limit && text.chars().count() > limit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_text_collapses_and_rejects_controls() {
        let clean = |s| collapse_free_text(s).map(Cow::into_owned).ok();
        assert_eq!(clean("a  b\t\nc\u{a0}d").as_deref(), Some("a b c d"));
        assert_eq!(clean("x\ny").as_deref(), Some("x y"));
        assert_eq!(clean("plain text").as_deref(), Some("plain text"));
        assert!(matches!(collapse_free_text("plain"), Ok(Cow::Borrowed(_))));
        assert_eq!(clean("a\u{0}b"), None);
        assert_eq!(clean("a\u{85}b"), None);
        assert_eq!(clean("a\u{7f}"), None);
    }

    #[test]
    fn free_text_drops_bidi_controls_and_zero_width_spaces() {
        let clean = |s| collapse_free_text(s).map(Cow::into_owned);
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
            let once = collapse_free_text(s).map(Cow::into_owned);
            let Ok(once) = once else { continue };
            assert_eq!(
                collapse_free_text(&once).map(Cow::into_owned),
                Ok(once.clone())
            );
        }
    }

    #[test]
    fn lengths_count_the_right_units() {
        assert!(!exceeds_utf16_len("ab", 2));
        assert!(exceeds_utf16_len("abc", 2));
        assert!(!exceeds_utf16_len("éé", 2)); // 4 bytes, 2 units
        assert!(exceeds_utf16_len("😀", 1)); // a surrogate pair is 2 units
        assert!(!exceeds_char_count("😀", 1));
        assert!(exceeds_char_count("ééé", 2));
    }
}
