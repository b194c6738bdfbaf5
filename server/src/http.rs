//! The routes, their handlers, and the layers every request passes through.
//!
//! Handlers only turn HTTP into library calls and store calls: credentials first, then
//! the credential's rate limit (a refused or limited request is never read), then the
//! body under the size limit, then `contactkit`'s validation, then one transactional
//! upsert in the credential's tenant. Every response is JSON, in the shape of the
//! endpoint's document; errors raised outside a handler (unknown route, wrong method,
//! timeout, panic) use `{"status": N, "error": "..."}`.

use axum::extract::Request;
use axum::http::header::{self, HeaderValue};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::trace::TraceLayer;

mod authn;
mod bik;
mod errors;
mod health;
mod layers;
mod offload;
mod read_back;
mod state;
mod update_profile;

mod body;
mod budget;
mod drain;
mod head;

pub use budget::BodyBudget;

/// The update-profile route, as documented by BizKitHub.
pub const UPDATE_PROFILE_PATH: &str = "/api/v1/customer/update-profile";
/// The read-back route: `GET` with `?email=...` and update-profile's API key.
pub const READ_BACK_PATH: &str = "/api/v1/customer/profile";
/// The BIK bulk route, as documented by BIK.
pub const BIK_PATH: &str = "/integrations/bikPlatformFunctions-createOrUpdateUserProperties";

use errors::{error_response, Dialect};
use layers::{json_error_bodies, log_response, panic_response, request_span, with_timeout};
pub use state::{AppState, Limits};

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
        .route(UPDATE_PROFILE_PATH, post(update_profile::update_profile))
        .route(READ_BACK_PATH, get(read_back::read_back))
        .route(BIK_PATH, post(bik::bik_user_properties))
        .route("/healthz", get(health::healthz))
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
