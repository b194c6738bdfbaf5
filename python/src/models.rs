//! The request models: BIK's user properties (one entry, or a whole bulk request) and
//! BizKitHub's update-profile body, with their options as keyword arguments.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};

use contactkit::update_profile::{self, RequestError, UpdateProfile};
use contactkit::user_properties::{self, BulkOutcome, Response, UserProperty};
use contactkit::Report;

use crate::errors::{model_error, report_to_pyerr, ErrorParts};
use crate::fields::{dict_keys, model_dict};
use crate::pyjson::{input_json, json_loads};
use crate::scalars::{
    parse_region, PyApiKey, PyCanonicalEmail, PyCountry, PyIntlPhone, PyLocale, PyNormalizedIp,
    PyReferralId, PyVatId,
};
use crate::text::str_text;

/// The BIK options from keyword arguments: `None` keeps the library default.
#[allow(clippy::too_many_arguments)]
pub(crate) fn bik_options(
    region: Option<&Bound<'_, PyAny>>,
    all_errors: bool,
    max_entries: Option<usize>,
    max_body_bytes: Option<usize>,
    max_depth: Option<usize>,
    max_text_length: Option<usize>,
    max_tags: Option<usize>,
) -> PyResult<user_properties::Options> {
    let mut options = user_properties::Options::new().abort_early(!all_errors);
    if let Some(region) = parse_region(region)? {
        options = options.default_region(region);
    }
    if let Some(n) = max_entries {
        options = options.max_entries(n);
    }
    if let Some(n) = max_body_bytes {
        options = options.max_body_bytes(n);
    }
    if let Some(n) = max_depth {
        options = options.max_depth(n);
    }
    if let Some(n) = max_text_length {
        options = options.max_text_length(n);
    }
    if let Some(n) = max_tags {
        options = options.max_tags(n);
    }
    Ok(options)
}

/// The update-profile options from keyword arguments.
pub(crate) fn profile_options(
    all_errors: bool,
    max_body_bytes: Option<usize>,
    max_depth: Option<usize>,
    max_text_length: Option<usize>,
    max_groups: Option<usize>,
) -> update_profile::Options {
    let mut options = update_profile::Options::new().abort_early(!all_errors);
    if let Some(n) = max_body_bytes {
        options = options.max_body_bytes(n);
    }
    if let Some(n) = max_depth {
        options = options.max_depth(n);
    }
    if let Some(n) = max_text_length {
        options = options.max_text_length(n);
    }
    if let Some(n) = max_groups {
        options = options.max_groups(n);
    }
    options
}

/// The exception for a model's report: the first error alone in abort-early mode (its
/// text is Joi's `abortEarly: true` message), every error with `all_errors`.
fn report_error(py: Python<'_>, report: &Report, all_errors: bool) -> PyErr {
    if all_errors {
        report_to_pyerr(py, report)
    } else {
        model_error(py, report.first())
    }
}

/// Validates one BIK user-property entry and returns it normalized, as a dict in the
/// API's key order (`{"firstName": ..., "phoneNumber": "+91 9090909090", ...}`).
///
/// `entry` is JSON text (`str` or `bytes`) or a JSON-like Python value (dict). Raises
/// `ValidationError` with Joi's message (`ValidationError: "email" must be a valid
/// email`); with `all_errors=True` its `.errors` lists every error in Joi's order.
#[pyfunction]
#[pyo3(signature = (entry, *, region=None, all_errors=false, max_depth=None, max_text_length=None, max_tags=None))]
pub(crate) fn validate_user_property<'py>(
    py: Python<'py>,
    entry: &Bound<'py, PyAny>,
    region: Option<&Bound<'py, PyAny>>,
    all_errors: bool,
    max_depth: Option<usize>,
    max_text_length: Option<usize>,
    max_tags: Option<usize>,
) -> PyResult<Bound<'py, PyAny>> {
    let options = bik_options(
        region,
        all_errors,
        None,
        None,
        max_depth,
        max_text_length,
        max_tags,
    )?;
    let json = input_json(entry)?;
    let result = py.detach(|| UserProperty::from_json_with(&json, &options));
    match result {
        Ok(property) => {
            let keys = dict_keys(py, user_properties::schema());
            Ok(model_dict(py, &keys, property.fields())?.into_any())
        }
        Err(report) => Err(report_error(py, &report, all_errors)),
    }
}

/// Validates a whole BIK request body (`{"userProperties": [...]}`) entry by entry.
///
/// Returns a `BulkResult`: the valid entries normalized, the invalid ones with their
/// errors, and `response()`, the API's documented answer. A body that is not a valid
/// request (not JSON, another top-level key, over a limit) raises `ValidationError`.
/// `parallel=True` validates large bodies on all cores (rayon).
#[pyfunction]
#[pyo3(signature = (body, *, region=None, all_errors=false, max_entries=None, max_body_bytes=None, max_depth=None, max_text_length=None, max_tags=None, parallel=false))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn validate_request(
    py: Python<'_>,
    body: &Bound<'_, PyAny>,
    region: Option<&Bound<'_, PyAny>>,
    all_errors: bool,
    max_entries: Option<usize>,
    max_body_bytes: Option<usize>,
    max_depth: Option<usize>,
    max_text_length: Option<usize>,
    max_tags: Option<usize>,
    parallel: bool,
) -> PyResult<BulkResult> {
    let options = bik_options(
        region,
        all_errors,
        max_entries,
        max_body_bytes,
        max_depth,
        max_text_length,
        max_tags,
    )?
    .parallel(parallel);
    let json = input_json(body)?;
    match py.detach(|| BulkOutcome::from_json_with(&json, &options)) {
        Ok(outcome) => Ok(BulkResult { outcome }),
        Err(e) => Err(model_error(py, &e)),
    }
}

/// The outcome of `validate_request`: which entries are valid (normalized) and which
/// are not (with their errors), and the API's response.
#[pyclass(frozen, module = "contactkit")]
pub(crate) struct BulkResult {
    outcome: BulkOutcome,
}

#[pymethods]
impl BulkResult {
    /// The number of entries in the request.
    fn __len__(&self) -> usize {
        self.outcome.len()
    }

    fn __repr__(&self) -> String {
        format!(
            "BulkResult(entries={}, valid={}, invalid={})",
            self.outcome.len(),
            self.outcome.valid().len(),
            self.outcome.invalid().len()
        )
    }

    /// The valid entries, normalized, as dicts in request order.
    #[getter]
    fn valid<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let keys = dict_keys(py, user_properties::schema());
        // The dicts hold no cycles, so the collections their allocation would trigger
        // find nothing: pausing the collector cuts a third of the time (89k entries).
        without_gc(py, || {
            let list = PyList::empty(py);
            for entry in self.outcome.valid() {
                let property = entry.property();
                list.append(model_dict(py, &keys, property.fields())?)?;
            }
            Ok(list.into_any())
        })
    }

    /// The request index of each valid entry (parallel to `valid`).
    #[getter]
    fn valid_indices(&self) -> Vec<usize> {
        self.outcome.valid().iter().map(|v| v.index()).collect()
    }

    /// The invalid entries: dicts of `index`, `entry` (the JSON text as sent), `error`
    /// (Joi's first error) and `errors` (every error with `all_errors`, else the first).
    #[getter]
    fn invalid<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let list = PyList::empty(py);
        for entry in self.outcome.invalid() {
            let item = PyDict::new(py);
            item.set_item("index", entry.index())?;
            item.set_item("entry", entry.entry_json())?;
            item.set_item("error", entry.error().to_string())?;
            let errors: Vec<String> = entry.report().iter().map(|e| e.to_string()).collect();
            item.set_item("errors", errors)?;
            list.append(item)?;
        }
        Ok(list)
    }

    /// BIK's documented response: `{"status": 200, "data": {"invalidUserProperties":
    /// [...], "bulkUpsertUPResponse": {"createCount": ..., "updateCount": ...,
    /// "docsFailedToUpdate": []}}}`; `extra` members (e.g. `{"storeId": ...}`) are added
    /// to every invalid entry before its `error`.
    #[pyo3(signature = (*, create_count=0, update_count=0, extra=None))]
    fn response<'py>(
        &self,
        py: Python<'py>,
        create_count: u64,
        update_count: u64,
        extra: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let mut response = Response::new(&self.outcome).counts(create_count, update_count);
        if let Some(extra) = extra {
            let json = py.import("json")?;
            for (key, value) in extra.iter() {
                let key: String = key.extract()?;
                let text: String = json.call_method1("dumps", (value,))?.extract()?;
                let value: serde_json::Value = serde_json::from_str(&text)
                    .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
                response = response.extra(key, value);
            }
        }
        let text = serde_json::to_string(&response)
            .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
        json_loads(py, &text)
    }
}

/// A validated BizKitHub update-profile body (`UpdateProfile.from_json(body)`).
#[pyclass(
    frozen,
    eq,
    hash,
    skip_from_py_object,
    module = "contactkit",
    name = "UpdateProfile"
)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct PyUpdateProfile(UpdateProfile);

#[pymethods]
impl PyUpdateProfile {
    /// Validates an update-profile body (JSON `str`/`bytes` or a dict).
    ///
    /// Raises `ValidationError` with Joi's message; `all_errors=True` collects every
    /// error in `.errors`.
    #[staticmethod]
    #[pyo3(signature = (body, *, all_errors=false, max_body_bytes=None, max_depth=None, max_text_length=None, max_groups=None))]
    fn from_json(
        py: Python<'_>,
        body: &Bound<'_, PyAny>,
        all_errors: bool,
        max_body_bytes: Option<usize>,
        max_depth: Option<usize>,
        max_text_length: Option<usize>,
        max_groups: Option<usize>,
    ) -> PyResult<Self> {
        let options = profile_options(
            all_errors,
            max_body_bytes,
            max_depth,
            max_text_length,
            max_groups,
        );
        let json = input_json(body)?;
        match py.detach(|| UpdateProfile::from_json_with(&json, &options)) {
            Ok(profile) => Ok(PyUpdateProfile(profile)),
            Err(report) => Err(report_error(py, &report, all_errors)),
        }
    }

    /// The key and the profile of a whole request: the `apiKey` query parameter
    /// (`query`, without `?`) or a `Bearer` `authorization` header, and the body.
    ///
    /// A bad key raises `ValidationError` with code `api_key.*` (never showing the key).
    #[staticmethod]
    #[pyo3(signature = (query, authorization, body))]
    fn from_request<'py>(
        py: Python<'py>,
        query: Option<&Bound<'py, PyAny>>,
        authorization: Option<&Bound<'py, PyAny>>,
        body: &Bound<'py, PyAny>,
    ) -> PyResult<(PyApiKey, Self)> {
        let query = optional_text(query, "query")?;
        let authorization = optional_text(authorization, "authorization")?;
        let json = input_json(body)?;
        let result = py.detach(|| {
            UpdateProfile::from_request(query.as_deref(), authorization.as_deref(), &json)
        });
        match result {
            Ok((key, profile)) => Ok((PyApiKey(key), PyUpdateProfile(profile))),
            Err(RequestError::Unauthorized(e)) => {
                Err(ErrorParts::scalar("api_key", &e).into_pyerr(py))
            }
            Err(RequestError::InvalidBody(e)) => Err(model_error(py, &e)),
            Err(other) => Err(pyo3::exceptions::PyValueError::new_err(other.to_string())),
        }
    }

    fn __repr__(&self) -> String {
        format!("UpdateProfile(email={:?})", self.0.email().as_str())
    }

    /// The profile in the API's JSON form, as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let keys = dict_keys(py, update_profile::schema());
        model_dict(py, &keys, self.0.fields())
    }

    /// The profile in the API's JSON form, as text.
    fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// The email (required).
    #[getter]
    fn email(&self) -> PyCanonicalEmail {
        PyCanonicalEmail(self.0.email().clone())
    }
    /// The full name.
    #[getter]
    fn name(&self) -> Option<&str> {
        self.0.name()
    }
    /// The first name.
    #[getter]
    fn first_name(&self) -> Option<&str> {
        self.0.first_name()
    }
    /// The last name.
    #[getter]
    fn last_name(&self) -> Option<&str> {
        self.0.last_name()
    }
    /// The phone number.
    #[getter]
    fn phone(&self) -> Option<PyIntlPhone> {
        self.0.phone().cloned().map(PyIntlPhone)
    }
    /// The company name.
    #[getter]
    fn company_name(&self) -> Option<&str> {
        self.0.company_name()
    }
    /// The company registration number, as sent (normalized).
    #[getter]
    fn company_registration_number(&self) -> Option<&str> {
        self.0.company_registration_number()
    }
    /// The VAT id.
    #[getter]
    fn tax_identification_number(&self) -> Option<PyVatId> {
        self.0.tax_identification_number().cloned().map(PyVatId)
    }
    /// The street address.
    #[getter]
    fn street_address(&self) -> Option<&str> {
        self.0.street_address()
    }
    /// The city.
    #[getter]
    fn city(&self) -> Option<&str> {
        self.0.city()
    }
    /// The city part.
    #[getter]
    fn city_part(&self) -> Option<&str> {
        self.0.city_part()
    }
    /// The state or region.
    #[getter]
    fn state_region(&self) -> Option<&str> {
        self.0.state_region()
    }
    /// The postal code, canonical (`272 01`).
    #[getter]
    fn postal_code(&self) -> Option<&str> {
        self.0.postal_code().map(|p| p.as_str())
    }
    /// The country.
    #[getter]
    fn country(&self) -> Option<PyCountry> {
        self.0.country().map(PyCountry)
    }
    /// The newsletter consent.
    #[getter]
    fn newsletter(&self) -> Option<bool> {
        self.0.newsletter()
    }
    /// The primary locale.
    #[getter]
    fn primary_locale(&self) -> Option<PyLocale> {
        self.0.primary_locale().cloned().map(PyLocale)
    }
    /// The groups (empty when not sent).
    #[getter]
    fn groups<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.0.groups())
    }
    /// The customer's IP address.
    #[getter]
    fn customer_real_ip(&self) -> Option<PyNormalizedIp> {
        self.0.customer_real_ip().cloned().map(PyNormalizedIp)
    }
    /// The referral id.
    #[getter]
    fn referral_id(&self) -> Option<PyReferralId> {
        self.0.referral_id().cloned().map(PyReferralId)
    }
}

/// The text of an optional `str` argument; a lone surrogate is a `ValidationError`.
fn optional_text(value: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<String>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let s = value.cast::<pyo3::types::PyString>().map_err(|_| {
        pyo3::exceptions::PyTypeError::new_err(format!("{what}: expected str or None"))
    })?;
    match str_text(s)? {
        Ok(text) => Ok(Some(text.into_owned())),
        Err(surrogate) => Err(crate::scalars::surrogate_error(
            value.py(),
            "api_key",
            "api key",
            surrogate.position,
        )),
    }
}

/// Runs `build` with Python's cyclic garbage collector paused (if it was running),
/// restarting it afterwards whatever `build` returns.
fn without_gc<'py, T>(py: Python<'py>, build: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    let gc = py.import("gc")?;
    let was_enabled: bool = gc.call_method0("isenabled")?.extract()?;
    if was_enabled {
        gc.call_method0("disable")?;
    }
    let result = build();
    if was_enabled {
        gc.call_method0("enable")?;
    }
    result
}
