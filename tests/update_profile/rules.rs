//! One table per rule: (members after a valid email, expected error).

use super::*;

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
