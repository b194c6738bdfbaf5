//! `VatId::parse`: the compact form is a fixed point, splits into prefix and number, and
//! reads the same with the separators people type.
#![no_main]

mod common;

use common::{ensure, fail};
use contactkit::VatId;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(vat) = common::text_newtype(data, text, "vat", VatId::parse, VatId::as_str) else {
        return;
    };
    let printed = vat.as_str();
    ensure!(
        format!("{}{}", vat.country_prefix(), vat.number()) == printed
            && vat.country_prefix().len() == 2
            && printed
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'+' || b == b'*'),
        "the compact form is not prefix + upper-case number",
        (printed, vat.country_prefix(), vat.number()),
        data
    );
    // Lower case and a space after the prefix are the commonest pasted forms.
    let typed = format!(
        " {} {} ",
        vat.country_prefix().to_lowercase(),
        vat.number().to_lowercase()
    );
    match VatId::parse(&typed) {
        Ok(again) => ensure!(
            again == vat,
            "a typed spelling parses to another id",
            (printed, &typed, again),
            data
        ),
        Err(e) => fail("a typed spelling is rejected", &(printed, &typed, e), data),
    }
});
