//! The config file (`--config FILE` / `CONTACTKIT_CONFIG`): tenants and rate limits, in
//! TOML.
//!
//! ```toml
//! [[tenant]]
//! id = "acme"                                # [A-Za-z0-9_-]{1,64}
//! api_keys = ["PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE"]
//! api_keys_file = "acme-keys.txt"            # one per line, # comments
//!
//! [[tenant]]
//! id = "p60HYv5wjgQaOrPdqT5NjbpkroD2"        # a BIK store; echoed as storeId
//! customer_id = "5242031"                    # echoed as customerId
//! basic_auth = ["bik:s3cret"]                # user:password
//! basic_auth_file = "/run/secrets/bik"       # one per line, # comments
//!
//! [limits]                                   # requests per minute per credential
//! prod_per_minute = 1200
//! dev_per_minute = 120
//! bik_per_minute = 1200                      # ROOT keys are never limited
//! ```
//!
//! Unknown keys are errors, so that a misspelt key cannot silently drop a setting. A
//! relative `*_file` path is read from the config file's folder. Errors name the line,
//! the tenant and the position of a bad item, never a secret: TOML's own messages quote
//! the offending text, so only their description and position are kept.
//!
//! The config file is the one source of credentials when it has tenants: giving
//! `--api-keys`/`--basic-auth` (or their variables and `_FILE` variants) as well is an
//! error, not a merge. A config file without `[[tenant]]` only sets the limits, for the
//! `default` tenant of those settings.

use std::fmt;
use std::num::NonZeroU32;
use std::path::{Path, PathBuf};

use contactkit::ApiKeyError;
use serde::Deserialize;

use super::{RateLimits, TenantSpec, Tenants, TenantsError};
use crate::auth::{ApiKeys, BasicCredentials, ConfigListError};
use crate::tenant::TenantId;

/// The config file, read and checked: its tenants (credentials loaded, files included)
/// and its limits.
///
/// # Examples
///
/// ```
/// use std::path::Path;
/// use contactkit_server::tenants::config::TenantsConfig;
///
/// let config = TenantsConfig::parse(r#"
///     [[tenant]]
///     id = "acme"
///     api_keys = ["DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q"]
///
///     [limits]
///     dev_per_minute = 2
/// "#, Path::new("."))?;
/// let tenants = config.into_tenants(None)?;
/// assert_eq!(tenants.summaries()[0].dev, 1);
/// assert_eq!(tenants.limits().dev_per_minute.get(), 2);
/// assert_eq!(tenants.limits().prod_per_minute.get(), 1200); // the default
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct TenantsConfig {
    tenants: Vec<TenantSpec>,
    limits: RateLimits,
}

impl TenantsConfig {
    /// Reads and checks the file at `path`.
    ///
    /// # Errors
    ///
    /// The file (or a `*_file` it names) cannot be read, or any error of
    /// [`parse`](Self::parse).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::tenants::config::TenantsConfig;
    ///
    /// let err = TenantsConfig::load("/nonexistent/contactkit.toml".as_ref()).unwrap_err();
    /// assert!(err.to_string().starts_with("reading /nonexistent/contactkit.toml: "));
    /// ```
    pub fn load(path: &Path) -> Result<TenantsConfig, ConfigFileError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigFileError::Read {
            path: path.to_owned(),
            source: source.kind(),
        })?;
        let base = path.parent().unwrap_or(Path::new("."));
        TenantsConfig::parse(&text, base)
    }

    /// Reads and checks a config file's text; `base` is the folder relative `*_file`
    /// paths are read from.
    ///
    /// # Errors
    ///
    /// - [`ConfigFileError::Toml`]: not TOML, an unknown key (`api_key = [...]`), a
    ///   missing `id`, a value of the wrong type (`api_keys = "PROD..."`);
    /// - [`ConfigFileError::TenantId`]: an `id` outside `[A-Za-z0-9_-]{1,64}`;
    /// - [`ConfigFileError::ApiKeys`], [`ConfigFileError::BasicAuth`]: a bad item, by
    ///   tenant, list and position;
    /// - [`ConfigFileError::Read`]: a `*_file` that cannot be read;
    /// - [`ConfigFileError::ZeroLimit`]: a limit of 0.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::path::Path;
    /// use contactkit_server::tenants::config::TenantsConfig;
    ///
    /// let err = TenantsConfig::parse("[[tenant]]\nid = \"acme\"\napi_key = []\n", Path::new(".")).unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "line 3, column 1: unknown field `api_key`, expected one of `id`, `customer_id`, `api_keys`, `api_keys_file`, `basic_auth`, `basic_auth_file`"
    /// );
    /// let err = TenantsConfig::parse("[[tenant]]\nid = \"acme\"\napi_keys = [\"PROD123\"]\n", Path::new(".")).unwrap_err();
    /// assert_eq!(err.to_string(), r#"tenant "acme" api_keys: API key 1: api key: expected 32 characters, got 7"#);
    /// let err = TenantsConfig::parse("[limits]\ndev_per_minute = 0\n", Path::new(".")).unwrap_err();
    /// assert_eq!(err.to_string(), "limits.dev_per_minute must be at least 1 (only ROOT keys are unlimited)");
    /// ```
    pub fn parse(text: &str, base: &Path) -> Result<TenantsConfig, ConfigFileError> {
        let file: FileToml = toml::from_str(text).map_err(|err| toml_error(text, &err))?;
        let limits = match file.limits {
            Some(limits) => limits.check()?,
            None => RateLimits::default(),
        };
        let mut tenants = Vec::with_capacity(file.tenant.len());
        for (index, tenant) in file.tenant.into_iter().enumerate() {
            tenants.push(tenant.into_spec(index + 1, base)?);
        }
        Ok(TenantsConfig { tenants, limits })
    }

    /// The tenants, in file order.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::tenants::config::TenantsConfig;
    ///
    /// let config = TenantsConfig::parse("[[tenant]]\nid = \"acme\"\n", ".".as_ref())?;
    /// assert_eq!(config.tenants()[0].id().as_str(), "acme");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn tenants(&self) -> &[TenantSpec] {
        &self.tenants
    }

    /// The `[limits]` table, defaults filled in.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::tenants::config::TenantsConfig;
    /// use contactkit_server::tenants::RateLimits;
    ///
    /// let config = TenantsConfig::parse("", ".".as_ref())?;
    /// assert_eq!(config.limits(), &RateLimits::default());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn limits(&self) -> &RateLimits {
        &self.limits
    }

    /// The registry of the file's tenants; `env` is the `default` tenant of
    /// `--api-keys`/`--basic-auth` and their `_FILE` variants, when any was given.
    ///
    /// # Errors
    ///
    /// [`ConfigFileError::TwoSources`] when the file has tenants and `env` is given as
    /// well; [`ConfigFileError::Tenants`] for what [`TenantsBuilder::build`] refuses
    /// (duplicate ids or credentials, a bad `customer_id`).
    ///
    /// [`TenantsBuilder::build`]: super::TenantsBuilder::build
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::auth::ApiKeys;
    /// use contactkit_server::tenants::config::TenantsConfig;
    /// use contactkit_server::tenants::TenantSpec;
    ///
    /// let env = TenantSpec::default_tenant()
    ///     .api_keys("--api-keys", ApiKeys::parse_list("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE")?);
    /// // Limits only: the environment's credentials make the `default` tenant.
    /// let limits_only = TenantsConfig::parse("[limits]\nprod_per_minute = 60\n", ".".as_ref())?;
    /// let tenants = limits_only.into_tenants(Some(env.clone()))?;
    /// assert_eq!(tenants.summaries()[0].id.as_str(), "default");
    /// // Tenants in both places: refused.
    /// let with_tenants = TenantsConfig::parse("[[tenant]]\nid = \"acme\"\n", ".".as_ref())?;
    /// assert!(with_tenants.into_tenants(Some(env)).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn into_tenants(self, env: Option<TenantSpec>) -> Result<Tenants, ConfigFileError> {
        let mut builder = Tenants::builder().limits(self.limits);
        match env {
            Some(_) if !self.tenants.is_empty() => return Err(ConfigFileError::TwoSources),
            Some(env) => builder = builder.tenant(env),
            None if self.tenants.is_empty() => {
                builder = builder.tenant(TenantSpec::default_tenant())
            }
            None => {}
        }
        for spec in self.tenants {
            builder = builder.tenant(spec);
        }
        builder.build().map_err(ConfigFileError::Tenants)
    }
}

/// A config file the server refuses to start with. No message contains a secret.
///
/// # Examples
///
/// ```
/// use contactkit_server::tenants::config::{ConfigFileError, TenantsConfig};
///
/// let err = TenantsConfig::parse("[[tenant]]\nid = \"acme corp\"\n", ".".as_ref()).unwrap_err();
/// assert!(matches!(err, ConfigFileError::TenantId { index: 1, .. }));
/// assert_eq!(err.to_string(), "tenant 1: tenant id: expected 1 to 64 characters of A-Z, a-z, 0-9, _ and -");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConfigFileError {
    /// The text is not TOML or not the config's shape: `line 3, column 1: unknown field
    /// `api_key`, expected one of ...`. The message is the TOML parser's, without the
    /// quoted source line (it may hold a key).
    Toml {
        /// 1-based line of the error, when known.
        line: Option<usize>,
        /// 1-based column (in characters), when known.
        column: Option<usize>,
        /// The parser's description.
        message: String,
    },
    /// A file cannot be read: `reading keys.txt: entity not found`.
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::ErrorKind,
    },
    /// A tenant's `id` is not `[A-Za-z0-9_-]{1,64}`: `tenant 2: tenant id: expected ...`
    /// (tenants count from 1 in file order).
    TenantId {
        /// The tenant's position in the file.
        index: usize,
    },
    /// A bad API key: `tenant "acme" api_keys: API key 2: api key: expected 32
    /// characters, got 7`.
    ApiKeys {
        /// The tenant.
        tenant: TenantId,
        /// `api_keys` or the file's path.
        origin: String,
        /// The item and why.
        error: ConfigListError<ApiKeyError>,
    },
    /// A bad Basic pair: `tenant "bik" basic_auth: Basic credentials 1: expected
    /// user:password`.
    BasicAuth {
        /// The tenant.
        tenant: TenantId,
        /// `basic_auth` or the file's path.
        origin: String,
        /// The item and why.
        error: ConfigListError<&'static str>,
    },
    /// A limit of 0: `limits.dev_per_minute must be at least 1 (only ROOT keys are
    /// unlimited)`.
    ZeroLimit {
        /// `prod_per_minute`, `dev_per_minute` or `bik_per_minute`.
        name: &'static str,
    },
    /// The file has tenants and the credential settings are given too: `the config file
    /// configures tenants, so --api-keys, --basic-auth ... must not be given`.
    TwoSources,
    /// What the registry refuses: duplicates, a bad `customer_id`.
    Tenants(TenantsError),
}

impl fmt::Display for ConfigFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigFileError::Toml {
                line,
                column,
                message,
            } => match (line, column) {
                (Some(line), Some(column)) => {
                    write!(f, "line {line}, column {column}: {message}")
                }
                _ => f.write_str(message),
            },
            ConfigFileError::Read { path, source } => {
                write!(f, "reading {}: {}", path.display(), source)
            }
            ConfigFileError::TenantId { index } => {
                write!(f, "tenant {index}: {}", crate::tenant::TenantIdError)
            }
            ConfigFileError::ApiKeys {
                tenant,
                origin,
                error,
            } => write!(f, "tenant \"{tenant}\" {origin}: {error}"),
            ConfigFileError::BasicAuth {
                tenant,
                origin,
                error,
            } => write!(f, "tenant \"{tenant}\" {origin}: {error}"),
            ConfigFileError::ZeroLimit { name } => write!(
                f,
                "limits.{name} must be at least 1 (only ROOT keys are unlimited)"
            ),
            ConfigFileError::TwoSources => f.write_str(
                "the config file configures tenants, so --api-keys, --api-keys-file, \
                 --basic-auth and --basic-auth-file (CONTACTKIT_API_KEYS, \
                 CONTACTKIT_API_KEYS_FILE, CONTACTKIT_BASIC_AUTH, \
                 CONTACTKIT_BASIC_AUTH_FILE) must not be given: put those credentials in \
                 a [[tenant]]",
            ),
            ConfigFileError::Tenants(err) => err.fmt(f),
        }
    }
}

impl std::error::Error for ConfigFileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ConfigFileError::ApiKeys { error, .. } => Some(error),
            ConfigFileError::BasicAuth { error, .. } => Some(error),
            ConfigFileError::Tenants(err) => Some(err),
            _ => None,
        }
    }
}

/// TOML's error without its snippet of the source: the message, and the line and
/// column of the span's start.
#[cold]
fn toml_error(text: &str, err: &toml::de::Error) -> ConfigFileError {
    let (line, column) = match err.span() {
        Some(span) => {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before
                .rsplit_once('\n')
                .map_or(before, |(_, tail)| tail)
                .chars()
                .count()
                + 1;
            (Some(line), Some(column))
        }
        None => (None, None),
    };
    ConfigFileError::Toml {
        line,
        column,
        message: redact(err.message().trim_end()),
    }
}

/// A TOML or serde message with the values it quotes taken out: a string in double quotes
/// (`invalid type: string "PROD..."`) becomes `"..."`, and so does a key in backticks that
/// could be a secret (`unknown field `bik:s3cret``: an API key, or a `user:password`).
fn redact(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(start) = rest.find(['"', '`']) {
        let quote = rest.as_bytes()[start] as char;
        out.push_str(&rest[..=start]);
        let after = &rest[start + 1..];
        let Some(len) = closing_quote(after, quote) else {
            // Unbalanced: drop the rest rather than risk showing a value.
            out.push_str("...");
            return out;
        };
        let quoted = &after[..len];
        let secret_like =
            quote == '"' || quoted.contains(':') || contactkit::ApiKey::parse(quoted).is_ok();
        out.push_str(if secret_like { "..." } else { quoted });
        out.push(quote);
        rest = &after[len + 1..];
    }
    out.push_str(rest);
    out
}

/// The byte offset of the quote that closes a quoted text (a `\"` inside a double-quoted
/// one is escaped).
fn closing_quote(text: &str, quote: char) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match c {
            '\\' if quote == '"' && !escaped => escaped = true,
            c if c == quote && !escaped => return Some(i),
            _ => escaped = false,
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// The file's shape

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileToml {
    #[serde(default)]
    tenant: Vec<TenantToml>,
    limits: Option<LimitsToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TenantToml {
    id: String,
    customer_id: Option<String>,
    api_keys: Option<Vec<String>>,
    api_keys_file: Option<PathBuf>,
    basic_auth: Option<Vec<String>>,
    basic_auth_file: Option<PathBuf>,
}

impl TenantToml {
    fn into_spec(self, index: usize, base: &Path) -> Result<TenantSpec, ConfigFileError> {
        let id = TenantId::parse(&self.id).map_err(|_| ConfigFileError::TenantId { index })?;
        let mut spec = TenantSpec::new(id.clone());
        if let Some(customer_id) = self.customer_id {
            spec = spec.customer_id(customer_id);
        }
        let api_keys_error = |origin: &str, error| ConfigFileError::ApiKeys {
            tenant: id.clone(),
            origin: origin.to_owned(),
            error,
        };
        let basic_error = |origin: &str, error| ConfigFileError::BasicAuth {
            tenant: id.clone(),
            origin: origin.to_owned(),
            error,
        };
        if let Some(items) = &self.api_keys {
            let keys = ApiKeys::parse_items(items.iter().map(String::as_str))
                .map_err(|e| api_keys_error("api_keys", e))?;
            spec = spec.api_keys("api_keys", keys);
        }
        if let Some(path) = &self.api_keys_file {
            let (origin, text) = read_secrets(base, path)?;
            let keys = ApiKeys::parse_list(&text).map_err(|e| api_keys_error(&origin, e))?;
            spec = spec.api_keys(origin, keys);
        }
        if let Some(items) = &self.basic_auth {
            let pairs = BasicCredentials::parse_items(items.iter().map(String::as_str))
                .map_err(|e| basic_error("basic_auth", e))?;
            spec = spec.basic_auth("basic_auth", pairs);
        }
        if let Some(path) = &self.basic_auth_file {
            let (origin, text) = read_secrets(base, path)?;
            let pairs = BasicCredentials::parse_list(&text).map_err(|e| basic_error(&origin, e))?;
            spec = spec.basic_auth(origin, pairs);
        }
        Ok(spec)
    }
}

/// Reads a secrets file named in the config; returns its path as errors show it.
fn read_secrets(base: &Path, path: &Path) -> Result<(String, String), ConfigFileError> {
    let full = base.join(path);
    let text = std::fs::read_to_string(&full).map_err(|source| ConfigFileError::Read {
        path: full.clone(),
        source: source.kind(),
    })?;
    Ok((full.display().to_string(), text))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LimitsToml {
    prod_per_minute: Option<u32>,
    dev_per_minute: Option<u32>,
    bik_per_minute: Option<u32>,
}

impl LimitsToml {
    fn check(self) -> Result<RateLimits, ConfigFileError> {
        let defaults = RateLimits::default();
        let pick = |value: Option<u32>, default: NonZeroU32, name: &'static str| match value {
            None => Ok(default),
            Some(n) => NonZeroU32::new(n).ok_or(ConfigFileError::ZeroLimit { name }),
        };
        Ok(RateLimits {
            prod_per_minute: pick(
                self.prod_per_minute,
                defaults.prod_per_minute,
                "prod_per_minute",
            )?,
            dev_per_minute: pick(
                self.dev_per_minute,
                defaults.dev_per_minute,
                "dev_per_minute",
            )?,
            bik_per_minute: pick(
                self.bik_per_minute,
                defaults.bik_per_minute,
                "bik_per_minute",
            )?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redact_keeps_key_names_and_drops_values() {
        let cases = [
            ("missing field `id`", "missing field `id`"),
            (
                "unknown field `api_key`, expected one of `id`",
                "unknown field `api_key`, expected one of `id`",
            ),
            (
                r#"invalid type: string "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", expected u32"#,
                r#"invalid type: string "...", expected u32"#,
            ),
            (
                r#"invalid type: string "a \"quoted\" bik:pw", expected u32"#,
                r#"invalid type: string "...", expected u32"#,
            ),
            (
                "unknown field `PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE`, expected one of `id`",
                "unknown field `...`, expected one of `id`",
            ),
            ("unknown field `bik:s3cret`", "unknown field `...`"),
            ("unclosed `\"bik:s3", "unclosed `..."),
            (
                "invalid value: integer `-1`, expected u32",
                "invalid value: integer `-1`, expected u32",
            ),
        ];
        for (message, expected) in cases {
            assert_eq!(redact(message), expected, "{message}");
        }
    }
}
