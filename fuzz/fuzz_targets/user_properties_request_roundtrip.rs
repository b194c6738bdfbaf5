//! `BulkOutcome::from_json`: every entry of an accepted body is in exactly one
//! of `valid()` and `invalid()` (their counts add up to the number of entries serde_json
//! finds), an invalid entry's JSON is its text exactly as sent and validates alone to the
//! same error, a valid entry and a merged contact re-validate to themselves, and the
//! all-errors mode agrees with the abort-early one. The streaming `BodyReader`, fed the
//! same bytes a few at a time, accepts exactly the same bodies with the same entries and
//! rejects the others with the same error; with a small entry limit it never panics.
//!
//! Input: the body's bytes.
#![no_main]

mod common;

use std::collections::HashMap;

use common::{ensure, fail};
use contactkit::user_properties::{UserProperty, BulkOutcome, BodyError, BodyReader, Options};
use libfuzzer_sys::fuzz_target;
use serde_json::value::RawValue;

/// A source that hands out at most `step` bytes per read, to cut the body anywhere.
struct Trickle<'a> {
    bytes: &'a [u8],
    step: usize,
}

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.bytes.len());
        buf[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

/// The stream's answer equals `validate_request`'s.
fn check_stream(data: &[u8]) {
    let whole = BulkOutcome::from_json(data);
    let step = 1 + data.first().map_or(0, |&b| usize::from(b % 16));
    let options = Options::new();
    let streamed = BulkOutcome::from_reader(Trickle { bytes: data, step }, &options);
    let agree = match (&whole, &streamed) {
        (Ok(a), Ok(b)) => a == b,
        (Err(a), Err(BodyError::Invalid { error, .. })) => a == error,
        _ => false,
    };
    ensure!(
        agree,
        "the stream disagrees with validate_request",
        (&whole, &streamed),
        data
    );
    // Skipping oversized entries and keys: no panic, and an end.
    let events = BodyReader::new(Trickle { bytes: data, step }).max_entry_bytes(8);
    for event in events.take(data.len() + 4) {
        let _ = event;
    }
}

fuzz_target!(|data: &[u8]| {
    check_stream(data);
    let outcome = match BulkOutcome::from_json(data) {
        Ok(outcome) => outcome,
        Err(e) => {
            let strings = std::str::from_utf8(data)
                .map(common::json_strings)
                .unwrap_or_default();
            common::validation_error(&e, &["userProperties"], &strings, data);
            let all = BulkOutcome::from_json_with(data, &Options::new().abort_early(false));
            ensure!(
                all.as_ref().err() == Some(&e),
                "all-errors mode gives another body error",
                (&e, &all),
                data
            );
            return;
        }
    };
    check_outcome(&outcome, data);

    let all = match BulkOutcome::from_json_with(data, &Options::new().abort_early(false)) {
        Ok(all) => all,
        Err(e) => fail("all-errors mode rejects an accepted body", &e, data),
    };
    ensure!(
        all.valid() == outcome.valid(),
        "all-errors mode finds other valid entries",
        (&all, &outcome),
        data
    );
    ensure!(
        all.invalid().len() == outcome.invalid().len()
            && all.invalid().iter().zip(outcome.invalid()).all(|(a, b)| {
                a.index() == b.index()
                    && a.entry_json() == b.entry_json()
                    && a.report().first() == b.error()
            }),
        "all-errors mode reports other invalid entries",
        (&all, &outcome),
        data
    );
});

fn check_outcome(outcome: &BulkOutcome, data: &[u8]) {
    let n = outcome.len();
    ensure!(
        outcome.valid().len() + outcome.invalid().len() == n && outcome.is_empty() == (n == 0),
        "len() is not valid + invalid",
        outcome,
        data
    );
    let mut seen = vec![false; n];
    let indices = outcome
        .valid()
        .iter()
        .map(|v| v.index())
        .chain(outcome.invalid().iter().map(|i| i.index()));
    for index in indices {
        match seen.get_mut(index) {
            Some(slot @ false) => *slot = true,
            _ => fail(
                "an entry index is out of range or appears twice",
                &(index, outcome),
                data,
            ),
        }
    }
    let entries = raw_entries(data);
    if let Some(entries) = &entries {
        ensure!(
            entries.len() == n,
            "valid + invalid is not the number of entries",
            (entries.len(), outcome),
            data
        );
    }

    for valid in outcome.valid() {
        common::bik_reprint(valid.property(), data);
    }
    for invalid in outcome.invalid() {
        let text = invalid.entry_json();
        if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
            fail(
                "an invalid entry's JSON is not JSON",
                &(text, e.to_string()),
                data,
            );
        }
        if let Some(raw) = entries.as_ref().and_then(|e| e.get(invalid.index())) {
            ensure!(
                raw.get() == text,
                "an invalid entry's JSON is not its text as sent",
                (raw.get(), text),
                data
            );
        }
        ensure!(
            invalid.report().first() == invalid.error(),
            "an invalid entry's error is not its report's first",
            invalid,
            data
        );
        let alone = UserProperty::from_json(text.as_bytes());
        ensure!(
            alone.as_ref().err() == Some(invalid.error()),
            "an invalid entry validates alone to another result",
            (invalid, &alone),
            data
        );
        let strings = common::json_strings(text);
        for error in invalid.report().iter() {
            common::validation_error(error, &contactkit::user_properties::FIELDS, &strings, data);
        }
    }
    match serde_json::to_string(outcome.invalid()) {
        Ok(json) => {
            if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(&json) {
                fail(
                    "the invalidUserProperties JSON is not JSON",
                    &(json, e.to_string()),
                    data,
                );
            }
        }
        Err(e) => fail("the invalid entries do not serialize", &e.to_string(), data),
    }

    let mut grouped = vec![false; n];
    for group in outcome.contacts() {
        for index in group.indices() {
            match grouped.get_mut(index) {
                Some(slot @ false) => *slot = true,
                _ => fail("an entry is in two contact groups", &(index, outcome), data),
            }
        }
        common::bik_reprint(&group.merged(), data);
    }
    for valid in outcome.valid() {
        ensure!(
            grouped[valid.index()],
            "a valid entry is in no contact group",
            (valid, outcome),
            data
        );
    }
}

/// The entries' texts as serde_json reads the body's `userProperties` (a `__proto__`
/// key is never read, as in Joi), or `None` when serde_json cannot read it.
fn raw_entries(data: &[u8]) -> Option<Vec<&RawValue>> {
    let body: HashMap<String, &RawValue> = serde_json::from_slice(data).ok()?;
    serde_json::from_str(body.get("userProperties")?.get()).ok()
}
