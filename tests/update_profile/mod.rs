//! `contactkit::update_profile`: the conformance table, the seed's example, a table per
//! rule with exact messages, the country dependency, all-errors mode, requests with keys,
//! serialization and properties.

use crate::support::{bool_field, load_cases, str_field};
use contactkit::update_profile::{Options, RequestError, UpdateProfile};
use contactkit::{ApiKeyError, PathSegment, Report, ValidationError, ValidationErrorKind};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::error::Error as _;

const EMAIL: &str = r#""email": "jan@barasek.com""#;

/// A body: a valid email followed by `members` (a JSON object's inside, may be empty).
fn body(members: &str) -> String {
    if members.is_empty() {
        format!("{{{EMAIL}}}")
    } else {
        format!("{{{EMAIL}, {members}}}")
    }
}

#[track_caller]
fn valid(text: &str) -> UpdateProfile {
    UpdateProfile::from_json(text.as_bytes()).unwrap_or_else(|e| panic!("{text}: {e}"))
}

#[track_caller]
fn error(text: &str) -> ValidationError {
    match UpdateProfile::from_json(text.as_bytes()) {
        Ok(profile) => panic!("{text}: accepted as {profile:?}"),
        Err(e) => e,
    }
}

/// The error's `Display`, or `None` when the body is valid.
fn verdict(text: &str) -> Option<String> {
    UpdateProfile::from_json(text.as_bytes())
        .err()
        .map(|e| e.to_string())
}

fn to_json(profile: &UpdateProfile) -> String {
    serde_json::to_string(profile).unwrap_or_else(|e| panic!("{profile:?}: {e}"))
}

mod body;
mod conformance;
mod properties;
mod requests;
mod rules;
mod seed;
