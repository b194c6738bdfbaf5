//! Store errors, sorted into "retry later" and "a bug".

use std::fmt;
use std::time::Duration;

/// A store operation failed; nothing of it was written (every write is one transaction).
///
/// [`is_unavailable`](Self::is_unavailable) tells a database that cannot serve now
/// (unreachable, full, read-only, locked, gone: the server answers 503 with
/// `Retry-After`) from an error no retry will fix (500). `Display` names the cause as the
/// driver reports it, which carries no request data: statements bind their values.
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
    cause: sqlx::Error,
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

    /// The driver's error.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::store::StoreError;
    ///
    /// let err = StoreError::from(sqlx::Error::PoolClosed);
    /// assert!(matches!(err.cause(), sqlx::Error::PoolClosed));
    /// ```
    pub fn cause(&self) -> &sqlx::Error {
        &self.cause
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(cause: sqlx::Error) -> StoreError {
        StoreError {
            unavailable: is_unavailable(&cause),
            cause,
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.unavailable {
            write!(f, "database unavailable: {}", self.cause)
        } else {
            write!(f, "database error: {}", self.cause)
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.cause)
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
    use super::unavailable_code;

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
