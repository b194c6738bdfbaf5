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
    /// `tags` (an entry's text buffer) or `groups`, as text slices.
    List(Vec<&'a str>),
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

/// The BIK fields in the schema's order (`user_properties::FIELDS`); [`schema_order`]
/// checks it before use.
pub(crate) const BIK_NAMES: [&str; 17] = [
    "firstName",
    "lastName",
    "source",
    "phoneNumber",
    "alternatePhoneNumber",
    "email",
    "address1",
    "address2",
    "city",
    "state",
    "country",
    "createdAt",
    "updatedAt",
    "emailMarketingConsent",
    "smsMarketingConsent",
    "tags",
    "partnerCustomerId",
];

pub(crate) fn bik_field<'a>(p: &'a UserProperty, i: usize) -> FieldValue<'a> {
    match i {
        0 => text(Some(p.first_name())),                    // firstName
        1 => text(Some(p.last_name())),                     // lastName
        2 => text(p.source()),                              // source
        3 => text(p.phone_number().map(IntlPhone::as_str)), // phoneNumber
        4 => text(p.alternate_phone_number().map(IntlPhone::as_str)), // alternatePhoneNumber
        5 => text(p.email().map(CanonicalEmail::as_str)),   // email
        6 => text(p.address1()),                            // address1
        7 => text(p.address2()),                            // address2
        8 => text(p.city()),                                // city
        9 => text(p.state()),                               // state
        10 => text(p.country()),                            // country
        11 => owned(p.created_at().map(|t| t.to_string())), // createdAt
        12 => owned(p.updated_at().map(|t| t.to_string())), // updatedAt
        13 => boolean(p.email_marketing_consent()),         // emailMarketingConsent
        14 => boolean(p.sms_marketing_consent()),           // smsMarketingConsent
        15 => p
            .tags()
            .map_or(FieldValue::Null, |tags| FieldValue::List(tags.collect())), // tags
        16 => text(p.partner_customer_id()),                // partnerCustomerId
        _ => FieldValue::Null,
    }
}

/// The update-profile fields in the schema's order; [`schema_order`] checks it.
pub(crate) const PROFILE_NAMES: [&str; 19] = [
    "email",
    "name",
    "firstName",
    "lastName",
    "phone",
    "companyName",
    "companyRegistrationNumber",
    "taxIdentificationNumber",
    "streetAddress",
    "city",
    "cityPart",
    "stateRegion",
    "postalCode",
    "country",
    "newsletter",
    "primaryLocale",
    "groups",
    "customerRealIp",
    "referralId",
];

pub(crate) fn profile_field<'a>(p: &'a UpdateProfile, i: usize) -> FieldValue<'a> {
    match i {
        0 => text(Some(p.email().as_str())),         // email
        1 => text(p.name()),                         // name
        2 => text(p.first_name()),                   // firstName
        3 => text(p.last_name()),                    // lastName
        4 => text(p.phone().map(IntlPhone::as_str)), // phone
        5 => text(p.company_name()),                 // companyName
        6 => text(p.company_registration_number()),  // companyRegistrationNumber
        7 => text(p.tax_identification_number().map(VatId::as_str)), // taxIdentificationNumber
        8 => text(p.street_address()),               // streetAddress
        9 => text(p.city()),                         // city
        10 => text(p.city_part()),                   // cityPart
        11 => text(p.state_region()),                // stateRegion
        12 => text(p.postal_code().map(|c| c.as_str())), // postalCode
        13 => text(p.country().map(|c| c.as_str())), // country
        14 => boolean(p.newsletter()),               // newsletter
        15 => text(p.primary_locale().map(Locale::as_str)), // primaryLocale
        16 if p.groups_sent() => FieldValue::List(p.groups().iter().map(String::as_str).collect()), // groups
        17 => text(p.customer_real_ip().map(NormalizedIp::as_str)), // customerRealIp
        18 => text(p.referral_id().map(ReferralId::as_str)),        // referralId
        _ => FieldValue::Null,
    }
}

/// Checks that `names` (the order [`bik_field`]/[`profile_field`] index by) is the
/// schema's field order, so a field added to the library fails loudly, never shifts
/// values into the wrong column.
pub(crate) fn schema_order(schema: &ModelSchema, names: &[&str]) -> PyResult<()> {
    let actual: Vec<&str> = schema.fields().iter().map(|f| f.name()).collect();
    if actual == names {
        Ok(())
    } else {
        Err(pyo3::exceptions::PyRuntimeError::new_err(format!(
            "contactkit's {} fields changed ({actual:?}): rebuild the Python package",
            schema.name()
        )))
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
    field: impl Fn(usize) -> FieldValue<'a>,
) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    for (i, key) in keys.iter().enumerate().take(schema.fields().len()) {
        match field(i) {
            FieldValue::Null => {}
            FieldValue::Text(s) => dict.set_item(key, s.as_ref())?,
            FieldValue::Bool(b) => dict.set_item(key, b)?,
            FieldValue::List(items) => dict.set_item(key, items)?,
        }
    }
    Ok(dict)
}
