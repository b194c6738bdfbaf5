//! `Locale::parse`: canonical case is a fixed point and any other case reads the same.
#![no_main]

mod common;

use common::{ensure, fail};
use contactkit::Locale;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(locale) = common::text_newtype(data, text, "locale", Locale::parse, Locale::as_str)
    else {
        return;
    };
    let printed = locale.as_str();
    ensure!(
        printed.eq_ignore_ascii_case(text.trim()),
        "the canonical tag differs from the input in more than case",
        printed,
        data
    );
    for spelling in [printed.to_ascii_uppercase(), printed.to_ascii_lowercase()] {
        match Locale::parse(&spelling) {
            Ok(again) => ensure!(
                again == locale,
                "a case variant parses to another tag",
                (printed, &spelling, again),
                data
            ),
            Err(e) => fail("a case variant is rejected", &(printed, &spelling, e), data),
        }
    }
    ensure!(
        printed.starts_with(locale.language()),
        "the tag does not start with its language",
        (printed, locale.language()),
        data
    );
});
