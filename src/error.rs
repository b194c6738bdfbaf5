//! The crate-level error: one type for code that parses several kinds of input.
//!
//! Each concept keeps its own small error enum next to its type ([`EmailError`],
//! [`PhoneError`], ...). [`Error`] wraps any of them so a function that parses a
//! whole contact can use `?` on every field and still let its caller ask what
//! went wrong through [`Error::kind`].
//!
//! [`EmailError`]: crate::EmailError
//! [`PhoneError`]: crate::PhoneError

use crate::{
    ApiKeyError, CountryError, EmailError, IcoError, IpError, LocaleError, PhoneError,
    PostalCodeError, ReferralIdError, TimestampError, VatError,
};
use std::fmt;

/// Any error of this crate's newtypes.
///
/// Opaque on purpose (the "rookie mistake" comment in regex's `Error`): new
/// kinds of input can be added without breaking matches on it. Its `Display`
/// is the wrapped error's stable `<concept>: <reason>` message.
///
/// # Examples
///
/// ```
/// use contactkit::{CanonicalEmail, Error, ErrorKind, IntlPhone};
///
/// fn contact(email: &str, phone: &str) -> Result<(CanonicalEmail, IntlPhone), Error> {
///     Ok((CanonicalEmail::parse(email)?, IntlPhone::parse(phone)?))
/// }
///
/// let err = contact("jan@barasek.com", "777 123 456").unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::Phone(_)));
/// assert!(err.to_string().starts_with("phone: "));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// What kind of input an [`Error`] is about, with that concept's own error.
///
/// # Examples
///
/// ```
/// use contactkit::{Error, ErrorKind, NormalizedIp};
///
/// let err: Error = NormalizedIp::parse("1.2.3.4/24").unwrap_err().into();
/// match err.kind() {
///     ErrorKind::Ip(inner) => assert_eq!(err.to_string(), inner.to_string()),
///     other => panic!("unexpected {other:?}"),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// An [`ApiKey`](crate::ApiKey) was rejected.
    ApiKey(ApiKeyError),
    /// A [`CanonicalEmail`](crate::CanonicalEmail) was rejected.
    Email(EmailError),
    /// An [`IntlPhone`](crate::IntlPhone) was rejected.
    Phone(PhoneError),
    /// A [`NormalizedIp`](crate::NormalizedIp) was rejected.
    Ip(IpError),
    /// A [`ReferralId`](crate::ReferralId) was rejected.
    ReferralId(ReferralIdError),
    /// A [`VatId`](crate::VatId) was rejected.
    Vat(VatError),
    /// A [`Country`](crate::Country) was rejected.
    Country(CountryError),
    /// A [`Locale`](crate::Locale) was rejected.
    Locale(LocaleError),
    /// An [`Ico`](crate::Ico) was rejected.
    Ico(IcoError),
    /// A [`PostalCode`](crate::PostalCode) was rejected.
    PostalCode(PostalCodeError),
    /// A [`Timestamp`](crate::Timestamp) was rejected.
    Timestamp(TimestampError),
}

impl Error {
    /// What kind of input was rejected, and why.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::{Error, ErrorKind, ReferralId};
    ///
    /// let err = Error::from(ReferralId::parse("short").unwrap_err());
    /// assert!(matches!(err.kind(), ErrorKind::ReferralId(_)));
    /// ```
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// Consumes the error, giving back its kind.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::{CanonicalEmail, Error, ErrorKind};
    ///
    /// let err = Error::from(CanonicalEmail::parse("no-at-sign").unwrap_err());
    /// assert!(matches!(err.into_kind(), ErrorKind::Email(_)));
    /// ```
    pub fn into_kind(self) -> ErrorKind {
        self.kind
    }

    fn inner(&self) -> &(dyn std::error::Error + 'static) {
        match &self.kind {
            ErrorKind::ApiKey(e) => e,
            ErrorKind::Email(e) => e,
            ErrorKind::Phone(e) => e,
            ErrorKind::Ip(e) => e,
            ErrorKind::ReferralId(e) => e,
            ErrorKind::Vat(e) => e,
            ErrorKind::Country(e) => e,
            ErrorKind::Locale(e) => e,
            ErrorKind::Ico(e) => e,
            ErrorKind::PostalCode(e) => e,
            ErrorKind::Timestamp(e) => e,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.inner(), f)
    }
}

// Message first, as semver's errors do, so `unwrap()` failures read well.
impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Error({:?})", self.to_string())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.inner())
    }
}

macro_rules! from_concept_error {
    ($($variant:ident($err:ty)),* $(,)?) => {$(
        impl From<$err> for Error {
            #[cold]
            fn from(err: $err) -> Self {
                Error { kind: ErrorKind::$variant(err) }
            }
        }
    )*};
}

from_concept_error!(
    ApiKey(ApiKeyError),
    Email(EmailError),
    Phone(PhoneError),
    Ip(IpError),
    ReferralId(ReferralIdError),
    Vat(VatError),
    Country(CountryError),
    Locale(LocaleError),
    Ico(IcoError),
    PostalCode(PostalCodeError),
    Timestamp(TimestampError),
);
