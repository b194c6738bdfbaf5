//! Type-safe customer-contact input: emails, phone numbers, IP addresses, API keys, EU
//! company data and whole contact-API request bodies, validated and turned into one
//! canonical form, with precise, stable error messages.
//!
//! Every type follows *parse, don't validate*: its field is private and `parse` is the
//! only way in, so a value that exists is valid and already normalized. The request
//! models ([`user_properties`] for BIK's bulk upsert, [`update_profile`] for
//! BizKitHub's profile update) answer in the dialect of Joi 17, byte for byte, because
//! those APIs' clients already parse it.
//!
//! ```
//! use contactkit::{CanonicalEmail, IntlPhone, NormalizedIp};
//!
//! let email = CanonicalEmail::parse("  Jan@Bücher.DE ")?;
//! assert_eq!(email.as_str(), "jan@bücher.de");
//! assert_eq!(email.ascii_domain(), "xn--bcher-kva.de");
//!
//! let phone = IntlPhone::parse("+420 777 123 456")?;
//! assert_eq!((phone.as_str(), phone.e164().as_str()), ("+420 777123456", "+420777123456"));
//!
//! assert_eq!(NormalizedIp::parse("localhost")?.as_str(), "127.0.0.1");
//! assert_eq!(CanonicalEmail::parse("jan.barasek.com").unwrap_err().to_string(), "email: missing '@'");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Cookbook
//!
//! ## Phones with a region
//!
//! Numbers without `+` are national numbers of a [`Region`], which is checked when it is
//! made: an unknown region is a configuration error, never a data error.
//!
//! ```
//! use contactkit::{IntlPhone, PhoneType, Region};
//!
//! let india = Region::parse("IN")?;
//! let phone = IntlPhone::parse_with_region("090909 09090", india)?;
//! assert_eq!(phone.as_str(), "+91 9090909090");
//! assert_eq!(phone.region(), Some("IN"));
//! assert_eq!(phone.number_type(), PhoneType::Mobile);
//! // With `+`, the region is not needed (and not used).
//! assert_eq!(IntlPhone::parse_with_region("+44 20 7946 0000", india)?.region(), Some("GB"));
//! assert!(Region::parse("XX").is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## A serde struct with newtypes
//!
//! With the `serde` feature (on by default) every newtype deserializes through its
//! `parse`, so a struct of them is valid as soon as it exists, and the newtype's error
//! message is serde's:
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use contactkit::{CanonicalEmail, Country, IntlPhone};
//! use serde::Deserialize;
//!
//! #[derive(Debug, Deserialize)]
//! struct Signup {
//!     email: CanonicalEmail,
//!     phone: Option<IntlPhone>,
//!     country: Country,
//! }
//!
//! let signup: Signup = serde_json::from_str(
//!     r#"{"email": "Eva@Example.COM", "phone": "+420 601 123 456", "country": "cze"}"#,
//! )?;
//! assert_eq!(signup.email.as_str(), "eva@example.com");
//! assert_eq!(signup.country.as_str(), "CZ");
//!
//! let err = serde_json::from_str::<Signup>(r#"{"email": "eva@", "country": "CZ"}"#).unwrap_err();
//! assert!(err.to_string().starts_with("email: "), "{err}");
//! # }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Every error of a form
//!
//! serde stops at the first bad field. The request models report every error, in the
//! schema's order, each with its path and a Joi-like code (Joi's `abortEarly: false`):
//!
//! ```
//! # #[cfg(feature = "models")] {
//! use contactkit::update_profile::UpdateProfile;
//!
//! let report = UpdateProfile::from_json_report(
//!     br#"{"email": "jan@", "phone": "777", "groups": ["vip", 7], "emial": "x"}"#,
//! ).unwrap_err();
//! let errors: Vec<(String, &str)> =
//!     report.iter().map(|e| (e.path().to_string(), e.kind().code())).collect();
//! assert_eq!(errors, [
//!     ("email".to_owned(), "string.email"),
//!     ("phone".to_owned(), "string.phoneNumber"),
//!     ("groups[1]".to_owned(), "string.base"),
//!     ("emial".to_owned(), "object.unknown"),
//! ]);
//! assert_eq!(report.first().to_string(), r#"ValidationError: "email" must be a valid email"#);
//!
//! // The same errors as Joi's `error.details`, for a form UI.
//! let details = serde_json::to_value(&report)?;
//! assert_eq!(details[2], serde_json::json!({
//!     "message": "\"groups[1]\" must be a string",
//!     "path": ["groups", 1],
//!     "type": "string.base",
//!     "context": {"label": "groups[1]", "key": 1},
//! }));
//! # }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## An axum handler
//!
//! `UpdateProfile` and `UserProperty` implement `Deserialize` by running the full
//! validation, so `axum::Json<UpdateProfile>` is a validated, normalized body and a
//! rejection carries the Joi message. The server crate's `examples/axum_form.rs` is a
//! complete handler; without axum the flow is:
//!
//! ```
//! # #[cfg(feature = "models")] {
//! use contactkit::update_profile::UpdateProfile;
//!
//! let profile: UpdateProfile = serde_json::from_slice(br#"{"email": "Eva@Example.com"}"#)?;
//! assert_eq!(profile.email().as_str(), "eva@example.com");
//! let err = serde_json::from_slice::<UpdateProfile>(br#"{"emial": "eva@example.com"}"#).unwrap_err();
//! assert_eq!(err.to_string(), r#"ValidationError: "email" is required"#);
//! # }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## A bulk request, entry by entry
//!
//! ```
//! # #[cfg(feature = "models")] {
//! use contactkit::user_properties::{BulkOutcome, Response};
//!
//! let outcome = BulkOutcome::from_json(br#"{"userProperties": [
//!     {"phoneNumber": "9090909090", "email": "Mark@BIK.ai", "firstName": "Test", "lastName": "2"},
//!     {"phoneNumber": "9090909010", "emial": "mark2@bik.ai", "firstName": "Test2", "lastName": "4"}
//! ]}"#)?;
//! let valid = outcome.valid()[0].property();
//! assert_eq!(valid.phone_number().map(|p| p.as_str()), Some("+91 9090909090"));
//! assert_eq!(
//!     outcome.invalid()[0].error().to_string(),
//!     r#"ValidationError: "emial" is not allowed"#
//! );
//!
//! // BIK's documented response: each invalid entry exactly as sent, then `error`.
//! let response = Response::new(&outcome).counts(1, 0);
//! assert!(serde_json::to_string(&response)?.starts_with(
//!     r#"{"status":200,"data":{"invalidUserProperties":[{"phoneNumber":"9090909010","emial":"#
//! ));
//! # }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## A JSON Schema for clients
//!
//! Each model describes itself ([`models::ModelSchema`]) and as JSON Schema (draft
//! 2020-12), which never rejects what the model accepts:
//!
//! ```
//! # #[cfg(feature = "models")] {
//! let schema = contactkit::update_profile::json_schema();
//! assert_eq!(schema["required"], serde_json::json!(["email"]));
//! assert_eq!(schema["additionalProperties"], false);
//! # }
//! ```
//!
//! # Features
//!
//! - `serde` (default): `Serialize` (the canonical text) and `Deserialize` (through
//!   `parse`) for every newtype; [`ApiKey`] deserializes but never serializes.
//! - `models` (default, implies `serde`): the request models and their shared core
//!   ([`models`]: one JSON reader, Joi's error order and messages, the free-text rule).
//!   Adds `serde_json`.
//! - `rayon`: `user_properties::Options::parallel` validates a large bulk body on all
//!   cores (off unless asked for; the outcome is identical).
//!
//! # Untrusted input
//!
//! Every `parse` and every model runs in time linear in its input, with limits on every
//! size (each documented where it applies, each failing with an error that names it). No
//! input panics. Error messages quote keys, never values; API keys never appear in
//! `Debug`, `Display` or any error. The checks are offline: syntax, registries and check
//! digits, not whether a mailbox, a phone line or a VAT registration exists.
//!
//! The command-line cleaner and the reference server built on this crate have their
//! own manuals in the repository (`cli/README.md`, `server/README.md`).

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// The README's examples run as doctests too, so it cannot drift from the API.
#[cfg(all(doctest, feature = "models"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

mod macros;

pub mod api_key;
pub mod company_id;
pub mod country;
pub mod email;
mod error;
pub mod ip;
pub mod locale;
#[cfg(feature = "models")]
#[cfg_attr(docsrs, doc(cfg(feature = "models")))]
pub mod models;
pub mod phone;
pub mod postal_code;
pub mod referral;
#[cfg(feature = "serde")]
mod serde;
pub mod timestamp;
mod trim;
#[cfg(feature = "models")]
#[cfg_attr(docsrs, doc(cfg(feature = "models")))]
pub mod update_profile;
#[cfg(feature = "models")]
#[cfg_attr(docsrs, doc(cfg(feature = "models")))]
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
#[cfg_attr(docsrs, doc(cfg(feature = "models")))]
pub use models::{Path, PathSegment, Report, ValidationError, ValidationErrorKind};
pub use phone::{IntlPhone, PhoneError, PhoneType, Region};
pub use postal_code::{PostalCode, PostalCodeError};
pub use referral::{ReferralId, ReferralIdError};
pub use timestamp::{Timestamp, TimestampError};
pub use vat::{VatError, VatId};
