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

/// The free-text rule on an already trimmed string: `None` when it holds a control
/// character other than tab, CR and LF; otherwise the text with every run of white
/// space collapsed to one space, borrowed when nothing needed collapsing.
pub(crate) fn collapse_free_text(trimmed: &str) -> Option<Cow<'_, str>> {
    let mut needs_collapse = false;
    let mut after_space = false;
    if trimmed.is_ascii() {
        // Byte loop for the common case; ASCII white space is \t \n \x0b \x0c \r and space.
        for &b in trimmed.as_bytes() {
            match b {
                b' ' => {
                    needs_collapse |= after_space;
                    after_space = true;
                }
                b'\t' | b'\n' | b'\r' => {
                    needs_collapse = true;
                    after_space = false;
                }
                0..=0x1f | 0x7f => return None,
                _ => after_space = false,
            }
        }
    } else {
        for c in trimmed.chars() {
            if c.is_control() && !matches!(c, '\t' | '\r' | '\n') {
                return None;
            }
            if c == ' ' {
                needs_collapse |= after_space;
                after_space = true;
            } else {
                needs_collapse |= c.is_whitespace();
                after_space = false;
            }
        }
    }
    if !needs_collapse {
        return Some(Cow::Borrowed(trimmed));
    }
    let mut out = String::with_capacity(trimmed.len());
    let mut in_space = false;
    for c in trimmed.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    Some(Cow::Owned(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_text_collapses_and_rejects_controls() {
        let clean = |s| collapse_free_text(s).map(Cow::into_owned);
        assert_eq!(clean("a  b\t\nc\u{a0}d").as_deref(), Some("a b c d"));
        assert_eq!(clean("x\ny").as_deref(), Some("x y"));
        assert_eq!(clean("plain text").as_deref(), Some("plain text"));
        assert!(matches!(
            collapse_free_text("plain"),
            Some(Cow::Borrowed(_))
        ));
        assert_eq!(clean("a\u{0}b"), None);
        assert_eq!(clean("a\u{85}b"), None);
        assert_eq!(clean("a\u{7f}"), None);
        assert_eq!(clean("a\u{200b}b").as_deref(), Some("a\u{200b}b"));
    }
}
