//! The model's public description ([`schema`]) and its JSON Schemas ([`json_schema`],
//! [`request_json_schema`]).

use serde_json::{json, Value};

use crate::models::json_schema::{embedded, object_schema, Quirks, DRAFT_2020_12};
use crate::models::{Field, FieldKind, ModelSchema};

/// The default [`Options::max_text_length`](super::Options::max_text_length).
const TEXT: usize = 10_000;
/// The default [`Options::max_tags`](super::Options::max_tags).
const TAGS: usize = 1_000;
/// The default [`Options::max_entries`](super::Options::max_entries).
const ENTRIES: usize = 10_000;

/// The entry's fields in Joi's declared order; [`FIELDS`](super::FIELDS) is derived from it.
pub(super) const TABLE: [Field; 17] = [
    text("firstName", "User first name (required).").required(),
    text("lastName", "User last name (required).").required(),
    text("source", "Data source identifier."),
    Field::new(
        "phoneNumber",
        FieldKind::PhoneWithRegion,
        "Phone number: international with `+`, or national in the default region (IN). Otherwise `\"phoneNumber\" must be a valid phone number`.",
    ),
    Field::new(
        "alternatePhoneNumber",
        FieldKind::PhoneWithRegion,
        "Alternate phone number, read as `phoneNumber`.",
    ),
    Field::new(
        "email",
        FieldKind::Email,
        "Email address, trimmed; internationalized addresses are accepted (as `idn-email`) and canonicalized. Otherwise `\"email\" must be a valid email`.",
    ),
    text("address1", "Address line 1."),
    text("address2", "Address line 2."),
    text("city", "City."),
    text("state", "State or province."),
    text("country", "Country, as free text (not checked against ISO 3166)."),
    Field::new(
        "createdAt",
        FieldKind::Date,
        "Creation timestamp (Joi's date conversion): a number of milliseconds since 1970 (|n| <= 8.64e15), a string of decimal milliseconds, or an ISO 8601 / RFC 3339 date or date-time naming a real calendar date (UTC without an offset). Otherwise `\"createdAt\" must be a valid date`.",
    ),
    Field::new(
        "updatedAt",
        FieldKind::Date,
        "Last update timestamp, read as `createdAt`.",
    ),
    Field::new(
        "emailMarketingConsent",
        FieldKind::JoiBoolean,
        "Whether the user consented to email marketing: `true`, `false`, or the strings \"true\"/\"false\" in any letter case. Otherwise `\"emailMarketingConsent\" must be a boolean`.",
    ),
    Field::new(
        "smsMarketingConsent",
        FieldKind::JoiBoolean,
        "Whether the user consented to SMS marketing, read as `emailMarketingConsent`.",
    ),
    Field::new(
        "tags",
        FieldKind::TextList,
        "Tags: an array of free-text strings, each at most 10000 UTF-16 code units after normalization; at most 1000 items (`\"tags\" must contain less than or equal to 1000 items`).",
    )
    .with_max_length(TEXT)
    .with_max_items(TAGS),
    text("partnerCustomerId", "Partner platform customer ID."),
];

/// A free-text field of the entry with the default limit.
const fn text(name: &'static str, description: &'static str) -> Field {
    Field::new(name, FieldKind::Text, description).with_max_length(TEXT)
}

static SCHEMA: ModelSchema = ModelSchema::new(
    "UserProperty",
    "One entry of BIK's bulk upsert (`POST /integrations/bikPlatformFunctions-createOrUpdateUserProperties`), validated as Joi 17 does with contactkit's content rules: every string is trimmed and must not be empty; free text has no control characters other than tab, CR and LF, loses bidi controls and zero-width spaces, has its white space runs collapsed and is put in Unicode NFC before its length (UTF-16 code units) is checked.",
    &TABLE,
);

/// The entry model's fields, kinds, requirements and limits, for the default [`Options`].
///
/// Validation does not read it; it describes what validation does, in the order errors
/// are reported ([`FIELDS`](super::FIELDS) is its list of names).
///
/// # Examples
///
/// ```
/// use contactkit::models::FieldKind;
/// use contactkit::user_properties;
///
/// let schema = user_properties::schema();
/// let required: Vec<&str> = schema.fields().iter().filter(|f| f.is_required()).map(|f| f.name()).collect();
/// assert_eq!(required, ["firstName", "lastName"]);
/// assert_eq!(schema.field("smsMarketingConsent").map(|f| f.kind()), Some(FieldKind::JoiBoolean));
/// ```
///
/// [`Options`]: super::Options
pub fn schema() -> &'static ModelSchema {
    &SCHEMA
}

/// The JSON Schema (draft 2020-12) of one entry, for the default [`Options`].
///
/// It never rejects an entry that validation accepts: types, required keys,
/// `additionalProperties: false` (but for `__proto__`, which is ignored), the tag count, the date forms
/// and the boolean strings are keywords; the rules that apply after trimming or
/// normalization (free text, lengths, email, phone numbers) are named by
/// `x-contactkit-rule` and `x-contactkit-maxLength` and described. The key order of
/// errors is `x-contactkit-errorOrder`.
///
/// # Examples
///
/// ```
/// let schema = contactkit::user_properties::json_schema();
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert_eq!(schema["additionalProperties"], false);
/// assert_eq!(schema["properties"]["tags"]["maxItems"], 1000);
/// assert_eq!(schema["properties"]["firstName"]["x-contactkit-maxLength"], 10000);
/// assert_eq!(schema["properties"]["createdAt"]["type"], serde_json::json!(["number", "string"]));
/// ```
///
/// [`Options`]: super::Options
pub fn json_schema() -> Value {
    object_schema(
        &SCHEMA,
        Quirks {
            proto_ignored: true,
        },
    )
}

/// The JSON Schema (draft 2020-12) of a whole request body, `{"userProperties": [...]}`,
/// with the entry's schema under `$defs/UserProperty`.
///
/// A body that fails the body's own rules is a 400; an entry that fails the entry's
/// schema does not fail the request: it comes back in the response's
/// `invalidUserProperties` with its error. So the items accept any JSON value (a schema
/// must not reject what the server accepts), and name the entry schema in the custom
/// keyword `x-contactkit-entrySchema`, a JSON pointer to `$defs/UserProperty`.
///
/// # Examples
///
/// ```
/// let schema = contactkit::user_properties::request_json_schema();
/// assert_eq!(schema["required"], serde_json::json!(["userProperties"]));
/// assert_eq!(schema["properties"]["userProperties"]["maxItems"], 10000);
/// assert_eq!(schema["properties"]["userProperties"]["items"]["x-contactkit-entrySchema"], "#/$defs/UserProperty");
/// assert_eq!(schema["$defs"]["UserProperty"]["title"], "UserProperty");
/// ```
pub fn request_json_schema() -> Value {
    json!({
        "$schema": DRAFT_2020_12,
        "title": "UserPropertiesRequest",
        "description": "The body of BIK's bulk upsert. Any other key is `\"x\" is not allowed` (a 400), except `__proto__`, which is ignored. Invalid entries do not fail the request: they are returned in `invalidUserProperties`.",
        "type": "object",
        "properties": {
            "userProperties": {
                "description": "The entries, at most 10000 (`\"userProperties\" must contain less than or equal to 10000 items`).",
                "type": "array",
                "maxItems": ENTRIES,
                "items": {
                    "description": "One entry, validated on its own against `UserProperty` (the pointer in `x-contactkit-entrySchema`): an entry that fails is not a request error but comes back in the response's `invalidUserProperties`, so any JSON value is accepted here.",
                    "x-contactkit-entrySchema": "#/$defs/UserProperty"
                }
            }
        },
        "patternProperties": { "^__proto__$": {} },
        "required": ["userProperties"],
        "additionalProperties": false,
        "$defs": { "UserProperty": embedded(json_schema()) }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_the_default_options() {
        let options = super::super::Options::default();
        assert_eq!(options.common.max_text_length, TEXT);
        assert_eq!(options.max_tags, TAGS);
        assert_eq!(options.max_entries, ENTRIES);
    }
}
