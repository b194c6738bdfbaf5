//! Rows of typed columns (a CSV-like table: `firstName`, `email`, `tags`...) as the
//! JSON text of one entry each, for the model column functions.

use std::sync::Arc;

use arrow::array::{RecordBatch, StringBuilder};
use arrow::json::LineDelimitedWriter;
use arrow::pyarrow::{FromPyArrow, ToPyArrow};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

/// One JSON object per row of a `pyarrow.RecordBatch`, as a string array: the columns
/// are the keys, null cells are left out (an absent field, not a JSON `null`), strings,
/// booleans, numbers and lists keep their JSON types.
#[pyfunction]
pub(crate) fn records_json<'py>(
    py: Python<'py>,
    batch: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let batch = RecordBatch::from_pyarrow_bound(batch)?;
    let array = py.detach(|| -> Result<_, String> {
        let mut writer = LineDelimitedWriter::new(Vec::new());
        writer.write(&batch).map_err(|e| e.to_string())?;
        writer.finish().map_err(|e| e.to_string())?;
        let text = writer.into_inner();
        let mut builder = StringBuilder::with_capacity(batch.num_rows(), text.len());
        // JSON escapes line breaks inside strings, so every '\n' ends a row.
        for line in text.split(|b| *b == b'\n').take(batch.num_rows()) {
            let line = std::str::from_utf8(line).map_err(|e| e.to_string())?;
            builder.append_value(line);
        }
        let array = builder.finish();
        if arrow::array::Array::len(&array) != batch.num_rows() {
            return Err(format!(
                "expected {} rows of JSON, got {}",
                batch.num_rows(),
                arrow::array::Array::len(&array)
            ));
        }
        Ok(Arc::new(array))
    });
    match array {
        Ok(array) => arrow::array::Array::to_data(array.as_ref()).to_pyarrow(py),
        Err(message) => Err(PyValueError::new_err(message)),
    }
}
