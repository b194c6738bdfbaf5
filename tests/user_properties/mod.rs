//! `contactkit::user_properties`: the Joi conformance table, the seed's example, tables per
//! rule, all-errors mode, grouping, limits and properties.

use crate::support::{load_cases, str_field};
use contactkit::user_properties::{BulkOutcome, Options, Timestamp, TimestampError, UserProperty};
use contactkit::{PathSegment, Report, ValidationError, ValidationErrorKind};
use proptest::prelude::*;
use serde_json::{json, Value};

#[track_caller]
fn first_error(entry: &str) -> Option<String> {
    UserProperty::from_json(entry.as_bytes())
        .err()
        .map(|e| e.to_string())
}

#[track_caller]
fn valid(entry: &str) -> UserProperty {
    UserProperty::from_json(entry.as_bytes()).unwrap_or_else(|e| panic!("{entry}: {e}"))
}

#[track_caller]
fn request(body: &str) -> BulkOutcome {
    BulkOutcome::from_json(body.as_bytes()).unwrap_or_else(|e| panic!("{body}: {e}"))
}

#[track_caller]
fn request_error(body: &str) -> String {
    match BulkOutcome::from_json(body.as_bytes()) {
        Ok(outcome) => panic!("{body}: accepted with {} entries", outcome.len()),
        Err(e) => e.to_string(),
    }
}

/// Wraps `members` (a JSON object's inside) after valid names.
fn entry(members: &str) -> String {
    if members.is_empty() {
        r#"{"firstName":"Ann","lastName":"Lee"}"#.to_owned()
    } else {
        format!(r#"{{"firstName":"Ann","lastName":"Lee",{members}}}"#)
    }
}

#[test]
fn conformance_joi_user_properties() {
    let cases = load_cases("joi_user_properties.json");
    assert!(cases.len() > 1000);
    let mut failures = Vec::new();
    for case in &cases {
        let id = &case["id"];
        let Some(entry) = str_field(case, "entry_json") else {
            panic!("case {id} without entry_json");
        };
        let expected = str_field(case, "error");
        let got = first_error(entry);
        if got.as_deref() != expected {
            failures.push(format!(
                "id {id}: expected {expected:?}, got {got:?} | categories {} | entry {entry}",
                case["categories"]
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// The conformance table through the other entry points: the all-errors report starts with
/// the abort-early error, and a request of one entry answers the same.
#[test]
fn conformance_agrees_across_entry_points() {
    for case in load_cases("joi_user_properties.json") {
        let Some(entry) = str_field(&case, "entry_json") else {
            continue;
        };
        let first = UserProperty::from_json(entry.as_bytes()).err();
        let report = UserProperty::from_json_report(entry.as_bytes()).err();
        assert_eq!(
            report.as_ref().map(Report::first),
            first.as_ref(),
            "{entry}"
        );
        if let Ok(user) = UserProperty::from_json(entry.as_bytes()) {
            // The serde-free writer and serde_json write the same text.
            assert_eq!(
                Some(user.to_json()),
                serde_json::to_string(&user).ok(),
                "{entry}"
            );
        }
        if let Some(report) = &report {
            // The serde-free writer of the details writes serde_json's text.
            let mut details = String::new();
            report.write_json(&mut details);
            assert_eq!(Some(details), serde_json::to_string(report).ok(), "{entry}");
        }
        let outcome = request(&format!(r#"{{"userProperties":[{entry}]}}"#));
        for invalid in outcome.invalid() {
            // And the item of the response: the entry as sent plus `error`.
            let mut item = String::new();
            invalid.write_json(&mut item);
            assert_eq!(Some(item), serde_json::to_string(invalid).ok(), "{entry}");
        }
        let in_request = outcome.invalid().first().map(|e| e.error().clone());
        assert_eq!(in_request, first, "{entry}");
        assert_eq!(outcome.len(), 1);
    }
}

mod limits;
mod properties;
mod requests;
mod rules;
mod seed;
