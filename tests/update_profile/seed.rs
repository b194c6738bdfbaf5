//! The seed document's examples (bizkithub-update-profile.txt).

use super::*;

/// The seed's example request body, verbatim (its `groups` is `[[]]`).
const SEED_BODY: &str = r#"{
    "email": "jan@barasek.com",
    "name": "Jan Barášek",
    "firstName": "Jan",
    "lastName": "Barášek",
    "phone": "+420 777123456",
    "companyName": "BizKitHub",
    "companyRegistrationNumber": "05103118",
    "taxIdentificationNumber": "CZ9609040727",
    "streetAddress": "R. Novotného 1505",
    "city": "Kladno",
    "cityPart": "Kročehlavy",
    "stateRegion": "Středočeský kraj",
    "postalCode": "272 01",
    "country": "CZ",
    "newsletter": false,
    "primaryLocale": "cs",
    "groups": [
      []
    ],
    "customerRealIp": "1.1.1.1",
    "referralId": "1cGIHvFoQDGLAbcA"
  }"#;

#[test]
fn seed_example_with_nested_array_is_rejected() {
    let err = error(SEED_BODY);
    assert_eq!(
        err.to_string(),
        r#"ValidationError: "groups[0]" must be a string"#
    );
    assert_eq!(err.kind(), ValidationErrorKind::NotAString);
    assert_eq!(
        err.path().segments(),
        [PathSegment::Key("groups".into()), PathSegment::Index(0)]
    );
}

#[test]
fn seed_example_with_groups_fixed_is_valid_and_normalized() {
    let text = SEED_BODY.replace("[\n      []\n    ]", r#"["vip", "b2b", "vip"]"#);
    let p = valid(&text);
    assert_eq!(p.email().as_str(), "jan@barasek.com");
    assert_eq!(p.name(), Some("Jan Barášek"));
    assert_eq!(p.first_name(), Some("Jan"));
    assert_eq!(p.last_name(), Some("Barášek"));
    assert_eq!(p.phone().map(|x| x.as_str()), Some("+420 777123456"));
    assert_eq!(p.company_name(), Some("BizKitHub"));
    assert_eq!(p.company_registration_number(), Some("05103118"));
    assert_eq!(p.ico().map(|i| i.to_string()).as_deref(), Some("05103118"));
    assert_eq!(
        p.tax_identification_number().map(|x| x.as_str()),
        Some("CZ9609040727")
    );
    assert_eq!(p.street_address(), Some("R. Novotného 1505"));
    assert_eq!(p.city(), Some("Kladno"));
    assert_eq!(p.city_part(), Some("Kročehlavy"));
    assert_eq!(p.state_region(), Some("Středočeský kraj"));
    assert_eq!(p.postal_code().map(|x| x.as_str()), Some("272 01"));
    assert_eq!(p.country().map(|c| c.as_str()), Some("CZ"));
    assert_eq!(p.newsletter(), Some(false));
    assert_eq!(p.primary_locale().map(|x| x.as_str()), Some("cs"));
    assert_eq!(p.groups(), ["vip", "b2b"]);
    assert!(p.groups_sent());
    assert_eq!(p.customer_real_ip().map(|x| x.as_str()), Some("1.1.1.1"));
    assert_eq!(
        p.referral_id().map(|x| x.as_str()),
        Some("1cGIHvFoQDGLAbcA")
    );
    assert_eq!(
        to_json(&p),
        r#"{"email":"jan@barasek.com","name":"Jan Barášek","firstName":"Jan","lastName":"Barášek","phone":"+420 777123456","companyName":"BizKitHub","companyRegistrationNumber":"05103118","taxIdentificationNumber":"CZ9609040727","streetAddress":"R. Novotného 1505","city":"Kladno","cityPart":"Kročehlavy","stateRegion":"Středočeský kraj","postalCode":"272 01","country":"CZ","newsletter":false,"primaryLocale":"cs","groups":["vip","b2b"],"customerRealIp":"1.1.1.1","referralId":"1cGIHvFoQDGLAbcA"}"#
    );
}

#[test]
fn seed_request_with_query_key() {
    let text = SEED_BODY.replace("[\n      []\n    ]", "[]");
    let (key, profile) = UpdateProfile::from_request(
        Some("apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE"),
        None,
        text.as_bytes(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(key.to_string(), "PROD****");
    assert!(profile.groups().is_empty());
}
