//! `CanonicalEmail` and `EmailError`: conformance table, edge cases, error texts,
//! dedup keys and properties.

use std::str::FromStr;

use contactkit::{CanonicalEmail, EmailError};
use proptest::prelude::*;

use crate::support::{bool_field, load_cases, str_field};

#[track_caller]
fn parse_ok(input: &str) -> CanonicalEmail {
    CanonicalEmail::parse(input).unwrap_or_else(|e| panic!("{input:?} rejected: {e}"))
}

#[test]
fn conformance_table() {
    let cases = load_cases("email.json");
    assert!(!cases.is_empty());
    let mut failures = Vec::new();
    for case in &cases {
        let input = str_field(case, "input").expect("case without input");
        let valid = bool_field(case, "valid");
        let result = CanonicalEmail::parse(input);
        match (valid, &result) {
            (true, Ok(email)) => {
                let expected =
                    str_field(case, "normalized").expect("valid case without normalized");
                if email.as_str() != expected {
                    failures.push(format!(
                        "{input:?}: got {:?}, want {expected:?}",
                        email.as_str()
                    ));
                }
            }
            (true, Err(e)) => failures.push(format!("{input:?}: rejected ({e}), want valid")),
            (false, Ok(email)) => failures.push(format!(
                "{input:?}: accepted as {:?}, want invalid ({})",
                email.as_str(),
                str_field(case, "oracle_error").unwrap_or("library rule")
            )),
            (false, Err(_)) => {}
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} conformance cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Real-world and rule-boundary cases. Where a case comes from an outside source
/// the comment says so; "e-v" means the verdict agrees with Python's
/// email-validator 2.4.0 (deliverability off; the local part lowercased).
#[test]
fn edge_cases() {
    use EmailError::*;
    let ok = |s: &'static str| -> Result<&'static str, EmailError> { Ok(s) };
    let cases: Vec<(&str, Result<&str, EmailError>)> = vec![
        // The example.
        ("Jan@Bücher.DE ", ok("jan@bücher.de")),
        // A-labels decode to U-labels; case does not matter (e-v).
        ("info@xn--bcher-kva.de", ok("info@bücher.de")),
        ("info@XN--BCHER-KVA.DE", ok("info@bücher.de")),
        ("jan@example.xn--p1ai", ok("jan@example.рф")),
        // UTS 46 non-transitional: ß stays, ẞ maps to ß, SS lowercases (e-v).
        ("user@straße.de", ok("user@straße.de")),
        ("user@STRAẞE.de", ok("user@straße.de")),
        ("user@STRASSE.de", ok("user@strasse.de")),
        // Final sigma in the local part (Unicode SpecialCasing); UTS 46 maps
        // every capital sigma in the domain to σ.
        ("ΟΔΥΣΣΕΥΣ@example.gr", ok("οδυσσευς@example.gr")),
        ("user@ΣΟΦΙΑΣ.gr", ok("user@σοφιασ.gr")),
        // NFC: a decomposed é composes (RFC 6532 §3.1).
        ("e\u{301}lodie@example.fr", ok("élodie@example.fr")),
        ("ÉLODIE@EXAMPLE.FR", ok("élodie@example.fr")),
        // Lowercasing can lengthen: U+0130 becomes i + U+0307.
        ("İlker@example.com", ok("i\u{307}lker@example.com")),
        ("ǅemal@example.com", ok("ǆemal@example.com")),
        ("user@ǅemal.com", ok("user@džemal.com")),
        // Ligatures: NFC keeps ﬁ in the local part; UTS 46 maps it in the domain.
        ("ﬁ@example.com", ok("ﬁ@example.com")),
        ("user@ﬁnance.com", ok("user@finance.com")),
        // Fullwidth forms and ideographic full stops map in the domain (e-v).
        ("jan@ｅｘａｍｐｌｅ．ｃｏｍ", ok("jan@example.com")),
        ("jan@example。com", ok("jan@example.com")),
        ("jan@例子。中国", ok("jan@例子.中国")),
        // RFC 3696 §3 examples.
        (
            "customer/department=shipping@example.com",
            ok("customer/department=shipping@example.com"),
        ),
        ("$A12345@example.com", ok("$a12345@example.com")),
        ("!def!xyz%abc@example.com", ok("!def!xyz%abc@example.com")),
        ("_somename@example.com", ok("_somename@example.com")),
        // RFC 6530 family: non-ASCII local parts.
        ("用户@例子.广告", ok("用户@例子.广告")),
        ("अजय@डाटा.भारत", ok("अजय@डाटा.भारत")),
        ("квіточка@пошта.укр", ok("квіточка@пошта.укр")),
        ("😀@example.com", ok("😀@example.com")),
        // RFC 5892 CONTEXTO: Catalan middle dot only between two l (e-v).
        ("jan@col·lecció.cat", ok("jan@col·lecció.cat")),
        ("jan@a·b.cat", Err(InvalidDomain)),
        // The other CONTEXTO rules: Greek numeral sign before Greek, Hebrew
        // geresh after Hebrew, katakana middle dot with kana or Han, and no mix of
        // the two Arabic-Indic digit sets (e-v).
        ("jan@α͵β.gr", ok("jan@α͵β.gr")),
        ("jan@a͵.gr", Err(InvalidDomain)),
        ("jan@א׳.co.il", ok("jan@א׳.co.il")),
        ("jan@׳א.co.il", Err(InvalidDomain)),
        ("jan@ア・カ.jp", ok("jan@ア・カ.jp")),
        ("jan@a・b.jp", Err(InvalidDomain)),
        ("jan@١۲.com", Err(InvalidDomain)),
        // No label may start with a combining mark (RFC 5891 §4.2.3.2, e-v).
        ("jan@a.\u{301}b.com", Err(InvalidDomain)),
        // RFC 5893 Bidi rule (e-v).
        ("jan@العربية.com", ok("jan@العربية.com")),
        ("jan@ال١٢.com", ok("jan@ال١٢.com")),
        ("jan@ال١1.com", Err(InvalidDomain)),
        ("jan@١٢.com", Err(InvalidDomain)),
        ("jan@שלום.co.il", ok("jan@שלום.co.il")),
        ("jan@1שלום.com", Err(InvalidDomain)),
        ("jan@שלום.1com", Err(InvalidDomain)),
        // IDNA 2008 rejects symbols, emoji and Arabic tatweel that UTS 46 allows (e-v).
        ("jan@xn--ls8h.la", Err(InvalidDomain)),
        ("jan@☃.net", Err(InvalidDomain)),
        ("jan@😀.com", Err(InvalidDomain)),
        ("jan@x\u{640}y.com", Err(InvalidDomain)),
        ("jan@ab.xn--", Err(LabelHyphen)),
        ("jan@xn--a.com", Err(InvalidDomain)),
        // Surrounding white space is trimmed, inner white space is not allowed.
        ("\t jan@example.com\r\n", ok("jan@example.com")),
        (
            "jan novak@example.com",
            Err(InvalidLocalCharacter {
                ch: ' ',
                position: 4,
            }),
        ),
        (
            "jan@exa mple.com",
            Err(InvalidDomainCharacter {
                ch: ' ',
                position: 8,
            }),
        ),
        (
            "jan\u{a0}novak@example.com",
            Err(UnsafeCharacter {
                ch: '\u{a0}',
                position: 4,
            }),
        ),
        // Unsafe characters (e-v).
        (
            "jan\u{200B}@example.com",
            Err(UnsafeCharacter {
                ch: '\u{200B}',
                position: 4,
            }),
        ),
        (
            "jan@exa\u{200B}mple.com",
            Err(UnsafeCharacter {
                ch: '\u{200B}',
                position: 8,
            }),
        ),
        (
            "\u{301}jan@example.com",
            Err(UnsafeCharacter {
                ch: '\u{301}',
                position: 1,
            }),
        ),
        (
            "jan@\u{301}example.com",
            Err(UnsafeCharacter {
                ch: '\u{301}',
                position: 5,
            }),
        ),
        (
            "jan@example.com\u{200F}",
            Err(UnsafeCharacter {
                ch: '\u{200F}',
                position: 16,
            }),
        ),
        (
            "ja\u{E000}n@example.com",
            Err(UnsafeCharacter {
                ch: '\u{E000}',
                position: 3,
            }),
        ),
        (
            "ja\u{378}n@example.com",
            Err(UnsafeCharacter {
                ch: '\u{378}',
                position: 3,
            }),
        ),
        // Characters that only become invalid after normalization (e-v).
        (
            "jan\u{37E}@example.com",
            Err(InvalidLocalCharacter {
                ch: ';',
                position: 4,
            }),
        ),
        (
            "jan@\u{37E}.com",
            Err(InvalidDomainCharacter {
                ch: ';',
                position: 5,
            }),
        ),
        (
            "jan@⒈example.com",
            Err(InvalidDomainCharacter {
                ch: '⒈',
                position: 5,
            }),
        ),
        // Structure.
        ("", Err(Empty)),
        (" \n ", Err(Empty)),
        ("jan.example.com", Err(MissingAt)),
        ("jan＠example.com", Err(MissingAt)),
        ("jan@novak@example.com", Err(MultipleAt)),
        ("Jan Novak <jan@example.com>", Err(DisplayName)),
        ("\"jan novak\"@example.com", Err(QuotedLocalPart)),
        ("@example.com", Err(EmptyLocalPart)),
        ("jan@", Err(EmptyDomain)),
        ("jan@[192.0.2.1]", Err(DomainLiteral)),
        ("jan@[IPv6:2001:db8::1]", Err(DomainLiteral)),
        // Dots.
        (".jan@example.com", Err(LeadingDot)),
        ("jan.@example.com", Err(TrailingDot)),
        ("jan..novak@example.com", Err(ConsecutiveDots)),
        ("jan@example.com.", Err(EmptyLabel)),
        ("jan@.example.com", Err(EmptyLabel)),
        ("jan@example..com", Err(EmptyLabel)),
        // Host name rules.
        (
            "jan@exa_mple.com",
            Err(InvalidDomainCharacter {
                ch: '_',
                position: 8,
            }),
        ),
        ("jan@-example.com", Err(LabelHyphen)),
        ("jan@example-.com", Err(LabelHyphen)),
        ("jan@ab--cd.com", Err(ReservedLabel)),
        ("jan@xn--ü.com", Err(ReservedLabel)),
        ("jan@xn--bcher-kva.de", ok("jan@bücher.de")),
        ("jan@123.example", ok("jan@123.example")),
        ("jan@example.c0m", ok("jan@example.c0m")),
        ("jan@example.123", Err(InvalidTld)),
        ("jan@example.c0", Err(InvalidTld)),
        ("jan@localhost", Err(SingleLabelDomain)),
        ("jan@com", Err(SingleLabelDomain)),
        // Special-use names and their subdomains, but not look-alikes.
        ("jan@printer.local", Err(SpecialUseDomain)),
        ("jan@example.test", Err(SpecialUseDomain)),
        ("jan@shop.localhost", Err(SpecialUseDomain)),
        ("jan@abc.onion", Err(SpecialUseDomain)),
        ("jan@x.invalid", Err(SpecialUseDomain)),
        ("jan@4.3.2.1.in-addr.arpa", Err(SpecialUseDomain)),
        ("jan@testing.com", ok("jan@testing.com")),
        ("jan@mylocal.cz", ok("jan@mylocal.cz")),
        ("jan@example.com", ok("jan@example.com")),
    ];
    let mut failures = Vec::new();
    for (input, expected) in &cases {
        let got = CanonicalEmail::parse(input);
        let got = got.as_ref().map(CanonicalEmail::as_str).map_err(|e| *e);
        if got != *expected {
            failures.push(format!("{input:?}: got {got:?}, want {expected:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "edge cases fail:\n{}",
        failures.join("\n")
    );
}

#[test]
fn length_limits() {
    let local64 = "a".repeat(64);
    assert!(CanonicalEmail::parse(&format!("{local64}@example.com")).is_ok());
    assert_eq!(
        CanonicalEmail::parse(&format!("a{local64}@example.com")),
        Err(EmailError::LocalPartTooLong { max: 64 })
    );
    // 32 × é is 64 octets; 33 is too many.
    assert!(CanonicalEmail::parse(&format!("{}@example.com", "é".repeat(32))).is_ok());
    assert_eq!(
        CanonicalEmail::parse(&format!("{}@example.com", "é".repeat(33))),
        Err(EmailError::LocalPartTooLong { max: 64 })
    );
    // 32 × U+0130 is 64 octets, but lowercases to 96.
    assert_eq!(
        CanonicalEmail::parse(&format!("{}@example.com", "İ".repeat(32))),
        Err(EmailError::LocalPartTooLong { max: 64 })
    );
    // Labels: 63 octets fit, 64 do not; for U-labels the A-label counts.
    let label63 = "a".repeat(63);
    assert!(CanonicalEmail::parse(&format!("jan@{label63}.com")).is_ok());
    assert_eq!(
        CanonicalEmail::parse(&format!("jan@a{label63}.com")),
        Err(EmailError::LabelTooLong { max: 63 })
    );
    assert_eq!(
        CanonicalEmail::parse(&format!("jan@{}.com", "ü".repeat(60))),
        Err(EmailError::LabelTooLong { max: 63 })
    );
    // The address: 254 octets fit, 255 do not.
    let domain = format!("{0}.{0}.{0}.{1}.com", "d".repeat(63), "d".repeat(55));
    let at254 = format!("{}@{domain}", "l".repeat(254 - 1 - domain.len()));
    assert_eq!(at254.len(), 254);
    assert!(CanonicalEmail::parse(&at254).is_ok());
    assert_eq!(
        CanonicalEmail::parse(&format!("l{at254}")),
        Err(EmailError::TooLong { max: 254 })
    );
    // The A-label form counts: this is 249 octets as typed, 279 with A-labels.
    let label = format!("{}ü", "a".repeat(44));
    let idn = format!("{}@{}.com", "l".repeat(10), [label.as_str(); 5].join("."));
    assert_eq!(idn.len(), 249);
    assert_eq!(
        CanonicalEmail::parse(&idn),
        Err(EmailError::TooLong { max: 254 })
    );
    // Huge input is rejected before any other work.
    assert_eq!(
        CanonicalEmail::parse(&"a@b.c ".repeat(10_000)),
        Err(EmailError::TooLong { max: 254 })
    );
}

#[test]
fn accessors() {
    let email = parse_ok("Jan.Novak@Bücher.DE");
    assert_eq!(email.as_str(), "jan.novak@bücher.de");
    assert_eq!(email.local_part(), "jan.novak");
    assert_eq!(email.domain(), "bücher.de");
    assert_eq!(email.ascii_domain(), "xn--bcher-kva.de");
    assert_eq!(email.to_string(), "jan.novak@bücher.de");
    assert_eq!(String::from(email.clone()), "jan.novak@bücher.de");
    assert_eq!(AsRef::<str>::as_ref(&email), "jan.novak@bücher.de");

    let ascii = parse_ok("a@example.com");
    assert_eq!(ascii.ascii_domain(), "example.com");
    assert_eq!(ascii.domain(), "example.com");

    let typed_as_a_label = parse_ok("a@XN--BCHER-KVA.de");
    assert_eq!(typed_as_a_label, parse_ok("a@bücher.de"));
    assert_eq!(typed_as_a_label.ascii_domain(), "xn--bcher-kva.de");
}

#[test]
fn conversions_agree_with_parse() {
    let input = " Jan@Example.COM ";
    let parsed = CanonicalEmail::parse(input);
    assert_eq!(CanonicalEmail::from_str(input), parsed);
    assert_eq!(CanonicalEmail::try_from(input), parsed);
    assert_eq!(CanonicalEmail::try_from(input.to_string()), parsed);
    assert_eq!(CanonicalEmail::try_from(&input.to_string()), parsed);
    assert_eq!("bad".parse::<CanonicalEmail>(), Err(EmailError::MissingAt));
}

#[test]
fn auto_traits() {
    fn assert_send_sync<T: Send + Sync + Unpin + 'static>() {}
    assert_send_sync::<CanonicalEmail>();
    assert_send_sync::<EmailError>();
    fn assert_error<T: std::error::Error + Copy>() {}
    assert_error::<EmailError>();
}

/// The message text is public API: each one is pinned here.
#[test]
fn error_messages() {
    use EmailError::*;
    let cases = [
        (Empty, "email: empty input"),
        (MissingAt, "email: missing '@'"),
        (MultipleAt, "email: more than one '@'"),
        (
            DisplayName,
            "email: display name and angle brackets are not allowed",
        ),
        (QuotedLocalPart, "email: quoted local part is not allowed"),
        (EmptyLocalPart, "email: empty local part"),
        (
            LocalPartTooLong { max: 64 },
            "email: local part longer than 64 octets",
        ),
        (
            InvalidLocalCharacter {
                ch: ',',
                position: 4,
            },
            "email: invalid character ',' at position 4 in local part",
        ),
        (
            InvalidLocalCharacter {
                ch: '\n',
                position: 1,
            },
            "email: invalid character U+000A at position 1 in local part",
        ),
        (LeadingDot, "email: local part starts with '.'"),
        (TrailingDot, "email: local part ends with '.'"),
        (ConsecutiveDots, "email: consecutive '.' in local part"),
        (
            UnsafeCharacter {
                ch: '\u{200B}',
                position: 4,
            },
            "email: unsafe character U+200B at position 4",
        ),
        (
            UnsafeCharacter {
                ch: '\u{10FFFF}',
                position: 1,
            },
            "email: unsafe character U+10FFFF at position 1",
        ),
        (EmptyDomain, "email: empty domain"),
        (DomainLiteral, "email: domain literal is not allowed"),
        (
            InvalidDomainCharacter {
                ch: '_',
                position: 8,
            },
            "email: invalid character '_' at position 8 in domain",
        ),
        (
            InvalidDomainCharacter {
                ch: '⒈',
                position: 5,
            },
            "email: invalid character '⒈' at position 5 in domain",
        ),
        (EmptyLabel, "email: empty label in domain"),
        (LabelHyphen, "email: domain label starts or ends with '-'"),
        (
            ReservedLabel,
            "email: domain label has '--' in positions 3 and 4",
        ),
        (
            LabelTooLong { max: 63 },
            "email: domain label longer than 63 octets",
        ),
        (
            InvalidDomain,
            "email: invalid internationalized domain name",
        ),
        (
            SingleLabelDomain,
            "email: domain must have at least two labels",
        ),
        (InvalidTld, "email: top-level domain must end with a letter"),
        (SpecialUseDomain, "email: special-use domain"),
        (
            TooLong { max: 254 },
            "email: address longer than 254 octets",
        ),
    ];
    for (err, text) in cases {
        assert_eq!(err.to_string(), text, "{err:?}");
    }
}

#[test]
fn errors_never_echo_the_input() {
    let inputs = [
        "secret.person@exa_mple.com",
        "secret.person@example.test",
        "\"secret person\"@example.com",
        "secret person@example.com",
    ];
    for input in inputs {
        let err = CanonicalEmail::parse(input).unwrap_err();
        assert!(!err.to_string().contains("secret"), "{input:?}: {err}");
    }
}

#[test]
fn dedup_keys() {
    let cases = [
        // Gmail: dots and +tags ignored, googlemail.com is gmail.com.
        ("Jan.Novak+shop@googlemail.com", "jannovak@gmail.com"),
        ("j.a.n@gmail.com", "jan@gmail.com"),
        ("jan@gmail.com", "jan@gmail.com"),
        ("a.+b@gmail.com", "a@gmail.com"),
        ("+tag@gmail.com", "+tag@gmail.com"),
        ("+t.a.g@gmail.com", "+tag@gmail.com"),
        ("e.\u{301}x+y@gmail.com", "éx@gmail.com"),
        // Plus addressing.
        ("jan+x@outlook.com", "jan@outlook.com"),
        ("jan.novak+x@hotmail.com", "jan.novak@hotmail.com"),
        ("jan+x@live.com", "jan@live.com"),
        ("jan+x@msn.com", "jan@msn.com"),
        ("jan+a+b@me.com", "jan@me.com"),
        ("jan+x@icloud.com", "jan@icloud.com"),
        ("jan+x@mac.com", "jan@mac.com"),
        ("jan+x@fastmail.com", "jan@fastmail.com"),
        ("jan+x@fastmail.fm", "jan@fastmail.fm"),
        ("jan+x@proton.me", "jan@proton.me"),
        ("jan+x@protonmail.com", "jan@protonmail.com"),
        ("jan+x@protonmail.ch", "jan@protonmail.ch"),
        ("jan+x@pm.me", "jan@pm.me"),
        ("+x@icloud.com", "+x@icloud.com"),
        ("jan.+x@live.com", "jan.+x@live.com"),
        // Dots stay significant outside Gmail.
        ("jan.novak@outlook.com", "jan.novak@outlook.com"),
        // Yahoo disposable addresses use '-', and '+' is not a tag there.
        ("jan-x@yahoo.com", "jan@yahoo.com"),
        ("jan-x-y@yahoo.com", "jan@yahoo.com"),
        ("jan+x@yahoo.com", "jan+x@yahoo.com"),
        // Other domains, subdomains and country variants are left alone.
        ("Jan+x@Example.com", "jan+x@example.com"),
        ("jan+x@sub.gmail.com", "jan+x@sub.gmail.com"),
        ("jan+x@outlook.de", "jan+x@outlook.de"),
        ("jan-x@example.com", "jan-x@example.com"),
    ];
    for (input, key) in cases {
        let email = parse_ok(input);
        assert_eq!(email.dedup_key(), key, "{input:?}");
        let again = parse_ok(&email.dedup_key());
        assert_eq!(again.as_str(), key, "the key of {input:?} is not canonical");
        assert_eq!(
            again.dedup_key(),
            key,
            "the key of {input:?} is not idempotent"
        );
    }
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

/// Pieces that exercise the interesting rules: atext, dots, quotes, white space,
/// case, combining marks, format characters, Greek sigma, dotless i, fullwidth and
/// ideographic dots, Arabic and Hebrew, symbols, emoji, private use.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9]{1,8}",
        "[a-z0-9.+_-]{1,6}",
        prop::sample::select(vec![
            ".",
            "..",
            "@",
            "-",
            "--",
            "xn--",
            "\"",
            " ",
            "\t",
            "(",
            "[",
            "]",
            "<",
            ">",
            ";",
            "\\",
            "é",
            "e\u{301}",
            "\u{301}",
            "ß",
            "ẞ",
            "Σ",
            "σ",
            "ς",
            "İ",
            "ı",
            "K",
            "Ω",
            "ǅ",
            "ﬁ",
            "\u{200B}",
            "\u{200D}",
            "\u{200F}",
            "\u{A0}",
            "\u{2028}",
            "\u{FEFF}",
            "\u{E000}",
            "\u{378}",
            "\u{37E}",
            "\u{1FEF}",
            "。",
            "．",
            "＠",
            "⒈",
            "·",
            "l·l",
            "٣",
            "۳",
            "ש",
            "ا",
            "中",
            "ア",
            "・",
            "😀",
            "☃",
            "\u{FFFD}",
            "\u{10FFFF}",
            "ｅ",
            "bücher",
            "xn--bcher-kva",
            "xn--ls8h",
            "gmail",
            "com",
            "test",
            "local",
            "123",
        ])
        .prop_map(str::to_owned),
    ]
}

fn address_like() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(piece(), 1..5),
        prop::collection::vec(piece(), 1..6),
        prop::sample::select(vec!["com", "cz", "de", "xn--p1ai", "рф", "中国", "1", ""]),
    )
        .prop_map(|(local, domain, tld)| {
            let domain = domain.join(".");
            if tld.is_empty() {
                format!("{}@{domain}", local.concat())
            } else {
                format!("{}@{domain}.{tld}", local.concat())
            }
        })
}

fn valid_ascii_address() -> impl Strategy<Value = String> {
    (
        "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,20}(\\.[A-Za-z0-9_+-]{1,10}){0,3}",
        "([A-Za-z0-9]([A-Za-z0-9-]{0,20}[A-Za-z0-9])?\\.){1,3}[A-Za-z]{2,10}",
    )
        .prop_map(|(local, domain)| format!("{local}@{domain}"))
        // `ab--` labels are reserved (RFC 5891 §4.2.3.1).
        .prop_filter("reserved label", |s| !s.contains("--"))
}

/// Checks the round-trip properties of an accepted value.
fn assert_canonical(email: &CanonicalEmail) -> Result<(), TestCaseError> {
    let printed = email.to_string();
    prop_assert_eq!(printed.as_str(), email.as_str());
    let again = CanonicalEmail::parse(&printed);
    prop_assert_eq!(
        again.as_ref(),
        Ok(email),
        "canonical form does not re-parse to itself"
    );
    prop_assert_eq!(
        format!("{}@{}", email.local_part(), email.domain()),
        email.as_str()
    );
    prop_assert!(email.local_part().len() <= 64);
    prop_assert!(email.as_str().len() <= 254);
    prop_assert!(email.ascii_domain().is_ascii());
    let key = email.dedup_key();
    let keyed = CanonicalEmail::parse(&key);
    prop_assert!(keyed.is_ok(), "dedup key {:?} does not parse", key);
    if let Ok(keyed) = keyed {
        prop_assert_eq!(keyed.as_str(), &*key);
        prop_assert_eq!(
            keyed.dedup_key(),
            key.clone(),
            "dedup key is not idempotent"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn prop_no_panic_on_any_string(s in ".*") {
        let _ = CanonicalEmail::parse(&s);
    }

    #[test]
    fn prop_no_panic_on_any_address_like(s in address_like()) {
        if let Ok(email) = CanonicalEmail::parse(&s) {
            assert_canonical(&email)?;
        }
    }

    #[test]
    fn prop_valid_ascii_is_accepted_and_lowercased(s in valid_ascii_address()) {
        let email = CanonicalEmail::parse(&s);
        prop_assert!(email.is_ok(), "{:?} rejected: {:?}", s, email);
        if let Ok(email) = email {
            prop_assert_eq!(email.as_str(), s.to_ascii_lowercase());
            assert_canonical(&email)?;
        }
    }

    #[test]
    fn prop_roundtrip_and_idempotent(
        local in "[\\p{L}\\p{N}\\p{M}\\p{S}!#$%&'*+/=?^_`{|}~-]{1,12}",
        domain in "(\\p{L}{1,10}\\.){1,2}(com|cz|рф|ελ|中国)",
    ) {
        let input = format!("{local}@{domain}");
        if let Ok(email) = CanonicalEmail::parse(&input) {
            assert_canonical(&email)?;
        }
    }

    #[test]
    fn prop_trimming_and_case_do_not_matter(s in valid_ascii_address(), pad in "[ \t\r\n]{0,3}") {
        let plain = CanonicalEmail::parse(&s);
        prop_assert_eq!(CanonicalEmail::parse(&format!("{pad}{s}{pad}")), plain.clone());
        prop_assert_eq!(CanonicalEmail::parse(&s.to_uppercase()), plain);
    }
}
