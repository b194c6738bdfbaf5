//! The 0.1 entry points, kept for one release as aliases of the associated functions
//! that replaced them (one naming scheme for both models: `Type::from_json`,
//! `from_json_report`, `from_json_with`, `from_value*`).

#![allow(deprecated)]

use crate::models::{Report, ValidationError};

use super::{BulkOutcome, Options, UserProperty};

/// Deprecated alias of [`UserProperty::from_json`].
///
/// # Errors
///
/// As [`UserProperty::from_json`].
#[deprecated(since = "0.2.0", note = "use `UserProperty::from_json`")]
pub fn validate_entry_json(entry: &[u8]) -> Result<UserProperty, ValidationError> {
    UserProperty::from_json(entry)
}

/// Deprecated alias of [`UserProperty::from_json_report`].
///
/// # Errors
///
/// As [`UserProperty::from_json_report`].
#[deprecated(since = "0.2.0", note = "use `UserProperty::from_json_report`")]
pub fn validate_entry_json_report(entry: &[u8]) -> Result<UserProperty, Report> {
    UserProperty::from_json_report(entry)
}

/// Deprecated alias of [`UserProperty::from_json_with`].
///
/// # Errors
///
/// As [`UserProperty::from_json_with`].
#[deprecated(since = "0.2.0", note = "use `UserProperty::from_json_with`")]
pub fn validate_entry_json_with(entry: &[u8], options: &Options) -> Result<UserProperty, Report> {
    UserProperty::from_json_with(entry, options)
}

/// Deprecated alias of [`UserProperty::from_value`].
///
/// # Errors
///
/// As [`UserProperty::from_value`].
#[deprecated(since = "0.2.0", note = "use `UserProperty::from_value`")]
pub fn validate_entry(entry: &serde_json::Value) -> Result<UserProperty, ValidationError> {
    UserProperty::from_value(entry)
}

/// Deprecated alias of [`UserProperty::from_value_report`].
///
/// # Errors
///
/// As [`UserProperty::from_value_report`].
#[deprecated(since = "0.2.0", note = "use `UserProperty::from_value_report`")]
pub fn validate_entry_report(entry: &serde_json::Value) -> Result<UserProperty, Report> {
    UserProperty::from_value_report(entry)
}

/// Deprecated alias of [`UserProperty::from_value_with`].
///
/// # Errors
///
/// As [`UserProperty::from_value_with`].
#[deprecated(since = "0.2.0", note = "use `UserProperty::from_value_with`")]
pub fn validate_entry_with(
    entry: &serde_json::Value,
    options: &Options,
) -> Result<UserProperty, Report> {
    UserProperty::from_value_with(entry, options)
}

/// Deprecated alias of [`BulkOutcome::from_json`].
///
/// # Errors
///
/// As [`BulkOutcome::from_json`].
#[deprecated(since = "0.2.0", note = "use `BulkOutcome::from_json`")]
pub fn validate_request(body: &[u8]) -> Result<BulkOutcome, ValidationError> {
    BulkOutcome::from_json(body)
}

/// Deprecated alias of [`BulkOutcome::from_json_with`].
///
/// # Errors
///
/// As [`BulkOutcome::from_json_with`].
#[deprecated(since = "0.2.0", note = "use `BulkOutcome::from_json_with`")]
pub fn validate_request_with(
    body: &[u8],
    options: &Options,
) -> Result<BulkOutcome, ValidationError> {
    BulkOutcome::from_json_with(body, options)
}
