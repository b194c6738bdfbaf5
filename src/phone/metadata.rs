//! The number plans `IntlPhone` validates against, and libphonenumber's rules over them.
//!
//! The data is libphonenumber's metadata 9.0.43 (`metadata.xml`, reduced to what parsing
//! and validation read; see `scripts/gen_phone_metadata.py`), loaded through the `phonenumber` crate's
//! XML loader on first use. Each territory's patterns are compiled on its first use.
//!
//! Why not the crate's own database and validator: they carry metadata 9.0.33 (older than
//! the reference, 69 territories differ), and the validator matches patterns as prefixes
//! and picks the territory for national-prefix stripping from the leading digits instead
//! of the calling code's main country (see `IntlPhone`'s `+14414123` regression test).
//! The functions here follow libphonenumber's `PhoneNumberUtil` (Java, and the Python
//! port the conformance tables come from) step by step; each names its original.

use super::PhoneType;
use phonenumber::metadata::loader;
use regex::Regex;
use std::collections::HashMap;
use std::sync::{LazyLock, OnceLock};

/// libphonenumber metadata, reduced (see `scripts/gen_phone_metadata.py`).
static XML: &[u8] = include_bytes!("metadata.xml");

/// libphonenumber's region code for non-geographic calling codes (+800, +882, ...).
pub(super) const NON_GEO: &str = "001";

static PLANS: LazyLock<Plans> = LazyLock::new(Plans::load);

/// The loaded metadata (parsed on first use).
pub(super) fn plans() -> &'static Plans {
    &PLANS
}

/// All territories, indexed by region code and by calling code.
pub(super) struct Plans {
    raw: Vec<loader::Metadata>,
    compiled: Vec<OnceLock<Territory>>,
    by_region: HashMap<[u8; 2], usize>,
    /// libphonenumber's `COUNTRY_CODE_TO_REGION_CODE`: the main country first, then the
    /// others by region code.
    by_code: HashMap<u16, Vec<usize>>,
}

impl Plans {
    fn load() -> Plans {
        // The file is checked in and loads in a unit test; should it ever fail, every
        // number is rejected with "unknown country calling code" rather than a panic.
        let mut raw = loader::load(XML).unwrap_or_default();
        raw.retain(|m| m.id.is_some() && m.country_code.is_some() && m.general.is_some());
        let mut by_region = HashMap::new();
        let mut by_code: HashMap<u16, Vec<usize>> = HashMap::new();
        for (index, meta) in raw.iter().enumerate() {
            let (Some(id), Some(code)) = (meta.id.as_deref(), meta.country_code) else {
                continue;
            };
            if let Ok(key) = <[u8; 2]>::try_from(id.as_bytes()) {
                by_region.insert(key, index);
            }
            by_code.entry(code).or_default().push(index);
        }
        for list in by_code.values_mut() {
            list.sort_by_key(|&i| (!raw[i].main_country_for_code, raw[i].id.clone()));
        }
        let compiled = raw.iter().map(|_| OnceLock::new()).collect();
        Plans {
            raw,
            compiled,
            by_region,
            by_code,
        }
    }

    fn territory(&self, index: usize) -> Option<&Territory> {
        let raw = self.raw.get(index)?;
        Some(
            self.compiled
                .get(index)?
                .get_or_init(|| Territory::compile(raw)),
        )
    }

    /// The territory of an upper-case ISO 3166-1 alpha-2 code with metadata.
    pub(super) fn region(&self, code: [u8; 2]) -> Option<&Territory> {
        self.territory(*self.by_region.get(&code)?)
    }

    /// Whether `code` is an assigned calling code.
    pub(super) fn is_country_code(&self, code: u16) -> bool {
        self.by_code.contains_key(&code)
    }

    /// The main territory of a calling code: libphonenumber's
    /// `getMetadataForRegionOrCallingCode(code, getRegionCodeForCountryCode(code))`.
    pub(super) fn main_for_code(&self, code: u16) -> Option<&Territory> {
        self.territory(*self.by_code.get(&code)?.first()?)
    }

    /// The territory a national significant number belongs to within its calling code:
    /// libphonenumber's `getRegionCodeForNumber`.
    pub(super) fn territory_for_number(&self, code: u16, nsn: &str) -> Option<&Territory> {
        let list = self.by_code.get(&code)?;
        if let [only] = list.as_slice() {
            return self.territory(*only);
        }
        list.iter()
            .filter_map(|&i| self.territory(i))
            .find(|t| match &t.leading_digits {
                Some(leading) => leading.is_match(nsn),
                None => t.number_type(nsn).is_some(),
            })
    }
}

/// A number type's description: pattern (anchored both ends) and possible lengths.
struct Desc {
    /// `None` when the pattern does not compile (never with the checked-in data): matches
    /// nothing.
    pattern: Option<Regex>,
    /// Empty: no length restriction beyond the general description's.
    lengths: Box<[u16]>,
    local_only: Box<[u16]>,
}

impl Desc {
    fn compile(raw: &loader::Descriptor) -> Desc {
        Desc {
            pattern: raw
                .national_number
                .as_deref()
                .and_then(|p| anchored(p, true)),
            lengths: sorted(raw.possible_length.iter().copied()),
            local_only: sorted(raw.possible_local_length.iter().copied()),
        }
    }

    /// libphonenumber's `matchNationalNumber` (full match, lengths not checked).
    fn matches_pattern(&self, nsn: &str) -> bool {
        self.pattern.as_ref().is_some_and(|p| p.is_match(nsn))
    }

    /// libphonenumber's `isNumberMatchingDesc`.
    fn matches(&self, nsn: &str) -> bool {
        let length_ok = self.lengths.is_empty()
            || u16::try_from(nsn.len()).is_ok_and(|n| self.lengths.contains(&n));
        length_ok && self.matches_pattern(nsn)
    }
}

/// libphonenumber's `ValidationResult` for the general description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LengthCheck {
    Possible,
    PossibleLocalOnly,
    TooShort,
    InvalidLength,
    TooLong,
}

/// One territory's metadata, compiled.
pub(super) struct Territory {
    id: Box<str>,
    country_code: u16,
    international_prefix: Option<Regex>,
    national_prefix_for_parsing: Option<Regex>,
    transform_rule: Option<Box<str>>,
    leading_digits: Option<Regex>,
    general: Desc,
    /// The types libphonenumber's `getNumberTypeHelper` tries before fixed line and
    /// mobile, in its order.
    special: Vec<(PhoneType, Desc)>,
    fixed_line: Option<Desc>,
    mobile: Option<Desc>,
    same_mobile_and_fixed_line_pattern: bool,
}

impl Territory {
    fn compile(raw: &loader::Metadata) -> Territory {
        let desc = |d: &Option<loader::Descriptor>| d.as_ref().map(Desc::compile);
        let special = [
            (PhoneType::PremiumRate, &raw.premium_rate),
            (PhoneType::TollFree, &raw.toll_free),
            (PhoneType::SharedCost, &raw.shared_cost),
            (PhoneType::Voip, &raw.voip),
            (PhoneType::PersonalNumber, &raw.personal_number),
            (PhoneType::Pager, &raw.pager),
            (PhoneType::Uan, &raw.uan),
            (PhoneType::Voicemail, &raw.voicemail),
        ];
        let all = special
            .iter()
            .map(|(_, d)| *d)
            .chain([&raw.fixed_line, &raw.mobile])
            .flatten();
        // The general description's lengths are the union over the types, as
        // libphonenumber's metadata build computes them (`setPossibleLengthsGeneralDesc`).
        let lengths = sorted(all.clone().flat_map(|d| d.possible_length.iter().copied()));
        let local_only = sorted(
            all.flat_map(|d| d.possible_local_length.iter().copied())
                .filter(|n| !lengths.contains(n)),
        );
        let general_pattern = raw
            .general
            .as_ref()
            .and_then(|d| d.national_number.as_deref());
        let stripped = |d: &Option<loader::Descriptor>| {
            d.as_ref()
                .and_then(|d| d.national_number.as_deref())
                .map(strip_whitespace)
        };
        Territory {
            id: raw.id.clone().unwrap_or_default().into_boxed_str(),
            country_code: raw.country_code.unwrap_or_default(),
            international_prefix: raw
                .international_prefix
                .as_deref()
                .and_then(|p| anchored(p, false)),
            // libphonenumber falls back to the national prefix itself.
            national_prefix_for_parsing: raw
                .national_prefix_for_parsing
                .as_deref()
                .or(raw.national_prefix.as_deref())
                .filter(|p| !p.is_empty())
                .and_then(|p| anchored(p, false)),
            transform_rule: raw
                .national_prefix_transform_rule
                .as_deref()
                .filter(|r| !r.is_empty())
                .map(Box::from),
            leading_digits: raw
                .leading_digits
                .as_deref()
                .and_then(|p| anchored(p, false)),
            general: Desc {
                pattern: general_pattern.and_then(|p| anchored(p, true)),
                lengths,
                local_only,
            },
            special: special
                .iter()
                .filter_map(|(t, d)| Some((*t, d.as_ref().map(Desc::compile)?)))
                .collect(),
            fixed_line: desc(&raw.fixed_line),
            mobile: desc(&raw.mobile),
            same_mobile_and_fixed_line_pattern: stripped(&raw.fixed_line) == stripped(&raw.mobile),
        }
    }

    /// The region code: ISO 3166-1 alpha-2, or `001` for non-geographic codes.
    pub(super) fn id(&self) -> &str {
        &self.id
    }

    pub(super) fn country_code(&self) -> u16 {
        self.country_code
    }

    /// libphonenumber's `getNumberTypeHelper`; `None` is its `UNKNOWN` (not valid here).
    pub(super) fn number_type(&self, nsn: &str) -> Option<PhoneType> {
        if !self.general.matches(nsn) {
            return None;
        }
        if let Some((kind, _)) = self.special.iter().find(|(_, d)| d.matches(nsn)) {
            return Some(*kind);
        }
        let mobile = || self.mobile.as_ref().is_some_and(|d| d.matches(nsn));
        if self.fixed_line.as_ref().is_some_and(|d| d.matches(nsn)) {
            return Some(if self.same_mobile_and_fixed_line_pattern || mobile() {
                PhoneType::FixedLineOrMobile
            } else {
                PhoneType::FixedLine
            });
        }
        (!self.same_mobile_and_fixed_line_pattern && mobile()).then_some(PhoneType::Mobile)
    }

    /// libphonenumber's `testNumberLength` for type `UNKNOWN`.
    pub(super) fn test_length(&self, nsn: &str) -> LengthCheck {
        let general = &self.general;
        let (Some(&min), Some(&max)) = (general.lengths.first(), general.lengths.last()) else {
            return LengthCheck::InvalidLength;
        };
        let Ok(n) = u16::try_from(nsn.len()) else {
            return LengthCheck::TooLong;
        };
        if general.local_only.contains(&n) {
            LengthCheck::PossibleLocalOnly
        } else if n < min {
            LengthCheck::TooShort
        } else if n > max {
            LengthCheck::TooLong
        } else if general.lengths.contains(&n) {
            LengthCheck::Possible
        } else {
            LengthCheck::InvalidLength
        }
    }

    /// Whether `digits` matches the general pattern (no length check).
    pub(super) fn matches_general_pattern(&self, digits: &str) -> bool {
        self.general.matches_pattern(digits)
    }

    /// libphonenumber's `parsePrefixAsIdd`: the length of the international prefix at the
    /// start of `digits`, unless the digit after it is `0` (no calling code starts so).
    pub(super) fn international_prefix_len(&self, digits: &str) -> Option<usize> {
        let end = self.international_prefix.as_ref()?.find(digits)?.end();
        (!digits[end..].starts_with('0')).then_some(end)
    }

    /// libphonenumber's `maybeStripNationalPrefixAndCarrierCode`: the number without its
    /// national prefix (and carrier code), transformed where the territory says so, or
    /// `None` when nothing is stripped.
    pub(super) fn strip_national_prefix(&self, digits: &str) -> Option<String> {
        let pattern = self.national_prefix_for_parsing.as_ref()?;
        if digits.is_empty() {
            return None;
        }
        let caps = pattern.captures(digits)?;
        let end = caps.get(0)?.end();
        let viable_before = self.matches_general_pattern(digits);
        let last_group = caps.len().checked_sub(1).filter(|&n| n > 0);
        let stripped = match (&self.transform_rule, last_group) {
            (Some(rule), Some(last)) if caps.get(last).is_some() => {
                // Python's `re.sub(pattern, rule, number, count=1)`: the match (which
                // starts at 0) replaced by the rule with `$N` expanded.
                let mut out = String::with_capacity(digits.len() + rule.len());
                let mut chars = rule.chars().peekable();
                while let Some(c) = chars.next() {
                    match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                        ('$', Some(group)) => {
                            chars.next();
                            let group = usize::try_from(group).unwrap_or(usize::MAX);
                            out.push_str(caps.get(group).map_or("", |m| m.as_str()));
                        }
                        _ => out.push(c),
                    }
                }
                out.push_str(&digits[end..]);
                out
            }
            _ => digits[end..].to_owned(),
        };
        // "If the original number was viable, and the resultant number is not, we return."
        if viable_before && !self.matches_general_pattern(&stripped) {
            return None;
        }
        Some(stripped)
    }
}

/// `^(?:pattern)$` (or `^(?:pattern)` for prefixes), white space removed as
/// libphonenumber's metadata build does.
fn anchored(pattern: &str, whole: bool) -> Option<Regex> {
    let pattern = strip_whitespace(pattern);
    let end = if whole { "$" } else { "" };
    Regex::new(&format!("^(?:{pattern}){end}")).ok()
}

fn strip_whitespace(pattern: &str) -> String {
    pattern.chars().filter(|c| !c.is_whitespace()).collect()
}

fn sorted(values: impl Iterator<Item = u16>) -> Box<[u16]> {
    let mut values: Vec<u16> = values.collect();
    values.sort_unstable();
    values.dedup();
    values.into_boxed_slice()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_every_territory_and_compiles_every_pattern() {
        let plans = plans();
        // 245 geographic regions + 9 non-geographic calling codes in 9.0.43.
        assert_eq!(plans.raw.len(), 254);
        assert_eq!(plans.by_region.len(), 245);
        for (index, raw) in plans.raw.iter().enumerate() {
            let t = plans.territory(index).unwrap();
            let id = t.id();
            assert!(t.general.pattern.is_some(), "{id}: general pattern");
            assert!(!t.general.lengths.is_empty(), "{id}: general lengths");
            for (kind, d) in &t.special {
                assert!(d.pattern.is_some(), "{id}: {kind:?} pattern");
            }
            for d in t.fixed_line.iter().chain(&t.mobile) {
                assert!(d.pattern.is_some(), "{id}: fixed/mobile pattern");
            }
            assert_eq!(
                raw.international_prefix.is_some(),
                t.international_prefix.is_some(),
                "{id}: international prefix"
            );
            assert_eq!(
                raw.national_prefix_for_parsing.is_some(),
                t.national_prefix_for_parsing.is_some(),
                "{id}: national prefix for parsing"
            );
            assert_eq!(
                raw.leading_digits.is_some(),
                t.leading_digits.is_some(),
                "{id}: leading digits"
            );
        }
    }

    #[test]
    fn calling_code_order_is_main_country_first() {
        let plans = plans();
        let ids = |code: u16| -> Vec<&str> {
            plans.by_code[&code]
                .iter()
                .map(|&i| plans.raw[i].id.as_deref().unwrap())
                .collect()
        };
        assert_eq!(ids(44), ["GB", "GG", "IM", "JE"]);
        assert_eq!(ids(590), ["GP", "BL", "MF"]);
        assert_eq!(ids(7), ["RU", "KZ"]);
        assert_eq!(ids(1)[..3], ["US", "AG", "AI"]);
        assert_eq!(ids(800), ["001"]);
    }

    #[test]
    fn national_prefix_rules() {
        let plans = plans();
        let gb = plans.region(*b"GB").unwrap();
        assert_eq!(
            gb.strip_national_prefix("02079460000").as_deref(),
            Some("2079460000")
        );
        assert_eq!(gb.strip_national_prefix("2079460000"), None);
        // Bermuda: seven-digit local numbers get the area code back (`441$1`).
        let bm = plans.region(*b"BM").unwrap();
        assert_eq!(
            bm.strip_national_prefix("4123456").as_deref(),
            Some("4414123456")
        );
        // Argentina: `0 11 15 ...` becomes the mobile form `9 11 ...`.
        let ar = plans.region(*b"AR").unwrap();
        assert_eq!(
            ar.strip_national_prefix("0111523456789").as_deref(),
            Some("91123456789")
        );
        // The US (main country of +1) has no such rule, which is why `+1 441 4123` stays
        // short (the `phonenumber` crate applies Bermuda's rule to it).
        let us = plans.main_for_code(1).unwrap();
        assert_eq!(us.id(), "US");
        assert_eq!(us.strip_national_prefix("4414123"), None);
        assert_eq!(us.test_length("4414123"), LengthCheck::PossibleLocalOnly);
    }

    #[test]
    fn international_prefixes() {
        let plans = plans();
        let us = plans.region(*b"US").unwrap();
        assert_eq!(us.international_prefix_len("01149301234"), Some(3));
        assert_eq!(us.international_prefix_len("0110301234"), None);
        let ru = plans.region(*b"RU").unwrap();
        assert_eq!(ru.international_prefix_len("81049301234"), Some(3));
    }

    #[test]
    fn types() {
        let plans = plans();
        let cz = plans.region(*b"CZ").unwrap();
        assert_eq!(cz.number_type("777123456"), Some(PhoneType::Mobile));
        assert_eq!(cz.number_type("77712345"), None);
        let us = plans.region(*b"US").unwrap();
        assert_eq!(
            us.number_type("6502530000"),
            Some(PhoneType::FixedLineOrMobile)
        );
        assert_eq!(
            plans
                .territory_for_number(1, "4412345678")
                .map(Territory::id),
            Some("BM")
        );
    }
}
