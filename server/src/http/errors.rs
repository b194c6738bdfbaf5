//! Error responses in each document's shape: which shape, and the common answers.

use axum::http::header::{self, HeaderValue};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

use crate::store::StoreError;

/// Which document's error shape a response follows.
#[derive(Debug, Clone, Copy)]
pub(super) enum Dialect {
    /// `{"status": N, "error": "..."}`: BIK's, and the default.
    Bik,
    /// `{"success": false, "error": "..."}`: update-profile's (its success is
    /// `{"success": true}`).
    Profile,
}

#[derive(Serialize)]
pub(super) struct StatusError<'a> {
    status: u16,
    error: &'a str,
}

#[derive(Serialize)]
pub(super) struct ProfileError<'a> {
    success: bool,
    error: &'a str,
}

pub(super) fn error_response(dialect: Dialect, status: StatusCode, message: &str) -> Response {
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

pub(super) fn profile_unauthorized(message: &str) -> Response {
    let mut response = error_response(Dialect::Profile, StatusCode::UNAUTHORIZED, message);
    response
        .headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    response
}

/// A 500 that says nothing about the cause; the cause goes to the log (store and
/// serialization errors carry no request data).
pub(super) fn internal_error(dialect: Dialect, err: &dyn std::fmt::Display) -> Response {
    tracing::error!(error = %err, "internal error");
    error_response(dialect, StatusCode::INTERNAL_SERVER_ERROR, "internal error")
}

/// The answer to a failed store call: 503 with `Retry-After` when the database cannot
/// serve now (nothing was written, a retry may succeed), else a 500. The cause goes to
/// the log.
pub(super) fn store_error(dialect: Dialect, err: &StoreError) -> Response {
    if err.is_unavailable() {
        tracing::error!(error = %err, "store call failed");
        unavailable(dialect)
    } else {
        internal_error(dialect, err)
    }
}

/// 503 `database unavailable` with `Retry-After`.
pub(super) fn unavailable(dialect: Dialect) -> Response {
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
