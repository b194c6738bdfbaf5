//! Contact storage: SQLite embedded by default, PostgreSQL behind the `postgres` feature.
//!
//! Both backends run the same migrations (`server/migrations/`, embedded in the binary)
//! and the same upsert, batched: per 1,000 contacts, one `INSERT ... ON CONFLICT DO
//! NOTHING RETURNING contact_key` (the keys returned were *created*) and one `UPDATE`
//! merging the new fields into the rest (*updated*). The primary key decides the race:
//! two concurrent requests for one contact can never both insert, so
//! `createCount`/`updateCount` are true counts. All writes of one request run in one
//! transaction, in ascending key order so that two transactions lock shared rows in the
//! same order (no deadlock on PostgreSQL).
//!
//! No failure outlives its call: a failed transaction is rolled back before the
//! connection is used again, and a connection that may be broken is closed and replaced
//! (SQLite: its one connection, except `:memory:`'s; PostgreSQL: closed instead of
//! going back to the pool). A database that cannot serve now (unreachable, full,
//! read-only, its file gone) gives a [`StoreError`] that
//! [is unavailable](StoreError::is_unavailable), and the next call after the fault ends
//! succeeds, without a restart.
//!
//! Every row belongs to a tenant ([`TenantId`]) and to one endpoint's model ([`Source`]);
//! the primary key is `(tenant, source, contact_key)` and every statement names all
//! three, so a tenant never reads or writes another's contacts, and the two endpoints
//! never overwrite each other's record of one contact.

mod error;
mod key;
mod migrations;
mod options;
#[cfg(feature = "postgres")]
mod postgres;
mod source;
mod sqlite;
mod stored;
mod write;

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

pub use error::{FileFault, StoreError, RETRY_AFTER};
pub use key::ContactKey;
pub use options::StoreOptions;
pub use source::Source;
pub use stored::StoredContact;
pub use write::{ContactWrite, UpsertCounts};

use crate::tenant::TenantId;
use sqlite::SqliteDb;
use write::merge_duplicates;

/// The health check's write, the same on both backends.
const HEARTBEAT_SQL: &str = "INSERT INTO heartbeat (id, beat_at) VALUES (1, $1) \
                             ON CONFLICT (id) DO UPDATE SET beat_at = EXCLUDED.beat_at";

/// The contact store: a SQLite file or `:memory:` database, or a PostgreSQL pool.
///
/// Cloning is cheap (the pool is shared).
///
/// # Examples
///
/// ```
/// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
/// use contactkit::CanonicalEmail;
/// use contactkit_server::store::{ContactKey, ContactWrite, Source, Store};
/// use contactkit_server::tenant::TenantId;
///
/// let store = Store::connect(":memory:").await?;
/// let (acme, other) = (TenantId::parse("acme")?, TenantId::parse("other")?);
/// let email = CanonicalEmail::parse("jan@barasek.com")?;
/// let write = ContactWrite {
///     key: ContactKey::for_email(&email),
///     email: Some(email.as_str().to_owned()),
///     phone: None,
///     data: r#"{"email":"jan@barasek.com","newsletter":false}"#.to_owned(),
/// };
/// assert_eq!(store.upsert(&acme, Source::UpdateProfile, vec![write.clone()]).await?.created, 1);
/// assert_eq!(store.upsert(&acme, Source::UpdateProfile, vec![write.clone()]).await?.updated, 1);
/// // Another tenant's contact of the same email is another contact.
/// assert_eq!(store.upsert(&other, Source::UpdateProfile, vec![write]).await?.created, 1);
/// assert_eq!(store.count_contacts().await?, 2);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Store {
    backend: Backend,
}

#[derive(Debug, Clone)]
enum Backend {
    Sqlite(Arc<SqliteDb>),
    #[cfg(feature = "postgres")]
    Postgres(sqlx::PgPool),
}

impl Store {
    /// Opens (creating it if needed) and migrates the database named by `database`, with
    /// the [default options](StoreOptions::default).
    ///
    /// - `:memory:`: a private in-memory SQLite database (tests);
    /// - `postgres://...` or `postgresql://...`: PostgreSQL (with the `postgres` feature);
    /// - `sqlite:...`: a SQLite URL as sqlx reads it;
    /// - anything else: the path of a SQLite file, created on first start.
    ///
    /// # Errors
    ///
    /// The database cannot be opened or created, a migration fails, or a `postgres://`
    /// URL is given to a server built without the `postgres` feature.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
    /// let store = contactkit_server::store::Store::connect(":memory:").await?;
    /// store.health_check().await?;
    /// # Ok(()) }
    /// ```
    pub async fn connect(database: &str) -> anyhow::Result<Store> {
        Store::connect_with(database, &StoreOptions::default()).await
    }

    /// [`connect`](Store::connect) with a pool size and an acquire timeout.
    ///
    /// A SQLite file is created only here, on first start: if it disappears later, calls
    /// fail as unavailable until a database file is back at the path, and the store opens
    /// that one (see [`FileFault`]).
    ///
    /// # Errors
    ///
    /// As [`connect`](Store::connect); for PostgreSQL also a server that does not accept
    /// a connection within the acquire timeout.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
    /// use contactkit_server::store::{Store, StoreOptions};
    ///
    /// let options = StoreOptions { pool_size: 4, ..StoreOptions::default() };
    /// let store = Store::connect_with(":memory:", &options).await?;
    /// assert_eq!(store.backend_name(), "sqlite");
    /// # Ok(()) }
    /// ```
    pub async fn connect_with(database: &str, options: &StoreOptions) -> anyhow::Result<Store> {
        let backend =
            if database.starts_with("postgres://") || database.starts_with("postgresql://") {
                connect_postgres(database, options).await?
            } else {
                Backend::Sqlite(Arc::new(SqliteDb::open(database, options).await?))
            };
        Ok(Store { backend })
    }

    /// The backend's name, for logs: `sqlite` or `postgres`.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
    /// let store = contactkit_server::store::Store::connect(":memory:").await?;
    /// assert_eq!(store.backend_name(), "sqlite");
    /// # Ok(()) }
    /// ```
    pub fn backend_name(&self) -> &'static str {
        match &self.backend {
            Backend::Sqlite(_) => "sqlite",
            #[cfg(feature = "postgres")]
            Backend::Postgres(_) => "postgres",
        }
    }

    /// Creates or updates each contact of `writes` in `tenant`'s records of `source`'s
    /// model, all in one transaction.
    ///
    /// A new contact is inserted with the model's [new-contact
    /// defaults](Source::new_contact_defaults) under its own members; an existing one
    /// keeps its `created_at`, gets the new record's members merged over its stored
    /// `data` (members the new record lacks are kept), its `email`/`phone` replaced when
    /// the new record has them, and `updated_at` set. Writes are applied in ascending key
    /// order; writes of one key are first merged into one (later members winning).
    ///
    /// # Errors
    ///
    /// [`StoreError`]; the transaction is then rolled back and nothing is written.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
    /// use contactkit::IntlPhone;
    /// use contactkit_server::store::{ContactKey, ContactWrite, Source, Store};
    /// use contactkit_server::tenant::TenantId;
    ///
    /// let store = Store::connect(":memory:").await?;
    /// let tenant = TenantId::parse("acme")?;
    /// let phone = IntlPhone::parse("+91 9090909090")?;
    /// let write = |data: &str| ContactWrite {
    ///     key: ContactKey::for_phone(&phone),
    ///     email: None,
    ///     phone: Some(phone.e164()),
    ///     data: data.to_owned(),
    /// };
    /// store.upsert(&tenant, Source::Bik, vec![write(r#"{"firstName":"A","city":"Pune"}"#)]).await?;
    /// store.upsert(&tenant, Source::Bik, vec![write(r#"{"firstName":"B"}"#)]).await?;
    /// let row = store.contact(&tenant, Source::Bik, "phone:+919090909090").await?.expect("stored");
    /// let data: serde_json::Value = serde_json::from_str(&row.data)?;
    /// assert_eq!(data, serde_json::json!({"firstName": "B", "city": "Pune"}));
    /// # Ok(()) }
    /// ```
    pub async fn upsert(
        &self,
        tenant: &TenantId,
        source: Source,
        mut writes: Vec<ContactWrite>,
    ) -> Result<UpsertCounts, StoreError> {
        // One lock order for every transaction: no deadlocks between overlapping requests.
        writes.sort_by(|a, b| a.key.cmp(&b.key));
        let writes = merge_duplicates(writes);
        let now = now_millis();
        let counts = match &self.backend {
            Backend::Sqlite(db) => sqlite::upsert(db, tenant, source, &writes, now).await?,
            #[cfg(feature = "postgres")]
            Backend::Postgres(pool) => postgres::upsert(pool, tenant, source, &writes, now).await?,
        };
        Ok(counts)
    }

    /// The number of stored contacts, of every tenant and model.
    ///
    /// # Errors
    ///
    /// Any database error.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
    /// let store = contactkit_server::store::Store::connect(":memory:").await?;
    /// assert_eq!(store.count_contacts().await?, 0);
    /// # Ok(()) }
    /// ```
    pub async fn count_contacts(&self) -> Result<u64, StoreError> {
        let count: i64 = match &self.backend {
            Backend::Sqlite(db) => sqlite::count_contacts(db).await?,
            #[cfg(feature = "postgres")]
            Backend::Postgres(pool) => {
                sqlx::query_scalar("SELECT COUNT(*) FROM contacts")
                    .fetch_one(pool)
                    .await?
            }
        };
        Ok(u64::try_from(count).unwrap_or(0))
    }

    /// Reads one contact of `tenant`'s records of `source`'s model by its key
    /// ([`ContactKey::as_str`]: `email:...` or `phone:...`).
    ///
    /// # Errors
    ///
    /// [`StoreError`].
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
    /// use contactkit_server::store::{Source, Store};
    /// use contactkit_server::tenant::TenantId;
    ///
    /// let store = Store::connect(":memory:").await?;
    /// let tenant = TenantId::default_tenant();
    /// assert_eq!(store.contact(&tenant, Source::Bik, "phone:+919090909090").await?, None);
    /// # Ok(()) }
    /// ```
    pub async fn contact(
        &self,
        tenant: &TenantId,
        source: Source,
        key: &str,
    ) -> Result<Option<StoredContact>, StoreError> {
        Ok(match &self.backend {
            Backend::Sqlite(db) => sqlite::contact(db, tenant, source, key).await?,
            #[cfg(feature = "postgres")]
            Backend::Postgres(pool) => postgres::contact(pool, tenant, source, key).await?,
        })
    }

    /// Checks that the database takes a write now (`GET /healthz`): commits a write to the
    /// one-row `heartbeat` table, through the checks every write passes (for a SQLite
    /// file: still at its path, writable).
    ///
    /// # Errors
    ///
    /// [`StoreError`]: whatever would fail a contact write now.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
    /// contactkit_server::store::Store::connect(":memory:").await?.health_check().await?;
    /// # Ok(()) }
    /// ```
    pub async fn health_check(&self) -> Result<(), StoreError> {
        let now = now_millis();
        match &self.backend {
            Backend::Sqlite(db) => sqlite::heartbeat(db, now).await,
            #[cfg(feature = "postgres")]
            Backend::Postgres(pool) => postgres::heartbeat(pool, now).await,
        }
    }

    /// Closes the connections, waiting for calls in progress (a SQLite file is
    /// checkpointed); later calls fail as unavailable.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
    /// contactkit_server::store::Store::connect(":memory:").await?.close().await;
    /// # Ok(()) }
    /// ```
    pub async fn close(&self) {
        match &self.backend {
            Backend::Sqlite(db) => db.close().await,
            #[cfg(feature = "postgres")]
            Backend::Postgres(pool) => pool.close().await,
        }
    }
}

#[cfg(feature = "postgres")]
async fn connect_postgres(database: &str, options: &StoreOptions) -> anyhow::Result<Backend> {
    use anyhow::Context as _;
    let pool = postgres::connect(database, options).await?;
    migrations::migrator()
        .await
        .context("loading the embedded migrations")?
        .run(&pool)
        .await
        .context("running the database migrations")?;
    Ok(Backend::Postgres(pool))
}

#[cfg(not(feature = "postgres"))]
async fn connect_postgres(_database: &str, _options: &StoreOptions) -> anyhow::Result<Backend> {
    anyhow::bail!(
        "this server was built without PostgreSQL support; rebuild it with `--features postgres`"
    )
}

fn now_millis() -> i64 {
    let since = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(since.as_millis()).unwrap_or(i64::MAX)
}
