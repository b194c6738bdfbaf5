//! `IntlPhone`: the conformance table, real-world edge cases, error texts, properties.

use crate::support::{bool_field, load_cases, str_field};
use contactkit::phone::PhoneType;
use contactkit::{IntlPhone, PhoneError, Region};
use proptest::prelude::*;

fn parse(input: &str, region: Option<&str>) -> Result<IntlPhone, PhoneError> {
    match region {
        Some(region) => with_region(input, region),
        None => IntlPhone::parse(input),
    }
}

/// `parse_with_region` with the region given as text, as the tables and properties give
/// it: an unknown code fails in `Region::parse`, with `UnknownRegion`.
fn with_region(input: &str, region: &str) -> Result<IntlPhone, PhoneError> {
    Region::parse(region).and_then(|region| IntlPhone::parse_with_region(input, region))
}

/// `tests/data/phone.json` (expected values from Python phonenumbers 9.0.43 plus the
/// project's syntax rules): every case must pass.
#[test]
fn conformance() {
    let cases = load_cases("phone.json");
    let mut failures = Vec::new();
    for case in &cases {
        let input = str_field(case, "input").expect("case without input");
        let region = str_field(case, "default_region");
        let valid = bool_field(case, "valid");
        let got = parse(input, region);
        let problem = match (&got, valid) {
            (Ok(phone), true) => {
                // libphonenumber labels non-geographic numbers `001`; we give `None`.
                let region = phone.region().unwrap_or("001");
                let mut diffs = Vec::new();
                for (field, actual) in [
                    ("canonical", phone.as_str()),
                    ("e164", &phone.e164()),
                    ("region", region),
                    ("type", phone.number_type().as_str()),
                ] {
                    if str_field(case, field) != Some(actual) {
                        diffs.push(format!(
                            "{field} {actual:?} != {:?}",
                            str_field(case, field).unwrap_or("-")
                        ));
                    }
                }
                (!diffs.is_empty()).then(|| diffs.join(", "))
            }
            (Err(_), false) => None,
            (Ok(phone), false) => Some(format!("accepted as {phone}, expected rejection")),
            (Err(err), true) => Some(format!(
                "rejected ({err}), expected {:?}",
                str_field(case, "canonical")
            )),
        };
        if let Some(problem) = problem {
            failures.push(format!(
                "{input:?} region={region:?}: {problem} [{}]",
                str_field(case, "note").unwrap_or("")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} phone cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// What an edge case must give: the canonical form, or the error.
type Expected = Result<&'static str, PhoneError>;

/// Real-world inputs beyond the conformance sample. Verdicts on well-formed inputs agree
/// with Python phonenumbers 9.0.43; syntax errors follow the project's rule.
const EDGE_CASES: &[(&str, Option<&str>, Expected)] = &[
    // The documented preferred form (BizKitHub update-profile seed) and its spellings.
    ("+420 777123456", None, Ok("+420 777123456")),
    ("+420777123456", None, Ok("+420 777123456")),
    ("  +420 777 123 456 \n", None, Ok("+420 777123456")),
    ("+420 777 123 456.", None, Ok("+420 777123456")),
    // Copy-pasted from web pages and word processors: no-break, narrow and thin spaces.
    (
        "+420\u{A0}777\u{A0}123\u{A0}456",
        None,
        Ok("+420 777123456"),
    ),
    (
        "+420\u{202F}777\u{2009}123\u{3000}456",
        None,
        Ok("+420 777123456"),
    ),
    // Italian numbers keep their leading zero (libphonenumber's italian_leading_zero).
    ("+39 06 1234 5678", None, Ok("+39 0612345678")),
    ("06 1234 5678", Some("IT"), Ok("+39 0612345678")),
    ("0039 06 1234 5678", Some("CZ"), Ok("+39 0612345678")),
    ("+39 6 1234 5678", None, Err(PhoneError::NotValid)),
    // The BIK user-properties seed: Indian national numbers, default region IN.
    ("9090909090", Some("IN"), Ok("+91 9090909090")),
    ("9090909010", Some("IN"), Ok("+91 9090909010")),
    ("0 9090909090", Some("IN"), Ok("+91 9090909090")),
    ("919090909090", Some("IN"), Ok("+91 9090909090")),
    ("9090909090", Some("in"), Ok("+91 9090909090")),
    ("+91 9090909090", None, Ok("+91 9090909090")),
    // The crate bug: +1 with seven digits is too short, not Bermuda's 441 4414123.
    ("+14414123", None, Err(PhoneError::TooShort)),
    ("+14414123", Some("BM"), Err(PhoneError::TooShort)),
    ("+1 441 412 3456", None, Ok("+1 4414123456")),
    ("412 3456", Some("BM"), Ok("+1 4414123456")),
    // A national prefix written after the calling code, dropped as libphonenumber does.
    ("+44 (0)20 7946 0000", None, Ok("+44 2079460000")),
    ("+49 (0)30 123456", None, Ok("+49 30123456")),
    ("+7 8 912 345 67 89", None, Ok("+7 9123456789")),
    ("+1 1 650 253 0000", None, Ok("+1 6502530000")),
    // International prefixes need a default region: 00, 011 (NANP), 810 (Russia).
    ("00420 777 123 456", None, Err(PhoneError::MissingPlus)),
    ("00420 777 123 456", Some("CZ"), Ok("+420 777123456")),
    ("011 420 777 123 456", Some("US"), Ok("+420 777123456")),
    ("810 420 777 123 456", Some("RU"), Ok("+420 777123456")),
    ("8 10 420 777 123 456", Some("RU"), Ok("+420 777123456")),
    ("+00420 777 123 456", Some("CZ"), Ok("+420 777123456")),
    ("8 912 345 67 89", Some("RU"), Ok("+7 9123456789")),
    ("1 650 253 0000", Some("US"), Ok("+1 6502530000")),
    ("777 123 456", None, Err(PhoneError::MissingPlus)),
    // A `+` number reads the same whatever the default region.
    ("+420 777123456", Some("US"), Ok("+420 777123456")),
    ("+1 613 555 0123", Some("GB"), Ok("+1 6135550123")),
    // Non-geographic calling codes.
    ("+800 1234 5678", None, Ok("+800 12345678")),
    // Rejected syntax: tel: URIs (RFC 3966), extensions, vanity numbers, other scripts.
    ("tel:+420777123456", None, Err(PhoneError::TelUri)),
    ("TEL:+1-650-253-0000", Some("US"), Err(PhoneError::TelUri)),
    ("+1 650 253 0000 ext. 12", None, Err(PhoneError::Extension)),
    ("+1 650 253 0000 x12", None, Err(PhoneError::Extension)),
    ("+1 650 253 0000;ext=12", None, Err(PhoneError::Extension)),
    ("+1 650 253 0000, ext 12", None, Err(PhoneError::Extension)),
    ("(650) 253-0000 #12", Some("US"), Err(PhoneError::Extension)),
    (
        "+1-800-FLOWERS",
        None,
        Err(PhoneError::Letter {
            ch: 'F',
            position: 8,
        }),
    ),
    (
        "1-800-FLOWERS",
        Some("US"),
        Err(PhoneError::Letter {
            ch: 'F',
            position: 7,
        }),
    ),
    (
        "+420 777 12a 456",
        None,
        Err(PhoneError::Letter {
            ch: 'a',
            position: 12,
        }),
    ),
    (
        "+\u{669}\u{667}\u{661}\u{665}\u{660}\u{661}\u{662}\u{663}\u{664}\u{665}\u{666}\u{667}",
        None,
        Err(PhoneError::NonAsciiDigit {
            ch: '\u{669}',
            position: 2,
        }),
    ),
    (
        "+\u{FF19}\u{FF17}\u{FF11}501234567",
        None,
        Err(PhoneError::NonAsciiDigit {
            ch: '\u{FF19}',
            position: 2,
        }),
    ),
    (
        "+420 +777123456",
        None,
        Err(PhoneError::MisplacedPlus { position: 6 }),
    ),
    (
        "++420777123456",
        None,
        Err(PhoneError::MisplacedPlus { position: 2 }),
    ),
    (
        "(+420) 777123456",
        None,
        Err(PhoneError::MisplacedPlus { position: 2 }),
    ),
    (
        "+420*777123456",
        None,
        Err(PhoneError::InvalidCharacter {
            ch: '*',
            position: 5,
        }),
    ),
    (
        "+420\t777123456",
        None,
        Err(PhoneError::InvalidCharacter {
            ch: '\t',
            position: 5,
        }),
    ),
    (
        "+420\u{2013}777\u{2013}123456",
        None,
        Err(PhoneError::InvalidCharacter {
            ch: '\u{2013}',
            position: 5,
        }),
    ),
    (
        "+420\u{200B}777123456",
        None,
        Err(PhoneError::InvalidCharacter {
            ch: '\u{200B}',
            position: 5,
        }),
    ),
    (
        "+\u{FF0B}420777123456",
        None,
        Err(PhoneError::InvalidCharacter {
            ch: '\u{FF0B}',
            position: 2,
        }),
    ),
    // Empty, overlong, unknown regions and calling codes, lengths, unassigned ranges.
    ("", None, Err(PhoneError::Empty)),
    (" \u{A0}\t", Some("CZ"), Err(PhoneError::Empty)),
    ("+", None, Err(PhoneError::TooShort)),
    ("+1", None, Err(PhoneError::TooShort)),
    ("()", Some("CZ"), Err(PhoneError::TooShort)),
    ("9090909090", Some("XX"), Err(PhoneError::UnknownRegion)),
    (
        "+420 777123456",
        Some("001"),
        Err(PhoneError::UnknownRegion),
    ),
    ("9090909090", Some("IND"), Err(PhoneError::UnknownRegion)),
    ("+999 123456789", None, Err(PhoneError::InvalidCountryCode)),
    ("+0420777123456", None, Err(PhoneError::InvalidCountryCode)),
    (
        "+0420777123456",
        Some("DE"),
        Err(PhoneError::InvalidCountryCode),
    ),
    ("+420 77", None, Err(PhoneError::TooShort)),
    ("+420 7771234567890", None, Err(PhoneError::TooLong)),
    ("+49 123456789012345678", None, Err(PhoneError::TooLong)),
    ("+420 7771234567", None, Err(PhoneError::NotValid)),
    ("+44 7700 900123", None, Err(PhoneError::NotValid)),
    ("+1 999 555 0123", None, Err(PhoneError::NotValid)),
];

#[test]
fn edge_cases() {
    let mut failures = Vec::new();
    for &(input, region, expected) in EDGE_CASES {
        let got = parse(input, region);
        let got = got.as_ref().map(IntlPhone::as_str).map_err(|e| *e);
        if got != expected {
            failures.push(format!(
                "{input:?} region={region:?}: got {got:?}, expected {expected:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn input_length_is_capped() {
    let at_cap = format!("+420 777123456{}", " ".repeat(64 - 14));
    assert_eq!(
        IntlPhone::parse(&at_cap).map(String::from),
        Ok("+420 777123456".into())
    );
    let over = format!("+420 777123456{}.", " ".repeat(64 - 14));
    assert_eq!(
        IntlPhone::parse(&over),
        Err(PhoneError::InputTooLong { max: 64 })
    );
    let digits = "9".repeat(10_000);
    assert_eq!(
        IntlPhone::parse(&digits),
        Err(PhoneError::InputTooLong { max: 64 })
    );
    // Multi-byte characters count once each.
    let spaces = format!("+420{}777123456", "\u{3000}".repeat(50));
    assert!(IntlPhone::parse(&spaces).is_ok());
}

#[test]
fn accessors() {
    let phone = IntlPhone::parse("+1 (650) 253-0000").unwrap();
    assert_eq!(phone.as_str(), "+1 6502530000");
    assert_eq!(phone.to_string(), "+1 6502530000");
    assert_eq!(phone.e164(), "+16502530000");
    assert_eq!(phone.country_code(), 1);
    assert_eq!(phone.national_number(), "6502530000");
    assert_eq!(phone.region(), Some("US"));
    assert_eq!(phone.number_type(), PhoneType::FixedLineOrMobile);

    let phone = IntlPhone::parse("+358 18 1234567").unwrap();
    assert_eq!(
        (phone.region(), phone.number_type()),
        (Some("AX"), PhoneType::FixedLine)
    );
    let phone = IntlPhone::parse("+883 510012345").unwrap();
    assert_eq!(
        (phone.region(), phone.number_type()),
        (None, PhoneType::Voip)
    );
    assert_eq!(phone.country_code(), 883);
}

#[test]
fn conversions_agree_with_parse() {
    let parsed = IntlPhone::parse("+420 777 123 456").unwrap();
    assert_eq!("+420 777 123 456".parse::<IntlPhone>(), Ok(parsed.clone()));
    assert_eq!(IntlPhone::try_from("+420 777 123 456"), Ok(parsed.clone()));
    assert_eq!(
        IntlPhone::try_from(String::from("+420 777 123 456")),
        Ok(parsed.clone())
    );
    assert_eq!(
        IntlPhone::try_from(&String::from("+420 777 123 456")),
        Ok(parsed.clone())
    );
    assert_eq!(AsRef::<str>::as_ref(&parsed), "+420 777123456");
    assert_eq!(String::from(parsed), "+420 777123456");
    assert_eq!(
        "777 123 456".parse::<IntlPhone>(),
        Err(PhoneError::MissingPlus)
    );
}

#[test]
fn auto_traits() {
    fn assert_traits<T: Send + Sync + Unpin + std::panic::UnwindSafe + 'static>() {}
    assert_traits::<IntlPhone>();
    assert_traits::<PhoneError>();
    assert_traits::<PhoneType>();
    assert_traits::<Region>();
}

/// `Region` reads what `parse_with_region` read in 0.1: two ASCII letters of a region
/// with metadata, in any case; every country with a numbering plan converts.
#[test]
fn regions() {
    for (input, want) in [
        ("IN", Ok("IN")),
        ("in", Ok("IN")),
        ("gB", Ok("GB")),
        ("AC", Ok("AC")),
        ("TA", Ok("TA")),
        ("XK", Ok("XK")),
        ("", Err(PhoneError::UnknownRegion)),
        ("XX", Err(PhoneError::UnknownRegion)),
        ("AQ", Err(PhoneError::UnknownRegion)),
        ("001", Err(PhoneError::UnknownRegion)),
        ("IND", Err(PhoneError::UnknownRegion)),
        (" IN", Err(PhoneError::UnknownRegion)),
        ("I\u{0}", Err(PhoneError::UnknownRegion)),
    ] {
        let got = Region::parse(input);
        assert_eq!(
            got.map(|r| r.to_string()).as_deref(),
            want.as_deref(),
            "{input:?}"
        );
        assert_eq!(input.parse::<Region>(), got);
        assert_eq!(Region::try_from(input), got);
        assert_eq!(Region::try_from(input.to_owned()), got);
        if let Ok(region) = got {
            assert_eq!(region.as_ref(), region.as_str());
            assert_eq!(String::from(region), region.as_str());
        }
    }
    let mut without_plan = Vec::new();
    for code in (b'A'..=b'Z').flat_map(|a| (b'A'..=b'Z').map(move |b| [a, b])) {
        let code = std::str::from_utf8(&code).unwrap();
        if let Ok(country) = contactkit::Country::parse(code) {
            if country.as_str() != code {
                continue;
            }
            match Region::try_from(country) {
                Ok(region) => assert_eq!(region.as_str(), code),
                Err(e) => {
                    assert_eq!(e, PhoneError::UnknownRegion);
                    without_plan.push(code.to_owned());
                }
            }
        }
    }
    assert_eq!(without_plan, ["AQ", "BV", "GS", "HM", "PN", "TF", "UM"]);
}

/// The messages are public API: changing one is a breaking change.
#[test]
fn error_messages() {
    let cases: &[(PhoneError, &str)] = &[
        (PhoneError::Empty, "phone: empty"),
        (
            PhoneError::InputTooLong { max: 64 },
            "phone: longer than 64 characters",
        ),
        (PhoneError::TelUri, "phone: tel: URIs are not accepted"),
        (PhoneError::Extension, "phone: extensions are not accepted"),
        (
            PhoneError::Letter {
                ch: 'F',
                position: 8,
            },
            "phone: letter 'F' at position 8 (letters and vanity numbers are not accepted)",
        ),
        (
            PhoneError::NonAsciiDigit {
                ch: '\u{669}',
                position: 2,
            },
            "phone: non-ASCII digit '\u{669}' at position 2",
        ),
        (
            PhoneError::MisplacedPlus { position: 6 },
            "phone: '+' at position 6 (only a leading '+' is allowed)",
        ),
        (
            PhoneError::InvalidCharacter {
                ch: '*',
                position: 5,
            },
            "phone: invalid character '*' at position 5",
        ),
        (
            PhoneError::InvalidCharacter {
                ch: '\t',
                position: 5,
            },
            "phone: invalid character '\\t' at position 5",
        ),
        (
            PhoneError::MissingPlus,
            "phone: missing leading '+' and country calling code",
        ),
        (PhoneError::UnknownRegion, "phone: unknown region code"),
        (
            PhoneError::InvalidCountryCode,
            "phone: unknown country calling code",
        ),
        (PhoneError::TooShort, "phone: too few digits"),
        (PhoneError::TooLong, "phone: too many digits"),
        (
            PhoneError::NotValid,
            "phone: not a valid number for its country calling code",
        ),
    ];
    for (err, text) in cases {
        assert_eq!(err.to_string(), *text, "{err:?}");
    }
}

#[test]
fn errors_never_echo_the_input() {
    for input in [
        "+420 777 12a 456",
        "+1 650 253 0000 ext. 12",
        "+44 7700 900123",
        "secret-token-123",
    ] {
        let err = IntlPhone::parse(input).unwrap_err().to_string();
        assert!(!err.contains(input.trim()), "{err}");
        assert!(!err.contains("777"), "{err}");
    }
}

#[test]
fn phone_type_names() {
    let names = [
        (PhoneType::Mobile, "MOBILE"),
        (PhoneType::FixedLine, "FIXED_LINE"),
        (PhoneType::FixedLineOrMobile, "FIXED_LINE_OR_MOBILE"),
        (PhoneType::TollFree, "TOLL_FREE"),
        (PhoneType::PremiumRate, "PREMIUM_RATE"),
        (PhoneType::SharedCost, "SHARED_COST"),
        (PhoneType::Voip, "VOIP"),
        (PhoneType::PersonalNumber, "PERSONAL_NUMBER"),
        (PhoneType::Pager, "PAGER"),
        (PhoneType::Uan, "UAN"),
        (PhoneType::Voicemail, "VOICEMAIL"),
        (PhoneType::Unknown, "UNKNOWN"),
    ];
    for (kind, name) in names {
        assert_eq!(kind.as_str(), name);
        assert_eq!(kind.to_string(), name);
    }
}

/// Valid numbers to mutate in the properties (one per plan shape: NANP, shared codes,
/// leading zeros, national-prefix transforms, non-geographic).
const SEEDS: &[&str] = &[
    "+420 777123456",
    "+1 6502530000",
    "+1 4414123456",
    "+44 2079460000",
    "+44 7924123456",
    "+39 0612345678",
    "+39 3123456789",
    "+91 9090909090",
    "+54 91123456789",
    "+7 9123456789",
    "+49 30123456",
    "+61 412345678",
    "+229 0120211234",
    "+81 9012345678",
    "+86 13123456789",
    "+800 12345678",
    "+590 690001234",
    "+358 181234567",
];

/// Some regions to read with; unknown ones must fail only with `UnknownRegion`.
const REGIONS: &[&str] = &[
    "US", "GB", "IN", "CZ", "DE", "IT", "RU", "BM", "AR", "JP", "FR", "XX", "us",
];

/// A number near a seed: some digits of its national number replaced, maybe one added or
/// removed, written with random separators.
fn near_valid() -> impl Strategy<Value = String> {
    (
        0..SEEDS.len(),
        prop::collection::vec((0usize..20, 0u8..10), 0..3),
        -1i8..=1,
        prop::collection::vec(
            prop::sample::select(vec!["", "", "", " ", "-", ".", "\u{A0}"]),
            20,
        ),
    )
        .prop_map(|(seed, edits, grow, seps)| {
            let (code, nsn) = SEEDS[seed].split_once(' ').unwrap();
            let mut digits: Vec<u8> = nsn.bytes().collect();
            for (at, d) in edits {
                let at = at % digits.len();
                digits[at] = b'0' + d;
            }
            match grow {
                1 => digits.push(b'5'),
                -1 => {
                    digits.pop();
                }
                _ => {}
            }
            let mut out = format!("{code} ");
            for (i, d) in digits.iter().enumerate() {
                out.push(char::from(*d));
                out.push_str(seps[i % seps.len()]);
            }
            out
        })
}

/// Phone-like text: an optional `+`, digits and the accepted separators.
fn phone_like() -> impl Strategy<Value = String> {
    "[+]?[0-9]{1,3}[ (]?[0-9 ()./-]{3,16}"
}

fn region() -> impl Strategy<Value = &'static str> {
    prop::sample::select(REGIONS)
}

/// The properties every accepted value has, whatever the input was.
fn assert_canonical(phone: &IntlPhone) -> Result<(), TestCaseError> {
    let text = phone.to_string();
    prop_assert_eq!(IntlPhone::parse(&text), Ok(phone.clone()));
    prop_assert_eq!(IntlPhone::parse(phone.as_str()), Ok(phone.clone()));
    prop_assert_eq!(IntlPhone::parse(&phone.e164()), Ok(phone.clone()));
    for region in REGIONS {
        match with_region(&text, region) {
            Err(PhoneError::UnknownRegion) => prop_assert_eq!(*region, "XX"),
            other => prop_assert_eq!(other, Ok(phone.clone())),
        }
    }
    prop_assert_eq!(
        format!("+{} {}", phone.country_code(), phone.national_number()),
        text
    );
    prop_assert_ne!(phone.number_type(), PhoneType::Unknown);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn prop_never_panics(input in "\\PC{0,80}", region in "\\PC{0,3}") {
        let _ = IntlPhone::parse(&input);
        let _ = with_region(&input, &region);
    }

    #[test]
    fn prop_never_panics_on_phone_like_text(input in phone_like(), region in region()) {
        let _ = IntlPhone::parse(&input);
        let _ = with_region(&input, region);
    }

    #[test]
    fn prop_accepted_values_round_trip(input in near_valid(), region in "[A-Za-z]{2}|001") {
        if let Ok(phone) = IntlPhone::parse(&input) {
            assert_canonical(&phone)?;
            // Any region reads a `+` number the same, or is itself rejected.
            match with_region(phone.as_str(), &region) {
                Err(PhoneError::UnknownRegion) => {}
                other => prop_assert_eq!(other, Ok(phone.clone())),
            }
            match with_region(&input, &region) {
                Err(PhoneError::UnknownRegion) => {}
                other => prop_assert_eq!(other, Ok(phone)),
            }
        }
    }

    #[test]
    fn prop_normalization_is_idempotent(input in phone_like(), region in region()) {
        let first = with_region(&input, region);
        if let Ok(phone) = &first {
            assert_canonical(phone)?;
            prop_assert_eq!(with_region(phone.as_str(), region), first.clone());
        }
        // With a known region, `parse` accepts a subset of what `parse_with_region`
        // accepts, with the same value.
        if let (Ok(phone), false) = (IntlPhone::parse(&input), first == Err(PhoneError::UnknownRegion)) {
            prop_assert_eq!(Ok(phone), first);
        }
    }
}
