//! contactkit: type-safe customer-contact input.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod macros;

pub mod api_key;
pub mod email;
pub mod ip;
pub mod phone;
pub mod referral;

pub use email::{CanonicalEmail, EmailError};
