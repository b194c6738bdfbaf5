//! [`EmailError`] and the helpers that print the characters it quotes.

use std::fmt;

use super::chars::{category, Category};

/// Why an input is not a valid email address.
///
/// Each variant names the first rule the input breaks, in the order of the steps
/// listed on [`CanonicalEmail::parse`](crate::CanonicalEmail::parse). Positions count characters (Unicode scalar
/// values, not bytes) from 1 at the start of the trimmed input, as the crate's other
/// errors do; a character that only appears after Unicode normalization is counted in
/// the normalized local part or domain.
///
/// The `Display` text has the form `email: <reason>` and is part of the public API.
///
/// # Examples
///
/// ```
/// use contactkit::{CanonicalEmail, EmailError};
///
/// let err = CanonicalEmail::parse("jan novak@example.com").unwrap_err();
/// assert_eq!(err, EmailError::InvalidLocalCharacter { ch: ' ', position: 4 });
/// assert_eq!(err.to_string(), "email: invalid character U+0020 at position 4 in local part");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    /// The input is empty or only white space: `"  "`.
    #[error("email: empty input")]
    Empty,
    /// There is no `@`: `jan.example.com`.
    #[error("email: missing '@'")]
    MissingAt,
    /// There is more than one `@`: `jan@novak@example.com`.
    #[error("email: more than one '@'")]
    MultipleAt,
    /// A display name with the address in angle brackets: `Jan <jan@example.com>`.
    #[error("email: display name and angle brackets are not allowed")]
    DisplayName,
    /// A quoted-string local part: `"jan novak"@example.com`.
    #[error("email: quoted local part is not allowed")]
    QuotedLocalPart,
    /// Nothing before the `@`: `@example.com`.
    #[error("email: empty local part")]
    EmptyLocalPart,
    /// The local part is longer than `max` octets (UTF-8, after NFC):
    /// 65 times `a`, then `@example.com`.
    #[error("email: local part longer than {max} octets")]
    LocalPartTooLong {
        /// The limit, 64.
        max: usize,
    },
    /// An ASCII character that is not `atext` or `.` in the local part:
    /// `jan,novak@example.com` (`','` at position 4).
    #[error("email: invalid character {} at position {position} in local part", CharDisplay(*.ch))]
    InvalidLocalCharacter {
        /// The character.
        ch: char,
        /// Its position, in characters from 1.
        position: usize,
    },
    /// The local part starts with `.`: `.jan@example.com`.
    #[error("email: local part starts with '.'")]
    LeadingDot,
    /// The local part ends with `.`: `jan.@example.com`.
    #[error("email: local part ends with '.'")]
    TrailingDot,
    /// The local part has `..`: `jan..novak@example.com`.
    #[error("email: consecutive '.' in local part")]
    ConsecutiveDots,
    /// A character that renders unsafely (control, format, private-use, surrogate,
    /// unassigned, separator, or a leading combining mark): `jan\u{200B}@example.com`.
    #[error("email: unsafe character {} at position {position}", CodePoint(*.ch))]
    UnsafeCharacter {
        /// The character.
        ch: char,
        /// Its position, in characters from 1.
        position: usize,
    },
    /// Nothing after the `@`: `jan@`.
    #[error("email: empty domain")]
    EmptyDomain,
    /// A domain literal in brackets: `jan@[192.0.2.1]`.
    #[error("email: domain literal is not allowed")]
    DomainLiteral,
    /// A character that cannot be part of a host name, as typed or after UTS 46
    /// mapping: `jan@exa_mple.com` (`'_'` at position 8).
    #[error("email: invalid character {} at position {position} in domain", CharDisplay(*.ch))]
    InvalidDomainCharacter {
        /// The character.
        ch: char,
        /// Its position, in characters from 1.
        position: usize,
    },
    /// The domain starts or ends with `.` or has `..`: `jan@example.com.`.
    #[error("email: empty label in domain")]
    EmptyLabel,
    /// A domain label starts or ends with `-`: `jan@-example.com`.
    #[error("email: domain label starts or ends with '-'")]
    LabelHyphen,
    /// A domain label has `--` in positions 3 and 4 but is not an `xn--` A-label
    /// (RFC 5891 §4.2.3.1): `jan@ab--cd.com`.
    #[error("email: domain label has '--' in positions 3 and 4")]
    ReservedLabel,
    /// A domain label is longer than `max` octets in A-label form: 64 times `a`,
    /// then `.com`, after `jan@`.
    #[error("email: domain label longer than {max} octets")]
    LabelTooLong {
        /// The limit, 63.
        max: usize,
    },
    /// The domain is not a valid internationalized domain name under IDNA 2008:
    /// `jan@xn--ls8h.la` (an emoji), `jan@☃.net` (a symbol).
    #[error("email: invalid internationalized domain name")]
    InvalidDomain,
    /// The domain has a single label: `jan@localhost`, `jan@com`.
    #[error("email: domain must have at least two labels")]
    SingleLabelDomain,
    /// The top-level domain does not end with a letter: `jan@example.123`.
    #[error("email: top-level domain must end with a letter")]
    InvalidTld,
    /// A special-use or reserved domain that cannot receive mail:
    /// `jan@example.test`, `jan@printer.local`.
    #[error("email: special-use domain")]
    SpecialUseDomain,
    /// The address is longer than `max` octets in one of its forms (as typed,
    /// canonical, or with the A-label domain): a 250-character domain.
    #[error("email: address longer than {max} octets")]
    TooLong {
        /// The limit, 254.
        max: usize,
    },
}

impl EmailError {
    /// Moves a domain-relative position to an address-relative one (`by` is the
    /// number of characters before the domain: the local part and the `@`).
    pub(super) fn shifted(self, by: usize) -> Self {
        match self {
            Self::UnsafeCharacter { ch, position } => Self::UnsafeCharacter {
                ch,
                position: position + by,
            },
            Self::InvalidDomainCharacter { ch, position } => Self::InvalidDomainCharacter {
                ch,
                position: position + by,
            },
            other => other,
        }
    }
}

/// Shows a character quoted when it is visible, as `U+XXXX` otherwise.
struct CharDisplay(char);

impl fmt::Display for CharDisplay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = self.0;
        let visible = if c.is_ascii() {
            c.is_ascii_graphic()
        } else {
            matches!(category(c), Category::Visible)
        };
        if visible {
            write!(f, "'{c}'")
        } else {
            CodePoint(c).fmt(f)
        }
    }
}

/// Shows a character as `U+XXXX`.
struct CodePoint(char);

impl fmt::Display for CodePoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "U+{:04X}", u32::from(self.0))
    }
}
