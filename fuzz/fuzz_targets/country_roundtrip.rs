//! `Country::parse`: alpha-2, alpha-3, the name and their case variants all name the same
//! country, and the alpha-2 code is the printed form.
#![no_main]

mod common;

use common::{ensure, fail};
use contactkit::Country;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(country) = common::text_newtype(data, text, "country", Country::parse, |c| c.as_str())
    else {
        return;
    };
    let printed = country.as_str();
    for spelling in [
        country.alpha2().to_lowercase(),
        country.alpha3().to_string(),
        country.alpha3().to_lowercase(),
        country.name().to_string(),
        country.name().to_uppercase(),
    ] {
        match Country::parse(&spelling) {
            Ok(again) => ensure!(
                again == country,
                "another spelling of the country parses to another country",
                (printed, &spelling, again),
                data
            ),
            Err(e) => fail(
                "another spelling of the country is rejected",
                &(printed, &spelling, e),
                data,
            ),
        }
    }
    ensure!(
        country.numeric() > 0 && country.numeric() < 1000,
        "numeric code out of range",
        (printed, country.numeric()),
        data
    );
});
