//! Tenants: the boundary between customers of one server.
//!
//! Every stored contact belongs to exactly one tenant, and every store statement names
//! it, so no request can read or write another tenant's contacts. A credential (an API
//! key or a Basic pair) belongs to one tenant; the tenant a request acts for is the one
//! its credential belongs to.

use std::fmt;

/// A tenant's identifier: 1 to 64 characters of `[A-Za-z0-9_-]` (a BIK store id such as
/// `p60HYv5wjgQaOrPdqT5NjbpkroD2`, or a name such as `acme`).
///
/// # Examples
///
/// ```
/// use contactkit_server::tenant::TenantId;
///
/// let id = TenantId::parse("p60HYv5wjgQaOrPdqT5NjbpkroD2")?;
/// assert_eq!(id.as_str(), "p60HYv5wjgQaOrPdqT5NjbpkroD2");
/// assert_eq!(TenantId::default_tenant().as_str(), "default");
/// assert!(TenantId::parse("acme corp").is_err());
/// # Ok::<(), contactkit_server::tenant::TenantIdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TenantId(String);

/// The longest tenant id, in characters.
pub const MAX_TENANT_ID_LEN: usize = 64;

impl TenantId {
    /// Checks `text` and wraps it.
    ///
    /// # Errors
    ///
    /// [`TenantIdError`] when `text` is empty, longer than [`MAX_TENANT_ID_LEN`], or has a
    /// character outside `[A-Za-z0-9_-]`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::tenant::TenantId;
    ///
    /// assert_eq!(TenantId::parse("acme")?.as_str(), "acme");
    /// let err = TenantId::parse("").unwrap_err();
    /// assert_eq!(err.to_string(), "tenant id: expected 1 to 64 characters of A-Z, a-z, 0-9, _ and -");
    /// # Ok::<(), contactkit_server::tenant::TenantIdError>(())
    /// ```
    pub fn parse(text: &str) -> Result<TenantId, TenantIdError> {
        let valid = (1..=MAX_TENANT_ID_LEN).contains(&text.len())
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if valid {
            Ok(TenantId(text.to_owned()))
        } else {
            Err(TenantIdError)
        }
    }

    /// The tenant of a server configured without a config file (`CONTACTKIT_API_KEYS`,
    /// `CONTACTKIT_BASIC_AUTH`): `default`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(contactkit_server::tenant::TenantId::default_tenant().as_str(), "default");
    /// ```
    pub fn default_tenant() -> TenantId {
        TenantId("default".to_owned())
    }

    /// The id as configured.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::tenant::TenantId;
    ///
    /// assert_eq!(TenantId::parse("acme")?.as_str(), "acme");
    /// # Ok::<(), contactkit_server::tenant::TenantIdError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for TenantId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A tenant id that is empty, too long, or has a character outside `[A-Za-z0-9_-]`; the
/// message never quotes the id.
///
/// # Examples
///
/// ```
/// use contactkit_server::tenant::TenantId;
///
/// assert!(TenantId::parse(&"a".repeat(65)).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TenantIdError;

impl fmt::Display for TenantIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("tenant id: expected 1 to 64 characters of A-Z, a-z, 0-9, _ and -")
    }
}

impl std::error::Error for TenantIdError {}
