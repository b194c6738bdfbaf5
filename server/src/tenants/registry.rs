//! The registry: tenants as configured, checked once, and the credential lookups.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use contactkit::ApiKey;
use subtle::{Choice, ConditionallySelectable as _, ConstantTimeEq as _};

use super::credential::TenantInfo;
use super::limits::Limiter;
use super::{Credential, CredentialKind, RateLimits};
use crate::auth::{decode_basic, ApiKeys, BasicCredentials};
use crate::tenant::TenantId;

/// The longest `customer_id`, in characters.
const MAX_CUSTOMER_ID_CHARS: usize = 64;

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
    id: TenantId,
    customer_id: Option<String>,
    api_keys: Vec<(String, ApiKeys)>,
    basic: Vec<(String, BasicCredentials)>,
    echo_ids: bool,
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
    /// (checked by [`TenantsBuilder::build`]).
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

/// Collects [`TenantSpec`]s and the [`RateLimits`]; [`build`](Self::build) checks them.
///
/// # Examples
///
/// ```
/// use contactkit_server::tenants::{RateLimits, TenantSpec, Tenants};
///
/// let tenants = Tenants::builder()
///     .limits(RateLimits::default())
///     .tenant(TenantSpec::default_tenant())
///     .build()?;
/// assert_eq!(tenants.len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct TenantsBuilder {
    limits: RateLimits,
    specs: Vec<TenantSpec>,
}

impl TenantsBuilder {
    /// Sets the rate limits of every credential (default: [`RateLimits::default`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::tenants::{RateLimits, Tenants};
    ///
    /// let limits = RateLimits { dev_per_minute: 10.try_into()?, ..RateLimits::default() };
    /// let tenants = Tenants::builder().limits(limits).build()?;
    /// assert_eq!(tenants.limits().dev_per_minute.get(), 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn limits(mut self, limits: RateLimits) -> TenantsBuilder {
        self.limits = limits;
        self
    }

    /// Adds a tenant.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::tenant::TenantId;
    /// use contactkit_server::tenants::{TenantSpec, Tenants};
    ///
    /// let tenants = Tenants::builder()
    ///     .tenant(TenantSpec::new(TenantId::parse("a")?))
    ///     .tenant(TenantSpec::new(TenantId::parse("b")?))
    ///     .build()?;
    /// assert_eq!(tenants.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn tenant(mut self, spec: TenantSpec) -> TenantsBuilder {
        self.specs.push(spec);
        self
    }

    /// Checks the tenants and makes the registry, with one rate limiter per limited
    /// credential.
    ///
    /// # Errors
    ///
    /// - [`TenantsError::DuplicateTenant`]: two tenants with one id;
    /// - [`TenantsError::DuplicateCredential`]: an API key or a Basic pair configured
    ///   twice, in one tenant or in two (a credential must name one tenant);
    /// - [`TenantsError::CustomerId`]: an empty or over-long `customer_id`, or one with a
    ///   control character.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::auth::ApiKeys;
    /// use contactkit_server::tenant::TenantId;
    /// use contactkit_server::tenants::{TenantSpec, Tenants};
    ///
    /// let keys = ApiKeys::parse_list("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE")?;
    /// let err = Tenants::builder()
    ///     .tenant(TenantSpec::new(TenantId::parse("acme")?).api_keys("api_keys", keys.clone()))
    ///     .tenant(TenantSpec::new(TenantId::parse("beta")?).api_keys("keys.txt", keys))
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     r#"API key 1 of tenant "beta" (keys.txt) is also API key 1 of tenant "acme" (api_keys): a credential belongs to one tenant, once"#
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(self) -> Result<Tenants, TenantsError> {
        let limits = self.limits;
        // Where each secret was first seen, to name both places of a duplicate. The map
        // lives for the duration of this call only.
        let mut seen_keys: HashMap<&[u8], Place> = HashMap::new();
        let mut seen_pairs: HashMap<&[u8], Place> = HashMap::new();
        let mut seen_ids: HashMap<&TenantId, ()> = HashMap::new();
        let mut keys = Vec::new();
        let mut pairs = Vec::new();
        let mut summaries = Vec::with_capacity(self.specs.len());
        for spec in &self.specs {
            if seen_ids.insert(&spec.id, ()).is_some() {
                return Err(TenantsError::DuplicateTenant {
                    id: spec.id.clone(),
                });
            }
            if let Some(customer_id) = &spec.customer_id {
                let chars = customer_id.chars().count();
                if !(1..=MAX_CUSTOMER_ID_CHARS).contains(&chars)
                    || customer_id.chars().any(char::is_control)
                {
                    return Err(TenantsError::CustomerId {
                        tenant: spec.id.clone(),
                    });
                }
            }
            let info = Arc::new(TenantInfo {
                id: spec.id.clone(),
                customer_id: spec.customer_id.clone(),
                echo_ids: spec.echo_ids,
            });
            let mut summary = TenantSummary {
                id: spec.id.clone(),
                prod: 0,
                dev: 0,
                root: 0,
                basic: 0,
            };
            for (origin, list) in &spec.api_keys {
                for (index, key) in list.as_slice().iter().enumerate() {
                    let here = Place {
                        tenant: &spec.id,
                        origin,
                        position: index + 1,
                    };
                    let secret = key.expose_secret().as_bytes();
                    if let Some(first) = seen_keys.insert(secret, here) {
                        return Err(duplicate("API key", first, here));
                    }
                    let kind = CredentialKind::of_key(key.kind());
                    match kind {
                        CredentialKind::Dev => summary.dev += 1,
                        CredentialKind::Root => summary.root += 1,
                        _ => summary.prod += 1,
                    }
                    keys.push(Entry::new(secret, &info, kind, &limits));
                }
            }
            for (origin, list) in &spec.basic {
                for (index, pair) in list.pairs().enumerate() {
                    let here = Place {
                        tenant: &spec.id,
                        origin,
                        position: index + 1,
                    };
                    if let Some(first) = seen_pairs.insert(pair, here) {
                        return Err(duplicate("Basic credentials", first, here));
                    }
                    summary.basic += 1;
                    pairs.push(Entry::new(pair, &info, CredentialKind::Basic, &limits));
                }
            }
            summaries.push(summary);
        }
        Ok(Tenants {
            summaries,
            keys,
            pairs,
            limits,
        })
    }
}

/// Where a credential is configured: tenant, list, 1-based position.
#[derive(Clone, Copy)]
struct Place<'a> {
    tenant: &'a TenantId,
    origin: &'a str,
    position: usize,
}

#[cold]
fn duplicate(what: &'static str, first: Place<'_>, again: Place<'_>) -> TenantsError {
    TenantsError::DuplicateCredential {
        what,
        tenant: again.tenant.clone(),
        origin: again.origin.into(),
        position: again.position,
        first_tenant: first.tenant.clone(),
        first_origin: first.origin.into(),
        first_position: first.position,
    }
}

/// A configured secret and the credential it authenticates.
#[derive(Clone)]
struct Entry {
    secret: Box<[u8]>,
    credential: Credential,
}

impl Entry {
    fn new(
        secret: &[u8],
        tenant: &Arc<TenantInfo>,
        kind: CredentialKind,
        limits: &RateLimits,
    ) -> Entry {
        Entry {
            secret: secret.into(),
            credential: Credential {
                tenant: Arc::clone(tenant),
                kind,
                limiter: limits
                    .per_minute(kind)
                    .map(|n| Arc::new(Limiter::per_minute(n))),
            },
        }
    }
}

/// The credential whose secret is `candidate`, comparing with every entry in constant
/// time: how long a refusal takes tells nothing about which entry came close.
fn find<'a>(entries: &'a [Entry], candidate: &[u8]) -> Option<&'a Credential> {
    let mut found = Choice::from(0);
    let mut index = 0u64;
    for (i, entry) in entries.iter().enumerate() {
        let equal = entry.secret.as_ref().ct_eq(candidate);
        index.conditional_assign(&(i as u64), equal);
        found |= equal;
    }
    // Secrets are unique (checked by `build`), so at most one entry matched.
    bool::from(found).then(|| &entries[index as usize].credential)
}

/// The tenants of a server and their credentials: built once at start-up by
/// [`Tenants::builder`], looked up on every request. Cloning shares the rate limiters.
///
/// `Debug` shows the tenants and their credential counts, never a secret.
///
/// # Examples
///
/// ```
/// use contactkit::ApiKey;
/// use contactkit_server::auth::ApiKeys;
/// use contactkit_server::tenant::TenantId;
/// use contactkit_server::tenants::{TenantSpec, Tenants};
///
/// let tenants = Tenants::builder()
///     .tenant(TenantSpec::new(TenantId::parse("acme")?)
///         .api_keys("api_keys", ApiKeys::parse_list("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE")?))
///     .build()?;
/// assert!(tenants.authenticate_key(&ApiKey::parse("PRODaaaaaaaaaaaaaaaaaaaaaaaaaaaa")?).is_none());
/// assert_eq!(
///     format!("{tenants:?}"),
///     r#"Tenants { tenants: [TenantSummary { id: TenantId("acme"), prod: 1, dev: 0, root: 0, basic: 0 }], limits: RateLimits { prod_per_minute: 1200, dev_per_minute: 120, bik_per_minute: 1200 } }"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Default)]
pub struct Tenants {
    summaries: Vec<TenantSummary>,
    keys: Vec<Entry>,
    pairs: Vec<Entry>,
    limits: RateLimits,
}

impl Tenants {
    /// A builder with the default [`RateLimits`] and no tenant.
    ///
    /// # Examples
    ///
    /// ```
    /// let tenants = contactkit_server::tenants::Tenants::builder().build()?;
    /// assert!(tenants.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder() -> TenantsBuilder {
        TenantsBuilder::default()
    }

    /// The credential of a configured API key, or `None` for a key no tenant has.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::ApiKey;
    /// use contactkit_server::auth::ApiKeys;
    /// use contactkit_server::tenants::{TenantSpec, Tenants};
    ///
    /// let tenants = Tenants::builder()
    ///     .tenant(TenantSpec::default_tenant().api_keys("env", ApiKeys::parse_list("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE")?))
    ///     .build()?;
    /// assert!(tenants.authenticate_key(&ApiKey::parse("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE")?).is_some());
    /// assert!(tenants.authenticate_key(&ApiKey::parse("ROOTPGrFxpGEtrOZfuWhnoJohUYBXuOE")?).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn authenticate_key(&self, key: &ApiKey) -> Option<&Credential> {
        find(&self.keys, key.expose_secret().as_bytes())
    }

    /// The credential of an `Authorization` header value that carries a configured Basic
    /// pair (scheme `Basic` in any case, base64 with or without padding), or `None`.
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
    /// assert!(tenants.authenticate_basic(Some("basic YmlrOnMzY3JldA")).is_some());
    /// assert!(tenants.authenticate_basic(Some("Basic YmlrOndyb25n")).is_none()); // bik:wrong
    /// assert!(tenants.authenticate_basic(None).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn authenticate_basic(&self, authorization: Option<&str>) -> Option<&Credential> {
        let decoded = decode_basic(authorization?)?;
        find(&self.pairs, &decoded)
    }

    /// The number of tenants.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(contactkit_server::tenants::Tenants::default().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.summaries.len()
    }

    /// Whether there is no tenant (then every authenticated request gets 401).
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(contactkit_server::tenants::Tenants::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.summaries.is_empty()
    }

    /// Each tenant's credential counts by kind, in configuration order.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::tenants::{TenantSpec, Tenants};
    ///
    /// let tenants = Tenants::builder().tenant(TenantSpec::default_tenant()).build()?;
    /// assert_eq!(tenants.summaries()[0].id.as_str(), "default");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn summaries(&self) -> &[TenantSummary] {
        &self.summaries
    }

    /// The number of configured API keys, all tenants together.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(contactkit_server::tenants::Tenants::default().api_key_count(), 0);
    /// ```
    pub fn api_key_count(&self) -> usize {
        self.keys.len()
    }

    /// The number of configured Basic pairs, all tenants together.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(contactkit_server::tenants::Tenants::default().basic_count(), 0);
    /// ```
    pub fn basic_count(&self) -> usize {
        self.pairs.len()
    }

    /// The rate limits the credentials were made with.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::tenants::{RateLimits, Tenants};
    ///
    /// assert_eq!(Tenants::default().limits(), &RateLimits::default());
    /// ```
    pub fn limits(&self) -> &RateLimits {
        &self.limits
    }

    /// Logs the tenant count and, per tenant, its credential counts by kind (at `info`;
    /// never a value): what `main` writes at start-up.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::tenants::{TenantSpec, Tenants};
    ///
    /// Tenants::builder().tenant(TenantSpec::default_tenant()).build()?.log_summary();
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn log_summary(&self) {
        tracing::info!(
            tenants = self.len(),
            prod_per_minute = self.limits.prod_per_minute.get(),
            dev_per_minute = self.limits.dev_per_minute.get(),
            bik_per_minute = self.limits.bik_per_minute.get(),
            "tenants configured"
        );
        for summary in &self.summaries {
            tracing::info!(
                tenant = %summary.id,
                prod_keys = summary.prod,
                dev_keys = summary.dev,
                root_keys = summary.root,
                basic_pairs = summary.basic,
                "tenant"
            );
        }
    }
}

impl fmt::Debug for Tenants {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tenants")
            .field("tenants", &self.summaries)
            .field("limits", &self.limits)
            .finish()
    }
}

/// A configuration the registry refuses; the message never contains a secret.
///
/// # Examples
///
/// ```
/// use contactkit_server::tenant::TenantId;
/// use contactkit_server::tenants::{TenantSpec, Tenants, TenantsError};
///
/// let err = Tenants::builder()
///     .tenant(TenantSpec::new(TenantId::parse("acme")?))
///     .tenant(TenantSpec::new(TenantId::parse("acme")?))
///     .build()
///     .unwrap_err();
/// assert!(matches!(err, TenantsError::DuplicateTenant { .. }));
/// assert_eq!(err.to_string(), r#"tenant "acme" is configured twice"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TenantsError {
    /// Two tenants have one id: `tenant "acme" is configured twice`.
    DuplicateTenant {
        /// The id.
        id: TenantId,
    },
    /// A credential is configured twice, in one tenant or two: `API key 1 of tenant
    /// "beta" (keys.txt) is also API key 1 of tenant "acme" (api_keys): a credential
    /// belongs to one tenant, once`. Positions count the list's items from 1.
    DuplicateCredential {
        /// `API key` or `Basic credentials`.
        what: &'static str,
        /// The tenant of the second occurrence.
        tenant: TenantId,
        /// The list of the second occurrence.
        origin: Box<str>,
        /// The position of the second occurrence in its list.
        position: usize,
        /// The tenant of the first occurrence.
        first_tenant: TenantId,
        /// The list of the first occurrence.
        first_origin: Box<str>,
        /// The position of the first occurrence in its list.
        first_position: usize,
    },
    /// A `customer_id` that is empty, longer than 64 characters or has a control
    /// character: `tenant "acme": customer_id must be 1 to 64 characters, none of them a
    /// control character`.
    CustomerId {
        /// The tenant.
        tenant: TenantId,
    },
}

impl fmt::Display for TenantsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TenantsError::DuplicateTenant { id } => {
                write!(f, "tenant \"{id}\" is configured twice")
            }
            TenantsError::DuplicateCredential {
                what,
                tenant,
                origin,
                position,
                first_tenant,
                first_origin,
                first_position,
            } => write!(
                f,
                "{what} {position} of tenant \"{tenant}\" ({origin}) is also {what} \
                 {first_position} of tenant \"{first_tenant}\" ({first_origin}): a \
                 credential belongs to one tenant, once"
            ),
            TenantsError::CustomerId { tenant } => write!(
                f,
                "tenant \"{tenant}\": customer_id must be 1 to {MAX_CUSTOMER_ID_CHARS} \
                 characters, none of them a control character"
            ),
        }
    }
}

impl std::error::Error for TenantsError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(id: &str) -> TenantSpec {
        TenantSpec::new(TenantId::parse(id).unwrap())
    }

    #[test]
    fn duplicates_are_named_by_place_never_by_value() {
        const KEY: &str = "DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q";
        let keys = || ApiKeys::parse_list(KEY).unwrap();
        let pairs = || BasicCredentials::parse_list("bik:s3cret").unwrap();
        let cases: Vec<(TenantsBuilder, &str)> = vec![
            (
                Tenants::builder().tenant(spec("acme").api_keys(
                    "api_keys",
                    ApiKeys::parse_list(&format!("{KEY},{KEY}")).unwrap(),
                )),
                r#"API key 2 of tenant "acme" (api_keys) is also API key 1 of tenant "acme" (api_keys): a credential belongs to one tenant, once"#,
            ),
            (
                Tenants::builder()
                    .tenant(spec("acme").basic_auth("basic_auth", pairs()))
                    .tenant(spec("beta").api_keys("api_keys", keys()))
                    .tenant(spec("gamma").basic_auth("/etc/pairs", pairs())),
                r#"Basic credentials 1 of tenant "gamma" (/etc/pairs) is also Basic credentials 1 of tenant "acme" (basic_auth): a credential belongs to one tenant, once"#,
            ),
            (
                Tenants::builder().tenant(spec("acme").customer_id("")),
                r#"tenant "acme": customer_id must be 1 to 64 characters, none of them a control character"#,
            ),
            (
                Tenants::builder().tenant(spec("acme").customer_id("a\nb")),
                r#"tenant "acme": customer_id must be 1 to 64 characters, none of them a control character"#,
            ),
            (
                Tenants::builder().tenant(spec("acme").customer_id("č".repeat(65))),
                r#"tenant "acme": customer_id must be 1 to 64 characters, none of them a control character"#,
            ),
        ];
        for (builder, expected) in cases {
            let err = builder.build().unwrap_err();
            let text = err.to_string();
            assert_eq!(text, expected);
            assert!(!text.contains(KEY) && !text.contains("s3cret"));
            assert!(!format!("{err:?}").contains(KEY));
        }
        // The same user with another password is another credential.
        let other = BasicCredentials::parse_list("bik:other").unwrap();
        let tenants = Tenants::builder()
            .tenant(spec("acme").basic_auth("basic_auth", pairs()))
            .tenant(spec("beta").basic_auth("basic_auth", other))
            .build()
            .unwrap();
        assert_eq!(tenants.basic_count(), 2);
    }

    #[test]
    fn lookups_find_the_credential_of_each_tenant() {
        let tenants = Tenants::builder()
            .tenant(
                spec("acme").api_keys(
                    "api_keys",
                    ApiKeys::parse_list(
                        "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE,DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q",
                    )
                    .unwrap(),
                ),
            )
            .tenant(
                spec("beta")
                    .api_keys(
                        "api_keys",
                        ApiKeys::parse_list("ROOTPGrFxpGEtrOZfuWhnoJohUYBXuOE").unwrap(),
                    )
                    .basic_auth(
                        "basic_auth",
                        BasicCredentials::parse_list("bik:s3cret").unwrap(),
                    ),
            )
            .build()
            .unwrap();
        let key = |k: &str| {
            tenants
                .authenticate_key(&ApiKey::parse(k).unwrap())
                .map(|c| (c.tenant().as_str().to_owned(), c.kind()))
        };
        assert_eq!(
            key("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE"),
            Some(("acme".to_owned(), CredentialKind::Prod))
        );
        assert_eq!(
            key("DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q"),
            Some(("acme".to_owned(), CredentialKind::Dev))
        );
        assert_eq!(
            key("ROOTPGrFxpGEtrOZfuWhnoJohUYBXuOE"),
            Some(("beta".to_owned(), CredentialKind::Root))
        );
        assert_eq!(key("PRODPGrFxpGEtrOZfuWhnoJohUYBXuOF"), None);
        let basic = tenants
            .authenticate_basic(Some("Basic YmlrOnMzY3JldA=="))
            .unwrap();
        assert_eq!(basic.tenant().as_str(), "beta");
        assert_eq!(
            tenants
                .summaries()
                .iter()
                .map(|s| (s.id.as_str(), s.prod, s.dev, s.root, s.basic))
                .collect::<Vec<_>>(),
            vec![("acme", 1, 1, 0, 0), ("beta", 0, 0, 1, 1)]
        );
    }
}
