//! One accepted connection: hyper's HTTP/1 state machine with a header-read timer, our
//! idle timer, graceful shutdown on request, and one log line for each way it can fail.

use std::convert::Infallible;
use std::io;
use std::pin::{pin, Pin};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::Body;
use axum::http::header::{self, HeaderValue};
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::watch;
use tokio::time::Instant;
use tower::Service as _;

use super::ServeOptions;

/// What the connection task needs from the accept loop, shared by every connection.
#[derive(Debug)]
pub(super) struct Shared {
    pub(super) app: Router,
    pub(super) options: ServeOptions,
    /// hyper's read buffer, which also bounds a request head hyper can parse.
    pub(super) max_buf_size: usize,
    /// `Keep-Alive: timeout=N` for responses that keep the connection, when N ≥ 1 s.
    keep_alive: Option<HeaderValue>,
}

impl Shared {
    pub(super) fn new(app: Router, options: ServeOptions, max_buf_size: usize) -> Shared {
        // hyper's header timer also runs while a kept-alive connection waits, so the
        // connection lives the shorter of the two. Saying so lets clients such as Node's
        // retire it first instead of racing our close with a new request.
        let seconds = options
            .idle_timeout
            .min(options.header_read_timeout)
            .as_secs();
        let keep_alive = (seconds > 0)
            .then(|| HeaderValue::from_str(&format!("timeout={seconds}")).ok())
            .flatten();
        Shared {
            app,
            options,
            max_buf_size,
            keep_alive,
        }
    }
}

/// Serves `stream` until the client or hyper closes it, it idles out, or shutdown is
/// requested on `closing` and its request in flight is answered.
pub(super) async fn run(
    stream: TcpStream,
    shared: Arc<Shared>,
    mut closing: watch::Receiver<bool>,
) {
    if let Err(err) = stream.set_nodelay(shared.options.tcp_nodelay) {
        tracing::debug!(error = %err, "could not set TCP_NODELAY");
    }
    let activity = Arc::new(Activity::new());
    let io = TokioIo::new(Watched {
        inner: stream,
        activity: Arc::clone(&activity),
    });
    let service = {
        let shared = Arc::clone(&shared);
        let activity = Arc::clone(&activity);
        service_fn(move |request: hyper::Request<Incoming>| {
            let busy = Busy::new(&activity);
            let mut app = shared.app.clone();
            let shared = Arc::clone(&shared);
            async move {
                // `Router` is always ready: no `poll_ready` needed before `call`.
                let mut response = match app.call(request.map(Body::new)).await {
                    Ok(response) => response,
                    Err(never) => match never {},
                };
                drop(busy);
                let closes = response
                    .headers()
                    .get(header::CONNECTION)
                    .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"close"));
                if let (Some(value), false) = (&shared.keep_alive, closes) {
                    response
                        .headers_mut()
                        .insert(header::HeaderName::from_static("keep-alive"), value.clone());
                }
                Ok::<_, Infallible>(response)
            }
        })
    };
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(shared.options.header_read_timeout)
        .max_buf_size(shared.max_buf_size);
    let mut connection = pin!(builder.serve_connection(io, service));

    let idle = shared.options.idle_timeout;
    let mut shutting_down = false;
    loop {
        tokio::select! {
            result = connection.as_mut() => {
                report(result, &shared.options);
                return;
            }
            _ = closing.changed(), if !shutting_down => {
                // Closes an idle connection at once, else after the response in flight.
                shutting_down = true;
                connection.as_mut().graceful_shutdown();
            }
            () = tokio::time::sleep_until(activity.idle_deadline(idle)) => {
                if activity.is_idle_for(idle) {
                    tracing::debug!(idle_ms = millis(idle), "closing an idle connection");
                    return;
                }
            }
        }
    }
}

/// One log line for each way hyper ends a connection with an error. hyper's messages are
/// fixed texts: no request data reaches the log.
fn report(result: Result<(), hyper::Error>, options: &ServeOptions) {
    let Err(err) = result else { return };
    if err.is_parse_version_h2() {
        tracing::info!("connection closed: an HTTP/2 preface, and only HTTP/1 is served");
    } else if err.is_parse() {
        // hyper answers these itself, before any service runs, with an empty body.
        let status: u16 = if err.is_parse_too_large() {
            if err.to_string() == "URI too long" {
                414
            } else {
                431
            }
        } else {
            400
        };
        tracing::warn!(
            status,
            reason = %err,
            "malformed request refused by the HTTP parser (answered without a JSON body)"
        );
    } else if err.is_timeout() {
        tracing::info!(
            timeout_ms = millis(options.header_read_timeout),
            "connection closed: request head not complete in time"
        );
    } else if err.is_incomplete_message() {
        tracing::debug!("connection closed by the client mid-request");
    } else {
        tracing::debug!(error = %err, "connection ended with an error");
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// When the connection last moved a byte, and how many requests it is handling.
#[derive(Debug)]
struct Activity {
    origin: Instant,
    /// Milliseconds from `origin` to the last read or write that moved data.
    last_io_ms: AtomicU64,
    busy: AtomicUsize,
}

impl Activity {
    fn new() -> Activity {
        Activity {
            origin: Instant::now(),
            last_io_ms: AtomicU64::new(0),
            busy: AtomicUsize::new(0),
        }
    }

    fn touch(&self) {
        self.last_io_ms
            .store(millis(self.origin.elapsed()), Ordering::Relaxed);
    }

    fn last_io(&self) -> Instant {
        self.origin + Duration::from_millis(self.last_io_ms.load(Ordering::Relaxed))
    }

    /// When to look again: `idle` after the last byte, or, while a request is being
    /// handled (its own timeout applies), `idle` from now.
    fn idle_deadline(&self, idle: Duration) -> Instant {
        if self.busy.load(Ordering::Relaxed) > 0 {
            Instant::now() + idle
        } else {
            self.last_io() + idle
        }
    }

    fn is_idle_for(&self, idle: Duration) -> bool {
        self.busy.load(Ordering::Relaxed) == 0 && self.last_io().elapsed() >= idle
    }
}

/// Marks a request in progress from the moment its head is parsed until its response is
/// handed to hyper (or the request is dropped).
struct Busy(Arc<Activity>);

impl Busy {
    fn new(activity: &Arc<Activity>) -> Busy {
        activity.busy.fetch_add(1, Ordering::Relaxed);
        Busy(Arc::clone(activity))
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        self.0.touch();
        self.0.busy.fetch_sub(1, Ordering::Relaxed);
    }
}

/// The socket, noting every read and write that moves data.
struct Watched {
    inner: TcpStream,
    activity: Arc<Activity>,
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.inner).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.activity.touch();
        }
        polled
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write(cx, buf);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        polled
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}
