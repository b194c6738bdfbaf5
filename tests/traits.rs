//! The traits users reach for, on every newtype: a readable `Debug` (pinned here, one
//! line, never a secret) and an `Ord` consistent with `Eq` (issue #11, section 4).

use contactkit::{
    ApiKey, CanonicalEmail, Country, Ico, IntlPhone, Locale, NormalizedIp, PostalCode, ReferralId,
    Region, Timestamp, VatId,
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
        (dbg(Ico::parse("051 03 118").unwrap()), r#"Ico("05103118")"#),
        (
            dbg(VatId::parse("cz 25123891").unwrap()),
            r#"VatId("CZ25123891")"#,
        ),
        (
            dbg(PostalCode::parse("110 00").unwrap()),
            r#"PostalCode("110 00")"#,
        ),
        (dbg(Country::parse("Czechia").unwrap()), r#"Country("CZ")"#),
        (dbg(Region::parse("in").unwrap()), r#"Region("IN")"#),
        (
            dbg(Locale::parse("sr-latn-rs").unwrap()),
            r#"Locale("sr-Latn-RS")"#,
        ),
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

/// Sorts `inputs` parsed as `T` and checks the order is `want`, that it agrees with
/// `==`, and that a `BTreeSet` keeps one of each equal pair.
#[track_caller]
fn check_order<T, E>(parse: fn(&str) -> Result<T, E>, inputs: &[&str], want: &[&str])
where
    T: Ord + std::fmt::Display + Clone,
    E: std::fmt::Debug,
{
    let values: Vec<T> = inputs.iter().map(|s| parse(s).unwrap()).collect();
    let mut sorted = values.clone();
    sorted.sort();
    let got: Vec<String> = sorted.iter().map(ToString::to_string).collect();
    let mut unique = want.to_vec();
    unique.dedup();
    assert_eq!(got, want);
    for a in &values {
        for b in &values {
            assert_eq!(a.cmp(b) == std::cmp::Ordering::Equal, a == b);
            assert_eq!(a.partial_cmp(b), Some(a.cmp(b)));
        }
    }
    let set: BTreeSet<T> = values.into_iter().collect();
    let got: Vec<String> = set.iter().map(ToString::to_string).collect();
    assert_eq!(got, unique);
}

use std::collections::BTreeSet;

#[test]
fn every_newtype_sorts_consistently_with_eq() {
    check_order(
        CanonicalEmail::parse,
        &[
            "petr@example.com",
            "Jan@Example.com",
            "jan@example.com",
            "adam@b.cz",
        ],
        &[
            "adam@b.cz",
            "jan@example.com",
            "jan@example.com",
            "petr@example.com",
        ],
    );
    // Calling codes are prefix-free: text order is E.164 digit order.
    check_order(
        IntlPhone::parse,
        &[
            "+7 9123456789",
            "+44 7400 123456",
            "+420 777 123 456",
            "+1 650 253 0000",
            "+420777123456",
        ],
        &[
            "+1 6502530000",
            "+420 777123456",
            "+420 777123456",
            "+44 7400123456",
            "+7 9123456789",
        ],
    );
    // By address: IPv4 numerically (10 after 9), then IPv6.
    check_order(
        NormalizedIp::parse,
        &[
            "10.0.0.1",
            "::1",
            "2001:db8::1",
            "9.9.9.9",
            "::ffff:9.9.9.9",
        ],
        &["9.9.9.9", "9.9.9.9", "10.0.0.1", "127.0.0.1", "2001:db8::1"],
    );
    check_order(
        ReferralId::parse,
        &["aaaaaaaaaaaaaaaa", "AAAAAAAAAAAAAAAA", "1cGIHvFoQDGLAbcA"],
        &["1cGIHvFoQDGLAbcA", "AAAAAAAAAAAAAAAA", "aaaaaaaaaaaaaaaa"],
    );
    check_order(
        Ico::parse,
        &["25596641", "051 03 118", "00006947", "05103118"],
        &["00006947", "05103118", "05103118", "25596641"],
    );
    check_order(
        VatId::parse,
        &["DE136695976", "CZ25123891", "cz 25123891"],
        &["CZ25123891", "CZ25123891", "DE136695976"],
    );
    check_order(
        PostalCode::parse,
        &["SW1A 1AA", "602 00", "110 00"],
        &["110 00", "602 00", "SW1A 1AA"],
    );
    check_order(
        Country::parse,
        &["Germany", "CZ", "cze", "AT"],
        &["AT", "CZ", "CZ", "DE"],
    );
    check_order(
        Region::parse,
        &["IN", "gb", "XK", "ac", "GB"],
        &["AC", "GB", "GB", "IN", "XK"],
    );
    check_order(
        Locale::parse,
        &["es", "en-US", "EN", "en-gb", "en"],
        &["en", "en", "en-GB", "en-US", "es"],
    );
    // Chronological, which the text order is not across the sign of a six-digit year.
    check_order(
        Timestamp::parse,
        &[
            "2024-03-07T10:00:00Z",
            "-000001-01-01T00:00:00Z",
            "1970-01-01",
            "+010000-01-01T00:00:00Z",
        ],
        &[
            "-000001-01-01T00:00:00.000Z",
            "1970-01-01T00:00:00.000Z",
            "2024-03-07T10:00:00.000Z",
            "+010000-01-01T00:00:00.000Z",
        ],
    );
}

#[test]
fn api_keys_sort_by_their_text_without_showing_it() {
    let texts = [
        "ROOTHVBr1dvZXSLS4oKcZp7YYk9Z8wTT",
        "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE",
        "DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q",
        "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE",
        "PRODAGrFxpGEtrOZfuWhnoJohUYBXuOE",
    ];
    let keys: Vec<ApiKey> = texts.iter().map(|t| ApiKey::parse(t).unwrap()).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    let got: Vec<&str> = sorted.iter().map(ApiKey::expose_secret).collect();
    let mut want = texts.to_vec();
    want.sort_unstable();
    assert_eq!(got, want);
    for a in &keys {
        for b in &keys {
            assert_eq!(a.cmp(b), a.expose_secret().cmp(b.expose_secret()));
            assert_eq!(a.cmp(b) == std::cmp::Ordering::Equal, a == b);
        }
    }
    let revoked: BTreeSet<ApiKey> = keys.into_iter().collect();
    assert_eq!(revoked.len(), 4);
    assert_eq!(
        format!("{revoked:?}"),
        "{ApiKey(DEV_****), ApiKey(PROD****), ApiKey(PROD****), ApiKey(ROOT****)}"
    );
}
