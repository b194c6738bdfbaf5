//! `update_profile::UpdateProfile::from_json`: an accepted body re-validates to itself from
//! its serialized JSON, `from_request` with a valid key gives the same profile, the
//! abort-early error is the first of the all-errors report, and every error is
//! `ValidationError: ` + a message about a key the schema or the input has.
//!
//! Input: a mode byte, then the body: even, the rest is the JSON text as is; odd, the body
//! is built with `arbitrary` from the schema's keys and a pool of realistic values.
#![no_main]

mod common;

use common::{ensure, fail};
use contactkit::update_profile::{Options, UpdateProfile, FIELDS};
use libfuzzer_sys::fuzz_target;

const KEY: &str = "DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q";

fuzz_target!(|data: &[u8]| {
    common::json_object_input(data, &FIELDS, |body| check(body, data));
});

fn check(body: &[u8], data: &[u8]) {
    let first = UpdateProfile::from_json(body);
    let all = UpdateProfile::from_json_with(body, &Options::new().abort_early(false));
    if let Some(profile) = common::agree_on_modes(&first, &all, body, &FIELDS, data) {
        roundtrip(profile, body, data);
    }
}

fn roundtrip(profile: &UpdateProfile, body: &[u8], data: &[u8]) {
    let printed = match serde_json::to_string(profile) {
        Ok(printed) => printed,
        Err(e) => fail(
            "an accepted profile does not serialize",
            &(profile, e.to_string()),
            data,
        ),
    };
    match UpdateProfile::from_json(printed.as_bytes()) {
        Ok(again) => ensure!(
            &again == profile,
            "the serialized profile validates to another value",
            (&printed, again),
            data
        ),
        Err(e) => fail("the serialized profile is rejected", &(&printed, e), data),
    }
    match UpdateProfile::from_request(None, Some(&format!("Bearer {KEY}")), body) {
        Ok((key, again)) => ensure!(
            &again == profile && key.expose_secret() == KEY,
            "from_request gives another profile",
            (&printed, again),
            data
        ),
        Err(e) => fail(
            "from_request rejects an accepted body",
            &(&printed, e),
            data,
        ),
    }
}
