//! Rate limits by credential kind, and the limiter each limited credential owns.

use std::fmt;
use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::Clock as _;
use governor::{DefaultDirectRateLimiter, Quota};

use super::CredentialKind;

/// Requests per minute allowed to one credential, by kind: the config file's `[limits]`.
///
/// `PROD` keys get `prod_per_minute`, `DEV_` keys `dev_per_minute`, Basic pairs
/// `bik_per_minute`; `ROOT` keys are never limited (the BizKitHub document: "system key
/// with no limits"). A limit is a budget that refills evenly: a credential may send
/// `n` requests at once, then one more every `60 / n` seconds. Zero is not a limit (a
/// credential that may never be used is one to remove), hence [`NonZeroU32`].
///
/// # Examples
///
/// ```
/// use contactkit_server::tenants::{CredentialKind, RateLimits};
///
/// let limits = RateLimits::default();
/// assert_eq!(limits.per_minute(CredentialKind::Prod).map(|n| n.get()), Some(1200));
/// assert_eq!(limits.per_minute(CredentialKind::Dev).map(|n| n.get()), Some(120));
/// assert_eq!(limits.per_minute(CredentialKind::Basic).map(|n| n.get()), Some(1200));
/// assert_eq!(limits.per_minute(CredentialKind::Root), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimits {
    /// Requests per minute per `PROD` key.
    pub prod_per_minute: NonZeroU32,
    /// Requests per minute per `DEV_` key.
    pub dev_per_minute: NonZeroU32,
    /// Requests per minute per Basic `user:password` pair (the BIK endpoint).
    pub bik_per_minute: NonZeroU32,
}

impl Default for RateLimits {
    /// 1,200 per minute for `PROD` keys and Basic pairs, 120 for `DEV_` keys.
    fn default() -> Self {
        const fn n(value: u32) -> NonZeroU32 {
            match NonZeroU32::new(value) {
                Some(n) => n,
                None => panic!("zero"),
            }
        }
        RateLimits {
            prod_per_minute: n(1200),
            dev_per_minute: n(120),
            bik_per_minute: n(1200),
        }
    }
}

impl RateLimits {
    /// The limit of a credential of `kind`; `None` for `ROOT` keys, which are never
    /// limited.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::num::NonZeroU32;
    /// use contactkit_server::tenants::{CredentialKind, RateLimits};
    ///
    /// let limits = RateLimits { dev_per_minute: NonZeroU32::new(2).unwrap(), ..RateLimits::default() };
    /// assert_eq!(limits.per_minute(CredentialKind::Dev), NonZeroU32::new(2));
    /// ```
    pub fn per_minute(&self, kind: CredentialKind) -> Option<NonZeroU32> {
        match kind {
            CredentialKind::Prod => Some(self.prod_per_minute),
            CredentialKind::Dev => Some(self.dev_per_minute),
            CredentialKind::Basic => Some(self.bik_per_minute),
            CredentialKind::Root => None,
        }
    }
}

/// One credential's limiter: a direct (not keyed) GCRA limiter, made at start-up.
pub(crate) struct Limiter {
    limiter: DefaultDirectRateLimiter,
    per_minute: NonZeroU32,
}

impl Limiter {
    pub(crate) fn per_minute(per_minute: NonZeroU32) -> Limiter {
        Limiter {
            limiter: DefaultDirectRateLimiter::direct(Quota::per_minute(per_minute)),
            per_minute,
        }
    }

    pub(crate) fn limit(&self) -> NonZeroU32 {
        self.per_minute
    }

    /// Takes one request from the budget, or tells how long until one is available.
    pub(crate) fn check(&self) -> Result<(), RateLimited> {
        self.limiter.check().map_err(|not_until| RateLimited {
            retry_after: not_until.wait_time_from(self.limiter.clock().now()),
            per_minute: self.per_minute,
        })
    }
}

impl fmt::Debug for Limiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Limiter")
            .field("per_minute", &self.per_minute)
            .finish()
    }
}

/// A request over its credential's limit: answered 429 with `Retry-After`.
///
/// The message is public API: `too many requests: retry after N s`, where `N` is
/// [`retry_after_secs`](Self::retry_after_secs).
///
/// # Examples
///
/// ```
/// use contactkit::ApiKey;
/// use contactkit_server::auth::ApiKeys;
/// use contactkit_server::tenant::TenantId;
/// use contactkit_server::tenants::{RateLimits, TenantSpec, Tenants};
///
/// let limits = RateLimits { dev_per_minute: 2.try_into()?, ..RateLimits::default() };
/// let tenants = Tenants::builder()
///     .limits(limits)
///     .tenant(TenantSpec::new(TenantId::parse("acme")?)
///         .api_keys("api_keys", ApiKeys::parse_list("DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q")?))
///     .build()?;
/// let key = ApiKey::parse("DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q")?;
/// let credential = tenants.authenticate_key(&key).ok_or("unknown key")?;
/// assert!(credential.check_rate().is_ok());
/// assert!(credential.check_rate().is_ok());
/// let limited = credential.check_rate().unwrap_err();
/// // Two per minute: the next one within 30 s.
/// assert!((1..=30).contains(&limited.retry_after_secs()));
/// assert_eq!(limited.to_string(), format!("too many requests: retry after {} s", limited.retry_after_secs()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimited {
    retry_after: Duration,
    per_minute: NonZeroU32,
}

impl RateLimited {
    /// How long until the credential may send again.
    ///
    /// # Examples
    ///
    /// ```
    /// # use contactkit::ApiKey;
    /// # use contactkit_server::{auth::ApiKeys, tenant::TenantId, tenants::*};
    /// # let tenants = Tenants::builder()
    /// #     .limits(RateLimits { dev_per_minute: 1.try_into()?, ..RateLimits::default() })
    /// #     .tenant(TenantSpec::new(TenantId::parse("acme")?)
    /// #         .api_keys("api_keys", ApiKeys::parse_list("DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q")?))
    /// #     .build()?;
    /// # let key = ApiKey::parse("DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q")?;
    /// # let credential = tenants.authenticate_key(&key).ok_or("unknown key")?;
    /// # credential.check_rate()?;
    /// let limited = credential.check_rate().unwrap_err();
    /// assert!(limited.retry_after() <= std::time::Duration::from_secs(60));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn retry_after(&self) -> Duration {
        self.retry_after
    }

    /// [`retry_after`](Self::retry_after) in whole seconds, rounded up and at least 1:
    /// the `Retry-After` header's value (a client that waits that long is not refused
    /// again for the same reason).
    ///
    /// # Examples
    ///
    /// ```
    /// # use contactkit::ApiKey;
    /// # use contactkit_server::{auth::ApiKeys, tenant::TenantId, tenants::*};
    /// # let tenants = Tenants::builder()
    /// #     .limits(RateLimits { dev_per_minute: 1.try_into()?, ..RateLimits::default() })
    /// #     .tenant(TenantSpec::new(TenantId::parse("acme")?)
    /// #         .api_keys("api_keys", ApiKeys::parse_list("DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q")?))
    /// #     .build()?;
    /// # let key = ApiKey::parse("DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q")?;
    /// # let credential = tenants.authenticate_key(&key).ok_or("unknown key")?;
    /// # credential.check_rate()?;
    /// let limited = credential.check_rate().unwrap_err();
    /// assert!((1..=60).contains(&limited.retry_after_secs()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn retry_after_secs(&self) -> u64 {
        let whole = self.retry_after.as_secs();
        let rounded = if self.retry_after.subsec_nanos() > 0 {
            whole + 1
        } else {
            whole
        };
        rounded.max(1)
    }

    /// The credential's limit, in requests per minute.
    ///
    /// # Examples
    ///
    /// ```
    /// # use contactkit::ApiKey;
    /// # use contactkit_server::{auth::ApiKeys, tenant::TenantId, tenants::*};
    /// # let tenants = Tenants::builder()
    /// #     .limits(RateLimits { dev_per_minute: 1.try_into()?, ..RateLimits::default() })
    /// #     .tenant(TenantSpec::new(TenantId::parse("acme")?)
    /// #         .api_keys("api_keys", ApiKeys::parse_list("DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q")?))
    /// #     .build()?;
    /// # let key = ApiKey::parse("DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q")?;
    /// # let credential = tenants.authenticate_key(&key).ok_or("unknown key")?;
    /// # credential.check_rate()?;
    /// let limited = credential.check_rate().unwrap_err();
    /// assert_eq!(limited.per_minute().get(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn per_minute(&self) -> NonZeroU32 {
        self.per_minute
    }
}

impl fmt::Display for RateLimited {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "too many requests: retry after {} s",
            self.retry_after_secs()
        )
    }
}

impl std::error::Error for RateLimited {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_rounds_up_to_whole_seconds_and_at_least_one() {
        let n = NonZeroU32::new(1).unwrap();
        let cases = [
            (Duration::ZERO, 1),
            (Duration::from_millis(1), 1),
            (Duration::from_millis(999), 1),
            (Duration::from_secs(1), 1),
            (Duration::from_millis(1001), 2),
            (Duration::from_secs(30), 30),
            (Duration::from_nanos(29_000_000_001), 30),
        ];
        for (retry_after, expected) in cases {
            let limited = RateLimited {
                retry_after,
                per_minute: n,
            };
            assert_eq!(limited.retry_after_secs(), expected, "{retry_after:?}");
        }
    }

    #[test]
    fn a_limiter_allows_its_budget_then_refuses() {
        let limiter = Limiter::per_minute(NonZeroU32::new(3).unwrap());
        for _ in 0..3 {
            assert!(limiter.check().is_ok());
        }
        let limited = limiter.check().unwrap_err();
        assert!(limited.retry_after() <= Duration::from_secs(20));
        assert_eq!(limited.per_minute().get(), 3);
    }
}
