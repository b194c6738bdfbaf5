//! `Country`, `Locale`, `Ico` and `PostalCode`: the update-profile fields a
//! Czech/EU CRM checks (conformance file `update_profile.json`).

use crate::support::{bool_field, load_cases, str_field};
use contactkit::{
    Country, CountryError, Ico, IcoError, Locale, LocaleError, PostalCode, PostalCodeError,
};
use proptest::prelude::*;
use serde_json::Value;

// ---------------------------------------------------------------------------
// Conformance: update_profile.json, the cases whose deciding field is ours.
// ---------------------------------------------------------------------------

/// What our types say about `field` of a body, with the body's `country` as
/// context: `Some(accepted)`, or `None` when the value is not a JSON string
/// (a type error the request model reports, not these types).
fn verdict(field: &str, body: &Value) -> Option<Result<(), String>> {
    let value = body.get(field)?.as_str()?;
    let country = body
        .get("country")
        .and_then(Value::as_str)
        .and_then(|c| Country::parse(c).ok());
    let r = match field {
        "country" => Country::parse(value).map(drop).map_err(|e| e.to_string()),
        "primaryLocale" => Locale::parse(value).map(drop).map_err(|e| e.to_string()),
        "companyRegistrationNumber" => match country {
            Some(c) if Ico::is_used_in(c) => Ico::parse(value).map(drop).map_err(|e| e.to_string()),
            // Other countries: any non-empty text (the request model's rule).
            _ if value.trim().is_empty() => Err("empty".into()),
            _ => Ok(()),
        },
        "postalCode" => PostalCode::parse_for(value, country)
            .map(drop)
            .map_err(|e| e.to_string()),
        _ => return None,
    };
    Some(r)
}

#[test]
fn conformance_update_profile_eu_fields() {
    let mut checked = 0;
    let mut skipped = Vec::new();
    let mut failures = Vec::new();
    for case in load_cases("update_profile.json") {
        let field = str_field(&case, "field").unwrap_or("");
        if !matches!(
            field,
            "country" | "primaryLocale" | "companyRegistrationNumber" | "postalCode"
        ) {
            continue;
        }
        let id = str_field(&case, "id").unwrap_or("?");
        let valid = bool_field(&case, "valid");
        let body: Value = serde_json::from_str(str_field(&case, "body").unwrap_or(""))
            .unwrap_or_else(|e| panic!("{id}: body is not JSON: {e}"));
        match verdict(field, &body) {
            None => skipped.push(id.to_owned()),
            Some(got) => {
                checked += 1;
                if got.is_ok() != valid {
                    let value = body.get(field).map(Value::to_string).unwrap_or_default();
                    failures.push(format!(
                        "{id}: {field}={value} expected valid={valid}, got {got:?} | {}",
                        str_field(&case, "note").unwrap_or("")
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // Non-string values (`{"code": "CZ"}`) are the request model's type errors.
    assert_eq!(skipped, ["country-073"]);
    assert_eq!(checked, 46);
}

// ---------------------------------------------------------------------------
// Country
// ---------------------------------------------------------------------------

/// `(input, Ok(alpha-2) or Err(error))`. Names and codes from pycountry
/// 26.2.16 (`pycountry.countries.lookup` agrees on every accepted row; numeric
/// codes are the one thing it accepts that we do not).
const COUNTRY_CASES: &[(&str, Result<&str, CountryError>)] = &[
    ("CZ", Ok("CZ")),
    ("cz", Ok("CZ")),
    (" sK ", Ok("SK")),
    ("CZE", Ok("CZ")),
    ("deu", Ok("DE")),
    ("grc", Ok("GR")),
    ("Czechia", Ok("CZ")),
    ("CZECHIA", Ok("CZ")),
    // official_name
    ("Czech Republic", Ok("CZ")),
    ("Slovak Republic", Ok("SK")),
    ("Federal Republic of Germany", Ok("DE")),
    // common_name
    ("South Korea", Ok("KR")),
    ("Vietnam", Ok("VN")),
    ("Bolivia", Ok("BO")),
    ("Taiwan", Ok("TW")),
    // name, including the comma forms and non-ASCII letters
    ("Korea, Republic of", Ok("KR")),
    ("Viet Nam", Ok("VN")),
    ("Türkiye", Ok("TR")),
    ("TÜRKIYE", Ok("TR")),
    ("Côte d'Ivoire", Ok("CI")),
    ("Åland Islands", Ok("AX")),
    ("United Kingdom", Ok("GB")),
    ("United States", Ok("US")),
    ("\u{a0}Austria\t", Ok("AT")),
    // Rejected.
    ("", Err(CountryError::Empty)),
    ("   ", Err(CountryError::Empty)),
    ("XX", Err(CountryError::UnknownCode)),
    ("UK", Err(CountryError::UnknownCode)),
    ("EL", Err(CountryError::UnknownCode)), // Greece's VAT prefix, not ISO 3166
    ("XK", Err(CountryError::UnknownCode)), // Kosovo: user-assigned, not in ISO 3166-1
    // Withdrawn codes (ISO 3166-3, pycountry.historic_countries).
    ("CS", Err(CountryError::UnknownCode)),
    ("CSK", Err(CountryError::UnknownCode)),
    ("YU", Err(CountryError::UnknownCode)),
    ("SU", Err(CountryError::UnknownCode)),
    ("DD", Err(CountryError::UnknownCode)),
    ("DDR", Err(CountryError::UnknownCode)),
    ("Czechoslovakia", Err(CountryError::UnknownName)),
    ("Yugoslavia", Err(CountryError::UnknownName)),
    ("Narnia", Err(CountryError::UnknownName)),
    ("123", Err(CountryError::UnknownName)),
    ("203", Err(CountryError::UnknownName)), // numeric code of CZ: not accepted
    ("C Z", Err(CountryError::UnknownName)),
    ("Czech  Republic", Err(CountryError::UnknownName)),
    ("England", Err(CountryError::UnknownName)),
    ("🇨🇿", Err(CountryError::UnknownName)),
];

#[test]
fn country_table() {
    for &(input, want) in COUNTRY_CASES {
        let got = Country::parse(input);
        assert_eq!(got.map(|c| c.as_str()), want, "{input:?}");
    }
}

#[test]
fn country_accessors() {
    let cz = Country::parse("Czechia").unwrap();
    assert_eq!(
        (cz.alpha2(), cz.alpha3(), cz.name(), cz.numeric()),
        ("CZ", "CZE", "Czechia", 203)
    );
    assert_eq!(cz.to_string(), "CZ");
    assert_eq!(String::from(cz), "CZ");
    assert_eq!("cze".parse::<Country>(), Ok(cz));
    assert_eq!(Country::try_from("CZ"), Ok(cz));
    assert_eq!(Country::parse("gb").unwrap().name(), "United Kingdom");
    assert!(Country::parse("AT").unwrap() < Country::parse("CZ").unwrap());
}

#[test]
fn country_messages() {
    assert_eq!(CountryError::Empty.to_string(), "country: empty");
    assert_eq!(
        CountryError::UnknownCode.to_string(),
        "country: unknown ISO 3166-1 code"
    );
    assert_eq!(
        CountryError::UnknownName.to_string(),
        "country: unknown country name"
    );
}

// ---------------------------------------------------------------------------
// Locale
// ---------------------------------------------------------------------------

/// `(input, Ok(canonical) or Err(error))`. Verdicts checked against langcodes
/// 3.5.1 `tag_is_valid` plus RFC 5646 syntax; examples from RFC 5646
/// appendix A, langcodes' doctests and the conformance sample.
const LOCALE_CASES: &[(&str, Result<&str, LocaleError>)] = &[
    ("cs", Ok("cs")),
    ("EN-us", Ok("en-US")),
    ("en-us", Ok("en-US")),
    ("ZH-hant-tw", Ok("zh-Hant-TW")),
    ("sr-latn-rs", Ok("sr-Latn-RS")),
    ("es-419", Ok("es-419")),
    ("fil-PH", Ok("fil-PH")),
    ("de-CH-1901", Ok("de-CH-1901")),
    ("sl-rozaj-biske", Ok("sl-rozaj-biske")),
    ("hy-Latn-IT-arevela", Ok("hy-Latn-IT-arevela")),
    ("ja-Latn-hepburn", Ok("ja-Latn-hepburn")),
    ("de-DE-u-co-phonebk", Ok("de-DE-u-co-phonebk")),
    ("en-US-u-islamcal", Ok("en-US-u-islamcal")),
    ("zh-CN-a-myext-x-private", Ok("zh-CN-a-myext-x-private")),
    ("en-a-bbb-x-a-ccc", Ok("en-a-bbb-x-a-ccc")),
    ("az-Latn-x-LATN", Ok("az-Latn-x-latn")),
    ("x-whatever", Ok("x-whatever")),
    ("qaa-Qaaa-QM-x-southern", Ok("qaa-Qaaa-QM-x-southern")),
    ("und", Ok("und")),
    ("und-Latn", Ok("und-Latn")),
    ("zh-yue-HK", Ok("zh-yue-HK")),
    ("zh-yue-cmn", Ok("zh-yue-cmn")), // langcodes folds zh-yue into yue first
    ("chi-yue-gan", Ok("chi-yue-gan")), // chi is an alias of zh: same folding
    ("en-QQ", Ok("en-QQ")),           // private-use region
    ("en-999", Ok("en-999")),
    // Grandfathered tags (RFC 5646 section 2.2.8), in registry case.
    ("i-klingon", Ok("i-klingon")),
    ("EN-gb-OED", Ok("en-GB-oed")),
    ("sgn-be-fr", Ok("sgn-BE-FR")),
    ("zh-min-nan", Ok("zh-min-nan")),
    // CLDR aliases langcodes accepts: deprecated and ISO 639-2 codes, old and
    // numeric regions. Kept as written, only the case is fixed.
    ("iw", Ok("iw")),
    ("eng", Ok("eng")),
    ("ces-CZ", Ok("ces-CZ")),
    ("en-UK", Ok("en-UK")),
    ("sr-CS", Ok("sr-CS")),
    ("cs-203", Ok("cs-203")),
    ("root", Ok("root")),
    (" de ", Ok("de")),
    // Malformed (RFC 5646 syntax).
    ("", Err(LocaleError::Empty)),
    (
        "en_US",
        Err(LocaleError::InvalidCharacter {
            ch: '_',
            position: 3,
        }),
    ),
    (
        "cs CZ",
        Err(LocaleError::InvalidCharacter {
            ch: ' ',
            position: 3,
        }),
    ),
    (
        "čeština",
        Err(LocaleError::InvalidCharacter {
            ch: 'č',
            position: 1,
        }),
    ),
    ("cs-", Err(LocaleError::EmptySubtag { position: 4 })),
    ("cs--CZ", Err(LocaleError::EmptySubtag { position: 4 })),
    ("zh--Hant", Err(LocaleError::EmptySubtag { position: 4 })),
    ("-cs", Err(LocaleError::EmptySubtag { position: 1 })),
    ("en-a-", Err(LocaleError::EmptySubtag { position: 6 })),
    (
        "en-US-abcdefghi",
        Err(LocaleError::SubtagTooLong { position: 7 }),
    ),
    ("e", Err(LocaleError::InvalidLanguage)),
    ("1en", Err(LocaleError::InvalidLanguage)),
    ("u-co", Err(LocaleError::InvalidLanguage)),
    ("i-foo", Err(LocaleError::InvalidLanguage)),
    (
        "en-US-US",
        Err(LocaleError::UnexpectedSubtag { position: 7 }),
    ),
    (
        "en-Latn-Latn",
        Err(LocaleError::UnexpectedSubtag { position: 9 }),
    ),
    (
        "en-US-Latn",
        Err(LocaleError::UnexpectedSubtag { position: 7 }),
    ),
    (
        "zh-TW-Hant",
        Err(LocaleError::UnexpectedSubtag { position: 7 }),
    ),
    (
        "en-1901-US",
        Err(LocaleError::UnexpectedSubtag { position: 9 }),
    ),
    (
        "en-US-abc",
        Err(LocaleError::UnexpectedSubtag { position: 7 }),
    ),
    (
        "root-abc",
        Err(LocaleError::UnexpectedSubtag { position: 6 }),
    ),
    ("en-a1", Err(LocaleError::UnexpectedSubtag { position: 4 })),
    (
        "en-US-x",
        Err(LocaleError::SingletonWithoutSubtags { position: 7 }),
    ),
    (
        "en-a",
        Err(LocaleError::SingletonWithoutSubtags { position: 4 }),
    ),
    (
        "en-a-b-foo",
        Err(LocaleError::SingletonWithoutSubtags { position: 4 }),
    ),
    (
        "x",
        Err(LocaleError::SingletonWithoutSubtags { position: 1 }),
    ),
    // Well-formed, not valid.
    ("qq", Err(LocaleError::UnregisteredLanguage)),
    ("abcd", Err(LocaleError::UnregisteredLanguage)),
    ("abcde", Err(LocaleError::UnregisteredLanguage)),
    (
        "cs-Abcd",
        Err(LocaleError::UnregisteredScript { position: 4 }),
    ),
    (
        "en-AB",
        Err(LocaleError::UnregisteredRegion { position: 4 }),
    ),
    (
        "en-000",
        Err(LocaleError::UnregisteredRegion { position: 4 }),
    ),
    (
        "en-US-posix",
        Err(LocaleError::UnregisteredVariant { position: 7 }),
    ),
    ("ar-aao-abh", Err(LocaleError::MultipleExtlangs)),
    ("en-aaa-bbb", Err(LocaleError::MultipleExtlangs)),
    ("cmn-yue-gan", Err(LocaleError::MultipleExtlangs)),
    ("ar-aao-419", Err(LocaleError::MultipleExtlangs)), // langcodes reads 419 as an extlang
    (
        "de-1901-1901",
        Err(LocaleError::DuplicateVariant { position: 9 }),
    ),
    (
        "en-a-bbb-a-ccc",
        Err(LocaleError::DuplicateExtension { position: 10 }),
    ),
];

#[test]
fn locale_table() {
    for &(input, want) in LOCALE_CASES {
        let got = Locale::parse(input);
        assert_eq!(
            got.as_ref().map(Locale::as_str).map_err(|e| *e),
            want,
            "{input:?}"
        );
    }
}

#[test]
fn locale_accessors() {
    let parts = |s: &str| {
        let l = Locale::parse(s).unwrap();
        (
            l.language().to_owned(),
            l.script().map(str::to_owned),
            l.region().map(str::to_owned),
        )
    };
    let own = |l: &str, s: Option<&str>, r: Option<&str>| {
        (l.to_owned(), s.map(str::to_owned), r.map(str::to_owned))
    };
    assert_eq!(parts("zh-hant-tw"), own("zh", Some("Hant"), Some("TW")));
    assert_eq!(parts("es-419"), own("es", None, Some("419")));
    assert_eq!(parts("zh-yue-HK"), own("zh", None, Some("HK")));
    assert_eq!(parts("de-CH-1996"), own("de", None, Some("CH")));
    assert_eq!(parts("en-x-US-Latn"), own("en", None, None));
    assert_eq!(parts("en-a-bb-Latn"), own("en", None, None));
    assert_eq!(parts("x-Klingon"), own("x-klingon", None, None));
    assert_eq!(parts("I-KLINGON"), own("i-klingon", None, None));
    assert_eq!(parts("sgn-BE-FR"), own("sgn-BE-FR", None, None));
    let l: Locale = "EN-us".parse().unwrap();
    assert_eq!(l.to_string(), "en-US");
    assert_eq!(String::from(l.clone()), "en-US");
    assert_eq!(Locale::try_from(String::from("en-US")), Ok(l));
}

#[test]
fn locale_messages() {
    let cases: &[(LocaleError, &str)] = &[
        (LocaleError::Empty, "locale: empty"),
        (
            LocaleError::InvalidCharacter {
                ch: '_',
                position: 3,
            },
            "locale: invalid character '_' at position 3",
        ),
        (
            LocaleError::EmptySubtag { position: 4 },
            "locale: empty subtag at position 4",
        ),
        (
            LocaleError::SubtagTooLong { position: 7 },
            "locale: subtag at position 7 is longer than 8 characters",
        ),
        (
            LocaleError::InvalidLanguage,
            "locale: invalid primary language subtag",
        ),
        (
            LocaleError::UnexpectedSubtag { position: 7 },
            "locale: unexpected subtag at position 7",
        ),
        (
            LocaleError::SingletonWithoutSubtags { position: 4 },
            "locale: singleton at position 4 has no subtags",
        ),
        (
            LocaleError::UnregisteredLanguage,
            "locale: unregistered language subtag",
        ),
        (
            LocaleError::UnregisteredScript { position: 4 },
            "locale: unregistered script subtag at position 4",
        ),
        (
            LocaleError::UnregisteredRegion { position: 4 },
            "locale: unregistered region subtag at position 4",
        ),
        (
            LocaleError::UnregisteredVariant { position: 7 },
            "locale: unregistered variant subtag at position 7",
        ),
        (
            LocaleError::MultipleExtlangs,
            "locale: more than one extended language subtag",
        ),
        (
            LocaleError::DuplicateVariant { position: 9 },
            "locale: duplicate variant subtag at position 9",
        ),
        (
            LocaleError::DuplicateExtension { position: 10 },
            "locale: duplicate extension singleton at position 10",
        ),
    ];
    for (err, msg) in cases {
        assert_eq!(err.to_string(), *msg);
    }
}

// ---------------------------------------------------------------------------
// Ico
// ---------------------------------------------------------------------------

/// `(input, Ok(normalized) or Err(error))`. Real IČOs from the Czech ARES
/// register and the Slovak RPO; the check digit is python-stdnum 2.2's
/// `cz.dic.calc_check_digit_legal`.
const ICO_CASES: &[(&str, Result<&str, IcoError>)] = &[
    ("05103118", Ok("05103118")),   // seed company (sum mod 11 = 3 -> 8)
    ("00006947", Ok("00006947")),   // Ministry of Finance CZ
    ("25596641", Ok("25596641")),   // real CZ company
    ("45274649", Ok("45274649")),   // ČEZ, a. s.
    ("27082440", Ok("27082440")),   // Alza.cz a.s.
    ("00216208", Ok("00216208")),   // Charles University
    ("56613351", Ok("56613351")),   // conformance: sum mod 11 = 0 -> 1
    ("60693771", Ok("60693771")),   // conformance, SK
    ("00151742", Ok("00151742")),   // Slovak Ministry of Finance
    ("051 03 118", Ok("05103118")), // grouped as often printed
    (" 05103118\n", Ok("05103118")),
    ("051\u{a0}03\u{a0}118", Ok("05103118")),
    ("", Err(IcoError::Empty)),
    (" ", Err(IcoError::Empty)),
    ("05103110", Err(IcoError::CheckDigit)),
    ("05103119", Err(IcoError::CheckDigit)),
    ("12345678", Err(IcoError::CheckDigit)),
    ("5103118", Err(IcoError::WrongLength { found: 7 })),
    ("447236100", Err(IcoError::WrongLength { found: 9 })),
    ("051031180", Err(IcoError::WrongLength { found: 9 })),
    (
        "CZ05103118",
        Err(IcoError::InvalidCharacter {
            ch: 'C',
            position: 1,
        }),
    ),
    (
        "0510-3118",
        Err(IcoError::InvalidCharacter {
            ch: '-',
            position: 5,
        }),
    ),
    (
        "05103118\u{0}",
        Err(IcoError::InvalidCharacter {
            ch: '\0',
            position: 9,
        }),
    ),
    (
        "０５１０３１１８",
        Err(IcoError::InvalidCharacter {
            ch: '０',
            position: 1,
        }),
    ),
];

#[test]
fn ico_table() {
    for &(input, want) in ICO_CASES {
        let got = Ico::parse(input);
        assert_eq!(
            got.as_ref().map(Ico::as_str).map_err(|e| *e),
            want,
            "{input:?}"
        );
    }
}

#[test]
fn ico_messages_and_conversions() {
    assert_eq!(IcoError::Empty.to_string(), "ico: empty");
    assert_eq!(
        IcoError::InvalidCharacter {
            ch: 'C',
            position: 1
        }
        .to_string(),
        "ico: invalid character 'C' at position 1"
    );
    assert_eq!(
        IcoError::WrongLength { found: 9 }.to_string(),
        "ico: expected 8 digits, found 9"
    );
    assert_eq!(IcoError::CheckDigit.to_string(), "ico: wrong check digit");
    let ico: Ico = "051 03 118".parse().unwrap();
    assert_eq!(ico.to_string(), "05103118");
    assert!(Ico::is_used_in(Country::parse("CZ").unwrap()));
    assert!(Ico::is_used_in(Country::parse("Slovakia").unwrap()));
    assert!(!Ico::is_used_in(Country::parse("AT").unwrap()));
}

// ---------------------------------------------------------------------------
// PostalCode
// ---------------------------------------------------------------------------

/// `(input, country, Ok(normalized) or Err(error))`. Real codes: Česká pošta
/// (Kladno 272 01, Praha 1 110 00, Ostrava 702 00), Slovenská pošta
/// (Bratislava 811 01, Košice 040 01, Žilina 010 01), Deutsche Post, Royal Mail.
const POSTAL_CASES: &[(&str, Option<&str>, Result<&str, PostalCodeError>)] = &[
    ("272 01", Some("CZ"), Ok("272 01")),
    ("27201", Some("CZ"), Ok("272 01")),
    (" 110 00 ", Some("CZ"), Ok("110 00")),
    ("702\u{a0}00", Some("CZ"), Ok("702 00")),
    ("799 00", Some("CZ"), Ok("799 00")),
    ("81101", Some("SK"), Ok("811 01")),
    ("040 01", Some("SK"), Ok("040 01")),
    ("01001", Some("SK"), Ok("010 01")),
    ("01234", Some("CZ"), Err(PostalCodeError::CzechFirstDigit)),
    ("811 01", Some("CZ"), Err(PostalCodeError::CzechFirstDigit)),
    ("2720A", Some("CZ"), Err(PostalCodeError::NotFiveDigits)),
    ("81A 01", Some("SK"), Err(PostalCodeError::NotFiveDigits)),
    ("272-01", Some("CZ"), Err(PostalCodeError::NotFiveDigits)),
    ("272  01", Some("CZ"), Err(PostalCodeError::NotFiveDigits)),
    ("27 201", Some("CZ"), Err(PostalCodeError::NotFiveDigits)),
    ("2720", Some("CZ"), Err(PostalCodeError::NotFiveDigits)),
    ("272011", Some("CZ"), Err(PostalCodeError::NotFiveDigits)),
    ("CZ-272 01", Some("CZ"), Err(PostalCodeError::NotFiveDigits)),
    ("", Some("CZ"), Err(PostalCodeError::Empty)),
    // Other countries and no country: any non-empty text.
    ("10115", Some("DE"), Ok("10115")),
    ("1010", Some("AT"), Ok("1010")),
    ("00-950", Some("PL"), Ok("00-950")),
    ("75008", Some("FR"), Ok("75008")),
    ("sw1a  1aa", Some("GB"), Ok("SW1A 1AA")),
    ("k1a 0b1", Some("CA"), Ok("K1A 0B1")),
    ("1234 ab", Some("NL"), Ok("1234 AB")),
    ("12345-6789", Some("US"), Ok("12345-6789")),
    ("01234", Some("DE"), Ok("01234")),
    ("27201", None, Ok("27201")),
    ("n/a", None, Ok("N/A")),
    ("  ", None, Err(PostalCodeError::Empty)),
    (
        "272\u{0}01",
        None,
        Err(PostalCodeError::ControlCharacter { position: 4 }),
    ),
    (
        "123456789012345678901234567890123",
        Some("US"),
        Err(PostalCodeError::TooLong { max: 32 }),
    ),
];

#[test]
fn postal_code_table() {
    for &(input, country, want) in POSTAL_CASES {
        let country = country.map(|c| Country::parse(c).unwrap());
        let got = PostalCode::parse_for(input, country);
        assert_eq!(
            got.as_ref().map(PostalCode::as_str).map_err(|e| *e),
            want,
            "{input:?} {country:?}"
        );
    }
}

#[test]
fn postal_code_messages_and_conversions() {
    let cases: &[(PostalCodeError, &str)] = &[
        (PostalCodeError::Empty, "postal code: empty"),
        (
            PostalCodeError::ControlCharacter { position: 4 },
            "postal code: control character at position 4",
        ),
        (
            PostalCodeError::TooLong { max: 32 },
            "postal code: longer than 32 characters",
        ),
        (
            PostalCodeError::NotFiveDigits,
            "postal code: expected five digits as 'NNN NN' or 'NNNNN'",
        ),
        (
            PostalCodeError::CzechFirstDigit,
            "postal code: czech codes start with a digit from 1 to 7",
        ),
    ];
    for (err, msg) in cases {
        assert_eq!(err.to_string(), *msg);
    }
    let p: PostalCode = " sw1a 1aa ".parse().unwrap();
    assert_eq!(p.to_string(), "SW1A 1AA");
    assert_eq!(PostalCode::parse("SW1A 1AA"), Ok(p));
}

#[test]
fn eu_types_are_send_sync() {
    fn value<T: Send + Sync + Clone + core::fmt::Debug + core::hash::Hash + Eq>() {}
    fn error<T: Send + Sync + Copy + Eq + std::error::Error + 'static>() {}
    value::<Country>();
    value::<Locale>();
    value::<Ico>();
    value::<PostalCode>();
    error::<CountryError>();
    error::<LocaleError>();
    error::<IcoError>();
    error::<PostalCodeError>();
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

/// Strings that look like locale tags: alphanumeric runs joined by `-`, in
/// mixed case, with an occasional stray character.
fn tag_like() -> impl Strategy<Value = String> {
    "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,5}|[a-zA-Z0-9_ -]{0,24}"
}

fn country_like() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z]{2,3}",
        "[A-Za-z ,'()]{3,30}",
        proptest::sample::select(vec![
            "Czechia",
            "czech republic",
            "SOUTH KOREA",
            "Türkiye",
            "Viet Nam",
            "deu",
        ])
        .prop_map(String::from),
    ]
}

proptest! {
    #[test]
    fn prop_no_panic_on_any_string(s in "\\PC*") {
        let _ = Country::parse(&s);
        let _ = Locale::parse(&s);
        let _ = Ico::parse(&s);
        let _ = PostalCode::parse(&s);
        for c in ["CZ", "SK", "DE"] {
            let _ = PostalCode::parse_for(&s, Country::parse(c).ok());
        }
    }

    #[test]
    fn prop_country_roundtrip(s in country_like()) {
        if let Ok(c) = Country::parse(&s) {
            prop_assert_eq!(Country::parse(&format!("{c}")), Ok(c));
            prop_assert_eq!(Country::parse(c.alpha3()), Ok(c));
            prop_assert_eq!(Country::parse(c.name()), Ok(c));
        }
    }

    #[test]
    fn prop_locale_roundtrip(s in tag_like()) {
        if let Ok(l) = Locale::parse(&s) {
            let again = Locale::parse(l.as_str());
            prop_assert_eq!(again.as_ref(), Ok(&l));
            prop_assert_eq!(Locale::parse(&format!("{l}")), Ok(l.clone()));
            // Case never changes the verdict.
            prop_assert_eq!(Locale::parse(&s.to_uppercase()), Ok(l.clone()));
            prop_assert_eq!(Locale::parse(&s.to_lowercase()), Ok(l));
        } else {
            prop_assert!(Locale::parse(&s.to_lowercase()).is_err());
        }
    }

    #[test]
    fn prop_ico_roundtrip(seven in "[0-9]{7}", sep in prop_oneof![Just(""), Just(" ")]) {
        // Build the valid IČO for any seven digits, then parse it back.
        let sum: u32 = seven.bytes().zip((2..=8u32).rev()).map(|(d, w)| u32::from(d - b'0') * w).sum();
        let check = (11 - sum % 11) % 10;
        let text = format!("{}{sep}{}{check}", &seven[..3], &seven[3..]);
        let ico = Ico::parse(&text).unwrap();
        prop_assert_eq!(ico.as_str(), format!("{seven}{check}"));
        prop_assert_eq!(Ico::parse(&format!("{ico}")), Ok(ico));
        // Any other last digit is wrong.
        let wrong = format!("{seven}{}", (check + 1) % 10);
        prop_assert_eq!(Ico::parse(&wrong), Err(IcoError::CheckDigit));
    }

    #[test]
    fn prop_postal_code_idempotent(s in "\\PC{0,40}", country in prop_oneof![Just(None), Just(Some("CZ")), Just(Some("SK")), Just(Some("GB"))]) {
        let country = country.map(|c| Country::parse(c).unwrap());
        if let Ok(p) = PostalCode::parse_for(&s, country) {
            prop_assert_eq!(PostalCode::parse_for(p.as_str(), country), Ok(p.clone()));
            prop_assert_eq!(PostalCode::parse_for(&format!("{p}"), country), Ok(p.clone()));
            // A normalized code of any country is accepted as free text unchanged.
            prop_assert_eq!(PostalCode::parse(p.as_str()), Ok(p));
        }
    }

    #[test]
    fn prop_cz_postal_code_shapes(d in "[1-7][0-9]{4}", spaced in any::<bool>()) {
        let cz = Country::parse("CZ").ok();
        let input = if spaced { format!("{} {}", &d[..3], &d[3..]) } else { d.clone() };
        let p = PostalCode::parse_for(&input, cz).unwrap();
        prop_assert_eq!(p.as_str(), format!("{} {}", &d[..3], &d[3..]));
    }
}
