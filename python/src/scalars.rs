//! The scalar API: one frozen Python class per Rust newtype. `str()` is the Rust
//! `Display` (the canonical text; `PROD****` for an API key), `==`/`hash` are the Rust
//! `Eq`/`Hash`, and the properties mirror the Rust accessors.

use std::fmt;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyString;

use contactkit::{
    ApiKey, CanonicalEmail, Country, IntlPhone, IpClass, Locale, NormalizedIp, ReferralId, Region,
    VatId,
};

use crate::errors::ErrorParts;
use crate::text::str_text;

/// Runs `parse` on the text of `value`, turning every failure into a Python exception:
/// a non-`str` is a `TypeError`, a lone surrogate and a rejection a `ValidationError`.
pub(crate) fn parse_text<T, E>(
    value: &Bound<'_, PyAny>,
    concept: &str,
    label: &str,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> PyResult<T>
where
    E: fmt::Display + fmt::Debug,
{
    let py = value.py();
    let Ok(s) = value.cast::<PyString>() else {
        let type_name = value.get_type().name()?;
        return Err(PyTypeError::new_err(format!(
            "{label}: expected str, got {type_name}"
        )));
    };
    match str_text(s)? {
        Ok(text) => parse(&text).map_err(|e| ErrorParts::scalar(concept, &e).into_pyerr(py)),
        Err(surrogate) => Err(surrogate_error(py, concept, label, surrogate.position)),
    }
}

/// The error for a `str` that holds a lone surrogate: no Rust text can, so this one
/// message is the package's own, in the Rust messages' format.
pub(crate) fn surrogate_error(
    py: Python<'_>,
    concept: &str,
    label: &str,
    position: usize,
) -> PyErr {
    let text = format!("{label}: unpaired surrogate at position {position}");
    ErrorParts {
        message: text.clone(),
        text,
        code: format!("{concept}.unpaired_surrogate"),
        path: Vec::new(),
    }
    .into_pyerr(py)
}

/// The region for national numbers: `None`, or an ISO 3166-1 alpha-2 code.
pub(crate) fn parse_region(region: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Region>> {
    match region {
        None => Ok(None),
        Some(r) if r.is_none() => Ok(None),
        Some(r) => parse_text(r, "phone", "phone", Region::parse).map(Some),
    }
}

/// The Python `repr` of a class holding `text`: `Name('text')`.
fn repr(py: Python<'_>, name: &str, text: &str) -> PyResult<String> {
    Ok(format!("{name}({})", PyString::new(py, text).repr()?))
}

macro_rules! scalar_class {
    ($py_ty:ident, $rust_ty:ty, $name:literal, $concept:literal, $label:literal) => {
        #[pyclass(frozen, eq, hash, str, skip_from_py_object, module = "contactkit", name = $name)]
        #[derive(Clone, PartialEq, Eq, Hash)]
        pub struct $py_ty(pub(crate) $rust_ty);

        impl fmt::Display for $py_ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl $py_ty {
            pub(crate) fn parse(value: &Bound<'_, PyAny>) -> PyResult<Self> {
                parse_text(value, $concept, $label, <$rust_ty>::parse).map($py_ty)
            }
        }
    };
}

scalar_class!(
    PyCanonicalEmail,
    CanonicalEmail,
    "CanonicalEmail",
    "email",
    "email"
);
scalar_class!(PyIntlPhone, IntlPhone, "IntlPhone", "phone", "phone");
scalar_class!(PyNormalizedIp, NormalizedIp, "NormalizedIp", "ip", "ip");
scalar_class!(PyApiKey, ApiKey, "ApiKey", "api_key", "api key");
scalar_class!(
    PyReferralId,
    ReferralId,
    "ReferralId",
    "referral_id",
    "referral id"
);
scalar_class!(PyVatId, VatId, "VatId", "vat", "vat");
scalar_class!(PyCountry, Country, "Country", "country", "country");
scalar_class!(PyLocale, Locale, "Locale", "locale", "locale");

#[pymethods]
impl PyCanonicalEmail {
    /// Validates and normalizes an email address (same as `canonical_email`).
    #[new]
    fn new(value: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::parse(value)
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        repr(py, "CanonicalEmail", self.0.as_str())
    }
    /// The part before the `@`, canonical (lower case, NFC).
    #[getter]
    fn local_part(&self) -> &str {
        self.0.local_part()
    }
    /// The domain in Unicode form (`bücher.de`).
    #[getter]
    fn domain(&self) -> &str {
        self.0.domain()
    }
    /// The domain in ASCII (Punycode) form (`xn--bcher-kva.de`).
    #[getter]
    fn ascii_domain(&self) -> &str {
        self.0.ascii_domain()
    }
    /// The key that decides that two addresses are one contact (provider rules such as
    /// Gmail's dots and `+tag`); never the stored address.
    #[getter]
    fn dedup_key(&self) -> String {
        self.0.dedup_key().into_owned()
    }
}

#[pymethods]
impl PyIntlPhone {
    /// Validates and normalizes a phone number (same as `intl_phone`).
    #[new]
    #[pyo3(signature = (value, region=None))]
    fn new(value: &Bound<'_, PyAny>, region: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        match parse_region(region)? {
            None => Self::parse(value),
            Some(region) => parse_text(value, "phone", "phone", |s| {
                IntlPhone::parse_with_region(s, region)
            })
            .map(PyIntlPhone),
        }
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        repr(py, "IntlPhone", self.0.as_str())
    }
    /// The E.164 form, `+` and digits only (`+420777123456`).
    #[getter]
    fn e164(&self) -> String {
        self.0.e164()
    }
    /// The country calling code (`420`).
    #[getter]
    fn country_code(&self) -> u16 {
        self.0.country_code()
    }
    /// The national significant number (`777123456`).
    #[getter]
    fn national_number(&self) -> &str {
        self.0.national_number()
    }
    /// The ISO 3166-1 alpha-2 region, or `None` for non-geographic numbers.
    #[getter]
    fn region(&self) -> Option<&str> {
        self.0.region()
    }
    /// The number type as libphonenumber names it (`MOBILE`, `FIXED_LINE`, ...).
    #[getter]
    fn r#type(&self) -> &'static str {
        self.0.number_type().as_str()
    }
}

#[pymethods]
impl PyNormalizedIp {
    /// Validates and normalizes an IP address (same as `normalized_ip`).
    #[new]
    fn new(value: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::parse(value)
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        repr(py, "NormalizedIp", self.0.as_str())
    }
    /// 4 or 6.
    #[getter]
    fn version(&self) -> u8 {
        if self.0.addr().is_ipv4() {
            4
        } else {
            6
        }
    }
    /// The IANA special-purpose class: `loopback`, `private`, `shared_cgnat`,
    /// `link_local`, `documentation`, `multicast`, `reserved` or `public`.
    #[getter]
    fn classification(&self) -> &'static str {
        match self.0.class() {
            IpClass::Loopback => "loopback",
            IpClass::Private => "private",
            IpClass::SharedCgnat => "shared_cgnat",
            IpClass::LinkLocal => "link_local",
            IpClass::Documentation => "documentation",
            IpClass::Multicast => "multicast",
            IpClass::Public => "public",
            // `Reserved`, and any class a later library version adds.
            _ => "reserved",
        }
    }
    /// Whether the address is globally routed (worth a GEO/IP lookup).
    #[getter]
    fn is_public(&self) -> bool {
        self.0.is_public()
    }
}

#[pymethods]
impl PyApiKey {
    /// Validates an API key (same as `api_key`).
    #[new]
    fn new(value: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::parse(value)
    }
    /// `ApiKey(PROD****)`, as Rust's `Debug`: never the secret.
    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }
    /// `Production`, `Developer` or `Root`.
    #[getter]
    fn kind(&self) -> String {
        format!("{:?}", self.0.kind())
    }
    /// The kind's prefix: `PROD`, `DEV_` or `ROOT`.
    #[getter]
    fn prefix(&self) -> &'static str {
        self.0.kind().prefix()
    }
    /// The whole key. A method with this name, not a property, so that reading the
    /// secret is a deliberate act that shows in code review (as in Rust).
    fn expose_secret(&self) -> &str {
        self.0.expose_secret()
    }
    /// Refuses to pickle: a pickle would carry the secret into files and logs.
    fn __reduce__(&self) -> PyResult<()> {
        Err(PyTypeError::new_err(
            "ApiKey cannot be pickled (it holds a secret)",
        ))
    }
}

#[pymethods]
impl PyReferralId {
    /// Validates a referral id (same as `referral_id`).
    #[new]
    fn new(value: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::parse(value)
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        repr(py, "ReferralId", self.0.as_str())
    }
}

#[pymethods]
impl PyVatId {
    /// Validates and normalizes an EU VAT id (same as `vat_id`).
    #[new]
    fn new(value: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::parse(value)
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        repr(py, "VatId", self.0.as_str())
    }
    /// The member state prefix (`CZ`; `EL` for Greece).
    #[getter]
    fn country_prefix(&self) -> &str {
        self.0.country_prefix()
    }
    /// The number after the prefix.
    #[getter]
    fn number(&self) -> &str {
        self.0.number()
    }
}

#[pymethods]
impl PyCountry {
    /// Validates a country (same as `country`).
    #[new]
    fn new(value: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::parse(value)
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        repr(py, "Country", self.0.as_str())
    }
    /// ISO 3166-1 alpha-2 (`CZ`).
    #[getter]
    fn alpha2(&self) -> &'static str {
        self.0.alpha2()
    }
    /// ISO 3166-1 alpha-3 (`CZE`).
    #[getter]
    fn alpha3(&self) -> &'static str {
        self.0.alpha3()
    }
    /// The English short name (`Czechia`).
    #[getter]
    fn name(&self) -> &'static str {
        self.0.name()
    }
    /// ISO 3166-1 numeric (`203`).
    #[getter]
    fn numeric(&self) -> u16 {
        self.0.numeric()
    }
}

#[pymethods]
impl PyLocale {
    /// Validates and canonicalizes a BCP 47 tag (same as `locale`).
    #[new]
    fn new(value: &Bound<'_, PyAny>) -> PyResult<Self> {
        Self::parse(value)
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        repr(py, "Locale", self.0.as_str())
    }
    /// The language subtag (`zh`).
    #[getter]
    fn language(&self) -> &str {
        self.0.language()
    }
    /// The script subtag (`Hant`), if any.
    #[getter]
    fn script(&self) -> Option<&str> {
        self.0.script()
    }
    /// The region subtag (`TW`), if any.
    #[getter]
    fn region(&self) -> Option<&str> {
        self.0.region()
    }
}

/// Validates and normalizes an email address.
///
/// Raises `ValidationError` (`email: missing '@'`) when it is not one, `TypeError`
/// for a non-`str`.
#[pyfunction]
pub(crate) fn canonical_email(value: &Bound<'_, PyAny>) -> PyResult<PyCanonicalEmail> {
    PyCanonicalEmail::parse(value)
}

/// Validates and normalizes a phone number; national numbers need `region`.
#[pyfunction]
#[pyo3(signature = (value, region=None))]
pub(crate) fn intl_phone(
    value: &Bound<'_, PyAny>,
    region: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyIntlPhone> {
    PyIntlPhone::new(value, region)
}

/// Validates and normalizes an IP address (loopback spellings become `127.0.0.1`).
#[pyfunction]
pub(crate) fn normalized_ip(value: &Bound<'_, PyAny>) -> PyResult<PyNormalizedIp> {
    PyNormalizedIp::parse(value)
}

/// Validates an API key; `str()` of the result is `PROD****`, never the key.
#[pyfunction]
pub(crate) fn api_key(value: &Bound<'_, PyAny>) -> PyResult<PyApiKey> {
    PyApiKey::parse(value)
}

/// Validates a referral id (16 ASCII letters and digits).
#[pyfunction]
pub(crate) fn referral_id(value: &Bound<'_, PyAny>) -> PyResult<PyReferralId> {
    PyReferralId::parse(value)
}

/// Validates and normalizes an EU VAT id (check digits included).
#[pyfunction]
pub(crate) fn vat_id(value: &Bound<'_, PyAny>) -> PyResult<PyVatId> {
    PyVatId::parse(value)
}

/// Validates a country (alpha-2, alpha-3 or English short name) into its alpha-2 code.
#[pyfunction]
pub(crate) fn country(value: &Bound<'_, PyAny>) -> PyResult<PyCountry> {
    PyCountry::parse(value)
}

/// Validates and canonicalizes a BCP 47 language tag.
#[pyfunction]
pub(crate) fn locale(value: &Bound<'_, PyAny>) -> PyResult<PyLocale> {
    PyLocale::parse(value)
}
