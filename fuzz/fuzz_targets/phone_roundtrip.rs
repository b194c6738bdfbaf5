//! `IntlPhone::parse` and `IntlPhone::parse_with_region`: the canonical form and the E.164
//! form read back to the same number, with or without a default region, and a number in
//! `+` form is read the same whatever the region.
//!
//! Input: two bytes that pick the default region, then the number. With the high bit of
//! the first byte clear they map to two letters (most pairs are not regions, about a third
//! are); with it set the raw bytes are the region, to reach the `UnknownRegion` path of
//! `Region::parse` (a parsed `Region` never makes `parse_with_region` fail).
#![no_main]

mod common;

use common::{ensure, fail};
use contactkit::{IntlPhone, PhoneError, Region};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (region, rest) = match data {
        [a, b, rest @ ..] if a & 0x80 == 0 => (
            String::from_iter([char::from(b'A' + a % 26), char::from(b'a' + b % 26)]),
            rest,
        ),
        [a, b, rest @ ..] => (String::from_utf8_lossy(&[*a, *b]).into_owned(), rest),
        _ => return,
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let strict = common::text_newtype(data, text, "phone", IntlPhone::parse, IntlPhone::as_str);
    if let Some(phone) = &strict {
        check_accepted(phone, data);
    }
    let parsed_region = Region::parse(&region);
    if let Ok(r) = parsed_region {
        ensure!(
            r.as_str().eq_ignore_ascii_case(&region) && Region::parse(r.as_str()) == Ok(r),
            "a region does not read back from its code",
            (&region, r),
            data
        );
    }
    let with_region = parsed_region.and_then(|r| IntlPhone::parse_with_region(text, r));
    match (&with_region, &strict) {
        (Err(PhoneError::UnknownRegion), _) => ensure!(
            parsed_region.is_err(),
            "parse_with_region rejected a parsed region",
            (&region, &with_region),
            data
        ),
        (Err(PhoneError::MissingPlus), _) => fail(
            "parse_with_region reported a missing '+'",
            &(&region, &with_region),
            data,
        ),
        (Err(e), _) => common::newtype_error(e, "phone", data),
        (Ok(phone), _) => {
            check_accepted(phone, data);
            let again = parsed_region.and_then(|r| IntlPhone::parse_with_region(phone.as_str(), r));
            match again {
                Ok(again) => ensure!(
                    &again == phone,
                    "the printed form reads differently with the region",
                    (phone.as_str(), &region, again),
                    data
                ),
                Err(e) => fail(
                    "the printed form is rejected with the region",
                    &(phone.as_str(), &region, e),
                    data,
                ),
            }
        }
    }
    // A number `parse` accepts is in `+` form, which any known region reads the same way.
    if let Some(phone) = &strict {
        if with_region != Err(PhoneError::UnknownRegion) {
            ensure!(
                with_region.as_ref() == Ok(phone),
                "a number in + form reads differently with a default region",
                (phone.as_str(), &region, &with_region),
                data
            );
        }
    }
});

/// What holds for every accepted number.
fn check_accepted(phone: &IntlPhone, data: &[u8]) {
    let printed = phone.as_str();
    let code = phone.country_code();
    let nsn = phone.national_number();
    ensure!(
        printed == format!("+{code} {nsn}") && phone.e164() == format!("+{code}{nsn}"),
        "the canonical and E.164 forms disagree with their parts",
        (printed, phone.e164(), code, nsn),
        data
    );
    ensure!(
        nsn.bytes().all(|b| b.is_ascii_digit()) && !nsn.is_empty() && nsn.len() <= 17,
        "the national number is not 1 to 17 digits",
        printed,
        data
    );
    for (what, spelling) in [("as_str", printed.to_string()), ("e164", phone.e164())] {
        match IntlPhone::parse(&spelling) {
            Ok(again) => ensure!(
                &again == phone
                    && again.number_type() == phone.number_type()
                    && again.region() == phone.region(),
                "a printed form parses to another number",
                (what, &spelling, again),
                data
            ),
            Err(e) => fail("a printed form is rejected", &(what, &spelling, e), data),
        }
    }
}
