//! The tenants registry: which tenant each configured credential belongs to, and how
//! often it may be used.
//!
//! A server serves one or more tenants ([`TenantId`](crate::tenant::TenantId)). Each API
//! key (update-profile, read-back) and each Basic pair (BIK) belongs to exactly one of
//! them; the tenant a request acts for is the one its credential belongs to, so a request
//! can neither read nor write another tenant's contacts. [`Tenants`] is built once at
//! start-up, from the config file ([`config`]) or from the `CONTACTKIT_API_KEYS` /
//! `CONTACTKIT_BASIC_AUTH` settings (one tenant, `default`), and looked up on every
//! request ([`Tenants::authenticate_key`], [`Tenants::authenticate_basic`]), in constant
//! time.
//!
//! Every credential but a `ROOT` key has its own rate limiter ([`RateLimits`]), made at
//! start-up: the limiters' memory is bounded by the configuration, and a request that
//! does not authenticate never creates state.
//!
//! # Examples
//!
//! ```
//! use contactkit::ApiKey;
//! use contactkit_server::auth::{ApiKeys, BasicCredentials};
//! use contactkit_server::tenant::TenantId;
//! use contactkit_server::tenants::{CredentialKind, TenantSpec, Tenants};
//!
//! let tenants = Tenants::builder()
//!     .tenant(TenantSpec::new(TenantId::parse("acme")?)
//!         .api_keys("api_keys", ApiKeys::parse_list("DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q")?))
//!     .tenant(TenantSpec::new(TenantId::parse("p60HYv5wjgQaOrPdqT5NjbpkroD2")?)
//!         .customer_id("5242031")
//!         .basic_auth("basic_auth", BasicCredentials::parse_list("bik:s3cret")?))
//!     .build()?;
//! let key = ApiKey::parse("DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q")?;
//! let credential = tenants.authenticate_key(&key).ok_or("unknown key")?;
//! assert_eq!(credential.tenant().as_str(), "acme");
//! assert_eq!(credential.kind(), CredentialKind::Dev);
//! let bik = tenants.authenticate_basic(Some("Basic YmlrOnMzY3JldA==")).ok_or("unknown pair")?;
//! assert_eq!(bik.customer_id(), Some("5242031"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod builder;
pub mod config;
mod credential;
mod limits;
mod registry;
mod spec;

pub use builder::{TenantsBuilder, TenantsError};
pub use credential::{Credential, CredentialKind};
pub use limits::{RateLimited, RateLimits};
pub use registry::Tenants;
pub use spec::{TenantSpec, TenantSummary};
