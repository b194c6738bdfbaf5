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
