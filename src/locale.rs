//! BCP 47 language tags: [`Locale`] and [`LocaleError`].
//!
//! Two checks, in this order:
//!
//! 1. Syntax: RFC 5646 section 2.1 (`Language-Tag` ABNF), ASCII letters,
//!    digits and `-` only. Underscores (`en_US`, a POSIX habit) are rejected.
//! 2. Validity: what langcodes 3.5.1 `tag_is_valid` accepts, the project's
//!    oracle. langcodes checks each subtag against CLDR's validity data after
//!    applying CLDR's aliases, so besides every subtag of the IANA registry it
//!    also takes aliases: ISO 639-2 codes (`eng`, `ces`), deprecated regions
//!    (`UK`, `CS`) and ISO 3166-1 numeric regions (`en-826`). The tables are
//!    generated from langcodes by `scripts/gen_locale_tables.py` (see
//!    `locale/registry.rs`; versions in [`DATA_VERSION`]; `scripts/regenerate.sh`
//!    regenerates them).
//!
//! The canonical form only fixes letter case (RFC 5646 section 2.1.1): no
//! alias is replaced, so `iw-il` becomes `iw-IL`, not `he-IL`.

use core::cmp::Ordering;

mod registry;

pub use registry::DATA_VERSION;

/// A valid BCP 47 language tag in canonical letter case (`en-US`, `zh-Hant-TW`).
///
/// Case follows RFC 5646 section 2.1.1: the language and everything from the
/// first singleton on in lower case, two-letter subtags (regions) in upper
/// case, four-letter subtags (scripts) in title case, the rest lower case.
///
/// `Ord` compares the canonical text (`en` < `en-GB` < `en-US` < `es`).
///
/// # Examples
///
/// ```
/// use contactkit::Locale;
///
/// let tag = Locale::parse("ZH-hant-tw")?;
/// assert_eq!(tag.as_str(), "zh-Hant-TW");
/// assert_eq!(tag.language(), "zh");
/// assert_eq!(tag.script(), Some("Hant"));
/// assert_eq!(tag.region(), Some("TW"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Locale(Box<str>);

impl Locale {
    /// Parses a BCP 47 language tag in any letter case.
    ///
    /// The input is trimmed (Unicode white space). It must be well-formed per
    /// RFC 5646 and valid per langcodes 3.5.1 `tag_is_valid`: registered
    /// subtags (CLDR aliases included), at most one extended language subtag,
    /// no repeated variant, no repeated extension singleton. Private-use tags
    /// (`x-whatever`) and the grandfathered tags (`i-klingon`, `en-GB-oed`)
    /// are valid tags.
    ///
    /// # Errors
    ///
    /// Malformed tags, with the position (in characters from 1, in the trimmed
    /// input) of the offending character or of the subtag's first character:
    /// - [`LocaleError::Empty`] for `""`.
    /// - [`LocaleError::InvalidCharacter`] for `"en_US"`, `"cs CZ"`, `"čeština"`.
    /// - [`LocaleError::EmptySubtag`] for `"cs-"`, `"cs--CZ"`, `"-cs"`.
    /// - [`LocaleError::SubtagTooLong`] for `"en-US-abcdefghi"`.
    /// - [`LocaleError::InvalidLanguage`] for `"1en"`, `"e"`, `"u-co"`.
    /// - [`LocaleError::UnexpectedSubtag`] for `"en-US-US"`, `"en-Latn-Latn"`,
    ///   `"en-US-Latn"`.
    /// - [`LocaleError::SingletonWithoutSubtags`] for `"en-a"`, `"en-US-x"`,
    ///   `"en-a-b"`.
    ///
    /// Well-formed but invalid tags:
    /// - [`LocaleError::UnregisteredLanguage`] for `"qq"`, `"abcde"`.
    /// - [`LocaleError::UnregisteredScript`] for `"cs-Abcd"`.
    /// - [`LocaleError::UnregisteredRegion`] for `"en-AB"`, `"en-000"`.
    /// - [`LocaleError::UnregisteredVariant`] for `"en-US-posix"`.
    /// - [`LocaleError::MultipleExtlangs`] for `"ar-aao-abh"`.
    /// - [`LocaleError::DuplicateVariant`] for `"de-1901-1901"`.
    /// - [`LocaleError::DuplicateExtension`] for `"en-a-bbb-a-ccc"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::Locale;
    ///
    /// assert_eq!(Locale::parse(" sr-latn-rs ")?.as_str(), "sr-Latn-RS");
    /// let err = Locale::parse("cs--CZ").unwrap_err();
    /// assert_eq!(err.to_string(), "locale: empty subtag at position 4");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(input: &str) -> Result<Self, LocaleError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(LocaleError::Empty);
        }
        if let Some((index, ch)) = s
            .chars()
            .enumerate()
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '-'))
        {
            return Err(LocaleError::InvalidCharacter {
                ch,
                position: index + 1,
            });
        }
        // From here on `s` is ASCII, so byte offsets and character positions agree.
        // Tags langcodes replaces whole (grandfathered ones among them) are
        // decided before parsing, as langcodes does.
        if !listed(registry::WHOLE_TAGS, s) {
            check(s)?;
        }
        Ok(Locale(canonical_case(s).into_boxed_str()))
    }

    /// The tag in canonical case (`"en-US"`).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::Locale;
    ///
    /// assert_eq!(Locale::parse("EN-us")?.as_str(), "en-US");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag (`"en"` of `en-US`, `"und"` of `und-Latn`).
    ///
    /// A private-use tag (`x-klingon`) and a grandfathered tag (`i-klingon`)
    /// have no inner structure, so for them this is the whole tag, as in
    /// langcodes.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::Locale;
    ///
    /// assert_eq!(Locale::parse("fil-PH")?.language(), "fil");
    /// assert_eq!(Locale::parse("x-Dothraki")?.language(), "x-dothraki");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn language(&self) -> &str {
        if self.is_opaque() {
            return &self.0;
        }
        self.0.split('-').next().unwrap_or(&self.0)
    }

    /// The script subtag, if any (`"Latn"` of `sr-Latn-RS`).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::Locale;
    ///
    /// assert_eq!(Locale::parse("sr-latn")?.script(), Some("Latn"));
    /// assert_eq!(Locale::parse("sr-RS")?.script(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn script(&self) -> Option<&str> {
        self.structured_subtags()
            .find(|t| t.len() == 4 && t.bytes().all(|b| b.is_ascii_alphabetic()))
    }

    /// The region subtag, if any (`"US"` of `en-US`, `"419"` of `es-419`).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::Locale;
    ///
    /// assert_eq!(Locale::parse("es-419")?.region(), Some("419"));
    /// assert_eq!(Locale::parse("de")?.region(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn region(&self) -> Option<&str> {
        self.structured_subtags().find(|t| {
            (t.len() == 2 && t.bytes().all(|b| b.is_ascii_alphabetic()))
                || (t.len() == 3 && t.bytes().all(|b| b.is_ascii_digit()))
        })
    }

    /// Private-use and grandfathered tags, which have no inner structure.
    fn is_opaque(&self) -> bool {
        self.0.starts_with("x-") || listed(registry::GRANDFATHERED, &self.0)
    }

    /// The subtags after the language and before the first singleton: where
    /// extlangs, script, region and variants live.
    fn structured_subtags(&self) -> impl Iterator<Item = &str> {
        let opaque = self.is_opaque();
        self.0
            .split('-')
            .skip(1)
            .take_while(move |t| !opaque && t.len() > 1)
    }
}

crate::macros::impl_text_newtype!(Locale, LocaleError);

/// What kind of subtag a position holds; the RFC 5646 order.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Slot {
    Extlang,
    Script,
    Region,
    Variant,
    Extension,
}

/// Syntax (RFC 5646) then validity (langcodes) of an ASCII tag `s`.
fn check(s: &str) -> Result<(), LocaleError> {
    let mut subtags = Subtags::new(s);

    // Syntax, collecting what validity needs.
    let (lang_position, lang) = subtags.next_checked()?.ok_or(LocaleError::Empty)?;
    if lang.eq_ignore_ascii_case("x") {
        // privateuse = "x" 1*("-" (1*8alphanum))
        if subtags.next_checked()?.is_none() {
            return Err(LocaleError::SingletonWithoutSubtags {
                position: lang_position,
            });
        }
        while subtags.next_checked()?.is_some() {}
        return Ok(());
    }
    if lang.len() < 2 || !is_alpha(lang) {
        return Err(LocaleError::InvalidLanguage);
    }
    let mut extlangs: [Option<&str>; 3] = [None; 3];
    let mut extlang_count = 0;
    let mut script = None;
    let mut region = None;
    let mut variants: Vec<(usize, &str)> = Vec::new();
    let mut singletons: Vec<u8> = Vec::new();
    // The next slot allowed; extlangs only follow a 2-3 letter language.
    let mut expect = if lang.len() <= 3 {
        Slot::Extlang
    } else {
        Slot::Script
    };
    while let Some((position, t)) = subtags.next_checked()? {
        let (slot, next) = match t.len() {
            1 => (Slot::Extension, Slot::Extension),
            3 if is_alpha(t) && expect == Slot::Extlang && extlang_count < 3 => {
                (Slot::Extlang, Slot::Extlang)
            }
            4 if is_alpha(t) => (Slot::Script, Slot::Region),
            2 if is_alpha(t) => (Slot::Region, Slot::Variant),
            3 if is_digit(t) => (Slot::Region, Slot::Variant),
            5..=8 => (Slot::Variant, Slot::Variant),
            4 if t.as_bytes().first().is_some_and(u8::is_ascii_digit) => {
                (Slot::Variant, Slot::Variant)
            }
            _ => return Err(LocaleError::UnexpectedSubtag { position }),
        };
        if slot < expect {
            return Err(LocaleError::UnexpectedSubtag { position });
        }
        expect = next;
        match slot {
            Slot::Extlang => {
                if let Some(e) = extlangs.get_mut(extlang_count) {
                    *e = Some(t);
                }
                extlang_count += 1;
            }
            Slot::Script => script = Some((position, t)),
            Slot::Region => region = Some((position, t)),
            Slot::Variant => variants.push((position, t)),
            Slot::Extension => {
                let c = t.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
                if c == b'x' {
                    // privateuse: everything after `x` is opaque, 1-8 alphanum.
                    if subtags.next_checked()?.is_none() {
                        return Err(LocaleError::SingletonWithoutSubtags { position });
                    }
                    while subtags.next_checked()?.is_some() {}
                    break;
                }
                // extension = singleton 1*("-" (2*8alphanum)); a one-character
                // subtag would be the next singleton.
                let mut count = 0;
                while subtags.peek_len().is_some_and(|n| n != 1) {
                    subtags.next_checked()?;
                    count += 1;
                }
                if count == 0 {
                    return Err(LocaleError::SingletonWithoutSubtags { position });
                }
                if singletons.contains(&c) {
                    return Err(LocaleError::DuplicateExtension { position });
                }
                singletons.push(c);
            }
        }
    }

    // Validity, as langcodes 3.5.1 `Language.get(tag).is_valid()` decides it.
    let lang_ok = match lang.len() {
        2 => bit(&registry::LANGUAGE_BITS, letters_index(lang)),
        3 => bit(&registry::LANGUAGE_BITS, 26 * 26 + letters_index(lang)),
        4 => packed_contains(registry::LANGUAGES_4, lower_padded::<4>(lang)),
        _ => false,
    };
    if !lang_ok {
        return Err(LocaleError::UnregisteredLanguage);
    }
    // langcodes reads up to three 3-character subtags after the language as
    // extlangs, so a numeric region right after one or two extlangs
    // (`zh-yue-419`) counts as an extlang there, not as a region.
    let absorbed = region
        .filter(|&(_, r)| (1..=2).contains(&extlang_count) && script.is_none() && is_digit(r))
        .map(|(_, r)| r);
    if counted_extlangs(lang, &extlangs, absorbed) > 1 {
        return Err(LocaleError::MultipleExtlangs);
    }
    if let Some((position, t)) = script {
        let mut key = lower_padded::<4>(t);
        if let Some(first) = key.first_mut() {
            *first = first.to_ascii_uppercase();
        }
        if !packed_contains(registry::SCRIPTS, key) {
            return Err(LocaleError::UnregisteredScript { position });
        }
    }
    if let (Some((position, t)), None) = (region, absorbed) {
        let known = if is_digit(t) {
            bit(&registry::REGION_DIGIT_BITS, digits_value(t))
        } else {
            bit(&registry::REGION_LETTER_BITS, letters_index(t))
        };
        if !known {
            return Err(LocaleError::UnregisteredRegion { position });
        }
    }
    for (n, &(position, t)) in variants.iter().enumerate() {
        if !packed_contains(registry::VARIANTS, lower_padded::<8>(t)) {
            return Err(LocaleError::UnregisteredVariant { position });
        }
        if variants
            .iter()
            .take(n)
            .any(|(_, u)| u.eq_ignore_ascii_case(t))
        {
            return Err(LocaleError::DuplicateVariant { position });
        }
    }
    Ok(())
}

/// How many extlangs langcodes keeps: it folds `language-extlang` pairs it
/// has an alias for (`zh-yue` is `yue`) into the language and counts the rest.
fn counted_extlangs(
    lang: &str,
    extlangs: &[Option<&str>; 3],
    absorbed_region: Option<&str>,
) -> usize {
    // `und` leaves the language empty, so nothing folds into it.
    let mut current: Option<&str> = if lang.eq_ignore_ascii_case("und") {
        None
    } else {
        match registry::LANGUAGE_ALIASES
            .iter()
            .find(|(from, _)| from.eq_ignore_ascii_case(lang))
        {
            Some(&(_, to)) => to,
            None => Some(lang),
        }
    };
    let mut count = 0;
    for e in extlangs.iter().flatten().copied().chain(absorbed_region) {
        let merged = current.and_then(|l| {
            registry::EXTLANG_MERGES
                .iter()
                .find(|(ml, me, _)| ml.eq_ignore_ascii_case(l) && me.eq_ignore_ascii_case(e))
        });
        match merged {
            Some(&(_, _, to)) => current = to,
            None => count += 1,
        }
    }
    count
}

/// Iterates over the `-`-separated subtags of an ASCII tag with their position
/// (of the first character, counted from 1), checking the shape every subtag
/// shares: 1 to 8 alphanumerics.
struct Subtags<'a> {
    s: &'a str,
    pos: usize,
    done: bool,
}

impl<'a> Subtags<'a> {
    fn new(s: &'a str) -> Self {
        Subtags {
            s,
            pos: 0,
            done: false,
        }
    }

    fn peek_len(&self) -> Option<usize> {
        if self.done {
            return None;
        }
        let rest = self.s.get(self.pos..).unwrap_or("");
        Some(rest.find('-').unwrap_or(rest.len()))
    }

    fn next_checked(&mut self) -> Result<Option<(usize, &'a str)>, LocaleError> {
        let Some(len) = self.peek_len() else {
            return Ok(None);
        };
        let at = self.pos;
        let t = self.s.get(at..at + len).unwrap_or("");
        if at + len >= self.s.len() {
            self.done = true;
        }
        self.pos = at + len + 1;
        // ASCII: the byte offset is the character index.
        let position = at + 1;
        if t.is_empty() {
            return Err(LocaleError::EmptySubtag { position });
        }
        if t.len() > 8 {
            return Err(LocaleError::SubtagTooLong { position });
        }
        Ok(Some((position, t)))
    }
}

fn is_alpha(t: &str) -> bool {
    t.bytes().all(|b| b.is_ascii_alphabetic())
}

fn is_digit(t: &str) -> bool {
    t.bytes().all(|b| b.is_ascii_digit())
}

/// A subtag lower-cased and padded with `_` to `N` bytes, the layout of the
/// generated tables (`cs` is `cs_`). Longer input is cut; callers pass subtags
/// that fit.
fn lower_padded<const N: usize>(t: &str) -> [u8; N] {
    let mut out = [b'_'; N];
    for (o, b) in out.iter_mut().zip(t.bytes()) {
        *o = b.to_ascii_lowercase();
    }
    out
}

/// The number of an ASCII-letter code among the codes of its length, base 26
/// in any case (`ab` and `AB` are 1, `ba` is 26): its bit in the bitmaps.
fn letters_index(t: &str) -> usize {
    t.bytes().fold(0, |n, b| {
        n * 26 + usize::from(b.to_ascii_lowercase().wrapping_sub(b'a'))
    })
}

/// The value of an ASCII-digit string (`"419"` is 419).
fn digits_value(t: &str) -> usize {
    t.bytes()
        .fold(0, |n, b| n * 10 + usize::from(b.wrapping_sub(b'0')))
}

/// Whether bit `i` is set in a bitmap of the generated tables (bit `i % 64` of
/// word `i / 64`); bits past the end are clear.
fn bit(bits: &[u64], i: usize) -> bool {
    bits.get(i / 64).is_some_and(|w| (w >> (i % 64)) & 1 == 1)
}

/// Whether `s` is, in any letter case, one of the length-prefixed entries of a
/// generated list (`WHOLE_TAGS`, `GRANDFATHERED`).
fn listed(table: &[u8], s: &str) -> bool {
    let mut rest = table;
    while let Some((&len, tail)) = rest.split_first() {
        let (entry, next) = tail.split_at(usize::from(len).min(tail.len()));
        if entry.eq_ignore_ascii_case(s.as_bytes()) {
            return true;
        }
        rest = next;
    }
    false
}

/// Binary search in a table of fixed-width entries packed into one string.
fn packed_contains<const N: usize>(table: &str, key: [u8; N]) -> bool {
    let bytes = table.as_bytes();
    let (mut lo, mut hi) = (0, bytes.len() / N);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let entry = bytes.get(mid * N..mid * N + N).unwrap_or(&[]);
        match entry.cmp(&key[..]) {
            Ordering::Less => lo = mid + 1,
            Ordering::Greater => hi = mid,
            Ordering::Equal => return true,
        }
    }
    false
}

/// RFC 5646 section 2.1.1 case: lower case, except two-letter subtags (upper)
/// and four-letter subtags (title) that are neither first nor after a
/// singleton.
fn canonical_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut after_singleton = false;
    for (i, t) in s.split('-').enumerate() {
        if i > 0 {
            out.push('-');
        }
        let plain = i > 0 && !after_singleton;
        match t.len() {
            2 if plain => out.extend(t.chars().map(|c| c.to_ascii_uppercase())),
            4 if plain => {
                let mut chars = t.chars();
                out.extend(chars.next().map(|c| c.to_ascii_uppercase()));
                out.extend(chars.map(|c| c.to_ascii_lowercase()));
            }
            _ => out.extend(t.chars().map(|c| c.to_ascii_lowercase())),
        }
        if t.len() == 1 {
            after_singleton = true;
        }
    }
    out
}

/// Why a string is not a valid BCP 47 language tag.
///
/// `position` fields count characters from 1 in the trimmed input (the tag's
/// characters are ASCII, so they are also byte offsets plus one); a subtag's
/// position is that of its first character. The `Display` text is part of the
/// public API.
///
/// # Examples
///
/// ```
/// use contactkit::{Locale, LocaleError};
///
/// assert_eq!(Locale::parse("qq"), Err(LocaleError::UnregisteredLanguage));
/// assert_eq!(
///     LocaleError::UnregisteredLanguage.to_string(),
///     "locale: unregistered language subtag"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LocaleError {
    /// The input is empty or white space only: `""`.
    #[error("locale: empty")]
    Empty,
    /// A character other than an ASCII letter, digit or `-`: `"en_US"`,
    /// `"cs CZ"`, `"čeština"`.
    #[error("locale: invalid character {ch:?} at position {position}")]
    InvalidCharacter {
        /// The character.
        ch: char,
        /// Its position, in characters from 1.
        position: usize,
    },
    /// Two hyphens in a row, or one at either end: `"cs-"`, `"cs--CZ"`.
    #[error("locale: empty subtag at position {position}")]
    EmptySubtag {
        /// Where the subtag would start, in characters from 1.
        position: usize,
    },
    /// A subtag of more than 8 characters: `"en-US-abcdefghi"`.
    #[error("locale: subtag at position {position} is longer than 8 characters")]
    SubtagTooLong {
        /// Where the subtag starts, in characters from 1.
        position: usize,
    },
    /// The first subtag is not 2 to 8 letters (nor `x`): `"1en"`, `"e"`,
    /// `"u-co"`.
    #[error("locale: invalid primary language subtag")]
    InvalidLanguage,
    /// A subtag of the wrong shape for its position, or out of order:
    /// `"en-US-US"` (two regions), `"en-US-Latn"`, `"en-abc"` after a region.
    #[error("locale: unexpected subtag at position {position}")]
    UnexpectedSubtag {
        /// Where the subtag starts, in characters from 1.
        position: usize,
    },
    /// A singleton (`x` or an extension letter) with nothing after it:
    /// `"en-a"`, `"en-US-x"`, `"en-a-b"`.
    #[error("locale: singleton at position {position} has no subtags")]
    SingletonWithoutSubtags {
        /// Where the singleton is, in characters from 1.
        position: usize,
    },
    /// The primary language is not registered: `"qq"`, `"abcde"`.
    #[error("locale: unregistered language subtag")]
    UnregisteredLanguage,
    /// The script is not registered: `"cs-Abcd"`.
    #[error("locale: unregistered script subtag at position {position}")]
    UnregisteredScript {
        /// Where the subtag starts, in characters from 1.
        position: usize,
    },
    /// The region is not registered: `"en-AB"`, `"en-000"`.
    #[error("locale: unregistered region subtag at position {position}")]
    UnregisteredRegion {
        /// Where the subtag starts, in characters from 1.
        position: usize,
    },
    /// A variant is not registered: `"en-US-posix"`.
    #[error("locale: unregistered variant subtag at position {position}")]
    UnregisteredVariant {
        /// Where the subtag starts, in characters from 1.
        position: usize,
    },
    /// More than one extended language subtag (RFC 5646 erratum 5457):
    /// `"ar-aao-abh"`.
    #[error("locale: more than one extended language subtag")]
    MultipleExtlangs,
    /// The same variant twice: `"de-1901-1901"`.
    #[error("locale: duplicate variant subtag at position {position}")]
    DuplicateVariant {
        /// Where the second occurrence starts, in characters from 1.
        position: usize,
    },
    /// The same extension singleton twice: `"en-a-bbb-a-ccc"`.
    #[error("locale: duplicate extension singleton at position {position}")]
    DuplicateExtension {
        /// Where the second occurrence starts, in characters from 1.
        position: usize,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(table: &str, width: usize) -> Vec<&[u8]> {
        table.as_bytes().chunks(width).collect()
    }

    #[test]
    fn packed_tables_are_sorted_and_whole() {
        for (table, width) in [
            (registry::LANGUAGES_4, 4),
            (registry::SCRIPTS, 4),
            (registry::VARIANTS, 8),
            (registry::lists::LANGUAGES, 3),
            (registry::lists::REGIONS, 3),
        ] {
            assert_eq!(table.len() % width, 0);
            let e = entries(table, width);
            assert!(e.windows(2).all(|w| w[0] < w[1]));
        }
        assert!(packed_contains(registry::LANGUAGES_4, *b"root"));
        assert!(packed_contains(registry::SCRIPTS, *b"Latn"));
        assert!(packed_contains(registry::VARIANTS, *b"1901____"));
        assert_eq!(lower_padded::<3>("CS"), *b"cs_");
    }

    /// Every 2-3 letter code, in lower case.
    fn letter_codes() -> Vec<String> {
        let letters = || (b'a'..=b'z').map(char::from);
        let two: Vec<String> = letters()
            .flat_map(|a| letters().map(move |b| format!("{a}{b}")))
            .collect();
        let three = two
            .iter()
            .flat_map(|ab| letters().map(move |c| format!("{ab}{c}")))
            .collect::<Vec<_>>();
        two.into_iter().chain(three).collect()
    }

    #[test]
    fn language_bitmap_matches_the_generated_list() {
        // The generator also emits the list it encodes (test builds only):
        // every 2-3 letter code's bit must agree with it, in any letter case.
        let mut set = 0;
        for code in letter_codes() {
            let listed = packed_contains(registry::lists::LANGUAGES, lower_padded::<3>(&code));
            let base = if code.len() == 2 { 0 } else { 26 * 26 };
            let i = base + letters_index(&code);
            assert_eq!(bit(&registry::LANGUAGE_BITS, i), listed, "{code}");
            assert_eq!(
                letters_index(&code.to_ascii_uppercase()),
                letters_index(&code)
            );
            set += usize::from(listed);
        }
        assert_eq!(set, registry::lists::LANGUAGES.len() / 3);
        assert!(!bit(&registry::LANGUAGE_BITS, 26 * 26 + 26 * 26 * 26));
        assert_eq!(letters_index("cs"), 2 * 26 + 18);
    }

    #[test]
    fn region_bitmaps_match_the_generated_list() {
        let mut set = 0;
        for code in letter_codes().into_iter().filter(|c| c.len() == 2) {
            let upper = code.to_ascii_uppercase();
            let listed = packed_contains(
                registry::lists::REGIONS,
                lower_padded::<3>(&upper).map(|b| b.to_ascii_uppercase()),
            );
            assert_eq!(
                bit(&registry::REGION_LETTER_BITS, letters_index(&code)),
                listed,
                "{upper}"
            );
            set += usize::from(listed);
        }
        for n in 0..1000 {
            let code = format!("{n:03}");
            assert_eq!(digits_value(&code), n);
            let listed = packed_contains(registry::lists::REGIONS, lower_padded::<3>(&code));
            assert_eq!(bit(&registry::REGION_DIGIT_BITS, n), listed, "{code}");
            set += usize::from(listed);
        }
        assert_eq!(set, registry::lists::REGIONS.len() / 3);
    }

    #[test]
    fn listed_tables_are_whole() {
        // Length-prefixed entries that end exactly at the end of the table.
        for table in [registry::WHOLE_TAGS, registry::GRANDFATHERED] {
            let mut rest = table;
            let mut count = 0;
            while let Some((&len, tail)) = rest.split_first() {
                let len = usize::from(len);
                assert!(0 < len && len <= tail.len());
                let entry = &tail[..len];
                assert!(entry
                    .iter()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-'));
                let text = core::str::from_utf8(entry).unwrap();
                assert!(listed(table, text) && listed(table, &text.to_ascii_uppercase()));
                rest = &tail[len..];
                count += 1;
            }
            assert!(count > 0);
        }
        assert!(listed(registry::WHOLE_TAGS, "zh-cmn-Hans"));
        assert!(listed(registry::GRANDFATHERED, "I-KLINGON"));
        assert!(!listed(registry::GRANDFATHERED, "i-klingo"));
        assert!(!listed(registry::GRANDFATHERED, "i-klingonx"));
        assert!(!listed(registry::GRANDFATHERED, ""));
    }

    #[test]
    fn canonical_case_follows_rfc_5646() {
        for (input, want) in [
            ("EN-us", "en-US"),
            ("az-latn-x-LATN", "az-Latn-x-latn"),
            ("EN-CA-X-CA", "en-CA-x-ca"),
            ("SGN-be-fr", "sgn-BE-FR"),
            ("DE-ch-1901", "de-CH-1901"),
            ("I-KLINGON", "i-klingon"),
        ] {
            assert_eq!(canonical_case(input), want);
        }
    }

    #[test]
    fn subtags_report_positions() {
        let mut it = Subtags::new("en--US");
        assert_eq!(it.next_checked(), Ok(Some((1, "en"))));
        assert_eq!(
            it.next_checked(),
            Err(LocaleError::EmptySubtag { position: 4 })
        );
        let mut it = Subtags::new("en-");
        assert_eq!(it.next_checked(), Ok(Some((1, "en"))));
        assert_eq!(
            it.next_checked(),
            Err(LocaleError::EmptySubtag { position: 4 })
        );
    }
}
