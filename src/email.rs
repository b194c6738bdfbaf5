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
mod chars;
mod domain;
mod error;
mod local;

pub use error::EmailError;

use chars::*;
use domain::*;
use local::*;

use icu_normalizer::uts46::Uts46MapperBorrowed;
use icu_normalizer::ComposingNormalizerBorrowed;
use icu_properties::props::{
    BidiClass, ChangesWhenNfkcCasefolded, DefaultIgnorableCodePoint, GeneralCategory,
    HangulSyllableType, NoncharacterCodePoint, WhiteSpace,
};
use icu_properties::{CodePointMapData, CodePointSetData};

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
        let s = crate::trim::trim(input);
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
                    key = ComposingNormalizerBorrowed::new_nfc()
                        .normalize(&key)
                        .into_owned();
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

// NOTE: the messages are part of the public API; tests/email.rs pins each one.
/// `<` in the address part and `>` at the end: `Name <addr>`.
fn looks_like_display_name(s: &str, head: &str) -> bool {
    s.ends_with('>') && head.contains('<')
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

    /// The CONTEXTO rules' script ranges against `icu_properties`' `Script` map, every code
    /// point; prints the tables to paste into `email/domain.rs` when they differ.
    #[test]
    fn contexto_scripts_match_icu_properties() {
        use icu_properties::props::Script;
        let map = CodePointMapData::<Script>::new();
        let scripts = [
            Script::Greek,
            Script::Hebrew,
            Script::Hiragana,
            Script::Katakana,
            Script::Han,
        ];
        let mut same = true;
        for ((name, ranges), script) in CONTEXTO_SCRIPTS.iter().zip(scripts) {
            let mut expected: Vec<(u32, u32)> = Vec::new();
            for c in (0..=0x10FFFF).filter_map(char::from_u32) {
                if map.get(c) == script {
                    match expected.last_mut() {
                        Some(last) if last.1 + 1 == u32::from(c) => last.1 = u32::from(c),
                        _ => expected.push((u32::from(c), u32::from(c))),
                    }
                }
                same &= in_ranges(c, ranges) == (map.get(c) == script);
            }
            let table: Vec<String> = expected
                .iter()
                .map(|(a, b)| format!("(0x{a:X}, 0x{b:X}),"))
                .collect();
            println!(
                "const {}: &[(u32, u32)] = &[{}];",
                name.to_uppercase(),
                table.join(" ")
            );
            same &= expected.as_slice() == *ranges;
        }
        assert!(same);
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
        // NFKD of one character is its full compatibility decomposition.
        let nfkd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfkd();
        for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
            let has_dot = nfkd.normalize(c.encode_utf8(&mut [0; 4])).contains('.');
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
