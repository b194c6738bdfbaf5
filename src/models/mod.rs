//! The core both JSON request models stand on: one JSON reader, one error type, one
//! error collector, one free-text rule and the field rules built from them.
//!
//! [`user_properties`](crate::user_properties) (BIK's bulk upsert) and
//! [`update_profile`](crate::update_profile) (BizKitHub's profile update) are thin
//! layers over this module: each declares its schema (keys in error order, one rule per
//! key) and its options; reading JSON as `JSON.parse` does, Joi's error order and
//! messages, and the text rules live here, once.
//!
//! # The free-text rule
//!
//! Every free-text field of both models (names, address lines, `city`, `state`,
//! `country` in BIK, `source`, `partnerCustomerId`, tags and groups, `companyName`, a
//! registration number outside CZ and SK, a postal code of no known country) goes through
//! one function, in this order:
//!
//! | step | input | result |
//! |---|---|---|
//! | 1 | white space at either end (`str::trim`) | removed |
//! | 2 | nothing left | `"x" is not allowed to be empty` |
//! | 3 | a control character other than tab, CR and LF (U+0000–U+001F, U+007F–U+009F) | `"x" must not contain control characters` |
//! | 4 | bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), zero-width space (U+200B), word joiner (U+2060), byte order mark (U+FEFF) | dropped: they disguise text ("Trojan Source", CVE-2021-42574) |
//! | 5 | zero-width (non-)joiners (U+200C, U+200D), direction marks (U+200E, U+200F, U+061C) | kept: Indic scripts, emoji sequences and right-to-left names need them |
//! | 6 | each run of white space (tab, CR, LF, U+00A0, U+2000–U+200A, U+3000 ...) | one space |
//! | 7 | the text | Unicode NFC (`e` + U+0301 is stored as `é`) |
//! | 8 | nothing left after steps 4–6 | `"x" is not allowed to be empty` |
//! | 9 | longer than the field's limit, in UTF-16 code units (JavaScript's `length`, what Joi's `string.max` and an HTML `maxlength` count) | `"x" length must be less than or equal to N characters long` |
//!
//! The rule is idempotent: its output passes through it unchanged. Values are never
//! changed in any other way (case and punctuation are the client's).
//!
//! # Strings JavaScript can hold and UTF-8 cannot
//!
//! `JSON.parse` accepts an escaped lone surrogate (`"\ud800"`); no UTF-8 string can hold
//! one, so replacing it would silently change the value. Every string field of both
//! models rejects it instead: `"firstName" must not contain unpaired surrogates`
//! (code `string.surrogate`). A lone surrogate in a key or in a value nobody reads (an
//! unknown key's value, `__proto__`) is not an error of its own.
//!
//! # Every error of a form: Joi's `details`
//!
//! A [`ValidationError`] serializes as one item of Joi 17's `error.details` array and a
//! [`Report`] as the whole array, so a server can return every error of a form in the
//! shape its clients already read:
//!
//! ```json
//! {"message": "\"tags[1]\" must be a string", "path": ["tags", 1], "type": "string.base",
//!  "context": {"label": "tags[1]", "key": 1}}
//! ```
//!
//! | member | content |
//! |---|---|
//! | `message` | [`ValidationError::message`], without the `ValidationError: ` prefix |
//! | `path` | [`Path`]: keys as strings, array indexes as numbers, `[]` for the root |
//! | `type` | [`ValidationErrorKind::code`] |
//! | `context` | the kind's parameters in Joi's order (`child` for `object.unknown`, `type` for `object.base`, `limit` for the limits, `line` and `column` for `json.syntax`), then `label` (the quoted name) and `key` (the last path step; absent at the root) |
//!
//! Compared with Joi 17.13.9 for every kind both have (a table of Joi's outputs in the tests),
//! the output is the same except that `context.value` (and `context.invalids` of
//! `string.email`) is never written: those members echo the rejected value, and errors
//! of this crate never carry values, which may be secrets or personal data.

pub(crate) mod fields;
pub(crate) mod json;
pub(crate) mod json_schema;
pub(crate) mod options;
pub(crate) mod schema;
pub(crate) mod sink;
pub(crate) mod text;

mod details;
mod error;
mod field_value;
mod report;

pub(crate) use error::Cause;
pub use error::{ValidationError, ValidationErrorKind};
pub(crate) use field_value::{serialize_fields, text_field, Collect, FieldVisitor, VisitFields};
pub use field_value::{FieldValue, TextList};
pub use report::{Path, PathSegment, Report};
pub use schema::{Field, FieldKind, ModelSchema};

/// `json` on one line: the white space between its tokens removed, every token kept byte
/// for byte; `None` when `json` is not one JSON value (as `JSON.parse` reads it).
///
/// For echoing what a client sent, e.g. a rejected record in a JSON Lines file: numbers
/// keep their spelling (`1e2`), strings their escapes (`"\u011b"`, even a lone surrogate
/// `"\ud800"` that no `String` can hold), objects their key order and duplicates, so the
/// echo reads back as exactly the value that was sent.
///
/// # Examples
///
/// ```
/// use contactkit::models::compact_json;
///
/// let sent = b"{\n  \"firstName\": \"V\\u011bra\",\n  \"tags\": [ 1e2, \"a b\" ]\n}";
/// assert_eq!(
///     compact_json(sent).as_deref(),
///     Some(&br#"{"firstName":"V\u011bra","tags":[1e2,"a b"]}"#[..])
/// );
/// assert_eq!(compact_json(b"{\"a\": 1,}"), None);
/// ```
pub fn compact_json(json: &[u8]) -> Option<Vec<u8>> {
    json::compact(json)
}

/// Appends `s` to `out` as a JSON string, escaped exactly as `serde_json` escapes it: `"`
/// and `\` with a backslash, `\b \f \n \r \t` by name, other control characters as
/// `\u00xx`, everything else as it is.
///
/// The writer of the models' own JSON ([`UserProperty::to_json`](crate::user_properties::UserProperty::to_json)),
/// for a caller that writes a response around it without serde (the WebAssembly package).
///
/// # Examples
///
/// ```
/// use contactkit::models::write_json_string;
///
/// let mut out = String::from("{\"error\":");
/// write_json_string(&mut out, "\"x\" is not allowed\n");
/// out.push('}');
/// assert_eq!(out, r#"{"error":"\"x\" is not allowed\n"}"#);
/// assert_eq!(out[9..out.len() - 1], serde_json::to_string("\"x\" is not allowed\n")?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_json_string(out: &mut String, s: &str) {
    json::write_str(out, s);
}
