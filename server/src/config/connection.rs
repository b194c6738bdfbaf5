//! The flags of connection and request-hygiene limits: [`ConnectionArgs`].

use std::time::Duration;

use anyhow::Context as _;
use clap::Args;

use crate::{Limits, ServeOptions};

/// The flags of connection and request-hygiene limits, flattened into
/// [`Args`](super::Args): each has a `CONTACTKIT_*` variable and its default in `--help`.
/// Durations are seconds, fractions allowed (`0.5`).
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use clap::Parser as _;
/// use contactkit_server::config::Args;
///
/// let args = Args::try_parse_from([
///     "contactkit-server", "--max-connections", "64", "--idle-timeout", "2.5",
/// ])?;
/// let options = args.connection.serve_options()?;
/// assert_eq!(options.max_connections, 64);
/// assert_eq!(options.idle_timeout, Duration::from_millis(2500));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Args)]
pub struct ConnectionArgs {
    /// The most connections open at once; at the cap new ones wait in the listen backlog.
    #[arg(
        long,
        env = "CONTACTKIT_MAX_CONNECTIONS",
        default_value_t = 512,
        value_name = "N"
    )]
    pub max_connections: usize,

    /// Seconds a connection has to send a complete request head (from accept, or from
    /// the previous response on a kept-alive one); then it is closed.
    #[arg(long, env = "CONTACTKIT_HEADER_READ_TIMEOUT", default_value = "10", value_name = "SECONDS", value_parser = parse_seconds)]
    pub header_read_timeout: Duration,

    /// Seconds a connection may sit with no request in progress and no byte moving.
    #[arg(long, env = "CONTACTKIT_IDLE_TIMEOUT", default_value = "5", value_name = "SECONDS", value_parser = parse_seconds)]
    pub idle_timeout: Duration,

    /// Seconds SIGTERM/SIGINT waits for requests in flight before closing their
    /// connections.
    #[arg(long, env = "CONTACTKIT_SHUTDOWN_GRACE", default_value = "10", value_name = "SECONDS", value_parser = parse_seconds)]
    pub shutdown_grace: Duration,

    /// Set TCP_NODELAY on accepted connections.
    #[arg(
        long,
        env = "CONTACTKIT_TCP_NODELAY",
        default_value_t = true,
        action = clap::ArgAction::Set,
        value_name = "BOOL"
    )]
    pub tcp_nodelay: bool,

    /// The longest request URI, in bytes; longer ones get 414.
    #[arg(
        long,
        env = "CONTACTKIT_MAX_URI_BYTES",
        default_value_t = 8 * 1024,
        value_name = "BYTES"
    )]
    pub max_uri_bytes: usize,

    /// The largest request header section, in bytes; larger ones get 431.
    #[arg(
        long,
        env = "CONTACTKIT_MAX_HEADER_BYTES",
        default_value_t = 16 * 1024,
        value_name = "BYTES"
    )]
    pub max_header_bytes: usize,

    /// The most request-body bytes held at once, server-wide; at least --max-body-bytes.
    #[arg(
        long,
        env = "CONTACTKIT_MAX_BODY_BYTES_IN_FLIGHT",
        default_value_t = 16 * 1024 * 1024,
        value_name = "BYTES"
    )]
    pub max_body_bytes_in_flight: usize,

    /// Seconds a request waits for room among the bodies in flight; then 503 with
    /// Retry-After.
    #[arg(long, env = "CONTACTKIT_BODY_BUDGET_WAIT", default_value = "1", value_name = "SECONDS", value_parser = parse_seconds)]
    pub body_budget_wait: Duration,

    /// A body refused with 413 or 503 is read and dropped (so the client sees the answer)
    /// if it is at most this long in all.
    #[arg(
        long,
        env = "CONTACTKIT_MAX_DRAIN_BYTES",
        default_value_t = 8 * 1024 * 1024,
        value_name = "BYTES"
    )]
    pub max_drain_bytes: usize,

    /// Seconds a refused body is read and dropped at most.
    #[arg(long, env = "CONTACTKIT_DRAIN_TIMEOUT", default_value = "5", value_name = "SECONDS", value_parser = parse_seconds)]
    pub drain_timeout: Duration,
}

impl ConnectionArgs {
    /// The [`ServeOptions`] these flags set.
    ///
    /// # Errors
    ///
    /// A zero limit: `--max-connections must be at least 1`,
    /// `--header-read-timeout must be longer than 0 seconds`,
    /// `--idle-timeout must be longer than 0 seconds`.
    ///
    /// # Examples
    ///
    /// ```
    /// use clap::Parser as _;
    /// use contactkit_server::config::Args;
    ///
    /// let args = Args::try_parse_from(["contactkit-server", "--idle-timeout", "0"])?;
    /// let err = args.connection.serve_options().unwrap_err();
    /// assert_eq!(err.to_string(), "--idle-timeout must be longer than 0 seconds");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn serve_options(&self) -> anyhow::Result<ServeOptions> {
        anyhow::ensure!(
            self.max_connections > 0,
            "--max-connections must be at least 1"
        );
        for (flag, value) in [
            ("--header-read-timeout", self.header_read_timeout),
            ("--idle-timeout", self.idle_timeout),
        ] {
            anyhow::ensure!(!value.is_zero(), "{flag} must be longer than 0 seconds");
        }
        let options = ServeOptions {
            max_connections: self.max_connections,
            header_read_timeout: self.header_read_timeout,
            idle_timeout: self.idle_timeout,
            shutdown_grace: self.shutdown_grace,
            tcp_nodelay: self.tcp_nodelay,
        };
        options
            .validate()
            .context("checking the connection flags")?;
        Ok(options)
    }

    /// Sets the request limits these flags govern in `limits`, whose `max_body_bytes` is
    /// already set.
    ///
    /// # Errors
    ///
    /// `--max-uri-bytes must be at least 1`, `--max-header-bytes must be at least 1`, or
    /// `--max-body-bytes-in-flight (N) must be at least --max-body-bytes (M)`.
    ///
    /// # Examples
    ///
    /// ```
    /// use clap::Parser as _;
    /// use contactkit_server::config::Args;
    ///
    /// let args = Args::try_parse_from(["contactkit-server", "--max-body-bytes-in-flight", "1000"])?;
    /// let mut limits = contactkit_server::Limits::default();
    /// let err = args.connection.apply_to(&mut limits).unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "--max-body-bytes-in-flight (1000) must be at least --max-body-bytes (4194304)"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn apply_to(&self, limits: &mut Limits) -> anyhow::Result<()> {
        anyhow::ensure!(self.max_uri_bytes > 0, "--max-uri-bytes must be at least 1");
        anyhow::ensure!(
            self.max_header_bytes > 0,
            "--max-header-bytes must be at least 1"
        );
        // Below the body limit, a body at the limit would wait for room that never comes.
        anyhow::ensure!(
            self.max_body_bytes_in_flight >= limits.max_body_bytes,
            "--max-body-bytes-in-flight ({}) must be at least --max-body-bytes ({})",
            self.max_body_bytes_in_flight,
            limits.max_body_bytes
        );
        limits.max_uri_bytes = self.max_uri_bytes;
        limits.max_header_bytes = self.max_header_bytes;
        limits.max_body_bytes_in_flight = self.max_body_bytes_in_flight;
        limits.body_budget_wait = self.body_budget_wait;
        limits.max_drain_bytes = self.max_drain_bytes;
        limits.drain_timeout = self.drain_timeout;
        Ok(())
    }
}

/// A duration in seconds, fractions allowed: `10`, `0.5`.
fn parse_seconds(text: &str) -> Result<Duration, String> {
    let seconds: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("expected a number of seconds, such as 10 or 0.5, not {text:?}"))?;
    Duration::try_from_secs_f64(seconds)
        .map_err(|_| format!("expected a number of seconds, such as 10 or 0.5, not {text:?}"))
}

#[cfg(test)]
mod tests {
    use clap::Parser as _;

    use super::*;
    use crate::config::Args;

    #[test]
    fn the_flags_defaults_are_the_libraries() {
        let args = Args::try_parse_from(["contactkit-server"]).unwrap();
        assert_eq!(
            args.connection.serve_options().unwrap(),
            ServeOptions::default()
        );
        let mut limits = Limits::default();
        args.connection.apply_to(&mut limits).unwrap();
        assert_eq!(limits, Limits::default());
    }

    #[test]
    fn seconds_parse_with_fractions_and_refuse_the_rest() {
        assert_eq!(parse_seconds("10"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_seconds("0.25"), Ok(Duration::from_millis(250)));
        for bad in ["-1", "ten", "NaN", "inf", ""] {
            assert!(parse_seconds(bad).is_err(), "{bad:?}");
        }
    }
}
