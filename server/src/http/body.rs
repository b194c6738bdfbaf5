//! Reading a request body: JSON only, under the size limit, within the server-wide
//! budget of body bytes in flight.

use axum::body::{Body, Bytes};
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::StatusCode;
use axum::response::Response;
use http_body_util::BodyExt as _;

use super::drain::Drain;
use super::{error_response, AppState, Dialect};

/// Why a body was not read; [`BodyError::response`] answers it in the endpoint's dialect.
pub(super) enum BodyError {
    /// 413 `request body is larger than {limit} bytes`, with `Connection: close`; the rest
    /// of the body is drained.
    TooLarge { limit: usize, rest: Option<Drain> },
    /// 400 `request body could not be read` (the client went away, a broken chunk).
    Unreadable,
    /// 415 `request body must be application/json`; a body sent anyway is drained.
    NotJson { rest: Option<Drain> },
    /// 503 `server busy: too many request bodies in flight, retry later`, with
    /// `Retry-After: 1` and `Connection: close` (the [`BodyBudget`](super::BodyBudget) had
    /// no room in time); the body is drained.
    Busy { rest: Option<Drain> },
}

/// The `Retry-After` of a 503 for a full budget: bodies are held for as long as they take
/// to validate, rarely over a second.
const RETRY_AFTER_SECONDS: HeaderValue = HeaderValue::from_static("1");

impl BodyError {
    /// The answer; a body left unread starts draining.
    pub(super) fn response(self, dialect: Dialect) -> Response {
        match self {
            BodyError::TooLarge { limit, rest } => {
                let mut response = error_response(
                    dialect,
                    StatusCode::PAYLOAD_TOO_LARGE,
                    &format!("request body is larger than {limit} bytes"),
                );
                close_and_drain(&mut response, rest);
                response
            }
            BodyError::Unreadable => error_response(
                dialect,
                StatusCode::BAD_REQUEST,
                "request body could not be read",
            ),
            BodyError::NotJson { rest } => {
                let response = error_response(
                    dialect,
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "request body must be application/json",
                );
                refused_unread(response, rest)
            }
            BodyError::Busy { rest } => {
                let mut response = error_response(
                    dialect,
                    StatusCode::SERVICE_UNAVAILABLE,
                    "server busy: too many request bodies in flight, retry later",
                );
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, RETRY_AFTER_SECONDS);
                close_and_drain(&mut response, rest);
                response
            }
        }
    }
}

/// The body was not read whole: this connection cannot carry another request. Its rest
/// is read and dropped while the answer goes out, so that the close is not a reset.
fn close_and_drain(response: &mut Response, rest: Option<Drain>) {
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    if let Some(rest) = rest {
        rest.spawn();
    }
}

/// A request refused before its body was read (401, 415, 429): when it may carry a body,
/// the connection is closed after the answer and the body drained meanwhile, as for a 413,
/// so that a client still sending sees the answer instead of a reset; a request without a
/// body keeps its connection.
pub(super) fn refuse_before_body(
    response: Response,
    headers: &HeaderMap,
    body: Body,
    state: &AppState,
) -> Response {
    let limits = &state.inner.limits;
    let rest = Drain::new(
        headers,
        body,
        0,
        limits.max_drain_bytes,
        limits.drain_timeout,
    );
    refused_unread(response, rest)
}

/// `response`, closing the connection and draining `rest` when the request may still be
/// sending a body.
fn refused_unread(mut response: Response, rest: Option<Drain>) -> Response {
    if rest.as_ref().is_some_and(Drain::may_have_body) {
        close_and_drain(&mut response, rest);
    }
    response
}

/// Reads the body, refusing more than `limit` bytes: at once when `Content-Length` says
/// so, otherwise as soon as the stream passes the limit (never buffering more). The bytes'
/// reservation in the state's [`BodyBudget`](super::BodyBudget) lasts until the response
/// is ready.
pub(super) async fn read_body(
    headers: &HeaderMap,
    mut body: Body,
    state: &AppState,
) -> Result<Bytes, BodyError> {
    let limits = &state.inner.limits;
    let limit = state.inner.max_body_bytes;
    let drain = |body: Body, read: usize| {
        Drain::new(
            headers,
            body,
            read,
            limits.max_drain_bytes,
            limits.drain_timeout,
        )
    };
    // A browser that holds cached Basic credentials can be made to post `text/plain` (a
    // "simple" request, no CORS preflight) cross-site: only JSON is read.
    if !is_json(headers) {
        return Err(BodyError::NotJson {
            rest: drain(body, 0),
        });
    }
    let declared = declared_length(headers);
    if declared.is_some_and(|len| len > limit as u64) {
        return Err(BodyError::TooLarge {
            limit,
            rest: drain(body, 0),
        });
    }
    let declared = declared.map_or(0, |len| len as usize);
    // A declared length is reserved whole before a byte is read, so a body that is being
    // read never waits halfway; reserving chunk by chunk, bodies each holding part of the
    // budget could starve one another until all time out. A chunked body has no length
    // to reserve and grows its reservation as it arrives.
    let mut reservation = state.inner.body_budget.reservation();
    if reservation.grow_to(declared).await.is_err() {
        return Err(BodyError::Busy {
            rest: drain(body, 0),
        });
    }
    let mut buffer = Vec::with_capacity(declared);
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|_| BodyError::Unreadable)?;
        let Ok(data) = frame.into_data() else {
            continue; // trailers
        };
        let total = buffer.len() + data.len();
        if total > limit {
            return Err(BodyError::TooLarge {
                limit,
                rest: drain(body, total),
            });
        }
        if reservation.grow_to(total).await.is_err() {
            return Err(BodyError::Busy {
                rest: drain(body, total),
            });
        }
        buffer.extend_from_slice(&data);
    }
    Ok(reservation.hold(Bytes::from(buffer)))
}

/// The `Content-Length`, if there is one that parses.
pub(super) fn declared_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
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
