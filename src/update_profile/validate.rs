//! Validating an update-profile body: the entry points, the schema's keys and the
//! rules of this API's own fields.

use std::borrow::Cow;
use std::collections::HashSet;

use crate::models::fields::{array, boolean, parsed, text, text_items, Booleans};
use crate::models::json::{self, Json, Reader};
use crate::models::sink::{read_error, too_large, Sink, Stop};
use crate::models::{Cause, Path, Report, ValidationError, ValidationErrorKind};
use crate::{
    CanonicalEmail, Country, Ico, IntlPhone, Locale, NormalizedIp, PostalCode, PostalCodeError,
    ReferralId, VatId,
};

use super::profile::Registration;
use super::{Options, UpdateProfile};

impl UpdateProfile {
    /// Validates a request body (abort early, default [`Options`]).
    ///
    /// # Errors
    ///
    /// The first error in schema order, then unknown keys, e.g.
    /// `"email" is required` for `{}`, `"emial" is not allowed`,
    /// `"groups[0]" must be a string` for `"groups": [[]]`,
    /// `"country" must be a valid country` for `"country": "Narnia"`; see the
    /// [module docs](crate::update_profile) for every rule. Text that is not JSON is `"value" must be valid
    /// JSON (line L, column C)`, anything but an object `"value" must be of type object`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::UpdateProfile;
    ///
    /// let profile = UpdateProfile::from_json(br#"{"email": "jan@barasek.com", "country": "SK",
    ///     "companyRegistrationNumber": "606 93 771"}"#)?;
    /// assert_eq!(profile.company_registration_number(), Some("60693771"));
    ///
    /// let err = UpdateProfile::from_json(br#"{"email": "jan@barasek.com", "country": "CZ",
    ///     "companyRegistrationNumber": "05103110"}"#).unwrap_err();
    /// assert_eq!(err.to_string(), r#"ValidationError: "companyRegistrationNumber" must be a valid IČO"#);
    /// assert_eq!(std::error::Error::source(&err).map(|e| e.to_string()).as_deref(),
    ///     Some("ico: wrong check digit"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json(body: &[u8]) -> Result<UpdateProfile, ValidationError> {
        Self::from_json_with(body, &Options::default()).map_err(|report| report.first().clone())
    }

    /// Validates a request body and reports every error (Joi's `abortEarly: false`).
    ///
    /// # Errors
    ///
    /// A [`Report`] of every error in order (one for text that is not JSON or not an
    /// object).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::UpdateProfile;
    ///
    /// let report = UpdateProfile::from_json_report(
    ///     br#"{"email": "jan@", "groups": ["a", 1], "country": "XX", "emial": "x"}"#,
    /// ).unwrap_err();
    /// let messages: Vec<&str> = report.iter().map(|e| e.message()).collect();
    /// assert_eq!(messages, [
    ///     r#""email" must be a valid email"#,
    ///     r#""country" must be a valid country"#,
    ///     r#""groups[1]" must be a string"#,
    ///     r#""emial" is not allowed"#,
    /// ]);
    /// ```
    pub fn from_json_report(body: &[u8]) -> Result<UpdateProfile, Report> {
        Self::from_json_with(body, &Options::default().abort_early(false))
    }

    /// Validates a request body with `options`.
    ///
    /// # Errors
    ///
    /// A [`Report`] holding the first error, or every error when [`Options::abort_early`]
    /// is `false`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::{Options, UpdateProfile};
    ///
    /// let report = UpdateProfile::from_json_with(b"[]", &Options::new()).unwrap_err();
    /// assert_eq!(report.to_string(), r#"ValidationError: "value" must be of type object"#);
    /// ```
    pub fn from_json_with(body: &[u8], options: &Options) -> Result<UpdateProfile, Report> {
        if body.len() > options.common.max_body_bytes {
            return Err(too_large(options.common.max_body_bytes).into());
        }
        let value =
            Reader::document(body, options.common.max_depth).map_err(|e| read_error(e, body))?;
        validate_value(&value, options)
    }

    /// Validates a body already parsed into a `serde_json::Value` (abort early, default
    /// [`Options`]).
    ///
    /// A `serde_json::Value` has lost duplicate keys and, without serde_json's
    /// `preserve_order` feature, the client's key order, so unknown keys are reported in
    /// the map's order. Prefer [`UpdateProfile::from_json`] when you have the text.
    ///
    /// # Errors
    ///
    /// As [`UpdateProfile::from_json`]; values nested deeper than the depth limit are
    /// `"value" must not be nested more than 32 levels deep`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::UpdateProfile;
    ///
    /// let value = serde_json::json!({"email": "Jan@Barasek.com", "country": "cze"});
    /// let profile = UpdateProfile::from_value(&value)?;
    /// assert_eq!(profile.country().map(|c| c.as_str()), Some("CZ"));
    /// let err = UpdateProfile::from_value(&serde_json::json!({"email": 7})).unwrap_err();
    /// assert_eq!(err.to_string(), r#"ValidationError: "email" must be a string"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_value(body: &serde_json::Value) -> Result<UpdateProfile, ValidationError> {
        Self::from_value_with(body, &Options::default()).map_err(|report| report.first().clone())
    }

    /// Validates a `serde_json::Value` body and reports every error.
    ///
    /// # Errors
    ///
    /// A [`Report`] of every error in order.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::UpdateProfile;
    ///
    /// let report = UpdateProfile::from_value_report(&serde_json::json!({"phone": 1})).unwrap_err();
    /// assert_eq!(report.len(), 2); // email is required, phone must be a string
    /// ```
    pub fn from_value_report(body: &serde_json::Value) -> Result<UpdateProfile, Report> {
        Self::from_value_with(body, &Options::default().abort_early(false))
    }

    /// Validates a `serde_json::Value` body with `options` (the byte limit does not apply).
    ///
    /// # Errors
    ///
    /// A [`Report`] holding the first error, or every error when
    /// [`Options::abort_early`] is `false`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::{Options, UpdateProfile};
    ///
    /// let body = serde_json::json!({"email": "a@b.cz", "city": "x".repeat(20)});
    /// let report = UpdateProfile::from_value_with(&body, &Options::new().max_text_length(10)).unwrap_err();
    /// assert_eq!(report.first().message(), r#""city" length must be less than or equal to 10 characters long"#);
    /// ```
    pub fn from_value_with(
        body: &serde_json::Value,
        options: &Options,
    ) -> Result<UpdateProfile, Report> {
        let value = json::from_value(body, options.common.max_depth)?;
        validate_value(&value, options)
    }
}

/// Validates a body read as a [`Json`] tree.
pub(super) fn validate_value(value: &Json<'_>, options: &Options) -> Result<UpdateProfile, Report> {
    let mut sink = Sink::new(options.common.abort_early);
    let result = match value {
        Json::Object(members) => validate_members(members, options, &mut sink),
        _ => sink
            .fail(ValidationError::new(
                ValidationErrorKind::NotAnObject,
                Path::root(),
            ))
            .map(|()| None),
    };
    match (result, Report::from_vec(sink.errors)) {
        (_, Some(report)) => Err(report),
        (Ok(Some(profile)), None) => Ok(profile),
        // Only reachable if a check failed without recording why; say something true.
        (_, None) => {
            Err(ValidationError::new(ValidationErrorKind::NotAnObject, Path::root()).into())
        }
    }
}

/// The body's field names, in declared order (which is the error order): the keys a body
/// may have.
///
/// The names of [`schema()`](super::schema)'s fields, derived from it at compile time.
///
/// # Examples
///
/// ```
/// use contactkit::update_profile::FIELDS;
///
/// assert_eq!(FIELDS[0], "email");
/// assert!(FIELDS.contains(&"referralId"));
/// ```
pub const FIELDS: [&str; 19] = crate::models::schema::field_names(&super::schema::TABLE);

// Indexes into `FIELDS`.
const EMAIL: usize = 0;
const NAME: usize = 1;
const FIRST_NAME: usize = 2;
const LAST_NAME: usize = 3;
const PHONE: usize = 4;
const COMPANY_NAME: usize = 5;
const COMPANY_REGISTRATION_NUMBER: usize = 6;
const TAX_IDENTIFICATION_NUMBER: usize = 7;
const STREET_ADDRESS: usize = 8;
const CITY: usize = 9;
const CITY_PART: usize = 10;
const STATE_REGION: usize = 11;
const POSTAL_CODE: usize = 12;
const COUNTRY: usize = 13;
const NEWSLETTER: usize = 14;
const PRIMARY_LOCALE: usize = 15;
const GROUPS: usize = 16;
const CUSTOMER_REAL_IP: usize = 17;
const REFERRAL_ID: usize = 18;

fn key_index(key: &str) -> Option<usize> {
    // A `match` compiles to a switch on length then byte compares: cheaper than a scan.
    Some(match key {
        "email" => EMAIL,
        "name" => NAME,
        "firstName" => FIRST_NAME,
        "lastName" => LAST_NAME,
        "phone" => PHONE,
        "companyName" => COMPANY_NAME,
        "companyRegistrationNumber" => COMPANY_REGISTRATION_NUMBER,
        "taxIdentificationNumber" => TAX_IDENTIFICATION_NUMBER,
        "streetAddress" => STREET_ADDRESS,
        "city" => CITY,
        "cityPart" => CITY_PART,
        "stateRegion" => STATE_REGION,
        "postalCode" => POSTAL_CODE,
        "country" => COUNTRY,
        "newsletter" => NEWSLETTER,
        "primaryLocale" => PRIMARY_LOCALE,
        "groups" => GROUPS,
        "customerRealIp" => CUSTOMER_REAL_IP,
        "referralId" => REFERRAL_ID,
        _ => return None,
    })
}

type Members<'a> = [(Cow<'a, str>, Json<'a>)];

fn validate_members(
    members: &Members<'_>,
    options: &Options,
    sink: &mut Sink,
) -> Result<Option<UpdateProfile>, Stop> {
    let limit = options.common.max_text_length;
    // One pass: a schema key's slot keeps its last value (JSON.parse's duplicate rule);
    // unknown keys keep their first position.
    let mut slots: [Option<&Json<'_>>; FIELDS.len()] = [None; FIELDS.len()];
    let mut unknown: Vec<&str> = Vec::new();
    for (key, value) in members {
        match key_index(key).and_then(|i| slots.get_mut(i)) {
            Some(slot) => *slot = Some(value),
            None => unknown.push(key),
        }
    }
    let slot = |i: usize| slots.get(i).copied().flatten();
    let key = |i: usize| FIELDS.get(i).copied().unwrap_or_default();

    // `companyRegistrationNumber` and `postalCode` depend on `country`, which comes after
    // them: resolve it first without reporting; its own error comes at its position.
    let resolved_country = match slot(COUNTRY) {
        Some(Json::String(s)) => Country::parse(s).ok(),
        _ => None,
    };

    let email = required_email(slot(EMAIL), key(EMAIL), sink)?;
    let name = owned_text(slot(NAME), key(NAME), limit, sink)?;
    let first_name = owned_text(slot(FIRST_NAME), key(FIRST_NAME), limit, sink)?;
    let last_name = owned_text(slot(LAST_NAME), key(LAST_NAME), limit, sink)?;
    let phone = parsed(
        slot(PHONE),
        key(PHONE),
        sink,
        IntlPhone::parse,
        ValidationErrorKind::InvalidPhoneNumber,
        Cause::Phone,
    )?;
    let company_name = owned_text(slot(COMPANY_NAME), key(COMPANY_NAME), limit, sink)?;
    let company_registration_number = registration(
        slot(COMPANY_REGISTRATION_NUMBER),
        key(COMPANY_REGISTRATION_NUMBER),
        resolved_country,
        limit,
        sink,
    )?;
    let tax_identification_number = parsed(
        slot(TAX_IDENTIFICATION_NUMBER),
        key(TAX_IDENTIFICATION_NUMBER),
        sink,
        VatId::parse,
        ValidationErrorKind::InvalidVatId,
        Cause::Vat,
    )?;
    let street_address = owned_text(slot(STREET_ADDRESS), key(STREET_ADDRESS), limit, sink)?;
    let city = owned_text(slot(CITY), key(CITY), limit, sink)?;
    let city_part = owned_text(slot(CITY_PART), key(CITY_PART), limit, sink)?;
    let state_region = owned_text(slot(STATE_REGION), key(STATE_REGION), limit, sink)?;
    let postal_code = postal_code(slot(POSTAL_CODE), key(POSTAL_CODE), resolved_country, sink)?;
    let country = parsed(
        slot(COUNTRY),
        key(COUNTRY),
        sink,
        Country::parse,
        ValidationErrorKind::InvalidCountry,
        Cause::Country,
    )?;
    let newsletter = boolean(slot(NEWSLETTER), key(NEWSLETTER), Booleans::Strict, sink)?;
    let primary_locale = parsed(
        slot(PRIMARY_LOCALE),
        key(PRIMARY_LOCALE),
        sink,
        Locale::parse,
        ValidationErrorKind::InvalidLocale,
        Cause::Locale,
    )?;
    let groups = groups(slot(GROUPS), key(GROUPS), options, sink)?;
    let customer_real_ip = ip(slot(CUSTOMER_REAL_IP), key(CUSTOMER_REAL_IP), sink)?;
    let referral_id = parsed(
        slot(REFERRAL_ID),
        key(REFERRAL_ID),
        sink,
        ReferralId::parse,
        ValidationErrorKind::InvalidReferralId,
        Cause::ReferralId,
    )?;

    if !unknown.is_empty() {
        for key in json::own_keys(unknown) {
            sink.fail_at::<()>(ValidationErrorKind::UnknownKey, key)?;
        }
    }

    let Some(email) = email else {
        return Ok(None);
    };
    if !sink.errors.is_empty() {
        return Ok(None);
    }
    Ok(Some(UpdateProfile {
        email,
        name,
        first_name,
        last_name,
        phone,
        company_name,
        company_registration_number,
        tax_identification_number,
        street_address,
        city,
        city_part,
        state_region,
        postal_code,
        country,
        newsletter,
        primary_locale,
        groups,
        customer_real_ip,
        referral_id,
    }))
}

fn required_email(
    value: Option<&Json<'_>>,
    key: &str,
    sink: &mut Sink,
) -> Result<Option<CanonicalEmail>, Stop> {
    if value.is_none() {
        return sink.fail_at(ValidationErrorKind::Required, key);
    }
    parsed(
        value,
        key,
        sink,
        CanonicalEmail::parse,
        ValidationErrorKind::InvalidEmail,
        Cause::Email,
    )
}

/// `companyRegistrationNumber`: an IČO where the country uses one, free text elsewhere.
fn registration(
    value: Option<&Json<'_>>,
    key: &str,
    country: Option<Country>,
    limit: usize,
    sink: &mut Sink,
) -> Result<Option<Registration>, Stop> {
    if country.is_some_and(Ico::is_used_in) {
        let ico = parsed(
            value,
            key,
            sink,
            Ico::parse,
            ValidationErrorKind::InvalidIco,
            Cause::Ico,
        )?;
        Ok(ico.map(Registration::Ico))
    } else {
        Ok(owned_text(value, key, limit, sink)?.map(Registration::Text))
    }
}

fn postal_code(
    value: Option<&Json<'_>>,
    key: &str,
    country: Option<Country>,
    sink: &mut Sink,
) -> Result<Option<PostalCode>, Stop> {
    // The free-text rule first, as for every text field: then the country's format.
    let Some(text) = text(value, key, false, PostalCode::MAX_CHARS, sink)? else {
        return Ok(None);
    };
    match PostalCode::parse_for(&text, country) {
        Ok(code) => Ok(Some(code)),
        Err(e) => {
            // The free-text failures read as they do for every other free-text field.
            let kind = match e {
                PostalCodeError::ControlCharacter { .. } => ValidationErrorKind::ControlCharacters,
                PostalCodeError::TooLong { max } => ValidationErrorKind::TooLong { limit: max },
                _ => ValidationErrorKind::InvalidPostalCode,
            };
            sink.fail_with(kind, key, Cause::PostalCode(e))
        }
    }
}

/// `customerRealIp`: unlike other strings an empty one is valid (`127.0.0.1`, documented).
fn ip(value: Option<&Json<'_>>, key: &str, sink: &mut Sink) -> Result<Option<NormalizedIp>, Stop> {
    match value {
        None => Ok(None),
        Some(Json::String(s)) => match NormalizedIp::parse(s) {
            Ok(ip) => Ok(Some(ip)),
            Err(e) => sink.fail_with(ValidationErrorKind::InvalidIp, key, Cause::Ip(e)),
        },
        Some(Json::Unpaired(_)) => sink.fail_at(ValidationErrorKind::UnpairedSurrogate, key),
        Some(_) => sink.fail_at(ValidationErrorKind::NotAString, key),
    }
}

fn groups(
    value: Option<&Json<'_>>,
    key: &str,
    options: &Options,
    sink: &mut Sink,
) -> Result<Option<Vec<String>>, Stop> {
    let Some(items) = array(value, key, sink)? else {
        return Ok(None);
    };
    if items.len() > options.max_groups {
        let limit = options.max_groups;
        return sink.fail_at(ValidationErrorKind::TooManyItems { limit }, key);
    }
    let mut groups: Vec<String> = Vec::with_capacity(items.len());
    // Linear look-ups are cheapest for the usual handful of groups; a set keeps a long
    // list from going quadratic.
    let mut seen: Option<HashSet<String>> = (items.len() > 16).then(HashSet::new);
    let limit = options.common.max_text_length;
    let ok = text_items(items, key, limit, sink, |group| {
        let fresh = match &mut seen {
            Some(set) => set.insert(group.clone().into_owned()),
            None => !groups.iter().any(|g| *g == group),
        };
        if fresh {
            groups.push(group.into_owned());
        }
    })?;
    Ok(ok.then_some(groups))
}

/// A free-text field, owned (the profile keeps each field in its own `String`).
fn owned_text(
    value: Option<&Json<'_>>,
    key: &str,
    limit: usize,
    sink: &mut Sink,
) -> Result<Option<String>, Stop> {
    Ok(text(value, key, false, limit, sink)?.map(Cow::into_owned))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_indexes_agree() {
        for (i, key) in FIELDS.iter().enumerate() {
            assert_eq!(key_index(key), Some(i), "{key}");
        }
        assert_eq!(key_index("__proto__"), None);
        assert_eq!(key_index("Email"), None);
    }
}
