//! [`ReferralId`]: a customer reference number (`cuRefNo`), e.g. `1cGIHvFoQDGLAbcA`.
//!
//! The API documents the `referralId` field as "cuRefNo = customer reference
//! number", length 16 to 16; the examples are ASCII letters and digits in mixed
//! case. Case is significant, so it is kept.

/// A validated customer reference number: exactly 16 ASCII letters and digits.
///
/// `Ord` compares the text (byte order: digits, then upper case, then lower case).
///
/// # Examples
///
/// ```
/// use contactkit::ReferralId;
///
/// let id = ReferralId::parse(" 1cGIHvFoQDGLAbcA\n")?;
/// assert_eq!(id.as_str(), "1cGIHvFoQDGLAbcA");
/// assert_eq!(id.to_string(), "1cGIHvFoQDGLAbcA");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct ReferralId(Box<str>);

/// Length of a referral id, in characters.
const LEN: usize = 16;

/// Why a text is not an acceptable referral id.
///
/// The messages are public API: `referral id: <reason>`, lower case.
///
/// # Examples
///
/// ```
/// use contactkit::{ReferralId, ReferralIdError};
///
/// let err = ReferralId::parse("1cGIHvFoQDGLAbc").unwrap_err();
/// assert_eq!(err, ReferralIdError::WrongLength { len: 15 });
/// assert_eq!(err.to_string(), "referral id: expected 16 characters, got 15");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum ReferralIdError {
    /// Nothing left after trimming, e.g. `""` or `"  "`.
    #[error("referral id: empty")]
    Empty,
    /// Not 16 characters after trimming, e.g. `1cGIHvFoQDGLAbc` (`len` is 15).
    #[error("referral id: expected 16 characters, got {len}")]
    WrongLength {
        /// The length found after trimming, in characters (Unicode scalar values).
        len: usize,
    },
    /// A character that is not an ASCII letter or digit, e.g. the `-` in
    /// `1cGIHvFo-DGLAbcA` (`position` is 9).
    #[error("referral id: invalid character {ch:?} at position {position}")]
    InvalidCharacter {
        /// The offending character.
        ch: char,
        /// Where it is in the trimmed text, counted in characters from 1.
        position: usize,
    },
}

impl ReferralId {
    /// Validates a referral id.
    ///
    /// Surrounding white space is trimmed (Rust's `str::trim`); the rest must be
    /// exactly 16 ASCII letters or digits. Case is kept.
    ///
    /// # Errors
    ///
    /// Checked in this order:
    /// - [`ReferralIdError::Empty`], e.g. `""`, `"   "`
    /// - [`ReferralIdError::WrongLength`], e.g. `1cGIHvFoQDGLAbc`, `1cGIHvFoQDGLAbcAx`
    /// - [`ReferralIdError::InvalidCharacter`], e.g. `1cGIHvFo-DGLAbcA`, `1cGIHvFoQDGLAbcé`
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::ReferralId;
    ///
    /// assert!(ReferralId::parse("1cGIHvFoQDGLAbcA").is_ok());
    /// let err = ReferralId::parse("1cGIHvFo-DGLAbcA").unwrap_err();
    /// assert_eq!(err.to_string(), "referral id: invalid character '-' at position 9");
    /// ```
    pub fn parse(input: &str) -> Result<Self, ReferralIdError> {
        let s = input.trim();
        if s.len() == LEN && s.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Ok(ReferralId(Box::from(s)));
        }
        Err(diagnose(s))
    }

    /// The referral id, e.g. `1cGIHvFoQDGLAbcA`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::ReferralId;
    ///
    /// assert_eq!(ReferralId::parse("DSrPDijrqadenTGc")?.as_str(), "DSrPDijrqadenTGc");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

crate::macros::impl_text_newtype!(ReferralId, ReferralIdError);

/// The first problem with a trimmed text that `parse` rejected.
#[cold]
fn diagnose(s: &str) -> ReferralIdError {
    if s.is_empty() {
        return ReferralIdError::Empty;
    }
    let len = s.chars().count();
    if len != LEN {
        return ReferralIdError::WrongLength { len };
    }
    match s
        .chars()
        .enumerate()
        .find(|(_, c)| !c.is_ascii_alphanumeric())
    {
        Some((i, ch)) => ReferralIdError::InvalidCharacter {
            ch,
            position: i + 1,
        },
        // Not reached: 16 ASCII alphanumerics are a valid id.
        None => ReferralIdError::WrongLength { len },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diagnose_order() {
        assert_eq!(diagnose(""), ReferralIdError::Empty);
        assert_eq!(
            diagnose("-"),
            ReferralIdError::WrongLength { len: 1 },
            "length is checked before characters"
        );
        assert_eq!(
            diagnose("ééééééééééééééé1"),
            ReferralIdError::InvalidCharacter {
                ch: 'é',
                position: 1
            }
        );
    }
}
