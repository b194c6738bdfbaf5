//! The model's public description ([`schema`]) and its JSON Schema ([`json_schema`]).

use serde_json::Value;

use crate::models::json_schema::{object_schema, Quirks};
use crate::models::{Field, FieldKind, ModelSchema};
use crate::PostalCode;

use super::UpdateProfile;

/// The default [`Options::max_text_length`](super::Options::max_text_length).
const TEXT: usize = UpdateProfile::MAX_TEXT_LENGTH;

/// The body's fields in declared order; [`FIELDS`](super::FIELDS) is derived from it.
pub(super) const TABLE: [Field; 19] = [
    Field::new(
        "email",
        FieldKind::Email,
        "Contact email address (required), trimmed; internationalized addresses are accepted (as `idn-email`) and canonicalized. Otherwise `\"email\" is required` or `\"email\" must be a valid email`.",
    )
    .required(),
    text("name", "Full name."),
    text("firstName", "First name."),
    text("lastName", "Last name."),
    Field::new(
        "phone",
        FieldKind::Phone,
        "Phone number in international form, a leading `+` required (`+420 777123456`); stored as `+<country code> <national number>`. Otherwise `\"phone\" must be a valid phone number`.",
    ),
    text("companyName", "Company name."),
    Field::new(
        "companyRegistrationNumber",
        FieldKind::RegistrationNumber,
        "Company registration number: with `country` CZ or SK an IČO (8 digits with a check digit, `\"companyRegistrationNumber\" must be a valid IČO`); otherwise free text.",
    )
    .with_max_length(TEXT),
    Field::new(
        "taxIdentificationNumber",
        FieldKind::VatId,
        "EU VAT identification number of any member state (`CZ9609040727`). Otherwise `\"taxIdentificationNumber\" must be a valid VAT number`.",
    ),
    text("streetAddress", "Street and number."),
    text("city", "City."),
    text("cityPart", "Part of the city."),
    text("stateRegion", "State or region."),
    Field::new(
        "postalCode",
        FieldKind::PostalCode,
        "Postal code in the format of `country` (`272 01` for CZ); any free text when there is no valid country. Otherwise `\"postalCode\" must be a valid postal code`.",
    )
    .with_max_length(PostalCode::MAX_CHARS),
    Field::new(
        "country",
        FieldKind::Country,
        "Country: an ISO 3166-1 alpha-2 or alpha-3 code in any case, or its English name; stored as alpha-2. Otherwise `\"country\" must be a valid country`.",
    ),
    Field::new(
        "newsletter",
        FieldKind::Boolean,
        "Newsletter consent: JSON `true` or `false` only (default `false`). Otherwise `\"newsletter\" must be a boolean`.",
    )
    .with_default("false"),
    Field::new(
        "primaryLocale",
        FieldKind::Locale,
        "BCP 47 language tag of registered subtags (`cs`, `de-DE`). Otherwise `\"primaryLocale\" must be a valid language tag`.",
    ),
    Field::new(
        "groups",
        FieldKind::TextList,
        "Groups: an array of free-text strings, each at most 256 UTF-16 code units after normalization, kept once each (case-sensitive); at most 1000 items (`\"groups\" must contain less than or equal to 1000 items`).",
    )
    .with_max_length(TEXT)
    .with_max_items(UpdateProfile::MAX_GROUPS),
    Field::new(
        "customerRealIp",
        FieldKind::Ip,
        "The customer's IPv4 or IPv6 address, trimmed; empty, `localhost`, `::1`, `::` and `0.0.0.0` read as `127.0.0.1`. Otherwise `\"customerRealIp\" must be a valid ip address`.",
    ),
    Field::new(
        "referralId",
        FieldKind::ReferralId,
        "Customer reference number: exactly 16 ASCII letters and digits. Otherwise `\"referralId\" must be a valid referral id`.",
    ),
];

/// A free-text field of the body with the default limit.
const fn text(name: &'static str, description: &'static str) -> Field {
    Field::new(name, FieldKind::Text, description).with_max_length(TEXT)
}

static SCHEMA: ModelSchema = ModelSchema::new(
    "UpdateProfile",
    "The body of BizKitHub's update-profile (`POST /api/v1/customer/update-profile`), with contactkit's content rules: every string is trimmed and must not be empty (except `customerRealIp`); free text has no control characters other than tab, CR and LF, loses bidi controls and zero-width spaces, has its white space runs collapsed and is put in Unicode NFC before its length (UTF-16 code units) is checked. `companyRegistrationNumber` and `postalCode` are checked for the body's `country`.",
    &TABLE,
);

/// The body model's fields, kinds, requirements and limits, for the default [`Options`].
///
/// Validation does not read it; it describes what validation does, in the order errors
/// are reported ([`FIELDS`](super::FIELDS) is its list of names).
///
/// # Examples
///
/// ```
/// use contactkit::models::FieldKind;
/// use contactkit::update_profile;
///
/// let schema = update_profile::schema();
/// assert_eq!(schema.fields().len(), 19);
/// assert_eq!(schema.field("newsletter").map(|f| f.kind()), Some(FieldKind::Boolean));
/// assert_eq!(schema.field("postalCode").and_then(|f| f.max_length()), Some(32));
/// ```
///
/// [`Options`]: super::Options
pub fn schema() -> &'static ModelSchema {
    &SCHEMA
}

/// The JSON Schema (draft 2020-12) of a request body, for the default [`Options`].
///
/// It never rejects a body that validation accepts: types, `required: ["email"]`,
/// `additionalProperties: false`, the group count and the referral id's pattern are
/// keywords; the rules that apply after trimming or normalization, or that depend on
/// `country`, are named by `x-contactkit-rule` and `x-contactkit-maxLength` and
/// described. The key order of errors is `x-contactkit-errorOrder`.
///
/// # Examples
///
/// ```
/// let schema = contactkit::update_profile::json_schema();
/// assert_eq!(schema["required"], serde_json::json!(["email"]));
/// assert_eq!(schema["properties"]["newsletter"]["default"], false);
/// assert_eq!(schema["properties"]["groups"]["items"]["x-contactkit-rule"], "free-text");
/// assert_eq!(schema["properties"]["email"]["x-contactkit-rule"], "email");
/// ```
///
/// [`Options`]: super::Options
pub fn json_schema() -> Value {
    object_schema(&SCHEMA, Quirks::default())
}

#[cfg(test)]
mod tests {
    #[test]
    fn limits_are_the_default_options() {
        let options = super::super::Options::default();
        assert_eq!(options.common.max_text_length, super::TEXT);
        assert_eq!(
            options.max_groups,
            crate::update_profile::UpdateProfile::MAX_GROUPS
        );
    }
}
