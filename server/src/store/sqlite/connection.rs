//! The SQLite backend's one connection: taken in turn, put back clean after a failure,
//! given up and reopened when its file is gone or replaced.
//!
//! SQLite allows one writer at a time, so the store keeps a single connection and calls
//! queue for it in the process, in order (a fair `tokio` mutex), instead of sleeping in
//! SQLite's busy handler; `:memory:` needs exactly that anyway (every connection to
//! `:memory:` is a database of its own). The file is in WAL mode with a busy timeout, so a
//! backup tool or a second reader can open it meanwhile.
//!
//! No failure outlives its call. Transactions are plain `BEGIN IMMEDIATE`/`COMMIT`
//! statements with a flag set before `BEGIN` and cleared after `COMMIT` or `ROLLBACK`;
//! any failure rolls back at once, and a call dropped midway (a client gone, a request
//! timeout) leaves the flag for the next call to roll back first. (sqlx's `Transaction`
//! counted its own depth and, when SQLite had already rolled back a failed COMMIT by
//! itself, as it does after a full disk or an I/O error, kept counting one: every later
//! `begin` failed until a restart.) A connection that fails in a way a rollback cannot
//! mend is closed, and the next call opens a new one; except `:memory:`, whose connection
//! *is* the database.
//!
//! The file's path is checked before each use and before each commit ([`super::file`]):
//! when it names no file, calls fail as unavailable and the connection is closed, never
//! replaced by a new empty database; when it names another file than the one open, the
//! connection is closed and the file at the path opened (migrated first). Closing comes
//! first because the old connection's `-wal` and `-shm` files sit at the same names the
//! new file will use: SQLite checkpoints and deletes them on close, where a new connection
//! would have taken them for its own.

use std::path::PathBuf;
use std::str::FromStr as _;
use std::time::Duration;

use anyhow::Context as _;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqliteSynchronous};
use sqlx::Connection as _;
use tokio::sync::{Mutex, MutexGuard};

use super::file::{inspect, FileId, PathState};
use crate::store::{migrations, FileFault, StoreError, StoreOptions};

/// How long a SQLite connection waits for another process's write lock.
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The database: where it is, and its one connection.
pub(in crate::store) struct SqliteDb {
    /// The file on disk, `None` for an in-memory database (nothing to check, nothing to
    /// reopen).
    file: Option<PathBuf>,
    /// How a reopened connection is made: never creating the file.
    reopen: SqliteConnectOptions,
    acquire_timeout: Duration,
    slot: Mutex<Slot>,
}

#[derive(Debug)]
struct Slot {
    conn: Option<SqliteConnection>,
    /// The file `conn` has open.
    opened: Option<FileId>,
    /// Set before `BEGIN`, cleared once the transaction is over: still set means a call
    /// was dropped inside its transaction.
    in_transaction: bool,
    closed: bool,
}

impl std::fmt::Debug for SqliteDb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteDb")
            .field("file", &self.file)
            .field("acquire_timeout", &self.acquire_timeout)
            .finish_non_exhaustive()
    }
}

/// The connection, held for one call; [`Lease::fail`] or [`Lease::commit`] end it.
pub(in crate::store) struct Lease<'a> {
    db: &'a SqliteDb,
    slot: MutexGuard<'a, Slot>,
}

impl SqliteDb {
    /// Opens (creating it if needed) and migrates the database named by `database`: a
    /// path, `:memory:`, or a `sqlite:` URL.
    pub(in crate::store) async fn open(
        database: &str,
        options: &StoreOptions,
    ) -> anyhow::Result<SqliteDb> {
        let first = if database == ":memory:" {
            SqliteConnectOptions::from_str("sqlite::memory:")?
        } else if database.starts_with("sqlite:") {
            SqliteConnectOptions::from_str(database)
                .context("reading the sqlite: URL")?
                .create_if_missing(true)
        } else {
            SqliteConnectOptions::new()
                .filename(database)
                .create_if_missing(true)
        }
        .journal_mode(SqliteJournalMode::Wal)
        // NORMAL is durable across application crashes in WAL mode; only a power loss can
        // drop the last transactions (SQLite's documented trade-off).
        .synchronous(SqliteSynchronous::Normal)
        .busy_timeout(SQLITE_BUSY_TIMEOUT);
        let mut conn = SqliteConnection::connect_with(&first)
            .await
            .with_context(|| format!("opening the SQLite database {database:?}"))?;
        migrations::run_on_sqlite(&mut conn)
            .await
            .context("running the database migrations")?;
        // A database is a file when its name names one once open (`sqlite::memory:` and
        // `mode=memory` URLs get names that are no files).
        let path = first.get_filename().to_path_buf();
        let (file, opened) = match inspect(&path) {
            PathState::File { id, .. } if database != ":memory:" => (Some(path), Some(id)),
            _ => (None, None),
        };
        Ok(SqliteDb {
            file,
            reopen: first.create_if_missing(false),
            acquire_timeout: options.acquire_timeout,
            slot: Mutex::new(Slot {
                conn: Some(conn),
                opened,
                in_transaction: false,
                closed: false,
            }),
        })
    }

    /// The connection for reading.
    pub(in crate::store) async fn read(&self) -> Result<Lease<'_>, StoreError> {
        self.lease(false).await
    }

    /// The connection inside a new `BEGIN IMMEDIATE` transaction: the write lock is taken
    /// up front, so a transaction never has to upgrade a read lock, which SQLite may
    /// refuse without waiting.
    pub(in crate::store) async fn begin_write(&self) -> Result<Lease<'_>, StoreError> {
        let mut lease = self.lease(true).await?;
        lease.slot.in_transaction = true;
        match sqlx::query("BEGIN IMMEDIATE").execute(lease.conn()).await {
            Ok(_) => Ok(lease),
            Err(err) => Err(lease.fail(err).await),
        }
    }

    /// Waits for the call in progress, then closes the connection (a file is
    /// checkpointed); later calls fail as unavailable.
    pub(in crate::store) async fn close(&self) {
        let mut slot = self.slot.lock().await;
        self.reset(&mut slot, false).await;
        slot.closed = true;
        if let Some(conn) = slot.conn.take() {
            if let Err(err) = conn.close().await {
                tracing::warn!(error = %err, "closing the SQLite connection");
            }
        }
    }

    /// Takes the connection: waits for its turn (at most the acquire timeout), rolls back
    /// what a dropped call left open, checks the file and (re)opens it when needed.
    async fn lease(&self, write: bool) -> Result<Lease<'_>, StoreError> {
        let mut slot = tokio::time::timeout(self.acquire_timeout, self.slot.lock())
            .await
            .map_err(|_| StoreError::from(sqlx::Error::PoolTimedOut))?;
        if slot.closed {
            return Err(sqlx::Error::PoolClosed.into());
        }
        self.reset(&mut slot, false).await;
        if let Some(path) = &self.file {
            match inspect(path) {
                PathState::Missing => {
                    if slot.conn.is_some() {
                        tracing::error!(
                            path = %path.display(),
                            "the database file is gone from its path: refusing every call \
                             until a database file is back there (a restored backup is \
                             opened as it is; an empty one is never created)"
                        );
                        self.discard(&mut slot).await;
                    }
                    return Err(FileFault::Missing.into());
                }
                PathState::File { id, read_only } => {
                    if slot.opened.is_some_and(|opened| opened != id) {
                        tracing::warn!(path = %path.display(), "another database file is at the path: opening it");
                        self.discard(&mut slot).await;
                    }
                    if write && read_only {
                        return Err(FileFault::ReadOnly.into());
                    }
                }
            }
        }
        if slot.conn.is_none() {
            self.reconnect(&mut slot).await?;
        }
        Ok(Lease { db: self, slot })
    }

    /// Opens the file at the path again (never creating it) and migrates it.
    async fn reconnect(&self, slot: &mut Slot) -> Result<(), StoreError> {
        let Some(path) = &self.file else {
            // An in-memory database cannot be opened again: it would be another, empty one.
            return Err(sqlx::Error::PoolClosed.into());
        };
        let mut conn = SqliteConnection::connect_with(&self.reopen)
            .await
            .map_err(StoreError::opening)?;
        if let Err(err) = migrations::run_on_sqlite(&mut conn).await {
            let _ = conn.close().await;
            return Err(StoreError::opening(sqlx::Error::Migrate(Box::new(err))));
        }
        let PathState::File { id, .. } = inspect(path) else {
            let _ = conn.close().await;
            return Err(FileFault::Missing.into());
        };
        tracing::info!(path = %path.display(), "opened the database file");
        slot.conn = Some(conn);
        slot.opened = Some(id);
        Ok(())
    }

    /// Rolls back a transaction left open; `broken` (or a failed rollback) closes a
    /// file's connection so that the next call opens a fresh one.
    async fn reset(&self, slot: &mut Slot, mut broken: bool) {
        if slot.in_transaction {
            if let Some(conn) = slot.conn.as_mut() {
                match sqlx::query("ROLLBACK").execute(&mut *conn).await {
                    Ok(_) => {}
                    // SQLITE_ERROR, "cannot rollback - no transaction is active": SQLite
                    // rolled back by itself (after an I/O error, a full disk, a failed
                    // COMMIT). The connection is clean.
                    Err(sqlx::Error::Database(err)) if err.code().as_deref() == Some("1") => {}
                    Err(err) => {
                        tracing::error!(error = %err, "rolling back a failed transaction");
                        broken = true;
                    }
                }
            }
            slot.in_transaction = false;
        }
        if broken {
            if self.file.is_some() {
                self.discard(slot).await;
            } else {
                tracing::error!("the in-memory database's connection failed; it cannot be replaced without losing the database");
            }
        }
    }

    /// Closes a file's connection (its `-wal` is checkpointed into the file it has open
    /// and removed with the `-shm`); the next call opens the file at the path.
    async fn discard(&self, slot: &mut Slot) {
        slot.opened = None;
        slot.in_transaction = false;
        if let Some(conn) = slot.conn.take() {
            if let Err(err) = conn.close().await {
                tracing::warn!(error = %err, "closing the SQLite connection");
            }
        }
    }
}

impl Lease<'_> {
    /// The connection.
    pub(in crate::store) fn conn(&mut self) -> &mut SqliteConnection {
        self.slot
            .conn
            .as_mut()
            .expect("a lease always holds an open connection")
    }

    /// Commits, if the path still names the file written to and the file may be written;
    /// otherwise, or when the commit fails, rolls back.
    pub(in crate::store) async fn commit(mut self) -> Result<(), StoreError> {
        if let Some(path) = &self.db.file {
            let fault = match inspect(path) {
                PathState::Missing => Some(FileFault::Missing),
                PathState::File { id, .. } if Some(id) != self.slot.opened => {
                    Some(FileFault::Replaced)
                }
                PathState::File {
                    read_only: true, ..
                } => Some(FileFault::ReadOnly),
                PathState::File { .. } => None,
            };
            if let Some(fault) = fault {
                // A gone or replaced file's connection is of no further use.
                let broken = fault != FileFault::ReadOnly;
                self.db.reset(&mut self.slot, broken).await;
                return Err(fault.into());
            }
        }
        match sqlx::query("COMMIT").execute(self.conn()).await {
            Ok(_) => {
                self.slot.in_transaction = false;
                Ok(())
            }
            Err(err) => Err(self.fail(err).await),
        }
    }

    /// Ends a failed call: rolls back, closes the connection if the failure may have
    /// broken it, and returns the error.
    pub(in crate::store) async fn fail(mut self, err: sqlx::Error) -> StoreError {
        // The connection itself failed (its worker thread, its file): do not reuse it.
        let broken = matches!(err, sqlx::Error::Io(_) | sqlx::Error::WorkerCrashed);
        self.db.reset(&mut self.slot, broken).await;
        StoreError::from(err)
    }
}
