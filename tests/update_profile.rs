//! `contactkit::update_profile`: the conformance table, the seed's example, a table per
//! rule with exact messages, the country dependency, all-errors mode, requests with keys,
//! serialization and properties.

use crate::support::{bool_field, load_cases, str_field};
use contactkit::update_profile::{Options, RequestError, UpdateProfile};
use contactkit::{ApiKeyError, PathSegment, Report, ValidationError, ValidationErrorKind};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::error::Error as _;

const EMAIL: &str = r#""email": "jan@barasek.com""#;

/// A body: a valid email followed by `members` (a JSON object's inside, may be empty).
fn body(members: &str) -> String {
    if members.is_empty() {
        format!("{{{EMAIL}}}")
    } else {
        format!("{{{EMAIL}, {members}}}")
    }
}

#[track_caller]
fn valid(text: &str) -> UpdateProfile {
    UpdateProfile::from_json(text.as_bytes()).unwrap_or_else(|e| panic!("{text}: {e}"))
}

#[track_caller]
fn error(text: &str) -> ValidationError {
    match UpdateProfile::from_json(text.as_bytes()) {
        Ok(profile) => panic!("{text}: accepted as {profile:?}"),
        Err(e) => e,
    }
}

/// The error's `Display`, or `None` when the body is valid.
fn verdict(text: &str) -> Option<String> {
    UpdateProfile::from_json(text.as_bytes())
        .err()
        .map(|e| e.to_string())
}

fn to_json(profile: &UpdateProfile) -> String {
    serde_json::to_string(profile).unwrap_or_else(|e| panic!("{profile:?}: {e}"))
}

// ----- Conformance -----

#[test]
fn conformance_update_profile() {
    let cases = load_cases("update_profile.json");
    assert!(cases.len() >= 155);
    let mut failures = Vec::new();
    for case in &cases {
        let id = str_field(case, "id").unwrap_or("?");
        let Some(text) = str_field(case, "body") else {
            panic!("case {id} without body");
        };
        let expected = bool_field(case, "valid");
        let field = str_field(case, "field").unwrap_or("body");
        let note = str_field(case, "note").unwrap_or("");
        match (UpdateProfile::from_json(text.as_bytes()), expected) {
            (Ok(_), true) => {}
            (Err(e), false) => {
                // A one-field case must fail on that field, not on something else.
                let first = match e.path().segments().first() {
                    Some(PathSegment::Key(key)) => key.to_string(),
                    _ => "body".to_owned(),
                };
                if field != "body" && first != field {
                    failures.push(format!(
                        "{id}: rejected on {first:?}, expected {field:?} | {e} | {note} | {text}"
                    ));
                }
            }
            (Ok(_), false) => failures.push(format!(
                "{id}: accepted, expected invalid | {note} | {text}"
            )),
            (Err(e), true) => failures.push(format!("{id}: {e} | {note} | {text}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Every conformance body through the other entry points: the report starts with the
/// abort-early error, a valid body's JSON validates to the same profile, and a request with
/// a valid key answers the same.
#[test]
fn conformance_agrees_across_entry_points() {
    let query = Some("apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");
    for case in load_cases("update_profile.json") {
        let Some(text) = str_field(&case, "body") else {
            continue;
        };
        let first = UpdateProfile::from_json(text.as_bytes());
        let report = UpdateProfile::from_json_report(text.as_bytes());
        assert_eq!(
            report.as_ref().map_err(Report::first),
            first.as_ref(),
            "{text}"
        );
        let request = UpdateProfile::from_request(query, None, text.as_bytes());
        if let Ok(profile) = &first {
            // Every valid conformance body round-trips through its serialization.
            let json = to_json(profile);
            assert_eq!(
                UpdateProfile::from_json(json.as_bytes()).as_ref(),
                Ok(profile),
                "{json}"
            );
        }
        match (&request, &first) {
            (Ok((_, a)), Ok(b)) => assert_eq!(a, b),
            (Err(RequestError::InvalidBody(a)), Err(b)) => assert_eq!(a, b),
            _ => panic!("{text}: {request:?} vs {first:?}"),
        }
    }
}

// ----- The seed document (bizkithub-update-profile.txt) -----

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

// ----- One table per rule: (members after a valid email, expected error) -----
// `None` means valid. Sources: the seed (S), the conformance README's rules (R), the
// newtypes' own docs (N), BIK's Joi behaviour (J), and our own decisions (D).

type Case<'a> = (&'a str, Option<&'a str>);

#[track_caller]
fn check_table(name: &str, cases: &[Case<'_>]) {
    let mut failures = Vec::new();
    for (members, expected) in cases {
        let text = body(members);
        let got = verdict(&text);
        let expected = expected.map(|m| format!("ValidationError: {m}"));
        if got != expected {
            failures.push(format!("{members}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{name}: {} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn email_rule() {
    let cases: [(&str, Option<&str>); 10] = [
        ("{}", Some(r#""email" is required"#)),
        (r#"{"email": null}"#, Some(r#""email" must be a string"#)),
        (r#"{"email": 42}"#, Some(r#""email" must be a string"#)),
        (
            r#"{"email": ["jan@barasek.com"]}"#,
            Some(r#""email" must be a string"#),
        ),
        (
            r#"{"email": ""}"#,
            Some(r#""email" is not allowed to be empty"#),
        ),
        (
            r#"{"email": " \t "}"#,
            Some(r#""email" is not allowed to be empty"#),
        ),
        (
            r#"{"email": "jan@"}"#,
            Some(r#""email" must be a valid email"#),
        ),
        (
            r#"{"email": "jan@[127.0.0.1]"}"#,
            Some(r#""email" must be a valid email"#),
        ),
        (r#"{"email": " Jan@Barasek.COM "}"#, None),
        (r#"{"email": "jan@bücher.de"}"#, None),
    ];
    for (text, expected) in cases {
        let expected = expected.map(|m| format!("ValidationError: {m}"));
        assert_eq!(verdict(text), expected, "{text}");
    }
    assert_eq!(
        valid(r#"{"email": " Jan@Barasek.COM "}"#).email().as_str(),
        "jan@barasek.com"
    );
    let err = error(r#"{"email": "jan@"}"#);
    assert_eq!(err.kind().code(), "string.email");
    assert!(err
        .source()
        .is_some_and(|s| s.to_string().starts_with("email: ")));
}

#[test]
fn free_text_rule() {
    let long = "x".repeat(UpdateProfile::MAX_TEXT_LENGTH + 1);
    let max = "ř".repeat(UpdateProfile::MAX_TEXT_LENGTH);
    let too_long = format!(r#""name": "{long}""#);
    let at_max = format!(r#""city": "{max}""#);
    let cases: Vec<(&str, Option<&str>)> = vec![
        (r#""name": "Jan Barášek""#, None),             // S
        (r#""firstName": "  Jan  ""#, None),            // R: trimmed
        (r#""name": "Jan\tBarášek""#, None),            // R: tab allowed, collapsed
        (r#""streetAddress": "Main St\r\n1""#, None),   // R: CR LF allowed
        (r#""lastName": "Bara\u0301s\u030cek""#, None), // D: NFC
        (r#""companyName": "O'Brien & Co.""#, None),    // real-world punctuation
        (r#""cityPart": "Kročehlavy""#, None),          // S
        (r#""stateRegion": "Středočeský kraj""#, None), // S
        (
            r#""name": "Ja\u0000n Barášek""#,
            Some(r#""name" must not contain control characters"#),
        ), // conformance name-004
        (
            r#""lastName": "Ba\u001brášek""#,
            Some(r#""lastName" must not contain control characters"#),
        ), // conformance lastName-004
        (
            r#""city": "Kladno\u000b""#,
            None, // a vertical tab at the edge is trimmed white space
        ),
        (
            r#""city": "Kla\u000bdno""#,
            Some(r#""city" must not contain control characters"#),
        ),
        (
            r#""companyName": "Biz\u0085Kit""#,
            Some(r#""companyName" must not contain control characters"#),
        ),
        (r#""city": true"#, Some(r#""city" must be a string"#)), // conformance city-003
        (r#""city": 7"#, Some(r#""city" must be a string"#)),
        (r#""name": null"#, Some(r#""name" must be a string"#)),
        (
            r#""name": """#,
            Some(r#""name" is not allowed to be empty"#),
        ),
        (
            r#""cityPart": "\u00a0 ""#,
            Some(r#""cityPart" is not allowed to be empty"#),
        ),
        (
            &too_long,
            Some(r#""name" length must be less than or equal to 256 characters long"#),
        ),
        (&at_max, None),
    ];
    check_table("free text", &cases);

    let p = valid(&body(
        r#""firstName": "  Jan  ", "name": "Jan \t\n Barášek", "lastName": "Bara\u0301s\u030cek", "streetAddress": "R.\u00a0Novotného  1505""#,
    ));
    assert_eq!(p.first_name(), Some("Jan"));
    assert_eq!(p.name(), Some("Jan Barášek"));
    assert_eq!(p.last_name(), Some("Barášek"));
    assert_eq!(p.street_address(), Some("R. Novotného 1505"));
    let err = error(&body(&too_long));
    assert_eq!(err.kind(), ValidationErrorKind::TooLong { limit: 256 });
    assert_eq!(err.kind().code(), "string.max");
}

#[test]
fn phone_rule() {
    let cases: [Case; 12] = [
        (r#""phone": "+420 777123456""#, None), // S
        (r#""phone": "+420777123456""#, None),
        (r#""phone": "\t+420 777123456\n""#, None), // conformance phone-009
        (r#""phone": "+1 201-555-0123""#, None),    // conformance phone-017
        (r#""phone": "+49 30 901820""#, None),      // conformance body-029
        (
            r#""phone": "777123456""#,
            Some(r#""phone" must be a valid phone number"#),
        ), // R: the strict + form, no region
        (
            r#""phone": "00420777123456""#,
            Some(r#""phone" must be a valid phone number"#),
        ),
        (
            r#""phone": "++420777123456""#,
            Some(r#""phone" must be a valid phone number"#),
        ),
        (
            r#""phone": "+44 7700 900123""#,
            Some(r#""phone" must be a valid phone number"#),
        ), // conformance phone-043
        (
            r#""phone": 420777123456"#,
            Some(r#""phone" must be a string"#),
        ),
        (
            r#""phone": """#,
            Some(r#""phone" is not allowed to be empty"#),
        ),
        (r#""phone": null"#, Some(r#""phone" must be a string"#)),
    ];
    check_table("phone", &cases);
    let p = valid(&body(r#""phone": "+420777123456""#));
    assert_eq!(p.phone().map(|x| x.as_str()), Some("+420 777123456"));
    let err = error(&body(r#""phone": "777123456""#));
    assert_eq!(err.kind().code(), "string.phoneNumber");
    assert_eq!(
        err.source().map(|s| s.to_string()).as_deref(),
        Some("phone: missing leading '+' and country calling code")
    );
}

#[test]
fn company_registration_number_rule() {
    const ICO: &str = r#""companyRegistrationNumber" must be a valid IČO"#;
    let cases: [Case; 14] = [
        (
            r#""companyRegistrationNumber": "05103118", "country": "CZ""#,
            None,
        ), // S
        (
            r#""companyRegistrationNumber": "051 03 118", "country": "CZ""#,
            None,
        ), // N: spaced
        (
            r#""companyRegistrationNumber": "60693771", "country": "SK""#,
            None,
        ), // conformance
        (
            r#""companyRegistrationNumber": "05103110", "country": "CZ""#,
            Some(ICO),
        ), // check digit
        (
            r#""companyRegistrationNumber": "CZ05103118", "country": "CZ""#,
            Some(ICO),
        ), // a DIČ
        (
            r#""companyRegistrationNumber": "447236100", "country": "SK""#,
            Some(ICO),
        ), // 9 digits
        (
            r#""companyRegistrationNumber": "5103118", "country": "cze""#,
            Some(ICO),
        ), // 7 digits
        (
            r#""companyRegistrationNumber": "05103110", "country": "Slovakia""#,
            Some(ICO),
        ),
        // Other countries and no country: any non-empty free text.
        (
            r#""companyRegistrationNumber": "HRB 12345", "country": "DE""#,
            None,
        ),
        (r#""companyRegistrationNumber": "05103110""#, None),
        (
            r#""companyRegistrationNumber": "05103110", "country": "PL""#,
            None,
        ),
        (
            r#""companyRegistrationNumber": "", "country": "CZ""#,
            Some(r#""companyRegistrationNumber" is not allowed to be empty"#),
        ),
        (
            r#""companyRegistrationNumber": 5103118, "country": "CZ""#,
            Some(r#""companyRegistrationNumber" must be a string"#),
        ),
        (
            r#""companyRegistrationNumber": "HRB\u000012345", "country": "DE""#,
            Some(r#""companyRegistrationNumber" must not contain control characters"#),
        ),
    ];
    check_table("companyRegistrationNumber", &cases);
    let p = valid(&body(
        r#""companyRegistrationNumber": " HRB  12345 ", "country": "DE""#,
    ));
    assert_eq!(p.company_registration_number(), Some("HRB 12345"));
    assert_eq!(p.ico(), None);
    let p = valid(&body(
        r#""companyRegistrationNumber": "051 03 118", "country": "CZ""#,
    ));
    assert_eq!(p.company_registration_number(), Some("05103118"));
    let err = error(&body(
        r#""companyRegistrationNumber": "05103110", "country": "CZ""#,
    ));
    assert_eq!(err.kind().code(), "string.ico");
    assert_eq!(
        err.source().map(|s| s.to_string()).as_deref(),
        Some("ico: wrong check digit")
    );
}

#[test]
fn tax_identification_number_rule() {
    const VAT: &str = r#""taxIdentificationNumber" must be a valid VAT number"#;
    let cases: [Case; 11] = [
        (r#""taxIdentificationNumber": "CZ9609040727""#, None), // S
        (r#""taxIdentificationNumber": "CZ 9609040727""#, None),
        (r#""taxIdentificationNumber": "de136.695.976""#, None),
        (r#""taxIdentificationNumber": "nl 006 375 054 b01""#, None),
        // The VAT id is checked on its own: a German company may have a CZ VAT id.
        (
            r#""taxIdentificationNumber": "CZ25123891", "country": "DE""#,
            None,
        ),
        (r#""taxIdentificationNumber": "CZ25123892""#, Some(VAT)), // check digit
        (r#""taxIdentificationNumber": "GB432525179""#, Some(VAT)), // not an EU prefix
        (r#""taxIdentificationNumber": "25123891""#, Some(VAT)),   // no prefix
        (r#""taxIdentificationNumber": "DK861608073""#, Some(VAT)), // length
        (
            r#""taxIdentificationNumber": 25123891"#,
            Some(r#""taxIdentificationNumber" must be a string"#),
        ),
        (
            r#""taxIdentificationNumber": " ""#,
            Some(r#""taxIdentificationNumber" is not allowed to be empty"#),
        ),
    ];
    check_table("taxIdentificationNumber", &cases);
    let p = valid(&body(r#""taxIdentificationNumber": "de136.695.976""#));
    assert_eq!(
        p.tax_identification_number().map(|v| v.as_str()),
        Some("DE136695976")
    );
    let err = error(&body(r#""taxIdentificationNumber": "CZ25123892""#));
    assert_eq!(err.kind().code(), "string.vatId");
    assert_eq!(
        err.source().map(|s| s.to_string()).as_deref(),
        Some("vat: invalid check digit for prefix 'CZ'")
    );
}

#[test]
fn postal_code_rule() {
    const POSTAL: &str = r#""postalCode" must be a valid postal code"#;
    let long = format!(r#""postalCode": "{}""#, "9".repeat(33));
    let cases: Vec<Case<'_>> = vec![
        (r#""postalCode": "272 01", "country": "CZ""#, None), // S
        (r#""postalCode": "27201", "country": "CZ""#, None),
        (r#""postalCode": "81101", "country": "SK""#, None),
        (r#""postalCode": "01234", "country": "CZ""#, Some(POSTAL)), // CZ: 1-7 first
        (r#""postalCode": "2720A", "country": "CZ""#, Some(POSTAL)),
        (r#""postalCode": "272-01", "country": "CZ""#, Some(POSTAL)),
        (r#""postalCode": "81A 01", "country": "SK""#, Some(POSTAL)),
        (r#""postalCode": "01234", "country": "SK""#, None), // SK: any first digit
        (r#""postalCode": "10115", "country": "DE""#, None),
        (r#""postalCode": "00-950", "country": "PL""#, None),
        (r#""postalCode": "sw1a 1aa", "country": "GB""#, None),
        (r#""postalCode": "01234""#, None), // no country: any non-empty text
        (
            r#""postalCode": "", "country": "CZ""#,
            Some(r#""postalCode" is not allowed to be empty"#),
        ),
        (
            r#""postalCode": 27201, "country": "CZ""#,
            Some(r#""postalCode" must be a string"#),
        ),
        (
            r#""postalCode": "10\u0000115""#,
            Some(r#""postalCode" must not contain control characters"#),
        ),
        (
            &long,
            Some(r#""postalCode" length must be less than or equal to 32 characters long"#),
        ),
    ];
    check_table("postalCode", &cases);
    let p = valid(&body(r#""postalCode": "27201", "country": "CZ""#));
    assert_eq!(p.postal_code().map(|x| x.as_str()), Some("272 01"));
    let p = valid(&body(r#""postalCode": " sw1a  1aa ", "country": "GB""#));
    assert_eq!(p.postal_code().map(|x| x.as_str()), Some("SW1A 1AA"));
    let err = error(&body(r#""postalCode": "01234", "country": "CZ""#));
    assert_eq!(err.kind().code(), "string.postalCode");
    assert_eq!(
        err.source().map(|s| s.to_string()).as_deref(),
        Some("postal code: czech codes start with a digit from 1 to 7")
    );
}

#[test]
fn country_rule() {
    const COUNTRY: &str = r#""country" must be a valid country"#;
    let cases: [Case; 13] = [
        (r#""country": "CZ""#, None),
        (r#""country": "cz""#, None),
        (r#""country": "DEU""#, None),
        (r#""country": "Czechia""#, None),
        (r#""country": "czech republic""#, None),
        (r#""country": " Germany ""#, None),
        (r#""country": "Narnia""#, Some(COUNTRY)),
        (r#""country": "UK""#, Some(COUNTRY)), // not an ISO code (GB is)
        (r#""country": "CS""#, Some(COUNTRY)), // withdrawn
        (r#""country": "Czechoslovakia""#, Some(COUNTRY)),
        (r#""country": "203""#, Some(COUNTRY)), // numeric codes are not accepted
        (
            r#""country": {"code": "CZ"}"#,
            Some(r#""country" must be a string"#),
        ),
        (
            r#""country": """#,
            Some(r#""country" is not allowed to be empty"#),
        ),
    ];
    check_table("country", &cases);
    assert_eq!(
        valid(&body(r#""country": "czech republic""#))
            .country()
            .map(|c| c.as_str()),
        Some("CZ")
    );
    let err = error(&body(r#""country": "Narnia""#));
    assert_eq!(err.kind().code(), "string.country");
    assert_eq!(
        err.source().map(|s| s.to_string()).as_deref(),
        Some("country: unknown country name")
    );
}

/// `companyRegistrationNumber` and `postalCode` precede `country` but depend on it.
#[test]
fn country_is_resolved_first() {
    let cases: [Case; 8] = [
        // A valid country applies to the earlier fields...
        (
            r#""postalCode": "01234", "country": "CZ", "newsletter": "x""#,
            Some(r#""postalCode" must be a valid postal code"#),
        ),
        (
            r#""country": "CZ", "companyRegistrationNumber": "05103110""#,
            Some(r#""companyRegistrationNumber" must be a valid IČO"#),
        ),
        // ...an invalid one is reported at its own position, the earlier fields being
        // checked by the no-country rule (which they pass).
        (
            r#""postalCode": "01234", "country": "Narnia""#,
            Some(r#""country" must be a valid country"#),
        ),
        (
            r#""companyRegistrationNumber": "05103110", "country": "XX""#,
            Some(r#""country" must be a valid country"#),
        ),
        (
            r#""companyRegistrationNumber": "05103110", "country": 203"#,
            Some(r#""country" must be a string"#),
        ),
        (
            r#""companyRegistrationNumber": "05103110", "country": " ""#,
            Some(r#""country" is not allowed to be empty"#),
        ),
        // The last duplicate decides the country, as it decides the field.
        (
            r#""country": "DE", "postalCode": "01234", "country": "CZ""#,
            Some(r#""postalCode" must be a valid postal code"#),
        ),
        (
            r#""country": "CZ", "postalCode": "01234", "country": "DE""#,
            None,
        ),
    ];
    check_table("country dependency", &cases);
    // All-errors mode: with an invalid country only the country is wrong.
    let report = UpdateProfile::from_json_report(
        body(r#""postalCode": "01234", "companyRegistrationNumber": "05103110", "country": "Narnia""#)
            .as_bytes(),
    )
    .unwrap_err();
    assert_eq!(report.len(), 1);
}

#[test]
fn newsletter_rule() {
    const BOOLEAN: &str = r#""newsletter" must be a boolean"#;
    let cases: [Case; 12] = [
        (r#""newsletter": true"#, None),
        (r#""newsletter": false"#, None),
        // Strings are strings here: this API is typed `boolean`, not Joi with `convert`.
        (r#""newsletter": "true""#, Some(BOOLEAN)),
        (r#""newsletter": "FALSE""#, Some(BOOLEAN)),
        (r#""newsletter": "tRuE""#, Some(BOOLEAN)),
        (r#""newsletter": """#, Some(BOOLEAN)), // conformance newsletter-011
        (r#""newsletter": " true""#, Some(BOOLEAN)),
        (r#""newsletter": "yes""#, Some(BOOLEAN)),
        (r#""newsletter": 1"#, Some(BOOLEAN)),
        (r#""newsletter": 0"#, Some(BOOLEAN)),
        (r#""newsletter": null"#, Some(BOOLEAN)),
        (r#""newsletter": [true]"#, Some(BOOLEAN)),
    ];
    check_table("newsletter", &cases);
    // Not sent is not `false`: an update that omits it must not change a stored consent.
    assert_eq!(valid(&body("")).newsletter(), None);
    assert_eq!(
        valid(&body(r#""newsletter": true"#)).newsletter(),
        Some(true)
    );
    assert_eq!(
        valid(&body(r#""newsletter": false"#)).newsletter(),
        Some(false)
    );
    assert_eq!(
        error(&body(r#""newsletter": 1"#)).kind().code(),
        "boolean.base"
    );
}

#[test]
fn primary_locale_rule() {
    const LOCALE: &str = r#""primaryLocale" must be a valid language tag"#;
    let cases: [Case; 11] = [
        (r#""primaryLocale": "cs""#, None), // S
        (r#""primaryLocale": "EN-us""#, None),
        (r#""primaryLocale": "zh-Hant-TW""#, None),
        (r#""primaryLocale": "sr-latn-rs""#, None),
        (r#""primaryLocale": "cs-""#, Some(LOCALE)),
        (r#""primaryLocale": "cs_CZ""#, Some(LOCALE)), // POSIX spelling
        (r#""primaryLocale": "en-US-US""#, Some(LOCALE)),
        (r#""primaryLocale": "qq""#, Some(LOCALE)),
        (r#""primaryLocale": "čeština""#, Some(LOCALE)),
        (
            r#""primaryLocale": """#,
            Some(r#""primaryLocale" is not allowed to be empty"#),
        ),
        (
            r#""primaryLocale": ["cs"]"#,
            Some(r#""primaryLocale" must be a string"#),
        ),
    ];
    check_table("primaryLocale", &cases);
    assert_eq!(
        valid(&body(r#""primaryLocale": "sr-latn-rs""#))
            .primary_locale()
            .map(|l| l.as_str()),
        Some("sr-Latn-RS")
    );
    let err = error(&body(r#""primaryLocale": "cs--CZ""#));
    assert_eq!(err.kind().code(), "string.locale");
    assert_eq!(
        err.source().map(|s| s.to_string()).as_deref(),
        Some("locale: empty subtag at position 4")
    );
}

#[test]
fn groups_rule() {
    let too_many = format!(
        r#""groups": [{}]"#,
        vec![r#""g""#; UpdateProfile::MAX_GROUPS + 1].join(",")
    );
    let at_max = format!(
        r#""groups": [{}]"#,
        (0..UpdateProfile::MAX_GROUPS)
            .map(|i| format!(r#""g{i}""#))
            .collect::<Vec<_>>()
            .join(",")
    );
    let cases: Vec<Case<'_>> = vec![
        (r#""groups": []"#, None),
        (r#""groups": ["vip", "b2b"]"#, None),
        (r#""groups": ["VIP", "vip"]"#, None), // conformance groups-010
        (r#""groups": [[]]"#, Some(r#""groups[0]" must be a string"#)), // S (doc mistake)
        (
            r#""groups": ["vip", []]"#,
            Some(r#""groups[1]" must be a string"#),
        ),
        (
            r#""groups": [null]"#,
            Some(r#""groups[0]" must be a string"#),
        ),
        (r#""groups": [{}]"#, Some(r#""groups[0]" must be a string"#)),
        (r#""groups": [7]"#, Some(r#""groups[0]" must be a string"#)),
        (
            r#""groups": ["a", " "]"#,
            Some(r#""groups[1]" is not allowed to be empty"#),
        ),
        (
            r#""groups": ["a\u0007"]"#,
            Some(r#""groups[0]" must not contain control characters"#),
        ),
        (r#""groups": "vip""#, Some(r#""groups" must be an array"#)),
        (
            r#""groups": {"0": "vip"}"#,
            Some(r#""groups" must be an array"#),
        ), // groups-021
        (r#""groups": null"#, Some(r#""groups" must be an array"#)),
        (
            &too_many,
            Some(r#""groups" must contain less than or equal to 1000 items"#),
        ),
        (&at_max, None),
    ];
    check_table("groups", &cases);

    // Trimmed, collapsed, NFC, then de-duplicated case-sensitively, first occurrence kept.
    let p = valid(&body(
        r#""groups": [" vip ", "VIP", "vip", "early   adopter", "early adopter", "cafe\u0301", "café"]"#,
    ));
    assert_eq!(p.groups(), ["vip", "VIP", "early adopter", "café"]);
    // More than 16 groups take the set path; same answer.
    let many: Vec<String> = (0..40).map(|i| format!("\"g{}\"", i % 20)).collect();
    let p = valid(&body(&format!(r#""groups": [{}]"#, many.join(","))));
    let expected: Vec<String> = (0..20).map(|i| format!("g{i}")).collect();
    assert_eq!(p.groups(), expected.as_slice());
    assert!(!valid(&body("")).groups_sent());
    assert!(valid(&body("")).groups().is_empty());
}

#[test]
fn customer_real_ip_rule() {
    const IP: &str = r#""customerRealIp" must be a valid ip address"#;
    let cases: [Case; 12] = [
        (r#""customerRealIp": "1.1.1.1""#, None),              // S
        (r#""customerRealIp": "2001:4860:4860::8888""#, None), // S
        (r#""customerRealIp": """#, None),                     // S: empty is 127.0.0.1
        (r#""customerRealIp": "   ""#, None),
        (r#""customerRealIp": "localhost""#, None),
        (r#""customerRealIp": "::ffff:1.2.3.4""#, None),
        (r#""customerRealIp": "127.1""#, Some(IP)),
        (r#""customerRealIp": "01.1.1.1""#, Some(IP)),
        (r#""customerRealIp": "fe80::1%eth0""#, Some(IP)),
        (r#""customerRealIp": "1.1.1.1:80""#, Some(IP)),
        (
            r#""customerRealIp": 16843009"#,
            Some(r#""customerRealIp" must be a string"#),
        ),
        (
            r#""customerRealIp": null"#,
            Some(r#""customerRealIp" must be a string"#),
        ),
    ];
    check_table("customerRealIp", &cases);
    for (input, normalized) in [
        ("", "127.0.0.1"),
        ("  ", "127.0.0.1"),
        ("::1", "127.0.0.1"),
        ("0.0.0.0", "127.0.0.1"),
        ("LocalHost", "127.0.0.1"),
        ("2001:DB8::1", "2001:db8::1"),
        ("::ffff:1.2.3.4", "1.2.3.4"),
    ] {
        let p = valid(&body(&format!(r#""customerRealIp": "{input}""#)));
        assert_eq!(
            p.customer_real_ip().map(|ip| ip.as_str()),
            Some(normalized),
            "{input:?}"
        );
    }
    assert_eq!(valid(&body("")).customer_real_ip(), None);
    let err = error(&body(r#""customerRealIp": "1.1.1.1:80""#));
    assert_eq!(err.kind().code(), "string.ip");
    assert_eq!(
        err.source().map(|s| s.to_string()).as_deref(),
        Some("ip: port not allowed")
    );
}

#[test]
fn referral_id_rule() {
    const REFERRAL: &str = r#""referralId" must be a valid referral id"#;
    let cases: [Case; 8] = [
        (r#""referralId": "1cGIHvFoQDGLAbcA""#, None), // S
        (r#""referralId": " 1cGIHvFoQDGLAbcA ""#, None),
        (r#""referralId": "1cGIHvFoQDGLAbc""#, Some(REFERRAL)), // 15
        (r#""referralId": "1cGIHvFoQDGLAbcAx""#, Some(REFERRAL)), // 17
        (r#""referralId": "v4IoMsPNxjZJDo9_""#, Some(REFERRAL)),
        (r#""referralId": "gkRZbyxh OLhyA13""#, Some(REFERRAL)),
        (
            r#""referralId": """#,
            Some(r#""referralId" is not allowed to be empty"#),
        ),
        (
            r#""referralId": 1234567890123456"#,
            Some(r#""referralId" must be a string"#),
        ),
    ];
    check_table("referralId", &cases);
    let err = error(&body(r#""referralId": "1cGIHvFoQDGLAbc""#));
    assert_eq!(err.kind().code(), "string.referralId");
    assert_eq!(
        err.source().map(|s| s.to_string()).as_deref(),
        Some("referral id: expected 16 characters, got 15")
    );
}

// ----- The body as a whole: JSON, unknown keys, order -----

#[test]
fn body_level_errors() {
    let cases: [(&[u8], &str); 9] = [
        (b"", r#""value" must be valid JSON (line 1, column 1)"#),
        (b"[]", r#""value" must be of type object"#),
        (b"null", r#""value" must be of type object"#),
        (br#""jan@barasek.com""#, r#""value" must be of type object"#),
        (
            br#"{"email": "jan@barasek.com",}"#,
            r#""value" must be valid JSON (line 1, column 29)"#,
        ),
        (
            b"{\"email\": \"jan@barasek.com\"}\n{}",
            r#""value" must be valid JSON (line 2, column 1)"#,
        ),
        (
            b"{\"email\": \"jan\xff@barasek.com\"}",
            r#""value" must be valid JSON (line 1, column 15)"#,
        ),
        (
            b"{'email': 'jan@barasek.com'}",
            r#""value" must be valid JSON (line 1, column 2)"#,
        ),
        (
            br#"{"email": "jan@barasek.com", "x": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"#,
            r#""value" must not be nested more than 32 levels deep"#,
        ),
    ];
    for (text, message) in cases {
        let err = UpdateProfile::from_json(text).unwrap_err();
        assert_eq!(err.message(), message, "{}", String::from_utf8_lossy(text));
        assert!(err.path().is_empty());
    }
}

#[test]
fn unknown_keys() {
    let cases: [(&str, &str); 9] = [
        (r#"{"emial": "jan@barasek.com"}"#, r#""email" is required"#), // conformance body-007
        (&body(r#""emial": "x""#), r#""emial" is not allowed"#),
        (&body(r#""Email": "x""#), r#""Email" is not allowed"#), // keys are case-sensitive
        (&body(r#""b": 1, "a": 2"#), r#""b" is not allowed"#),
        (&body(r#""z": 1, "10": 2, "2": 3"#), r#""2" is not allowed"#), // JS: indices first
        (&body(r#""z": 1, "01": 2"#), r#""z" is not allowed"#),         // "01" is no index
        (&body(r#""": 1"#), r#""value" is not allowed"#),               // Joi's label for ""
        (
            &body(r#""__proto__": {"name": "x"}"#),
            r#""__proto__" is not allowed"#,
        ),
        (
            &body(r#""apiKey": "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE""#),
            r#""apiKey" is not allowed"#,
        ),
    ];
    for (text, message) in cases {
        assert_eq!(error(text).message(), message, "{text}");
    }
    // Schema errors come before unknown keys, wherever the unknown key stands.
    assert_eq!(
        error(r#"{"x": 1, "email": "jan@", "y": 2}"#).message(),
        r#""email" must be a valid email"#
    );
    assert_eq!(
        error(&body(r#""x": 1, "referralId": "short""#)).message(),
        r#""referralId" must be a valid referral id"#
    );
    let err = error(&body(r#""emial": "x""#));
    assert_eq!(err.kind(), ValidationErrorKind::UnknownKey);
    assert!(err.source().is_none());
}

#[test]
fn duplicate_keys_last_wins() {
    assert!(UpdateProfile::from_json(br#"{"email": "jan@", "email": "jan@barasek.com"}"#).is_ok());
    assert_eq!(
        error(r#"{"email": "jan@barasek.com", "email": "jan@"}"#).message(),
        r#""email" must be a valid email"#
    );
    let p = valid(&body(r#""city": "A", "city": "B""#));
    assert_eq!(p.city(), Some("B"));
    // A repeated unknown key is reported once, at its first position.
    let report =
        UpdateProfile::from_json_report(body(r#""x": 1, "y": 2, "x": 3"#).as_bytes()).unwrap_err();
    let labels: Vec<String> = report.iter().map(|e| e.path().to_string()).collect();
    assert_eq!(labels, ["x", "y"]);
}

#[test]
fn errors_follow_schema_order() {
    // Each body has two errors; the earlier schema key wins whatever the text order.
    let cases: [(&str, &str); 5] = [
        (
            r#"{"referralId": "x", "email": "jan@"}"#,
            r#""email" must be a valid email"#,
        ),
        (
            r#"{"email": "a@b.cz", "phone": "1", "name": 1}"#,
            r#""name" must be a string"#,
        ),
        (
            r#"{"email": "a@b.cz", "groups": [1], "newsletter": "x"}"#,
            r#""newsletter" must be a boolean"#,
        ),
        (
            r#"{"email": "a@b.cz", "customerRealIp": "x", "primaryLocale": "x"}"#,
            r#""primaryLocale" must be a valid language tag"#,
        ),
        (
            r#"{"email": "a@b.cz", "stateRegion": 1, "taxIdentificationNumber": "x"}"#,
            r#""taxIdentificationNumber" must be a valid VAT number"#,
        ),
    ];
    for (text, message) in cases {
        assert_eq!(error(text).message(), message, "{text}");
    }
}

// ----- All-errors mode -----

#[test]
fn report_lists_every_error_in_order() {
    let text = r#"{
        "zzz": 1, "name": "", "email": "jan@", "phone": "777", "groups": ["a", 1, " "],
        "country": "XX", "postalCode": "01234", "newsletter": "no", "0": true,
        "customerRealIp": "1.2.3", "referralId": 7, "lastName": "a\u0000"
    }"#;
    let report = UpdateProfile::from_json_report(text.as_bytes()).unwrap_err();
    let messages: Vec<&str> = report.iter().map(|e| e.message()).collect();
    assert_eq!(
        messages,
        [
            r#""email" must be a valid email"#,
            r#""name" is not allowed to be empty"#,
            r#""lastName" must not contain control characters"#,
            r#""phone" must be a valid phone number"#,
            r#""country" must be a valid country"#,
            r#""newsletter" must be a boolean"#,
            r#""groups[1]" must be a string"#,
            r#""groups[2]" is not allowed to be empty"#,
            r#""customerRealIp" must be a valid ip address"#,
            r#""referralId" must be a string"#,
            r#""0" is not allowed"#,
            r#""zzz" is not allowed"#,
        ]
    );
    assert_eq!(report.first(), &error(text));
    let codes: Vec<&str> = report.iter().map(|e| e.kind().code()).collect();
    assert_eq!(
        codes,
        [
            "string.email",
            "string.empty",
            "string.controlChars",
            "string.phoneNumber",
            "string.country",
            "boolean.base",
            "string.base",
            "string.empty",
            "string.ip",
            "string.base",
            "object.unknown",
            "object.unknown",
        ]
    );
    assert!(report.to_string().starts_with(
        r#"ValidationError: "email" must be a valid email. "name" is not allowed to be empty. "#
    ));

    let with = UpdateProfile::from_json_with(text.as_bytes(), &Options::new().abort_early(false));
    assert_eq!(with.unwrap_err(), report);
    let early = UpdateProfile::from_json_with(text.as_bytes(), &Options::new()).unwrap_err();
    assert_eq!(early.len(), 1);

    // A required key missing is one error among the others.
    let report = UpdateProfile::from_json_report(br#"{"city": 1}"#).unwrap_err();
    let messages: Vec<&str> = report.iter().map(|e| e.message()).collect();
    assert_eq!(
        messages,
        [r#""email" is required"#, r#""city" must be a string"#]
    );
    // A body that is not an object, or not JSON, is a single error.
    assert_eq!(
        UpdateProfile::from_json_report(b"[1]").unwrap_err().len(),
        1
    );
    assert_eq!(UpdateProfile::from_json_report(b"{").unwrap_err().len(), 1);
}

#[test]
fn options_limits() {
    let text = body(r#""city": "Kladno""#);
    let exact = Options::new().max_body_bytes(text.len());
    assert!(UpdateProfile::from_json_with(text.as_bytes(), &exact).is_ok());
    let short = Options::new().max_body_bytes(text.len() - 1);
    let report = UpdateProfile::from_json_with(text.as_bytes(), &short).unwrap_err();
    assert_eq!(
        report.first().kind(),
        ValidationErrorKind::TooLarge {
            limit: text.len() - 1
        }
    );
    let big = body(&format!(r#""city": "{}""#, "a".repeat(1024 * 1024)));
    assert_eq!(
        error(&big).message(),
        r#""value" must be less than or equal to 1048576 bytes"#
    );
    assert_eq!(
        Options::new().max_depth(usize::MAX),
        Options::new().max_depth(Options::DEPTH_CAP)
    );
    let deep = body(r#""groups": ["a"]"#);
    let one = Options::new().max_depth(1);
    assert_eq!(
        UpdateProfile::from_json_with(deep.as_bytes(), &one)
            .unwrap_err()
            .first()
            .message(),
        r#""value" must not be nested more than 1 levels deep"#
    );
}

// ----- Requests: the API key and the body -----

const KEY: &str = "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE";
const OTHER: &str = "DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q";

#[test]
fn requests_tell_key_errors_from_body_errors() {
    let good = body("");
    let query = format!("apiKey={KEY}");
    let bearer = format!("Bearer {KEY}");
    let other = format!("Bearer {OTHER}");
    type Row<'a> = (
        Option<&'a str>,
        Option<&'a str>,
        &'a str,
        Result<(), (u16, &'a str)>,
    );
    let rows: Vec<Row> = vec![
        (Some(&query), None, &good, Ok(())),
        (None, Some(&bearer), &good, Ok(())),
        (Some(&query), Some(&bearer), &good, Ok(())),
        (Some("page=2"), Some(&bearer), &good, Ok(())),
        (
            None,
            None,
            &good,
            Err((
                401,
                "api key: missing (send the 'apiKey' query parameter or a bearer token)",
            )),
        ),
        (
            Some(&query),
            Some(&other),
            &good,
            Err((
                401,
                "api key: query parameter and bearer token hold different keys",
            )),
        ),
        (
            Some("apiKey="),
            None,
            &good,
            Err((401, "api key: empty query parameter 'apiKey'")),
        ),
        (
            None,
            Some("Basic dXNlcjpwYXNz"),
            &good,
            Err((401, "api key: authorization scheme is not 'Bearer'")),
        ),
        // The key is checked first: a bad key with a bad body is a 401.
        (
            Some("apiKey=PROD123"),
            None,
            "not json",
            Err((401, "api key: expected 32 characters, got 7")),
        ),
        (
            Some(&query),
            None,
            r#"{"emial": "jan@barasek.com"}"#,
            Err((400, r#"ValidationError: "email" is required"#)),
        ),
        (
            None,
            Some(&bearer),
            "",
            Err((
                400,
                r#"ValidationError: "value" must be valid JSON (line 1, column 1)"#,
            )),
        ),
    ];
    for (query, authorization, text, expected) in rows {
        let got = UpdateProfile::from_request(query, authorization, text.as_bytes())
            .map(|_| ())
            .map_err(|e| (e.status(), e.to_string()));
        let expected = expected.map_err(|(status, message)| (status, message.to_owned()));
        assert_eq!(got, expected, "{query:?} {authorization:?} {text}");
    }
}

#[test]
fn request_error_variants_and_sources() {
    let err = UpdateProfile::from_request(None, None, b"{}").unwrap_err();
    assert_eq!(err, RequestError::Unauthorized(ApiKeyError::Missing));
    assert_eq!(
        err.source().map(|s| s.to_string()),
        Some(ApiKeyError::Missing.to_string())
    );
    let query = format!("apiKey={KEY}");
    let err = UpdateProfile::from_request(Some(&query), None, b"{}").unwrap_err();
    let RequestError::InvalidBody(inner) = &err else {
        panic!("{err:?}");
    };
    assert_eq!(inner.kind(), ValidationErrorKind::Required);
    assert_eq!(err.source().map(|s| s.to_string()), Some(inner.to_string()));
    // Conversions for handlers that use `?` on the two halves.
    assert_eq!(RequestError::from(ApiKeyError::Missing).status(), 401);
    assert_eq!(RequestError::from(inner.clone()).status(), 400);
    // No key material in any message or debug output.
    let bad = format!("apiKey={}", &KEY[..31]);
    let err = UpdateProfile::from_request(Some(&bad), None, b"{}").unwrap_err();
    assert!(!err.to_string().contains(&KEY[4..31]));
    assert!(!format!("{err:?}").contains(&KEY[4..31]));
}

// ----- Serialization -----

#[test]
fn serialization_leaves_out_absent_fields() {
    assert_eq!(
        to_json(&valid(r#"{"email": "a@b.cz"}"#)),
        r#"{"email":"a@b.cz"}"#
    );
    assert_eq!(
        to_json(&valid(
            r#"{"email": "a@b.cz", "groups": [], "newsletter": true}"#
        )),
        r#"{"email":"a@b.cz","newsletter":true,"groups":[]}"#
    );
    // Keys come out in schema order whatever the input order; values canonical.
    let p = valid(
        r#"{"referralId": "1cGIHvFoQDGLAbcA", "customerRealIp": "", "country": "deu",
            "companyRegistrationNumber": "HRB 1", "email": "A@B.CZ", "primaryLocale": "DE-de"}"#,
    );
    assert_eq!(
        to_json(&p),
        r#"{"email":"a@b.cz","companyRegistrationNumber":"HRB 1","country":"DE","primaryLocale":"de-DE","customerRealIp":"127.0.0.1","referralId":"1cGIHvFoQDGLAbcA"}"#
    );
    let again = valid(&to_json(&p));
    assert_eq!(again, p);
    // Text with quotes and tabs is escaped properly.
    let p = valid(&body(r#""companyName": "\"Biz\"\tKit\\Hub""#));
    assert_eq!(p.company_name(), Some("\"Biz\" Kit\\Hub"));
    assert_eq!(valid(&to_json(&p)), p);
}

#[test]
fn value_traits() {
    fn assert_traits<T: Send + Sync + Clone + std::fmt::Debug + Eq + std::hash::Hash>() {}
    assert_traits::<UpdateProfile>();
    fn assert_error<T: std::error::Error + Send + Sync + 'static>() {}
    assert_error::<RequestError>();
    let p = valid(&body(r#""city": "Kladno""#));
    assert!(format!("{p:?}").contains("Kladno"));
}

// ----- Properties -----

/// Any JSON value, nested a few levels.
fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|n| json!(n)),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("email".to_owned()),
                        Just("groups".to_owned()),
                        Just("country".to_owned()),
                        Just("postalCode".to_owned()),
                        ".{0,6}"
                    ],
                    inner
                ),
                0..4
            )
            .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// Bodies that are often valid: each field absent, valid or invalid.
fn arb_body() -> impl Strategy<Value = String> {
    fn opt(choices: &'static [&'static str]) -> impl Strategy<Value = Option<Value>> {
        prop::option::of(prop::sample::select(choices).prop_map(|s| json!(s)))
    }
    let text = prop::option::of(prop_oneof![
        "[a-zA-Z áčřšžé\t]{0,12}".prop_map(Value::String),
        Just(json!("Bara\u{301}s\u{30c}ek")),
        Just(json!(" O'Brien  & Co. ")),
        Just(json!(7)),
    ]);
    let email = prop_oneof![
        Just(json!("jan@barasek.com")),
        Just(json!(" Jan@Barasek.COM ")),
        Just(json!("jan@bücher.de")),
        Just(json!("x@@y")),
    ];
    let groups = prop::option::of(
        prop::collection::vec(
            prop_oneof![
                "[a-zA-Z ]{0,6}".prop_map(Value::String),
                Just(json!("cafe\u{301}")),
                Just(json!("café")),
            ],
            0..5,
        )
        .prop_map(Value::Array),
    );
    let newsletter = prop::option::of(prop_oneof![
        any::<bool>().prop_map(Value::Bool),
        Just(json!("TRUE")),
        Just(json!("false")),
        Just(json!("yes")),
    ]);
    (
        (
            email,
            text.clone(),
            text.clone(),
            opt(&["+420 777123456", "+1 201-555-0123", "777123456", ""]),
            opt(&["05103118", "051 03 118", "05103110", "HRB  12345"]),
            opt(&["CZ9609040727", "de136.695.976", "CZ25123892"]),
        ),
        (
            text,
            opt(&["27201", "272 01", "01234", "sw1a 1aa", "81101"]),
            opt(&["CZ", "sk", "DEU", "Germany", "Narnia", "GB"]),
            newsletter,
            opt(&["cs", "EN-us", "sr-latn-rs", "cs-"]),
            groups,
            opt(&["", "1.1.1.1", "::ffff:1.2.3.4", "2001:DB8::1", "127.1"]),
            opt(&["1cGIHvFoQDGLAbcA", "short"]),
        ),
    )
        .prop_map(
            |(
                (email, name, first, phone, reg, vat),
                (city, postal, country, news, locale, groups, ip, referral),
            )| {
                let members = [
                    ("email", Some(email)),
                    ("name", name),
                    ("firstName", first),
                    ("phone", phone),
                    ("companyRegistrationNumber", reg),
                    ("taxIdentificationNumber", vat),
                    ("city", city),
                    ("postalCode", postal),
                    ("country", country),
                    ("newsletter", news),
                    ("primaryLocale", locale),
                    ("groups", groups),
                    ("customerRealIp", ip),
                    ("referralId", referral),
                ];
                let inner: Vec<String> = members
                    .into_iter()
                    .filter_map(|(k, v)| v.map(|v| format!("{}:{v}", json!(k))))
                    .collect();
                format!("{{{}}}", inner.join(","))
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn prop_no_panic_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..128)) {
        let _ = UpdateProfile::from_json(&bytes);
        let _ = UpdateProfile::from_json_report(&bytes);
        let mut text = br#"{"email":"jan@barasek.com","groups":["#.to_vec();
        text.extend_from_slice(&bytes);
        let _ = UpdateProfile::from_json(&text);
    }

    #[test]
    fn prop_no_panic_on_arbitrary_json(value in arb_json()) {
        let text = value.to_string();
        let first = UpdateProfile::from_json(text.as_bytes());
        let report = UpdateProfile::from_json_report(text.as_bytes());
        prop_assert_eq!(report.as_ref().map_err(Report::first), first.as_ref());
        // Every member of an arbitrary object next to a valid email.
        if let Value::Object(map) = &value {
            for (k, v) in map {
                let member = format!("{{\"email\":\"jan@barasek.com\",{}:{v}}}", json!(k));
                let _ = UpdateProfile::from_json(member.as_bytes());
            }
        }
    }

    #[test]
    fn prop_no_panic_on_arbitrary_field_text(key in prop::sample::select(&[
        "email", "name", "phone", "companyRegistrationNumber", "taxIdentificationNumber",
        "postalCode", "country", "newsletter", "primaryLocale", "customerRealIp", "referralId",
    ][..]), value in "\\PC{0,40}", country in prop::sample::select(&["CZ", "SK", "DE", "XX"][..])) {
        let text = json!({"email": "jan@barasek.com", key: value, "country": country}).to_string();
        if let Ok(p) = UpdateProfile::from_json(text.as_bytes()) {
            let json = serde_json::to_string(&p).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(UpdateProfile::from_json(json.as_bytes()), Ok(p));
        }
    }

    #[test]
    fn prop_first_error_leads_the_report(text in arb_body()) {
        let first = UpdateProfile::from_json(text.as_bytes());
        let report = UpdateProfile::from_json_report(text.as_bytes());
        prop_assert_eq!(report.as_ref().map_err(Report::first), first.as_ref());
    }

    #[test]
    fn prop_valid_output_revalidates_to_itself(text in arb_body()) {
        if let Ok(p) = UpdateProfile::from_json(text.as_bytes()) {
            let json = serde_json::to_string(&p).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let again = UpdateProfile::from_json(json.as_bytes());
            prop_assert_eq!(again.as_ref(), Ok(&p), "{}", json);
            let json_again = serde_json::to_string(&p).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(json_again, json);
        }
    }

    #[test]
    fn prop_free_text_is_idempotent(name in "\\PC{1,40}") {
        let text = json!({"email": "jan@barasek.com", "name": name}).to_string();
        if let Ok(p) = UpdateProfile::from_json(text.as_bytes()) {
            let once = p.name().unwrap_or_default().to_owned();
            let again = json!({"email": "jan@barasek.com", "name": once}).to_string();
            let p2 = UpdateProfile::from_json(again.as_bytes());
            prop_assert_eq!(p2.as_ref().map(|p| p.name()), Ok(Some(once.as_str())));
        }
    }
}

#[test]
fn text_limits_count_utf16_code_units_like_the_bik_model() {
    // 0.2: one free-text rule for both models. An emoji is two UTF-16 code units, as
    // JavaScript's `length` and an HTML `maxlength` count it.
    let limit = UpdateProfile::MAX_TEXT_LENGTH;
    let fits = "😀".repeat(limit / 2);
    let over = format!("{fits}x");
    let ok =
        UpdateProfile::from_json(format!(r#"{{"email":"a@b.cz","city":"{fits}"}}"#).as_bytes());
    assert_eq!(ok.map(|p| p.city().map(str::len)), Ok(Some(fits.len())));
    let err =
        UpdateProfile::from_json(format!(r#"{{"email":"a@b.cz","city":"{over}"}}"#).as_bytes())
            .unwrap_err();
    assert_eq!(
        err.message(),
        format!(r#""city" length must be less than or equal to {limit} characters long"#)
    );
    // Decomposed input is counted after NFC, as before.
    let composed = "e\u{301}".repeat(limit);
    assert!(UpdateProfile::from_json(
        format!(r#"{{"email":"a@b.cz","city":"{composed}"}}"#).as_bytes()
    )
    .is_ok());
}
