//! `contactkit.ValidationError`: one Python exception for every rejection, carrying the
//! Rust error's exact text, a stable code and the path of the offending value.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};

use contactkit::{PathSegment, Report};

pyo3::create_exception!(
    contactkit,
    ValidationError,
    PyValueError,
    "A rejected value. `str(err)` is exactly the Rust error's text; `.code` is a stable \
     code, `.path` the location inside a model (a tuple of keys and indices, empty for a \
     scalar), `.message` the text without Joi's `ValidationError: ` prefix, and `.errors` \
     every error of the value (one unless all_errors was asked for)."
);

/// One error as the parts Python sees.
pub(crate) struct ErrorParts {
    pub(crate) text: String,
    pub(crate) message: String,
    pub(crate) code: String,
    pub(crate) path: Vec<PathSegment>,
}

impl ErrorParts {
    /// A newtype's error (`email: missing '@'`): `code` is `<concept>.<variant>`, e.g.
    /// `email.missing_at`, taken from the variant's name so it cannot drift from Rust.
    pub(crate) fn scalar<E: std::fmt::Display + std::fmt::Debug>(concept: &str, err: &E) -> Self {
        let text = err.to_string();
        ErrorParts {
            message: text.clone(),
            text,
            code: format!("{concept}.{}", variant_code(&format!("{err:?}"))),
            path: Vec::new(),
        }
    }

    /// A request model's Joi-style error.
    pub(crate) fn model(err: &contactkit::ValidationError) -> Self {
        ErrorParts {
            text: err.to_string(),
            message: err.message().to_owned(),
            code: err.kind().code().to_owned(),
            path: err.path().segments().to_vec(),
        }
    }

    fn into_exception(self, py: Python<'_>, errors: Option<Vec<PyErr>>) -> PyResult<PyErr> {
        let err = ValidationError::new_err(self.text);
        let value = err.value(py);
        value.setattr("code", self.code)?;
        value.setattr("message", self.message)?;
        value.setattr("path", path_tuple(py, &self.path)?)?;
        let errors: Vec<Bound<'_, PyAny>> = match errors {
            Some(errors) => errors
                .into_iter()
                .map(|e| e.into_value(py).into_bound(py).into_any())
                .collect(),
            None => Vec::new(),
        };
        value.setattr("errors", PyList::new(py, errors)?)?;
        Ok(err)
    }

    /// The exception, with `.errors` holding one equal error (not itself: no cycle).
    pub(crate) fn into_pyerr(self, py: Python<'_>) -> PyErr {
        let single = ErrorParts {
            text: self.text.clone(),
            message: self.message.clone(),
            code: self.code.clone(),
            path: self.path.clone(),
        };
        let inner = match single.into_exception(py, None) {
            Ok(e) => e,
            Err(e) => return e,
        };
        self.into_exception(py, Some(vec![inner]))
            .unwrap_or_else(|e| e)
    }
}

/// A whole report: `str()` is the report's text (Joi's `abortEarly: false` message),
/// `.code`/`.path`/`.message` are the first error's, `.errors` lists each error.
pub(crate) fn report_to_pyerr(py: Python<'_>, report: &Report) -> PyErr {
    let first = ErrorParts::model(report.first());
    let mut errors = Vec::with_capacity(report.len());
    for e in report.iter() {
        match ErrorParts::model(e).into_exception(py, None) {
            Ok(err) => errors.push(err),
            Err(err) => return err,
        }
    }
    let parts = ErrorParts {
        text: if report.len() == 1 {
            first.text.clone()
        } else {
            report.to_string()
        },
        ..first
    };
    parts.into_exception(py, Some(errors)).unwrap_or_else(|e| e)
}

/// A model's single (first) error as an exception.
pub(crate) fn model_error(py: Python<'_>, err: &contactkit::ValidationError) -> PyErr {
    ErrorParts::model(err).into_pyerr(py)
}

/// The path as Python sees it: keys as `str`, indices as `int`.
pub(crate) fn path_tuple<'py>(
    py: Python<'py>,
    path: &[PathSegment],
) -> PyResult<Bound<'py, PyTuple>> {
    let items: Vec<Bound<'py, PyAny>> = path
        .iter()
        .map(|segment| match segment {
            PathSegment::Key(key) => Ok(key.as_ref().into_pyobject(py)?.into_any()),
            PathSegment::Index(i) => Ok(i.into_pyobject(py)?.into_any()),
            // A segment kind added later: its Debug text beats losing it.
            other => Ok(format!("{other:?}").into_pyobject(py)?.into_any()),
        })
        .collect::<PyResult<_>>()?;
    PyTuple::new(py, items)
}

/// `MissingAt` -> `missing_at`, `TooLong { max: 254 }` -> `too_long`.
fn variant_code(debug: &str) -> String {
    let name: String = debug
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let mut code = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                code.push('_');
            }
            code.push(c.to_ascii_lowercase());
        } else {
            code.push(c);
        }
    }
    code
}
