//! The registry: the credential lookups, in constant time.

use std::fmt;
use std::sync::Arc;

use contactkit::ApiKey;
use subtle::{Choice, ConditionallySelectable as _, ConstantTimeEq as _};

use super::credential::TenantInfo;
use super::limits::Limiter;
use super::{Credential, CredentialKind, RateLimits};
use crate::auth::decode_basic;

use super::builder::TenantsBuilder;
use super::spec::TenantSummary;

/// A configured secret and the credential it authenticates.
#[derive(Clone)]
pub(super) struct Entry {
    secret: Box<[u8]>,
    credential: Credential,
}

impl Entry {
    pub(super) fn new(
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
    pub(super) summaries: Vec<TenantSummary>,
    pub(super) keys: Vec<Entry>,
    pub(super) pairs: Vec<Entry>,
    pub(super) limits: RateLimits,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::{ApiKeys, BasicCredentials};
    use crate::tenant::TenantId;
    use crate::tenants::TenantSpec;
    use contactkit::ApiKey;

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
