//! Integration tests: the public API, table-driven from `tests/data/`.

#[cfg(feature = "models")]
mod body_reader;
#[cfg(feature = "models")]
mod deserialize;
#[cfg(feature = "models")]
mod details;
mod email;
mod error;
mod eu_fields;
mod fuzz_regressions;
#[cfg(feature = "models")]
mod hostile_input;
mod ip;
mod phone;
#[cfg(feature = "models")]
mod response;
mod serde_support;
mod support;
mod tokens;
mod traits;
#[cfg(feature = "models")]
mod update_profile;
#[cfg(feature = "models")]
mod user_properties;
mod vat;
