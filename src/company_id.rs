//! Czech and Slovak company identification numbers: [`Ico`] and [`IcoError`].
//!
//! An IČO (identifikační číslo osoby) has 8 digits; the last is a mod-11
//! check digit over the first seven with weights 8, 7, ..., 2. With
//! `r = sum mod 11` the check digit is `(11 - r) mod 10`: `r = 0` gives 1,
//! `r = 1` gives 0, `r = 10` gives 1. This is `calc_check_digit_legal` of
//! python-stdnum 2.2 (`stdnum/cz/dic.py`: the 8-digit DIČ of a legal entity
//! is its IČO). Slovak IČOs use the same 8-digit scheme.

use crate::Country;

/// A Czech or Slovak company identification number (IČO): 8 digits with a
/// valid check digit, printed as the 8 digits (`05103118`).
///
/// Only 8-digit numbers are accepted. The public registers print every IČO
/// with 8 digits, leading zeros included; a 6- or 7-digit number is a copy
/// that lost its zeros (a spreadsheet did it), and padding it would be a
/// guess. Digit groups separated by spaces (`051 03 118`) are accepted.
///
/// `Ord` compares the digits, as the text does (`00006947` < `05103118`).
///
/// # Examples
///
/// ```
/// use contactkit::Ico;
///
/// let ico = Ico::parse("051 03 118")?;
/// assert_eq!(ico.as_str(), "05103118");
/// assert_eq!(format!("{ico:?}"), r#"Ico("05103118")"#);
/// assert!(Ico::parse("05103110").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ico([u8; 8]);

impl Ico {
    /// Parses an IČO: 8 ASCII digits, the last a valid check digit.
    ///
    /// The input is trimmed (Unicode white space); space separators (Unicode
    /// category Zs: ASCII space, no-break space, thin space, ...) between the
    /// digits are removed. Nothing else is: no `CZ` prefix (that makes a VAT
    /// number, DIČ), no `-` or `/`.
    ///
    /// # Errors
    ///
    /// - [`IcoError::Empty`] for `""`, `"  "`.
    /// - [`IcoError::InvalidCharacter`] for `"CZ05103118"`, `"0510-3118"` (the `-` at
    ///   position 5).
    /// - [`IcoError::WrongLength`] for `"5103118"`, `"447236100"`.
    /// - [`IcoError::CheckDigit`] for `"05103110"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::Ico;
    ///
    /// assert_eq!(Ico::parse(" 00006947 ")?.to_string(), "00006947");
    /// let err = Ico::parse("447236100").unwrap_err();
    /// assert_eq!(err.to_string(), "ico: expected 8 digits, found 9");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(input: &str) -> Result<Self, IcoError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(IcoError::Empty);
        }
        let mut digits = [0u8; 8];
        let mut len = 0usize;
        for (index, ch) in s.chars().enumerate() {
            if ch.is_ascii_digit() {
                if let Some(d) = digits.get_mut(len) {
                    *d = ch as u8;
                }
                len += 1;
            } else if !is_space_separator(ch) {
                return Err(IcoError::InvalidCharacter {
                    ch,
                    position: index + 1,
                });
            }
        }
        if len != 8 {
            return Err(IcoError::WrongLength { found: len });
        }
        if check_digit(&digits) != digits[7] - b'0' {
            return Err(IcoError::CheckDigit);
        }
        Ok(Ico(digits))
    }

    /// The 8 digits (`"05103118"`).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::Ico;
    ///
    /// assert_eq!(Ico::parse("25596641")?.as_str(), "25596641");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        // Always ASCII digits: `parse` stores nothing else.
        core::str::from_utf8(&self.0).unwrap_or("")
    }

    /// Whether a company registered in `country` is identified by an IČO:
    /// Czechia and Slovakia. Elsewhere a registration number has another
    /// shape, and the request models take any non-empty text.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::{Country, Ico};
    ///
    /// assert!(Ico::is_used_in(Country::parse("SK")?));
    /// assert!(!Ico::is_used_in(Country::parse("DE")?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_used_in(country: Country) -> bool {
        matches!(country.alpha2(), "CZ" | "SK")
    }
}

/// The check digit for the first seven of `digits` (ASCII).
fn check_digit(digits: &[u8; 8]) -> u8 {
    let sum: u32 = digits
        .iter()
        .take(7)
        .zip((2..=8u32).rev())
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    // (11 - r) mod 10; r = 0 -> 1, r = 1 -> 0, r = 10 -> 1.
    ((11 - sum % 11) % 10) as u8
}

/// Unicode general category Zs (space separators).
pub(crate) fn is_space_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

crate::macros::impl_text_newtype!(Ico, IcoError);
crate::macros::impl_debug_as_text!(Ico);

/// Why a string is not a valid IČO.
///
/// The `Display` text is part of the public API. Positions count characters (not
/// bytes) from 1 in the trimmed input.
///
/// # Examples
///
/// ```
/// use contactkit::{Ico, IcoError};
///
/// assert_eq!(Ico::parse("05103110"), Err(IcoError::CheckDigit));
/// assert_eq!(IcoError::CheckDigit.to_string(), "ico: wrong check digit");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IcoError {
    /// The input is empty or white space only: `""`.
    #[error("ico: empty")]
    Empty,
    /// A character that is neither an ASCII digit nor a space separator:
    /// `"CZ05103118"`, `"0510-3118"`.
    #[error("ico: invalid character {ch:?} at position {position}")]
    InvalidCharacter {
        /// The character.
        ch: char,
        /// Where it is in the trimmed input, in characters from 1.
        position: usize,
    },
    /// Not exactly 8 digits: `"5103118"` (7), `"447236100"` (9).
    #[error("ico: expected 8 digits, found {found}")]
    WrongLength {
        /// How many digits the input has.
        found: usize,
    },
    /// The last digit does not match the mod-11 check: `"05103110"`.
    #[error("ico: wrong check digit")]
    CheckDigit,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_digit_covers_every_remainder() {
        // Seven leading digits chosen so that sum mod 11 takes each value.
        let mut seen = [false; 11];
        for n in 0..2000u32 {
            let mut d = *b"00000000";
            let text = format!("{n:07}");
            d[..7].copy_from_slice(text.as_bytes());
            let sum: u32 = (0..7)
                .map(|i| u32::from(d[i] - b'0') * (8 - i as u32))
                .sum();
            let r = sum % 11;
            seen[r as usize] = true;
            let want = match r {
                0 => 1,
                1 => 0,
                r => (11 - r) % 10,
            };
            assert_eq!(u32::from(check_digit(&d)), want, "{text}");
        }
        assert!(seen.iter().all(|&s| s));
    }

    #[test]
    fn space_separators() {
        for c in [' ', '\u{a0}', '\u{2009}', '\u{202f}', '\u{3000}'] {
            assert!(is_space_separator(c), "{c:?}");
        }
        for c in ['\t', '\n', '-', '\u{200b}'] {
            assert!(!is_space_separator(c), "{c:?}");
        }
    }
}
