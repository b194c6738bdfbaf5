//! Who is asking: the credential a request presents, its tenant, and its rate limit.
//!
//! Each helper refuses a request with its endpoint's error (401, or 429 with
//! `Retry-After`) before the body is read, and records the tenant and the credential's
//! kind in the request's span (never the credential).

use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use contactkit::ApiKey;

use super::errors::{error_response, profile_unauthorized, Dialect};
use crate::tenants::{Credential, RateLimited, Tenants};

/// Why a request is refused before its body is read.
pub(super) enum Refusal {
    /// update-profile's and read-back's 401, with the API key's error.
    ApiKey(String),
    /// BIK's 401.
    Basic,
    /// 429 in the endpoint's error shape.
    Limited(Dialect, RateLimited),
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        match self {
            Refusal::ApiKey(message) => profile_unauthorized(&message),
            Refusal::Basic => {
                let mut response =
                    error_response(Dialect::Bik, StatusCode::UNAUTHORIZED, "unauthorized");
                response.headers_mut().insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static("Basic realm=\"contactkit\", charset=\"UTF-8\""),
                );
                response
            }
            Refusal::Limited(dialect, limited) => {
                let mut response =
                    error_response(dialect, StatusCode::TOO_MANY_REQUESTS, &limited.to_string());
                // Whole seconds, rounded up: a client that waits this long gets through.
                response.headers_mut().insert(
                    header::RETRY_AFTER,
                    HeaderValue::from(limited.retry_after_secs()),
                );
                response
            }
        }
    }
}

/// The credential of update-profile and read-back: an API key in the `apiKey` query
/// parameter or a `Bearer` header.
pub(super) fn api_key<'a>(
    tenants: &'a Tenants,
    query: Option<&str>,
    headers: &HeaderMap,
) -> Result<&'a Credential, Refusal> {
    let authorization = authorization(headers)
        .map_err(|()| Refusal::ApiKey("api key: authorization header is not ASCII".to_owned()))?;
    let key = ApiKey::from_request(query, authorization)
        .map_err(|err| Refusal::ApiKey(err.to_string()))?;
    tracing::Span::current().record("key_kind", key.kind().prefix());
    let credential = tenants
        .authenticate_key(&key)
        .ok_or_else(|| Refusal::ApiKey("api key: unknown key".to_owned()))?;
    admit(credential, Dialect::Profile)
}

/// The credential of the BIK endpoint: HTTP Basic.
pub(super) fn basic<'a>(
    tenants: &'a Tenants,
    headers: &HeaderMap,
) -> Result<&'a Credential, Refusal> {
    let credential = authorization(headers)
        .ok()
        .and_then(|value| tenants.authenticate_basic(value))
        .ok_or(Refusal::Basic)?;
    tracing::Span::current().record("key_kind", credential.kind().as_str());
    admit(credential, Dialect::Bik)
}

/// Records the tenant, then counts the request against the credential's limit.
fn admit(credential: &Credential, dialect: Dialect) -> Result<&Credential, Refusal> {
    tracing::Span::current().record("tenant", credential.tenant().as_str());
    credential
        .check_rate()
        .map(|()| credential)
        .map_err(|limited| Refusal::Limited(dialect, limited))
}

/// The `Authorization` header: `Ok(None)` when absent, `Err` when not visible ASCII.
pub(super) fn authorization(headers: &HeaderMap) -> Result<Option<&str>, ()> {
    match headers.get(header::AUTHORIZATION) {
        None => Ok(None),
        Some(value) => value.to_str().map(Some).map_err(|_| ()),
    }
}
