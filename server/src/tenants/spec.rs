//! A tenant as configured, before the registry checks it.

use std::fmt;

use crate::auth::{ApiKeys, BasicCredentials};
use crate::tenant::TenantId;

/// The longest `customer_id`, in characters.
pub(super) const MAX_CUSTOMER_ID_CHARS: usize = 64;

/// One tenant as configured, before the registry checks it: its id, the `customer_id`
/// BIK responses echo, and its credentials, each list with the name of where it came
/// from (`api_keys`, a file path...), which errors quote instead of the secret.
///
/// # Examples
///
/// ```
/// use contactkit_server::auth::{ApiKeys, BasicCredentials};
/// use contactkit_server::tenant::TenantId;
/// use contactkit_server::tenants::TenantSpec;
///
/// let spec = TenantSpec::new(TenantId::parse("acme")?)
///     .api_keys("api_keys", ApiKeys::parse_list("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE")?)
///     .basic_auth("basic_auth", BasicCredentials::parse_list("bik:s3cret")?);
/// assert_eq!(spec.id().as_str(), "acme");
/// assert_eq!(format!("{spec:?}"), r#"TenantSpec { id: "acme", customer_id: None, api_keys: 1, basic_auth: 1, echo_ids: true }"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct TenantSpec {
    pub(super) id: TenantId,
    pub(super) customer_id: Option<String>,
    pub(super) api_keys: Vec<(String, ApiKeys)>,
    pub(super) basic: Vec<(String, BasicCredentials)>,
    pub(super) echo_ids: bool,
}

impl TenantSpec {
    /// A tenant of the config file: BIK responses echo its id as `storeId` (and its
    /// [`customer_id`](Self::customer_id) as `customerId`).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::tenant::TenantId;
    /// use contactkit_server::tenants::TenantSpec;
    ///
    /// let spec = TenantSpec::new(TenantId::parse("p60HYv5wjgQaOrPdqT5NjbpkroD2")?);
    /// assert_eq!(spec.id().as_str(), "p60HYv5wjgQaOrPdqT5NjbpkroD2");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(id: TenantId) -> TenantSpec {
        TenantSpec {
            id,
            customer_id: None,
            api_keys: Vec::new(),
            basic: Vec::new(),
            echo_ids: true,
        }
    }

    /// The tenant of a server configured by `CONTACTKIT_API_KEYS` /
    /// `CONTACTKIT_BASIC_AUTH` (no config file): [`TenantId::default_tenant`], and BIK
    /// responses echo nothing (as before tenants existed).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::tenants::TenantSpec;
    ///
    /// assert_eq!(TenantSpec::default_tenant().id().as_str(), "default");
    /// ```
    pub fn default_tenant() -> TenantSpec {
        TenantSpec {
            echo_ids: false,
            ..TenantSpec::new(TenantId::default_tenant())
        }
    }

    /// Sets the `customer_id` BIK responses echo as `customerId` (the BIK document's
    /// example has `"customerId": "5242031"`): 1 to 64 characters, no control characters
    /// (checked by [`TenantsBuilder::build`](super::TenantsBuilder::build)).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::tenant::TenantId;
    /// use contactkit_server::tenants::TenantSpec;
    ///
    /// let spec = TenantSpec::new(TenantId::parse("p60HYv5wjgQaOrPdqT5NjbpkroD2")?).customer_id("5242031");
    /// assert!(format!("{spec:?}").contains(r#"customer_id: Some("5242031")"#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn customer_id(mut self, customer_id: impl Into<String>) -> TenantSpec {
        self.customer_id = Some(customer_id.into());
        self
    }

    /// Adds API keys (update-profile, read-back); `origin` names where they came from in
    /// errors (`api_keys`, a file's path).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::auth::ApiKeys;
    /// use contactkit_server::tenants::TenantSpec;
    ///
    /// let spec = TenantSpec::default_tenant()
    ///     .api_keys("--api-keys", ApiKeys::parse_list("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE")?)
    ///     .api_keys("keys.txt", ApiKeys::parse_list("ROOTPGrFxpGEtrOZfuWhnoJohUYBXuOE")?);
    /// assert!(format!("{spec:?}").contains("api_keys: 2"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn api_keys(mut self, origin: impl Into<String>, keys: ApiKeys) -> TenantSpec {
        self.api_keys.push((origin.into(), keys));
        self
    }

    /// Adds Basic `user:password` pairs (the BIK endpoint); `origin` as for
    /// [`api_keys`](Self::api_keys).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::auth::BasicCredentials;
    /// use contactkit_server::tenants::TenantSpec;
    ///
    /// let spec = TenantSpec::default_tenant()
    ///     .basic_auth("--basic-auth", BasicCredentials::parse_list("bik:s3cret")?);
    /// assert!(format!("{spec:?}").contains("basic_auth: 1"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn basic_auth(mut self, origin: impl Into<String>, pairs: BasicCredentials) -> TenantSpec {
        self.basic.push((origin.into(), pairs));
        self
    }

    /// The tenant's id.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(contactkit_server::tenants::TenantSpec::default_tenant().id().as_str(), "default");
    /// ```
    pub fn id(&self) -> &TenantId {
        &self.id
    }

    /// Whether the spec has no credential at all.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(contactkit_server::tenants::TenantSpec::default_tenant().has_no_credentials());
    /// ```
    pub fn has_no_credentials(&self) -> bool {
        self.api_keys.iter().all(|(_, keys)| keys.is_empty())
            && self.basic.iter().all(|(_, pairs)| pairs.is_empty())
    }
}

impl fmt::Debug for TenantSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TenantSpec")
            .field("id", &self.id.as_str())
            .field("customer_id", &self.customer_id)
            .field(
                "api_keys",
                &self.api_keys.iter().map(|(_, k)| k.len()).sum::<usize>(),
            )
            .field(
                "basic_auth",
                &self.basic.iter().map(|(_, p)| p.len()).sum::<usize>(),
            )
            .field("echo_ids", &self.echo_ids)
            .finish()
    }
}

/// A tenant's credential counts by kind: what the start-up log shows (never a value).
///
/// # Examples
///
/// ```
/// use contactkit_server::auth::ApiKeys;
/// use contactkit_server::tenants::{TenantSpec, Tenants};
///
/// let tenants = Tenants::builder()
///     .tenant(TenantSpec::default_tenant().api_keys("env", ApiKeys::parse_list(
///         "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE, DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q")?))
///     .build()?;
/// let summary = &tenants.summaries()[0];
/// assert_eq!((summary.prod, summary.dev, summary.root, summary.basic), (1, 1, 0, 0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantSummary {
    /// The tenant.
    pub id: TenantId,
    /// `PROD` keys.
    pub prod: usize,
    /// `DEV_` keys.
    pub dev: usize,
    /// `ROOT` keys.
    pub root: usize,
    /// Basic pairs.
    pub basic: usize,
}
