//! Requests (the API key and the body) and serialization.

use super::*;

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
