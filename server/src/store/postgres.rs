//! The PostgreSQL backend (the `postgres` feature): a pool shared by many server
//! instances; the primary key decides every race between them.

use anyhow::Context as _;
use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnection, PgPoolOptions};
use sqlx::{Connection as _, PgPool, Postgres};

use super::stored::COLUMNS;
use super::{ContactWrite, Source, StoreError, StoreOptions, StoredContact, UpsertCounts};
use crate::tenant::TenantId;

pub(super) async fn connect(database: &str, options: &StoreOptions) -> anyhow::Result<PgPool> {
    PgPoolOptions::new()
        .max_connections(options.pool_size)
        .acquire_timeout(options.acquire_timeout)
        .connect(database)
        .await
        // The URL may hold a password: never put it in the error.
        .context("connecting to the PostgreSQL database")
}

/// Inserts or merges each of `writes` (sorted, one per key), in one transaction.
pub(super) async fn upsert(
    pool: &PgPool,
    tenant: &TenantId,
    source: Source,
    writes: &[ContactWrite],
    now: i64,
) -> Result<UpsertCounts, StoreError> {
    let mut conn = pool.acquire().await?;
    let outcome = transact_upsert(&mut conn, tenant, source, writes, now).await;
    settle(&mut conn, outcome)
}

/// Rewrites the heartbeat row (one statement: its own transaction).
pub(super) async fn heartbeat(pool: &PgPool, now: i64) -> Result<(), StoreError> {
    let mut conn = pool.acquire().await?;
    let outcome = sqlx::query(super::HEARTBEAT_SQL)
        .bind(now)
        .execute(&mut *conn)
        .await
        .map(|_| ())
        .map_err(Failure::new);
    settle(&mut conn, outcome)
}

/// Reads one row of `tenant`'s `source` records.
pub(super) async fn contact(
    pool: &PgPool,
    tenant: &TenantId,
    source: Source,
    key: &str,
) -> Result<Option<StoredContact>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM contacts WHERE tenant = $1 AND source = $2 AND contact_key = $3"
    );
    let row = sqlx::query(&sql)
        .bind(tenant.as_str())
        .bind(source.as_str())
        .bind(key)
        .fetch_optional(pool)
        .await?;
    row.as_ref().map(StoredContact::from_row).transpose()
}

/// A failed call, and whether its connection may be broken.
struct Failure {
    err: sqlx::Error,
    broken: bool,
}

impl Failure {
    fn new(err: sqlx::Error) -> Failure {
        Failure {
            broken: connection_lost(&err),
            err,
        }
    }
}

/// Whether `err` may have left the connection unusable: I/O, a protocol error, or the
/// server ending the session (`08...` connection exceptions, `57P..` shutdown).
fn connection_lost(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::Protocol(_)
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => db
            .code()
            .is_some_and(|code| code.starts_with("08") || code.starts_with("57P")),
        _ => false,
    }
}

/// Closes a connection that may be broken when it goes back (the pool opens a new one),
/// so no failure outlives its call.
fn settle<T>(
    conn: &mut PoolConnection<Postgres>,
    outcome: Result<T, Failure>,
) -> Result<T, StoreError> {
    outcome.map_err(|failure| {
        if failure.broken {
            conn.close_on_drop();
        }
        StoreError::from(failure.err)
    })
}

async fn transact_upsert(
    conn: &mut PgConnection,
    tenant: &TenantId,
    source: Source,
    writes: &[ContactWrite],
    now: i64,
) -> Result<UpsertCounts, Failure> {
    let mut tx = conn.begin().await.map_err(Failure::new)?;
    match upsert_batches(&mut tx, tenant, source, writes, now).await {
        Ok(counts) => {
            tx.commit().await.map_err(Failure::new)?;
            Ok(counts)
        }
        Err(err) => {
            // Rolled back here rather than on drop, so that the connection goes back clean
            // (or, if even that fails, is closed).
            let rolled_back = tx.rollback().await.is_ok();
            let mut failure = Failure::new(err);
            failure.broken |= !rolled_back;
            Err(failure)
        }
    }
}

async fn upsert_batches(
    conn: &mut PgConnection,
    tenant: &TenantId,
    source: Source,
    writes: &[ContactWrite],
    now: i64,
) -> Result<UpsertCounts, sqlx::Error> {
    let mut counts = UpsertCounts::default();
    for write in writes {
        let inserted = sqlx::query(
            "INSERT INTO contacts \
             (tenant, source, contact_key, email, phone, data, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, ($7::jsonb || $6::jsonb)::text, $8, $8) \
             ON CONFLICT (tenant, source, contact_key) DO NOTHING",
        )
        .bind(tenant.as_str())
        .bind(source.as_str())
        .bind(write.key.as_str())
        .bind(write.email.as_deref())
        .bind(write.phone.as_deref())
        .bind(write.data.as_str())
        .bind(source.new_contact_defaults())
        .bind(now)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        if inserted == 1 {
            counts.created += 1;
            continue;
        }
        // The merge is one expression on the row being updated, so a concurrent update of
        // the same contact cannot be lost (UPDATE re-reads the row after waiting for its
        // lock).
        sqlx::query(
            "UPDATE contacts SET email = COALESCE($4, email), \
             phone = COALESCE($5, phone), \
             data = (data::jsonb || $6::jsonb)::text, \
             updated_at = $7 WHERE tenant = $1 AND source = $2 AND contact_key = $3",
        )
        .bind(tenant.as_str())
        .bind(source.as_str())
        .bind(write.key.as_str())
        .bind(write.email.as_deref())
        .bind(write.phone.as_deref())
        .bind(write.data.as_str())
        .bind(now)
        .execute(&mut *conn)
        .await?;
        counts.updated += 1;
    }
    Ok(counts)
}
