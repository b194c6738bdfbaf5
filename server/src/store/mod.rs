//! Contact storage: SQLite embedded by default, PostgreSQL behind the `postgres` feature.
//!
//! Both backends run the same migrations (`server/migrations/`, embedded in the binary)
//! and the same upsert: per contact, `INSERT ... ON CONFLICT DO NOTHING`; one row inserted
//! means *created*, none means the contact exists and an `UPDATE` merges the new fields
//! into it (*updated*). The primary key decides the race: two concurrent requests for one
//! contact can never both insert, so `createCount`/`updateCount` are true counts. All
//! writes of one request run in one transaction, in ascending key order so that two
//! transactions lock shared rows in the same order (no deadlock on PostgreSQL).
//!
//! Every row belongs to a tenant ([`TenantId`]) and to one endpoint's model ([`Source`]);
//! the primary key is `(tenant, source, contact_key)` and every statement names all
//! three, so a tenant never reads or writes another's contacts, and the two endpoints
//! never overwrite each other's record of one contact.

mod error;
mod key;
mod migrations;
#[cfg(feature = "postgres")]
mod postgres;
mod source;
mod sqlite;
mod stored;
mod write;

use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::Context as _;
use sqlx::migrate::Migrator;
use sqlx::sqlite::SqlitePool;

pub use error::{StoreError, RETRY_AFTER};
pub use key::ContactKey;
pub use source::Source;
pub use stored::StoredContact;
pub use write::{ContactWrite, UpsertCounts};

use crate::tenant::TenantId;
use migrations::EmbeddedMigrations;
use write::merge_duplicates;

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
    Sqlite(SqlitePool),
    #[cfg(feature = "postgres")]
    Postgres(sqlx::PgPool),
}

impl Store {
    /// Opens (creating it if needed) and migrates the database named by `database`.
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
    /// store.ping().await?;
    /// # Ok(()) }
    /// ```
    pub async fn connect(database: &str) -> anyhow::Result<Store> {
        let backend =
            if database.starts_with("postgres://") || database.starts_with("postgresql://") {
                connect_postgres(database).await?
            } else {
                Backend::Sqlite(sqlite::connect(database).await?)
            };
        let migrator = Migrator::new(EmbeddedMigrations)
            .await
            .context("loading the embedded migrations")?;
        match &backend {
            Backend::Sqlite(pool) => migrator.run(pool).await,
            #[cfg(feature = "postgres")]
            Backend::Postgres(pool) => migrator.run(pool).await,
        }
        .context("running the database migrations")?;
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
            Backend::Sqlite(pool) => sqlite::upsert(pool, tenant, source, &writes, now).await?,
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
        let sql = "SELECT COUNT(*) FROM contacts";
        let count: i64 = match &self.backend {
            Backend::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await?,
            #[cfg(feature = "postgres")]
            Backend::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await?,
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
            Backend::Sqlite(pool) => sqlite::contact(pool, tenant, source, key).await?,
            #[cfg(feature = "postgres")]
            Backend::Postgres(pool) => postgres::contact(pool, tenant, source, key).await?,
        })
    }

    /// Checks that the database answers (`GET /healthz`).
    ///
    /// # Errors
    ///
    /// Any database error, including a pool timeout.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
    /// contactkit_server::store::Store::connect(":memory:").await?.ping().await?;
    /// # Ok(()) }
    /// ```
    pub async fn ping(&self) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Sqlite(pool) => {
                sqlx::query("SELECT 1").execute(pool).await?;
            }
            #[cfg(feature = "postgres")]
            Backend::Postgres(pool) => {
                sqlx::query("SELECT 1").execute(pool).await?;
            }
        }
        Ok(())
    }

    /// Closes the pool, waiting for connections in use (a SQLite file is checkpointed).
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
            Backend::Sqlite(pool) => pool.close().await,
            #[cfg(feature = "postgres")]
            Backend::Postgres(pool) => pool.close().await,
        }
    }
}

#[cfg(feature = "postgres")]
async fn connect_postgres(database: &str) -> anyhow::Result<Backend> {
    Ok(Backend::Postgres(postgres::connect(database).await?))
}

#[cfg(not(feature = "postgres"))]
async fn connect_postgres(_database: &str) -> anyhow::Result<Backend> {
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
