//! `Ico::parse`: eight digits with a valid check digit, a fixed point, readable with the
//! separators people type.
#![no_main]

mod common;

use common::{ensure, fail};
use contactkit::Ico;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(ico) = common::text_newtype(data, text, "ico", Ico::parse, Ico::as_str) else {
        return;
    };
    let printed = ico.as_str();
    ensure!(
        printed.len() == 8 && printed.bytes().all(|b| b.is_ascii_digit()),
        "an accepted IČO is not eight digits",
        printed,
        data
    );
    let spaced = format!(
        "{} {}\u{a0}{}",
        &printed[..3],
        &printed[3..5],
        &printed[5..]
    );
    match Ico::parse(&spaced) {
        Ok(again) => ensure!(
            again == ico,
            "a spaced IČO parses to another one",
            (printed, again),
            data
        ),
        Err(e) => fail("a spaced IČO is rejected", &(printed, &spaced, e), data),
    }
});
