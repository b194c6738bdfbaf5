//! Reading a request body: JSON only, under the size limit.

use axum::body::{Body, Bytes};
use axum::http::header::{self, HeaderMap};
use axum::http::StatusCode;
use axum::response::Response;
use http_body_util::{BodyExt as _, LengthLimitError, Limited};

use super::{error_response, Dialect};

/// Why a body was not read; [`BodyError::response`] answers it in the endpoint's dialect.
pub(super) enum BodyError {
    /// 413 `request body is larger than {limit} bytes`.
    TooLarge(usize),
    /// 400 `request body could not be read` (the client went away, a broken chunk).
    Unreadable,
    /// 415 `request body must be application/json`.
    NotJson,
}

impl BodyError {
    pub(super) fn response(&self, dialect: Dialect) -> Response {
        match self {
            BodyError::TooLarge(limit) => error_response(
                dialect,
                StatusCode::PAYLOAD_TOO_LARGE,
                &format!("request body is larger than {limit} bytes"),
            ),
            BodyError::Unreadable => error_response(
                dialect,
                StatusCode::BAD_REQUEST,
                "request body could not be read",
            ),
            BodyError::NotJson => error_response(
                dialect,
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "request body must be application/json",
            ),
        }
    }
}

/// Reads the body, refusing more than `limit` bytes: at once when `Content-Length` says
/// so, otherwise as soon as the stream passes the limit (never buffering more).
pub(super) async fn read_body(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
) -> Result<Bytes, BodyError> {
    // A browser that holds cached Basic credentials can be made to post `text/plain` (a
    // "simple" request, no CORS preflight) cross-site: only JSON is read.
    if !is_json(headers) {
        return Err(BodyError::NotJson);
    }
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|len| len > limit as u64) {
        return Err(BodyError::TooLarge(limit));
    }
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(err) if err.is::<LengthLimitError>() => Err(BodyError::TooLarge(limit)),
        Err(_) => Err(BodyError::Unreadable),
    }
}

/// Whether `Content-Type` is `application/json`, in any case, parameters allowed
/// (`application/json; charset=utf-8`).
fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"))
}
