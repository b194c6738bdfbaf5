//! Building the registry: every tenant and credential checked once, at start-up.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use super::credential::TenantInfo;
use super::{CredentialKind, RateLimits};
use crate::tenant::TenantId;

use super::registry::{Entry, Tenants};
use super::spec::{TenantSpec, TenantSummary, MAX_CUSTOMER_ID_CHARS};

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
