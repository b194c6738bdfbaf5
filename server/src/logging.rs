//! Logging: the subscriber set-up and the masking of personal data in request logs.
//!
//! Request logs carry the method, route, status, latency, the API key's *kind*, BIK entry
//! counts and, for update-profile, the email masked to its first character and domain
//! (`m***@bik.ai`): enough to follow a request, too little to identify a person. API keys,
//! Basic credentials, query strings, bodies and client addresses are never logged.
//!
//! Every line goes through [`OneLine`], which escapes control characters wherever they
//! come from: no input can colour a terminal or forge a log line.

use clap::ValueEnum;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::util::SubscriberInitExt as _;
use tracing_subscriber::EnvFilter;

mod one_line;

pub use one_line::{escape_controls, OneLine, OneLineWriter};

/// The log output format.
///
/// # Examples
///
/// ```
/// use clap::ValueEnum as _;
/// use contactkit_server::logging::LogFormat;
///
/// assert_eq!(LogFormat::from_str("json", false), Ok(LogFormat::Json));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines with `key=value` fields.
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

/// Installs the global subscriber: `RUST_LOG` filters (default `info`), logs go to stderr
/// through [`OneLine`].
///
/// Calling it twice is harmless (the second call changes nothing).
///
/// # Examples
///
/// ```
/// contactkit_server::logging::init(contactkit_server::logging::LogFormat::Text);
/// ```
pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    // `try_init` fails only when a subscriber is already set (tests start many servers).
    let _ = dispatch(format, filter, std::io::stderr).try_init();
}

/// The server's subscriber with `filter`, writing `format` to `writer` through
/// [`OneLine`]: what [`init`] installs, for tests and for programs that embed the server.
///
/// No ANSI colours: [`OneLine`] would escape them, and server logs are read from files and
/// collectors more often than from terminals.
///
/// # Examples
///
/// ```
/// use std::sync::{Arc, Mutex};
/// use contactkit_server::logging::{dispatch, LogFormat};
/// use tracing_subscriber::EnvFilter;
///
/// #[derive(Clone, Default)]
/// struct Memory(Arc<Mutex<Vec<u8>>>);
/// impl std::io::Write for Memory {
///     fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
///         self.0.lock().unwrap().extend_from_slice(buf);
///         Ok(buf.len())
///     }
///     fn flush(&mut self) -> std::io::Result<()> { Ok(()) }
/// }
///
/// let memory = Memory::default();
/// let writer = memory.clone();
/// let dispatch = dispatch(LogFormat::Json, EnvFilter::new("info"), move || writer.clone());
/// tracing::dispatcher::with_default(&dispatch, || {
///     tracing::info!(method = %"GET\r\nFAKE", "response");
/// });
/// let line = String::from_utf8(memory.0.lock().unwrap().clone())?;
/// assert!(line.ends_with("}\n") && line.lines().count() == 1);
/// assert!(line.contains(r#""method":"GET\r\nFAKE""#), "{line}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn dispatch<W>(format: LogFormat, filter: EnvFilter, writer: W) -> tracing::Dispatch
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(false)
        .with_writer(OneLine::new(writer));
    match format {
        LogFormat::Text => tracing::Dispatch::new(builder.finish()),
        LogFormat::Json => tracing::Dispatch::new(builder.json().finish()),
    }
}

/// Masks an email for logs: the first character of the local part, `***`, and the domain.
///
/// # Examples
///
/// ```
/// use contactkit_server::logging::mask_email;
///
/// assert_eq!(mask_email("mark@bik.ai"), "m***@bik.ai");
/// assert_eq!(mask_email("čeněk@firma.cz"), "č***@firma.cz");
/// assert_eq!(mask_email("not-an-email"), "***");
/// ```
pub fn mask_email(email: &str) -> String {
    match email.rsplit_once('@') {
        Some((local, domain)) => {
            let first = local.chars().next().map(String::from).unwrap_or_default();
            format!("{first}***@{domain}")
        }
        None => "***".to_owned(),
    }
}
