//! The fields of a valid model, read through the library's `fields()` (the one list of
//! each model's fields, in schema order): for the model columns (`fields=True`) and for
//! Python dicts, without a JSON round trip.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use contactkit::models::{FieldValue, ModelSchema};

/// The keys of a model's dicts, made once per call and shared by every dict: a key
/// made per dict would be 17 more string objects per entry. In the schema's order, which
/// is the order of the model's `fields()`.
pub(crate) fn dict_keys<'py>(py: Python<'py>, schema: &ModelSchema) -> Vec<Bound<'py, PyString>> {
    schema
        .fields()
        .iter()
        .map(|f| PyString::intern(py, f.name()))
        .collect()
}

/// A valid model as a dict in the API's key order, absent fields left out: what its
/// JSON serialization gives, built directly (no JSON text, no `json.loads`). `keys` are
/// [`dict_keys`] of the model's schema; `fields` its `fields()`.
pub(crate) fn model_dict<'py, 'a>(
    py: Python<'py>,
    keys: &[Bound<'py, PyString>],
    fields: impl Iterator<Item = (&'static str, Option<FieldValue<'a>>)>,
) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    for (key, (_, value)) in keys.iter().zip(fields) {
        let Some(value) = value else { continue };
        match value {
            FieldValue::Text(text) => dict.set_item(key, text)?,
            FieldValue::Bool(flag) => dict.set_item(key, flag)?,
            FieldValue::Timestamp(at) => dict.set_item(key, at.to_string())?,
            FieldValue::List(items) => dict.set_item(key, items.collect::<Vec<_>>())?,
            other => dict.set_item(key, field_json(&other))?,
        }
    }
    Ok(dict)
}

/// A field kind this package does not know yet (the library's `FieldValue` may grow):
/// its JSON text, never nothing.
pub(crate) fn field_json(value: &FieldValue<'_>) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
