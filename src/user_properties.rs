//! BIK's "Record user properties" request: `POST {"userProperties": [UserProperty, ...]}`.
//!
//! BIK validates every entry with Joi 17 and answers invalid ones with Joi's message
//! (`ValidationError: "emial" is not allowed`), which clients parse. This module validates
//! the same way, byte for byte, and returns typed, normalized [`UserProperty`] values:
//!
//! - [`validate_request`] reads a whole body: a malformed body is one top-level
//!   [`ValidationError`] (a 400), otherwise each entry is validated on its own into a
//!   [`BulkOutcome`]: the valid entries, normalized, and the invalid ones exactly as sent
//!   plus their `error` (the response's `invalidUserProperties`), and
//!   [`BulkOutcome::contacts`] groups entries that are the same contact.
//! - [`validate_entry_json`] validates one entry's JSON text; [`validate_entry`] a
//!   `serde_json::Value`. The `_report` variants return every error (Joi's
//!   `abortEarly: false`) and the `_with` variants take [`Options`].
//!
//! # A server handler
//!
//! ```
//! use contactkit::user_properties::validate_request;
//!
//! /// `POST /bikPlatformFunctions-createOrUpdateUserProperties`: status and JSON body.
//! fn handle(body: &[u8]) -> Result<(u16, String), serde_json::Error> {
//!     let outcome = match validate_request(body) {
//!         Ok(outcome) => outcome,
//!         Err(err) => {
//!             let error = serde_json::to_string(&err.to_string())?;
//!             return Ok((400, format!(r#"{{"status":400,"error":{error}}}"#)));
//!         }
//!     };
//!     for contact in outcome.contacts() {
//!         let merged = contact.merged(); // one upsert per contact
//!         assert!(!merged.first_name().is_empty());
//!     }
//!     let invalid = serde_json::to_string(outcome.invalid())?;
//!     Ok((200, format!(r#"{{"status":200,"data":{{"invalidUserProperties":{invalid}}}}}"#)))
//! }
//!
//! let (status, body) = handle(br#"{"userProperties": [
//!     {"phoneNumber": "9090909090", "email": "mark@bik.ai", "firstName": "Test", "lastName": "2"},
//!     {"phoneNumber": "9090909010", "emial": "mark2@bik.ai", "firstName": "Test2", "lastName": "4"}
//! ]}"#)?;
//! assert_eq!(status, 200);
//! assert_eq!(
//!     body,
//!     r#"{"status":200,"data":{"invalidUserProperties":[{"phoneNumber":"9090909010","emial":"mark2@bik.ai","firstName":"Test2","lastName":"4","error":"ValidationError: \"emial\" is not allowed"}]}}"#
//! );
//!
//! let (status, body) = handle(br#"{"users": []}"#)?;
//! assert_eq!((status, body.as_str()), (400, r#"{"status":400,"error":"ValidationError: \"userProperties\" is required"}"#));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
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
//! [`Options::max_string_length`] (10 000 UTF-16 code units by default) after that is
//! Joi's `"x" length must be less than or equal to 10000 characters long`, and more than
//! [`Options::max_tags`] (1 000) tags `"tags" must contain less than or equal to 1000
//! items` (after the items' own errors, as Joi orders them).
//! `email` must be a [`CanonicalEmail`] (`"email" must be a valid email`); `phoneNumber` and
//! `alternatePhoneNumber` an [`IntlPhone`] read with the default region, `IN` unless
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
//! Joi's shallow clone (`Object.assign`) assigns it through the prototype setter. So, like
//! Joi, an entry's `__proto__` key is never reported as unknown and, when its value is an
//! object, schema keys missing from the entry are read from it:
//! `{"__proto__":{"firstName":"A"},"lastName":"B"}` is valid with first name `A`.
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

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::json_object::{self, Json, ReadError, Reader};
use crate::schema::{collapse_free_text, exceeds_utf16_len, read_error, Sink, Stop};
pub use crate::timestamp::{Timestamp, TimestampError};
use crate::validation_error::{Cause, Path, Report, ValidationError, ValidationErrorKind};
use crate::{CanonicalEmail, IntlPhone, Region};

/// Settings for validation: the phone numbers' default region, all-errors mode and limits.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::{validate_entry_json_with, Options};
///
/// let options = Options::new().default_region("CZ").abort_early(false);
/// let user = validate_entry_json_with(
///     br#"{"firstName":"Jan","lastName":"Novak","phoneNumber":"777 123 456"}"#,
///     &options,
/// )?;
/// assert_eq!(user.phone_number().map(|p| p.as_str()), Some("+420 777123456"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    region: Box<str>,
    abort_early: bool,
    max_entries: usize,
    max_body_bytes: usize,
    max_depth: usize,
    max_string_length: usize,
    max_tags: usize,
    #[cfg(feature = "rayon")]
    parallel: bool,
}

impl Default for Options {
    /// Region `IN` (BIK is an Indian platform), first error only, at most 10 000 entries,
    /// 16 MiB of JSON, 32 levels of nesting, 10 000 UTF-16 code units per free-text field
    /// or tag and 1 000 tags.
    fn default() -> Self {
        Options {
            region: "IN".into(),
            abort_early: true,
            max_entries: 10_000,
            max_body_bytes: 16 * 1024 * 1024,
            max_depth: 32,
            max_string_length: 10_000,
            max_tags: 1_000,
            #[cfg(feature = "rayon")]
            parallel: true,
        }
    }
}

impl Options {
    /// The largest accepted [`max_depth`](Self::max_depth): the reader recurses once per
    /// level, and this keeps it far from any thread's stack limit.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{validate_entry_json_with, Options};
    ///
    /// // Asking for more is lowered to the cap: still a limit, never unbounded recursion.
    /// let options = Options::new().max_depth(usize::MAX);
    /// let deep = format!("{{\"tags\":{}{}}}", "[".repeat(600), "]".repeat(600));
    /// let report = validate_entry_json_with(deep.as_bytes(), &options).unwrap_err();
    /// assert_eq!(
    ///     report.first().message(),
    ///     format!("\"value\" must not be nested more than {} levels deep", Options::DEPTH_CAP)
    /// );
    /// ```
    pub const DEPTH_CAP: usize = 512;

    /// The defaults: same as [`Options::default`].
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::Options;
    ///
    /// assert_eq!(Options::new(), Options::default());
    /// ```
    pub fn new() -> Self {
        Options::default()
    }

    /// The ISO 3166-1 region national phone numbers are read in (default `IN`): with `IN`,
    /// `9090909090` is `+91 9090909090`. An unknown region makes every national number
    /// invalid.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{validate_entry_json_with, Options};
    ///
    /// let entry = br#"{"firstName":"A","lastName":"B","phoneNumber":"020 7946 0000"}"#;
    /// let user = validate_entry_json_with(entry, &Options::new().default_region("GB"))?;
    /// assert_eq!(user.phone_number().map(|p| p.as_str()), Some("+44 2079460000"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn default_region(mut self, region: &str) -> Self {
        self.region = region.into();
        self
    }

    /// `true` (the default) stops at the first error, as Joi's `abortEarly: true`; `false`
    /// collects every error of an entry, as `abortEarly: false`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{validate_entry_json_with, Options};
    ///
    /// let report = validate_entry_json_with(b"{}", &Options::new().abort_early(false))
    ///     .unwrap_err();
    /// assert_eq!(report.len(), 2);
    /// ```
    pub fn abort_early(mut self, abort_early: bool) -> Self {
        self.abort_early = abort_early;
        self
    }

    /// The most entries `userProperties` may hold (default 10 000); more is the top-level
    /// error `"userProperties" must contain less than or equal to N items`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{validate_request_with, Options};
    ///
    /// let err = validate_request_with(br#"{"userProperties":[{},{}]}"#, &Options::new().max_entries(1))
    ///     .unwrap_err();
    /// assert_eq!(err.message(), r#""userProperties" must contain less than or equal to 1 items"#);
    /// ```
    pub fn max_entries(mut self, max_entries: usize) -> Self {
        self.max_entries = max_entries;
        self
    }

    /// The longest JSON text accepted, in bytes (default 16 MiB); longer is `"value" must
    /// be less than or equal to N bytes`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{validate_request_with, Options};
    ///
    /// let err = validate_request_with(br#"{"userProperties":[]}"#, &Options::new().max_body_bytes(8))
    ///     .unwrap_err();
    /// assert_eq!(err.message(), r#""value" must be less than or equal to 8 bytes"#);
    /// ```
    pub fn max_body_bytes(mut self, max_body_bytes: usize) -> Self {
        self.max_body_bytes = max_body_bytes;
        self
    }

    /// The deepest nesting of arrays and objects accepted, the outermost value counting as
    /// one level (default 32; values above [`Options::DEPTH_CAP`] are lowered to it).
    /// Deeper is `"value" must not be nested more than N levels deep`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{validate_entry_json_with, Options};
    ///
    /// let entry = br#"{"firstName":"A","lastName":"B","x":[[1]]}"#;
    /// let report = validate_entry_json_with(entry, &Options::new().max_depth(2)).unwrap_err();
    /// assert_eq!(report.first().message(), r#""value" must not be nested more than 2 levels deep"#);
    /// ```
    pub fn max_depth(mut self, max_depth: usize) -> Self {
        self.max_depth = max_depth.min(Self::DEPTH_CAP);
        self
    }

    /// The longest free-text field or tag accepted after normalization, in UTF-16 code
    /// units as JavaScript's `length` counts them (default 10 000: far above any real name
    /// or address, far below what would let one entry fill a database row). Longer is
    /// Joi's `string.max`: `"x" length must be less than or equal to N characters long`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{validate_entry_json_with, Options};
    ///
    /// let entry = br#"{"firstName":"Anna-Maria","lastName":"B"}"#;
    /// let report = validate_entry_json_with(entry, &Options::new().max_string_length(8))
    ///     .unwrap_err();
    /// assert_eq!(
    ///     report.first().message(),
    ///     r#""firstName" length must be less than or equal to 8 characters long"#
    /// );
    /// ```
    pub fn max_string_length(mut self, max_string_length: usize) -> Self {
        self.max_string_length = max_string_length;
        self
    }

    /// The most items `tags` may hold (default 1 000). More is Joi's `array.max`, reported
    /// after the items' own errors as Joi does: `"tags" must contain less than or equal to
    /// N items`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{validate_entry_json_with, Options};
    ///
    /// let entry = br#"{"firstName":"A","lastName":"B","tags":["a","b","c"]}"#;
    /// let report = validate_entry_json_with(entry, &Options::new().max_tags(2)).unwrap_err();
    /// assert_eq!(report.first().message(), r#""tags" must contain less than or equal to 2 items"#);
    /// ```
    pub fn max_tags(mut self, max_tags: usize) -> Self {
        self.max_tags = max_tags;
        self
    }

    /// With the `rayon` feature: whether [`validate_request_with`] validates the entries
    /// of a body with 64 entries or more on rayon's global thread pool (default `true`).
    /// The outcome is the same either way, entries in input order; only the time differs.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{validate_request_with, Options};
    ///
    /// let entry = r#"{"firstName":"A","lastName":"B","phoneNumber":"9090909090"}"#;
    /// let body = format!(r#"{{"userProperties":[{}]}}"#, vec![entry; 100].join(","));
    /// let parallel = validate_request_with(body.as_bytes(), &Options::new())?;
    /// let sequential = validate_request_with(body.as_bytes(), &Options::new().parallel(false))?;
    /// assert_eq!(parallel, sequential);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "rayon")]
    pub fn parallel(mut self, parallel: bool) -> Self {
        self.parallel = parallel;
        self
    }
}

/// The identity of a contact, from [`UserProperty::contact_id`]: two entries with equal
/// ids are the same person. An entry with an email and one with only the same phone have
/// different ids: nothing says the phone belongs to that mailbox.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::validate_entry_json;
///
/// let a = validate_entry_json(br#"{"firstName":"A","lastName":"B","email":"jan.novak@gmail.com"}"#)?;
/// let b = validate_entry_json(br#"{"firstName":"A","lastName":"B","email":"JanNovak+crm@googlemail.com"}"#)?;
/// assert_eq!(a.contact_id(), b.contact_id());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ContactId<'a> {
    /// The email's [`dedup_key`](CanonicalEmail::dedup_key).
    Email(Cow<'a, str>),
    /// The phone number, for an entry without email.
    Phone(&'a IntlPhone),
}

/// One validated, normalized BIK user property entry.
///
/// Only validation builds one, so every value is valid: names are non-empty trimmed text,
/// `email` is a [`CanonicalEmail`], phones are [`IntlPhone`]s, dates are [`Timestamp`]s.
/// Free text is trimmed, without control characters other than tab, CR and LF, and with
/// inner runs of white space collapsed to one space.
///
/// `Serialize` writes the API's camelCase keys in the schema's order, leaving out absent
/// fields, with dates as `toISOString()` text; validating that JSON again gives back an
/// equal value.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::validate_entry_json;
///
/// let user = validate_entry_json(br#"{
///     "firstName": "  Mark ", "lastName": "Barasek", "email": "Mark@BIK.ai",
///     "phoneNumber": "9090909090", "createdAt": 1700000000000,
///     "smsMarketingConsent": "TRUE", "tags": [" vip  customer "]
/// }"#)?;
/// assert_eq!(user.first_name(), "Mark");
/// assert_eq!(
///     serde_json::to_string(&user)?,
///     r#"{"firstName":"Mark","lastName":"Barasek","phoneNumber":"+91 9090909090","email":"mark@bik.ai","createdAt":"2023-11-14T22:13:20.000Z","smsMarketingConsent":true,"tags":["vip customer"]}"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct UserProperty {
    /// The nine free-text fields, in one allocation (see [`Texts`]).
    texts: Texts,
    phone_number: Option<IntlPhone>,
    alternate_phone_number: Option<IntlPhone>,
    email: Option<CanonicalEmail>,
    created_at: Option<Timestamp>,
    updated_at: Option<Timestamp>,
    email_marketing_consent: Option<bool>,
    sms_marketing_consent: Option<bool>,
    tags: Option<Vec<String>>,
}

impl fmt::Debug for UserProperty {
    /// The fields by name, as a derived `Debug` of one field per key would show them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UserProperty")
            .field("first_name", &self.first_name())
            .field("last_name", &self.last_name())
            .field("source", &self.source())
            .field("phone_number", &self.phone_number)
            .field("alternate_phone_number", &self.alternate_phone_number)
            .field("email", &self.email)
            .field("address1", &self.address1())
            .field("address2", &self.address2())
            .field("city", &self.city())
            .field("state", &self.state())
            .field("country", &self.country())
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .field("email_marketing_consent", &self.email_marketing_consent)
            .field("sms_marketing_consent", &self.sms_marketing_consent)
            .field("tags", &self.tags)
            .field("partner_customer_id", &self.partner_customer_id())
            .finish()
    }
}

/// Indices of the free-text fields in [`Texts`].
const FIRST_NAME: usize = 0;
const LAST_NAME: usize = 1;
const SOURCE: usize = 2;
const ADDRESS1: usize = 3;
const ADDRESS2: usize = 4;
const CITY: usize = 5;
const STATE: usize = 6;
const COUNTRY: usize = 7;
const PARTNER_CUSTOMER_ID: usize = 8;
const TEXT_FIELDS: usize = 9;

/// A [`UserProperty`]'s free-text fields, concatenated in one buffer.
///
/// A valid entry has six of them on average; one `String` each cost six allocations and
/// 216 bytes of inline `Option<String>`s per entry, and allocation was a quarter of bulk
/// validation's time (callgrind) and most of its memory. Equal field values give an equal
/// buffer, so the derived `Eq` and `Hash` mean the same as field-by-field ones.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Texts {
    buf: Box<str>,
    /// Where each field ends in `buf`; an absent field is empty and ends where the one
    /// before it does.
    ends: [usize; TEXT_FIELDS],
    /// Bit `i`: field `i` is present.
    present: u16,
}

impl Texts {
    fn new(fields: [Option<&str>; TEXT_FIELDS]) -> Texts {
        let len = fields.iter().flatten().map(|f| f.len()).sum();
        let mut buf = String::with_capacity(len);
        let mut ends = [0; TEXT_FIELDS];
        let mut present = 0;
        for (i, field) in fields.iter().enumerate() {
            if let Some(text) = field {
                buf.push_str(text);
                present |= 1 << i;
            }
            if let Some(end) = ends.get_mut(i) {
                *end = buf.len();
            }
        }
        Texts {
            buf: buf.into_boxed_str(),
            ends,
            present,
        }
    }

    fn get(&self, field: usize) -> Option<&str> {
        if self.present & (1 << field) == 0 {
            return None;
        }
        let start = match field.checked_sub(1) {
            Some(before) => *self.ends.get(before)?,
            None => 0,
        };
        self.buf.get(start..*self.ends.get(field)?)
    }

    fn all(&self) -> [Option<&str>; TEXT_FIELDS] {
        std::array::from_fn(|i| self.get(i))
    }
}

impl UserProperty {
    /// `firstName`: trimmed, non-empty.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::validate_entry_json(br#"{"firstName":" Ann ","lastName":"Lee"}"#)?;
    /// assert_eq!(user.first_name(), "Ann");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn first_name(&self) -> &str {
        self.texts.get(FIRST_NAME).unwrap_or_default()
    }

    /// `lastName`: trimmed, non-empty.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::validate_entry_json(br#"{"firstName":"Ann","lastName":"van  der Berg"}"#)?;
    /// assert_eq!(user.last_name(), "van der Berg");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn last_name(&self) -> &str {
        self.texts.get(LAST_NAME).unwrap_or_default()
    }

    /// `source`: the data source identifier, if sent.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::validate_entry_json(br#"{"firstName":"A","lastName":"B","source":"shopify"}"#)?;
    /// assert_eq!(user.source(), Some("shopify"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn source(&self) -> Option<&str> {
        self.texts.get(SOURCE)
    }

    /// `phoneNumber`, read with the default region.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::validate_entry_json(br#"{"firstName":"A","lastName":"B","phoneNumber":"9090909090"}"#)?;
    /// assert_eq!(user.phone_number().map(|p| p.as_str()), Some("+91 9090909090"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn phone_number(&self) -> Option<&IntlPhone> {
        self.phone_number.as_ref()
    }

    /// `alternatePhoneNumber`, read with the default region.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::validate_entry_json(br#"{"firstName":"A","lastName":"B","alternatePhoneNumber":"+44 20 7946 0000"}"#)?;
    /// assert_eq!(user.alternate_phone_number().map(|p| p.as_str()), Some("+44 2079460000"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn alternate_phone_number(&self) -> Option<&IntlPhone> {
        self.alternate_phone_number.as_ref()
    }

    /// `email`, canonical.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::validate_entry_json(br#"{"firstName":"A","lastName":"B","email":" MARK@BIK.AI "}"#)?;
    /// assert_eq!(user.email().map(|e| e.as_str()), Some("mark@bik.ai"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn email(&self) -> Option<&CanonicalEmail> {
        self.email.as_ref()
    }

    /// `address1`.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::validate_entry_json(br#"{"firstName":"A","lastName":"B","address1":"10 Downing St"}"#)?;
    /// assert_eq!(user.address1(), Some("10 Downing St"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn address1(&self) -> Option<&str> {
        self.texts.get(ADDRESS1)
    }

    /// `address2`.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::validate_entry_json(br#"{"firstName":"A","lastName":"B","address2":"Apt 4"}"#)?;
    /// assert_eq!(user.address2(), Some("Apt 4"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn address2(&self) -> Option<&str> {
        self.texts.get(ADDRESS2)
    }

    /// `city`.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::validate_entry_json(br#"{"firstName":"A","lastName":"B","city":"Bengaluru"}"#)?;
    /// assert_eq!(user.city(), Some("Bengaluru"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn city(&self) -> Option<&str> {
        self.texts.get(CITY)
    }

    /// `state`: state or province.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::validate_entry_json(br#"{"firstName":"A","lastName":"B","state":"KA"}"#)?;
    /// assert_eq!(user.state(), Some("KA"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn state(&self) -> Option<&str> {
        self.texts.get(STATE)
    }

    /// `country`: free text, as sent (trimmed).
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::validate_entry_json(br#"{"firstName":"A","lastName":"B","country":"India"}"#)?;
    /// assert_eq!(user.country(), Some("India"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn country(&self) -> Option<&str> {
        self.texts.get(COUNTRY)
    }

    /// `createdAt`.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::validate_entry_json(br#"{"firstName":"A","lastName":"B","createdAt":"2024-03-07T15:30:00+05:30"}"#)?;
    /// assert_eq!(user.created_at().map(|t| t.to_string()).as_deref(), Some("2024-03-07T10:00:00.000Z"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn created_at(&self) -> Option<Timestamp> {
        self.created_at
    }

    /// `updatedAt`.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::validate_entry_json(br#"{"firstName":"A","lastName":"B","updatedAt":"0"}"#)?;
    /// assert_eq!(user.updated_at().map(|t| t.as_millis()), Some(0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn updated_at(&self) -> Option<Timestamp> {
        self.updated_at
    }

    /// `emailMarketingConsent`.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::validate_entry_json(br#"{"firstName":"A","lastName":"B","emailMarketingConsent":"False"}"#)?;
    /// assert_eq!(user.email_marketing_consent(), Some(false));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn email_marketing_consent(&self) -> Option<bool> {
        self.email_marketing_consent
    }

    /// `smsMarketingConsent`.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::validate_entry_json(br#"{"firstName":"A","lastName":"B","smsMarketingConsent":true}"#)?;
    /// assert_eq!(user.sms_marketing_consent(), Some(true));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn sms_marketing_consent(&self) -> Option<bool> {
        self.sms_marketing_consent
    }

    /// `tags`, each trimmed free text; `Some(&[])` when an empty array was sent.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::validate_entry_json(br#"{"firstName":"A","lastName":"B","tags":["vip"," repeat  buyer"]}"#)?;
    /// assert_eq!(user.tags(), Some(&["vip".to_owned(), "repeat buyer".to_owned()][..]));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn tags(&self) -> Option<&[String]> {
        self.tags.as_deref()
    }

    /// `partnerCustomerId`: the partner platform's customer id.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::validate_entry_json(br#"{"firstName":"A","lastName":"B","partnerCustomerId":"5242031"}"#)?;
    /// assert_eq!(user.partner_customer_id(), Some("5242031"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn partner_customer_id(&self) -> Option<&str> {
        self.texts.get(PARTNER_CUSTOMER_ID)
    }

    /// Which contact this entry is, for de-duplication and upserts: its email's
    /// [`dedup_key`](CanonicalEmail::dedup_key), or without an email its `phoneNumber`;
    /// `None` when it has neither. [`BulkOutcome::contacts`] groups entries by it.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{validate_entry_json, ContactId};
    ///
    /// let user = validate_entry_json(br#"{"firstName":"A","lastName":"B","email":"Jan.Novak+x@gmail.com","phoneNumber":"9090909090"}"#)?;
    /// assert!(matches!(user.contact_id(), Some(ContactId::Email(key)) if key == "jannovak@gmail.com"));
    /// let user = validate_entry_json(br#"{"firstName":"A","lastName":"B","phoneNumber":"9090909090"}"#)?;
    /// assert!(matches!(user.contact_id(), Some(ContactId::Phone(p)) if p.e164() == "+919090909090"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn contact_id(&self) -> Option<ContactId<'_>> {
        match (&self.email, &self.phone_number) {
            (Some(email), _) => Some(ContactId::Email(email.dedup_key())),
            (None, Some(phone)) => Some(ContactId::Phone(phone)),
            (None, None) => None,
        }
    }

    /// `self` with every field `later` has replacing this one's (required names always).
    fn merge(&mut self, later: &UserProperty) {
        fn take<T: Clone>(into: &mut Option<T>, from: &Option<T>) {
            if from.is_some() {
                into.clone_from(from);
            }
        }
        // The names always come from the later entry (they are required), the other
        // texts when it has them.
        let (mine, theirs) = (self.texts.all(), later.texts.all());
        let texts = Texts::new(std::array::from_fn(|i| {
            let later = theirs.get(i).copied().flatten();
            later.or_else(|| mine.get(i).copied().flatten())
        }));
        self.texts = texts;
        take(&mut self.phone_number, &later.phone_number);
        take(
            &mut self.alternate_phone_number,
            &later.alternate_phone_number,
        );
        take(&mut self.email, &later.email);
        take(&mut self.created_at, &later.created_at);
        take(&mut self.updated_at, &later.updated_at);
        take(
            &mut self.email_marketing_consent,
            &later.email_marketing_consent,
        );
        take(
            &mut self.sms_marketing_consent,
            &later.sms_marketing_consent,
        );
        take(&mut self.tags, &later.tags);
    }
}

impl Serialize for UserProperty {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Text<'a>(&'a str);
        impl Serialize for Text<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.0)
            }
        }
        struct Iso(Timestamp);
        impl Serialize for Iso {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(&self.0)
            }
        }

        let present = [
            self.source().is_some(),
            self.phone_number.is_some(),
            self.alternate_phone_number.is_some(),
            self.email.is_some(),
            self.address1().is_some(),
            self.address2().is_some(),
            self.city().is_some(),
            self.state().is_some(),
            self.country().is_some(),
            self.created_at.is_some(),
            self.updated_at.is_some(),
            self.email_marketing_consent.is_some(),
            self.sms_marketing_consent.is_some(),
            self.tags.is_some(),
            self.partner_customer_id().is_some(),
        ];
        let len = 2 + present.iter().filter(|p| **p).count();
        let mut s = serializer.serialize_struct("UserProperty", len)?;
        s.serialize_field("firstName", self.first_name())?;
        s.serialize_field("lastName", self.last_name())?;
        macro_rules! optional {
            ($key:literal, $value:expr) => {
                match $value {
                    Some(value) => s.serialize_field($key, &value)?,
                    None => s.skip_field($key)?,
                }
            };
        }
        optional!("source", self.source().map(Text));
        optional!(
            "phoneNumber",
            self.phone_number.as_ref().map(|p| Text(p.as_str()))
        );
        optional!(
            "alternatePhoneNumber",
            self.alternate_phone_number
                .as_ref()
                .map(|p| Text(p.as_str()))
        );
        optional!("email", self.email.as_ref().map(|e| Text(e.as_str())));
        optional!("address1", self.address1().map(Text));
        optional!("address2", self.address2().map(Text));
        optional!("city", self.city().map(Text));
        optional!("state", self.state().map(Text));
        optional!("country", self.country().map(Text));
        optional!("createdAt", self.created_at.map(Iso));
        optional!("updatedAt", self.updated_at.map(Iso));
        optional!("emailMarketingConsent", self.email_marketing_consent);
        optional!("smsMarketingConsent", self.sms_marketing_consent);
        optional!("tags", self.tags.as_ref());
        optional!("partnerCustomerId", self.partner_customer_id().map(Text));
        s.end()
    }
}

/// Validates one entry's JSON text (abort early, default [`Options`]).
///
/// # Errors
///
/// The first error in Joi's order, e.g. `"value" must be of type object` for `[]`,
/// `"firstName" is required` for `{}`, `"emial" is not allowed`; see the
/// [module docs](self) for the rules. Text that is not JSON is `"value" must be valid JSON
/// (line L, column C)`; the default limits apply.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::validate_entry_json;
///
/// let user = validate_entry_json(br#"{"firstName":"Test","lastName":"2","phoneNumber":"9090909090"}"#)?;
/// assert_eq!(user.last_name(), "2");
///
/// let err = validate_entry_json(br#"{"firstName":"Test","lastName":"2","createdAt":"2024-02-30"}"#)
///     .unwrap_err();
/// assert_eq!(err.to_string(), r#"ValidationError: "createdAt" must be a valid date"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn validate_entry_json(entry: &[u8]) -> Result<UserProperty, ValidationError> {
    validate_entry_json_with(entry, &Options::default()).map_err(|report| report.first().clone())
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
/// use contactkit::user_properties::validate_entry_json_report;
///
/// let report = validate_entry_json_report(br#"{"firstName":"","lastName":"B","email":"x@@y","zip":1}"#)
///     .unwrap_err();
/// let messages: Vec<&str> = report.iter().map(|e| e.message()).collect();
/// assert_eq!(
///     messages,
///     [r#""firstName" is not allowed to be empty"#, r#""email" must be a valid email"#, r#""zip" is not allowed"#]
/// );
/// ```
pub fn validate_entry_json_report(entry: &[u8]) -> Result<UserProperty, Report> {
    validate_entry_json_with(entry, &Options::default().abort_early(false))
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
/// use contactkit::user_properties::{validate_entry_json_with, Options};
///
/// let report = validate_entry_json_with(br#"{"firstName":"A"}"#, &Options::new()).unwrap_err();
/// assert_eq!(report.to_string(), r#"ValidationError: "lastName" is required"#);
/// ```
pub fn validate_entry_json_with(entry: &[u8], options: &Options) -> Result<UserProperty, Report> {
    if entry.len() > options.max_body_bytes {
        return Err(too_large(options).into());
    }
    let read = || -> Result<_, ReadError> {
        let mut reader = Reader::new(entry, options.max_depth)?;
        let result = read_entry(&mut reader, options)?;
        reader.finish()?;
        Ok(result)
    };
    read().map_err(|e| read_error(e, entry))?
}

/// Validates one entry already parsed into a `serde_json::Value` (abort early, default
/// [`Options`]).
///
/// A `serde_json::Value` has already lost duplicate keys and, without serde_json's
/// `preserve_order` feature, the client's key order, so unknown keys are reported in the
/// map's order (array-index keys first, as JavaScript would). Prefer
/// [`validate_entry_json`] when you have the text.
///
/// # Errors
///
/// As [`validate_entry_json`], except that there is no text to reject; values nested
/// deeper than the default depth limit are rejected.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::validate_entry;
///
/// let value = serde_json::json!({"firstName": "A", "lastName": "B", "tags": "vip"});
/// let err = validate_entry(&value).unwrap_err();
/// assert_eq!(err.to_string(), r#"ValidationError: "tags" must be an array"#);
/// ```
pub fn validate_entry(entry: &serde_json::Value) -> Result<UserProperty, ValidationError> {
    validate_entry_with(entry, &Options::default()).map_err(|report| report.first().clone())
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
/// use contactkit::user_properties::validate_entry_report;
///
/// let report = validate_entry_report(&serde_json::json!({"firstName": 1})).unwrap_err();
/// assert_eq!(report.len(), 2);
/// ```
pub fn validate_entry_report(entry: &serde_json::Value) -> Result<UserProperty, Report> {
    validate_entry_with(entry, &Options::default().abort_early(false))
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
/// use contactkit::user_properties::{validate_entry_with, Options};
///
/// let value = serde_json::json!({"firstName": "A", "lastName": "B", "phoneNumber": "777123456"});
/// let user = validate_entry_with(&value, &Options::new().default_region("CZ"))?;
/// assert_eq!(user.phone_number().map(|p| p.as_str()), Some("+420 777123456"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn validate_entry_with(
    entry: &serde_json::Value,
    options: &Options,
) -> Result<UserProperty, Report> {
    let value = from_serde(entry, 1, options.max_depth).map_err(|limit| {
        ValidationError::new(ValidationErrorKind::TooDeep { limit }, Path::root())
    })?;
    validate_value(&value, options)
}

/// Validates a whole request body `{"userProperties": [...]}` with the default [`Options`].
///
/// # Errors
///
/// One top-level error (an HTTP 400) when the body is not a JSON object with a
/// `userProperties` array: `"value" must be valid JSON (line 1, column 2)`,
/// `"value" must be of type object`, `"userProperties" is required`,
/// `"userProperties" must be an array`, `"x" is not allowed` for any other key, and the
/// limits: `"value" must be less than or equal to 16777216 bytes`, `"userProperties" must
/// contain less than or equal to 10000 items`, `"value" must not be nested more than 32
/// levels deep`. Invalid entries are not errors: they are in [`BulkOutcome::invalid`].
/// As for entries, a body's `__proto__` key is not unknown and an object value lends it a
/// missing `userProperties`.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::validate_request;
///
/// let outcome = validate_request(br#"{"userProperties":[
///     {"firstName":"Test","lastName":"2","email":"mark@bik.ai"},
///     {"firstName":"Test2","lastName":"4","emial":"mark2@bik.ai"}
/// ]}"#)?;
/// assert_eq!(outcome.valid()[0].index(), 0);
/// assert_eq!(outcome.invalid()[0].index(), 1);
/// assert_eq!(
///     outcome.invalid()[0].error().to_string(),
///     r#"ValidationError: "emial" is not allowed"#
/// );
///
/// let err = validate_request(br#"{"userProperties":{}}"#).unwrap_err();
/// assert_eq!(err.to_string(), r#"ValidationError: "userProperties" must be an array"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn validate_request(body: &[u8]) -> Result<BulkOutcome, ValidationError> {
    validate_request_with(body, &Options::default())
}

/// Validates a whole request body with `options`.
///
/// Body-level errors always stop at the first one; [`Options::abort_early`] decides whether
/// each invalid entry reports its first error or all of them.
///
/// # Errors
///
/// As [`validate_request`], with the limits of `options`.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::{validate_request_with, Options};
///
/// let outcome = validate_request_with(
///     br#"{"userProperties":[{"lastName":"","tags":[1]}]}"#,
///     &Options::new().abort_early(false),
/// )?;
/// assert_eq!(
///     outcome.invalid()[0].report().to_string(),
///     r#"ValidationError: "firstName" is required. "lastName" is not allowed to be empty. "tags[0]" must be a string"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn validate_request_with(
    body: &[u8],
    options: &Options,
) -> Result<BulkOutcome, ValidationError> {
    if body.len() > options.max_body_bytes {
        return Err(too_large(options));
    }
    let fail = |f: Fail| match f {
        Fail::Read(e) => read_error(e, body),
        Fail::Invalid(e) => e,
    };
    let mut reader = Reader::new(body, options.max_depth).map_err(|e| read_error(e, body))?;
    if reader.peek() != Some(b'{') {
        reader.value().map_err(|e| read_error(e, body))?;
        reader.finish().map_err(|e| read_error(e, body))?;
        return Err(ValidationError::new(
            ValidationErrorKind::NotAnObject,
            Path::root(),
        ));
    }
    let scan = scan_body(&mut reader, options, true).map_err(fail)?;
    reader.finish().map_err(|e| read_error(e, body))?;

    let BodyScan {
        user_properties,
        unknown,
        proto,
    } = scan;
    // As for entries, `__proto__` becomes the prototype: an inherited `userProperties`.
    let user_properties = user_properties.or_else(|| proto.and_then(|p| p.user_properties));
    let outcome = match user_properties {
        None => {
            return Err(ValidationError::new(
                ValidationErrorKind::Required,
                Path::key(USER_PROPERTIES),
            ))
        }
        Some(Scanned::NotArray) => {
            return Err(ValidationError::new(
                ValidationErrorKind::NotAnArray,
                Path::key(USER_PROPERTIES),
            ))
        }
        Some(Scanned::Entries(outcome)) => outcome,
    };
    if let Some(key) = json_object::own_keys(unknown.iter().map(|k| k.as_ref())).first() {
        return Err(ValidationError::new(
            ValidationErrorKind::UnknownKey,
            Path::key(key),
        ));
    }
    Ok(outcome)
}

/// The result of a valid request body: every entry, validated on its own.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::validate_request;
///
/// let outcome = validate_request(br#"{"userProperties":[{"firstName":"A","lastName":"B"}, 7]}"#)?;
/// assert_eq!(outcome.len(), 2);
/// assert_eq!(outcome.valid().len(), 1);
/// assert_eq!(
///     serde_json::to_string(outcome.invalid())?,
///     r#"[{"value":7,"error":"ValidationError: \"value\" must be of type object"}]"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkOutcome {
    valid: Vec<ValidEntry>,
    invalid: Vec<InvalidEntry>,
}

/// A valid entry of a request: its position in `userProperties` and its normalized value.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::validate_request;
///
/// let outcome = validate_request(br#"{"userProperties":[1, {"firstName":"A","lastName":"B"}]}"#)?;
/// let entry = &outcome.valid()[0];
/// assert_eq!((entry.index(), entry.property().first_name()), (1, "A"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidEntry {
    index: usize,
    property: UserProperty,
}

/// An invalid entry of a request: its position, its JSON text exactly as sent, and why.
///
/// `Serialize` writes the shape of BIK's `invalidUserProperties` items: the entry's members
/// as sent (same order, same text, duplicates kept) and an `error` member holding the
/// error's `Display` (replacing the value of an `error` key the client sent, in place). An
/// entry that is not an object is written as `{"value": <entry>, "error": ...}`. This needs
/// a serializer that understands `serde_json::value::RawValue` (serde_json's).
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::validate_request;
///
/// let outcome = validate_request(br#"{"userProperties":[{"phoneNumber":"9090909010", "emial":"mark2@bik.ai","firstName":"Test2","lastName":"4"}]}"#)?;
/// let entry = &outcome.invalid()[0];
/// assert_eq!(entry.entry_json(), r#"{"phoneNumber":"9090909010", "emial":"mark2@bik.ai","firstName":"Test2","lastName":"4"}"#);
/// assert_eq!(
///     serde_json::to_string(entry)?,
///     r#"{"phoneNumber":"9090909010","emial":"mark2@bik.ai","firstName":"Test2","lastName":"4","error":"ValidationError: \"emial\" is not allowed"}"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidEntry {
    index: usize,
    entry: Box<str>,
    report: Report,
}

/// Entries of one request that are the same contact, in input order.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::validate_request;
///
/// let outcome = validate_request(br#"{"userProperties":[
///     {"firstName":"A","lastName":"B","email":"a@example.com","city":"Pune"},
///     {"firstName":"C","lastName":"D","phoneNumber":"9090909090"},
///     {"firstName":"A","lastName":"Bee","email":"A@Example.com"}
/// ]}"#)?;
/// let contacts = outcome.contacts();
/// assert_eq!(contacts.len(), 2);
/// assert_eq!(contacts[0].indices().collect::<Vec<_>>(), [0, 2]);
/// let merged = contacts[0].merged();
/// assert_eq!((merged.last_name(), merged.city()), ("Bee", Some("Pune")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactGroup<'a> {
    // Split so that a group is non-empty by construction.
    first: &'a ValidEntry,
    rest: Vec<&'a ValidEntry>,
}

impl BulkOutcome {
    /// The valid entries, normalized, in input order.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::validate_request;
    ///
    /// let outcome = validate_request(br#"{"userProperties":[{"firstName":" A ","lastName":"B"}]}"#)?;
    /// assert_eq!(outcome.valid()[0].property().first_name(), "A");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn valid(&self) -> &[ValidEntry] {
        &self.valid
    }

    /// The invalid entries, as sent, in input order.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::validate_request;
    ///
    /// let outcome = validate_request(br#"{"userProperties":[{}]}"#)?;
    /// assert_eq!(outcome.invalid()[0].error().message(), r#""firstName" is required"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn invalid(&self) -> &[InvalidEntry] {
        &self.invalid
    }

    /// The number of entries in the request, valid or not.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::validate_request;
    ///
    /// assert_eq!(validate_request(br#"{"userProperties":[{},{}]}"#)?.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn len(&self) -> usize {
        self.valid.len() + self.invalid.len()
    }

    /// Whether the request had no entries (`"userProperties": []`).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::validate_request;
    ///
    /// assert!(validate_request(br#"{"userProperties":[]}"#)?.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.valid.is_empty() && self.invalid.is_empty()
    }

    /// The valid entries grouped by contact, so that a store upserts each contact once.
    ///
    /// Entries with the same [`UserProperty::contact_id`] form one group (an entry with an
    /// email and one with only the same phone are different identities, so they stay
    /// apart). Entries with neither are groups of their own. Groups come in the order
    /// of their first entry; [`ContactGroup::merged`] combines a group field by field,
    /// later entries winning.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::validate_request;
    ///
    /// let outcome = validate_request(br#"{"userProperties":[
    ///     {"firstName":"A","lastName":"B","phoneNumber":"9090909090"},
    ///     {"firstName":"A","lastName":"B","phoneNumber":"+91 90909 09090","smsMarketingConsent":true}
    /// ]}"#)?;
    /// let contacts = outcome.contacts();
    /// assert_eq!(contacts.len(), 1);
    /// assert_eq!(contacts[0].merged().sms_marketing_consent(), Some(true));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn contacts(&self) -> Vec<ContactGroup<'_>> {
        let mut groups: Vec<ContactGroup<'_>> = Vec::new();
        let mut by_identity: HashMap<ContactId<'_>, usize> = HashMap::new();
        for entry in &self.valid {
            let identity = entry.property.contact_id();
            let existing = identity
                .as_ref()
                .and_then(|id| by_identity.get(id).copied());
            match (existing.and_then(|g| groups.get_mut(g)), identity) {
                (Some(group), _) => group.rest.push(entry),
                (None, identity) => {
                    if let Some(identity) = identity {
                        by_identity.insert(identity, groups.len());
                    }
                    groups.push(ContactGroup {
                        first: entry,
                        rest: Vec::new(),
                    });
                }
            }
        }
        groups
    }
}

impl ValidEntry {
    /// The entry's index in the request's `userProperties` array.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::validate_request;
    ///
    /// let outcome = validate_request(br#"{"userProperties":[{},{"firstName":"A","lastName":"B"}]}"#)?;
    /// assert_eq!(outcome.valid()[0].index(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn index(&self) -> usize {
        self.index
    }

    /// The validated, normalized entry.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::validate_request;
    ///
    /// let outcome = validate_request(br#"{"userProperties":[{"firstName":"A","lastName":"B"}]}"#)?;
    /// assert_eq!(outcome.valid()[0].property().last_name(), "B");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn property(&self) -> &UserProperty {
        &self.property
    }

    /// The validated entry, by value.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::validate_request;
    ///
    /// let outcome = validate_request(br#"{"userProperties":[{"firstName":"A","lastName":"B"}]}"#)?;
    /// let users: Vec<_> = outcome.valid().iter().cloned().map(|e| e.into_property()).collect();
    /// assert_eq!(users.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn into_property(self) -> UserProperty {
        self.property
    }
}

impl InvalidEntry {
    /// The entry's index in the request's `userProperties` array.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::validate_request;
    ///
    /// let outcome = validate_request(br#"{"userProperties":[{"firstName":"A","lastName":"B"},{}]}"#)?;
    /// assert_eq!(outcome.invalid()[0].index(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn index(&self) -> usize {
        self.index
    }

    /// The entry's JSON text exactly as the client sent it.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::validate_request;
    ///
    /// let outcome = validate_request(br#"{"userProperties":[ {"a" : 1} ]}"#)?;
    /// assert_eq!(outcome.invalid()[0].entry_json(), r#"{"a" : 1}"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn entry_json(&self) -> &str {
        &self.entry
    }

    /// The first error (what Joi reports with `abortEarly: true`).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::validate_request;
    ///
    /// let outcome = validate_request(br#"{"userProperties":[{"firstName":"A"}]}"#)?;
    /// assert_eq!(outcome.invalid()[0].error().message(), r#""lastName" is required"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn error(&self) -> &ValidationError {
        self.report.first()
    }

    /// Every error found: one unless validated with [`Options::abort_early`]`(false)`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::validate_request;
    ///
    /// let outcome = validate_request(br#"{"userProperties":[{}]}"#)?;
    /// assert_eq!(outcome.invalid()[0].report().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The `invalidUserProperties` item: the entry as sent plus its `error`.
    fn to_response_json(&self) -> String {
        let message = self.report.to_string();
        let entry: &str = &self.entry;
        let mut out = String::with_capacity(entry.len() + message.len() + 16);
        if entry.starts_with('{') {
            let mut reader = match Reader::new(entry.as_bytes(), Options::DEPTH_CAP) {
                Ok(reader) => reader,
                Err(_) => return wrap_value(entry, &message),
            };
            out.push('{');
            let mut replaced = false;
            let members = reader.object(|r, key| -> Result<(), ReadError> {
                let (_, span) = r.spanned_value()?;
                if out.len() > 1 {
                    out.push(',');
                }
                out.push_str(key.raw);
                out.push(':');
                if key.name == "error" {
                    json_object::push_json_string(&mut out, &message);
                    replaced = true;
                } else {
                    out.push_str(entry.get(span).unwrap_or("null"));
                }
                Ok(())
            });
            if members.is_err() {
                // Unreachable for text that validation already read; never emit broken JSON.
                return wrap_value(entry, &message);
            }
            if !replaced {
                if out.len() > 1 {
                    out.push(',');
                }
                out.push_str("\"error\":");
                json_object::push_json_string(&mut out, &message);
            }
            out.push('}');
            out
        } else {
            wrap_value(entry, &message)
        }
    }
}

fn wrap_value(entry: &str, message: &str) -> String {
    let mut out = String::with_capacity(entry.len() + message.len() + 24);
    out.push_str("{\"value\":");
    out.push_str(entry);
    out.push_str(",\"error\":");
    json_object::push_json_string(&mut out, message);
    out.push('}');
    out
}

impl Serialize for InvalidEntry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let raw = serde_json::value::RawValue::from_string(self.to_response_json())
            .map_err(serde::ser::Error::custom)?;
        raw.serialize(serializer)
    }
}

impl<'a> ContactGroup<'a> {
    /// The group's entries, in input order.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::validate_request;
    ///
    /// let outcome = validate_request(br#"{"userProperties":[{"firstName":"A","lastName":"B"}]}"#)?;
    /// assert_eq!(outcome.contacts()[0].entries().count(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn entries(&self) -> impl Iterator<Item = &'a ValidEntry> + '_ {
        std::iter::once(self.first).chain(self.rest.iter().copied())
    }

    /// The request indexes of the group's entries, ascending.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::validate_request;
    ///
    /// let outcome = validate_request(br#"{"userProperties":[{},{"firstName":"A","lastName":"B"}]}"#)?;
    /// assert_eq!(outcome.contacts()[0].indices().collect::<Vec<_>>(), [1]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.entries().map(|e| e.index)
    }

    /// The group's entries combined field by field: each field comes from the last entry
    /// that has it (`tags` as a whole, not merged item by item); the names from the last
    /// entry.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::validate_request;
    ///
    /// let outcome = validate_request(br#"{"userProperties":[
    ///     {"firstName":"A","lastName":"B","email":"a@example.com","tags":["x"],"city":"Pune"},
    ///     {"firstName":"A","lastName":"B","email":"a@example.com","tags":["y"]}
    /// ]}"#)?;
    /// let merged = outcome.contacts()[0].merged();
    /// assert_eq!(merged.tags(), Some(&["y".to_owned()][..]));
    /// assert_eq!(merged.city(), Some("Pune"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn merged(&self) -> UserProperty {
        let mut merged = self.first.property.clone();
        for entry in &self.rest {
            merged.merge(&entry.property);
        }
        merged
    }
}

// ---------------------------------------------------------------------------------------
// Validation

const USER_PROPERTIES: &str = "userProperties";

/// The schema's field names, in Joi's declared order (which is the error order): the
/// keys an entry may have.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::FIELDS;
///
/// assert_eq!(FIELDS[0], "firstName");
/// assert!(FIELDS.contains(&"partnerCustomerId"));
/// ```
pub const FIELDS: [&str; 17] = [
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

#[cold]
fn too_large(options: &Options) -> ValidationError {
    ValidationError::new(
        ValidationErrorKind::TooLarge {
            limit: options.max_body_bytes,
        },
        Path::root(),
    )
}

/// Borrows a `serde_json::Value` as a [`Json`] tree, or returns the depth limit exceeded.
fn from_serde(
    value: &serde_json::Value,
    depth: usize,
    max_depth: usize,
) -> Result<Json<'_>, usize> {
    use serde_json::Value;
    Ok(match value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Number(n) => Json::Number(n.as_f64().unwrap_or(f64::NAN)),
        Value::String(s) => Json::String(Cow::Borrowed(s)),
        Value::Array(_) | Value::Object(_) if depth > max_depth => return Err(max_depth),
        Value::Array(items) => Json::Array(
            items
                .iter()
                .map(|v| from_serde(v, depth + 1, max_depth))
                .collect::<Result<_, _>>()?,
        ),
        Value::Object(map) => Json::Object(
            map.iter()
                .map(|(k, v)| {
                    Ok::<_, usize>((
                        Cow::Borrowed(k.as_str()),
                        from_serde(v, depth + 1, max_depth)?,
                    ))
                })
                .collect::<Result<_, _>>()?,
        ),
    })
}

fn validate_value(value: &Json<'_>, options: &Options) -> Result<UserProperty, Report> {
    let mut sink = Sink::new(options.abort_early);
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

/// Reads one entry at the reader and validates it. An object is validated as it is read:
/// each member's value goes straight to its schema slot, so no list of members is built
/// (the same answers as [`validate_value`] on the whole value, for less work: the member
/// list and its keys were a tenth of bulk validation's instructions).
fn read_entry<'a>(
    reader: &mut Reader<'a>,
    options: &Options,
) -> Result<Result<UserProperty, Report>, ReadError> {
    if reader.peek() != Some(b'{') {
        let value = reader.value()?;
        return Ok(validate_value(&value, options));
    }
    let mut slots: [Option<Json<'a>>; FIELDS.len()] = std::array::from_fn(|_| None);
    let mut proto: Option<Json<'a>> = None;
    let mut unknown: Vec<Cow<'a, str>> = Vec::new();
    reader.object(|r, key| -> Result<(), ReadError> {
        let value = r.value()?;
        match key_index(&key.name) {
            // JSON.parse's duplicate rule: the last value wins.
            Some(i) => {
                if let Some(slot) = slots.get_mut(i) {
                    *slot = Some(value);
                }
            }
            None if key.name == "__proto__" => proto = Some(value),
            None => unknown.push(key.name),
        }
        Ok(())
    })?;
    let slots: [Option<&Json<'_>>; FIELDS.len()] = std::array::from_fn(|i| slots[i].as_ref());
    let unknown: Vec<&str> = unknown.iter().map(|k| k.as_ref()).collect();
    let mut sink = Sink::new(options.abort_early);
    let result = validate_slots(slots, proto.as_ref(), unknown, options, &mut sink);
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
    let mut proto: Option<&Json<'_>> = None;
    let mut unknown: Vec<&str> = Vec::new();
    for (key, value) in members {
        match key_index(key) {
            Some(i) => {
                if let Some(slot) = slots.get_mut(i) {
                    *slot = Some(value);
                }
            }
            None if key == "__proto__" => proto = Some(value),
            None => unknown.push(key),
        }
    }
    validate_slots(slots, proto, unknown, options, sink)
}

/// Validates an entry's members sorted into schema slots (each key's last value), its
/// `__proto__` value, and its unknown keys in order of appearance (duplicates included).
fn validate_slots<'v, 'a>(
    mut slots: [Option<&'v Json<'a>>; FIELDS.len()],
    proto: Option<&'v Json<'a>>,
    unknown: Vec<&str>,
    options: &Options,
    sink: &mut Sink,
) -> Result<Option<UserProperty>, Stop> {
    // Joi clones the entry with `Object.assign`, which hands `__proto__` to the prototype
    // setter: an object value becomes the prototype, and `value[key]` finds its keys.
    if let Some(Json::Object(inherited)) = proto {
        for (slot, key) in slots.iter_mut().zip(FIELDS) {
            if slot.is_none() {
                *slot = json_object::get(inherited, key);
            }
        }
    }
    let slot = |i: usize| slots.get(i).copied().flatten();
    let region: &str = &options.region;
    let limit = options.max_string_length;

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
    let email_marketing_consent = boolean(slot(13), FIELDS[13], sink)?;
    let sms_marketing_consent = boolean(slot(14), FIELDS[14], sink)?;
    let tags = tags(slot(15), FIELDS[15], options, sink)?;
    let partner_customer_id = text(slot(16), FIELDS[16], false, limit, sink)?;

    if !unknown.is_empty() {
        for key in json_object::own_keys(unknown) {
            sink.fail_at::<()>(ValidationErrorKind::UnknownKey, key)?;
        }
    }

    let (Some(first_name), Some(last_name)) = (first_name, last_name) else {
        return Ok(None);
    };
    if !sink.errors.is_empty() {
        return Ok(None);
    }
    let texts = Texts::new([
        Some(first_name.as_ref()),
        Some(last_name.as_ref()),
        source.as_deref(),
        address1.as_deref(),
        address2.as_deref(),
        city.as_deref(),
        state.as_deref(),
        country.as_deref(),
        partner_customer_id.as_deref(),
    ]);
    Ok(Some(UserProperty {
        texts,
        phone_number,
        alternate_phone_number,
        email,
        created_at,
        updated_at,
        email_marketing_consent,
        sms_marketing_consent,
        tags,
    }))
}

/// A string field: present, a string, non-empty after trimming (Joi's `any.required`,
/// `string.base`, `string.empty` in that order).
fn string<'v>(
    value: Option<&'v Json<'_>>,
    key: &str,
    required: bool,
    sink: &mut Sink,
) -> Result<Option<&'v str>, Stop> {
    match value {
        None if required => sink.fail_at(ValidationErrorKind::Required, key),
        None => Ok(None),
        Some(Json::String(s)) => match s.trim() {
            "" => sink.fail_at(ValidationErrorKind::Empty, key),
            trimmed => Ok(Some(trimmed)),
        },
        Some(_) => sink.fail_at(ValidationErrorKind::NotAString, key),
    }
}

/// A free-text field, borrowed from the entry unless the free-text rule changed it.
fn text<'v>(
    value: Option<&'v Json<'_>>,
    key: &str,
    required: bool,
    limit: usize,
    sink: &mut Sink,
) -> Result<Option<Cow<'v, str>>, Stop> {
    let Some(trimmed) = string(value, key, required, sink)? else {
        return Ok(None);
    };
    match free_text(trimmed, limit) {
        Ok(text) => Ok(Some(text)),
        Err(kind) => sink.fail_at(kind, key),
    }
}

/// The free-text rule, then the length limit (Joi's `string.max`, in UTF-16 code units).
fn free_text(trimmed: &str, limit: usize) -> Result<Cow<'_, str>, ValidationErrorKind> {
    let text = collapse_free_text(trimmed)?;
    if exceeds_utf16_len(&text, limit) {
        return Err(ValidationErrorKind::TooLong { limit });
    }
    Ok(text)
}

fn phone(
    value: Option<&Json<'_>>,
    key: &str,
    region: &str,
    sink: &mut Sink,
) -> Result<Option<IntlPhone>, Stop> {
    let Some(trimmed) = string(value, key, false, sink)? else {
        return Ok(None);
    };
    match Region::parse(region).and_then(|r| IntlPhone::parse_with_region(trimmed, r)) {
        Ok(phone) => Ok(Some(phone)),
        Err(e) => sink
            .fail(
                ValidationError::new(ValidationErrorKind::InvalidPhoneNumber, Path::key(key))
                    .with_cause(Cause::Phone(e)),
            )
            .map(|()| None),
    }
}

fn email(
    value: Option<&Json<'_>>,
    key: &str,
    sink: &mut Sink,
) -> Result<Option<CanonicalEmail>, Stop> {
    let Some(trimmed) = string(value, key, false, sink)? else {
        return Ok(None);
    };
    match CanonicalEmail::parse(trimmed) {
        Ok(email) => Ok(Some(email)),
        Err(e) => sink
            .fail(
                ValidationError::new(ValidationErrorKind::InvalidEmail, Path::key(key))
                    .with_cause(Cause::Email(e)),
            )
            .map(|()| None),
    }
}

/// Joi's `date()` with `convert`: numbers and strings only (see [`Timestamp::parse`]).
fn date(value: Option<&Json<'_>>, key: &str, sink: &mut Sink) -> Result<Option<Timestamp>, Stop> {
    let parsed = match value {
        None => return Ok(None),
        Some(Json::Number(n)) => Timestamp::from_js_millis(*n),
        Some(Json::String(s)) => Timestamp::parse(s),
        Some(_) => return sink.fail_at(ValidationErrorKind::InvalidDate, key),
    };
    match parsed {
        Ok(t) => Ok(Some(t)),
        Err(e) => sink
            .fail(
                ValidationError::new(ValidationErrorKind::InvalidDate, Path::key(key))
                    .with_cause(Cause::Timestamp(e)),
            )
            .map(|()| None),
    }
}

/// Joi's `boolean()` with `convert`: `true`/`false`, or those words in any letter case
/// (JavaScript's `toLowerCase` maps no non-ASCII letter onto them, so ASCII folding is exact).
fn boolean(value: Option<&Json<'_>>, key: &str, sink: &mut Sink) -> Result<Option<bool>, Stop> {
    match value {
        None => Ok(None),
        Some(Json::Bool(b)) => Ok(Some(*b)),
        Some(Json::String(s)) if s.eq_ignore_ascii_case("true") => Ok(Some(true)),
        Some(Json::String(s)) if s.eq_ignore_ascii_case("false") => Ok(Some(false)),
        Some(_) => sink.fail_at(ValidationErrorKind::NotABoolean, key),
    }
}

fn tags(
    value: Option<&Json<'_>>,
    key: &str,
    options: &Options,
    sink: &mut Sink,
) -> Result<Option<Vec<String>>, Stop> {
    let items = match value {
        None => return Ok(None),
        Some(Json::Array(items)) => items,
        Some(_) => return sink.fail_at(ValidationErrorKind::NotAnArray, key),
    };
    let mut tags = Vec::with_capacity(items.len());
    let mut ok = true;
    for (index, item) in items.iter().enumerate() {
        let kind = match item {
            Json::String(s) => match s.trim() {
                "" => ValidationErrorKind::Empty,
                trimmed => match free_text(trimmed, options.max_string_length) {
                    Ok(tag) => {
                        tags.push(tag.into_owned());
                        continue;
                    }
                    Err(kind) => kind,
                },
            },
            _ => ValidationErrorKind::NotAString,
        };
        ok = false;
        sink.fail(ValidationError::new(kind, Path::key_index(key, index)))?;
    }
    // Joi checks an array's rules after its items.
    if items.len() > options.max_tags {
        let limit = options.max_tags;
        return sink.fail_at(ValidationErrorKind::TooManyItems { limit }, key);
    }
    Ok(ok.then_some(tags))
}

// ---------------------------------------------------------------------------------------
// The request body

/// What reading a body object found.
struct BodyScan<'a> {
    user_properties: Option<Scanned>,
    unknown: Vec<Cow<'a, str>>,
    proto: Option<Box<BodyScan<'a>>>,
}

/// The (last) `userProperties` value of a body.
enum Scanned {
    NotArray,
    Entries(BulkOutcome),
}

enum Fail {
    Read(ReadError),
    Invalid(ValidationError),
}

impl From<ReadError> for Fail {
    fn from(e: ReadError) -> Self {
        Fail::Read(e)
    }
}

/// Reads a body object member by member, validating `userProperties` entries as they are
/// read, so that only one entry's tree is alive at a time.
fn scan_body<'a>(
    reader: &mut Reader<'a>,
    options: &Options,
    top: bool,
) -> Result<BodyScan<'a>, Fail> {
    let mut scan = BodyScan {
        user_properties: None,
        unknown: Vec::new(),
        proto: None,
    };
    reader.object(|r, key| -> Result<(), Fail> {
        match key.name.as_ref() {
            USER_PROPERTIES if r.peek() == Some(b'[') => {
                // The body object and this array enclose each entry: two levels, three
                // inside an inherited `__proto__` body.
                let depth = if top { 2 } else { 3 };
                scan.user_properties = Some(Scanned::Entries(scan_entries(r, options, depth)?));
            }
            USER_PROPERTIES => {
                r.value()?;
                scan.user_properties = Some(Scanned::NotArray);
            }
            // Only the body's own `__proto__` becomes its prototype; the prototype's own
            // `__proto__` key is an ordinary, irrelevant property.
            "__proto__" if top && r.peek() == Some(b'{') => {
                scan.proto = Some(Box::new(scan_body(r, options, false)?));
            }
            "__proto__" => {
                r.value()?;
                if top {
                    scan.proto = None;
                }
            }
            _ => {
                r.value()?;
                scan.unknown.push(key.name);
            }
        }
        Ok(())
    })?;
    Ok(scan)
}

/// Reads the `userProperties` array at the reader, whose items are `depth` levels deep.
fn scan_entries(
    reader: &mut Reader<'_>,
    options: &Options,
    depth: usize,
) -> Result<BulkOutcome, Fail> {
    #[cfg(feature = "rayon")]
    if options.parallel {
        if let Some(outcome) = parallel::scan_entries(reader, options, depth) {
            return Ok(outcome);
        }
    }
    let _ = depth;
    let mut outcome = BulkOutcome {
        valid: Vec::new(),
        invalid: Vec::new(),
    };
    let text = reader.text();
    reader.array(|r| -> Result<(), Fail> {
        let index = outcome.len();
        if index >= options.max_entries {
            return Err(Fail::Invalid(ValidationError::new(
                ValidationErrorKind::TooManyItems {
                    limit: options.max_entries,
                },
                Path::key(USER_PROPERTIES),
            )));
        }
        r.peek();
        let start = r.position();
        let result = read_entry(r, options)?;
        let span = start..r.position();
        match result {
            Ok(property) => outcome.valid.push(ValidEntry { index, property }),
            Err(report) => {
                let entry = text.get(span).unwrap_or_default().into();
                outcome.invalid.push(InvalidEntry {
                    index,
                    entry,
                    report,
                });
            }
        }
        Ok(())
    })?;
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_keep_each_field_apart() {
        let fields = [
            Some("Ann"),
            Some("Lee"),
            None,
            Some("1 Main St"),
            None,
            Some("Pune"),
            None,
            None,
            Some("x"),
        ];
        let texts = Texts::new(fields);
        assert_eq!(texts.all(), fields);
        assert_eq!(&*texts.buf, "AnnLee1 Main StPunex");
        // Same values, same buffer: equality is field equality.
        assert_eq!(texts, Texts::new(fields));
        let moved = Texts::new([
            Some("AnnL"),
            Some("ee"),
            None,
            Some("1 Main St"),
            None,
            Some("Pune"),
            None,
            None,
            Some("x"),
        ]);
        assert_ne!(texts, moved);
    }

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

    #[test]
    fn debug_shows_fields_by_name() {
        let user = validate_entry_json(br#"{"firstName":"A","lastName":"B","city":"Pune"}"#)
            .unwrap_or_else(|e| panic!("{e}"));
        let debug = format!("{user:?}");
        assert!(
            debug.starts_with(r#"UserProperty { first_name: "A", last_name: "B", source: None"#),
            "{debug}"
        );
        assert!(debug.contains(r#"city: Some("Pune")"#), "{debug}");
    }
}

/// The `rayon` path: entries validated on rayon's thread pool, results in input order.
///
/// A quick scan splits the array into its items' text (strings and brackets only, no
/// values built); each item is then parsed and validated on its own, in parallel. The
/// answer is the sequential one whenever this path gives one: if any item is not a
/// complete JSON value within the depth limit, if the scan finds no well-formed array,
/// or if there are more items than allowed, it gives up and the sequential reader runs
/// and reports the body's error exactly as without the feature.
#[cfg(feature = "rayon")]
mod parallel {
    use super::*;
    use rayon::prelude::*;
    use std::ops::Range;

    /// Below this many entries threads cost more than they save (measured: a 64-entry
    /// body takes about 30 µs on one core).
    const MIN_ENTRIES: usize = 64;

    /// Entries validated per parallel step: the results waiting to be moved into the
    /// outcome stay small (~2 MB), and each step is long enough (~20 ms) for the pool's
    /// start and stop to be negligible.
    const CHUNK: usize = 8_192;

    /// The first step is short: splitting the body is the one sequential part, and after
    /// the first step it overlaps the validation of the step before.
    const FIRST_CHUNK: usize = 512;

    pub(super) fn scan_entries(
        reader: &mut Reader<'_>,
        options: &Options,
        depth: usize,
    ) -> Option<BulkOutcome> {
        if reader.peek() != Some(b'[') {
            return None;
        }
        let text = reader.text();
        let item_depth = options.max_depth.checked_sub(depth)?;
        let mut splitter = Splitter::new(text.as_bytes(), reader.position())?;
        let mut chunk = splitter.next_items(FIRST_CHUNK)?;
        if splitter.end().is_some() && chunk.len() < MIN_ENTRIES {
            return None;
        }
        let validate = |span: &Range<usize>| {
            // The body was checked to be UTF-8 when its reader was made.
            let item = text.get(span.clone())?;
            let mut reader = Reader::from_text(item, item_depth);
            let result = read_entry(&mut reader, options).ok()?;
            reader.finish().ok()?;
            Some(result)
        };
        let mut outcome = BulkOutcome {
            // Reserving for the whole body at once, from the first step's entry size,
            // avoids most of the doubling copies (and their memory peak).
            valid: Vec::with_capacity(splitter.estimate_items(chunk.len(), options.max_entries)),
            invalid: Vec::new(),
        };
        let mut index = 0;
        loop {
            // Over the limit, or malformed below: `None` hands the body to the sequential
            // reader, which reports the error at its place.
            if chunk.len() > options.max_entries.saturating_sub(index) {
                return None;
            }
            let last = splitter.end().is_some();
            let (results, next) = rayon::join(
                || {
                    chunk
                        .par_iter()
                        .with_min_len(64)
                        .map(validate)
                        .collect::<Vec<_>>()
                },
                || match last {
                    true => Some(Vec::new()),
                    false => splitter.next_items(CHUNK),
                },
            );
            for (result, span) in results.into_iter().zip(&chunk) {
                match result? {
                    Ok(property) => outcome.valid.push(ValidEntry { index, property }),
                    Err(report) => outcome.invalid.push(InvalidEntry {
                        index,
                        entry: text.get(span.clone()).unwrap_or_default().into(),
                        report,
                    }),
                }
                index += 1;
            }
            if last {
                break;
            }
            chunk = next?;
        }
        reader.skip_to(splitter.end()?);
        Some(outcome)
    }

    /// The items of the array starting at `bytes[start]` (a `[`), without surrounding
    /// white space, and the offset after its `]`; `None` when no such array is found.
    #[cfg(test)]
    pub(super) fn split_array(bytes: &[u8], start: usize) -> Option<(Vec<Range<usize>>, usize)> {
        let mut splitter = Splitter::new(bytes, start)?;
        let mut spans = Vec::new();
        while splitter.end().is_none() {
            spans.extend(splitter.next_items(usize::MAX)?);
        }
        Some((spans, splitter.end()?))
    }

    /// Finds the items of a JSON array a step at a time. Only strings and brackets are
    /// followed: whether each item is valid JSON is left to the item's parser.
    pub(super) struct Splitter<'b> {
        bytes: &'b [u8],
        /// Where the next step starts scanning: just after the `[` or a top-level `,`.
        at: usize,
        /// Where the array's first item starts (to tell how much a step covered).
        first: usize,
        found: usize,
        end: Option<usize>,
    }

    impl<'b> Splitter<'b> {
        /// A splitter for the array whose `[` is at `bytes[start]`.
        pub(super) fn new(bytes: &'b [u8], start: usize) -> Option<Self> {
            if bytes.get(start) != Some(&b'[') {
                return None;
            }
            Some(Splitter {
                bytes,
                at: start + 1,
                first: start + 1,
                found: 0,
                end: None,
            })
        }

        /// The offset after the array's `]`, once a step has reached it.
        pub(super) fn end(&self) -> Option<usize> {
            self.end
        }

        /// The number of items to expect in the whole array, from the size of the
        /// `items` found so far (at most `cap`).
        pub(super) fn estimate_items(&self, items: usize, cap: usize) -> usize {
            let covered = self.at.saturating_sub(self.first).max(1);
            let total = self.bytes.len().saturating_sub(self.first);
            let estimate = items.saturating_mul(total) / covered;
            // A little over, so that an estimate a few items short does not double it.
            estimate.saturating_add(estimate / 32).min(cap)
        }

        /// The next (at most) `max` items; after the last one [`end`](Self::end) is set.
        /// `None` when the text is not such an array.
        pub(super) fn next_items(&mut self, max: usize) -> Option<Vec<Range<usize>>> {
            let is_space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
            let bytes = self.bytes;
            let mut spans = Vec::new();
            if self.end.is_some() {
                return Some(spans);
            }
            let mut i = self.at;
            let mut item_start = i;
            let mut nesting = 0usize;
            while spans.len() < max {
                let b = *bytes.get(i)?;
                match b {
                    b'"' => {
                        i += 1;
                        loop {
                            // Most of a body is string contents: skip eight bytes at a
                            // time up to the next quote or backslash.
                            while let Some(chunk) = bytes.get(i..i + 8) {
                                let mut word = [0u8; 8];
                                word.copy_from_slice(chunk);
                                let found = quote_or_backslash(u64::from_le_bytes(word));
                                if found != 0 {
                                    i += (found.trailing_zeros() / 8) as usize;
                                    break;
                                }
                                i += 8;
                            }
                            match *bytes.get(i)? {
                                b'"' => break,
                                b'\\' => i += 2,
                                _ => i += 1,
                            }
                        }
                    }
                    b'{' | b'[' => nesting += 1,
                    b'}' | b']' if nesting > 0 => nesting -= 1,
                    b',' if nesting > 0 => {}
                    b',' | b']' => {
                        let item = bytes.get(item_start..i)?;
                        let from = item.iter().position(|b| !is_space(b));
                        match from {
                            Some(from) => {
                                let to = item.iter().rposition(|b| !is_space(b))? + 1;
                                spans.push(item_start + from..item_start + to);
                                self.found += 1;
                            }
                            // `[]` and `[ ]` are empty; an empty item anywhere else is an
                            // error.
                            None if b == b']' && self.found == 0 => {}
                            None => return None,
                        }
                        if b == b']' {
                            self.end = Some(i + 1);
                            self.at = i + 1;
                            return Some(spans);
                        }
                        item_start = i + 1;
                    }
                    b'}' => return None,
                    _ => {}
                }
                i += 1;
            }
            self.at = item_start;
            Some(spans)
        }
    }

    /// The `"` and `\\` bytes of `word` (little-endian) as high bits; the lowest set bit
    /// marks the first one exactly (SWAR "has zero byte"; higher bits may be false).
    fn quote_or_backslash(word: u64) -> u64 {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let zero_byte = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
        zero_byte(word ^ (ONES * u64::from(b'"'))) | zero_byte(word ^ (ONES * u64::from(b'\\')))
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn finds_the_first_quote_or_backslash() {
            for at in 0..8 {
                for byte in [b'"', b'\\'] {
                    let mut word = *b"abcdefgh";
                    word[at] = byte;
                    let found = quote_or_backslash(u64::from_le_bytes(word));
                    assert_eq!(found.trailing_zeros() / 8, at as u32);
                }
            }
            assert_eq!(quote_or_backslash(u64::from_le_bytes(*b"\0\x1f{},:[]")), 0);
        }

        #[test]
        fn splits_items_and_ignores_brackets_in_strings() {
            let text = br#"x[ {"a":"],[\"{"} , 7,[1,[2]] ,"s"] y"#;
            let (spans, end) = split_array(text, 1).unwrap();
            let items: Vec<&str> = spans
                .iter()
                .map(|s| std::str::from_utf8(&text[s.clone()]).unwrap())
                .collect();
            assert_eq!(items, [r#"{"a":"],[\"{"}"#, "7", "[1,[2]]", r#""s""#]);
            assert_eq!(&text[end..], b" y");
            assert_eq!(split_array(b"[ ]", 0), Some((vec![], 3)));
            // Long strings: the eight-byte skip must stop at every quote and backslash.
            for pad in 0..20 {
                let x = "x".repeat(pad);
                let item = format!(r#"{{"a{x}":"{x}],[\"{x}\\{x}","b":"{x}"}}"#);
                let text = format!("[{item},{item}]");
                let (spans, end) = split_array(text.as_bytes(), 0).unwrap();
                assert_eq!(spans.len(), 2, "{text}");
                assert_eq!(&text[spans[1].clone()], item);
                assert_eq!(end, text.len());
            }
            assert_eq!(split_array(b"[1,]", 0), None);
            assert_eq!(split_array(b"[,1]", 0), None);
            assert_eq!(split_array(b"[1", 0), None);
            assert_eq!(split_array(b"[\"1]", 0), None);
            assert_eq!(split_array(b"[1}]", 0), None);
        }

        /// Entries of every shape: valid, invalid, not objects, strings with brackets,
        /// commas and escapes, nesting.
        const ENTRIES: [&str; 8] = [
            r#"{"firstName":"A","lastName":"B","phoneNumber":"9090909090","email":"A@B.cz"}"#,
            r#"{"firstName":"A, [x]","lastName":"B \"q\" {y}","tags":["a","b,c"]}"#,
            r#"{"firstName":"A","lastName":"B","emial":"x"}"#,
            r#"7"#,
            r#"{"firstName":"A","lastName":"B","x":[[1,{"y":[2]}]]}"#,
            r#"{"firstName":"\u00e9\\","lastName":"B","createdAt":"2024-02-30"}"#,
            r#"[ {"firstName":"A"} ]"#,
            r#"{"__proto__":{"firstName":"P"},"lastName":"B"}"#,
        ];

        fn body(n: usize) -> String {
            let items: Vec<&str> = (0..n).map(|i| ENTRIES[i % ENTRIES.len()]).collect();
            format!(
                "{{\"userProperties\": [\n{}\n], \"__proto__\": {{}} }}",
                items.join(" ,\n")
            )
        }

        fn same(body: &[u8], options: &Options) {
            let parallel = validate_request_with(body, &options.clone().parallel(true));
            let sequential = validate_request_with(body, &options.clone().parallel(false));
            assert_eq!(parallel, sequential, "{:?}", String::from_utf8_lossy(body));
        }

        #[test]
        fn parallel_equals_sequential() {
            let options = Options::new();
            for n in [0, 1, 63, 64, 65, 200] {
                same(body(n).as_bytes(), &options);
            }
            // Limits: entries, depth (entries are two levels deep, three under __proto__).
            same(body(200).as_bytes(), &options.clone().max_entries(199));
            same(body(200).as_bytes(), &options.clone().max_entries(200));
            for depth in 0..8 {
                same(body(100).as_bytes(), &options.clone().max_depth(depth));
                let inherited = format!("{{\"__proto__\":{}}}", body(100));
                same(inherited.as_bytes(), &options.clone().max_depth(depth));
            }
            // More than one chunk, and a syntax error in the second one.
            let long = body(CHUNK + 100);
            same(long.as_bytes(), &options);
            let at = long
                .match_indices("\"firstName\":\"A\"")
                .nth(CHUNK)
                .map_or(0, |(at, _)| at);
            let broken = format!("{},{}", &long[..at], &long[at..]);
            assert!(validate_request_with(broken.as_bytes(), &options).is_err());
            same(broken.as_bytes(), &options);
            // Every single-byte corruption of a body: the answer (often a syntax error at
            // a position) must not depend on the path taken.
            let text = body(70);
            let bytes = text.as_bytes();
            let noise = [b'"', b'[', b']', b'{', b'}', b',', b'\\', b' ', b'x', 0x01];
            let mut seed = 0x2545_F491_4F6C_DD1Du64;
            for _ in 0..3000 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let at = (seed % bytes.len() as u64) as usize;
                let mut corrupted = bytes.to_vec();
                match (seed >> 32) % 3 {
                    0 => {
                        corrupted.remove(at);
                    }
                    1 => corrupted.insert(at, noise[((seed >> 40) % 10) as usize]),
                    _ => corrupted[at] = noise[((seed >> 40) % 10) as usize],
                }
                same(&corrupted, &options);
            }
        }
    }
}
