//! Store errors, sorted into "retry later" and "a bug".

use std::fmt;
use std::time::Duration;

/// A store operation failed; nothing of it was written (every write is one transaction).
///
/// [`is_unavailable`](Self::is_unavailable) tells a database that cannot serve now
/// (unreachable, full, read-only, locked, gone: the server answers 503 with
/// `Retry-After`) from an error no retry will fix (500). `Display` names the cause as the
/// driver reports it, or the [`FileFault`], which carries no request data: statements
/// bind their values.
///
/// # Examples
///
/// ```
/// use contactkit_server::store::StoreError;
///
/// let err = StoreError::from(sqlx::Error::PoolTimedOut);
/// assert!(err.is_unavailable());
/// assert_eq!(err.to_string(), "database unavailable: pool timed out while waiting for an open connection");
/// ```
#[derive(Debug)]
pub struct StoreError {
    unavailable: bool,
    cause: Cause,
}

#[derive(Debug)]
enum Cause {
    Driver(sqlx::Error),
    File(FileFault),
}

/// What is wrong with a SQLite database file, found by the checks the store makes before
/// it uses the file and before each commit. Every fault is [unavailable](StoreError::is_unavailable):
/// it ends when the operator puts things right, without a restart.
///
/// The messages are part of the API (they reach the log, never a client).
///
/// # Examples
///
/// ```
/// use contactkit_server::store::{FileFault, StoreError};
///
/// let err = StoreError::from(FileFault::ReadOnly);
/// assert!(err.is_unavailable());
/// assert_eq!(err.file_fault(), Some(FileFault::ReadOnly));
/// assert_eq!(err.to_string(), "database unavailable: the database file is read-only (no write permission bit)");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFault {
    /// No file at the database's path: deleted or moved away (`rm contactkit.db`).
    Missing,
    /// The file at the path is another file than the one the write went to: replaced
    /// (`mv backup.db contactkit.db`) while the write was under way. The next call opens
    /// the new file.
    Replaced,
    /// The file has no write permission bit (`chmod a-w contactkit.db`); checked by mode,
    /// so it holds for root too.
    ReadOnly,
}

impl fmt::Display for FileFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FileFault::Missing => "the database file is missing from its path",
            FileFault::Replaced => "the database file was replaced during the write",
            FileFault::ReadOnly => "the database file is read-only (no write permission bit)",
        })
    }
}

/// What a client is told to wait before retrying when the database is unavailable.
pub const RETRY_AFTER: Duration = Duration::from_secs(5);

impl StoreError {
    /// Whether the database could not serve the request now (503), as opposed to a
    /// failure no retry will fix (500).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::store::StoreError;
    ///
    /// assert!(!StoreError::from(sqlx::Error::RowNotFound).is_unavailable());
    /// ```
    pub fn is_unavailable(&self) -> bool {
        self.unavailable
    }

    /// The driver's error, unless the store found the fault itself.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::store::{FileFault, StoreError};
    ///
    /// let err = StoreError::from(sqlx::Error::PoolClosed);
    /// assert!(matches!(err.driver_error(), Some(sqlx::Error::PoolClosed)));
    /// assert!(StoreError::from(FileFault::Missing).driver_error().is_none());
    /// ```
    pub fn driver_error(&self) -> Option<&sqlx::Error> {
        match &self.cause {
            Cause::Driver(err) => Some(err),
            Cause::File(_) => None,
        }
    }

    /// The fault of the SQLite file, when that is the cause.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::store::{FileFault, StoreError};
    ///
    /// assert_eq!(StoreError::from(FileFault::Missing).file_fault(), Some(FileFault::Missing));
    /// assert_eq!(StoreError::from(sqlx::Error::PoolClosed).file_fault(), None);
    /// ```
    pub fn file_fault(&self) -> Option<FileFault> {
        match &self.cause {
            Cause::Driver(_) => None,
            Cause::File(fault) => Some(*fault),
        }
    }

    /// An error met while (re)opening the database: whatever it is, a later call may
    /// succeed (the file is restored, the server comes back), so it is unavailable.
    pub(super) fn opening(cause: sqlx::Error) -> StoreError {
        StoreError {
            unavailable: true,
            cause: Cause::Driver(cause),
        }
    }
}

impl From<FileFault> for StoreError {
    fn from(fault: FileFault) -> StoreError {
        StoreError {
            unavailable: true,
            cause: Cause::File(fault),
        }
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(cause: sqlx::Error) -> StoreError {
        StoreError {
            unavailable: is_unavailable(&cause),
            cause: Cause::Driver(cause),
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = if self.unavailable {
            "database unavailable"
        } else {
            "database error"
        };
        match &self.cause {
            Cause::Driver(err) => write!(f, "{kind}: {err}"),
            Cause::File(fault) => write!(f, "{kind}: {fault}"),
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.cause {
            Cause::Driver(err) => Some(err),
            Cause::File(_) => None,
        }
    }
}

/// Whether `err` says the database cannot serve now, rather than that a statement is wrong.
fn is_unavailable(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed
        | sqlx::Error::Protocol(_) => true,
        sqlx::Error::Database(db) => db.code().is_some_and(|code| unavailable_code(&code)),
        _ => false,
    }
}

/// SQLite result codes (the primary code is the low byte of the extended one) and
/// PostgreSQL SQLSTATEs that mean "not now".
fn unavailable_code(code: &str) -> bool {
    // A SQLSTATE has five characters; SQLite's (extended) codes are at most 4 digits.
    if code.len() < 5 {
        let Ok(extended) = code.parse::<u32>() else {
            return false;
        };
        // BUSY, LOCKED, READONLY, IOERR, FULL, CANTOPEN.
        return matches!(extended & 0xff, 5 | 6 | 8 | 10 | 13 | 14);
    }
    // Connection exceptions, insufficient resources, operator intervention (shutdown),
    // a read-only transaction (a standby), serialization failures and deadlocks.
    code.starts_with("08")
        || code.starts_with("53")
        || code.starts_with("57P")
        || code == "25006"
        || code == "40001"
        || code == "40P01"
}

#[cfg(test)]
mod tests {
    use super::{unavailable_code, FileFault, StoreError};

    #[test]
    fn file_fault_messages() {
        for (fault, message) in [
            (
                FileFault::Missing,
                "database unavailable: the database file is missing from its path",
            ),
            (
                FileFault::Replaced,
                "database unavailable: the database file was replaced during the write",
            ),
            (
                FileFault::ReadOnly,
                "database unavailable: the database file is read-only (no write permission bit)",
            ),
        ] {
            let err = StoreError::from(fault);
            assert!(err.is_unavailable());
            assert_eq!(err.to_string(), message);
        }
    }

    #[test]
    fn codes_that_mean_not_now() {
        for (code, expected) in [
            ("13", true),    // SQLITE_FULL
            ("8", true),     // SQLITE_READONLY
            ("1032", true),  // SQLITE_READONLY_DBMOVED
            ("5", true),     // SQLITE_BUSY
            ("2067", false), // SQLITE_CONSTRAINT_UNIQUE
            ("1", false),    // SQLITE_ERROR
            ("08006", true),
            ("53100", true),
            ("57P01", true),
            ("25006", true),
            ("23505", false),
            ("42P01", false),
        ] {
            assert_eq!(unavailable_code(code), expected, "{code}");
        }
    }
}
