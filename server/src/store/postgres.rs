//! The PostgreSQL backend (the `postgres` feature): a pool shared by many server
//! instances; the primary key decides every race between them.

use std::time::Duration;

use anyhow::Context as _;
use sqlx::PgPool;

use super::stored::COLUMNS;
use super::{ContactWrite, Source, StoredContact, UpsertCounts};
use crate::tenant::TenantId;

pub(super) async fn connect(database: &str) -> anyhow::Result<PgPool> {
    sqlx::postgres::PgPoolOptions::new()
        .max_connections(16)
        .acquire_timeout(Duration::from_secs(30))
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
) -> Result<UpsertCounts, sqlx::Error> {
    let mut counts = UpsertCounts::default();
    let mut tx = pool.begin().await?;
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
        .execute(&mut *tx)
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
        .execute(&mut *tx)
        .await?;
        counts.updated += 1;
    }
    tx.commit().await?;
    Ok(counts)
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
