//! Email addresses: [`CanonicalEmail`], a validated address in canonical form, and
//! [`EmailError`], the reason an input was rejected.
//!
//! The rules are those of a practical validator in the spirit of Python's
//! `email-validator` 2.4.0 (with `check_deliverability` off): an address a person
//! can type and a mail server on the public Internet can take, with no obsolete
//! RFC 5322 syntax. See [`CanonicalEmail::parse`] for the full list.
//!
//! Where this module deliberately differs from `email-validator`:
//!
//! - surrounding white space is trimmed (`str::trim`) instead of rejected;
//! - the local part is limited to 64 octets (its default only checks that in
//!   strict mode), and lowercased in the canonical form (it keeps the case);
//! - Unicode data (general categories, UTS 46 mapping, IDNA 2008 properties, bidi
//!   classes, scripts) comes from ICU4X, the data the `idna` crate links, so
//!   characters added in recent Unicode versions may be judged differently from a
//!   Python built with older data.
//!
//! IDNA 2008 strictness: the `idna` crate implements UTS 46, which accepts symbols
//! and emoji in domain names. On top of the UTS 46 mapping this module checks each
//! label against the IDNA 2008 derived property of RFC 5892, computed from Unicode
//! properties with the algorithm of RFC 5892 §3, plus the CONTEXTO rules and the
//! Bidi rule, as Python's `idna` package does.
//!
//! # Examples
//!
//! ```
//! use contactkit::email::{CanonicalEmail, EmailError};
//!
//! let email = CanonicalEmail::parse("Jan.Novak+news@GoogleMail.com")?;
//! assert_eq!(email.as_str(), "jan.novak+news@googlemail.com");
//! assert_eq!(email.dedup_key(), "jannovak@gmail.com");
//!
//! let err = CanonicalEmail::parse("jan@example.com.").unwrap_err();
//! assert_eq!(err, EmailError::EmptyLabel);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::borrow::Cow;
use std::fmt;

use icu_normalizer::uts46::Uts46MapperBorrowed;
use icu_properties::props::{
    BidiClass, ChangesWhenNfkcCasefolded, DefaultIgnorableCodePoint, GeneralCategory,
    HangulSyllableType, NoncharacterCodePoint, Script, WhiteSpace,
};
use icu_properties::{CodePointMapData, CodePointSetData};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Longest local part in octets (RFC 5321 §4.5.3.1.1).
const MAX_LOCAL_PART: usize = 64;
/// Longest address in octets (RFC 3696 erratum 1690, from RFC 5321's 256-octet path).
const MAX_ADDRESS: usize = 254;
/// Longest DNS label in octets (RFC 1035 §2.3.1).
const MAX_LABEL: usize = 63;
/// Special-use names (IANA registry, RFC 6761, RFC 6762, RFC 7686) that can never
/// be part of a deliverable address; their subdomains are rejected too.
const SPECIAL_USE_DOMAINS: [&str; 6] = ["arpa", "invalid", "local", "localhost", "onion", "test"];

/// A validated email address in canonical form.
///
/// The only way to get one is [`CanonicalEmail::parse`] (or the `FromStr` /
/// `TryFrom` conversions that call it), so every value is valid and canonical.
/// The canonical form, printed by `Display` and [`as_str`](Self::as_str), is the
/// local part in Unicode NFC and lowercase, an `@`, and the domain in Unicode form
/// (U-labels, lowercase, NFC). Two inputs that denote the same mailbox up to case,
/// normalization and A-label/U-label spelling give equal values.
///
/// Besides the canonical string the value keeps the domain's A-label (ASCII) form
/// when it differs from the Unicode form; that costs one extra allocation for
/// internationalized domains only, and makes [`ascii_domain`](Self::ascii_domain)
/// free.
///
/// `Ord` compares the canonical text byte by byte; the other stored forms follow from
/// it, so this agrees with `==`. Equal addresses meet in a set whatever their spelling:
///
/// ```
/// use contactkit::CanonicalEmail;
/// use std::collections::BTreeSet;
///
/// let emails: BTreeSet<CanonicalEmail> = ["Petr@Example.com", "jan@example.com", "petr@EXAMPLE.com"]
///     .into_iter()
///     .map(CanonicalEmail::parse)
///     .collect::<Result<_, _>>()?;
/// let sorted: Vec<&str> = emails.iter().map(CanonicalEmail::as_str).collect();
/// assert_eq!(sorted, ["jan@example.com", "petr@example.com"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Examples
///
/// ```
/// use contactkit::CanonicalEmail;
///
/// let email = CanonicalEmail::parse(" Jan@Bücher.DE ")?;
/// assert_eq!(email.as_str(), "jan@bücher.de");
/// assert_eq!(email.local_part(), "jan");
/// assert_eq!(email.domain(), "bücher.de");
/// assert_eq!(email.ascii_domain(), "xn--bcher-kva.de");
/// assert_eq!(format!("{email:?}"), r#"CanonicalEmail("jan@bücher.de")"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CanonicalEmail {
    /// `local@domain`, canonical. First field, so the derived `Ord` sorts by it.
    text: Box<str>,
    /// Byte offset of the `@` in `text`.
    at: usize,
    /// The A-label form of the domain, only when it differs from the Unicode form.
    ascii_domain: Option<Box<str>>,
}

impl CanonicalEmail {
    /// Validates `input` and returns the address in canonical form.
    ///
    /// Steps and rules, in order:
    ///
    /// 1. Surrounding white space is removed (`str::trim`); white space inside the
    ///    address is an error.
    /// 2. The input splits at its `@` into a local part and a domain; there must be
    ///    exactly one `@`. Quoted local parts (`"john doe"@example.com`), display
    ///    names (`John <john@example.com>`) and domain literals (`john@[192.0.2.1]`)
    ///    are not accepted.
    /// 3. Local part: a dot-atom (RFC 5322 §3.2.3) of ASCII `atext`
    ///    (``A-Z a-z 0-9 ! # $ % & ' * + - / = ? ^ _ ` { | } ~``) and any non-ASCII
    ///    character (RFC 6531 §3.3), with no leading, trailing or doubled `.`. It is
    ///    checked as typed and again after Unicode NFC, and is at most 64 octets of
    ///    UTF-8 after NFC and after lowercasing.
    /// 4. Domain: ASCII letters, digits, `-` and `.` plus non-ASCII characters, mapped
    ///    by UTS 46 (non-transitional, so `ß` stays `ß`; no STD3 rules), then checked
    ///    as a host name: labels of 1 to 63 octets in A-label form, none starting or
    ///    ending with `-`, no `--` in positions 3 and 4 except `xn--`. Every
    ///    non-ASCII or `xn--` label must be a valid IDNA 2008 label (RFC 5891
    ///    §4.2, RFC 5892 code points and CONTEXTO rules, RFC 5893 Bidi rule), and an
    ///    `xn--` label must be the canonical Punycode of its U-label. At least two
    ///    labels; the top-level domain ends with a letter; special-use names (`arpa`,
    ///    `invalid`, `local`, `localhost`, `onion`, `test` and their subdomains) are
    ///    rejected.
    /// 5. Characters that render unsafely are rejected anywhere: control, format
    ///    (zero-width joiners, bidi marks), private-use, surrogate and unassigned
    ///    code points, space, line and paragraph separators (general categories Cc,
    ///    Cf, Co, Cs, Cn, Zs, Zl, Zp), and a combining mark at the start of the local
    ///    part or the domain.
    /// 6. The whole address is at most 254 octets in every form it may be handed on
    ///    in: as typed (after trimming), canonical, and with the A-label domain.
    ///
    /// The canonical local part is the NFC form lowercased with `str::to_lowercase`
    /// (full Unicode, final-sigma aware) and normalized to NFC again.
    ///
    /// Plain ASCII input skips normalization and IDNA work entirely; an input that is
    /// already canonical costs one allocation (the stored string).
    ///
    /// # Errors
    ///
    /// Returns an [`EmailError`] naming the first rule the input breaks, for example
    /// [`EmailError::MissingAt`] for `jan.example.com`, [`EmailError::ConsecutiveDots`]
    /// for `jan..novak@example.com`, [`EmailError::QuotedLocalPart`] for
    /// `"jan"@example.com`, [`EmailError::SingleLabelDomain`] for `jan@localhost`,
    /// [`EmailError::SpecialUseDomain`] for `jan@example.test`,
    /// [`EmailError::InvalidDomain`] for `jan@xn--ls8h.la` (an emoji domain) and
    /// [`EmailError::UnsafeCharacter`] for `jan\u{200B}@example.com`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::{CanonicalEmail, EmailError};
    ///
    /// let email = CanonicalEmail::parse("John.Doe@Example.COM")?;
    /// assert_eq!(email.as_str(), "john.doe@example.com");
    ///
    /// let err = CanonicalEmail::parse("john@example..com").unwrap_err();
    /// assert_eq!(err, EmailError::EmptyLabel);
    /// assert_eq!(err.to_string(), "email: empty label in domain");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(EmailError::Empty);
        }
        // Every form of the address is checked against 254 octets below; the input
        // as typed is one of them, and checking it first bounds all later work.
        if s.len() > MAX_ADDRESS {
            return Err(EmailError::TooLong { max: MAX_ADDRESS });
        }
        match Self::parse_plain_ascii(s) {
            Some(email) => Ok(email),
            None => Self::parse_general(s),
        }
    }

    /// The general path, for trimmed input of at most 254 octets.
    fn parse_general(s: &str) -> Result<Self, EmailError> {
        let Some((local_raw, domain_raw)) = s.split_once('@') else {
            return Err(if looks_like_display_name(s, s) {
                EmailError::DisplayName
            } else {
                EmailError::MissingAt
            });
        };
        if looks_like_display_name(s, local_raw) {
            return Err(EmailError::DisplayName);
        }
        if local_raw.starts_with('"') {
            return Err(EmailError::QuotedLocalPart);
        }
        if local_raw.is_empty() {
            return Err(EmailError::EmptyLocalPart);
        }
        if domain_raw.contains('@') {
            return Err(EmailError::MultipleAt);
        }

        let local = check_local(local_raw)?;
        let domain =
            check_domain(domain_raw).map_err(|e| e.shifted(local_raw.chars().count() + 1))?;

        let longest_domain = domain
            .ascii
            .as_ref()
            .map_or(domain.unicode.len(), |a| a.len().max(domain.unicode.len()));
        if local.longest + 1 + longest_domain > MAX_ADDRESS {
            return Err(EmailError::TooLong { max: MAX_ADDRESS });
        }

        let mut text = String::with_capacity(local.canonical.len() + 1 + domain.unicode.len());
        text.push_str(&local.canonical);
        text.push('@');
        text.push_str(&domain.unicode);
        Ok(Self {
            at: local.canonical.len(),
            text: text.into_boxed_str(),
            ascii_domain: domain.ascii.map(String::into_boxed_str),
        })
    }

    /// The fast path: one pass over a plain ASCII address with no `xn--` label.
    /// Returns `None` when the address is not ASCII, has an A-label, or breaks any
    /// rule; the general path then gives the exact answer (or error).
    fn parse_plain_ascii(s: &str) -> Option<Self> {
        let bytes = s.as_bytes();
        let at = bytes.iter().position(|&b| b == b'@')?;
        let (local, domain) = (bytes.get(..at)?, bytes.get(at + 1..)?);
        // Local part: dot-atom of atext, at most 64 octets.
        if local.is_empty()
            || local.len() > MAX_LOCAL_PART
            || local.first() == Some(&b'.')
            || local.last() == Some(&b'.')
        {
            return None;
        }
        let mut prev = 0u8;
        for &b in local {
            if !(is_atext(b) || (b == b'.' && prev != b'.')) {
                return None;
            }
            prev = b;
        }
        // Domain: LDH labels of 1 to 63 octets, no hyphen at either end, no
        // `??--` label (that includes `xn--`, left to the general path).
        let mut labels = 0usize;
        let mut last_label: &[u8] = &[];
        for label in domain.split(|&b| b == b'.') {
            let (first, last) = (label.first()?, label.last()?);
            if label.len() > MAX_LABEL
                || *first == b'-'
                || *last == b'-'
                || label.get(2..4) == Some(b"--")
                || !label.iter().all(|&b| is_host_byte(b))
            {
                return None;
            }
            labels += 1;
            last_label = label;
        }
        // Two labels or more, a TLD ending with a letter, not special-use.
        if labels < 2
            || !last_label.last()?.is_ascii_alphabetic()
            || SPECIAL_USE_DOMAINS
                .iter()
                .any(|name| name.as_bytes().eq_ignore_ascii_case(last_label))
        {
            return None;
        }
        let mut text = String::from(s);
        text.make_ascii_lowercase();
        Some(Self {
            text: text.into_boxed_str(),
            at,
            ascii_domain: None,
        })
    }

    /// The canonical address, `local@domain`, as printed by `Display`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::CanonicalEmail;
    ///
    /// let email = CanonicalEmail::parse("ÉLODIE@EXAMPLE.FR")?;
    /// assert_eq!(email.as_str(), "élodie@example.fr");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The canonical local part (before the `@`): NFC and lowercase.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::CanonicalEmail;
    ///
    /// let email = CanonicalEmail::parse("Jan.Novak+news@example.cz")?;
    /// assert_eq!(email.local_part(), "jan.novak+news");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn local_part(&self) -> &str {
        self.text.get(..self.at).unwrap_or_default()
    }

    /// The domain in Unicode form (U-labels, lowercase, NFC).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::CanonicalEmail;
    ///
    /// let email = CanonicalEmail::parse("info@xn--bcher-kva.de")?;
    /// assert_eq!(email.domain(), "bücher.de");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn domain(&self) -> &str {
        self.text.get(self.at + 1..).unwrap_or_default()
    }

    /// The domain in ASCII form (A-labels, `xn--…`), as DNS and mail servers
    /// without SMTPUTF8 expect it. Equal to [`domain`](Self::domain) for ASCII
    /// domains.
    ///
    /// It is computed by [`parse`](Self::parse) and stored, so this is free.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::CanonicalEmail;
    ///
    /// let email = CanonicalEmail::parse("jeff@臺網中心.tw")?;
    /// assert_eq!(email.ascii_domain(), "xn--fiqq24b10vi0d.tw");
    /// assert_eq!(CanonicalEmail::parse("a@b.cz")?.ascii_domain(), "b.cz");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ascii_domain(&self) -> &str {
        match &self.ascii_domain {
            Some(ascii) => ascii,
            None => self.domain(),
        }
    }

    /// The key under which two addresses count as one contact: the canonical form
    /// with the documented rules of a few large mailbox providers applied.
    ///
    /// The rules apply only to these exact domains (not to their subdomains, not to
    /// other country variants) and are deliberately conservative: each one is a
    /// documented delivery rule of the provider, so addresses with the same key
    /// reach the same mailbox.
    ///
    /// | Domains | Rule |
    /// |---|---|
    /// | `gmail.com`, `googlemail.com` | drop the `+tag`, drop every `.`, domain becomes `gmail.com` (Gmail ignores dots; `googlemail.com` is the same service) |
    /// | `outlook.com`, `hotmail.com`, `live.com`, `msn.com` | drop the `+tag` (Outlook.com plus addressing) |
    /// | `icloud.com`, `me.com`, `mac.com` | drop the `+tag` (iCloud Mail plus addressing) |
    /// | `fastmail.com`, `fastmail.fm` | drop the `+tag` (Fastmail plus addressing) |
    /// | `proton.me`, `protonmail.com`, `protonmail.ch`, `pm.me` | drop the `+tag` (Proton plus addressing) |
    /// | `yahoo.com` | drop the `-keyword` (Yahoo disposable addresses are `basename-keyword`; Yahoo has no `+` sub-addressing) |
    ///
    /// "Drop the tag" removes everything from the first separator (`+` or `-`) to
    /// the `@`, but only when something is left before it and that does not end
    /// with `.`; otherwise the local part is kept whole. Other domains keep the
    /// canonical form unchanged (dots and tags can be significant there), and
    /// aliases across domains (`me.com` and `icloud.com`, `pm.me` and
    /// `proton.me`) are not merged because they are not the same mailbox for every
    /// account.
    ///
    /// The key is a pure function of the canonical address, and idempotent: it is
    /// itself a valid address whose key is itself.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::CanonicalEmail;
    ///
    /// let a = CanonicalEmail::parse("Jan.Novak+shop@googlemail.com")?;
    /// let b = CanonicalEmail::parse("jannovak@gmail.com")?;
    /// assert_eq!(a.dedup_key(), "jannovak@gmail.com");
    /// assert_eq!(a.dedup_key(), b.dedup_key());
    ///
    /// let c = CanonicalEmail::parse("jan.novak+shop@example.com")?;
    /// assert_eq!(c.dedup_key(), "jan.novak+shop@example.com");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn dedup_key(&self) -> Cow<'_, str> {
        let (local, domain) = (self.local_part(), self.domain());
        match domain {
            "gmail.com" | "googlemail.com" => {
                let base = match local.find('+') {
                    Some(i) if i > 0 => local.get(..i).unwrap_or(local),
                    _ => local,
                };
                let mut key: String = base.chars().filter(|&c| c != '.').collect();
                if !key.is_ascii() {
                    // Removing a dot can put a combining mark next to its base.
                    key = key.nfc().collect();
                }
                key.push_str("@gmail.com");
                if key == self.as_str() {
                    Cow::Borrowed(self.as_str())
                } else {
                    Cow::Owned(key)
                }
            }
            "outlook.com" | "hotmail.com" | "live.com" | "msn.com" | "icloud.com" | "me.com"
            | "mac.com" | "fastmail.com" | "fastmail.fm" | "proton.me" | "protonmail.com"
            | "protonmail.ch" | "pm.me" => self.without_tag('+'),
            "yahoo.com" => self.without_tag('-'),
            _ => Cow::Borrowed(self.as_str()),
        }
    }

    /// The canonical form with the local part cut at the first `separator`, when
    /// what remains is a sensible local part (non-empty, no trailing dot).
    fn without_tag(&self, separator: char) -> Cow<'_, str> {
        let (local, domain) = (self.local_part(), self.domain());
        match local.find(separator).and_then(|i| local.get(..i)) {
            Some(base) if !base.is_empty() && !base.ends_with('.') => {
                Cow::Owned(format!("{base}@{domain}"))
            }
            _ => Cow::Borrowed(self.as_str()),
        }
    }
}

crate::macros::impl_text_newtype!(CanonicalEmail, EmailError);
crate::macros::impl_debug_as_text!(CanonicalEmail);

/// Why an input is not a valid email address.
///
/// Each variant names the first rule the input breaks, in the order of the steps
/// listed on [`CanonicalEmail::parse`]. Positions count characters (Unicode scalar
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
// NOTE: the messages are part of the public API; tests/email.rs pins each one.
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
    fn shifted(self, by: usize) -> Self {
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

/// `<` in the address part and `>` at the end: `Name <addr>`.
fn looks_like_display_name(s: &str, head: &str) -> bool {
    s.ends_with('>') && head.contains('<')
}

// ---------------------------------------------------------------------------
// Local part
// ---------------------------------------------------------------------------

/// A checked local part.
struct LocalPart<'a> {
    /// NFC, lowercase.
    canonical: Cow<'a, str>,
    /// The longer of the NFC and canonical forms, in octets, for the total limit.
    longest: usize,
}

/// RFC 5322 §3.2.3 `atext`, ASCII only.
fn is_atext(b: u8) -> bool {
    ATEXT.get(usize::from(b)).copied().unwrap_or(false)
}

/// Lookup table for [`is_atext`]: letters, digits and ``!#$%&'*+-/=?^_`{|}~``.
const ATEXT: [bool; 256] = {
    let mut table = [false; 256];
    let specials = b"!#$%&'*+-/=?^_`{|}~";
    let mut i = 0;
    while i < specials.len() {
        table[specials[i] as usize] = true;
        i += 1;
    }
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphanumeric() {
            table[b] = true;
        }
        b += 1;
    }
    table
};

fn check_local(raw: &str) -> Result<LocalPart<'_>, EmailError> {
    if raw.is_ascii() {
        // ASCII is NFC already and lowercases in place: no Unicode work.
        check_local_chars(raw)?;
        if raw.len() > MAX_LOCAL_PART {
            return Err(EmailError::LocalPartTooLong {
                max: MAX_LOCAL_PART,
            });
        }
        return Ok(LocalPart {
            canonical: lowercase_ascii(raw),
            longest: raw.len(),
        });
    }

    // RFC 6532 §3.1 asks for NFC; the normalized text must pass the same rules
    // (U+037E GREEK QUESTION MARK becomes ';').
    check_local_chars(raw)?;
    let nfc = to_nfc(raw);
    if let Cow::Owned(normalized) = &nfc {
        check_local_chars(normalized)?;
    }
    if nfc.len() > MAX_LOCAL_PART {
        return Err(EmailError::LocalPartTooLong {
            max: MAX_LOCAL_PART,
        });
    }
    let nfc_len = nfc.len();
    let lower = nfc.to_lowercase();
    let canonical = if lower == *nfc {
        nfc
    } else {
        // Lowercasing can grow the text (U+0130 becomes "i\u{307}") and, rarely,
        // leave it unnormalized; the canonical form must itself parse.
        let canonical = to_nfc(&lower).into_owned();
        check_local_chars(&canonical)?;
        if canonical.len() > MAX_LOCAL_PART {
            return Err(EmailError::LocalPartTooLong {
                max: MAX_LOCAL_PART,
            });
        }
        Cow::Owned(canonical)
    };
    Ok(LocalPart {
        longest: nfc_len.max(canonical.len()),
        canonical,
    })
}

/// Character and dot rules of a local part. Invalid ASCII characters are reported
/// first, then dot placement, then unsafe non-ASCII characters.
fn check_local_chars(s: &str) -> Result<(), EmailError> {
    let mut unsafe_char = None;
    if s.is_ascii() {
        if let Some(i) = s.bytes().position(|b| b != b'.' && !is_atext(b)) {
            let ch = char::from(s.as_bytes().get(i).copied().unwrap_or_default());
            return Err(EmailError::InvalidLocalCharacter {
                ch,
                position: i + 1,
            });
        }
    } else {
        for (index, ch) in s.chars().enumerate() {
            let position = index + 1;
            if ch.is_ascii() {
                if ch != '.' && !is_atext(ch as u8) {
                    return Err(EmailError::InvalidLocalCharacter { ch, position });
                }
            } else if unsafe_char.is_none() && is_unsafe(ch, index == 0) {
                unsafe_char = Some(EmailError::UnsafeCharacter { ch, position });
            }
        }
    }
    if s.ends_with('.') {
        return Err(EmailError::TrailingDot);
    }
    if s.starts_with('.') {
        return Err(EmailError::LeadingDot);
    }
    if s.contains("..") {
        return Err(EmailError::ConsecutiveDots);
    }
    unsafe_char.map_or(Ok(()), Err)
}

// ---------------------------------------------------------------------------
// Domain
// ---------------------------------------------------------------------------

/// A checked domain.
struct DomainPart<'a> {
    /// U-labels, lowercase, NFC.
    unicode: Cow<'a, str>,
    /// A-labels, when different from `unicode`.
    ascii: Option<String>,
}

/// Positions in errors count from 1 at the domain's start; the caller shifts them.
fn check_domain(raw: &str) -> Result<DomainPart<'_>, EmailError> {
    if raw.is_empty() {
        return Err(EmailError::EmptyDomain);
    }
    if raw.starts_with('[') && raw.ends_with(']') {
        return Err(EmailError::DomainLiteral);
    }

    let mapped: Cow<'_, str> = if raw.is_ascii() {
        if let Some(i) = raw.bytes().position(|b| !is_host_byte(b)) {
            let ch = char::from(raw.as_bytes().get(i).copied().unwrap_or_default());
            return Err(EmailError::InvalidDomainCharacter {
                ch,
                position: i + 1,
            });
        }
        // UTS 46 maps ASCII to lowercase and nothing else.
        lowercase_ascii(raw)
    } else {
        Cow::Owned(map_unicode_domain(raw)?)
    };

    // Host name syntax (RFC 952, RFC 1123 §2.1) on the mapped text, since the
    // mapping can produce dots (U+3002 IDEOGRAPHIC FULL STOP) and hyphens.
    if mapped.ends_with('.') || mapped.starts_with('.') || mapped.contains("..") {
        return Err(EmailError::EmptyLabel);
    }
    if mapped.ends_with('-')
        || mapped.starts_with('-')
        || mapped.contains(".-")
        || mapped.contains("-.")
    {
        return Err(EmailError::LabelHyphen);
    }
    if mapped.split('.').any(has_reserved_hyphens) {
        return Err(EmailError::ReservedLabel);
    }

    let is_idn = !mapped.is_ascii() || mapped.split('.').any(|l| l.starts_with("xn--"));
    if !is_idn {
        if mapped.split('.').any(|l| l.len() > MAX_LABEL) {
            return Err(EmailError::LabelTooLong { max: MAX_LABEL });
        }
        check_registered_name(&mapped)?;
        return Ok(DomainPart {
            unicode: mapped,
            ascii: None,
        });
    }

    let mut unicode = String::with_capacity(mapped.len());
    let mut ascii = String::with_capacity(mapped.len() + 16);
    for (n, label) in mapped.split('.').enumerate() {
        if n > 0 {
            unicode.push('.');
            ascii.push('.');
        }
        if label.is_ascii() {
            if label.len() > MAX_LABEL {
                return Err(EmailError::LabelTooLong { max: MAX_LABEL });
            }
            match label.strip_prefix("xn--") {
                Some(puny) => unicode.push_str(&decode_a_label(puny)?),
                None => unicode.push_str(label),
            }
            ascii.push_str(label);
        } else {
            check_u_label(label)?;
            let puny = idna::punycode::encode_str(label).ok_or(EmailError::InvalidDomain)?;
            if puny.len() + 4 > MAX_LABEL {
                return Err(EmailError::LabelTooLong { max: MAX_LABEL });
            }
            unicode.push_str(label);
            ascii.push_str("xn--");
            ascii.push_str(&puny);
        }
    }
    check_registered_name(&ascii)?;
    check_bidi_domain(&unicode)?;
    Ok(DomainPart {
        unicode: Cow::Owned(unicode),
        ascii: Some(ascii),
    })
}

/// RFC 952 host name characters: letters, digits, `-`, `.`.
fn is_host_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'.'
}

/// Checks a domain with non-ASCII characters and applies the UTS 46 mapping
/// (non-transitional, no STD3 rules, then NFC).
fn map_unicode_domain(raw: &str) -> Result<String, EmailError> {
    // As typed: host name characters or non-ASCII (RFC 6531 §3.3) ...
    let mut unsafe_char = None;
    let mut dotted = None;
    for (index, ch) in raw.chars().enumerate() {
        let position = index + 1;
        if ch.is_ascii() {
            if !is_host_byte(ch as u8) {
                return Err(EmailError::InvalidDomainCharacter { ch, position });
            }
        } else {
            if unsafe_char.is_none() && is_unsafe(ch, index == 0) {
                unsafe_char = Some(EmailError::UnsafeCharacter { ch, position });
            }
            if dotted.is_none() && decomposes_to_dot(ch) {
                dotted = Some(EmailError::InvalidDomainCharacter { ch, position });
            }
        }
    }
    if let Some(err) = unsafe_char.or(dotted) {
        return Err(err);
    }

    // ... and after mapping, since the mapping can produce ASCII that is not a host
    // name character (U+037E becomes ';', U+FF3F becomes '_'). Disallowed code
    // points come out as U+FFFD.
    let mapped: String = Uts46MapperBorrowed::new()
        .map_normalize(raw.chars())
        .collect();
    for (index, ch) in mapped.chars().enumerate() {
        if ch == '\u{FFFD}' {
            return Err(EmailError::InvalidDomain);
        }
        if ch.is_ascii() && !is_host_byte(ch as u8) {
            return Err(EmailError::InvalidDomainCharacter {
                ch,
                position: index + 1,
            });
        }
    }
    Ok(mapped)
}

/// Characters whose decomposition contains U+002E FULL STOP (such as U+2488 DIGIT
/// ONE FULL STOP): mapping them would add a label separator the user never typed.
/// U+FF0E FULLWIDTH FULL STOP is a real separator and is allowed.
fn decomposes_to_dot(c: char) -> bool {
    matches!(
        c,
        '\u{2024}'..='\u{2026}'
            | '\u{2488}'..='\u{249B}'
            | '\u{33C2}'
            | '\u{33C7}'
            | '\u{33D8}'
            | '\u{FE52}'
            | '\u{1F100}'
    )
}

/// RFC 5891 §4.2.3.1 via RFC 5890: `??--` labels are reserved unless they are
/// `xn--` A-labels.
fn has_reserved_hyphens(label: &str) -> bool {
    let mut chars = label.chars();
    let (a, b, c, d) = (chars.next(), chars.next(), chars.next(), chars.next());
    c == Some('-')
        && d == Some('-')
        && !(a.is_some_and(|a| a.eq_ignore_ascii_case(&'x'))
            && b.is_some_and(|b| b.eq_ignore_ascii_case(&'n')))
}

/// Rules on the registered name, in A-label form: two labels or more, a TLD that
/// ends with a letter, not special-use.
fn check_registered_name(ascii: &str) -> Result<(), EmailError> {
    let Some((_, tld)) = ascii.rsplit_once('.') else {
        // ICANN prohibits dotless domains (2013); nobody has mail at a bare TLD.
        return Err(EmailError::SingleLabelDomain);
    };
    // Every TLD in the root zone ends with a letter (A-labels included).
    if !tld.bytes().last().is_some_and(|b| b.is_ascii_alphabetic()) {
        return Err(EmailError::InvalidTld);
    }
    // The special-use names are all single labels, so "the name or a subdomain of
    // it" means "the TLD is the name".
    if SPECIAL_USE_DOMAINS.contains(&tld) {
        return Err(EmailError::SpecialUseDomain);
    }
    Ok(())
}

/// Decodes the Punycode of an `xn--` label and checks the result (RFC 5891 §5.3).
fn decode_a_label(puny: &str) -> Result<String, EmailError> {
    if puny.is_empty() || puny.ends_with('-') {
        return Err(EmailError::InvalidDomain);
    }
    let label = idna::punycode::decode_to_string(puny).ok_or(EmailError::InvalidDomain)?;
    // Only the canonical encoding of a U-label is an A-label.
    if idna::punycode::encode_str(&label).as_deref() != Some(puny) {
        return Err(EmailError::InvalidDomain);
    }
    check_u_label(&label)?;
    Ok(label)
}

/// IDNA 2008 label rules (RFC 5891 §4.2.3, RFC 5892): NFC, hyphen placement, no
/// leading combining mark, and only PVALID code points or CONTEXTO ones in their
/// required context. CONTEXTJ code points (the zero-width joiners) are rejected:
/// they are format characters, unsafe anywhere in an address.
fn check_u_label(label: &str) -> Result<(), EmailError> {
    if label.is_empty() || !is_nfc(label) {
        return Err(EmailError::InvalidDomain);
    }
    // No exemption for `xn`: a U-label is never an A-label.
    let mut chars = label.chars().skip(2);
    if chars.next() == Some('-') && chars.next() == Some('-') {
        return Err(EmailError::ReservedLabel);
    }
    if label.starts_with('-') || label.ends_with('-') {
        return Err(EmailError::LabelHyphen);
    }
    if label.chars().next().is_some_and(is_mark) {
        return Err(EmailError::InvalidDomain);
    }
    let mut chars: Option<Vec<char>> = None;
    for (pos, c) in label.chars().enumerate() {
        match idna2008_class(c) {
            Idna2008::PValid => {}
            Idna2008::ContextO => {
                let chars = chars.get_or_insert_with(|| label.chars().collect());
                if !contexto_ok(chars, pos) {
                    return Err(EmailError::InvalidDomain);
                }
            }
            Idna2008::ContextJ | Idna2008::Disallowed | Idna2008::Unassigned => {
                return Err(EmailError::InvalidDomain);
            }
        }
    }
    Ok(())
}

/// The IDNA 2008 derived property of a code point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Idna2008 {
    PValid,
    ContextJ,
    ContextO,
    Disallowed,
    Unassigned,
}

/// Derives the IDNA 2008 property with the algorithm of RFC 5892 §3 from the
/// Unicode properties in `icu_properties` (the data `idna` already links), so the
/// table follows the same Unicode version as the UTS 46 mapping.
fn idna2008_class(c: char) -> Idna2008 {
    // (F) Exceptions, RFC 5892 §2.6.
    match c {
        '\u{00DF}' | '\u{03C2}' | '\u{06FD}' | '\u{06FE}' | '\u{0F0B}' | '\u{3007}' => {
            return Idna2008::PValid;
        }
        '\u{00B7}'
        | '\u{0375}'
        | '\u{05F3}'
        | '\u{05F4}'
        | '\u{30FB}'
        | '\u{0660}'..='\u{0669}'
        | '\u{06F0}'..='\u{06F9}' => return Idna2008::ContextO,
        '\u{0640}'
        | '\u{07FA}'
        | '\u{302E}'
        | '\u{302F}'
        | '\u{3031}'..='\u{3035}'
        | '\u{303B}' => return Idna2008::Disallowed,
        _ => {}
    }
    let gc = CodePointMapData::<GeneralCategory>::new().get(c);
    let noncharacter = CodePointSetData::new::<NoncharacterCodePoint>().contains(c);
    // (J) Unassigned.
    if gc == GeneralCategory::Unassigned && !noncharacter {
        return Idna2008::Unassigned;
    }
    // (H) LDH and JoinControl.
    if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' {
        return Idna2008::PValid;
    }
    if c == '\u{200C}' || c == '\u{200D}' {
        return Idna2008::ContextJ;
    }
    // (B) Unstable: NFKC_Casefold(c) != c.
    if CodePointSetData::new::<ChangesWhenNfkcCasefolded>().contains(c) {
        return Idna2008::Disallowed;
    }
    // (C) IgnorableProperties.
    if noncharacter
        || CodePointSetData::new::<DefaultIgnorableCodePoint>().contains(c)
        || CodePointSetData::new::<WhiteSpace>().contains(c)
    {
        return Idna2008::Disallowed;
    }
    // (D) IgnorableBlocks: Combining Diacritical Marks for Symbols, Musical
    // Symbols, Ancient Greek Musical Notation.
    if matches!(c, '\u{20D0}'..='\u{20FF}' | '\u{1D100}'..='\u{1D24F}') {
        return Idna2008::Disallowed;
    }
    // (I) OldHangulJamo.
    let hst = CodePointMapData::<HangulSyllableType>::new().get(c);
    if matches!(
        hst,
        HangulSyllableType::LeadingJamo
            | HangulSyllableType::VowelJamo
            | HangulSyllableType::TrailingJamo
    ) {
        return Idna2008::Disallowed;
    }
    // (A) LetterDigits.
    if matches!(
        gc,
        GeneralCategory::LowercaseLetter
            | GeneralCategory::UppercaseLetter
            | GeneralCategory::OtherLetter
            | GeneralCategory::DecimalNumber
            | GeneralCategory::ModifierLetter
            | GeneralCategory::NonspacingMark
            | GeneralCategory::SpacingMark
    ) {
        return Idna2008::PValid;
    }
    Idna2008::Disallowed
}

/// CONTEXTO rules, RFC 5892 Appendix A.3 to A.9.
fn contexto_ok(label: &[char], pos: usize) -> bool {
    let script = |c: &char| CodePointMapData::<Script>::new().get(*c);
    let Some(&c) = label.get(pos) else {
        return false;
    };
    let before = pos.checked_sub(1).and_then(|i| label.get(i));
    let after = label.get(pos + 1);
    match c {
        // MIDDLE DOT: only in "l·l" (Catalan).
        '\u{00B7}' => before == Some(&'l') && after == Some(&'l'),
        // GREEK LOWER NUMERAL SIGN: followed by Greek.
        '\u{0375}' => after.is_some_and(|a| script(a) == Script::Greek),
        // HEBREW PUNCTUATION GERESH and GERSHAYIM: preceded by Hebrew.
        '\u{05F3}' | '\u{05F4}' => before.is_some_and(|b| script(b) == Script::Hebrew),
        // KATAKANA MIDDLE DOT: some Hiragana, Katakana or Han in the label.
        '\u{30FB}' => label.iter().any(|l| {
            *l != '\u{30FB}'
                && matches!(script(l), Script::Hiragana | Script::Katakana | Script::Han)
        }),
        // ARABIC-INDIC digits and EXTENDED ARABIC-INDIC digits do not mix.
        '\u{0660}'..='\u{0669}' => !label.iter().any(|l| matches!(l, '\u{06F0}'..='\u{06F9}')),
        '\u{06F0}'..='\u{06F9}' => !label.iter().any(|l| matches!(l, '\u{0660}'..='\u{0669}')),
        _ => false,
    }
}

/// The Bidi rule (RFC 5893 §2), applied to every label once any label has a
/// right-to-left character.
fn check_bidi_domain(domain: &str) -> Result<(), EmailError> {
    let bidi = CodePointMapData::<BidiClass>::new();
    let has_rtl = domain.chars().any(|c| {
        matches!(
            bidi.get(c),
            BidiClass::RightToLeft | BidiClass::ArabicLetter | BidiClass::ArabicNumber
        )
    });
    if !has_rtl {
        return Ok(());
    }
    if domain.split('.').all(bidi_label_ok) {
        Ok(())
    } else {
        Err(EmailError::InvalidDomain)
    }
}

fn bidi_label_ok(label: &str) -> bool {
    use BidiClass as B;
    let bidi = CodePointMapData::<BidiClass>::new();
    let Some(first) = label.chars().next() else {
        return false;
    };
    // Rule 1: the first character decides the label's direction.
    let rtl = match bidi.get(first) {
        B::RightToLeft | B::ArabicLetter => true,
        B::LeftToRight => false,
        _ => return false,
    };
    let mut valid_ending = false;
    let mut number_type = None;
    for c in label.chars() {
        let d = bidi.get(c);
        if rtl {
            // Rule 2.
            if !matches!(
                d,
                B::RightToLeft
                    | B::ArabicLetter
                    | B::ArabicNumber
                    | B::EuropeanNumber
                    | B::EuropeanSeparator
                    | B::CommonSeparator
                    | B::EuropeanTerminator
                    | B::OtherNeutral
                    | B::BoundaryNeutral
                    | B::NonspacingMark
            ) {
                return false;
            }
            // Rule 3.
            if matches!(
                d,
                B::RightToLeft | B::ArabicLetter | B::EuropeanNumber | B::ArabicNumber
            ) {
                valid_ending = true;
            } else if d != B::NonspacingMark {
                valid_ending = false;
            }
            // Rule 4.
            if matches!(d, B::ArabicNumber | B::EuropeanNumber) {
                match number_type {
                    None => number_type = Some(d),
                    Some(t) if t != d => return false,
                    Some(_) => {}
                }
            }
        } else {
            // Rule 5.
            if !matches!(
                d,
                B::LeftToRight
                    | B::EuropeanNumber
                    | B::EuropeanSeparator
                    | B::CommonSeparator
                    | B::EuropeanTerminator
                    | B::OtherNeutral
                    | B::BoundaryNeutral
                    | B::NonspacingMark
            ) {
                return false;
            }
            // Rule 6.
            if matches!(d, B::LeftToRight | B::EuropeanNumber) {
                valid_ending = true;
            } else if d != B::NonspacingMark {
                valid_ending = false;
            }
        }
    }
    valid_ending
}

// ---------------------------------------------------------------------------
// Unicode helpers
// ---------------------------------------------------------------------------

/// The groups of general categories the safety rule distinguishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Category {
    /// Letters, numbers, punctuation, symbols (L, N, P, S).
    Visible,
    /// Combining marks (M): safe except at the start of a string.
    Mark,
    /// Separators and other (Z, C), including unassigned code points.
    Unsafe,
}

fn category(c: char) -> Category {
    use GeneralCategory as G;
    match CodePointMapData::<GeneralCategory>::new().get(c) {
        G::NonspacingMark | G::SpacingMark | G::EnclosingMark => Category::Mark,
        G::SpaceSeparator
        | G::LineSeparator
        | G::ParagraphSeparator
        | G::Control
        | G::Format
        | G::PrivateUse
        | G::Surrogate
        | G::Unassigned => Category::Unsafe,
        _ => Category::Visible,
    }
}

fn is_mark(c: char) -> bool {
    category(c) == Category::Mark
}

/// Whether `c` renders unsafely: categories Cc, Cf, Co, Cs, Cn, Zs, Zl, Zp, or a
/// combining mark in first position (it would combine with the text before the
/// address).
fn is_unsafe(c: char, first: bool) -> bool {
    match category(c) {
        Category::Visible => false,
        Category::Mark => first,
        Category::Unsafe => true,
    }
}

fn is_nfc(s: &str) -> bool {
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => true,
        IsNormalized::No => false,
        IsNormalized::Maybe => s.chars().eq(s.nfc()),
    }
}

/// NFC, borrowing when the text is normalized already.
fn to_nfc(s: &str) -> Cow<'_, str> {
    if is_nfc(s) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    }
}

fn lowercase_ascii(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atext_is_rfc_5322() {
        let atext: String = (0u8..128)
            .filter(|&b| is_atext(b))
            .map(char::from)
            .collect();
        assert_eq!(
            atext,
            "!#$%&'*+-/0123456789=?ABCDEFGHIJKLMNOPQRSTUVWXYZ^_`abcdefghijklmnopqrstuvwxyz{|}~"
        );
    }

    proptest::proptest! {
        /// The fast path accepts a subset of what the general path accepts, with
        /// the same result.
        #[test]
        fn prop_fast_path_agrees_with_general_path(
            s in "[a-zA-Z0-9.@_+-]{0,12}(xn--)?[a-zA-Z0-9.@-]{0,12}\\.(com|cz|Test|LOCAL|c0|123|x--y)",
        ) {
            let general = CanonicalEmail::parse_general(&s);
            if let Some(fast) = CanonicalEmail::parse_plain_ascii(&s) {
                proptest::prop_assert_eq!(Ok(fast), general);
            }
        }
    }

    #[test]
    fn fast_path_takes_plain_ascii_only() {
        assert!(CanonicalEmail::parse_plain_ascii("Jan.Novak@Example.COM").is_some());
        for s in [
            "jan@xn--bcher-kva.de",
            "jan@bücher.de",
            "jan..n@x.cz",
            "jan@x.test",
            "jan@x.c0",
        ] {
            assert!(CanonicalEmail::parse_plain_ascii(s).is_none(), "{s}");
        }
    }

    #[test]
    fn idna2008_classes_follow_rfc_5892() {
        use Idna2008::*;
        let cases = [
            ('a', PValid),
            ('-', PValid),
            ('A', Disallowed),
            ('ß', PValid),
            ('ς', PValid),
            ('ü', PValid),
            ('中', PValid),
            ('\u{0640}', Disallowed),
            ('\u{00B7}', ContextO),
            ('\u{0661}', ContextO),
            ('\u{200D}', ContextJ),
            ('\u{1F4A9}', Disallowed),
            ('\u{2603}', Disallowed),
            ('\u{1100}', Disallowed),
            ('\u{0378}', Unassigned),
            ('\u{FFFF}', Disallowed),
            ('_', Disallowed),
        ];
        for (c, class) in cases {
            assert_eq!(idna2008_class(c), class, "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn contexto_rules() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(contexto_ok(&chars("l·l"), 1));
        assert!(!contexto_ok(&chars("a·l"), 1));
        assert!(!contexto_ok(&chars("·l"), 0));
        assert!(contexto_ok(&chars("\u{0375}α"), 0));
        assert!(!contexto_ok(&chars("\u{0375}a"), 0));
        assert!(contexto_ok(&chars("א\u{05F3}"), 1));
        assert!(!contexto_ok(&chars("\u{05F3}"), 0));
        assert!(contexto_ok(&chars("ア・カ"), 1));
        assert!(!contexto_ok(&chars("a・b"), 1));
        assert!(contexto_ok(&chars("\u{0661}\u{0662}"), 0));
        assert!(!contexto_ok(&chars("\u{0661}\u{06F2}"), 0));
    }

    #[test]
    fn bidi_rule() {
        assert!(bidi_label_ok("שלום"));
        assert!(bidi_label_ok("com"));
        assert!(!bidi_label_ok("1com"));
        assert!(!bidi_label_ok("שa"));
        assert!(bidi_label_ok("ש1"));
        assert!(!bidi_label_ok("\u{0661}ש"));
    }

    #[test]
    fn reserved_hyphens() {
        assert!(has_reserved_hyphens("ab--c"));
        assert!(has_reserved_hyphens("üb--c"));
        assert!(!has_reserved_hyphens("xn--c"));
        assert!(!has_reserved_hyphens("XN--c"));
        assert!(!has_reserved_hyphens("a--b"));
        assert!(!has_reserved_hyphens("ab-"));
    }

    #[test]
    fn dot_decompositions() {
        use unicode_normalization::char::decompose_compatible;
        for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut has_dot = false;
            decompose_compatible(c, |d| has_dot |= d == '.');
            if decomposes_to_dot(c) {
                assert!(has_dot, "U+{:04X}", u32::from(c));
            } else if has_dot && c != '\u{FF0E}' {
                // The rest reach a dot only through a second decomposition
                // step (U+FE19 to U+2026); UTS 46 disallows them.
                let input = format!("a@x{c}y.com");
                assert!(
                    CanonicalEmail::parse(&input).is_err(),
                    "U+{:04X}",
                    u32::from(c)
                );
            }
        }
    }
}
