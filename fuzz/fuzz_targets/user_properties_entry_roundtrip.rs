//! `user_properties::validate_entry_json`: an accepted entry re-validates to itself from
//! its serialized JSON (and from a `serde_json::Value`), the abort-early error is the first
//! error of the all-errors report, and every error is `ValidationError: ` + a message about
//! a key the schema or the input has.
//!
//! Input: a mode byte, then the entry. An even mode byte (the seeds use a space) means the
//! rest is the entry's JSON text as is; an odd one builds the entry with `arbitrary` from
//! the schema's keys and a pool of realistic values (STYLE §8, structured input).
#![no_main]

mod common;

use arbitrary::{Arbitrary, Unstructured};
use common::{ensure, fail};
use contactkit::user_properties::{
    validate_entry, validate_entry_json, validate_entry_json_with, Options,
};
use libfuzzer_sys::fuzz_target;

const SCHEMA: [&str; 17] = [
    "firstName",
    "lastName",
    "source",
    "phoneNumber",
    "alternatePhoneNumber",
    "email",
    "address1",
    "address2",
    "city",
    "state",
    "country",
    "createdAt",
    "updatedAt",
    "emailMarketingConsent",
    "smsMarketingConsent",
    "tags",
    "partnerCustomerId",
];

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode & 1 == 0 {
        check(rest, data);
    } else if let Ok(entry) = common::Entry::arbitrary_take_rest(Unstructured::new(rest)) {
        check(entry.to_json(&SCHEMA).as_bytes(), data);
    }
});

fn check(json: &[u8], data: &[u8]) {
    let first = validate_entry_json(json);
    let all = validate_entry_json_with(json, &Options::new().abort_early(false));
    match (&first, &all) {
        (Ok(user), Ok(same)) => {
            ensure!(
                user == same,
                "abort-early and all-errors modes accept different values",
                (user, same),
                data
            );
            roundtrip(user, json, data);
        }
        (Err(e), Err(report)) => {
            ensure!(
                report.first() == e,
                "the abort-early error is not the first of all errors",
                (e, report),
                data
            );
            let strings = std::str::from_utf8(json)
                .map(common::json_strings)
                .unwrap_or_default();
            for error in report.iter() {
                common::validation_error(error, &SCHEMA, &strings, data);
            }
        }
        _ => fail(
            "abort-early and all-errors modes disagree on validity",
            &(&first, &all),
            data,
        ),
    }
}

/// An accepted entry serializes to JSON that validates to an equal value.
fn roundtrip(user: &contactkit::user_properties::UserProperty, json: &[u8], data: &[u8]) {
    let printed = match serde_json::to_string(user) {
        Ok(printed) => printed,
        Err(e) => fail(
            "an accepted entry does not serialize",
            &(user, e.to_string()),
            data,
        ),
    };
    match validate_entry_json(printed.as_bytes()) {
        Ok(again) => ensure!(
            &again == user,
            "the serialized entry validates to another value",
            (&printed, again),
            data
        ),
        Err(e) => fail("the serialized entry is rejected", &(&printed, e), data),
    }
    // The same text read by serde_json (when it can: it refuses lone surrogates and
    // out-of-range numbers, which `JSON.parse` takes) gives the same entry.
    if let Ok(value) = serde_json::from_slice::<serde_json::Value>(json) {
        match validate_entry(&value) {
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
