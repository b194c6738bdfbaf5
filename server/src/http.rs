//! The routes, their handlers, and the layers every request passes through.
//!
//! Handlers only turn HTTP into library calls and store calls: credentials first, then
//! the credential's rate limit (a refused or limited request is never read), then the
//! body under the size limit, then `contactkit`'s validation, then one transactional
//! upsert in the credential's tenant. Every response is JSON, in the shape of the
//! endpoint's document; errors raised outside a handler (unknown route, wrong method,
//! timeout, panic) use `{"status": N, "error": "..."}`.

use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{MatchedPath, RawQuery, Request, State};
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use contactkit::update_profile::{self, UpdateProfile};
use contactkit::user_properties::{self, BulkOutcome, UserProperty};
use serde::Serialize;
use serde_json::value::RawValue;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::trace::TraceLayer;
use tracing::field::Empty;

use crate::logging::mask_email;
use crate::store::{ContactKey, ContactWrite, Source, Store, StoreError};
use crate::tenants::Tenants;

mod authn;
mod read_back;

mod body;
mod budget;
mod drain;
mod head;

use body::read_body;
pub use budget::BodyBudget;

/// The update-profile route, as documented by BizKitHub.
pub const UPDATE_PROFILE_PATH: &str = "/api/v1/customer/update-profile";
/// The read-back route: `GET` with `?email=...` and update-profile's API key.
pub const READ_BACK_PATH: &str = "/api/v1/customer/profile";
/// The BIK bulk route, as documented by BIK.
pub const BIK_PATH: &str = "/integrations/bikPlatformFunctions-createOrUpdateUserProperties";

/// Bodies at least this large are validated on the blocking pool, so that a few large
/// requests cannot stall the async workers (a 1 MiB BIK body takes ~10 ms to validate).
const BLOCKING_THRESHOLD: usize = 64 * 1024;

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
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    store: Store,
    tenants: Tenants,
    max_body_bytes: usize,
    request_timeout: Duration,
    bik_options: user_properties::Options,
    profile_options: update_profile::Options,
    body_budget: BodyBudget,
    limits: Limits,
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

/// The application: both documented endpoints, the read-back (`GET
/// /api/v1/customer/profile`), `GET /healthz`, `GET /openapi.json`, and
/// the layers (request log, panic guard, timeout, JSON error bodies).
///
/// # Examples
///
/// ```
/// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
/// # let state = contactkit_server::AppState::new(
/// #     contactkit_server::store::Store::connect(":memory:").await?,
/// #     Default::default(), Default::default());
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
/// let app = contactkit_server::router(state);
/// tokio::spawn(async move { axum::serve(listener, app).await });
/// # Ok(()) }
/// ```
pub fn router(state: AppState) -> Router {
    let timeout = state.inner.request_timeout;
    let head_limits = head::HeadLimits {
        max_uri_bytes: state.inner.limits.max_uri_bytes,
        max_header_bytes: state.inner.limits.max_header_bytes,
    };
    Router::new()
        .route(UPDATE_PROFILE_PATH, post(update_profile))
        .route(READ_BACK_PATH, get(read_back::read_back))
        .route(BIK_PATH, post(bik_user_properties))
        .route("/healthz", get(healthz))
        .route(crate::openapi::OPENAPI_PATH, get(openapi_json))
        .fallback(not_found)
        // Outermost first: the log sees every final status, the JSON rewrite sees axum's
        // own empty 405s, the panic guard and the timeout wrap the handler.
        .layer(
            tower::ServiceBuilder::new()
                .layer(
                    TraceLayer::new_for_http()
                        .make_span_with(request_span)
                        .on_request(())
                        .on_response(log_response)
                        .on_failure(()),
                )
                .layer(middleware::from_fn(json_error_bodies))
                .layer(middleware::from_fn(move |req: Request, next: Next| {
                    head::check(head_limits, req, next)
                }))
                .layer(middleware::from_fn(budget::hold_until_response))
                .layer(CatchPanicLayer::custom(panic_response))
                .layer(middleware::from_fn(move |req: Request, next: Next| {
                    with_timeout(timeout, req, next)
                })),
        )
        .with_state(state)
}

// ---------------------------------------------------------------------------------------
// Handlers

/// `POST /api/v1/customer/update-profile`.
async fn update_profile(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let span = tracing::Span::current();
    let credential = match authn::api_key(&state.inner.tenants, query.as_deref(), &headers) {
        Ok(credential) => credential,
        Err(refusal) => return refusal.into_response(),
    };

    let body = match read_body(&headers, body, &state).await {
        Ok(body) => body,
        Err(err) => return err.response(Dialect::Profile),
    };
    let options = state.inner.profile_options.clone();
    let validated = blocking_if_large(body, move |body| {
        UpdateProfile::from_json_with(&body, &options)
    })
    .await;
    let profile = match validated {
        Ok(Ok(profile)) => profile,
        Ok(Err(report)) => {
            return error_response(
                Dialect::Profile,
                StatusCode::BAD_REQUEST,
                &report.first().to_string(),
            )
        }
        Err(err) => return internal_error(Dialect::Profile, &err),
    };
    span.record("email", mask_email(profile.email().as_str()));

    let data = match serde_json::to_string(&profile) {
        Ok(data) => data,
        Err(err) => return internal_error(Dialect::Profile, &err),
    };
    let write = ContactWrite {
        key: ContactKey::for_email(profile.email()),
        email: Some(profile.email().as_str().to_owned()),
        phone: profile.phone().map(|p| p.e164()),
        data,
    };
    match state
        .inner
        .store
        .upsert(credential.tenant(), Source::UpdateProfile, vec![write])
        .await
    {
        Ok(counts) => {
            span.record("created", counts.created);
            span.record("updated", counts.updated);
            Json(ProfileSuccess { success: true }).into_response()
        }
        Err(err) => store_error(Dialect::Profile, &err),
    }
}

/// `POST /integrations/bikPlatformFunctions-createOrUpdateUserProperties`.
async fn bik_user_properties(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let span = tracing::Span::current();
    let credential = match authn::basic(&state.inner.tenants, &headers) {
        Ok(credential) => credential,
        Err(refusal) => return refusal.into_response(),
    };

    let body = match read_body(&headers, body, &state).await {
        Ok(body) => body,
        Err(err) => return err.response(Dialect::Bik),
    };
    let options = state.inner.bik_options.clone();
    let prepared = blocking_if_large(body, move |body| {
        user_properties::BulkOutcome::from_json_with(&body, &options).map(|outcome| {
            let prepared = prepare_bik(&outcome);
            (outcome, prepared)
        })
    })
    .await;
    let (outcome, prepared) = match prepared {
        Ok(Ok((outcome, Ok(prepared)))) => (outcome, prepared),
        Ok(Err(err)) => {
            return error_response(Dialect::Bik, StatusCode::BAD_REQUEST, &err.to_string())
        }
        Ok(Ok((_, Err(err)))) => return internal_error(Dialect::Bik, &err),
        Err(err) => return internal_error(Dialect::Bik, &err),
    };
    span.record("entries", outcome.len());
    span.record("invalid", outcome.invalid().len());

    let counts = match state
        .inner
        .store
        .upsert(credential.tenant(), Source::Bik, prepared.writes)
        .await
    {
        Ok(counts) => counts,
        Err(err) => return store_error(Dialect::Bik, &err),
    };
    // The document counts user properties, not contacts: each stored entry once, a create
    // when its contact did not exist before it (the first entry of an inserted contact),
    // else an update. The store inserts a contact at most once per request.
    let created = counts.created;
    let updated = prepared.stored_entries.saturating_sub(created);
    span.record("created", created);
    span.record("updated", updated);
    // The documented response: invalid entries as sent plus `error`, then the counts.
    let mut response = user_properties::Response::new(&outcome)
        .counts(created, updated)
        .docs_failed_to_update(prepared.failed);
    // The document's invalid item carries the store's `storeId` and `customerId`.
    if let Some(store_id) = credential.store_id() {
        response = response.extra("storeId", store_id.as_str());
        if let Some(customer_id) = credential.customer_id() {
            response = response.extra("customerId", customer_id);
        }
    }
    Json(response).into_response()
}

/// `GET /healthz`: 200 when the database takes a write now (the store's
/// [health check](crate::store::Store::health_check) commits one), 503 with `Retry-After`
/// otherwise: a load balancer stops sending writes to an instance that cannot store them.
async fn healthz(State(state): State<AppState>) -> Response {
    match state.inner.store.health_check().await {
        Ok(()) => Json(Health {
            status: "ok",
            database: state.inner.store.backend_name(),
        })
        .into_response(),
        Err(err) => {
            tracing::error!(error = %err, "health check failed");
            unavailable(Dialect::Bik)
        }
    }
}

/// `GET /openapi.json`: the [OpenAPI document](crate::openapi::document), built once.
async fn openapi_json() -> Response {
    static DOCUMENT: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| crate::openapi::document().to_string());
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        DOCUMENT.as_str(),
    )
        .into_response()
}

async fn not_found() -> Response {
    error_response(Dialect::Bik, StatusCode::NOT_FOUND, "not found")
}

// ---------------------------------------------------------------------------------------
// BIK: from a validated body to the writes and the response's lists

struct PreparedBik {
    /// `docsFailedToUpdate`: valid entries that name no contact (neither email nor phone).
    failed: Vec<Box<RawValue>>,
    writes: Vec<ContactWrite>,
    /// The valid entries behind `writes` (a contact's entries are merged into one write).
    stored_entries: u64,
}

/// A `docsFailedToUpdate` item: the merged contact, normalized, plus `error`.
#[derive(Serialize)]
struct FailedDoc<'a> {
    #[serde(flatten)]
    property: &'a UserProperty,
    error: &'static str,
}

fn prepare_bik(outcome: &BulkOutcome) -> Result<PreparedBik, serde_json::Error> {
    let mut writes = Vec::new();
    let mut failed = Vec::new();
    let mut stored_entries = 0;
    for contact in outcome.contacts() {
        let merged = contact.merged();
        let key = match merged.contact_id() {
            Some(id) => ContactKey::for_contact(&id),
            None => {
                // A record without either cannot be found again: storing it would create a
                // new row on every retry. Report it instead, in the normalized form.
                failed.push(serde_json::value::to_raw_value(&FailedDoc {
                    property: &merged,
                    error: NO_IDENTITY,
                })?);
                continue;
            }
        };
        stored_entries += contact.entries().count() as u64;
        writes.push(ContactWrite {
            key,
            email: merged.email().map(|e| e.as_str().to_owned()),
            phone: merged.phone_number().map(|p| p.e164()),
            data: serde_json::to_string(&merged)?,
        });
    }
    Ok(PreparedBik {
        failed,
        writes,
        stored_entries,
    })
}

/// The `error` of a `docsFailedToUpdate` item.
const NO_IDENTITY: &str = "contact has neither \"email\" nor \"phoneNumber\" to identify it";

// ---------------------------------------------------------------------------------------
// Response bodies: structs, so members come out in the documents' order.

#[derive(Serialize)]
struct ProfileSuccess {
    success: bool,
}

#[derive(Serialize)]
struct Health {
    status: &'static str,
    database: &'static str,
}

/// Which document's error shape a response follows.
#[derive(Debug, Clone, Copy)]
enum Dialect {
    /// `{"status": N, "error": "..."}`: BIK's, and the default.
    Bik,
    /// `{"success": false, "error": "..."}`: update-profile's (its success is
    /// `{"success": true}`).
    Profile,
}

#[derive(Serialize)]
struct StatusError<'a> {
    status: u16,
    error: &'a str,
}

#[derive(Serialize)]
struct ProfileError<'a> {
    success: bool,
    error: &'a str,
}

fn error_response(dialect: Dialect, status: StatusCode, message: &str) -> Response {
    match dialect {
        Dialect::Bik => (
            status,
            Json(StatusError {
                status: status.as_u16(),
                error: message,
            }),
        )
            .into_response(),
        Dialect::Profile => (
            status,
            Json(ProfileError {
                success: false,
                error: message,
            }),
        )
            .into_response(),
    }
}

fn profile_unauthorized(message: &str) -> Response {
    let mut response = error_response(Dialect::Profile, StatusCode::UNAUTHORIZED, message);
    response
        .headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    response
}

/// A 500 that says nothing about the cause; the cause goes to the log (store and
/// serialization errors carry no request data).
fn internal_error(dialect: Dialect, err: &dyn std::fmt::Display) -> Response {
    tracing::error!(error = %err, "internal error");
    error_response(dialect, StatusCode::INTERNAL_SERVER_ERROR, "internal error")
}

/// The answer to a failed store call: 503 with `Retry-After` when the database cannot
/// serve now (nothing was written, a retry may succeed), else a 500. The cause goes to
/// the log.
fn store_error(dialect: Dialect, err: &StoreError) -> Response {
    if err.is_unavailable() {
        tracing::error!(error = %err, "store call failed");
        unavailable(dialect)
    } else {
        internal_error(dialect, err)
    }
}

/// 503 `database unavailable` with `Retry-After`.
fn unavailable(dialect: Dialect) -> Response {
    let mut response = error_response(
        dialect,
        StatusCode::SERVICE_UNAVAILABLE,
        "database unavailable, retry later",
    );
    response.headers_mut().insert(
        header::RETRY_AFTER,
        HeaderValue::from(crate::store::RETRY_AFTER.as_secs()),
    );
    response
}

// ---------------------------------------------------------------------------------------
// Request plumbing

/// The `Authorization` header: `Ok(None)` when absent, `Err` when not visible ASCII.
fn authorization(headers: &HeaderMap) -> Result<Option<&str>, ()> {
    match headers.get(header::AUTHORIZATION) {
        None => Ok(None),
        Some(value) => value.to_str().map(Some).map_err(|_| ()),
    }
}

/// Runs CPU-bound validation inline for small bodies and on the blocking pool for large
/// ones.
async fn blocking_if_large<T, F>(body: Bytes, work: F) -> Result<T, tokio::task::JoinError>
where
    T: Send + 'static,
    F: FnOnce(Bytes) -> T + Send + 'static,
{
    if body.len() < BLOCKING_THRESHOLD {
        Ok(work(body))
    } else {
        tokio::task::spawn_blocking(move || work(body)).await
    }
}

async fn with_timeout(timeout: Duration, req: Request, next: Next) -> Response {
    match tokio::time::timeout(timeout, next.run(req)).await {
        Ok(response) => response,
        Err(_) => {
            tracing::warn!(timeout_ms = timeout.as_millis() as u64, "request timed out");
            error_response(
                Dialect::Bik,
                StatusCode::REQUEST_TIMEOUT,
                "request timed out",
            )
        }
    }
}

/// Gives error responses produced outside the handlers (axum's 405) a JSON body; the
/// headers (`Allow`) are kept.
async fn json_error_bodies(req: Request, next: Next) -> Response {
    let response = next.run(req).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error())
        || response.headers().contains_key(header::CONTENT_TYPE)
    {
        return response;
    }
    let (mut parts, _) = response.into_parts();
    let message = status
        .canonical_reason()
        .unwrap_or("error")
        .to_ascii_lowercase();
    let json = error_response(Dialect::Bik, status, &message);
    let (json_parts, body) = json.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    if let Some(content_type) = json_parts.headers.get(header::CONTENT_TYPE) {
        parts
            .headers
            .insert(header::CONTENT_TYPE, content_type.clone());
    }
    Response::from_parts(parts, body)
}

fn panic_response(_panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    // The payload may quote request data: log only that it happened.
    tracing::error!("handler panicked");
    error_response(
        Dialect::Bik,
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal error",
    )
}

// ---------------------------------------------------------------------------------------
// Request log

/// The request's span. Never the URI: its query may hold an `apiKey`.
fn request_span(req: &Request) -> tracing::Span {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "(unmatched)".to_owned());
    tracing::info_span!(
        "request",
        method = %req.method(),
        route = %route,
        status = Empty,
        latency_ms = Empty,
        tenant = Empty,
        key_kind = Empty,
        email = Empty,
        entries = Empty,
        invalid = Empty,
        created = Empty,
        updated = Empty,
    )
}

fn log_response(response: &Response, latency: Duration, span: &tracing::Span) {
    let latency_ms = latency.as_secs_f64() * 1000.0;
    span.record("status", response.status().as_u16());
    span.record("latency_ms", latency_ms);
    if response.status().is_server_error() {
        tracing::error!(parent: span, "response");
    } else {
        tracing::info!(parent: span, "response");
    }
}
