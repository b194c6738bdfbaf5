//! BIK's "Record user properties" request: `POST {"userProperties": [UserProperty, ...]}`.
//!
//! BIK validates every entry with Joi 17 and answers invalid ones with Joi's message
//! (`ValidationError: "emial" is not allowed`), which clients parse. This module validates
//! the same way, byte for byte, and returns typed, normalized [`UserProperty`] values:
//!
//! - [`BulkOutcome::from_json`] reads a whole body: a malformed body is one top-level
//!   [`ValidationError`] (a 400), otherwise each entry is validated on its own into a
//!   [`BulkOutcome`]: the valid entries, normalized, and the invalid ones exactly as sent
//!   plus their `error` (the response's `invalidUserProperties`), and
//!   [`BulkOutcome::contacts`] groups entries that are the same contact.
//! - [`BodyReader`] reads a body from any [`std::io::Read`] in bounded memory and yields
//!   each entry's raw text (with its index and line) for the caller to validate, on
//!   worker threads if it likes, then the body's error, exactly as
//!   [`BulkOutcome::from_json`] decides it; [`BulkOutcome::from_reader`] is
//!   [`BulkOutcome::from_json_with`] over a reader.
//! - [`UserProperty::from_json`] validates one entry's JSON text; [`UserProperty::from_value`] a
//!   `serde_json::Value`. The `_report` variants return every error (Joi's
//!   `abortEarly: false`) and the `_with` variants take [`Options`].
//!
//! # A server handler
//!
//! [`Response`] writes BIK's documented response: the invalid entries as sent plus their
//! `error`, extra members such as `storeId`, and the upsert's counts.
//!
//! ```
//! use contactkit::user_properties::{BulkOutcome, Response};
//!
//! /// `POST /bikPlatformFunctions-createOrUpdateUserProperties`: status and JSON body.
//! fn handle(body: &[u8]) -> Result<(u16, String), serde_json::Error> {
//!     let outcome = match BulkOutcome::from_json(body) {
//!         Ok(outcome) => outcome,
//!         Err(err) => {
//!             let error = serde_json::to_string(&err.to_string())?;
//!             return Ok((400, format!(r#"{{"status":400,"error":{error}}}"#)));
//!         }
//!     };
//!     let mut created = 0;
//!     for contact in outcome.contacts() {
//!         let merged = contact.merged(); // one upsert per contact
//!         assert!(!merged.first_name().is_empty());
//!         created += 1;
//!     }
//!     let response = Response::new(&outcome).counts(created, 0);
//!     Ok((200, serde_json::to_string(&response)?))
//! }
//!
//! let (status, body) = handle(br#"{"userProperties": [
//!     {"phoneNumber": "9090909090", "email": "mark@bik.ai", "firstName": "Test", "lastName": "2"},
//!     {"phoneNumber": "9090909010", "emial": "mark2@bik.ai", "firstName": "Test2", "lastName": "4"}
//! ]}"#)?;
//! assert_eq!(status, 200);
//! assert_eq!(
//!     body,
//!     concat!(
//!         r#"{"status":200,"data":{"invalidUserProperties":[{"phoneNumber":"9090909010","emial":"mark2@bik.ai","#,
//!         r#""firstName":"Test2","lastName":"4","error":"ValidationError: \"emial\" is not allowed"}],"#,
//!         r#""bulkUpsertUPResponse":{"createCount":1,"updateCount":0,"docsFailedToUpdate":[]}}}"#,
//!     )
//! );
//!
//! let (status, body) = handle(br#"{"users": []}"#)?;
//! assert_eq!((status, body.as_str()), (400, r#"{"status":400,"error":"ValidationError: \"userProperties\" is required"}"#));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! [`UserProperty`] implements `Deserialize` with the validation of
//! [`UserProperty::from_json`], for one entry read with serde.
//!
//! # The schema and its rules
//!
//! Joi 17 with its default options on `Joi.object({...})` with these keys, in this order:
//! `firstName`, `lastName` (string, required), `source`, `phoneNumber`,
//! `alternatePhoneNumber`, `email`, `address1`, `address2`, `city`, `state`, `country`
//! (string), `createdAt`, `updatedAt` (date), `emailMarketingConsent`,
//! `smsMarketingConsent` (boolean), `tags` (array of strings), `partnerCustomerId`
//! (string). Joi's conversions apply, where they are sane:
//!
//! - strings are never converted from other types (`"firstName": 1` must be a string);
//! - booleans: `true`, `false`, and the strings `"true"`/`"false"` in any letter case;
//!   nothing else (`"yes"`, `1`, `" true"` must be a boolean);
//! - dates: a [`Timestamp`], from a number of milliseconds (|n| ≤ 8.64e15, truncated), a
//!   decimal string (`^[+-]?\d+(\.\d+)?$`) read as milliseconds, or an ISO 8601 / RFC 3339
//!   string naming a real calendar date (see [`Timestamp::parse`]); JavaScript's lenient
//!   parser (`2024-02-30`, `March 7, 2024`) is not followed.
//!
//! The project adds content rules, checked at the key's place in that order. Every string
//! (tags included) is trimmed (`str::trim`); empty after trimming is `"x" is not allowed to
//! be empty`. Free text (names, `source`, address lines, `city`, `state`, `country`,
//! `partnerCustomerId`, tags) with a control character other than tab, CR or LF is `"x"
//! must not contain control characters`; its bidi embeddings, overrides and isolates
//! (U+202A–U+202E, U+2066–U+2069), zero-width spaces, word joiners and byte order marks are
//! dropped (they can disguise text; zero-width joiners and direction marks stay, as Indic
//! and right-to-left scripts need them), and nothing left is `"x" is not allowed to be
//! empty`; its inner runs of white space become one space. Longer than
//! [`Options::max_text_length`] (10 000 UTF-16 code units by default) after that is
//! Joi's `"x" length must be less than or equal to 10000 characters long`, and more than
//! [`Options::max_tags`] (1 000) tags `"tags" must contain less than or equal to 1000
//! items` (after the items' own errors, as Joi orders them).
//! `email` must be a [`CanonicalEmail`](crate::CanonicalEmail) (`"email" must be a valid email`); `phoneNumber` and
//! `alternatePhoneNumber` an [`IntlPhone`](crate::IntlPhone) read with the default region, `IN` unless
//! [`Options::default_region`] says otherwise (`"phoneNumber" must be a valid phone
//! number`).
//!
//! # Error order and JavaScript's object model
//!
//! With `abortEarly` (the default) the error is the first of: the schema's keys in declared
//! order, then unknown keys (`"x" is not allowed`) in JavaScript's enumeration order:
//! array-index keys (`"0"`, `"4294967294"`; not `"01"` nor `"4294967295"`) ascending first,
//! then the other keys in the order they were sent. The JSON is read as `JSON.parse` reads
//! it: a duplicate key's last value wins, at the key's first position. Labels are Joi's:
//! `"tags[0]"`, `"a.b"` for a key containing a dot, and `"value"` for the entry itself and
//! for the empty key.
//!
//! `__proto__` is special in JavaScript: `JSON.parse` makes it an ordinary own key, but
//! Joi copies the object and then restores its prototype. So, like Joi 17.13.9, an
//! entry's `__proto__` key is neither read nor reported as unknown, whatever its value:
//! `{"__proto__":{"firstName":"A"},"lastName":"B"}` is `"firstName" is required`.
//!
//! # Untrusted input
//!
//! Reading is linear in the input size, and bounded by [`Options`]: the body's size
//! (16 MiB by default), the number of entries (10 000), the nesting depth (32 levels,
//! never more than [`Options::DEPTH_CAP`]), a free-text field's length (10 000) and the
//! number of tags (1 000), each failing with an error that names the limit.
//! Error messages quote keys, never values. A key is quoted in full, as Joi quotes it, so
//! a message is never longer than the body it came from plus a few words.
//!
//! [`ValidationError`]: crate::ValidationError
//! [`CanonicalEmail`]: crate::CanonicalEmail
//! [`IntlPhone`]: crate::IntlPhone

mod deprecated;
mod deserialize;
mod fields;
mod options;
mod outcome;
#[cfg(feature = "rayon")]
mod parallel;
mod property;
mod request;
mod response;
mod rules;
mod schema;
mod stream;
mod tags;
mod validate;
mod write;

#[allow(deprecated)]
pub use deprecated::{
    validate_entry, validate_entry_json, validate_entry_json_report, validate_entry_json_with,
    validate_entry_report, validate_entry_with, validate_request, validate_request_with,
};
pub use options::Options;
pub use outcome::{BulkOutcome, ContactGroup, InvalidEntry, ValidEntry};
pub use property::{ContactId, UserProperty};
pub use response::Response;
pub use schema::{json_schema, request_json_schema, schema};
pub use stream::{
    BodyError, BodyEvent, BodyReader, EntryFault, FaultKind, RawEntry, DEFAULT_MAX_ENTRY_BYTES,
};
pub use tags::Tags;
pub use validate::FIELDS;

pub use crate::timestamp::{Timestamp, TimestampError};
