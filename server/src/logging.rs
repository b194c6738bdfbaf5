//! Logging: the subscriber set-up and the masking of personal data in request logs.
//!
//! Request logs carry the method, route, status, latency, the API key's *kind*, BIK entry
//! counts and, for update-profile, the email masked to its first character and domain
//! (`m***@bik.ai`): enough to follow a request, too little to identify a person. API keys,
//! Basic credentials, query strings and bodies are never logged.

use clap::ValueEnum;
use tracing_subscriber::EnvFilter;

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

/// Installs the global subscriber: `RUST_LOG` filters (default `info`), logs go to stderr.
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
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    // `try_init` fails only when a subscriber is already set (tests start many servers).
    let _ = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
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
