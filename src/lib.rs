//! contactkit: type-safe customer-contact input.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod macros;

pub mod api_key;
pub mod company_id;
pub mod country;
pub mod email;
pub mod ip;
pub mod locale;
pub mod phone;
pub mod postal_code;
pub mod referral;

pub use api_key::{ApiKey, ApiKeyError, ApiKeyKind};
pub use ip::{IpClass, IpError, NormalizedIp};
pub use referral::{ReferralId, ReferralIdError};
pub mod vat;

pub use vat::{VatError, VatId};
pub use company_id::{Ico, IcoError};
pub use country::{Country, CountryError};
pub use locale::{Locale, LocaleError};
pub use postal_code::{PostalCode, PostalCodeError};
pub use phone::{IntlPhone, PhoneError};
pub use email::{CanonicalEmail, EmailError};
