//! What every handler shares: the store, the tenants, the limits.

use std::sync::Arc;
use std::time::Duration;

use contactkit::update_profile::{self};
use contactkit::user_properties::{self};

use super::BodyBudget;
use crate::store::Store;
use crate::tenants::Tenants;

/// Request limits and validation settings.
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use contactkit_server::Limits;
///
/// let limits = Limits::default();
/// assert_eq!(limits.max_body_bytes, 4 * 1024 * 1024);
/// assert_eq!(limits.request_timeout, Duration::from_secs(30));
/// assert_eq!(limits.bik_default_region, contactkit::Region::IN);
/// assert_eq!(limits.max_body_bytes_in_flight, 16 * 1024 * 1024);
/// assert_eq!(limits.body_budget_wait, Duration::from_secs(1));
/// assert_eq!(limits.max_drain_bytes, 8 * 1024 * 1024);
/// assert_eq!(limits.drain_timeout, Duration::from_secs(5));
/// assert_eq!((limits.max_uri_bytes, limits.max_header_bytes), (8 * 1024, 16 * 1024));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// The largest request body read, in bytes; larger ones get 413.
    pub max_body_bytes: usize,
    /// The longest a request may take, body upload included; longer ones get 408.
    pub request_timeout: Duration,
    /// The region of BIK phone numbers sent without `+` (BIK sends Indian national numbers).
    pub bik_default_region: contactkit::Region,
    /// The most request-body bytes held at once, server-wide (see [`BodyBudget`]); at
    /// least `max_body_bytes`, or a body at the limit waits for the whole budget.
    pub max_body_bytes_in_flight: usize,
    /// How long a request waits for room in that budget before it gets 503 with
    /// `Retry-After`.
    pub body_budget_wait: Duration,
    /// A body refused with 413 or 503 is answered at once with `Connection: close`, then
    /// read and dropped so that a client still sending it sees the answer, if it is at
    /// most this long in all; a longer declared body is not read at all.
    pub max_drain_bytes: usize,
    /// How long a refused body is read and dropped at most.
    pub drain_timeout: Duration,
    /// The longest request URI (path and query as sent); longer ones get 414.
    pub max_uri_bytes: usize,
    /// The largest header section (every `name: value` line with its CRLF); larger ones
    /// get 431.
    pub max_header_bytes: usize,
}

impl Default for Limits {
    /// 4 MiB bodies, 30 s per request, region `IN`, 16 MiB of bodies in flight with a
    /// wait of 1 s, refused bodies drained up to 8 MiB and 5 s, 8 KiB URIs, 16 KiB of
    /// headers.
    fn default() -> Self {
        Limits {
            max_body_bytes: 4 * 1024 * 1024,
            request_timeout: Duration::from_secs(30),
            bik_default_region: contactkit::Region::IN,
            // 16 bodies at the limit; a 4 MB BIK body peaks at ~4 times its size while it
            // is validated.
            max_body_bytes_in_flight: 16 * 1024 * 1024,
            body_budget_wait: Duration::from_secs(1),
            // Twice the body limit: a client that sends twice too much still sees its 413.
            max_drain_bytes: 8 * 1024 * 1024,
            drain_timeout: Duration::from_secs(5),
            // As nginx's default large_client_header_buffers (8k) for the URI, and twice
            // that for all headers: browsers' requests fit with room to spare.
            max_uri_bytes: 8 * 1024,
            max_header_bytes: 16 * 1024,
        }
    }
}

/// Everything a handler needs: the store, the tenants with their credentials and rate
/// limits, and the request limits.
///
/// Cloning is cheap (one `Arc`).
///
/// # Examples
///
/// ```
/// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
/// use contactkit_server::auth::{ApiKeys, BasicCredentials};
/// use contactkit_server::store::Store;
/// use contactkit_server::tenants::{TenantSpec, Tenants};
/// use contactkit_server::{router, AppState, Limits};
///
/// let tenants = Tenants::builder()
///     .tenant(TenantSpec::default_tenant()
///         .api_keys("env", ApiKeys::parse_list("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE")?)
///         .basic_auth("env", BasicCredentials::parse_list("bik:s3cret")?))
///     .build()?;
/// let state = AppState::new(Store::connect(":memory:").await?, tenants, Limits::default());
/// let app: axum::Router = router(state);
/// # let _ = app;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct AppState {
    pub(super) inner: Arc<Inner>,
}

#[derive(Debug)]
pub(super) struct Inner {
    pub(super) store: Store,
    pub(super) tenants: Tenants,
    pub(super) max_body_bytes: usize,
    pub(super) request_timeout: Duration,
    pub(super) bik_options: user_properties::Options,
    pub(super) profile_options: update_profile::Options,
    pub(super) body_budget: BodyBudget,
    pub(super) limits: Limits,
}

impl AppState {
    /// Bundles the store, the tenants (credentials and rate limits) and the limits.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
    /// use contactkit_server::tenants::Tenants;
    /// use contactkit_server::{AppState, Limits};
    ///
    /// let state = AppState::new(
    ///     contactkit_server::store::Store::connect(":memory:").await?,
    ///     Tenants::default(), // no tenant: every request with credentials gets 401
    ///     Limits::default(),
    /// );
    /// assert_eq!(state.store().backend_name(), "sqlite");
    /// # Ok(()) }
    /// ```
    pub fn new(store: Store, tenants: Tenants, limits: Limits) -> AppState {
        // The server's limit answers 413 before the library sees the body; the libraries'
        // own (smaller) defaults would otherwise turn a body between the two into a 400.
        let bik_options = user_properties::Options::new()
            .default_region(limits.bik_default_region)
            .max_body_bytes(limits.max_body_bytes);
        let profile_options = update_profile::Options::new().max_body_bytes(limits.max_body_bytes);
        AppState {
            inner: Arc::new(Inner {
                store,
                tenants,
                max_body_bytes: limits.max_body_bytes,
                request_timeout: limits.request_timeout,
                bik_options,
                profile_options,
                body_budget: BodyBudget::new(
                    limits.max_body_bytes_in_flight,
                    limits.body_budget_wait,
                ),
                limits,
            }),
        }
    }

    /// The contact store.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
    /// # let state = contactkit_server::AppState::new(
    /// #     contactkit_server::store::Store::connect(":memory:").await?,
    /// #     Default::default(), Default::default());
    /// assert_eq!(state.store().count_contacts().await?, 0);
    /// # Ok(()) }
    /// ```
    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    /// The tenants registry.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
    /// # let state = contactkit_server::AppState::new(
    /// #     contactkit_server::store::Store::connect(":memory:").await?,
    /// #     Default::default(), Default::default());
    /// assert!(state.tenants().is_empty());
    /// # Ok(()) }
    /// ```
    pub fn tenants(&self) -> &Tenants {
        &self.inner.tenants
    }

    /// The budget of request-body bytes in flight, with its gauge.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
    /// # let state = contactkit_server::AppState::new(
    /// #     contactkit_server::store::Store::connect(":memory:").await?,
    /// #     Default::default(), Default::default());
    /// assert_eq!(state.body_budget().capacity(), 16 * 1024 * 1024);
    /// assert_eq!(state.body_budget().held(), 0);
    /// # Ok(()) }
    /// ```
    pub fn body_budget(&self) -> &BodyBudget {
        &self.inner.body_budget
    }

    /// The limits it was made with (the serve loop sizes hyper's buffer from them).
    pub(crate) fn limits(&self) -> &Limits {
        &self.inner.limits
    }
}
