//! The layers every request passes through: request log, JSON error bodies, panic guard
//! and timeout.

use std::time::Duration;

use axum::extract::{MatchedPath, Request};
use axum::http::header::{self};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;
use tracing::field::Empty;

use super::errors::{error_response, Dialect};

pub(super) async fn with_timeout(timeout: Duration, req: Request, next: Next) -> Response {
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
pub(super) async fn json_error_bodies(req: Request, next: Next) -> Response {
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

pub(super) fn panic_response(_panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    // The payload may quote request data: log only that it happened.
    tracing::error!("handler panicked");
    error_response(
        Dialect::Bik,
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal error",
    )
}

// The request log.

/// The request's span. Never the URI: its query may hold an `apiKey`.
pub(super) fn request_span(req: &Request) -> tracing::Span {
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

pub(super) fn log_response(response: &Response, latency: Duration, span: &tracing::Span) {
    let latency_ms = latency.as_secs_f64() * 1000.0;
    span.record("status", response.status().as_u16());
    span.record("latency_ms", latency_ms);
    if response.status().is_server_error() {
        tracing::error!(parent: span, "response");
    } else {
        tracing::info!(parent: span, "response");
    }
}
