//! `PostalCode::parse` and `PostalCode::parse_for`: the normalized code is a fixed point
//! for its country, CZ/SK codes are `NNN NN`, and nothing exceeds `MAX_CHARS`.
//!
//! Input: one byte that picks the country (or none), then the code.
#![no_main]

mod common;

use common::{ensure, fail};
use contactkit::{Country, PostalCode};
use libfuzzer_sys::fuzz_target;

/// No country, the two with a rule, and a few without one.
const COUNTRIES: [Option<&str>; 6] = [
    None,
    Some("CZ"),
    Some("SK"),
    Some("DE"),
    Some("US"),
    Some("GB"),
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let country =
        COUNTRIES[usize::from(pick) % COUNTRIES.len()].and_then(|c| Country::parse(c).ok());

    // Without a country: `parse` is `parse_for(_, None)`.
    let plain = common::text_newtype(
        data,
        text,
        "postal code",
        PostalCode::parse,
        PostalCode::as_str,
    );
    ensure!(
        PostalCode::parse_for(text, None).ok() == plain,
        "parse and parse_for(None) disagree",
        &plain,
        data
    );
    let parse_for = |s: &str| PostalCode::parse_for(s, country);
    let Some(code) = common::text_newtype(data, text, "postal code", parse_for, PostalCode::as_str)
    else {
        return;
    };
    let printed = code.as_str();
    ensure!(
        printed.chars().count() <= PostalCode::MAX_CHARS && !printed.is_empty(),
        "an accepted code is empty or longer than MAX_CHARS",
        printed,
        data
    );
    ensure!(
        printed == printed.trim()
            && !printed.contains("  ")
            && !printed
                .chars()
                .any(|c| c.is_control() || (c.is_whitespace() && c != ' ')),
        "an accepted code is not trimmed, collapsed and free of controls",
        printed,
        data
    );
    if let Some(c @ ("CZ" | "SK")) = country.map(Country::alpha2) {
        let b = printed.as_bytes();
        ensure!(
            b.len() == 6
                && b[3] == b' '
                && b.iter()
                    .enumerate()
                    .all(|(i, d)| i == 3 || d.is_ascii_digit()),
            "a CZ/SK code is not NNN NN",
            (c, printed),
            data
        );
    }
    // A code valid for a country is valid text for no country.
    match PostalCode::parse(printed) {
        Ok(_) => {}
        Err(e) => fail(
            "a code valid for its country is rejected without one",
            &(printed, e),
            data,
        ),
    }
});
