//! `ReferralId::parse`: the printed form is a fixed point and is 16 ASCII alphanumerics.
#![no_main]

mod common;

use common::ensure;
use contactkit::ReferralId;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(id) = common::text_newtype(
        data,
        text,
        "referral id",
        ReferralId::parse,
        ReferralId::as_str,
    ) {
        let printed = id.as_str();
        ensure!(
            printed.len() == 16 && printed.bytes().all(|b| b.is_ascii_alphanumeric()),
            "an accepted id is not 16 ASCII letters and digits",
            printed,
            data
        );
        ensure!(
            text.trim() == printed,
            "an id was changed beyond trimming",
            printed,
            data
        );
    }
});
