//! How the store connects: pool size and how long a request waits for a connection.

use std::time::Duration;

/// Connection settings for [`Store::connect_with`](super::Store::connect_with).
///
/// # Examples
///
/// ```
/// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
/// use std::time::Duration;
/// use contactkit_server::store::{Store, StoreOptions};
///
/// let options = StoreOptions {
///     acquire_timeout: Duration::from_secs(2),
///     ..StoreOptions::default()
/// };
/// assert_eq!(options.pool_size, 16);
/// let store = Store::connect_with(":memory:", &options).await?;
/// store.health_check().await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreOptions {
    /// PostgreSQL: the most connections one instance opens (the server's
    /// `max_connections` must cover every instance's pool). SQLite ignores it: it keeps
    /// one connection, since SQLite allows one writer at a time anyway.
    pub pool_size: u32,
    /// The longest a store call waits for a connection (SQLite: for its turn on the one
    /// connection; PostgreSQL: for a free one, or for the database to accept a new one).
    /// Then the call fails as unavailable and the request gets 503: a database that is
    /// down answers clients within this time instead of holding them.
    pub acquire_timeout: Duration,
}

impl Default for StoreOptions {
    /// 16 connections, 5 s.
    fn default() -> Self {
        StoreOptions {
            pool_size: 16,
            acquire_timeout: Duration::from_secs(5),
        }
    }
}
