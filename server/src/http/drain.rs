//! Reading and dropping the rest of a refused body, so that a client still sending it
//! sees the answer.
//!
//! A server that answers before it has read the body and then closes the socket with
//! unread bytes in it makes the kernel send a reset, which can destroy the answer before
//! the client reads it (RFC 9112, section 9.6, on closing "in stages"). So a refused body
//! (413, 503) is answered at once with `Connection: close` and its rest is read and
//! dropped in the background, up to a byte and a time bound, before the connection closes.

use std::time::Duration;

use axum::body::Body;
use axum::http::header::{self, HeaderMap};
use http_body_util::BodyExt as _;

/// The rest of a refused body, to be read and dropped.
pub(super) struct Drain {
    body: Body,
    /// How many more bytes may be read.
    allowance: usize,
    timeout: Duration,
}

impl Drain {
    /// The drain of `body`, of which `read` bytes are already read, or `None` when
    /// draining cannot help: the client waits for `100 Continue` before sending (it gets
    /// the answer instead), or the declared length is over `max_bytes`.
    pub(super) fn new(
        headers: &HeaderMap,
        body: Body,
        read: usize,
        max_bytes: usize,
        timeout: Duration,
    ) -> Option<Drain> {
        let expects_continue = headers
            .get(header::EXPECT)
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"100-continue"));
        let declared = super::body::declared_length(headers);
        if expects_continue || declared.is_some_and(|len| len > max_bytes as u64) {
            return None;
        }
        Some(Drain {
            body,
            allowance: max_bytes.saturating_sub(read),
            timeout,
        })
    }

    /// Whether the request may still carry body bytes: not when its body is known to be
    /// empty (no `Content-Length` or `Content-Length: 0`, and not chunked).
    pub(super) fn may_have_body(&self) -> bool {
        !axum::body::HttpBody::is_end_stream(&self.body)
    }

    /// Reads and drops the body in a task of its own, until its end, the allowance or the
    /// timeout; dropping it then lets hyper close the connection.
    pub(super) fn spawn(self) {
        let Drain {
            mut body,
            mut allowance,
            timeout,
        } = self;
        let drain = async move {
            while let Some(Ok(frame)) = body.frame().await {
                let len = frame.data_ref().map_or(0, |data| data.len());
                match allowance.checked_sub(len) {
                    Some(left) => allowance = left,
                    None => break,
                }
            }
        };
        tokio::spawn(async move {
            let _ = tokio::time::timeout(timeout, drain).await;
        });
    }
}
