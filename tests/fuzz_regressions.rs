//! Regression tests for the crashes the fuzz targets in `fuzz/` found, one per crash,
//! each with a sentence about the bug (the habit of regex's `tests/fuzz/mod.rs`).

use contactkit::{IntlPhone, PhoneType, Region};

/// `phone_roundtrip` found a number whose canonical text did not parse back: the
/// Belarusian premium-rate number `8 810 955 1111` (region BY) is `+375 8109551111`, but
/// libphonenumber strips the national prefix `8` from international input too, so that
/// text read as `+375 109551111`, which is not valid (python-phonenumbers 9.0.43 does the
/// same). International input now keeps the digits as written when they are a valid
/// number and the stripped ones are not.
#[test]
fn phone_canonical_text_starting_with_the_national_prefix_reads_back() {
    let phone =
        IntlPhone::parse_with_region("881-09551-111", Region::parse("BY").unwrap()).unwrap();
    assert_eq!(phone.as_str(), "+375 8109551111");
    assert_eq!(phone.number_type(), PhoneType::PremiumRate);
    assert_eq!(IntlPhone::parse(phone.as_str()), Ok(phone.clone()));
    assert_eq!(IntlPhone::parse(&phone.e164()), Ok(phone.clone()));
    assert_eq!(
        IntlPhone::parse_with_region(phone.as_str(), Region::parse("US").unwrap()),
        Ok(phone)
    );
    // Where the stripped digits are valid, libphonenumber's reading still wins.
    assert_eq!(
        IntlPhone::parse("+44 (0)20 7946 0000").unwrap().as_str(),
        "+44 2079460000"
    );
}

/// `user_properties_request_roundtrip` found a body the stream and the whole-body reader
/// answered differently: a top-level value starting with a NUL byte. The stream scans a
/// top-level value up to a sentinel closer, the byte 0, so it stopped at the NUL, called
/// the body finished and never read the invalid UTF-8 after it; the whole-body reader
/// reports invalid UTF-8 first (column 6), the stream reported the NUL (column 1). It now
/// reads the rest of the body whenever the scan stops early.
#[cfg(feature = "models")]
#[test]
fn a_stream_starting_with_nul_still_checks_the_rest_for_utf8() {
    use crate::support::Trickle;
    use contactkit::user_properties::{BodyError, BulkOutcome, Options};

    let body: &[u8] = &[0, 0, 2, 32, 5, 148, 255, 170, 91, 93];
    let whole = BulkOutcome::from_json(body).unwrap_err();
    assert_eq!(
        whole.message(),
        r#""value" must be valid JSON (line 1, column 6)"#
    );
    for step in 1..=body.len() {
        match BulkOutcome::from_reader(Trickle { bytes: body, step }, &Options::new()) {
            Err(BodyError::Invalid { error, .. }) => assert_eq!(error, whole, "step {step}"),
            other => panic!("step {step}: {other:?}"),
        }
    }
    // A NUL then only valid UTF-8: the NUL is the error.
    let err = BulkOutcome::from_reader(
        Trickle {
            bytes: b"\0 [1,2]",
            step: 1,
        },
        &Options::new(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"ValidationError: "value" must be valid JSON (line 1, column 1)"#
    );
}

/// `user_properties_request_roundtrip` then found `{"us` + form feed + NULs: a body key
/// cut off by the end of the input. The whole-body reader stops at the first control
/// byte inside the key (column 5); the stream reported the end of the input (column 13).
/// A cut-off key is now read for its first error like any other text.
#[cfg(feature = "models")]
#[test]
fn a_cut_off_key_reports_its_first_bad_byte() {
    use crate::support::Trickle;
    use contactkit::user_properties::{BodyError, BulkOutcome, Options};

    for body in [
        &b"{\"us\x0c\0\0\0\0\0\0\0\0"[..],
        b"{\"userProperties\":[], \"a\\q",
        b"{\"ab",
    ] {
        let whole = BulkOutcome::from_json(body).unwrap_err();
        for step in 1..=body.len() {
            match BulkOutcome::from_reader(Trickle { bytes: body, step }, &Options::new()) {
                Err(BodyError::Invalid { error, .. }) => assert_eq!(error, whole, "step {step}"),
                other => panic!("step {step}: {other:?}"),
            }
        }
    }
}
