//! The number plans `IntlPhone` validates against, and libphonenumber's rules over them.
//!
//! The data is libphonenumber's metadata 9.0.43, reduced to what parsing and validation
//! read and generated as Rust statics (`data.rs`, from `scripts/gen_phone_metadata.py`):
//! nothing is parsed at run time. Each territory is compiled on its first use, and only
//! then: its number-type patterns become one DFA (see [`Territory::full_matches`]), its prefix patterns
//! backtracking programs (or plain digit strings), each compiled when first needed; both
//! by [`pattern`], which matches the metadata's regex dialect without a regex engine.
//!
//! Why not the `phonenumber` crate's database and validator: they carry metadata 9.0.33
//! (older than the reference, 69 territories differ), and the validator matches patterns
//! as prefixes and picks the territory for national-prefix stripping from the leading
//! digits instead of the calling code's main country (see `IntlPhone`'s `+14414123`
//! regression test). The functions here follow libphonenumber's `PhoneNumberUtil` (Java,
//! and the Python port the conformance tables come from) step by step; each names its
//! original.

use super::pattern::{self, Captures, FullMatch, Prefix};
use super::PhoneType;
use std::borrow::Cow;
use std::sync::OnceLock;

#[path = "data.rs"]
mod data;

#[cfg(test)]
mod differential;

pub use data::METADATA_VERSION;

/// libphonenumber's region code for non-geographic calling codes (+800, +882, ...).
pub(super) const NON_GEO: &str = "001";

/// One territory's metadata as generated: libphonenumber's `PhoneMetadata`, reduced.
pub(super) struct Raw {
    id: &'static str,
    country_code: u16,
    international_prefix: Option<&'static str>,
    national_prefix: Option<&'static str>,
    national_prefix_for_parsing: Option<&'static str>,
    /// With `$N` group references.
    national_prefix_transform_rule: Option<&'static str>,
    leading_digits: Option<&'static str>,
    general: &'static str,
    fixed_line: Option<RawDesc>,
    mobile: Option<RawDesc>,
    toll_free: Option<RawDesc>,
    premium_rate: Option<RawDesc>,
    shared_cost: Option<RawDesc>,
    personal_number: Option<RawDesc>,
    voip: Option<RawDesc>,
    pager: Option<RawDesc>,
    uan: Option<RawDesc>,
    voicemail: Option<RawDesc>,
}

/// A number type's description as generated: pattern and possible lengths.
pub(super) struct RawDesc {
    pattern: &'static str,
    lengths: &'static [u8],
    local_only: &'static [u8],
}

const TERRITORY_COUNT: usize = data::TERRITORIES.len();

/// Each territory compiled on first use; never evicted (254 at most).
static COMPILED: [OnceLock<Territory>; TERRITORY_COUNT] =
    [const { OnceLock::new() }; TERRITORY_COUNT];

/// The metadata: territories by region code and by calling code.
pub(super) struct Plans;

/// The metadata (static data; territories compile on first use).
pub(super) fn plans() -> &'static Plans {
    &Plans
}

impl Plans {
    fn territory(&self, index: u16) -> Option<&'static Territory> {
        let index = usize::from(index);
        let raw = data::TERRITORIES.get(index)?;
        Some(COMPILED.get(index)?.get_or_init(|| Territory::compile(raw)))
    }

    /// Whether an upper-case two-letter code has metadata, without compiling its
    /// territory (that waits until a number is read in it).
    pub(super) fn has_region(&self, code: [u8; 2]) -> bool {
        data::BY_REGION
            .binary_search_by_key(&code, |&(c, _)| c)
            .is_ok()
    }

    /// Every region code with metadata, sorted.
    #[cfg(test)]
    pub(super) fn region_codes(&self) -> impl Iterator<Item = [u8; 2]> {
        data::BY_REGION.iter().map(|&(c, _)| c)
    }

    /// The territory of an upper-case ISO 3166-1 alpha-2 code with metadata.
    pub(super) fn region(&self, code: [u8; 2]) -> Option<&'static Territory> {
        let at = data::BY_REGION
            .binary_search_by_key(&code, |&(c, _)| c)
            .ok()?;
        self.territory(data::BY_REGION.get(at)?.1)
    }

    /// The territories of a calling code, libphonenumber's `COUNTRY_CODE_TO_REGION_CODE`:
    /// the main country first, then the others by region code.
    fn for_code(&self, code: u16) -> Option<&'static [u16]> {
        let at = data::BY_CODE
            .binary_search_by_key(&code, |&(c, _)| c)
            .ok()?;
        Some(data::BY_CODE.get(at)?.1)
    }

    /// Whether `code` is an assigned calling code.
    pub(super) fn is_country_code(&self, code: u16) -> bool {
        self.for_code(code).is_some()
    }

    /// The main territory of a calling code: libphonenumber's
    /// `getMetadataForRegionOrCallingCode(code, getRegionCodeForCountryCode(code))`.
    pub(super) fn main_for_code(&self, code: u16) -> Option<&'static Territory> {
        self.territory(*self.for_code(code)?.first()?)
    }

    /// The territory a national significant number belongs to within its calling code:
    /// libphonenumber's `getRegionCodeForNumber`.
    pub(super) fn territory_for_number(&self, code: u16, nsn: &str) -> Option<&'static Territory> {
        let list = self.for_code(code)?;
        if let [only] = list {
            return self.territory(*only);
        }
        list.iter()
            .filter_map(|&i| self.territory(i))
            .find(|t| match t.leading_digits() {
                Some(leading) => leading.find(nsn).is_some(),
                None => t.number_type(nsn).is_some(),
            })
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

/// The slots of a territory's descriptions: the general one, then the types in the order
/// libphonenumber's `getNumberTypeHelper` tries them (fixed line and mobile last).
const GENERAL: usize = 0;
const FIXED_LINE: usize = 9;
const MOBILE: usize = 10;
const SLOTS: usize = 11;

/// The types of slots 1 to 8.
const SPECIAL: [PhoneType; 8] = [
    PhoneType::PremiumRate,
    PhoneType::TollFree,
    PhoneType::SharedCost,
    PhoneType::Voip,
    PhoneType::PersonalNumber,
    PhoneType::Pager,
    PhoneType::Uan,
    PhoneType::Voicemail,
];

/// The possible lengths of a description (its pattern is in the territory's matcher).
struct Lengths {
    /// Empty: no length restriction beyond the general description's.
    lengths: Box<[u8]>,
    local_only: Box<[u8]>,
}

impl Lengths {
    fn allows(&self, len: usize) -> bool {
        self.lengths.is_empty() || u8::try_from(len).is_ok_and(|n| self.lengths.contains(&n))
    }
}

/// One territory's metadata, compiled.
pub(super) struct Territory {
    raw: &'static Raw,
    /// By slot; `None` for a type the territory does not have.
    descs: [Option<Lengths>; SLOTS],
    /// The number-type patterns as one DFA (see [`Territory::full_matches`]), built on
    /// the first validity or type question: finding a number's territory within a shared
    /// calling code asks most territories only about leading digits. `None` inside only
    /// if a pattern is outside the dialect (never with the checked-in data, a unit test
    /// checks): then nothing matches.
    matcher: OnceLock<Option<FullMatch>>,
    same_mobile_and_fixed_line_pattern: bool,
    /// Compiled when first needed; `None` inside when absent (or, never with the
    /// checked-in data, not compilable: then it matches nothing).
    international_prefix: OnceLock<Option<Prefix<'static>>>,
    national_prefix_for_parsing: OnceLock<Option<Prefix<'static>>>,
    leading_digits: OnceLock<Option<Prefix<'static>>>,
}

impl Territory {
    fn compile(raw: &'static Raw) -> Territory {
        let by_slot: [Option<&RawDesc>; SLOTS] = [
            None,
            raw.premium_rate.as_ref(),
            raw.toll_free.as_ref(),
            raw.shared_cost.as_ref(),
            raw.voip.as_ref(),
            raw.personal_number.as_ref(),
            raw.pager.as_ref(),
            raw.uan.as_ref(),
            raw.voicemail.as_ref(),
            raw.fixed_line.as_ref(),
            raw.mobile.as_ref(),
        ];
        let all = by_slot.iter().flatten();
        // The general description's lengths are the union over the types, as
        // libphonenumber's metadata build computes them (`setPossibleLengthsGeneralDesc`).
        let lengths = sorted(all.clone().flat_map(|d| d.lengths.iter().copied()));
        let local_only = sorted(
            all.flat_map(|d| d.local_only.iter().copied())
                .filter(|n| !lengths.contains(n)),
        );
        let mut descs: [Option<Lengths>; SLOTS] = Default::default();
        descs[GENERAL] = Some(Lengths {
            lengths,
            local_only,
        });
        for (slot, desc) in by_slot.iter().enumerate() {
            if let Some(desc) = desc {
                descs[slot] = Some(Lengths {
                    lengths: sorted(desc.lengths.iter().copied()),
                    local_only: sorted(desc.local_only.iter().copied()),
                });
            }
        }
        Territory {
            raw,
            descs,
            matcher: OnceLock::new(),
            same_mobile_and_fixed_line_pattern: raw.fixed_line.as_ref().map(|d| d.pattern)
                == raw.mobile.as_ref().map(|d| d.pattern),
            international_prefix: OnceLock::new(),
            national_prefix_for_parsing: OnceLock::new(),
            leading_digits: OnceLock::new(),
        }
    }

    /// The region code: ISO 3166-1 alpha-2, or `001` for non-geographic codes.
    pub(super) fn id(&self) -> &'static str {
        self.raw.id
    }

    pub(super) fn country_code(&self) -> u16 {
        self.raw.country_code
    }

    fn matcher(&self) -> Option<&FullMatch> {
        self.matcher
            .get_or_init(|| {
                let raw = self.raw;
                let by_slot = [
                    (1, &raw.premium_rate),
                    (2, &raw.toll_free),
                    (3, &raw.shared_cost),
                    (4, &raw.voip),
                    (5, &raw.personal_number),
                    (6, &raw.pager),
                    (7, &raw.uan),
                    (8, &raw.voicemail),
                    (FIXED_LINE, &raw.fixed_line),
                    (MOBILE, &raw.mobile),
                ];
                let patterns: Vec<(u8, &str)> = [(GENERAL, raw.general)]
                    .into_iter()
                    .chain(
                        by_slot
                            .iter()
                            .filter_map(|(slot, d)| Some((*slot, d.as_ref()?.pattern))),
                    )
                    .filter_map(|(slot, p)| Some((u8::try_from(slot).ok()?, p)))
                    .collect();
                pattern::full_match(&patterns).ok()
            })
            .as_ref()
    }

    /// The slots whose pattern matches all of `number`, as bits: libphonenumber tries
    /// the patterns one after another (up to eleven per number); one automaton over all of
    /// them reads each digit once, with a table lookup per digit. Immutable once built, so
    /// threads share it.
    fn full_matches(&self, number: &[u8]) -> u16 {
        self.matcher().map_or(0, |dfa| dfa.matches(number))
    }

    fn general(&self) -> Option<&Lengths> {
        self.descs[GENERAL].as_ref()
    }

    /// libphonenumber's `getNumberTypeHelper`; `None` is its `UNKNOWN` (not valid here).
    pub(super) fn number_type(&self, nsn: &str) -> Option<PhoneType> {
        let len = nsn.len();
        // libphonenumber's `isNumberMatchingDesc`: a possible length and a full match.
        if !self.general().is_some_and(|d| d.allows(len)) {
            return None;
        }
        let matched = self.full_matches(nsn.as_bytes());
        let matches = |slot: usize| {
            matched & (1 << slot) != 0 && self.descs[slot].as_ref().is_some_and(|d| d.allows(len))
        };
        if !matches(GENERAL) {
            return None;
        }
        if let Some(kind) = (1..=SPECIAL.len())
            .find(|&slot| matches(slot))
            .and_then(|slot| SPECIAL.get(slot - 1))
        {
            return Some(*kind);
        }
        let same = self.same_mobile_and_fixed_line_pattern;
        if matches(FIXED_LINE) {
            return Some(if same || matches(MOBILE) {
                PhoneType::FixedLineOrMobile
            } else {
                PhoneType::FixedLine
            });
        }
        (!same && matches(MOBILE)).then_some(PhoneType::Mobile)
    }

    /// libphonenumber's `testNumberLength` for type `UNKNOWN`.
    pub(super) fn test_length(&self, nsn: &str) -> LengthCheck {
        let Some(general) = self.general() else {
            return LengthCheck::InvalidLength;
        };
        let (Some(&min), Some(&max)) = (general.lengths.first(), general.lengths.last()) else {
            return LengthCheck::InvalidLength;
        };
        let Ok(n) = u8::try_from(nsn.len()) else {
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
        self.full_matches(digits.as_bytes()) & (1 << GENERAL) != 0
    }

    fn leading_digits(&self) -> Option<&Prefix<'static>> {
        self.leading_digits
            .get_or_init(|| self.raw.leading_digits.and_then(|p| Prefix::new(p).ok()))
            .as_ref()
    }

    /// libphonenumber's `parsePrefixAsIdd`: the length of the international prefix at the
    /// start of `digits`, unless the digit after it is `0` (no calling code starts so).
    pub(super) fn international_prefix_len(&self, digits: &str) -> Option<usize> {
        let pattern = self
            .international_prefix
            .get_or_init(|| {
                self.raw
                    .international_prefix
                    .and_then(|p| Prefix::new(p).ok())
            })
            .as_ref()?;
        let end = pattern.find(digits)?;
        (!digits.get(end..)?.starts_with('0')).then_some(end)
    }

    /// libphonenumber's `maybeStripNationalPrefixAndCarrierCode`: the number without its
    /// national prefix (and carrier code), transformed where the territory says so, or
    /// `None` when nothing is stripped. Borrowed unless a transform rule applies.
    pub(super) fn strip_national_prefix<'a>(&self, digits: &'a str) -> Option<Cow<'a, str>> {
        let pattern = self
            .national_prefix_for_parsing
            .get_or_init(|| {
                // libphonenumber falls back to the national prefix itself.
                self.raw
                    .national_prefix_for_parsing
                    .or(self.raw.national_prefix)
                    .filter(|p| !p.is_empty())
                    .and_then(|p| Prefix::new(p).ok())
            })
            .as_ref()?;
        if digits.is_empty() {
            return None;
        }
        // One search: with groups only where a transform rule will read them.
        let (end, transformed) = match self.raw.national_prefix_transform_rule {
            Some(rule) => {
                let caps = pattern.captures(digits)?;
                let end = caps.get(0)?.end;
                (end, transform(&caps, rule, digits, digits.get(end..)?))
            }
            None => (pattern.find(digits)?, None),
        };
        let rest = digits.get(end..)?;
        let stripped = transformed.map_or(Cow::Borrowed(rest), Cow::Owned);
        // "If the original number was viable, and the resultant number is not, we return."
        if self.matches_general_pattern(digits) && !self.matches_general_pattern(&stripped) {
            return None;
        }
        Some(stripped)
    }
}

/// Python's `re.sub(pattern, rule, number, count=1)` for a match at 0: the rule with `$N`
/// expanded, then `rest`. `None` when the pattern's last group did not take part (then
/// libphonenumber only strips the prefix; always for a literal pattern, which has none).
fn transform(caps: &Captures, rule: &str, digits: &str, rest: &str) -> Option<String> {
    let last = caps.group_len().checked_sub(1).filter(|&n| n > 0)?;
    caps.get(last)?;
    let mut out = String::with_capacity(digits.len() + rule.len());
    let mut chars = rule.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek().and_then(|d| d.to_digit(10))) {
            ('$', Some(group)) => {
                chars.next();
                let group = usize::try_from(group).unwrap_or(usize::MAX);
                let text = caps.get(group).and_then(|span| digits.get(span));
                out.push_str(text.unwrap_or(""));
            }
            _ => out.push(c),
        }
    }
    out.push_str(rest);
    Some(out)
}

fn sorted(values: impl Iterator<Item = u8>) -> Box<[u8]> {
    let mut values: Vec<u8> = values.collect();
    values.sort_unstable();
    values.dedup();
    values.into_boxed_slice()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phone::IntlPhone;

    fn ids(code: u16) -> Vec<&'static str> {
        plans()
            .for_code(code)
            .unwrap_or_default()
            .iter()
            .map(|&i| data::TERRITORIES[usize::from(i)].id)
            .collect()
    }

    #[test]
    fn compiles_every_territory_and_pattern() {
        // 245 geographic regions + 9 non-geographic calling codes in 9.0.43.
        assert_eq!(data::TERRITORIES.len(), 254);
        assert_eq!(data::BY_REGION.len(), 245);
        assert!(data::BY_REGION.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(data::BY_CODE.windows(2).all(|w| w[0].0 < w[1].0));
        for (index, raw) in data::TERRITORIES.iter().enumerate() {
            let t = plans().territory(index as u16).unwrap();
            let id = t.id();
            assert!(t.matcher().is_some(), "{id}: patterns");
            assert!(
                !t.general().unwrap().lengths.is_empty(),
                "{id}: general lengths"
            );
            // Every prefix pattern compiles.
            assert_eq!(
                raw.international_prefix.is_some(),
                t.international_prefix_len("").is_some()
                    || t.international_prefix.get().unwrap().is_some(),
                "{id}: international prefix"
            );
            let _ = t.strip_national_prefix("0");
            let npfp = raw.national_prefix_for_parsing.or(raw.national_prefix);
            assert_eq!(
                npfp.is_some_and(|p| !p.is_empty()),
                t.national_prefix_for_parsing.get().unwrap().is_some(),
                "{id}: national prefix for parsing"
            );
            assert_eq!(
                raw.leading_digits.is_some(),
                t.leading_digits().is_some(),
                "{id}: leading digits"
            );
        }
    }

    #[test]
    fn calling_code_order_is_main_country_first() {
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
        assert!(matches!(
            gb.strip_national_prefix("02079460000"),
            Some(Cow::Borrowed(_))
        ));
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
        // short (the `phonenumber` crate applied Bermuda's rule to it).
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
        assert_eq!(cz.full_matches(b""), 0);
    }

    /// `examples.tsv`: every example number of every region and non-geographic calling
    /// code (E.164 and national form) and near misses, with Python phonenumbers 9.0.43's
    /// verdict, canonical form, region and type. All must agree.
    #[test]
    fn every_example_number_reads_as_libphonenumber_reads_it() {
        let mut failures = Vec::new();
        let mut count = 0;
        for line in include_str!("examples.tsv").lines() {
            if line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [input, region, verdict, canonical, found, kind] = cols[..] else {
                panic!("bad line {line:?}");
            };
            count += 1;
            let got = match region {
                "-" => IntlPhone::parse(input),
                region => crate::phone::Region::parse(region)
                    .and_then(|region| IntlPhone::parse_with_region(input, region)),
            };
            let got = match &got {
                Ok(p) => format!(
                    "valid {} {} {}",
                    p.as_str(),
                    p.region().unwrap_or(NON_GEO),
                    p.number_type()
                ),
                Err(_) => "invalid".to_owned(),
            };
            let want = match verdict {
                "valid" => format!("valid {canonical} {found} {kind}"),
                _ => "invalid".to_owned(),
            };
            if got != want {
                failures.push(format!("{input:?} ({region}): got {got}, want {want}"));
            }
        }
        assert!(count > 5000, "{count} examples");
        assert!(
            failures.is_empty(),
            "{} of {count} examples differ:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
