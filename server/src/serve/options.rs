//! [`ServeOptions`]: the connection limits and the shutdown grace of [`serve_with`].
//!
//! [`serve_with`]: crate::serve_with

use std::io;
use std::time::Duration;

/// How [`serve_with`](crate::serve_with) treats connections: how many may be open, how
/// long one may take to send a request head or sit idle, and how long shutdown waits.
///
/// Request-level limits (body size, URI and header size, request timeout) are
/// [`Limits`](crate::Limits); these are the connection's.
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use contactkit_server::ServeOptions;
///
/// let options = ServeOptions {
///     max_connections: 64,
///     header_read_timeout: Duration::from_secs(5),
///     ..ServeOptions::default()
/// };
/// assert_eq!(options.idle_timeout, Duration::from_secs(5));
/// assert_eq!(options.shutdown_grace, Duration::from_secs(10));
/// assert!(options.tcp_nodelay);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServeOptions {
    /// The most connections open at once. At the cap the server stops accepting: new
    /// connections wait in the kernel's listen backlog until one closes.
    pub max_connections: usize,
    /// How long a connection may take to send a complete request head (request line and
    /// headers), counted from when it starts waiting for one: at accept, and on a kept-alive
    /// connection from the end of the previous response. Then it is closed without a
    /// response (hyper's `header_read_timeout`).
    pub header_read_timeout: Duration,
    /// How long a connection may sit with no request in progress and no byte moving either
    /// way: a kept-alive connection between requests, a new one that sends nothing, a client
    /// that stops reading its response. Then it is closed.
    pub idle_timeout: Duration,
    /// How long shutdown waits for requests in flight before it closes their connections.
    pub shutdown_grace: Duration,
    /// Set `TCP_NODELAY` on accepted sockets, so a response's last segment is not held back
    /// waiting for the client's delayed ACK.
    pub tcp_nodelay: bool,
}

impl Default for ServeOptions {
    /// 512 connections, 10 s for a request head, 5 s idle, 10 s of shutdown grace,
    /// `TCP_NODELAY` on.
    fn default() -> Self {
        ServeOptions {
            // Well under the usual soft limit of 1,024 descriptors, which the store and the
            // listener share.
            max_connections: 512,
            header_read_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(5),
            shutdown_grace: Duration::from_secs(10),
            tcp_nodelay: true,
        }
    }
}

impl ServeOptions {
    /// Checks that every limit lets a connection make progress.
    ///
    /// # Errors
    ///
    /// An [`io::ErrorKind::InvalidInput`] error with one of these messages:
    /// `serve: max_connections must be at least 1`,
    /// `serve: header_read_timeout must be longer than zero`,
    /// `serve: idle_timeout must be longer than zero`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::ServeOptions;
    ///
    /// assert!(ServeOptions::default().validate().is_ok());
    /// let err = ServeOptions { max_connections: 0, ..ServeOptions::default() }
    ///     .validate()
    ///     .unwrap_err();
    /// assert_eq!(err.to_string(), "serve: max_connections must be at least 1");
    /// ```
    pub fn validate(&self) -> io::Result<()> {
        let invalid = |message: &str| Err(io::Error::new(io::ErrorKind::InvalidInput, message));
        if self.max_connections == 0 {
            return invalid("serve: max_connections must be at least 1");
        }
        if self.header_read_timeout.is_zero() {
            return invalid("serve: header_read_timeout must be longer than zero");
        }
        if self.idle_timeout.is_zero() {
            return invalid("serve: idle_timeout must be longer than zero");
        }
        Ok(())
    }
}
