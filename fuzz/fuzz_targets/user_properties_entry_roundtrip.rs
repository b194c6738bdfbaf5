//! `UserProperty::from_json`: an accepted entry re-validates to itself from
//! its serialized JSON (and from a `serde_json::Value`), the abort-early error is the first
//! error of the all-errors report, and every error is `ValidationError: ` + a message about
//! a key the schema or the input has.
//!
//! Input: a mode byte, then the entry. An even mode byte (the seeds use a space) means the
//! rest is the entry's JSON text as is; an odd one builds the entry with `arbitrary` from
//! the schema's keys and a pool of realistic values (STYLE §8, structured input).
#![no_main]

mod common;

use common::{ensure, fail};
use contactkit::user_properties::{UserProperty, Options, FIELDS};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::json_object_input(data, &FIELDS, |json| check(json, data));
});

fn check(json: &[u8], data: &[u8]) {
    let first = UserProperty::from_json(json);
    let all = UserProperty::from_json_with(json, &Options::new().abort_early(false));
    if let Some(user) = common::agree_on_modes(&first, &all, json, &FIELDS, data) {
        roundtrip(user, json, data);
    }
}

/// An accepted entry serializes to JSON that validates to an equal value, and the input
/// read by serde_json validates to it too.
fn roundtrip(user: &contactkit::user_properties::UserProperty, json: &[u8], data: &[u8]) {
    let printed = common::bik_reprint(user, data);
    // The same text read by serde_json (when it can: it refuses lone surrogates and
    // out-of-range numbers, which `JSON.parse` takes) gives the same entry.
    if let Ok(value) = serde_json::from_slice::<serde_json::Value>(json) {
        match UserProperty::from_value(&value) {
            Ok(again) => ensure!(
                &again == user,
                "the serde_json Value validates to another value",
                (&printed, again),
                data
            ),
            Err(e) => fail("the serde_json Value is rejected", &(&printed, e), data),
        }
    }
}
