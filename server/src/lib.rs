//! The contactkit reference server: both documented endpoints over HTTP, on top of the
//! `contactkit` library, with embedded storage.
//!
//! - `POST /api/v1/customer/update-profile` (BizKitHub): an API key in the `apiKey` query
//!   parameter or a `Bearer` header, one profile per request, `{"success": true}`.
//! - `POST /integrations/bikPlatformFunctions-createOrUpdateUserProperties` (BIK): HTTP
//!   Basic, many entries per request, the invalid ones echoed with their Joi-style error
//!   and true create/update counts.
//! - `GET /api/v1/customer/profile?email=...`: reads back the caller's tenant's
//!   update-profile record of a contact (same API keys as update-profile).
//! - `GET /healthz`.
//! - `GET /openapi.json`: the [OpenAPI 3.1 document](openapi::document) of all of the above
//!   (`contactkit-server --print-openapi` prints it).
//!
//! Contacts belong to tenants ([`tenants`]): each credential names one, and a request
//! reads and writes only its own tenant's contacts. Each credential but a `ROOT` key is
//! rate limited by its kind (429 with `Retry-After`).
//!
//! The crate is a library as well as a binary so that tests, and users embedding the
//! server, build the same [`router`] and call the same [`serve_with`] as `main` does. It
//! exists to prove the library inside a real service and to be copied: handlers only turn
//! HTTP into library calls ([`contactkit::update_profile`], [`contactkit::user_properties`])
//! and store calls ([`store::Store`]). [`serve_with`] bounds what clients can hold:
//! connections, request heads, bodies in flight, shutdown time ([`ServeOptions`],
//! [`Limits`]).
//!
//! # Examples
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
//! use contactkit_server::auth::{ApiKeys, BasicCredentials};
//! use contactkit_server::store::Store;
//! use contactkit_server::tenant::TenantId;
//! use contactkit_server::tenants::{TenantSpec, Tenants};
//! use contactkit_server::{serve, AppState, Limits};
//!
//! let tenants = Tenants::builder()
//!     .tenant(TenantSpec::new(TenantId::parse("acme")?)
//!         .api_keys("api_keys", ApiKeys::parse_list("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE")?)
//!         .basic_auth("basic_auth", BasicCredentials::parse_list("bik:s3cret")?))
//!     .build()?;
//! let state = AppState::new(Store::connect(":memory:").await?, tenants, Limits::default());
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
//! let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
//! let server = tokio::spawn(serve(listener, state, async move { let _ = stopped.await; }));
//! // ... send requests to the listener's address ...
//! let _ = stop.send(());
//! server.await??;
//! # Ok(()) }
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

pub mod auth;
pub mod config;
mod http;
pub mod logging;
pub mod openapi;
mod serve;
pub mod store;
pub mod tenant;
pub mod tenants;

pub use http::{
    router, AppState, BodyBudget, Limits, BIK_PATH, READ_BACK_PATH, UPDATE_PROFILE_PATH,
};
pub use serve::{serve, serve_with, shutdown_signal, ServeOptions};
