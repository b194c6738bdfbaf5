//! [`BodyError`]: why a streamed body was refused.

#[allow(unused_imports)]
use super::*;

/// Why a body read with a [`BodyReader`] is rejected.
#[derive(Debug)]
#[non_exhaustive]
pub enum BodyError {
    /// The body is rejected, with the error
    /// [`BulkOutcome::from_json_with`](crate::user_properties::BulkOutcome::from_json_with) gives it:
    /// `ValidationError: "userProperties" is required`.
    Invalid {
        /// The error.
        error: ValidationError,
        /// The index of the entry the error lies in (a syntax error inside it, nesting
        /// too deep, a cut-off or missing entry), which was yielded as an entry or a
        /// fault: a caller that rejects it has reported the problem already.
        entry: Option<usize>,
    },
    /// A key of the body is longer than [`BodyReader::max_entry_bytes`]: `body: the key on
    /// line 3 is longer than 1048576 bytes`. Such a key is unknown, so `BulkOutcome::from_json`
    /// rejects the body too, naming the key.
    KeyTooLarge {
        /// The 1-based line the key starts on.
        line: u64,
        /// The limit.
        limit: usize,
    },
    /// Reading the input failed: `body: cannot read the input: ...`.
    Io(io::Error),
}

impl fmt::Display for BodyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BodyError::Invalid { error, .. } => error.fmt(f),
            BodyError::KeyTooLarge { line, limit } => {
                write!(
                    f,
                    "body: the key on line {line} is longer than {limit} bytes"
                )
            }
            BodyError::Io(err) => write!(f, "body: cannot read the input: {err}"),
        }
    }
}

impl std::error::Error for BodyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BodyError::Invalid { error, .. } => Some(error),
            BodyError::Io(err) => Some(err),
            BodyError::KeyTooLarge { .. } => None,
        }
    }
}

impl From<io::Error> for BodyError {
    fn from(err: io::Error) -> Self {
        BodyError::Io(err)
    }
}
