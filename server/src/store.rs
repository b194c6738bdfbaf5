//! Contact storage: SQLite embedded by default, PostgreSQL behind the `postgres` feature.
//!
//! Both backends run the same migrations (`server/migrations/`, embedded in the binary)
//! and the same upsert: per contact, `INSERT ... ON CONFLICT (contact_key) DO NOTHING`;
//! one row inserted means *created*, none means the contact exists and an `UPDATE` merges
//! the new fields into it (*updated*). The primary key decides the race: two concurrent
//! requests for one contact can never both insert, so `createCount`/`updateCount` are
//! true counts. All writes of one request run in one transaction, in ascending key order
//! so that two transactions lock shared rows in the same order (no deadlock on
//! PostgreSQL).
//!
//! SQLite allows one writer at a time, so the store keeps a single connection and
//! requests queue for it in the process, in order, instead of sleeping in SQLite's busy
//! handler; `:memory:` needs exactly that anyway (every connection to `:memory:` is a
//! database of its own). The file is in WAL mode with a busy timeout, so a backup tool or
//! a second reader can open it meanwhile.

use std::borrow::Cow;
use std::collections::HashSet;
use std::future::Future;
use std::pin::Pin;
use std::str::FromStr;
use std::sync::LazyLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::Context as _;
use contactkit::user_properties::ContactId;
use contactkit::{CanonicalEmail, IntlPhone};
use sqlx::error::BoxDynError;
use sqlx::migrate::{Migration, MigrationSource, MigrationType, Migrator};
use sqlx::sqlite::SqliteSynchronous;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};
use sqlx::Row as _;

/// The migrations, compiled in so that the binary needs no files beside it.
const MIGRATIONS: &[(i64, &str, &str)] = &[(
    1,
    "contacts",
    include_str!("../migrations/0001_contacts.sql"),
)];

/// Contacts per SQLite statement: 7 parameters each, well under SQLite's 32,766.
const SQLITE_BATCH: usize = 1_000;

/// How long a SQLite connection waits for another process's write lock.
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Which endpoint wrote a contact last (the `source` column).
///
/// # Examples
///
/// ```
/// use contactkit_server::store::Source;
///
/// assert_eq!(Source::Bik.as_str(), "bik");
/// assert_eq!(Source::UpdateProfile.as_str(), "update-profile");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `POST /integrations/bikPlatformFunctions-createOrUpdateUserProperties`.
    Bik,
    /// `POST /api/v1/customer/update-profile`.
    UpdateProfile,
}

impl Source {
    /// The value stored in the `source` column.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(contactkit_server::store::Source::Bik.as_str(), "bik");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Bik => "bik",
            Source::UpdateProfile => "update-profile",
        }
    }

    /// The members a *new* contact gets before the first write's own: the model's
    /// documented defaults ([`ModelSchema::new_record_defaults`], update-profile's
    /// `"newsletter": false`), as JSON text. An update never applies them, so a field a
    /// request did not send keeps its stored value.
    ///
    /// [`ModelSchema::new_record_defaults`]: contactkit::models::ModelSchema::new_record_defaults
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::store::Source;
    ///
    /// assert_eq!(Source::UpdateProfile.new_contact_defaults(), r#"{"newsletter":false}"#);
    /// assert_eq!(Source::Bik.new_contact_defaults(), "{}");
    /// ```
    pub fn new_contact_defaults(self) -> &'static str {
        // Built once per model from its schema, so the store never restates a default.
        static BIK: LazyLock<String> = LazyLock::new(|| {
            contactkit::user_properties::schema()
                .new_record_defaults()
                .to_string()
        });
        static PROFILE: LazyLock<String> = LazyLock::new(|| {
            contactkit::update_profile::schema()
                .new_record_defaults()
                .to_string()
        });
        match self {
            Source::Bik => &BIK,
            Source::UpdateProfile => &PROFILE,
        }
    }
}

/// A contact's identity: the primary key of the `contacts` table.
///
/// `email:<dedup key>` when the contact has an email (so `Jan.Novak+x@gmail.com` and
/// `jannovak@gmail.com` are one contact), otherwise `phone:<E.164>`.
///
/// # Examples
///
/// ```
/// use contactkit::{CanonicalEmail, IntlPhone};
/// use contactkit_server::store::ContactKey;
///
/// let email = CanonicalEmail::parse("Jan.Novak+news@gmail.com")?;
/// assert_eq!(ContactKey::for_email(&email).as_str(), "email:jannovak@gmail.com");
/// let phone = IntlPhone::parse("+420 777 123 456")?;
/// assert_eq!(ContactKey::for_phone(&phone).as_str(), "phone:+420777123456");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ContactKey(String);

impl ContactKey {
    /// The key of a contact identified by its email.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::CanonicalEmail;
    /// use contactkit_server::store::ContactKey;
    ///
    /// let key = ContactKey::for_email(&CanonicalEmail::parse("Mark@BIK.ai")?);
    /// assert_eq!(key.as_str(), "email:mark@bik.ai");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn for_email(email: &CanonicalEmail) -> ContactKey {
        ContactKey::for_contact(&ContactId::Email(email.dedup_key()))
    }

    /// The key of a BIK entry's [`ContactId`] (its email's dedup key, else its phone).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    /// use contactkit_server::store::ContactKey;
    ///
    /// let user = UserProperty::from_json(br#"{"firstName":"A","lastName":"B","phoneNumber":"9090909090"}"#)?;
    /// let id = user.contact_id().ok_or("no identity")?;
    /// assert_eq!(ContactKey::for_contact(&id).as_str(), "phone:+919090909090");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn for_contact(id: &ContactId<'_>) -> ContactKey {
        match id {
            ContactId::Email(key) => ContactKey(format!("email:{key}")),
            ContactId::Phone(phone) => ContactKey::for_phone(phone),
        }
    }

    /// The key of a contact identified only by its phone number.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::{IntlPhone, Region};
    /// use contactkit_server::store::ContactKey;
    ///
    /// let phone = IntlPhone::parse_with_region("9090909090", Region::parse("IN")?)?;
    /// let key = ContactKey::for_phone(&phone);
    /// assert_eq!(key.as_str(), "phone:+919090909090");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn for_phone(phone: &IntlPhone) -> ContactKey {
        ContactKey(format!("phone:{}", phone.e164()))
    }

    /// The key as stored.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::CanonicalEmail;
    /// use contactkit_server::store::ContactKey;
    ///
    /// let key = ContactKey::for_email(&CanonicalEmail::parse("a@example.com")?);
    /// assert!(key.as_str().starts_with("email:"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One contact to create or update: its key, the searchable columns and the record.
///
/// # Examples
///
/// ```
/// use contactkit::CanonicalEmail;
/// use contactkit_server::store::{ContactKey, ContactWrite};
///
/// let email = CanonicalEmail::parse("jan@barasek.com")?;
/// let write = ContactWrite {
///     key: ContactKey::for_email(&email),
///     email: Some(email.as_str().to_owned()),
///     phone: None,
///     data: r#"{"email":"jan@barasek.com"}"#.to_owned(),
/// };
/// assert_eq!(write.key.as_str(), "email:jan@barasek.com");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactWrite {
    /// The contact's identity.
    pub key: ContactKey,
    /// The canonical email, if the record has one (kept when `None` on update).
    pub email: Option<String>,
    /// The phone number in E.164, if the record has one (kept when `None` on update).
    pub phone: Option<String>,
    /// The normalized record: a JSON object whose members replace the stored ones.
    pub data: String,
}

/// What one [`Store::upsert`] did: contacts created and contacts updated.
///
/// # Examples
///
/// ```
/// let counts = contactkit_server::store::UpsertCounts::default();
/// assert_eq!((counts.created, counts.updated), (0, 0));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UpsertCounts {
    /// Rows inserted.
    pub created: u64,
    /// Existing rows updated.
    pub updated: u64,
}

/// A stored contact row, as read back by [`Store::contact`].
///
/// # Examples
///
/// ```
/// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
/// use contactkit_server::store::Store;
///
/// let store = Store::connect(":memory:").await?;
/// assert!(store.contact("email:nobody@example.com").await?.is_none());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredContact {
    /// The primary key (`email:...` or `phone:...`).
    pub contact_key: String,
    /// The canonical email.
    pub email: Option<String>,
    /// The phone number in E.164.
    pub phone: Option<String>,
    /// The merged normalized record, a JSON object.
    pub data: String,
    /// `bik` or `update-profile`: the endpoint that wrote last.
    pub source: String,
    /// Milliseconds since the Unix epoch.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch.
    pub updated_at: i64,
}

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
///
/// let store = Store::connect(":memory:").await?;
/// let email = CanonicalEmail::parse("jan@barasek.com")?;
/// let write = ContactWrite {
///     key: ContactKey::for_email(&email),
///     email: Some(email.as_str().to_owned()),
///     phone: None,
///     data: r#"{"email":"jan@barasek.com","newsletter":false}"#.to_owned(),
/// };
/// assert_eq!(store.upsert(Source::UpdateProfile, vec![write.clone()]).await?.created, 1);
/// assert_eq!(store.upsert(Source::UpdateProfile, vec![write]).await?.updated, 1);
/// assert_eq!(store.count_contacts().await?, 1);
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
                Backend::Sqlite(connect_sqlite(database).await?)
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

    /// Creates or updates each contact of `writes`, all in one transaction.
    ///
    /// A new contact is inserted; an existing one keeps its `created_at`, gets the new
    /// record's members merged over its stored `data` (members the new record lacks are
    /// kept), its `email`/`phone` replaced when the new record has them, and `source` and
    /// `updated_at` set. Writes are applied in ascending key order; writes of one key are
    /// first merged into one (later members winning).
    ///
    /// # Errors
    ///
    /// Any database error; the transaction is then rolled back and nothing is written.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
    /// use contactkit::IntlPhone;
    /// use contactkit_server::store::{ContactKey, ContactWrite, Source, Store};
    ///
    /// let store = Store::connect(":memory:").await?;
    /// let phone = IntlPhone::parse("+91 9090909090")?;
    /// let write = |data: &str| ContactWrite {
    ///     key: ContactKey::for_phone(&phone),
    ///     email: None,
    ///     phone: Some(phone.e164()),
    ///     data: data.to_owned(),
    /// };
    /// store.upsert(Source::Bik, vec![write(r#"{"firstName":"A","city":"Pune"}"#)]).await?;
    /// store.upsert(Source::Bik, vec![write(r#"{"firstName":"B"}"#)]).await?;
    /// let row = store.contact("phone:+919090909090").await?.expect("stored");
    /// let data: serde_json::Value = serde_json::from_str(&row.data)?;
    /// assert_eq!(data, serde_json::json!({"firstName": "B", "city": "Pune"}));
    /// # Ok(()) }
    /// ```
    pub async fn upsert(
        &self,
        source: Source,
        mut writes: Vec<ContactWrite>,
    ) -> Result<UpsertCounts, sqlx::Error> {
        // One lock order for every transaction: no deadlocks between overlapping requests.
        writes.sort_by(|a, b| a.key.cmp(&b.key));
        let writes = merge_duplicates(writes);
        let now = now_millis();
        let mut counts = UpsertCounts::default();
        match &self.backend {
            Backend::Sqlite(pool) => {
                // IMMEDIATE takes the write lock up front: a transaction never has to
                // upgrade a read lock, which SQLite may refuse without waiting. Holding
                // it, the transaction is the only writer, so the batches below cannot
                // race: rows not inserted exist, and are updated.
                let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
                for chunk in writes.chunks(SQLITE_BATCH) {
                    // Two statements per batch instead of one or two per contact: a
                    // statement costs a round trip to sqlx's SQLite thread (~40 us).
                    let mut insert = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
                        "INSERT INTO contacts \
                         (contact_key, email, phone, data, source, created_at, updated_at) ",
                    );
                    insert.push_values(chunk, |mut row, write| {
                        row.push_bind(write.key.as_str())
                            .push_bind(write.email.as_deref())
                            .push_bind(write.phone.as_deref())
                            .push("json_patch(")
                            .push_bind_unseparated(source.new_contact_defaults())
                            .push_unseparated(", ")
                            .push_bind_unseparated(write.data.as_str())
                            .push_unseparated(")")
                            .push_bind(source.as_str())
                            .push_bind(now)
                            .push_bind(now);
                    });
                    insert.push(" ON CONFLICT (contact_key) DO NOTHING RETURNING contact_key");
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
                    let mut update = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
                        "WITH v(contact_key, email, phone, data) AS (",
                    );
                    update.push_values(existing, |mut row, write| {
                        row.push_bind(write.key.as_str())
                            .push_bind(write.email.as_deref())
                            .push_bind(write.phone.as_deref())
                            .push_bind(write.data.as_str());
                    });
                    update.push(
                        ") UPDATE contacts SET email = COALESCE(v.email, contacts.email), \
                         phone = COALESCE(v.phone, contacts.phone), \
                         data = json_patch(contacts.data, v.data), source = ",
                    );
                    update.push_bind(source.as_str());
                    update.push(", updated_at = ");
                    update.push_bind(now);
                    update.push(" FROM v WHERE contacts.contact_key = v.contact_key");
                    counts.updated += update.build().execute(&mut *tx).await?.rows_affected();
                }
                tx.commit().await?;
            }
            #[cfg(feature = "postgres")]
            Backend::Postgres(pool) => {
                let mut tx = pool.begin().await?;
                for write in &writes {
                    let inserted = sqlx::query(
                        "INSERT INTO contacts \
                         (contact_key, email, phone, data, source, created_at, updated_at) \
                         VALUES ($1, $2, $3, ($7::jsonb || $4::jsonb)::text, $5, $6, $6) \
                         ON CONFLICT (contact_key) DO NOTHING",
                    )
                    .bind(write.key.as_str())
                    .bind(write.email.as_deref())
                    .bind(write.phone.as_deref())
                    .bind(write.data.as_str())
                    .bind(source.as_str())
                    .bind(now)
                    .bind(source.new_contact_defaults())
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    if inserted == 1 {
                        counts.created += 1;
                        continue;
                    }
                    // The merge is one expression on the row being updated, so a concurrent
                    // update of the same contact cannot be lost (UPDATE re-reads the row
                    // after waiting for its lock).
                    sqlx::query(
                        "UPDATE contacts SET email = COALESCE($2, email), \
                         phone = COALESCE($3, phone), \
                         data = (data::jsonb || $4::jsonb)::text, \
                         source = $5, updated_at = $6 WHERE contact_key = $1",
                    )
                    .bind(write.key.as_str())
                    .bind(write.email.as_deref())
                    .bind(write.phone.as_deref())
                    .bind(write.data.as_str())
                    .bind(source.as_str())
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    counts.updated += 1;
                }
                tx.commit().await?;
            }
        }
        Ok(counts)
    }

    /// The number of stored contacts.
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
    pub async fn count_contacts(&self) -> Result<u64, sqlx::Error> {
        let sql = "SELECT COUNT(*) FROM contacts";
        let count: i64 = match &self.backend {
            Backend::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await?,
            #[cfg(feature = "postgres")]
            Backend::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await?,
        };
        Ok(u64::try_from(count).unwrap_or(0))
    }

    /// Reads one contact by its key (`email:...` or `phone:...`).
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
    /// assert_eq!(store.contact("phone:+919090909090").await?, None);
    /// # Ok(()) }
    /// ```
    pub async fn contact(&self, key: &str) -> Result<Option<StoredContact>, sqlx::Error> {
        const COLUMNS: &str = "contact_key, email, phone, data, source, created_at, updated_at";
        macro_rules! read {
            ($pool:expr, $sql:expr) => {{
                let row = sqlx::query(&$sql).bind(key).fetch_optional($pool).await?;
                match row {
                    None => None,
                    Some(row) => Some(StoredContact {
                        contact_key: row.try_get("contact_key")?,
                        email: row.try_get("email")?,
                        phone: row.try_get("phone")?,
                        data: row.try_get("data")?,
                        source: row.try_get("source")?,
                        created_at: row.try_get("created_at")?,
                        updated_at: row.try_get("updated_at")?,
                    }),
                }
            }};
        }
        Ok(match &self.backend {
            Backend::Sqlite(pool) => read!(
                pool,
                format!("SELECT {COLUMNS} FROM contacts WHERE contact_key = ?1")
            ),
            #[cfg(feature = "postgres")]
            Backend::Postgres(pool) => read!(
                pool,
                format!("SELECT {COLUMNS} FROM contacts WHERE contact_key = $1")
            ),
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
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
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

async fn connect_sqlite(database: &str) -> anyhow::Result<SqlitePool> {
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

#[cfg(feature = "postgres")]
async fn connect_postgres(database: &str) -> anyhow::Result<Backend> {
    let pool = sqlx::postgres::PgPoolOptions::new()
        .max_connections(16)
        .acquire_timeout(Duration::from_secs(30))
        .connect(database)
        .await
        // The URL may hold a password: never put it in the error.
        .context("connecting to the PostgreSQL database")?;
    Ok(Backend::Postgres(pool))
}

#[cfg(not(feature = "postgres"))]
async fn connect_postgres(_database: &str) -> anyhow::Result<Backend> {
    anyhow::bail!(
        "this server was built without PostgreSQL support; rebuild it with `--features postgres`"
    )
}

/// Merges writes of the same key (adjacent once sorted) into one, later members winning,
/// so that each batch names a contact once.
fn merge_duplicates(writes: Vec<ContactWrite>) -> Vec<ContactWrite> {
    let mut out: Vec<ContactWrite> = Vec::with_capacity(writes.len());
    for write in writes {
        match out.last_mut() {
            Some(last) if last.key == write.key => {
                last.email = write.email.or(last.email.take());
                last.phone = write.phone.or(last.phone.take());
                last.data = merge_json_objects(&last.data, &write.data);
            }
            _ => out.push(write),
        }
    }
    out
}

/// `later`'s members over `earlier`'s (both JSON objects); `later` if either is not one.
fn merge_json_objects(earlier: &str, later: &str) -> String {
    use serde_json::{Map, Value};
    match (
        serde_json::from_str::<Map<String, Value>>(earlier),
        serde_json::from_str::<Map<String, Value>>(later),
    ) {
        (Ok(mut merged), Ok(later_map)) => {
            merged.extend(later_map);
            serde_json::to_string(&merged).unwrap_or_else(|_| later.to_owned())
        }
        _ => later.to_owned(),
    }
}

fn now_millis() -> i64 {
    let since = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(since.as_millis()).unwrap_or(i64::MAX)
}

/// The compiled-in migrations as a sqlx migration source.
#[derive(Debug)]
struct EmbeddedMigrations;

impl MigrationSource<'static> for EmbeddedMigrations {
    fn resolve(
        self,
    ) -> Pin<Box<dyn Future<Output = Result<Vec<Migration>, BoxDynError>> + Send + 'static>> {
        Box::pin(async {
            Ok(MIGRATIONS
                .iter()
                .map(|&(version, description, sql)| {
                    Migration::new(
                        version,
                        Cow::Borrowed(description),
                        MigrationType::Simple,
                        Cow::Borrowed(sql),
                        false,
                    )
                })
                .collect())
        })
    }
}
