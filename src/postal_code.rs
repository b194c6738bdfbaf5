//! Postal codes: [`PostalCode`] and [`PostalCodeError`].
//!
//! The format is checked only where the project knows it: Czechia and
//! Slovakia (five digits, `NNN NN`). Any other country, or none, takes any
//! short non-empty text, because rejecting a real code from a format table
//! that is wrong or dated costs more than storing an odd one (the conformance
//! rule: "otherwise any non-empty text").

use crate::company_id::is_space_separator;
use crate::Country;

/// A postal code, normalized: `272 01` for Czechia and Slovakia, otherwise
/// the trimmed text with white-space runs collapsed to one space and ASCII
/// letters upper-cased (`sw1a 1aa` becomes `SW1A 1AA`).
///
/// `Ord` compares the canonical text (`110 00` < `602 00` < `SW1A 1AA`).
///
/// # Examples
///
/// ```
/// use contactkit::{Country, PostalCode};
///
/// let cz = Country::parse("CZ")?;
/// assert_eq!(PostalCode::parse_for("27201", Some(cz))?.as_str(), "272 01");
/// assert_eq!(PostalCode::parse(" sw1a  1aa ")?.as_str(), "SW1A 1AA");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct PostalCode(Box<str>);

impl PostalCode {
    /// The most characters a postal code may have after normalization.
    ///
    /// The longest codes in use have 10 (`12345-6789`, a US ZIP+4); the limit
    /// leaves room for a written-out prefix (`CZ-272 01`) and bounds what an
    /// untrusted client can store.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::PostalCode;
    ///
    /// assert!(PostalCode::parse(&"9".repeat(PostalCode::MAX_CHARS)).is_ok());
    /// assert!(PostalCode::parse(&"9".repeat(PostalCode::MAX_CHARS + 1)).is_err());
    /// ```
    pub const MAX_CHARS: usize = 32;

    /// Parses a postal code of no known country: any non-empty text.
    ///
    /// Same as [`parse_for`](Self::parse_for) with `None`.
    ///
    /// # Errors
    ///
    /// - [`PostalCodeError::Empty`] for `""`, `"  "`.
    /// - [`PostalCodeError::ControlCharacter`] for `"272\u{0}01"`.
    /// - [`PostalCodeError::TooLong`] for more than [`MAX_CHARS`](Self::MAX_CHARS)
    ///   characters.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::PostalCode;
    ///
    /// assert_eq!(PostalCode::parse("00-950")?.as_str(), "00-950");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(input: &str) -> Result<Self, PostalCodeError> {
        Self::parse_for(input, None)
    }

    /// Parses a postal code for `country`.
    ///
    /// - Czechia (`CZ`): five ASCII digits written `NNN NN` or `NNNNN`, the
    ///   first 1 to 7 (Česká pošta's numbering: 1 Prague ... 7 North Moravia);
    ///   normalized to `NNN NN`. The separator may be any one space separator
    ///   (Unicode Zs, so a no-break space from a word processor counts).
    /// - Slovakia (`SK`): the same shape, any first digit (Slovak codes start
    ///   with 0, 8 or 9, but the project rule does not restrict them).
    /// - Any other country, or `None`: non-empty text; trimmed, white-space
    ///   runs collapsed to one ASCII space, ASCII letters upper-cased.
    ///
    /// # Errors
    ///
    /// - [`PostalCodeError::Empty`] for `""`, `"  "`.
    /// - [`PostalCodeError::ControlCharacter`] for `"272\u{0}01"`.
    /// - [`PostalCodeError::TooLong`] for more than [`MAX_CHARS`](Self::MAX_CHARS)
    ///   characters.
    /// - [`PostalCodeError::NotFiveDigits`] (CZ, SK): `"2720A"`, `"272-01"`,
    ///   `"2720"`.
    /// - [`PostalCodeError::CzechFirstDigit`] (CZ): `"01234"`, `"81101"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::{Country, PostalCode};
    ///
    /// let sk = Country::parse("SK")?;
    /// assert_eq!(PostalCode::parse_for("81101", Some(sk))?.as_str(), "811 01");
    /// let cz = Country::parse("CZ")?;
    /// let err = PostalCode::parse_for("01234", Some(cz)).unwrap_err();
    /// assert_eq!(err.to_string(), "postal code: czech codes start with a digit from 1 to 7");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_for(input: &str, country: Option<Country>) -> Result<Self, PostalCodeError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(PostalCodeError::Empty);
        }
        match country.map(Country::alpha2) {
            Some(code @ ("CZ" | "SK")) => {
                let digits = five_digits(s).ok_or(PostalCodeError::NotFiveDigits)?;
                if code == "CZ" && !(b'1'..=b'7').contains(&digits[0]) {
                    return Err(PostalCodeError::CzechFirstDigit);
                }
                let mut out = String::with_capacity(6);
                for (i, &d) in digits.iter().enumerate() {
                    if i == 3 {
                        out.push(' ');
                    }
                    out.push(char::from(d));
                }
                Ok(PostalCode(out.into_boxed_str()))
            }
            _ => free_text(s).map(PostalCode),
        }
    }

    /// The normalized postal code (`"272 01"`).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::PostalCode;
    ///
    /// assert_eq!(PostalCode::parse("1010")?.as_str(), "1010");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `NNNNN` or `NNN NN` (one Zs space separator), as five ASCII digits.
fn five_digits(s: &str) -> Option<[u8; 5]> {
    let mut digits = [0u8; 5];
    let mut n = 0;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if n == 3 && is_space_separator(c) {
            // At most one separator, and only after the third digit.
            let next = chars.next()?;
            if !next.is_ascii_digit() {
                return None;
            }
            *digits.get_mut(n)? = next as u8;
            n += 1;
            continue;
        }
        if !c.is_ascii_digit() {
            return None;
        }
        *digits.get_mut(n)? = c as u8;
        n += 1;
    }
    (n == 5).then_some(digits)
}

/// Any non-empty text: white-space runs become one space, ASCII letters upper
/// case; controls and over-long input are rejected. `s` is trimmed, non-empty.
fn free_text(s: &str) -> Result<Box<str>, PostalCodeError> {
    let mut out = String::with_capacity(s.len());
    let mut chars = 0usize;
    let mut in_space = false;
    for (index, c) in s.chars().enumerate() {
        if c.is_whitespace() {
            in_space = true;
            continue;
        }
        if c.is_control() {
            return Err(PostalCodeError::ControlCharacter {
                position: index + 1,
            });
        }
        if in_space {
            out.push(' ');
            chars += 1;
            in_space = false;
        }
        out.push(c.to_ascii_uppercase());
        chars += 1;
        if chars > PostalCode::MAX_CHARS {
            return Err(PostalCodeError::TooLong {
                max: PostalCode::MAX_CHARS,
            });
        }
    }
    Ok(out.into_boxed_str())
}

crate::macros::impl_text_newtype!(PostalCode, PostalCodeError);

/// Why a string is not a postal code (for the given country).
///
/// The `Display` text is part of the public API. Positions count characters (not
/// bytes) from 1 in the trimmed input.
///
/// # Examples
///
/// ```
/// use contactkit::{PostalCode, PostalCodeError};
///
/// assert_eq!(PostalCode::parse(" "), Err(PostalCodeError::Empty));
/// assert_eq!(PostalCodeError::Empty.to_string(), "postal code: empty");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PostalCodeError {
    /// The input is empty or white space only: `""`, `" "`.
    #[error("postal code: empty")]
    Empty,
    /// A control character that is not white space: `"272\u{0}01"` (position 4).
    #[error("postal code: control character at position {position}")]
    ControlCharacter {
        /// Where it is in the trimmed input, in characters from 1.
        position: usize,
    },
    /// Longer than [`PostalCode::MAX_CHARS`] characters after normalization.
    #[error("postal code: longer than {max} characters")]
    TooLong {
        /// The limit, [`PostalCode::MAX_CHARS`].
        max: usize,
    },
    /// Czechia or Slovakia, but not five digits as `NNN NN` or `NNNNN`:
    /// `"2720A"`, `"272-01"`, `"2720"`.
    #[error("postal code: expected five digits as 'NNN NN' or 'NNNNN'")]
    NotFiveDigits,
    /// Czechia, but the first digit is not 1 to 7: `"01234"`, `"81101"`.
    #[error("postal code: czech codes start with a digit from 1 to 7")]
    CzechFirstDigit,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_digit_shapes() {
        assert_eq!(five_digits("27201"), Some(*b"27201"));
        assert_eq!(five_digits("272 01"), Some(*b"27201"));
        assert_eq!(five_digits("272\u{a0}01"), Some(*b"27201"));
        for bad in [
            "272  01", "27 201", "2720 1", "272 0", "272010", "2720", "27201 ", "272 01 ",
        ] {
            assert_eq!(five_digits(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn free_text_collapses_and_limits() {
        assert_eq!(free_text("a \t b").as_deref(), Ok("A B"));
        assert_eq!(
            free_text(&"1".repeat(33)),
            Err(PostalCodeError::TooLong { max: 32 })
        );
        assert_eq!(free_text(&"1".repeat(32)).map(|s| s.len()), Ok(32));
    }
}
