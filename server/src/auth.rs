//! Credentials: the API keys of update-profile and the HTTP Basic pairs of the BIK endpoint.
//!
//! Both are compared in constant time (`subtle`) against every configured value, so the
//! time a refusal takes does not tell how much of a guess was right. Neither type prints
//! its secrets: `Debug` shows counts only. The server reads the lists into a tenant
//! ([`TenantSpec`](crate::tenants::TenantSpec)) and looks credentials up through
//! [`Tenants`](crate::tenants::Tenants), which compares the same way.

use std::fmt;

use base64::Engine as _;
use contactkit::{ApiKey, ApiKeyError, ApiKeyKind};
use subtle::ConstantTimeEq;

/// The API keys the server accepts on `POST /api/v1/customer/update-profile`.
///
/// A key's kind is its prefix (`PROD`, `DEV_`, `ROOT`); all kinds may write, and the
/// kind is written to the request log (never the key).
///
/// # Examples
///
/// ```
/// use contactkit::ApiKey;
/// use contactkit_server::auth::ApiKeys;
///
/// let keys = ApiKeys::parse_list("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE, DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q")?;
/// assert_eq!(keys.len(), 2);
/// assert!(keys.contains(&ApiKey::parse("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE")?));
/// assert!(!keys.contains(&ApiKey::parse("ROOTPGrFxpGEtrOZfuWhnoJohUYBXuOE")?));
/// assert_eq!(format!("{keys:?}"), "ApiKeys { prod: 1, dev: 1, root: 0 }");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Default)]
pub struct ApiKeys {
    keys: Vec<ApiKey>,
}

impl ApiKeys {
    /// Reads a comma- or newline-separated list of keys; blank items and lines starting
    /// with `#` are skipped (so a keys file may carry comments).
    ///
    /// # Errors
    ///
    /// The first item that is not a valid key, with its position (1-based) and the
    /// [`ApiKeyError`] (which never contains the key).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::auth::ApiKeys;
    ///
    /// let err = ApiKeys::parse_list("# ours\nPROD123").unwrap_err();
    /// assert_eq!(err.to_string(), "API key 1: api key: expected 32 characters, got 7");
    /// ```
    pub fn parse_list(list: &str) -> Result<ApiKeys, ConfigListError<ApiKeyError>> {
        ApiKeys::parse_items(items(list))
    }

    /// Reads keys given one per item, as a config file's array holds them: every item
    /// counts, a blank one is an error.
    ///
    /// # Errors
    ///
    /// The first item that is not a valid key, with its position (1-based) and the
    /// [`ApiKeyError`] (which never contains the key).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::auth::ApiKeys;
    ///
    /// let keys = ApiKeys::parse_items(["PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE"])?;
    /// assert_eq!(keys.len(), 1);
    /// let err = ApiKeys::parse_items(["PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", ""]).unwrap_err();
    /// assert_eq!(err.to_string(), "API key 2: api key: empty");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_items<'a>(
        items: impl IntoIterator<Item = &'a str>,
    ) -> Result<ApiKeys, ConfigListError<ApiKeyError>> {
        let mut keys = Vec::new();
        for (index, item) in items.into_iter().enumerate() {
            let key = ApiKey::parse(item).map_err(|error| ConfigListError {
                what: "API key",
                position: index + 1,
                error,
            })?;
            keys.push(key);
        }
        Ok(ApiKeys { keys })
    }

    /// Adds the keys of `other`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::auth::ApiKeys;
    ///
    /// let mut keys = ApiKeys::parse_list("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE")?;
    /// keys.extend(ApiKeys::parse_list("ROOTPGrFxpGEtrOZfuWhnoJohUYBXuOE")?);
    /// assert_eq!(keys.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn extend(&mut self, other: ApiKeys) {
        self.keys.extend(other.keys);
    }

    /// The number of configured keys.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(contactkit_server::auth::ApiKeys::default().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether no key is configured (then every update-profile request is refused).
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(contactkit_server::auth::ApiKeys::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Whether `key` is one of the configured keys, compared in constant time.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::ApiKey;
    /// use contactkit_server::auth::ApiKeys;
    ///
    /// let keys = ApiKeys::parse_list("ROOTPGrFxpGEtrOZfuWhnoJohUYBXuOE")?;
    /// assert!(keys.contains(&ApiKey::parse("ROOTPGrFxpGEtrOZfuWhnoJohUYBXuOE")?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn contains(&self, key: &ApiKey) -> bool {
        let candidate = key.expose_secret().as_bytes();
        // Every configured key is compared, so the time does not depend on which matched.
        let found = self
            .keys
            .iter()
            .fold(subtle::Choice::from(0), |found, known| {
                found | known.expose_secret().as_bytes().ct_eq(candidate)
            });
        found.into()
    }

    /// The keys, for the tenants registry.
    pub(crate) fn as_slice(&self) -> &[ApiKey] {
        &self.keys
    }

    fn count(&self, kind: ApiKeyKind) -> usize {
        self.keys.iter().filter(|k| k.kind() == kind).count()
    }
}

impl fmt::Debug for ApiKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiKeys")
            .field("prod", &self.count(ApiKeyKind::Production))
            .field("dev", &self.count(ApiKeyKind::Developer))
            .field("root", &self.count(ApiKeyKind::Root))
            .finish()
    }
}

/// The `user:password` pairs accepted by HTTP Basic on the BIK endpoint.
///
/// # Examples
///
/// ```
/// use contactkit_server::auth::BasicCredentials;
///
/// let creds = BasicCredentials::parse_list("bik:s3cret, other:pa:ss")?;
/// assert_eq!(creds.len(), 2);
/// assert!(creds.check(Some("Basic YmlrOnMzY3JldA==")));   // bik:s3cret
/// assert!(creds.check(Some("basic b3RoZXI6cGE6c3M=")));   // other:pa:ss (scheme is case-insensitive)
/// assert!(!creds.check(Some("Basic YmlrOndyb25n")));      // bik:wrong
/// assert!(!creds.check(Some("Bearer YmlrOnMzY3JldA==")));
/// assert!(!creds.check(None));
/// assert_eq!(format!("{creds:?}"), "BasicCredentials { pairs: 2 }");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Default)]
pub struct BasicCredentials {
    // Each pair as `user:password` bytes, the form the header decodes to.
    pairs: Vec<Vec<u8>>,
}

impl BasicCredentials {
    /// Reads a comma- or newline-separated list of `user:password` pairs; blank items and
    /// lines starting with `#` are skipped. The user name ends at the first `:` (RFC 7617:
    /// a user name cannot contain one); the password may contain `:` but not `,`, the
    /// list separator.
    ///
    /// # Errors
    ///
    /// An item without `:`, or with an empty user name or password (never echoed).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::auth::BasicCredentials;
    ///
    /// let err = BasicCredentials::parse_list("bik:ok\nnocolon").unwrap_err();
    /// assert_eq!(err.to_string(), "Basic credentials 2: expected user:password");
    /// ```
    pub fn parse_list(list: &str) -> Result<BasicCredentials, ConfigListError<&'static str>> {
        BasicCredentials::parse_items(items(list))
    }

    /// Reads pairs given one per item, as a config file's array holds them: every item
    /// counts (a blank one is an error), and a password may contain `,`.
    ///
    /// # Errors
    ///
    /// An item without `:`, or with an empty user name or password (never echoed).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::auth::BasicCredentials;
    ///
    /// let creds = BasicCredentials::parse_items(["bik:pa,ss"])?;
    /// assert!(creds.check(Some("Basic YmlrOnBhLHNz")));   // bik:pa,ss
    /// let err = BasicCredentials::parse_items(["bik:ok", ""]).unwrap_err();
    /// assert_eq!(err.to_string(), "Basic credentials 2: expected user:password");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_items<'a>(
        items: impl IntoIterator<Item = &'a str>,
    ) -> Result<BasicCredentials, ConfigListError<&'static str>> {
        let mut pairs = Vec::new();
        for (index, item) in items.into_iter().enumerate() {
            match item.split_once(':') {
                Some((user, password)) if !user.is_empty() && !password.is_empty() => {
                    pairs.push(item.as_bytes().to_vec());
                }
                _ => {
                    return Err(ConfigListError {
                        what: "Basic credentials",
                        position: index + 1,
                        error: "expected user:password",
                    })
                }
            }
        }
        Ok(BasicCredentials { pairs })
    }

    /// Adds the pairs of `other`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::auth::BasicCredentials;
    ///
    /// let mut creds = BasicCredentials::parse_list("a:b")?;
    /// creds.extend(BasicCredentials::parse_list("c:d")?);
    /// assert_eq!(creds.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn extend(&mut self, other: BasicCredentials) {
        self.pairs.extend(other.pairs);
    }

    /// The number of configured pairs.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(contactkit_server::auth::BasicCredentials::default().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    /// Whether no pair is configured (then every BIK request is refused).
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(contactkit_server::auth::BasicCredentials::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// The pairs as `user:password` bytes, for the tenants registry.
    pub(crate) fn pairs(&self) -> impl Iterator<Item = &[u8]> {
        self.pairs.iter().map(Vec::as_slice)
    }

    /// Whether an `Authorization` header value carries one of the pairs: scheme `Basic`
    /// (any case), then standard base64 of `user:password` (padding optional), compared
    /// in constant time with every pair.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::auth::BasicCredentials;
    ///
    /// let creds = BasicCredentials::parse_list("bik:s3cret")?;
    /// assert!(creds.check(Some("Basic YmlrOnMzY3JldA")));  // unpadded
    /// assert!(!creds.check(Some("Basic !!!")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check(&self, authorization: Option<&str>) -> bool {
        let Some(decoded) = authorization.and_then(decode_basic) else {
            return false;
        };
        let found = self
            .pairs
            .iter()
            .fold(subtle::Choice::from(0), |found, pair| {
                found | pair.as_slice().ct_eq(&decoded)
            });
        found.into()
    }
}

impl fmt::Debug for BasicCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BasicCredentials")
            .field("pairs", &self.pairs.len())
            .finish()
    }
}

/// A bad item in a configured list of keys or credentials; never shows the item.
///
/// # Examples
///
/// ```
/// use contactkit_server::auth::BasicCredentials;
///
/// let err = BasicCredentials::parse_list(":pw").unwrap_err();
/// assert_eq!(err.position(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigListError<E> {
    what: &'static str,
    position: usize,
    error: E,
}

impl<E> ConfigListError<E> {
    /// The 1-based position of the bad item among the list's items.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::auth::ApiKeys;
    ///
    /// let err = ApiKeys::parse_list("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE,nope").unwrap_err();
    /// assert_eq!(err.position(), 2);
    /// ```
    pub fn position(&self) -> usize {
        self.position
    }
}

impl<E: fmt::Display> fmt::Display for ConfigListError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {}", self.what, self.position, self.error)
    }
}

impl<E: fmt::Debug + fmt::Display> std::error::Error for ConfigListError<E> {}

/// The items of a configured list: split on commas and newlines, trimmed, no blanks or
/// `#` comments.
fn items(list: &str) -> impl Iterator<Item = &str> {
    list.lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .flat_map(|line| line.split(','))
        .map(str::trim)
        .filter(|item| !item.is_empty())
}

/// The `user:password` bytes of a `Basic` `Authorization` value; `None` for another
/// scheme or bad base64.
pub(crate) fn decode_basic(header: &str) -> Option<Vec<u8>> {
    let (scheme, token) = header.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let token = token.trim();
    // Clients differ on padding; accept both forms of the same bytes.
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
    );
    engine.decode(token).ok()
}
