//! [`PhoneError`]: why an input is not a valid phone number.

/// Why a phone number was rejected.
///
/// The `Display` text is part of the public API. Positions count characters (not bytes)
/// from 1 in the trimmed input.
///
/// # Examples
///
/// ```
/// use contactkit::{IntlPhone, PhoneError};
///
/// let err = IntlPhone::parse("+1-800-FLOWERS").unwrap_err();
/// assert_eq!(err, PhoneError::Letter { ch: 'F', position: 8 });
/// assert_eq!(
///     err.to_string(),
///     "phone: letter 'F' at position 8 (letters and vanity numbers are not accepted)"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PhoneError {
    /// Nothing left after trimming, e.g. `""` or `"  "`.
    #[error("phone: empty")]
    Empty,
    /// More than `max` (64) characters after trimming, e.g. 65 digits.
    #[error("phone: longer than {max} characters")]
    InputTooLong {
        /// The limit, in characters.
        max: usize,
    },
    /// An RFC 3966 URI, e.g. `tel:+420777123456`.
    #[error("phone: tel: URIs are not accepted")]
    TelUri,
    /// An extension after the number, e.g. `+1 650 253 0000 ext. 12` or `... x12`.
    #[error("phone: extensions are not accepted")]
    Extension,
    /// A letter, e.g. the `F` of the vanity number `+1-800-FLOWERS` (`position` 8).
    #[error(
        "phone: letter {ch:?} at position {position} (letters and vanity numbers are not accepted)"
    )]
    Letter {
        /// The letter.
        ch: char,
        /// Where it is, in characters from 1.
        position: usize,
    },
    /// A digit other than ASCII `0`-`9`, e.g. the Arabic-Indic `٧` in `+٩٧١...`.
    #[error("phone: non-ASCII digit {ch:?} at position {position}")]
    NonAsciiDigit {
        /// The digit.
        ch: char,
        /// Where it is, in characters from 1.
        position: usize,
    },
    /// A `+` that is not the first character, e.g. `(+420) 777123456` (`position` 2).
    #[error("phone: '+' at position {position} (only a leading '+' is allowed)")]
    MisplacedPlus {
        /// Where it is, in characters from 1.
        position: usize,
    },
    /// Any other character, e.g. the `*` in `+420*777123456` (`position` 5).
    #[error("phone: invalid character {ch:?} at position {position}")]
    InvalidCharacter {
        /// The character.
        ch: char,
        /// Where it is, in characters from 1.
        position: usize,
    },
    /// [`IntlPhone::parse`](crate::IntlPhone::parse) without a leading `+`, e.g. `777 123 456` or
    /// `00420 777 123 456`.
    #[error("phone: missing leading '+' and country calling code")]
    MissingPlus,
    /// [`Region::parse`](crate::Region::parse) (or `Region::try_from(country)`) with a code that is not two
    /// ASCII letters naming a region with phone metadata, e.g. `XX`, `001` or `AQ`.
    #[error("phone: unknown region code")]
    UnknownRegion,
    /// The digits after `+` (or an international prefix) start with no assigned calling
    /// code, e.g. `+999 123456789` or `+0420 777123456`.
    #[error("phone: unknown country calling code")]
    InvalidCountryCode,
    /// Fewer digits than any number of the calling code has, or a local number without
    /// its area code, e.g. `+420 77` or `+1 441 4123`.
    #[error("phone: too few digits")]
    TooShort,
    /// More digits than any number of the calling code has, e.g. `+420 7771234567`.
    #[error("phone: too many digits")]
    TooLong,
    /// A length the plan uses but an unassigned range, or a length between the plan's
    /// lengths, e.g. `+44 7700 900123` (a range reserved for drama).
    #[error("phone: not a valid number for its country calling code")]
    NotValid,
}
