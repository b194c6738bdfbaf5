//! The fields of a valid model, read through the library's accessors: for the model
//! columns (`fields=True`) and for Python dicts, without a JSON round trip.

use std::borrow::Cow;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use contactkit::models::ModelSchema;
use contactkit::update_profile::UpdateProfile;
use contactkit::user_properties::UserProperty;
use contactkit::{CanonicalEmail, IntlPhone, Locale, NormalizedIp, ReferralId, VatId};

/// One field of a valid model, for its own column.
pub(crate) enum FieldValue<'a> {
    Null,
    Text(Cow<'a, str>),
    Bool(bool),
    List(&'a [String]),
}

fn text<'a>(v: Option<&'a str>) -> FieldValue<'a> {
    v.map_or(FieldValue::Null, |s| FieldValue::Text(Cow::Borrowed(s)))
}

fn owned<'a>(v: Option<String>) -> FieldValue<'a> {
    v.map_or(FieldValue::Null, |s| FieldValue::Text(Cow::Owned(s)))
}

fn boolean<'a>(v: Option<bool>) -> FieldValue<'a> {
    v.map_or(FieldValue::Null, FieldValue::Bool)
}

/// A BIK field by its API name. A name this list misses gives nulls, which the
/// package's tests catch (every field column must agree with the row's JSON).
pub(crate) fn bik_field<'a>(p: &'a UserProperty, name: &str) -> FieldValue<'a> {
    match name {
        "firstName" => text(Some(p.first_name())),
        "lastName" => text(Some(p.last_name())),
        "source" => text(p.source()),
        "phoneNumber" => text(p.phone_number().map(IntlPhone::as_str)),
        "alternatePhoneNumber" => text(p.alternate_phone_number().map(IntlPhone::as_str)),
        "email" => text(p.email().map(CanonicalEmail::as_str)),
        "address1" => text(p.address1()),
        "address2" => text(p.address2()),
        "city" => text(p.city()),
        "state" => text(p.state()),
        "country" => text(p.country()),
        "createdAt" => owned(p.created_at().map(|t| t.to_string())),
        "updatedAt" => owned(p.updated_at().map(|t| t.to_string())),
        "emailMarketingConsent" => boolean(p.email_marketing_consent()),
        "smsMarketingConsent" => boolean(p.sms_marketing_consent()),
        "tags" => p.tags().map_or(FieldValue::Null, FieldValue::List),
        "partnerCustomerId" => text(p.partner_customer_id()),
        _ => FieldValue::Null,
    }
}

/// An update-profile field by its API name.
pub(crate) fn profile_field<'a>(p: &'a UpdateProfile, name: &str) -> FieldValue<'a> {
    match name {
        "email" => text(Some(p.email().as_str())),
        "name" => text(p.name()),
        "firstName" => text(p.first_name()),
        "lastName" => text(p.last_name()),
        "phone" => text(p.phone().map(IntlPhone::as_str)),
        "companyName" => text(p.company_name()),
        "companyRegistrationNumber" => text(p.company_registration_number()),
        "taxIdentificationNumber" => text(p.tax_identification_number().map(VatId::as_str)),
        "streetAddress" => text(p.street_address()),
        "city" => text(p.city()),
        "cityPart" => text(p.city_part()),
        "stateRegion" => text(p.state_region()),
        "postalCode" => text(p.postal_code().map(|c| c.as_str())),
        "country" => text(p.country().map(|c| c.as_str())),
        "newsletter" => boolean(p.newsletter()),
        "primaryLocale" => text(p.primary_locale().map(Locale::as_str)),
        "groups" if p.groups_sent() => FieldValue::List(p.groups()),
        "customerRealIp" => text(p.customer_real_ip().map(NormalizedIp::as_str)),
        "referralId" => text(p.referral_id().map(ReferralId::as_str)),
        _ => FieldValue::Null,
    }
}

/// The keys of a model's dicts, made once per call and shared by every dict: a key
/// made per dict would be 17 more string objects per entry.
pub(crate) fn dict_keys<'py>(py: Python<'py>, schema: &ModelSchema) -> Vec<Bound<'py, PyString>> {
    schema
        .fields()
        .iter()
        .map(|f| PyString::intern(py, f.name()))
        .collect()
}

/// A valid model as a dict in the API's key order, absent fields left out: what its
/// JSON serialization gives, built directly (no JSON text, no `json.loads`). `keys`
/// are [`dict_keys`] of `schema`.
pub(crate) fn model_dict<'py, 'a>(
    py: Python<'py>,
    schema: &ModelSchema,
    keys: &[Bound<'py, PyString>],
    field: impl Fn(&str) -> FieldValue<'a>,
) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    for (f, key) in schema.fields().iter().zip(keys) {
        match field(f.name()) {
            FieldValue::Null => {}
            FieldValue::Text(s) => dict.set_item(key, s.as_ref())?,
            FieldValue::Bool(b) => dict.set_item(key, b)?,
            FieldValue::List(items) => dict.set_item(key, items)?,
        }
    }
    Ok(dict)
}
