//! The accept loop: connections under a cap, each served by hyper's HTTP/1 with a
//! header-read and an idle timeout, and a shutdown that waits a bounded time.
//!
//! `axum::serve` has none of these: a client that opens connections and never finishes a
//! request head held them forever, so 64 such connections took a server with a limit of
//! 64 descriptors off the air, and a half-sent request made SIGTERM wait forever (#12).

mod connection;
mod options;
mod signal;

use std::future::Future;
use std::io;
use std::pin::pin;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::{watch, Semaphore};
use tokio::task::JoinSet;

pub use options::ServeOptions;
pub use signal::shutdown_signal;

use crate::{router, AppState, Limits};
use connection::Shared;

/// The least read buffer we give hyper; its default is ~400 KiB.
const MIN_BUF_SIZE: usize = 64 * 1024;

/// How long the loop pauses after an accept error that is not about one connection
/// (`EMFILE`: out of descriptors), before trying again.
const ACCEPT_ERROR_PAUSE: Duration = Duration::from_secs(1);

/// Serves `state`'s application on `listener` with the default [`ServeOptions`] until
/// `shutdown` completes; see [`serve_with`].
///
/// # Errors
///
/// None with the default options; the result is [`serve_with`]'s.
///
/// # Examples
///
/// ```
/// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
/// # let state = contactkit_server::AppState::new(
/// #     contactkit_server::store::Store::connect(":memory:").await?,
/// #     Default::default(), Default::default());
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
/// // Stops at once: the shutdown future is already complete.
/// contactkit_server::serve(listener, state, async {}).await?;
/// # Ok(()) }
/// ```
pub async fn serve<F>(listener: TcpListener, state: AppState, shutdown: F) -> io::Result<()>
where
    F: Future<Output = ()> + Send + 'static,
{
    serve_with(listener, state, ServeOptions::default(), shutdown).await
}

/// Serves `state`'s application on `listener` until `shutdown` completes, then stops
/// accepting, lets requests in flight finish for at most
/// [`shutdown_grace`](ServeOptions::shutdown_grace), closes the connections still open and
/// returns.
///
/// Each connection speaks HTTP/1.1 through hyper under `options`: at most
/// [`max_connections`](ServeOptions::max_connections) at once (at the cap the loop stops
/// accepting), a [`header_read_timeout`](ServeOptions::header_read_timeout), an
/// [`idle_timeout`](ServeOptions::idle_timeout). Errors of one connection, and of
/// `accept` (such as running out of descriptors), are logged, never returned.
///
/// # Errors
///
/// Only invalid `options`, before anything is served (see [`ServeOptions::validate`]).
///
/// # Examples
///
/// ```
/// # #[tokio::main(flavor = "current_thread")] async fn main() -> anyhow::Result<()> {
/// use std::time::Duration;
/// use contactkit_server::{serve_with, ServeOptions};
/// # let state = contactkit_server::AppState::new(
/// #     contactkit_server::store::Store::connect(":memory:").await?,
/// #     Default::default(), Default::default());
///
/// let options = ServeOptions {
///     max_connections: 100,
///     shutdown_grace: Duration::from_secs(2),
///     ..ServeOptions::default()
/// };
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
/// serve_with(listener, state, options, async {}).await?;
/// # Ok(()) }
/// ```
pub async fn serve_with<F>(
    listener: TcpListener,
    state: AppState,
    options: ServeOptions,
    shutdown: F,
) -> io::Result<()>
where
    F: Future<Output = ()> + Send + 'static,
{
    options.validate()?;
    let grace = options.shutdown_grace;
    let slots = Arc::new(Semaphore::new(options.max_connections));
    let max_buf_size = hyper_buffer(state.limits());
    let shared = Arc::new(Shared::new(router(state), options, max_buf_size));
    let (closing, closing_rx) = watch::channel(false);
    let mut connections = JoinSet::new();
    let mut shutdown = pin!(shutdown);
    let mut at_cap = false;

    loop {
        // At the cap we stop accepting rather than accept and answer 503: the cap exists to
        // keep descriptors free, a 503 needs one per refused connection, and a client that
        // has already sent its request would often see the close as a reset, not the 503.
        // Waiting connections stay in the kernel's backlog and are served as slots free up.
        let permit = match Arc::clone(&slots).try_acquire_owned() {
            Ok(permit) => permit,
            Err(_) => {
                if !at_cap {
                    at_cap = true;
                    tracing::warn!(
                        max_connections = shared.options.max_connections,
                        "connection limit reached: not accepting until a connection closes"
                    );
                }
                tokio::select! {
                    () = &mut shutdown => break,
                    Some(joined) = connections.join_next() => {
                        report_task(joined);
                        continue;
                    }
                }
            }
        };
        at_cap = false;
        let accepted = tokio::select! {
            () = &mut shutdown => break,
            Some(joined) = connections.join_next(), if !connections.is_empty() => {
                report_task(joined);
                continue;
            }
            accepted = listener.accept() => accepted,
        };
        match accepted {
            Ok((stream, _peer)) => {
                // The peer's address is personal data, like the email: not logged.
                let shared = Arc::clone(&shared);
                let closing = closing_rx.clone();
                connections.spawn(async move {
                    connection::run(stream, shared, closing).await;
                    drop(permit);
                });
            }
            Err(err) if is_connection_error(&err) => {}
            Err(err) => {
                tracing::error!(
                    error = %err,
                    pause_ms = ACCEPT_ERROR_PAUSE.as_millis() as u64,
                    "accepting a connection failed"
                );
                tokio::select! {
                    () = &mut shutdown => break,
                    () = tokio::time::sleep(ACCEPT_ERROR_PAUSE) => {}
                }
            }
        }
    }

    drop(listener);
    let _ = closing.send(true);
    let in_flight = async {
        while let Some(joined) = connections.join_next().await {
            report_task(joined);
        }
    };
    if tokio::time::timeout(grace, in_flight).await.is_err() {
        tracing::warn!(
            connections = connections.len(),
            grace_ms = grace.as_millis() as u64,
            "shutdown grace elapsed: closing the connections still open"
        );
        // Dropping a connection's task closes its socket and drops its handler.
        connections.shutdown().await;
    }
    Ok(())
}

/// hyper's read buffer, which bounds the request head it can parse (a longer one gets
/// hyper's empty 431): twice our own URI and header limits, so that a head over them still
/// reaches the router and gets its JSON 414 or 431. Also the most a connection buffers:
/// 512 connections hold at most 32 MiB with the defaults, not the ~200 MiB of hyper's own.
fn hyper_buffer(limits: &Limits) -> usize {
    limits
        .max_uri_bytes
        .saturating_add(limits.max_header_bytes)
        .saturating_mul(2)
        .max(MIN_BUF_SIZE)
}

/// Errors that concern one connection that is already gone; the listener is fine.
fn is_connection_error(err: &io::Error) -> bool {
    matches!(
        err.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    )
}

fn report_task(joined: Result<(), tokio::task::JoinError>) {
    if let Err(err) = joined {
        if err.is_panic() {
            // The payload may quote request data: log only that it happened.
            tracing::error!("connection task panicked");
        }
    }
}
