//! `contactkit._native`: the Rust side of the `contactkit` Python package.
//!
//! The Python package (`python/contactkit/`) re-exports everything here, adds the
//! ChunkedArray/pandas/Polars handling of the column functions and the Spark module.
//! Every function takes Python values, validates with the `contactkit` library (the
//! interpreter released while it works) and answers with Python values or Arrow arrays;
//! every rejection is a `contactkit.ValidationError`, never a panic.

#![forbid(unsafe_code)]

mod body;
mod columns;
mod errors;
mod fields;
mod models;
mod pool;
mod pyjson;
mod records;
mod scalars;
mod text;

use pyo3::prelude::*;

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("ValidationError", py.get_type::<errors::ValidationError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;

    m.add_class::<scalars::PyCanonicalEmail>()?;
    m.add_class::<scalars::PyIntlPhone>()?;
    m.add_class::<scalars::PyNormalizedIp>()?;
    m.add_class::<scalars::PyApiKey>()?;
    m.add_class::<scalars::PyReferralId>()?;
    m.add_class::<scalars::PyVatId>()?;
    m.add_class::<scalars::PyCountry>()?;
    m.add_class::<scalars::PyLocale>()?;
    m.add_function(wrap_pyfunction!(scalars::canonical_email, m)?)?;
    m.add_function(wrap_pyfunction!(scalars::intl_phone, m)?)?;
    m.add_function(wrap_pyfunction!(scalars::normalized_ip, m)?)?;
    m.add_function(wrap_pyfunction!(scalars::api_key, m)?)?;
    m.add_function(wrap_pyfunction!(scalars::referral_id, m)?)?;
    m.add_function(wrap_pyfunction!(scalars::vat_id, m)?)?;
    m.add_function(wrap_pyfunction!(scalars::country, m)?)?;
    m.add_function(wrap_pyfunction!(scalars::locale, m)?)?;

    m.add_class::<models::BulkResult>()?;
    m.add_class::<models::PyUpdateProfile>()?;
    m.add_function(wrap_pyfunction!(models::validate_user_property, m)?)?;
    m.add_function(wrap_pyfunction!(models::validate_request, m)?)?;

    m.add_function(wrap_pyfunction!(columns::column, m)?)?;
    m.add_function(wrap_pyfunction!(body::split_request, m)?)?;
    m.add_function(wrap_pyfunction!(records::records_json, m)?)?;
    Ok(())
}
