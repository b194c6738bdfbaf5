//! Our limits on the request head: 414 for a long URI, 431 for a large header section,
//! in the endpoint's error shape.
//!
//! hyper refuses heads beyond its own buffer with an empty 431 before any service runs;
//! the serve loop sizes that buffer well above these limits, so a head between the two
//! gets a JSON body and the request log line.

use axum::extract::Request;
use axum::http::{StatusCode, Uri};
use axum::middleware::Next;
use axum::response::Response;

use super::{error_response, Dialect, READ_BACK_PATH, UPDATE_PROFILE_PATH};

/// The request-head limits, copied out of [`Limits`](super::Limits) for the middleware.
#[derive(Debug, Clone, Copy)]
pub(super) struct HeadLimits {
    pub(super) max_uri_bytes: usize,
    pub(super) max_header_bytes: usize,
}

/// Answers 414 `request URI is longer than {max} bytes` or 431 `request header section
/// is larger than {max} bytes` instead of running the route, in the route's dialect.
pub(super) async fn check(limits: HeadLimits, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let dialect = if path == UPDATE_PROFILE_PATH || path == READ_BACK_PATH {
        Dialect::Profile
    } else {
        Dialect::Bik
    };
    let uri = uri_len(request.uri());
    if uri > limits.max_uri_bytes {
        return error_response(
            dialect,
            StatusCode::URI_TOO_LONG,
            &format!("request URI is longer than {} bytes", limits.max_uri_bytes),
        );
    }
    // Each field line as sent: `name: value` and CRLF.
    let header_bytes: usize = request
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum();
    if header_bytes > limits.max_header_bytes {
        return error_response(
            dialect,
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            &format!(
                "request header section is larger than {} bytes",
                limits.max_header_bytes
            ),
        );
    }
    next.run(request).await
}

/// The request target's length as sent: path and query, plus scheme and authority in the
/// absolute form (`POST http://host/path`).
fn uri_len(uri: &Uri) -> usize {
    uri.scheme_str().map_or(0, |scheme| scheme.len() + 3)
        + uri
            .authority()
            .map_or(0, |authority| authority.as_str().len())
        + uri.path_and_query().map_or(0, |pq| pq.as_str().len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_length_is_the_request_target_as_sent() {
        for (target, len) in [
            ("/healthz", 8),
            ("/a?apiKey=x", 11),
            ("http://example.com/a?b", 22),
            ("*", 1),
        ] {
            let uri: Uri = target.parse().unwrap();
            assert_eq!(uri_len(&uri), len, "{target}");
        }
    }
}
