//! `CanonicalEmail::parse`: the canonical form is a fixed point, the A-label spelling
//! denotes the same address, and the dedup key is a valid address whose key is itself.
#![no_main]

mod common;

use common::{ensure, fail};
use contactkit::CanonicalEmail;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(email) = common::text_newtype(
        data,
        text,
        "email",
        CanonicalEmail::parse,
        CanonicalEmail::as_str,
    ) else {
        return;
    };
    let printed = email.as_str();
    ensure!(
        printed.len() <= 254 && email.ascii_domain().len() + email.local_part().len() < 254,
        "an accepted address is longer than 254 octets in some form",
        printed,
        data
    );
    ensure!(
        format!("{}@{}", email.local_part(), email.domain()) == printed,
        "local_part@domain is not the canonical form",
        (printed, email.local_part(), email.domain()),
        data
    );
    // Two spellings of one mailbox (U-label and A-label domain) give equal values.
    let ascii = format!("{}@{}", email.local_part(), email.ascii_domain());
    match CanonicalEmail::parse(&ascii) {
        Ok(again) => ensure!(
            again == email,
            "the A-label spelling parses to another address",
            (printed, &ascii, again),
            data
        ),
        Err(e) => fail(
            "the A-label spelling is rejected",
            &(printed, &ascii, e),
            data,
        ),
    }
    // Documented: the key is itself a valid address whose key is itself.
    let key = email.dedup_key();
    match CanonicalEmail::parse(&key) {
        Ok(keyed) => ensure!(
            keyed.as_str() == key && keyed.dedup_key() == key,
            "the dedup key is not a fixed point",
            (printed, &key, keyed.as_str(), keyed.dedup_key()),
            data
        ),
        Err(e) => fail(
            "the dedup key is not a valid address",
            &(printed, &key, e),
            data,
        ),
    }
});
