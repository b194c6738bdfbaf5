//! The traits users reach for, on every newtype: a readable `Debug` (pinned here, one
//! line, never a secret) and an `Ord` consistent with `Eq` (issue #11, section 4).

use contactkit::{
    ApiKey, CanonicalEmail, Country, Ico, IntlPhone, Locale, NormalizedIp, PostalCode,
    ReferralId, Timestamp, VatId,
};

/// `(Debug of a value parsed from some input, expected text)`.
fn debug_cases() -> Vec<(String, &'static str)> {
    fn dbg<T: std::fmt::Debug>(value: T) -> String {
        format!("{value:?}")
    }
    vec![
        (
            dbg(ApiKey::parse("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE").unwrap()),
            "ApiKey(PROD****)",
        ),
        (
            dbg(ApiKey::parse("DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q").unwrap()),
            "ApiKey(DEV_****)",
        ),
        (
            dbg(CanonicalEmail::parse(" Jan@Example.COM ").unwrap()),
            r#"CanonicalEmail("jan@example.com")"#,
        ),
        (
            dbg(CanonicalEmail::parse("jan@xn--bcher-kva.de").unwrap()),
            r#"CanonicalEmail("jan@bücher.de")"#,
        ),
        (
            dbg(IntlPhone::parse("+420 601 123 456").unwrap()),
            r#"IntlPhone("+420 601123456")"#,
        ),
        (
            dbg(NormalizedIp::parse("::ffff:1.1.1.1").unwrap()),
            r#"NormalizedIp("1.1.1.1")"#,
        ),
        (
            dbg(NormalizedIp::parse("2001:DB8:0:0:0:0:0:1").unwrap()),
            r#"NormalizedIp("2001:db8::1")"#,
        ),
        (
            dbg(ReferralId::parse("1cGIHvFoQDGLAbcA").unwrap()),
            r#"ReferralId("1cGIHvFoQDGLAbcA")"#,
        ),
        (
            dbg(Ico::parse("051 03 118").unwrap()),
            r#"Ico("05103118")"#,
        ),
        (
            dbg(VatId::parse("cz 25123891").unwrap()),
            r#"VatId("CZ25123891")"#,
        ),
        (
            dbg(PostalCode::parse("110 00").unwrap()),
            r#"PostalCode("110 00")"#,
        ),
        (dbg(Country::parse("Czechia").unwrap()), r#"Country("CZ")"#),
        (dbg(Locale::parse("sr-latn-rs").unwrap()), r#"Locale("sr-Latn-RS")"#),
        (
            dbg(Timestamp::parse("2024-03-07T15:30:00.5+05:30").unwrap()),
            r#"Timestamp("2024-03-07T10:00:00.500Z")"#,
        ),
        (
            dbg(Timestamp::from_millis(8_640_000_000_000_000).unwrap()),
            r#"Timestamp("+275760-09-13T00:00:00.000Z")"#,
        ),
    ]
}

#[test]
fn debug_is_the_type_and_its_canonical_text() {
    for (got, want) in debug_cases() {
        assert_eq!(got, want);
    }
}

#[test]
fn alternate_debug_stays_readable() {
    let ico = Ico::parse("05103118").unwrap();
    assert_eq!(format!("{ico:#?}"), "Ico(\n    \"05103118\",\n)");
    let key = ApiKey::parse("ROOTHVBr1dvZXSLS4oKcZp7YYk9Z8wTT").unwrap();
    assert_eq!(format!("{key:#?}"), "ApiKey(ROOT****)");
}
