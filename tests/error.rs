//! The crate-level `Error`: one type over every concept's error.

use contactkit::{
    ApiKey, CanonicalEmail, Country, Error, ErrorKind, Ico, IntlPhone, Locale, NormalizedIp,
    PostalCode, ReferralId, Region, Timestamp, VatId,
};
use std::error::Error as _;

#[test]
fn each_concept_error_converts_and_keeps_its_message() {
    let cases: Vec<(Error, &str)> = vec![
        (ApiKey::parse("nope").unwrap_err().into(), "api key: "),
        (CanonicalEmail::parse("x").unwrap_err().into(), "email: "),
        (IntlPhone::parse("12").unwrap_err().into(), "phone: "),
        (NormalizedIp::parse("1.2.3").unwrap_err().into(), "ip: "),
        (ReferralId::parse("x").unwrap_err().into(), "referral id: "),
        (VatId::parse("GB123").unwrap_err().into(), "vat: "),
        (Country::parse("Narnia").unwrap_err().into(), "country: "),
        (Locale::parse("cs-").unwrap_err().into(), "locale: "),
        (Ico::parse("05103110").unwrap_err().into(), "ico: "),
        (PostalCode::parse("").unwrap_err().into(), "postal code: "),
    ];
    for (err, prefix) in cases {
        let text = err.to_string();
        assert!(
            text.starts_with(prefix),
            "{text:?} should start with {prefix:?}"
        );
        let source = err.source().map(|s| s.to_string());
        assert_eq!(source.as_deref(), Some(text.as_str()));
        assert!(format!("{err:?}").contains(&text));
    }
}

#[test]
fn kind_names_the_concept() {
    let err = Error::from(IntlPhone::parse("777 123 456").unwrap_err());
    assert!(matches!(err.kind(), ErrorKind::Phone(_)));
    assert!(matches!(err.into_kind(), ErrorKind::Phone(_)));
}

#[test]
fn question_mark_works_across_concepts() {
    fn contact(email: &str, ip: &str) -> Result<(CanonicalEmail, NormalizedIp), Error> {
        Ok((CanonicalEmail::parse(email)?, NormalizedIp::parse(ip)?))
    }
    assert!(contact("jan@barasek.com", "1.1.1.1").is_ok());
    let err = contact("jan@barasek.com", "1.1.1.1/32").unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Ip(_)));
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync + 'static>() {}
    check::<Error>();
    check::<ErrorKind>();
    check::<ApiKey>();
    check::<CanonicalEmail>();
    check::<IntlPhone>();
    check::<NormalizedIp>();
    check::<ReferralId>();
    check::<VatId>();
    check::<Country>();
    check::<Locale>();
    check::<Ico>();
    check::<PostalCode>();
    check::<Timestamp>();
    check::<Region>();
}
