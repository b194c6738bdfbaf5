//! `Timestamp::parse`: the ISO text it prints and its number of milliseconds (as text and
//! as a number) all read back to the same instant.
#![no_main]

mod common;

use common::{ensure, fail};
use contactkit::Timestamp;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let t = match Timestamp::parse(text) {
        Ok(t) => t,
        Err(e) => return common::newtype_error(&e, "timestamp", data),
    };
    let printed = t.to_string();
    ensure!(
        printed.len() == 24 || printed.len() == 27,
        "toISOString text of an odd length",
        printed,
        data
    );
    for (what, spelling) in [
        ("ISO text", printed.clone()),
        ("millis", t.as_millis().to_string()),
    ] {
        match Timestamp::parse(&spelling) {
            Ok(again) => ensure!(
                again == t,
                "a printed form parses to another instant",
                (what, &spelling, again),
                data
            ),
            Err(e) => fail("a printed form is rejected", &(what, &spelling, e), data),
        }
    }
    ensure!(
        Timestamp::from_millis(t.as_millis()) == Ok(t),
        "from_millis(as_millis) differs",
        printed,
        data
    );
    ensure!(
        Timestamp::from_js_millis(t.as_millis() as f64) == Ok(t),
        "from_js_millis(as_millis) differs",
        printed,
        data
    );
    common::serde_roundtrip(&t, data);
});
