//! Command-line flags and their environment fallbacks.
//!
//! Every flag has an environment variable (`CONTACTKIT_*`), so the server configures the
//! same way from a shell, a container or a service manager. Secrets are best given by
//! environment or file: a flag's value is visible to every user of the machine in `ps`.
//! `--help` hides the values of the secret variables.

use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context as _;
use clap::Parser;

use crate::auth::{ApiKeys, BasicCredentials};
use crate::logging::LogFormat;
use crate::store::StoreOptions;
#[cfg(doc)]
use crate::tenants::config::ConfigFileError;
use crate::tenants::config::TenantsConfig;
use crate::tenants::{TenantSpec, Tenants};
use crate::Limits;

mod connection;

pub use connection::ConnectionArgs;

/// `contactkit-server`'s flags.
///
/// # Examples
///
/// ```
/// use clap::Parser as _;
/// use contactkit_server::config::Args;
///
/// let args = Args::try_parse_from(["contactkit-server", "--database", ":memory:"])?;
/// assert_eq!(args.listen.to_string(), "127.0.0.1:8080");
/// assert_eq!(args.max_body_bytes, 4 * 1024 * 1024);
/// assert_eq!((args.pool_size, args.acquire_timeout), (16, 5));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Parser)]
#[command(
    name = "contactkit-server",
    version,
    about = "The contactkit reference server: BizKitHub update-profile and BIK user properties over HTTP, with embedded storage",
    long_about = None,
    after_help = "API keys (PROD..., DEV_..., ROOT..., 32 characters) and Basic credentials \
                  (user:password) are lists separated by commas or newlines; files may \
                  hold one item per line and # comments. Keys from the environment and \
                  from the file are both accepted, as one tenant named `default`. \
                  --config FILE names a TOML file of tenants and rate limits instead \
                  (see server/README.md). RUST_LOG sets the log filter (default info)."
)]
pub struct Args {
    /// The address to listen on.
    #[arg(long, env = "CONTACTKIT_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,

    /// The database: a SQLite file path (created on first start), `:memory:`, or a
    /// `postgres://` URL (with the `postgres` feature).
    #[arg(
        long,
        env = "CONTACTKIT_DATABASE",
        default_value = "contactkit.db",
        value_name = "URL_OR_PATH"
    )]
    pub database: String,

    /// The config file (TOML): tenants with their credentials, and rate limits. When it
    /// has tenants, the credential flags below must not be given.
    #[arg(long, env = "CONTACTKIT_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// API keys accepted by update-profile (comma-separated; prefer the environment).
    #[arg(
        long,
        env = "CONTACTKIT_API_KEYS",
        hide_env_values = true,
        value_name = "KEYS"
    )]
    pub api_keys: Option<String>,

    /// A file of API keys, one per line.
    #[arg(long, env = "CONTACTKIT_API_KEYS_FILE", value_name = "PATH")]
    pub api_keys_file: Option<PathBuf>,

    /// HTTP Basic `user:password` pairs accepted by the BIK endpoint (comma-separated;
    /// prefer the environment).
    #[arg(
        long,
        env = "CONTACTKIT_BASIC_AUTH",
        hide_env_values = true,
        value_name = "USER:PASSWORD"
    )]
    pub basic_auth: Option<String>,

    /// A file of Basic `user:password` pairs, one per line.
    #[arg(long, env = "CONTACTKIT_BASIC_AUTH_FILE", value_name = "PATH")]
    pub basic_auth_file: Option<PathBuf>,

    /// The largest request body, in bytes; larger bodies get 413 before they are read.
    #[arg(long, env = "CONTACTKIT_MAX_BODY_BYTES", default_value_t = 4 * 1024 * 1024, value_name = "BYTES")]
    pub max_body_bytes: usize,

    /// The longest a request may take, body upload included, in seconds (then 408).
    #[arg(
        long,
        env = "CONTACTKIT_REQUEST_TIMEOUT",
        default_value_t = 30,
        value_name = "SECONDS"
    )]
    pub request_timeout: u64,

    /// Connection and request-hygiene limits (timeouts, caps, the body budget).
    #[command(flatten)]
    pub connection: ConnectionArgs,

    /// The region of BIK phone numbers sent without `+` (ISO 3166 alpha-2).
    #[arg(
        long,
        env = "CONTACTKIT_BIK_DEFAULT_REGION",
        default_value = "IN",
        value_name = "REGION"
    )]
    pub bik_default_region: String,

    /// The log format.
    #[arg(
        long,
        env = "CONTACTKIT_LOG_FORMAT",
        value_enum,
        default_value = "text"
    )]
    pub log_format: LogFormat,

    /// PostgreSQL: the most connections this instance opens (the database's
    /// `max_connections` must cover every instance). SQLite keeps one connection, its one
    /// writer, whatever this says.
    #[arg(
        long,
        env = "CONTACTKIT_POOL_SIZE",
        default_value_t = 16,
        value_name = "N"
    )]
    pub pool_size: u32,

    /// The longest a request waits for a database connection, in seconds; then 503 with
    /// `Retry-After` (a database that is down answers clients within this time).
    #[arg(
        long,
        env = "CONTACTKIT_ACQUIRE_TIMEOUT",
        default_value_t = 5,
        value_name = "SECONDS"
    )]
    pub acquire_timeout: u64,

    /// Print the OpenAPI 3.1 document (what `GET /openapi.json` serves) to standard
    /// output and exit, without reading any other setting.
    #[arg(long)]
    pub print_openapi: bool,
}

// By hand: the derived Debug would print the keys and passwords.
impl fmt::Debug for Args {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redacted = |v: &Option<String>| v.as_ref().map(|_| "<redacted>");
        f.debug_struct("Args")
            .field("listen", &self.listen)
            .field("database", &database_for_log(&self.database))
            .field("config", &self.config)
            .field("api_keys", &redacted(&self.api_keys))
            .field("api_keys_file", &self.api_keys_file)
            .field("basic_auth", &redacted(&self.basic_auth))
            .field("basic_auth_file", &self.basic_auth_file)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("request_timeout", &self.request_timeout)
            .field("connection", &self.connection)
            .field("bik_default_region", &self.bik_default_region)
            .field("log_format", &self.log_format)
            .field("pool_size", &self.pool_size)
            .field("acquire_timeout", &self.acquire_timeout)
            .field("print_openapi", &self.print_openapi)
            .finish()
    }
}

/// The configuration read from [`Args`]: credentials loaded, limits checked.
///
/// # Examples
///
/// ```
/// use clap::Parser as _;
/// use contactkit_server::config::Args;
///
/// let args = Args::try_parse_from([
///     "contactkit-server",
///     "--api-keys", "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE",
///     "--basic-auth", "bik:s3cret",
/// ])?;
/// let settings = args.load()?;
/// assert_eq!(settings.tenants.summaries()[0].id.as_str(), "default");
/// assert_eq!((settings.tenants.api_key_count(), settings.tenants.basic_count()), (1, 1));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Settings {
    /// The address to listen on.
    pub listen: SocketAddr,
    /// The database path or URL.
    pub database: String,
    /// The tenants, their credentials and rate limits: from the config file, or the
    /// `default` tenant of the credential flags.
    pub tenants: Tenants,
    /// Body size, timeout, BIK region.
    pub limits: Limits,
    /// Pool size and acquire timeout.
    pub store: StoreOptions,
}

impl Args {
    /// Reads the config file and the credential files, and checks every value.
    ///
    /// # Errors
    ///
    /// An unreadable file, an invalid key or pair (its position is named, never its
    /// value), a config file the server refuses ([`ConfigFileError`]), a config file with
    /// tenants *and* credential flags, a zero body limit or timeout, or a region that is
    /// not two ASCII letters.
    ///
    /// # Examples
    ///
    /// ```
    /// use clap::Parser as _;
    /// use contactkit_server::config::Args;
    ///
    /// let args = Args::try_parse_from(["contactkit-server", "--api-keys", "PROD123"])?;
    /// let err = args.load().unwrap_err();
    /// assert_eq!(format!("{err:#}"), "reading --api-keys / CONTACTKIT_API_KEYS: API key 1: api key: expected 32 characters, got 7");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn load(&self) -> anyhow::Result<Settings> {
        let env = self.env_tenant()?;
        let tenants = match &self.config {
            Some(path) => TenantsConfig::load(path)
                .and_then(|config| config.into_tenants(env))
                .with_context(|| format!("reading the config file {}", path.display()))?,
            None => Tenants::builder()
                .tenant(env.unwrap_or_else(TenantSpec::default_tenant))
                .build()?,
        };
        anyhow::ensure!(
            self.max_body_bytes > 0,
            "--max-body-bytes must be at least 1"
        );
        anyhow::ensure!(
            self.request_timeout > 0,
            "--request-timeout must be at least 1 second"
        );
        anyhow::ensure!(self.pool_size > 0, "--pool-size must be at least 1");
        anyhow::ensure!(
            self.acquire_timeout > 0,
            "--acquire-timeout must be at least 1 second"
        );
        let region = contactkit::Region::parse(self.bik_default_region.trim()).map_err(|_| {
            anyhow::anyhow!(
                "--bik-default-region must be a region code with phone numbers, such as IN"
            )
        })?;
        Ok(Settings {
            listen: self.listen,
            database: self.database.clone(),
            tenants,
            limits: Limits {
                max_body_bytes: self.max_body_bytes,
                request_timeout: Duration::from_secs(self.request_timeout),
                bik_default_region: region,
                ..Limits::default()
            },
            store: StoreOptions {
                pool_size: self.pool_size,
                acquire_timeout: Duration::from_secs(self.acquire_timeout),
            },
        })
    }
}

impl Args {
    /// The `default` tenant of the credential flags, `None` when none is given.
    fn env_tenant(&self) -> anyhow::Result<Option<TenantSpec>> {
        let given = self.api_keys.is_some()
            || self.api_keys_file.is_some()
            || self.basic_auth.is_some()
            || self.basic_auth_file.is_some();
        if !given {
            return Ok(None);
        }
        let mut spec = TenantSpec::default_tenant();
        if let Some(list) = &self.api_keys {
            const ORIGIN: &str = "--api-keys / CONTACTKIT_API_KEYS";
            let keys = ApiKeys::parse_list(list).with_context(|| format!("reading {ORIGIN}"))?;
            spec = spec.api_keys(ORIGIN, keys);
        }
        if let Some(path) = &self.api_keys_file {
            let list = read_file(path)?;
            let keys = ApiKeys::parse_list(&list)
                .with_context(|| format!("reading {}", path.display()))?;
            spec = spec.api_keys(path.display().to_string(), keys);
        }
        if let Some(list) = &self.basic_auth {
            const ORIGIN: &str = "--basic-auth / CONTACTKIT_BASIC_AUTH";
            let pairs =
                BasicCredentials::parse_list(list).with_context(|| format!("reading {ORIGIN}"))?;
            spec = spec.basic_auth(ORIGIN, pairs);
        }
        if let Some(path) = &self.basic_auth_file {
            let list = read_file(path)?;
            let pairs = BasicCredentials::parse_list(&list)
                .with_context(|| format!("reading {}", path.display()))?;
            spec = spec.basic_auth(path.display().to_string(), pairs);
        }
        Ok(Some(spec))
    }
}

fn read_file(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

/// The database as it may appear in a log: a path as is, a URL without its password.
///
/// # Examples
///
/// ```
/// use contactkit_server::config::database_for_log;
///
/// assert_eq!(database_for_log("contactkit.db"), "contactkit.db");
/// assert_eq!(database_for_log("postgres://app:pw@db:5432/crm"), "postgres://db:5432/crm");
/// ```
pub fn database_for_log(database: &str) -> String {
    match database.split_once("://") {
        Some((scheme, rest)) => {
            // Drop `user:password@` from the authority.
            let authority_end = rest.find('/').unwrap_or(rest.len());
            let (authority, path) = rest.split_at(authority_end);
            let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
            let path = path.split_once('?').map_or(path, |(p, _)| p);
            format!("{scheme}://{host}{path}")
        }
        None => database.to_owned(),
    }
}
