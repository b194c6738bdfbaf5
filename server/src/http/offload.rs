//! Validation off the async workers for large bodies.

use axum::body::Bytes;

/// Bodies at least this large are validated on the blocking pool, so that a few large
/// requests cannot stall the async workers (a 1 MiB BIK body takes ~10 ms to validate).
pub(super) const BLOCKING_THRESHOLD: usize = 64 * 1024;

/// Runs CPU-bound validation inline for small bodies and on the blocking pool for large
/// ones.
pub(super) async fn blocking_if_large<T, F>(
    body: Bytes,
    work: F,
) -> Result<T, tokio::task::JoinError>
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
