//! The error collector that implements Joi's `abortEarly`, and the root error for a
//! body that is not JSON.

use crate::models::json::ReadError;
use crate::models::{Cause, Path, ValidationError, ValidationErrorKind};

/// Collects errors; in abort-early mode the first one stops validation.
pub(crate) struct Sink {
    pub(crate) errors: Vec<ValidationError>,
    abort_early: bool,
}

/// Validation stopped at the first error (abort-early mode).
pub(crate) struct Stop;

impl Sink {
    pub(crate) fn new(abort_early: bool) -> Self {
        Sink {
            errors: Vec::new(),
            abort_early,
        }
    }

    /// Records `error`; stops when only the first error is wanted.
    pub(crate) fn fail(&mut self, error: ValidationError) -> Result<(), Stop> {
        self.errors.push(error);
        if self.abort_early {
            Err(Stop)
        } else {
            Ok(())
        }
    }

    /// Records `kind` at `key` and yields "no value".
    pub(crate) fn fail_at<T>(
        &mut self,
        kind: ValidationErrorKind,
        key: &str,
    ) -> Result<Option<T>, Stop> {
        self.fail(ValidationError::new(kind, Path::key(key)))
            .map(|()| None)
    }

    /// Records `kind` at `key`, explained by `cause`, and yields "no value".
    pub(crate) fn fail_with<T>(
        &mut self,
        kind: ValidationErrorKind,
        key: &str,
        cause: Cause,
    ) -> Result<Option<T>, Stop> {
        self.fail(ValidationError::new(kind, Path::key(key)).with_cause(cause))
            .map(|()| None)
    }
}

/// The root error for a body the JSON reader refused.
#[cold]
pub(crate) fn read_error(error: ReadError, text: &[u8]) -> ValidationError {
    match error {
        ReadError::Syntax { offset } => {
            let (line, column) = ReadError::line_column(offset, text);
            ValidationError::new(
                ValidationErrorKind::InvalidJson { line, column },
                Path::root(),
            )
        }
        ReadError::TooDeep { limit } => too_deep(limit),
    }
}

/// The root error for a body longer than `limit` bytes.
#[cold]
pub(crate) fn too_large(limit: usize) -> ValidationError {
    ValidationError::new(ValidationErrorKind::TooLarge { limit }, Path::root())
}

/// The root error for a value nested deeper than `limit` levels.
#[cold]
pub(crate) fn too_deep(limit: usize) -> ValidationError {
    ValidationError::new(ValidationErrorKind::TooDeep { limit }, Path::root())
}
