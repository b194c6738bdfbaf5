//! JSON between Python and Rust: model inputs as JSON bytes, JSON text as Python objects.

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};

use crate::text::json_text;

/// The JSON text of a model's input: `bytes` as they are (a body that is not UTF-8 is
/// the model's "must be valid JSON" error), a `str` as UTF-8 (lone surrogates as
/// `\uXXXX`), anything else through `json.dumps` (a dict, a list...).
pub(crate) fn input_json(value: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    if let Ok(bytes) = value.cast::<PyBytes>() {
        return Ok(bytes.as_bytes().to_vec());
    }
    if let Ok(s) = value.cast::<PyString>() {
        return json_text(s);
    }
    if let Ok(buffer) = value.extract::<Vec<u8>>() {
        if value.is_instance_of::<pyo3::types::PyByteArray>() {
            return Ok(buffer);
        }
    }
    let json = value.py().import("json")?;
    let kwargs = PyDict::new(value.py());
    kwargs.set_item("ensure_ascii", false)?;
    let text = json.call_method("dumps", (value,), Some(&kwargs))?;
    json_text(text.cast::<PyString>()?)
}

/// `json.loads(text)`.
pub(crate) fn json_loads<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (text,))
}
