//! Splitting a BIK request body into its entries' raw JSON texts, to put in a column
//! (a Spark DataFrame, a Polars frame) for the column functions.

use std::sync::Arc;

use arrow::array::{ArrayRef, Int64Array, RecordBatch, StringBuilder, UInt64Array};
use arrow::datatypes::{DataType, Field, Schema};
use arrow::pyarrow::ToPyArrow;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use contactkit::user_properties::{BodyError, BodyEvent, BodyReader, Options};

use crate::errors::model_error;
use crate::pyjson::input_json;

/// Splits a request body (`{"userProperties": [...]}`, or a JSON array of entries) into
/// a `pyarrow.Table` of `index`, `line` (where the entry starts, as the CLI numbers
/// records), `entry` (its JSON text as sent, or null) and `fault` (why an entry could
/// not be read: `the entry is larger than 1048576 bytes`, ...).
///
/// Entries are not validated here. A body that is not a request (another top-level key,
/// invalid JSON between entries) raises `ValidationError`; no entry or body count limit
/// applies unless `max_entries`/`max_body_bytes` are given.
#[pyfunction]
#[pyo3(signature = (body, *, max_entries=None, max_body_bytes=None, max_entry_bytes=None))]
pub(crate) fn split_request<'py>(
    py: Python<'py>,
    body: &Bound<'py, PyAny>,
    max_entries: Option<usize>,
    max_body_bytes: Option<usize>,
    max_entry_bytes: Option<usize>,
) -> PyResult<Bound<'py, PyAny>> {
    let json = input_json(body)?;
    let options = Options::new()
        .max_entries(max_entries.unwrap_or(usize::MAX))
        .max_body_bytes(max_body_bytes.unwrap_or(usize::MAX));
    let result = py.detach(
        || -> Result<RecordBatch, Result<contactkit::ValidationError, String>> {
            let mut reader = BodyReader::with_options(&json[..], &options);
            if let Some(n) = max_entry_bytes {
                reader = reader.max_entry_bytes(n);
            }
            let (mut index, mut line, mut entry, mut fault) = (
                Vec::new(),
                Vec::new(),
                StringBuilder::new(),
                StringBuilder::new(),
            );
            for event in reader {
                match event {
                    Ok(BodyEvent::Entry(e)) => {
                        index.push(e.index() as i64);
                        line.push(e.line());
                        // A body that is not UTF-8 is refused by the reader; an entry's
                        // bytes are a slice of it, so this is only a guard.
                        entry.append_option(std::str::from_utf8(e.as_bytes()).ok());
                        fault.append_null();
                    }
                    Ok(BodyEvent::Fault(f)) => {
                        index.push(f.index() as i64);
                        line.push(f.line());
                        entry.append_null();
                        fault.append_value(f.kind().to_string());
                    }
                    Ok(BodyEvent::Superseded) => {
                        // JSON.parse keeps the last `userProperties`: start again.
                        index.clear();
                        line.clear();
                        entry = StringBuilder::new();
                        fault = StringBuilder::new();
                    }
                    Ok(_) => {}
                    Err(e) => {
                        return Err(match e {
                            BodyError::Invalid { error, .. } => Ok(error),
                            other => Err(other.to_string()),
                        })
                    }
                }
            }
            let schema = Schema::new(vec![
                Field::new("index", DataType::Int64, false),
                Field::new("line", DataType::UInt64, false),
                Field::new("entry", DataType::Utf8, true),
                Field::new("fault", DataType::Utf8, true),
            ]);
            let columns: Vec<ArrayRef> = vec![
                Arc::new(Int64Array::from(index)),
                Arc::new(UInt64Array::from(line)),
                Arc::new(entry.finish()),
                Arc::new(fault.finish()),
            ];
            RecordBatch::try_new(Arc::new(schema), columns).map_err(|e| Err(e.to_string()))
        },
    );
    match result {
        Ok(batch) => {
            let batch = batch.to_pyarrow(py)?;
            py.import("pyarrow")?
                .getattr("Table")?
                .call_method1("from_batches", (vec![batch],))
        }
        Err(Ok(e)) => Err(model_error(py, &e)),
        Err(Err(message)) => Err(PyValueError::new_err(message)),
    }
}
