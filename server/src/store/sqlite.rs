//! The SQLite backend: one connection, WAL, batched statements.
//!
//! SQLite allows one writer at a time, so the pool keeps a single connection and requests
//! queue for it in the process, in order, instead of sleeping in SQLite's busy handler;
//! `:memory:` needs exactly that anyway (every connection to `:memory:` is a database of
//! its own). The file is in WAL mode with a busy timeout, so a backup tool or a second
//! reader can open it meanwhile.

use std::collections::HashSet;
use std::str::FromStr;
use std::time::Duration;

use anyhow::Context as _;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use super::stored::COLUMNS;
use super::{ContactWrite, Source, StoredContact, UpsertCounts};
use crate::tenant::TenantId;

/// Contacts per SQLite statement: 8 parameters each, well under SQLite's 32,766.
const SQLITE_BATCH: usize = 1_000;

/// How long a SQLite connection waits for another process's write lock.
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(5);

pub(super) async fn connect(database: &str) -> anyhow::Result<SqlitePool> {
    let options = if database == ":memory:" {
        SqliteConnectOptions::from_str("sqlite::memory:")?
    } else if database.starts_with("sqlite:") {
        SqliteConnectOptions::from_str(database)
            .context("reading the sqlite: URL")?
            .create_if_missing(true)
    } else {
        SqliteConnectOptions::new()
            .filename(database)
            .create_if_missing(true)
    };
    let options = options
        .journal_mode(SqliteJournalMode::Wal)
        // NORMAL is durable across application crashes in WAL mode; only a power loss can
        // drop the last transactions (SQLite's documented trade-off).
        .synchronous(SqliteSynchronous::Normal)
        .busy_timeout(SQLITE_BUSY_TIMEOUT);
    SqlitePoolOptions::new()
        .max_connections(1)
        .min_connections(1)
        // The one connection is the database for `:memory:`: never let the pool drop it.
        .idle_timeout(None)
        .max_lifetime(None)
        .acquire_timeout(Duration::from_secs(30))
        .connect_with(options)
        .await
        .with_context(|| format!("opening the SQLite database {database:?}"))
}

/// Inserts the new contacts of `writes` (sorted, one per key) and merges the rest into
/// their stored rows, in one transaction.
pub(super) async fn upsert(
    pool: &SqlitePool,
    tenant: &TenantId,
    source: Source,
    writes: &[ContactWrite],
    now: i64,
) -> Result<UpsertCounts, sqlx::Error> {
    let mut counts = UpsertCounts::default();
    // IMMEDIATE takes the write lock up front: a transaction never has to upgrade a read
    // lock, which SQLite may refuse without waiting. Holding it, the transaction is the
    // only writer, so the batches below cannot race: rows not inserted exist, and are
    // updated.
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    for chunk in writes.chunks(SQLITE_BATCH) {
        // Two statements per batch instead of one or two per contact: a statement costs a
        // round trip to sqlx's SQLite thread (~40 us).
        let mut insert = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
            "INSERT INTO contacts \
             (tenant, source, contact_key, email, phone, data, created_at, updated_at) ",
        );
        insert.push_values(chunk, |mut row, write| {
            row.push_bind(tenant.as_str())
                .push_bind(source.as_str())
                .push_bind(write.key.as_str())
                .push_bind(write.email.as_deref())
                .push_bind(write.phone.as_deref())
                .push("json_patch(")
                .push_bind_unseparated(source.new_contact_defaults())
                .push_unseparated(", ")
                .push_bind_unseparated(write.data.as_str())
                .push_unseparated(")")
                .push_bind(now)
                .push_bind(now);
        });
        insert.push(" ON CONFLICT (tenant, source, contact_key) DO NOTHING RETURNING contact_key");
        let inserted: HashSet<String> = insert
            .build_query_scalar::<String>()
            .fetch_all(&mut *tx)
            .await?
            .into_iter()
            .collect();
        counts.created += inserted.len() as u64;
        let existing: Vec<&ContactWrite> = chunk
            .iter()
            .filter(|w| !inserted.contains(w.key.as_str()))
            .collect();
        if existing.is_empty() {
            continue;
        }
        let mut update =
            sqlx::QueryBuilder::<sqlx::Sqlite>::new("WITH v(contact_key, email, phone, data) AS (");
        update.push_values(existing, |mut row, write| {
            row.push_bind(write.key.as_str())
                .push_bind(write.email.as_deref())
                .push_bind(write.phone.as_deref())
                .push_bind(write.data.as_str());
        });
        update.push(
            ") UPDATE contacts SET email = COALESCE(v.email, contacts.email), \
             phone = COALESCE(v.phone, contacts.phone), \
             data = json_patch(contacts.data, v.data), updated_at = ",
        );
        update.push_bind(now);
        update.push(" FROM v WHERE contacts.tenant = ");
        update.push_bind(tenant.as_str());
        update.push(" AND contacts.source = ");
        update.push_bind(source.as_str());
        update.push(" AND contacts.contact_key = v.contact_key");
        counts.updated += update.build().execute(&mut *tx).await?.rows_affected();
    }
    tx.commit().await?;
    Ok(counts)
}

/// Reads one row of `tenant`'s `source` records.
pub(super) async fn contact(
    pool: &SqlitePool,
    tenant: &TenantId,
    source: Source,
    key: &str,
) -> Result<Option<StoredContact>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM contacts WHERE tenant = ?1 AND source = ?2 AND contact_key = ?3"
    );
    let row = sqlx::query(&sql)
        .bind(tenant.as_str())
        .bind(source.as_str())
        .bind(key)
        .fetch_optional(pool)
        .await?;
    row.as_ref().map(StoredContact::from_row).transpose()
}
