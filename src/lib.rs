// The README is the crate documentation, so its examples run as doctests. It
// shows the request models, so builds without them get a shorter page.
#![cfg_attr(feature = "models", doc = include_str!("../README.md"))]
#![cfg_attr(
    not(feature = "models"),
    doc = "Type-safe customer-contact input: validated, canonical emails, phone numbers, \
           IP addresses, API keys and EU company data. This build has the `models` \
           feature off; see the README for the whole crate."
)]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod macros;

pub mod api_key;
pub mod company_id;
pub mod country;
pub mod email;
mod error;
pub mod ip;
pub mod locale;
#[cfg(feature = "models")]
pub mod models;
pub mod phone;
pub mod postal_code;
pub mod referral;
#[cfg(feature = "serde")]
mod serde;
pub mod timestamp;
#[cfg(feature = "models")]
pub mod update_profile;
#[cfg(feature = "models")]
pub mod user_properties;
pub mod vat;

pub use api_key::{ApiKey, ApiKeyError, ApiKeyKind};
pub use company_id::{Ico, IcoError};
pub use country::{Country, CountryError};
pub use email::{CanonicalEmail, EmailError};
pub use error::{Error, ErrorKind};
pub use ip::{IpClass, IpError, NormalizedIp};
pub use locale::{Locale, LocaleError};
#[cfg(feature = "models")]
pub use models::{Path, PathSegment, Report, ValidationError, ValidationErrorKind};
pub use phone::{IntlPhone, PhoneError, PhoneType, Region};
pub use postal_code::{PostalCode, PostalCodeError};
pub use referral::{ReferralId, ReferralIdError};
pub use timestamp::{Timestamp, TimestampError};
pub use vat::{VatError, VatId};
