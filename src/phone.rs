//! International phone numbers: [`IntlPhone`], validated against libphonenumber's
//! metadata and stored in one canonical form, `+<country code> <national number>`.
//!
//! The canonical form is the one the BizKitHub API documents (`+420 777123456`): a
//! leading `+`, the country calling code, one space, and the national significant number
//! without spaces (leading zeros kept where they belong to it, as in Italy's
//! `+39 0612345678`).
//!
//! # Examples
//!
//! ```
//! use contactkit::{IntlPhone, Region};
//!
//! let phone = IntlPhone::parse(" +420 777 123 456 ")?;
//! assert_eq!(phone.as_str(), "+420 777123456");
//! assert_eq!(phone.e164(), "+420777123456");
//! assert_eq!(phone.region(), Some("CZ"));
//!
//! // A national number needs a default region (here the BIK API's India).
//! let phone = IntlPhone::parse_with_region("9090909090", Region::parse("IN")?)?;
//! assert_eq!(phone.to_string(), "+91 9090909090");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Metadata
//!
//! Number plans are libphonenumber's metadata 9.0.43 ([`METADATA_VERSION`]), checked in
//! as generated Rust statics (reduced to what validation reads; `scripts/regenerate.sh`
//! regenerates them); a territory's patterns are compiled into one automaton on its
//! first use (about 2 ms for India, well under 1 ms for most). The
//! reading rules (calling code, international and national prefixes, validity, type)
//! follow libphonenumber's `PhoneNumberUtil`, not the `phonenumber` crate's parser,
//! which differs from libphonenumber (it reads `+14414123` as `+1 4414414123`).

mod error;
mod kind;
mod metadata;
mod pattern;
mod region;

pub use error::PhoneError;
pub use kind::PhoneType;
pub use region::Region;

pub use metadata::METADATA_VERSION;

use metadata::{LengthCheck, Territory};
use std::borrow::Cow;

/// Longest accepted input, in characters after trimming. The longest valid number with
/// the longest international prefix and generous punctuation fits well within it; the
/// cap bounds the work done on hostile input.
const MAX_INPUT_CHARS: usize = 64;

/// libphonenumber's `MAX_LENGTH_FOR_NSN`: no national significant number is longer.
const MAX_NSN_DIGITS: usize = 17;

/// An international phone number, valid per libphonenumber's metadata, in canonical form.
///
/// The only way to get one is [`IntlPhone::parse`] (the documented `+` form) or
/// [`IntlPhone::parse_with_region`] (also national numbers for a default region), so
/// every value is valid and canonical: `+<country code> <national significant number>`,
/// e.g. `+420 777123456`. Two values are equal exactly when they print the same.
///
/// `Ord` compares the canonical text. Calling codes are prefix-free, so that is the
/// order of the E.164 digit strings: `+1 ...` < `+359 ...` < `+420 ...` < `+44 ...` <
/// `+7 ...`, and numbers of one calling code by their national number's digits.
///
/// # Examples
///
/// ```
/// use contactkit::IntlPhone;
/// use contactkit::phone::PhoneType;
///
/// let phone: IntlPhone = "+39 06 1234 5678".parse()?;
/// assert_eq!(phone.as_str(), "+39 0612345678");
/// assert_eq!(phone.country_code(), 39);
/// assert_eq!(phone.national_number(), "0612345678");
/// assert_eq!(phone.number_type(), PhoneType::FixedLine);
/// assert_eq!(format!("{phone:?}"), r#"IntlPhone("+39 0612345678")"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct IntlPhone {
    /// `+<code> <nsn>`.
    text: PhoneText,
    country_code: u16,
    /// ISO 3166-1 alpha-2; `None` for non-geographic calling codes.
    region: Option<[u8; 2]>,
    number_type: PhoneType,
}

impl IntlPhone {
    /// Parses a number written in international form: `+`, the country calling code, the
    /// national number.
    ///
    /// The input is trimmed first (Rust's [`str::trim`]). Between the digits, spaces (any
    /// Unicode space separator, no-break space included), `-`, `.`, `(`, `)` and `/` are
    /// ignored; nothing else is accepted. A national prefix written after the calling code
    /// is dropped where libphonenumber drops it (`+44 (0)20 7946 0000` is
    /// `+44 2079460000`), except when the digits as written are a valid number and the
    /// rest is not (`+375 8109551111` stays itself), so the canonical form of every number
    /// reads back. The number must be valid per libphonenumber's metadata (an assigned
    /// range of the right length), not merely possible.
    ///
    /// Work is bounded: at most 64 characters are read, the automata run in linear time,
    /// and each territory's patterns are compiled once per process, on first use.
    ///
    /// # Errors
    ///
    /// - [`PhoneError::Empty`] for `""` or `"  "`.
    /// - [`PhoneError::InputTooLong`] for more than 64 characters after trimming.
    /// - [`PhoneError::TelUri`] for `tel:+420777123456`.
    /// - [`PhoneError::Extension`] for `+1 650 253 0000 ext. 12` or `... x12`.
    /// - [`PhoneError::Letter`] for `+1-800-FLOWERS` (vanity numbers are not converted).
    /// - [`PhoneError::NonAsciiDigit`] for `+٩٧١ ...` (Arabic-Indic digits).
    /// - [`PhoneError::MisplacedPlus`] for `+420 +777123456` or `(+420) 777123456`.
    /// - [`PhoneError::InvalidCharacter`] for `+420*777123456`.
    /// - [`PhoneError::MissingPlus`] for `777 123 456` or `00420 777 123 456` (use
    ///   [`IntlPhone::parse_with_region`] for those).
    /// - [`PhoneError::InvalidCountryCode`] for `+999 123456789` or `+0420 777123456`.
    /// - [`PhoneError::TooShort`] for `+420 77`; [`PhoneError::TooLong`] for
    ///   `+420 7771234567890`.
    /// - [`PhoneError::NotValid`] for `+44 7700 900123` (right length, unassigned range).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::IntlPhone;
    ///
    /// let phone = IntlPhone::parse("+1 (650) 253-0000")?;
    /// assert_eq!(phone.as_str(), "+1 6502530000");
    /// assert_eq!(phone.region(), Some("US"));
    ///
    /// let err = IntlPhone::parse("777 123 456").unwrap_err();
    /// assert_eq!(err.to_string(), "phone: missing leading '+' and country calling code");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        let scanned = Scanned::scan(input)?;
        read(&scanned, None)
    }

    /// Parses a number in international form or national form for a default region.
    ///
    /// `region` is a [`Region`] (parse it once, where it is configured, e.g.
    /// `Region::parse("IN")`). Besides what [`IntlPhone::parse`] accepts, the input may be
    /// a national number of that region (`9090909090` for `IN`, `020 7946 0000` for `GB`)
    /// or start with the region's international prefix (`00` in most of the world, `011`
    /// in North America, `810` in Russia), read as libphonenumber reads them. A number in
    /// `+` form is read the same whatever the region.
    ///
    /// # Errors
    ///
    /// As [`IntlPhone::parse`], without [`PhoneError::MissingPlus`]. The region is valid
    /// by construction, so it is never the reason (an unknown region code is rejected
    /// earlier, by [`Region::parse`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::{IntlPhone, Region};
    ///
    /// let india = Region::parse("IN")?;
    /// let phone = IntlPhone::parse_with_region("9090909090", india)?;
    /// assert_eq!(phone.as_str(), "+91 9090909090");
    ///
    /// let us = Region::parse("US")?;
    /// let phone = IntlPhone::parse_with_region("011 420 777 123 456", us)?;
    /// assert_eq!(phone.as_str(), "+420 777123456");
    ///
    /// let err = IntlPhone::parse_with_region("90909", india).unwrap_err();
    /// assert_eq!(err.to_string(), "phone: too few digits");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_with_region(input: &str, region: Region) -> Result<Self, PhoneError> {
        let scanned = Scanned::scan(input)?;
        // Every `Region` has a territory (a unit test checks all 245); the error is
        // only there to avoid a panic path.
        let territory = metadata::plans()
            .region(region.code())
            .ok_or(PhoneError::UnknownRegion)?;
        read(&scanned, Some(territory))
    }

    /// The canonical form, `+<country code> <national significant number>`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::IntlPhone;
    ///
    /// assert_eq!(IntlPhone::parse("+420-777-123-456")?.as_str(), "+420 777123456");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }

    /// The E.164 form, `+<country code><national significant number>` (no space).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::IntlPhone;
    ///
    /// assert_eq!(IntlPhone::parse("+420 777 123 456")?.e164(), "+420777123456");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn e164(&self) -> String {
        self.as_str().chars().filter(|&c| c != ' ').collect()
    }

    /// The country calling code, e.g. `420`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::IntlPhone;
    ///
    /// assert_eq!(IntlPhone::parse("+420 777123456")?.country_code(), 420);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn country_code(&self) -> u16 {
        self.country_code
    }

    /// The national significant number: the digits after the country calling code, with
    /// no national (trunk) prefix but with leading zeros that are part of the number.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::IntlPhone;
    ///
    /// assert_eq!(IntlPhone::parse("+39 06 1234 5678")?.national_number(), "0612345678");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn national_number(&self) -> &str {
        self.as_str().split_once(' ').map_or("", |(_, nsn)| nsn)
    }

    /// The region the number is valid for (ISO 3166-1 alpha-2, upper case), found as
    /// libphonenumber finds it: within a shared calling code, the first region (main
    /// country first) whose metadata claims the number (`US` or `CA` within `+1`, `GB` or
    /// `JE` within `+44`). `None` for non-geographic calling codes (`+800`, `+808`,
    /// `+870`, `+878`, `+881`, `+882`, `+883`, `+888`, `+979`), which libphonenumber
    /// labels `001`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::IntlPhone;
    ///
    /// assert_eq!(IntlPhone::parse("+1 613 555 0123")?.region(), Some("CA"));
    /// assert_eq!(IntlPhone::parse("+800 1234 5678")?.region(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn region(&self) -> Option<&str> {
        self.region
            .as_ref()
            .and_then(|r| std::str::from_utf8(r).ok())
    }

    /// The number's type per the metadata of its region, e.g. [`PhoneType::Mobile`].
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::IntlPhone;
    /// use contactkit::phone::PhoneType;
    ///
    /// assert_eq!(IntlPhone::parse("+420 777123456")?.number_type(), PhoneType::Mobile);
    /// assert_eq!(IntlPhone::parse("+1 800 212 3456")?.number_type(), PhoneType::TollFree);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn number_type(&self) -> PhoneType {
        self.number_type
    }
}

crate::macros::impl_text_newtype!(IntlPhone, PhoneError);
crate::macros::impl_debug_as_text!(IntlPhone);

impl PartialOrd for IntlPhone {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

// By the text alone: the other fields are functions of it, so this agrees with `==`.
impl Ord for IntlPhone {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        // Byte order is `str` order.
        self.text.bytes().cmp(other.text.bytes())
    }
}

/// The syntax check's result: whether the input starts with `+`, and its ASCII digits.
struct Scanned {
    plus: bool,
    digits: [u8; MAX_INPUT_CHARS],
    len: usize,
}

impl Scanned {
    /// Trims, caps the length, and accepts only ASCII digits, a leading `+`, spaces and
    /// `- . ( ) /` (the project's syntax rule).
    fn scan(input: &str) -> Result<Scanned, PhoneError> {
        let text = crate::trim::trim(input);
        if text.is_empty() {
            return Err(PhoneError::Empty);
        }
        if let Some(scanned) = Scanned::scan_plain_ascii(text) {
            return Ok(scanned);
        }
        if text.chars().nth(MAX_INPUT_CHARS).is_some() {
            return Err(PhoneError::InputTooLong {
                max: MAX_INPUT_CHARS,
            });
        }
        if text
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("tel:"))
        {
            return Err(PhoneError::TelUri);
        }
        let mut scanned = Scanned {
            plus: text.starts_with('+'),
            digits: [0; MAX_INPUT_CHARS],
            len: 0,
        };
        for (index, (at, ch)) in text.char_indices().enumerate() {
            if ch.is_ascii_digit() {
                // At most 64 characters, so at most 64 digits.
                if let Some(slot) = scanned.digits.get_mut(scanned.len) {
                    *slot = ch as u8;
                    scanned.len += 1;
                }
            } else if !(is_separator(ch) || (ch == '+' && index == 0)) {
                return Err(bad_character(text, at, ch, index + 1));
            }
        }
        Ok(scanned)
    }

    /// The common case in one pass over bytes: at most 64 bytes of ASCII digits, a
    /// leading `+` and ASCII separators. `None` sends anything else (other characters,
    /// `tel:`, errors) to the general path, which decides exactly.
    fn scan_plain_ascii(text: &str) -> Option<Scanned> {
        let bytes = text.as_bytes();
        if bytes.len() > MAX_INPUT_CHARS {
            return None;
        }
        let mut scanned = Scanned {
            plus: bytes.first() == Some(&b'+'),
            digits: [0; MAX_INPUT_CHARS],
            len: 0,
        };
        let body = if scanned.plus { bytes.get(1..)? } else { bytes };
        for &b in body {
            match b {
                b'0'..=b'9' => {
                    *scanned.digits.get_mut(scanned.len)? = b;
                    scanned.len += 1;
                }
                b' ' | b'-' | b'.' | b'(' | b')' | b'/' => {}
                _ => return None,
            }
        }
        Some(scanned)
    }

    fn digits(&self) -> &str {
        // Only ASCII digits were stored.
        self.digits
            .get(..self.len)
            .and_then(|d| std::str::from_utf8(d).ok())
            .unwrap_or_default()
    }
}

/// Formatting noise tolerated between digits: spaces, `-`, `.`, `(`, `)`, `/`.
fn is_separator(ch: char) -> bool {
    matches!(ch, '-' | '.' | '(' | ')' | '/') || is_space_separator(ch)
}

/// Unicode's space separators (general category Zs, Unicode 16), no-break spaces included.
fn is_space_separator(ch: char) -> bool {
    matches!(
        ch,
        ' ' | '\u{A0}' | '\u{1680}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    ) || ('\u{2000}'..='\u{200A}').contains(&ch)
}

/// The error for the first character the syntax rule rejects, `ch` at byte `at`.
#[cold]
fn bad_character(text: &str, at: usize, ch: char, position: usize) -> PhoneError {
    if ch == '+' {
        PhoneError::MisplacedPlus { position }
    } else if is_extension(text.get(at..).unwrap_or_default()) {
        PhoneError::Extension
    } else if ch.is_numeric() {
        PhoneError::NonAsciiDigit { ch, position }
    } else if ch.is_alphabetic() {
        PhoneError::Letter { ch, position }
    } else {
        PhoneError::InvalidCharacter { ch, position }
    }
}

/// Whether `rest` (from the first rejected character on) is an extension: optional
/// commas, a marker libphonenumber knows (`ext`, `extn`, `extension`, `x`, `xtn`, `#`,
/// `;ext=`), optional `.`/`:`/`=` and separators, then only digits (and separators, a
/// final `#`).
fn is_extension(rest: &str) -> bool {
    const MARKERS: [&str; 7] = [";ext=", "extension", "extn", "ext", "xtn", "x", "#"];
    let lower = rest.to_ascii_lowercase();
    let lower = lower.trim_start_matches(|c: char| c == ',' || is_separator(c));
    let Some(after) = MARKERS.iter().find_map(|m| lower.strip_prefix(m)) else {
        return false;
    };
    let number =
        after.trim_start_matches(|c: char| matches!(c, '.' | ':' | '=') || is_separator(c));
    let number = number.trim_end_matches(|c: char| c == '#' || is_separator(c));
    !number.is_empty()
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || is_separator(c))
}

/// libphonenumber's `parseHelper` followed by `isValidNumber` and `getNumberType`, on
/// syntax-checked input.
fn read(scanned: &Scanned, default: Option<&'static Territory>) -> Result<IntlPhone, PhoneError> {
    let plans = metadata::plans();
    let digits = scanned.digits();
    if default.is_none() && !scanned.plus {
        return Err(PhoneError::MissingPlus);
    }
    // libphonenumber's viability check: fewer than three digits is not a number.
    if digits.len() < 3 {
        return Err(PhoneError::TooShort);
    }
    // The metadata that reads the national prefix: the calling code's main territory when
    // the number carries a calling code, else the default region's.
    let (code, nsn, territory, international) =
        match extract_country_code(digits, scanned.plus, default)? {
            Some((code, rest)) => (code, rest, plans.main_for_code(code), true),
            None => match default {
                Some(t) => (t.country_code(), Cow::Borrowed(digits), Some(t), false),
                None => return Err(PhoneError::MissingPlus),
            },
        };
    if nsn.len() < 2 {
        return Err(PhoneError::TooShort);
    }
    // "We require that the NSN remaining after stripping the national prefix and carrier
    // code be long enough to be a possible length for the region."
    let stripped = territory.and_then(|t| {
        let stripped = t.strip_national_prefix(&nsn)?;
        let short = matches!(
            t.test_length(&stripped),
            LengthCheck::TooShort | LengthCheck::PossibleLocalOnly | LengthCheck::InvalidLength
        );
        // Without a transform rule the stripped number is a suffix: keep borrowing.
        (!short).then(|| match stripped {
            Cow::Borrowed(suffix) => Err(nsn.len() - suffix.len()),
            Cow::Owned(transformed) => Ok(transformed),
        })
    });
    let stripped: Cow<'_, str> = match stripped {
        None => return number(code, &nsn),
        Some(Ok(transformed)) => Cow::Owned(transformed),
        Some(Err(prefix)) => Cow::Borrowed(nsn.get(prefix..).unwrap_or(&nsn)),
    };
    match number(code, &stripped) {
        // libphonenumber strips a national prefix from international input too, so it
        // reads its own E.164 text of some valid numbers as another, invalid one
        // (`+375 8109551111`, a Belarusian premium-rate number, as `+375 109551111`).
        // Every accepted number must read back from its canonical text: when the digits
        // as written after the calling code are a valid number, they are the number.
        Err(e) if international => number(code, &nsn).map_err(|_| e),
        result => result,
    }
}

/// The valid number `+code nsn`, with its region and type, or why it is not one.
fn number(code: u16, nsn: &str) -> Result<IntlPhone, PhoneError> {
    if nsn.len() < 2 {
        return Err(PhoneError::TooShort);
    }
    if nsn.len() > MAX_NSN_DIGITS {
        return Err(PhoneError::TooLong);
    }
    let found = metadata::plans()
        .territory_for_number(code, nsn)
        .and_then(|t| Some((t, t.number_type(nsn)?)));
    let Some((territory, number_type)) = found else {
        return Err(invalid_reason(code, nsn));
    };
    let region = <[u8; 2]>::try_from(territory.id().as_bytes())
        .ok()
        .filter(|_| territory.id() != metadata::NON_GEO);
    Ok(IntlPhone {
        text: canonical_text(code, nsn),
        country_code: code,
        region,
        number_type,
    })
}

/// Why a parsed but invalid number is invalid: its length against the calling code's
/// plan (libphonenumber's `isPossibleNumberWithReason`; a local number without its area
/// code is too short), else an unassigned range.
#[cold]
fn invalid_reason(code: u16, nsn: &str) -> PhoneError {
    match metadata::plans()
        .main_for_code(code)
        .map(|t| t.test_length(nsn))
    {
        Some(LengthCheck::TooShort | LengthCheck::PossibleLocalOnly) => PhoneError::TooShort,
        Some(LengthCheck::TooLong) => PhoneError::TooLong,
        _ => PhoneError::NotValid,
    }
}

/// libphonenumber's `maybeExtractCountryCode`, with `parseHelper`'s retry: a `+` followed
/// by no calling code is read once more without the `+` (so `+00420...` works where `00`
/// is the default region's international prefix). `None`: a national number.
fn extract_country_code<'a>(
    digits: &'a str,
    plus: bool,
    default: Option<&Territory>,
) -> Result<Option<(u16, Cow<'a, str>)>, PhoneError> {
    match maybe_extract_country_code(digits, plus, default) {
        Err(PhoneError::InvalidCountryCode) if plus => {
            match maybe_extract_country_code(digits, false, default)? {
                Some(found) => Ok(Some(found)),
                None => Err(PhoneError::InvalidCountryCode),
            }
        }
        other => other,
    }
}

fn maybe_extract_country_code<'a>(
    digits: &'a str,
    plus: bool,
    default: Option<&Territory>,
) -> Result<Option<(u16, Cow<'a, str>)>, PhoneError> {
    let international = if plus {
        Some(digits)
    } else {
        default
            .and_then(|t| t.international_prefix_len(digits))
            .and_then(|n| digits.get(n..))
    };
    if let Some(full) = international {
        if full.len() <= 2 {
            return Err(PhoneError::TooShort);
        }
        return match split_country_code(full) {
            Some((code, rest)) => Ok(Some((code, Cow::Borrowed(rest)))),
            None => Err(PhoneError::InvalidCountryCode),
        };
    }
    // A national number that starts with the default region's own calling code: keep
    // the code stripped if the number was not valid before but is now, or was too long.
    let Some(t) = default else {
        return Ok(None);
    };
    if let Some(rest) = strip_code(digits, t.country_code()) {
        let potential = t.strip_national_prefix(rest).unwrap_or(Cow::Borrowed(rest));
        if (!t.matches_general_pattern(digits) && t.matches_general_pattern(&potential))
            || t.test_length(digits) == LengthCheck::TooLong
        {
            return Ok(Some((t.country_code(), potential)));
        }
    }
    Ok(None)
}

/// Longest canonical text: `+`, a `u16` calling code, a space, the longest NSN.
const MAX_TEXT_BYTES: usize = 1 + 5 + 1 + MAX_NSN_DIGITS;

/// An [`IntlPhone`]'s canonical text `+<code> <nsn>`, held inline: it is at most
/// [`MAX_TEXT_BYTES`] ASCII bytes, so a number needs no allocation of its own (the
/// `Box<str>` it replaced was one allocation and one free per phone field, 2% of bulk
/// validation's instructions, callgrind). Bytes past `len` are zero, so the derived `Eq`
/// and `Hash` mean the same as the text's.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct PhoneText {
    bytes: [u8; MAX_TEXT_BYTES],
    len: u8,
}

impl PhoneText {
    fn bytes(&self) -> &[u8] {
        self.bytes.get(..usize::from(self.len)).unwrap_or_default()
    }

    fn as_str(&self) -> &str {
        // Only ASCII digits, `+` and a space are ever written (`canonical_text`).
        std::str::from_utf8(self.bytes()).unwrap_or_default()
    }
}

/// `+<code> <nsn>`, written in place (`format!` costs several times more here,
/// measured). `nsn` is at most [`MAX_NSN_DIGITS`] ASCII digits (checked by `number`).
fn canonical_text(code: u16, nsn: &str) -> PhoneText {
    let mut buf = [0u8; 5];
    let code = decimal(code, &mut buf);
    let mut text = PhoneText {
        bytes: [0; MAX_TEXT_BYTES],
        len: 0,
    };
    let mut len = 0;
    for part in [&b"+"[..], code.as_bytes(), b" ", nsn.as_bytes()] {
        if let Some(to) = text.bytes.get_mut(len..len + part.len()) {
            to.copy_from_slice(part);
            len += part.len();
        }
    }
    text.len = u8::try_from(len).unwrap_or(0);
    text
}

/// The decimal digits of `n`, written into `buf` (no allocation).
fn decimal(mut n: u16, buf: &mut [u8; 5]) -> &str {
    let mut at = buf.len();
    loop {
        at -= 1;
        if let Some(slot) = buf.get_mut(at) {
            *slot = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || at == 0 {
            break;
        }
    }
    buf.get(at..)
        .and_then(|d| std::str::from_utf8(d).ok())
        .unwrap_or_default()
}

/// `digits` without a leading calling code `code`, if it starts with it.
fn strip_code(digits: &str, code: u16) -> Option<&str> {
    let mut buf = [0u8; 5];
    let code_digits = decimal(code, &mut buf).as_bytes();
    if digits.as_bytes().starts_with(code_digits) {
        digits.get(code_digits.len()..)
    } else {
        None
    }
}

/// libphonenumber's `extractCountryCode`: the shortest prefix (1 to 3 digits, not
/// starting with `0`) that is an assigned calling code.
fn split_country_code(full: &str) -> Option<(u16, &str)> {
    if full.starts_with('0') {
        return None;
    }
    (1..=3).find_map(|n| {
        let code: u16 = full.get(..n)?.parse().ok()?;
        metadata::plans()
            .is_country_code(code)
            .then(|| Some((code, full.get(n..)?)))
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_are_the_unicode_space_separators_and_five_marks() {
        for ch in [
            ' ', '\u{A0}', '\u{2009}', '\u{202F}', '\u{3000}', '-', '.', '(', ')', '/',
        ] {
            assert!(is_separator(ch), "{ch:?}");
        }
        for ch in ['\t', '\n', '\u{200B}', '\u{2013}', '[', '~', '_', ','] {
            assert!(!is_separator(ch), "{ch:?}");
        }
    }

    /// White_Space is Zs plus the controls and line/paragraph separators below.
    #[test]
    fn space_separators_are_exactly_zs() {
        for ch in (0..=0x10FFFF).filter_map(char::from_u32) {
            let zs = ch.is_whitespace()
                && !matches!(ch, '\t'..='\r' | '\u{85}' | '\u{2028}' | '\u{2029}');
            assert_eq!(is_space_separator(ch), zs, "{ch:?}");
        }
    }

    #[test]
    fn extension_markers() {
        for rest in [
            "ext. 12",
            "EXT 12",
            "x12",
            "x 12",
            "#12",
            ";ext=12",
            "extension: 12)",
        ] {
            assert!(is_extension(rest), "{rest}");
        }
        for rest in ["FLOWERS", "x", "ext.", "xyz12", "abc"] {
            assert!(!is_extension(rest), "{rest}");
        }
    }

    #[test]
    fn country_code_split() {
        assert_eq!(split_country_code("420777123456"), Some((420, "777123456")));
        assert_eq!(split_country_code("16502530000"), Some((1, "6502530000")));
        assert_eq!(split_country_code("0420777123456"), None);
        assert_eq!(split_country_code("999123"), None);
    }

    #[test]
    fn calling_code_prefix() {
        assert_eq!(strip_code("919090909090", 91), Some("9090909090"));
        assert_eq!(strip_code("420777", 420), Some("777"));
        assert_eq!(strip_code("42", 420), None);
        assert_eq!(strip_code("9090", 1), None);
        assert_eq!(strip_code("80012", 800), Some("12"));
        assert_eq!(canonical_text(1, "6502530000").as_str(), "+1 6502530000");
        assert_eq!(canonical_text(979, "123").as_str(), "+979 123");
        // The longest text fits: a five-digit code (no such code exists) and 17 digits.
        let longest = canonical_text(u16::MAX, "12345678901234567");
        assert_eq!(longest.as_str(), "+65535 12345678901234567");
    }

    /// Regression story for the issue: the `phonenumber` crate (0.3.10) read the too-short
    /// `+14414123` as the Bermudan `+1 4414414123`. It picked the territory for
    /// national-prefix stripping from the leading digits (`441`, Bermuda) and applied
    /// Bermuda's rule for seven-digit local numbers (`441$1`) to international input;
    /// libphonenumber strips with the calling code's main country (the US, which has no
    /// such rule) and keeps the seven digits, which are not a valid number.
    #[test]
    fn a_short_nanp_number_is_not_read_as_bermudan() {
        assert_eq!(IntlPhone::parse("+14414123"), Err(PhoneError::TooShort));
    }
}
