//! Validating one entry: the entry points, the schema's keys, and the walk over them in
//! Joi's order.

use std::borrow::Cow;

use crate::models::fields::{boolean, text, Booleans};
use crate::models::json::{self, Json, ReadError, Reader};
use crate::models::sink::{read_error, too_large, Sink, Stop};
use crate::models::{Path, Report, ValidationError, ValidationErrorKind};

use super::property::Texts;
use super::rules::{date, email, phone, tags};
use super::{Options, UserProperty};

impl UserProperty {
    /// Validates one entry's JSON text (abort early, default [`Options`]).
    ///
    /// # Errors
    ///
    /// The first error in Joi's order, e.g. `"value" must be of type object` for `[]`,
    /// `"firstName" is required` for `{}`, `"emial" is not allowed`; see the
    /// [module docs](crate::user_properties) for the rules. Text that is not JSON is `"value" must be valid JSON
    /// (line L, column C)`; the default limits apply.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let user = UserProperty::from_json(br#"{"firstName":"Test","lastName":"2","phoneNumber":"9090909090"}"#)?;
    /// assert_eq!(user.last_name(), "2");
    ///
    /// let err = UserProperty::from_json(br#"{"firstName":"Test","lastName":"2","createdAt":"2024-02-30"}"#)
    ///     .unwrap_err();
    /// assert_eq!(err.to_string(), r#"ValidationError: "createdAt" must be a valid date"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json(entry: &[u8]) -> Result<UserProperty, ValidationError> {
        UserProperty::from_json_with(entry, &Options::default())
            .map_err(|report| report.first().clone())
    }

    /// Validates one entry's JSON text and reports every error (Joi's `abortEarly: false`).
    ///
    /// # Errors
    ///
    /// A [`Report`] of every error in Joi's order (one for text that is not JSON).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let report = UserProperty::from_json_report(br#"{"firstName":"","lastName":"B","email":"x@@y","zip":1}"#)
    ///     .unwrap_err();
    /// let messages: Vec<&str> = report.iter().map(|e| e.message()).collect();
    /// assert_eq!(
    ///     messages,
    ///     [r#""firstName" is not allowed to be empty"#, r#""email" must be a valid email"#, r#""zip" is not allowed"#]
    /// );
    /// ```
    pub fn from_json_report(entry: &[u8]) -> Result<UserProperty, Report> {
        UserProperty::from_json_with(entry, &Options::default().abort_early(false))
    }

    /// Validates one entry's JSON text with `options`.
    ///
    /// # Errors
    ///
    /// A [`Report`] holding the first error, or every error when
    /// [`Options::abort_early`] is `false`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{UserProperty, Options};
    ///
    /// let report = UserProperty::from_json_with(br#"{"firstName":"A"}"#, &Options::new()).unwrap_err();
    /// assert_eq!(report.to_string(), r#"ValidationError: "lastName" is required"#);
    /// ```
    pub fn from_json_with(entry: &[u8], options: &Options) -> Result<UserProperty, Report> {
        if entry.len() > options.common.max_body_bytes {
            return Err(too_large(options.common.max_body_bytes).into());
        }
        Reader::new(entry, options.common.max_depth)
            .and_then(|reader| read_whole_entry(reader, options))
            .map_err(|e| read_error(e, entry))?
    }

    /// Validates one entry already parsed into a `serde_json::Value` (abort early, default
    /// [`Options`]).
    ///
    /// A `serde_json::Value` has already lost duplicate keys and, without serde_json's
    /// `preserve_order` feature, the client's key order, so unknown keys are reported in the
    /// map's order (array-index keys first, as JavaScript would). Prefer
    /// [`UserProperty::from_json`] when you have the text.
    ///
    /// # Errors
    ///
    /// As [`UserProperty::from_json`], except that there is no text to reject; values nested
    /// deeper than the default depth limit are rejected.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let value = serde_json::json!({"firstName": "A", "lastName": "B", "tags": "vip"});
    /// let err = UserProperty::from_value(&value).unwrap_err();
    /// assert_eq!(err.to_string(), r#"ValidationError: "tags" must be an array"#);
    /// ```
    pub fn from_value(entry: &serde_json::Value) -> Result<UserProperty, ValidationError> {
        UserProperty::from_value_with(entry, &Options::default())
            .map_err(|report| report.first().clone())
    }

    /// Validates one `serde_json::Value` entry and reports every error.
    ///
    /// # Errors
    ///
    /// A [`Report`] of every error in Joi's order.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let report = UserProperty::from_value_report(&serde_json::json!({"firstName": 1})).unwrap_err();
    /// assert_eq!(report.len(), 2);
    /// ```
    pub fn from_value_report(entry: &serde_json::Value) -> Result<UserProperty, Report> {
        UserProperty::from_value_with(entry, &Options::default().abort_early(false))
    }

    /// Validates one `serde_json::Value` entry with `options` (the byte limit does not apply).
    ///
    /// # Errors
    ///
    /// A [`Report`] holding the first error, or every error when
    /// [`Options::abort_early`] is `false`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{UserProperty, Options};
    ///
    /// let value = serde_json::json!({"firstName": "A", "lastName": "B", "phoneNumber": "777123456"});
    /// let user = UserProperty::from_value_with(&value, &Options::new().default_region(contactkit::Region::parse("CZ")?))?;
    /// assert_eq!(user.phone_number().map(|p| p.as_str()), Some("+420 777123456"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_value_with(
        entry: &serde_json::Value,
        options: &Options,
    ) -> Result<UserProperty, Report> {
        let value = json::from_value(entry, options.common.max_depth)?;
        validate_value(&value, options)
    }
}

// ---------------------------------------------------------------------------------------
// Validation

/// The body's one key.
pub(super) const USER_PROPERTIES: &str = "userProperties";

/// The key JavaScript's object model treats apart: Joi copies an object and then
/// restores its prototype, so a `__proto__` key is neither read nor reported, at the body
/// level and in an entry (checked against Joi 17.13.9 itself).
pub(super) const PROTO: &str = "__proto__";

/// The schema's field names, in Joi's declared order (which is the error order): the
/// keys an entry may have.
///
/// The names of [`schema()`](super::schema)'s fields, derived from it at compile time.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::FIELDS;
///
/// assert_eq!(FIELDS[0], "firstName");
/// assert!(FIELDS.contains(&"partnerCustomerId"));
/// ```
pub const FIELDS: [&str; 17] = crate::models::schema::field_names(&super::schema::TABLE);

fn key_index(key: &str) -> Option<usize> {
    // A `match` compiles to a switch on length then byte compares: cheaper than a scan.
    Some(match key {
        "firstName" => 0,
        "lastName" => 1,
        "source" => 2,
        "phoneNumber" => 3,
        "alternatePhoneNumber" => 4,
        "email" => 5,
        "address1" => 6,
        "address2" => 7,
        "city" => 8,
        "state" => 9,
        "country" => 10,
        "createdAt" => 11,
        "updatedAt" => 12,
        "emailMarketingConsent" => 13,
        "smsMarketingConsent" => 14,
        "tags" => 15,
        "partnerCustomerId" => 16,
        _ => return None,
    })
}

pub(super) fn validate_value(value: &Json<'_>, options: &Options) -> Result<UserProperty, Report> {
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
    conclude(result, sink)
}

/// Reads a reader's whole text as one entry and validates it: the entry, then only
/// white space. What every path that has one entry's text does (a single entry, the
/// rayon path's items, the stream's entries).
pub(super) fn read_whole_entry(
    mut reader: Reader<'_>,
    options: &Options,
) -> Result<Result<UserProperty, Report>, ReadError> {
    let result = read_entry(&mut reader, options)?;
    reader.finish()?;
    Ok(result)
}

/// Reads one entry at the reader and validates it. An object is validated as it is read:
/// each member's value goes straight to its schema slot, so no list of members is built
/// (the same answers as [`validate_value`] on the whole value, for less work: the member
/// list and its keys were a tenth of bulk validation's instructions).
pub(super) fn read_entry<'a>(
    reader: &mut Reader<'a>,
    options: &Options,
) -> Result<Result<UserProperty, Report>, ReadError> {
    if reader.peek() != Some(b'{') {
        let value = reader.value()?;
        return Ok(validate_value(&value, options));
    }
    let mut slots: [Option<Json<'a>>; FIELDS.len()] = std::array::from_fn(|_| None);
    let mut unknown: Vec<Cow<'a, str>> = Vec::new();
    reader.object(|r, key| -> Result<(), ReadError> {
        match key_index(&key.name) {
            // JSON.parse's duplicate rule: the last value wins.
            Some(i) => {
                let value = r.value()?;
                if let Some(slot) = slots.get_mut(i) {
                    *slot = Some(value);
                }
            }
            // Only the key is ever used: the value must be JSON, nothing is built.
            None => {
                r.skip()?;
                if key.name != PROTO {
                    unknown.push(key.name);
                }
            }
        }
        Ok(())
    })?;
    let slots: [Option<&Json<'_>>; FIELDS.len()] = std::array::from_fn(|i| slots[i].as_ref());
    let unknown: Vec<&str> = unknown.iter().map(|k| k.as_ref()).collect();
    let mut sink = Sink::new(options.common.abort_early);
    let result = validate_slots(slots, unknown, options, &mut sink);
    Ok(conclude(result, sink))
}

/// The entry's outcome from what validation returned and the errors it recorded.
fn conclude(
    result: Result<Option<UserProperty>, Stop>,
    sink: Sink,
) -> Result<UserProperty, Report> {
    match (result, Report::from_vec(sink.errors)) {
        (_, Some(report)) => Err(report),
        (Ok(Some(property)), None) => Ok(property),
        // Only reachable if a check failed without recording why; say something true.
        (_, None) => {
            Err(ValidationError::new(ValidationErrorKind::NotAnObject, Path::root()).into())
        }
    }
}

type Members<'a> = [(Cow<'a, str>, Json<'a>)];

fn validate_members(
    members: &Members<'_>,
    options: &Options,
    sink: &mut Sink,
) -> Result<Option<UserProperty>, Stop> {
    // One pass over the members: a schema key's slot keeps its last value (JSON.parse's
    // duplicate rule); unknown keys keep their first position.
    let mut slots: [Option<&Json<'_>>; FIELDS.len()] = [None; FIELDS.len()];
    let mut unknown: Vec<&str> = Vec::new();
    for (key, value) in members {
        match key_index(key) {
            Some(i) => {
                if let Some(slot) = slots.get_mut(i) {
                    *slot = Some(value);
                }
            }
            None if key == PROTO => {}
            None => unknown.push(key),
        }
    }
    validate_slots(slots, unknown, options, sink)
}

/// Validates an entry's members sorted into schema slots (each key's last value) and its
/// unknown keys in order of appearance (duplicates included).
fn validate_slots(
    slots: [Option<&Json<'_>>; FIELDS.len()],
    unknown: Vec<&str>,
    options: &Options,
    sink: &mut Sink,
) -> Result<Option<UserProperty>, Stop> {
    let slot = |i: usize| slots.get(i).copied().flatten();
    let region = options.region;
    let limit = options.common.max_text_length;

    let first_name = text(slot(0), FIELDS[0], true, limit, sink)?;
    let last_name = text(slot(1), FIELDS[1], true, limit, sink)?;
    let source = text(slot(2), FIELDS[2], false, limit, sink)?;
    let phone_number = phone(slot(3), FIELDS[3], region, sink)?;
    let alternate_phone_number = phone(slot(4), FIELDS[4], region, sink)?;
    let email = email(slot(5), FIELDS[5], sink)?;
    let address1 = text(slot(6), FIELDS[6], false, limit, sink)?;
    let address2 = text(slot(7), FIELDS[7], false, limit, sink)?;
    let city = text(slot(8), FIELDS[8], false, limit, sink)?;
    let state = text(slot(9), FIELDS[9], false, limit, sink)?;
    let country = text(slot(10), FIELDS[10], false, limit, sink)?;
    let created_at = date(slot(11), FIELDS[11], sink)?;
    let updated_at = date(slot(12), FIELDS[12], sink)?;
    let email_marketing_consent = boolean(slot(13), FIELDS[13], Booleans::JoiConvert, sink)?;
    let sms_marketing_consent = boolean(slot(14), FIELDS[14], Booleans::JoiConvert, sink)?;
    let tags = tags(slot(15), FIELDS[15], options, sink)?;
    let partner_customer_id = text(slot(16), FIELDS[16], false, limit, sink)?;

    if !unknown.is_empty() {
        for key in json::own_keys(unknown) {
            sink.fail_at::<()>(ValidationErrorKind::UnknownKey, key)?;
        }
    }

    let (Some(first_name), Some(last_name)) = (first_name, last_name) else {
        return Ok(None);
    };
    if !sink.errors.is_empty() {
        return Ok(None);
    }
    let texts = Texts::new(
        [
            Some(first_name.as_ref()),
            Some(last_name.as_ref()),
            source.as_deref(),
            address1.as_deref(),
            address2.as_deref(),
            city.as_deref(),
            state.as_deref(),
            country.as_deref(),
            partner_customer_id.as_deref(),
            None,
        ],
        tags.as_ref(),
    );
    Ok(Some(UserProperty {
        texts,
        phone_number,
        alternate_phone_number,
        email,
        created_at,
        updated_at,
        email_marketing_consent,
        sms_marketing_consent,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reading an entry member by member answers as validating its whole value does.
    #[test]
    fn streamed_entries_equal_whole_values() {
        let entries = [
            r#"{"firstName":"A","lastName":"B","phoneNumber":"9090909090","email":"A@B.cz"}"#,
            r#"{"firstName":"A","lastName":"B","firstName":" C ","zip":1,"zip":2,"0":3}"#,
            r#"{"__proto__":{"firstName":"P","lastName":"Q"},"__proto__":7,"lastName":"B"}"#,
            r#"{"__proto__":{"firstName":"P"},"lastName":"B","tags":["a",1,""]}"#,
            r#"{"lastName":"","email":"x@@y","createdAt":"2024-02-30","smsMarketingConsent":"yes"}"#,
            r#"{"firstName":"A","lastName":"B","x":[[1,{"y":[2]}]],"a.b":null}"#,
            r#"{}"#,
            r#"[]"#,
            r#""text""#,
            r#"{"firstName":"A","lastName":"B","phoneNumber":12,"tags":"x"}"#,
        ];
        for abort_early in [true, false] {
            let options = Options::new().abort_early(abort_early);
            for entry in entries {
                let whole = Reader::document(entry.as_bytes(), 32)
                    .map(|value| validate_value(&value, &options))
                    .unwrap_or_else(|e| panic!("{entry}: {e:?}"));
                let mut reader =
                    Reader::new(entry.as_bytes(), 32).unwrap_or_else(|e| panic!("{e:?}"));
                let streamed =
                    read_entry(&mut reader, &options).unwrap_or_else(|e| panic!("{e:?}"));
                assert_eq!(streamed, whole, "{entry}");
            }
        }
    }
}
