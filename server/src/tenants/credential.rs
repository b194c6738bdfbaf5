//! An authenticated credential: whose it is, what kind, and its limiter.

use std::fmt;
use std::num::NonZeroU32;
use std::sync::Arc;

use contactkit::ApiKeyKind;

use super::limits::Limiter;
use super::RateLimited;
use crate::tenant::TenantId;

/// The kind of a credential: an API key's prefix, or a Basic pair.
///
/// # Examples
///
/// ```
/// use contactkit::ApiKeyKind;
/// use contactkit_server::tenants::CredentialKind;
///
/// assert_eq!(CredentialKind::of_key(ApiKeyKind::Developer), CredentialKind::Dev);
/// assert_eq!(CredentialKind::Dev.as_str(), "DEV_");
/// assert_eq!(CredentialKind::Basic.as_str(), "basic");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CredentialKind {
    /// A `PROD...` API key.
    Prod,
    /// A `DEV_...` API key.
    Dev,
    /// A `ROOT...` API key: never rate limited.
    Root,
    /// An HTTP Basic `user:password` pair (the BIK endpoint).
    Basic,
}

impl CredentialKind {
    /// The kind of an API key.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::ApiKey;
    /// use contactkit_server::tenants::CredentialKind;
    ///
    /// let key = ApiKey::parse("ROOTPGrFxpGEtrOZfuWhnoJohUYBXuOE")?;
    /// assert_eq!(CredentialKind::of_key(key.kind()), CredentialKind::Root);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn of_key(kind: ApiKeyKind) -> CredentialKind {
        match kind {
            ApiKeyKind::Production => CredentialKind::Prod,
            ApiKeyKind::Developer => CredentialKind::Dev,
            ApiKeyKind::Root => CredentialKind::Root,
            // A kind added to the library later is limited like a production key until
            // the server learns about it: never unlimited by accident.
            _ => CredentialKind::Prod,
        }
    }

    /// The name written to logs: the key prefix (`PROD`, `DEV_`, `ROOT`) or `basic`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(contactkit_server::tenants::CredentialKind::Root.as_str(), "ROOT");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            CredentialKind::Prod => "PROD",
            CredentialKind::Dev => "DEV_",
            CredentialKind::Root => "ROOT",
            CredentialKind::Basic => "basic",
        }
    }
}

impl fmt::Display for CredentialKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the registry knows about a tenant, shared by its credentials.
#[derive(Debug)]
pub(crate) struct TenantInfo {
    pub(crate) id: TenantId,
    pub(crate) customer_id: Option<String>,
    /// Whether BIK responses echo `storeId`/`customerId` (tenants of the config file).
    pub(crate) echo_ids: bool,
}

/// A configured credential that a request presented: its tenant, its kind and its rate
/// limiter. It holds no secret, so its `Debug` is safe to log.
///
/// # Examples
///
/// ```
/// use contactkit::ApiKey;
/// use contactkit_server::auth::ApiKeys;
/// use contactkit_server::tenant::TenantId;
/// use contactkit_server::tenants::{CredentialKind, TenantSpec, Tenants};
///
/// let tenants = Tenants::builder()
///     .tenant(TenantSpec::new(TenantId::parse("acme")?)
///         .api_keys("api_keys", ApiKeys::parse_list("ROOTPGrFxpGEtrOZfuWhnoJohUYBXuOE")?))
///     .build()?;
/// let key = ApiKey::parse("ROOTPGrFxpGEtrOZfuWhnoJohUYBXuOE")?;
/// let credential = tenants.authenticate_key(&key).ok_or("unknown key")?;
/// assert_eq!((credential.tenant().as_str(), credential.kind()), ("acme", CredentialKind::Root));
/// assert_eq!(credential.per_minute(), None); // ROOT: never limited
/// assert_eq!(format!("{credential:?}"), r#"Credential { tenant: "acme", kind: Root, per_minute: None }"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct Credential {
    pub(crate) tenant: Arc<TenantInfo>,
    pub(crate) kind: CredentialKind,
    pub(crate) limiter: Option<Arc<Limiter>>,
}

impl Credential {
    /// The tenant the credential belongs to: the tenant the request acts for.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::auth::BasicCredentials;
    /// use contactkit_server::tenant::TenantId;
    /// use contactkit_server::tenants::{TenantSpec, Tenants};
    ///
    /// let tenants = Tenants::builder()
    ///     .tenant(TenantSpec::default_tenant().basic_auth("env", BasicCredentials::parse_list("bik:s3cret")?))
    ///     .build()?;
    /// let credential = tenants.authenticate_basic(Some("Basic YmlrOnMzY3JldA==")).ok_or("unknown")?;
    /// assert_eq!(credential.tenant(), &TenantId::default_tenant());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn tenant(&self) -> &TenantId {
        &self.tenant.id
    }

    /// The credential's kind.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::auth::BasicCredentials;
    /// use contactkit_server::tenants::{CredentialKind, TenantSpec, Tenants};
    ///
    /// let tenants = Tenants::builder()
    ///     .tenant(TenantSpec::default_tenant().basic_auth("env", BasicCredentials::parse_list("bik:s3cret")?))
    ///     .build()?;
    /// let credential = tenants.authenticate_basic(Some("Basic YmlrOnMzY3JldA==")).ok_or("unknown")?;
    /// assert_eq!(credential.kind(), CredentialKind::Basic);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kind(&self) -> CredentialKind {
        self.kind
    }

    /// The `storeId` that BIK responses echo in each invalid entry: the tenant id, for
    /// tenants of the config file; `None` for the `default` tenant of
    /// `CONTACTKIT_API_KEYS` / `CONTACTKIT_BASIC_AUTH`, which echoes nothing.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::auth::BasicCredentials;
    /// use contactkit_server::tenant::TenantId;
    /// use contactkit_server::tenants::{TenantSpec, Tenants};
    ///
    /// let tenants = Tenants::builder()
    ///     .tenant(TenantSpec::new(TenantId::parse("p60HYv5wjgQaOrPdqT5NjbpkroD2")?)
    ///         .basic_auth("basic_auth", BasicCredentials::parse_list("bik:s3cret")?))
    ///     .build()?;
    /// let credential = tenants.authenticate_basic(Some("Basic YmlrOnMzY3JldA==")).ok_or("unknown")?;
    /// assert_eq!(credential.store_id().map(|id| id.as_str()), Some("p60HYv5wjgQaOrPdqT5NjbpkroD2"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn store_id(&self) -> Option<&TenantId> {
        self.tenant.echo_ids.then_some(&self.tenant.id)
    }

    /// The tenant's `customer_id`, echoed as `customerId` with [`store_id`](Self::store_id).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::auth::BasicCredentials;
    /// use contactkit_server::tenant::TenantId;
    /// use contactkit_server::tenants::{TenantSpec, Tenants};
    ///
    /// let tenants = Tenants::builder()
    ///     .tenant(TenantSpec::new(TenantId::parse("p60HYv5wjgQaOrPdqT5NjbpkroD2")?)
    ///         .customer_id("5242031")
    ///         .basic_auth("basic_auth", BasicCredentials::parse_list("bik:s3cret")?))
    ///     .build()?;
    /// let credential = tenants.authenticate_basic(Some("Basic YmlrOnMzY3JldA==")).ok_or("unknown")?;
    /// assert_eq!(credential.customer_id(), Some("5242031"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn customer_id(&self) -> Option<&str> {
        if self.tenant.echo_ids {
            self.tenant.customer_id.as_deref()
        } else {
            None
        }
    }

    /// The credential's limit in requests per minute; `None` when it is never limited
    /// (`ROOT` keys).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::auth::BasicCredentials;
    /// use contactkit_server::tenants::{TenantSpec, Tenants};
    ///
    /// let tenants = Tenants::builder()
    ///     .tenant(TenantSpec::default_tenant().basic_auth("env", BasicCredentials::parse_list("bik:s3cret")?))
    ///     .build()?;
    /// let credential = tenants.authenticate_basic(Some("Basic YmlrOnMzY3JldA==")).ok_or("unknown")?;
    /// assert_eq!(credential.per_minute().map(|n| n.get()), Some(1200));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn per_minute(&self) -> Option<NonZeroU32> {
        self.limiter.as_ref().map(|limiter| limiter.limit())
    }

    /// Counts one request against the credential's limit.
    ///
    /// # Errors
    ///
    /// [`RateLimited`] when the credential has used its budget; it tells when to retry.
    /// A `ROOT` key never gets it.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::ApiKey;
    /// use contactkit_server::auth::ApiKeys;
    /// use contactkit_server::tenants::{RateLimits, TenantSpec, Tenants};
    ///
    /// let tenants = Tenants::builder()
    ///     .limits(RateLimits { prod_per_minute: 1.try_into()?, ..RateLimits::default() })
    ///     .tenant(TenantSpec::default_tenant().api_keys("env", ApiKeys::parse_list(
    ///         "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE, ROOTPGrFxpGEtrOZfuWhnoJohUYBXuOE")?))
    ///     .build()?;
    /// let prod = tenants.authenticate_key(&ApiKey::parse("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE")?).ok_or("?")?;
    /// assert!(prod.check_rate().is_ok());
    /// assert!(prod.check_rate().is_err());
    /// let root = tenants.authenticate_key(&ApiKey::parse("ROOTPGrFxpGEtrOZfuWhnoJohUYBXuOE")?).ok_or("?")?;
    /// assert!((0..100).all(|_| root.check_rate().is_ok()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check_rate(&self) -> Result<(), RateLimited> {
        match &self.limiter {
            Some(limiter) => limiter.check(),
            None => Ok(()),
        }
    }
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credential")
            .field("tenant", &self.tenant.id.as_str())
            .field("kind", &self.kind)
            .field("per_minute", &self.per_minute().map(NonZeroU32::get))
            .finish()
    }
}
