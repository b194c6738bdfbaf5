//! A contact as stored.

use sqlx::{ColumnIndex, Decode, Row, Type};

/// A stored contact row, as read back by [`Store::contact`](super::Store::contact).
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
/// assert!(store.contact(&tenant, Source::Bik, "email:nobody@example.com").await?.is_none());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredContact {
    /// The tenant the contact belongs to.
    pub tenant: String,
    /// `bik` or `update-profile`: the endpoint whose model `data` follows.
    pub source: String,
    /// The contact's key within the tenant's records (`email:...` or `phone:...`).
    pub contact_key: String,
    /// The canonical email.
    pub email: Option<String>,
    /// The phone number in E.164.
    pub phone: Option<String>,
    /// The merged normalized record, a JSON object.
    pub data: String,
    /// Milliseconds since the Unix epoch.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch.
    pub updated_at: i64,
}

/// The columns [`StoredContact::from_row`] reads, for `SELECT`.
pub(super) const COLUMNS: &str =
    "tenant, source, contact_key, email, phone, data, created_at, updated_at";

impl StoredContact {
    /// Reads a row selected with [`COLUMNS`], on either backend.
    pub(super) fn from_row<'r, R>(row: &'r R) -> Result<StoredContact, sqlx::Error>
    where
        R: Row,
        &'r str: ColumnIndex<R>,
        String: Decode<'r, R::Database> + Type<R::Database>,
        Option<String>: Decode<'r, R::Database> + Type<R::Database>,
        i64: Decode<'r, R::Database> + Type<R::Database>,
    {
        Ok(StoredContact {
            tenant: row.try_get("tenant")?,
            source: row.try_get("source")?,
            contact_key: row.try_get("contact_key")?,
            email: row.try_get("email")?,
            phone: row.try_get("phone")?,
            data: row.try_get("data")?,
            created_at: row.try_get("created_at")?,
            updated_at: row.try_get("updated_at")?,
        })
    }
}
