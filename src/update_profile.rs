//! BizKitHub's update-profile request: `POST /api/v1/customer/update-profile`.
//!
//! The endpoint takes an API key (the `apiKey` query parameter or a `Bearer` token) and a
//! JSON body of 19 contact fields. [`UpdateProfile::from_json`] validates the body and
//! returns a typed, normalized [`UpdateProfile`]; a rejected body is one
//! [`ValidationError`] in Joi's dialect (`ValidationError: "emial" is not allowed`), as
//! for BIK's user properties ([`crate::user_properties`]). [`UpdateProfile::from_request`]
//! does both halves of a request and tells a missing or bad key (401) from a bad body
//! (400) through [`RequestError::status`].
//!
//! # A server handler
//!
//! ```
//! use contactkit::update_profile::UpdateProfile;
//!
//! /// `POST /api/v1/customer/update-profile`: the query string, the `Authorization`
//! /// header and the body in; the status and the JSON response out.
//! fn handle(query: Option<&str>, authorization: Option<&str>, body: &[u8]) -> (u16, String) {
//!     match UpdateProfile::from_request(query, authorization, body) {
//!         Ok((key, profile)) => {
//!             // The key's kind decides rate limits; the profile is ready to store.
//!             let _ = (key.kind(), profile.email().as_str(), profile.newsletter());
//!             (200, r#"{"success":true}"#.to_owned())
//!         }
//!         Err(err) => {
//!             // Error texts quote keys, never values, and never the API key.
//!             let error = serde_json::to_string(&err.to_string()).unwrap_or_default();
//!             (err.status(), format!(r#"{{"success":false,"error":{error}}}"#))
//!         }
//!     }
//! }
//!
//! let query = Some("apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");
//! let (status, body) = handle(query, None, br#"{"email": "Jan@Barasek.com", "newsletter": true}"#);
//! assert_eq!((status, body.as_str()), (200, r#"{"success":true}"#));
//!
//! let (status, body) = handle(query, None, br#"{"emial": "jan@barasek.com"}"#);
//! assert_eq!(status, 400);
//! assert_eq!(body, r#"{"success":false,"error":"ValidationError: \"email\" is required"}"#);
//!
//! let (status, body) = handle(Some("page=2"), Some("Basic dXNlcjpwYXNz"), b"{}");
//! assert_eq!(status, 401);
//! assert_eq!(body, r#"{"success":false,"error":"api key: authorization scheme is not 'Bearer'"}"#);
//! ```
//!
//! A handler that wants the two halves apart calls
//! [`ApiKey::from_request`](crate::ApiKey::from_request) first (a failure is a 401, and the
//! body need not be read at all) and then [`UpdateProfile::from_json`] (a failure is a 400):
//!
//! ```
//! use contactkit::update_profile::UpdateProfile;
//! use contactkit::ApiKey;
//!
//! let key = ApiKey::from_request(None, Some("Bearer DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q"))?;
//! let profile = UpdateProfile::from_json(br#"{"email": "jan@barasek.com", "country": "cz"}"#)?;
//! assert_eq!(key.kind().prefix(), "DEV_");
//! assert_eq!(profile.country().map(|c| c.as_str()), Some("CZ"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The schema and its rules
//!
//! The body is a JSON object with these keys, in this order (the order errors are reported
//! in). Every string is trimmed first (`str::trim`); a string that is empty after trimming
//! is `"x" is not allowed to be empty` (except `customerRealIp`); a value of another JSON
//! type is `"x" must be a string` (numbers are never converted); `null` is not a value.
//!
//! | key | rule | rejection |
//! |---|---|---|
//! | `email` | required; a [`CanonicalEmail`] | `"email" is required`, `"email" must be a valid email` |
//! | `name`, `firstName`, `lastName` | free text | see below |
//! | `phone` | an [`IntlPhone`] in the strict `+` form ([`IntlPhone::parse`], no default region) | `"phone" must be a valid phone number` |
//! | `companyName` | free text | |
//! | `companyRegistrationNumber` | with country CZ or SK an [`Ico`]; otherwise free text | `"companyRegistrationNumber" must be a valid IČO` |
//! | `taxIdentificationNumber` | an EU [`VatId`] (any member state, whatever the country) | `"taxIdentificationNumber" must be a valid VAT number` |
//! | `streetAddress`, `city`, `cityPart`, `stateRegion` | free text | |
//! | `postalCode` | a [`PostalCode`] for the country ([`PostalCode::parse_for`]) | `"postalCode" must be a valid postal code` |
//! | `country` | a [`Country`]: alpha-2 or alpha-3 code in any case, or an English name | `"country" must be a valid country` |
//! | `newsletter` | a boolean, default `false` | `"newsletter" must be a boolean` |
//! | `primaryLocale` | a [`Locale`] (BCP 47, registered subtags) | `"primaryLocale" must be a valid language tag` |
//! | `groups` | an array of free-text strings, de-duplicated | `"groups" must be an array`, `"groups[0]" must be a string` |
//! | `customerRealIp` | a [`NormalizedIp`]; empty means `127.0.0.1` | `"customerRealIp" must be a valid ip address` |
//! | `referralId` | a [`ReferralId`] (16 ASCII letters and digits) | `"referralId" must be a valid referral id` |
//!
//! Any other key is `"x" is not allowed`. The newtype's own reason (`ico: wrong check
//! digit`) is the error's [`source`](std::error::Error::source).
//!
//! - **Free text** (names, `companyName`, address lines, a registration number outside
//!   CZ/SK, each group): a control character other than tab, CR and LF is `"x" must not
//!   contain control characters`; the bidi embeddings, overrides and isolates
//!   (U+202A–U+202E, U+2066–U+2069), the zero-width space, word joiner and byte order mark
//!   are dropped (they can disguise text; zero-width joiners and direction marks stay, as
//!   scripts need them), and nothing left is `"x" is not allowed to be empty`; inner runs
//!   of white space become one space; the text is put in Unicode NFC (so `é` typed as `e` +
//!   U+0301 is stored as U+00E9); more than [`Options::max_text_chars`] (default 256)
//!   characters after that is `"x" length must be less than or equal to 256 characters long`.
//! - **Booleans** are JSON `true` and `false` only; the strings `"true"`/`"false"`, `1`,
//!   `"yes"` and `""` are not booleans. (BIK's model converts `"true"` as Joi does; this
//!   API's document types the field `boolean` and has no Joi behind it.)
//! - **Groups**: each item is free text; items equal after that normalization are kept
//!   once, at their first position. The comparison is case-sensitive: `["VIP", "vip"]`
//!   keeps both, because a group name is an identifier the CRM matches exactly, and
//!   folding case would have to pick one spelling for the client. `[]` is valid; more
//!   than [`Options::max_groups`] (default 1 000) items is `"groups" must contain less than
//!   or equal to 1000 items` (checked before the items, so a huge array costs nothing more).
//!
//! # Fields that depend on the country
//!
//! `companyRegistrationNumber` and `postalCode` come before `country` in the schema but
//! their rules depend on it. The country is therefore resolved first, silently: when
//! `country` is a string naming a valid country, that country applies to both fields;
//! when it is absent or invalid, they are checked by the no-country rule (any non-empty
//! text), and an invalid country is reported at its own position. So
//! `{"email": ..., "postalCode": "01234", "country": "CZ"}` fails on `postalCode`, while
//! `{"email": ..., "postalCode": "01234", "country": "Narnia"}` fails on `country`.
//!
//! # Error order and the JSON object model
//!
//! The first error is the first of: the schema's keys in the order above, then unknown
//! keys in JavaScript's enumeration order (array-index keys such as `"0"` ascending first,
//! then the others in the order sent). A duplicate key's last value wins (`JSON.parse`).
//! Unlike [`user_properties`](crate::user_properties), which copies Joi's prototype
//! handling, `__proto__` is an ordinary key here and so is not allowed: this API's
//! reference is its documented schema, and a body should not reach fields through a
//! prototype. A body that is not JSON is `"value" must be valid JSON (line 1, column 1)`,
//! and one that is not an object `"value" must be of type object`.
//!
//! # Untrusted input
//!
//! Validation is linear in the body's size. [`Options`] bounds the body (1 MiB by
//! default) and its nesting (32 levels); text fields and groups have the limits above.
//! Error messages quote keys, never values.
//!
//! [`CanonicalEmail`]: crate::CanonicalEmail
//! [`IntlPhone`]: crate::IntlPhone
//! [`IntlPhone::parse`]: crate::IntlPhone::parse
//! [`Ico`]: crate::Ico
//! [`VatId`]: crate::VatId
//! [`PostalCode`]: crate::PostalCode
//! [`PostalCode::parse_for`]: crate::PostalCode::parse_for
//! [`Country`]: crate::Country
//! [`Locale`]: crate::Locale
//! [`NormalizedIp`]: crate::NormalizedIp
//! [`ReferralId`]: crate::ReferralId

use std::borrow::Cow;
use std::collections::HashSet;

use serde::ser::{Serialize, SerializeStruct, Serializer};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::json_object::{self, Json, Reader};
use crate::schema::{collapse_free_text, exceeds_char_count, read_error, Sink, Stop};
use crate::validation_error::{Cause, Path, Report, ValidationError, ValidationErrorKind};
use crate::{
    ApiKey, ApiKeyError, CanonicalEmail, Country, Ico, IntlPhone, Locale, NormalizedIp, PostalCode,
    PostalCodeError, ReferralId, VatId,
};

/// Settings for validation: all-errors mode and the limits on the body.
///
/// # Examples
///
/// ```
/// use contactkit::update_profile::{Options, UpdateProfile};
///
/// let options = Options::new().abort_early(false);
/// let report = UpdateProfile::from_json_with(br#"{"phone": "777", "x": 1}"#, &options).unwrap_err();
/// assert_eq!(report.len(), 3); // email is required, phone, x
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    abort_early: bool,
    max_body_bytes: usize,
    max_depth: usize,
    max_text_chars: usize,
    max_groups: usize,
}

impl Default for Options {
    /// First error only, at most 1 MiB of JSON, 32 levels of nesting,
    /// [`UpdateProfile::MAX_TEXT_CHARS`] (256) characters per free-text field or group and
    /// [`UpdateProfile::MAX_GROUPS`] (1 000) groups.
    fn default() -> Self {
        Options {
            abort_early: true,
            max_body_bytes: 1024 * 1024,
            max_depth: 32,
            max_text_chars: UpdateProfile::MAX_TEXT_CHARS,
            max_groups: UpdateProfile::MAX_GROUPS,
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
    /// use contactkit::update_profile::{Options, UpdateProfile};
    ///
    /// // Asking for more is lowered to the cap: still a limit, never unbounded recursion.
    /// let options = Options::new().max_depth(usize::MAX);
    /// let deep = format!("{{\"email\":\"a@b.cz\",\"groups\":{}{}}}", "[".repeat(600), "]".repeat(600));
    /// let report = UpdateProfile::from_json_with(deep.as_bytes(), &options).unwrap_err();
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
    /// use contactkit::update_profile::Options;
    ///
    /// assert_eq!(Options::new(), Options::default());
    /// ```
    pub fn new() -> Self {
        Options::default()
    }

    /// `true` (the default) stops at the first error, as Joi's `abortEarly: true`; `false`
    /// collects every error of the body, as `abortEarly: false`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::{Options, UpdateProfile};
    ///
    /// let report = UpdateProfile::from_json_with(br#"{"city": 7}"#, &Options::new().abort_early(false))
    ///     .unwrap_err();
    /// assert_eq!(report.to_string(), r#"ValidationError: "email" is required. "city" must be a string"#);
    /// ```
    pub fn abort_early(mut self, abort_early: bool) -> Self {
        self.abort_early = abort_early;
        self
    }

    /// The longest body accepted, in bytes (default 1 MiB); longer is `"value" must be
    /// less than or equal to N bytes`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::{Options, UpdateProfile};
    ///
    /// let body = br#"{"email": "jan@barasek.com"}"#;
    /// let report = UpdateProfile::from_json_with(body, &Options::new().max_body_bytes(16)).unwrap_err();
    /// assert_eq!(report.first().message(), r#""value" must be less than or equal to 16 bytes"#);
    /// ```
    pub fn max_body_bytes(mut self, max_body_bytes: usize) -> Self {
        self.max_body_bytes = max_body_bytes;
        self
    }

    /// The deepest nesting of arrays and objects accepted, the body object counting as one
    /// level (default 32; values above [`Options::DEPTH_CAP`] are lowered to it). Deeper is
    /// `"value" must not be nested more than N levels deep`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::{Options, UpdateProfile};
    ///
    /// let body = br#"{"email": "jan@barasek.com", "groups": [["vip"]]}"#;
    /// let report = UpdateProfile::from_json_with(body, &Options::new().max_depth(2)).unwrap_err();
    /// assert_eq!(report.first().message(), r#""value" must not be nested more than 2 levels deep"#);
    /// ```
    pub fn max_depth(mut self, max_depth: usize) -> Self {
        self.max_depth = max_depth.min(Self::DEPTH_CAP);
        self
    }

    /// The most characters (Unicode scalar values) a free-text field or a group may have
    /// after normalization (default [`UpdateProfile::MAX_TEXT_CHARS`], 256). More is
    /// `"x" length must be less than or equal to N characters long`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::{Options, UpdateProfile};
    ///
    /// let body = br#"{"email": "a@b.cz", "companyName": "Barasek s.r.o."}"#;
    /// let report = UpdateProfile::from_json_with(body, &Options::new().max_text_chars(10))
    ///     .unwrap_err();
    /// assert_eq!(
    ///     report.first().message(),
    ///     r#""companyName" length must be less than or equal to 10 characters long"#
    /// );
    /// ```
    pub fn max_text_chars(mut self, max_text_chars: usize) -> Self {
        self.max_text_chars = max_text_chars;
        self
    }

    /// The most items `groups` may have (default [`UpdateProfile::MAX_GROUPS`], 1 000),
    /// checked before the items. More is `"groups" must contain less than or equal to N
    /// items`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::{Options, UpdateProfile};
    ///
    /// let body = br#"{"email": "a@b.cz", "groups": ["a", "b"]}"#;
    /// let report = UpdateProfile::from_json_with(body, &Options::new().max_groups(1)).unwrap_err();
    /// assert_eq!(report.first().message(), r#""groups" must contain less than or equal to 1 items"#);
    /// ```
    pub fn max_groups(mut self, max_groups: usize) -> Self {
        self.max_groups = max_groups;
        self
    }
}

/// A validated, normalized update-profile body.
///
/// Only validation builds one, so every value is valid and canonical: the email is a
/// [`CanonicalEmail`], free text is trimmed, NFC, with single spaces and no control
/// characters, and so on (see the [module docs](self) for each field's rule).
///
/// `Serialize` writes the API's camelCase keys in the schema's order with each value's
/// canonical text, leaving out absent fields; `newsletter` is always written. Validating
/// that JSON again gives back an equal value.
///
/// # Examples
///
/// ```
/// use contactkit::update_profile::UpdateProfile;
///
/// let profile = UpdateProfile::from_json(r#"{
///     "email": " Jan@Barasek.com ", "firstName": "  Jan ", "phone": "+420 777 123 456",
///     "postalCode": "27201", "country": "cze", "newsletter": true,
///     "groups": [" VIP ", "VIP", "vip"], "customerRealIp": ""
/// }"#.as_bytes())?;
/// assert_eq!(
///     serde_json::to_string(&profile)?,
///     r#"{"email":"jan@barasek.com","firstName":"Jan","phone":"+420 777123456","postalCode":"272 01","country":"CZ","newsletter":true,"groups":["VIP","vip"],"customerRealIp":"127.0.0.1"}"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// [`CanonicalEmail`]: crate::CanonicalEmail
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UpdateProfile {
    email: CanonicalEmail,
    name: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
    phone: Option<IntlPhone>,
    company_name: Option<String>,
    company_registration_number: Option<Registration>,
    tax_identification_number: Option<VatId>,
    street_address: Option<String>,
    city: Option<String>,
    city_part: Option<String>,
    state_region: Option<String>,
    postal_code: Option<PostalCode>,
    country: Option<Country>,
    newsletter: bool,
    primary_locale: Option<Locale>,
    // `None`: not sent; `Some(vec![])`: sent empty (an update may mean "no groups").
    groups: Option<Vec<String>>,
    customer_real_ip: Option<NormalizedIp>,
    referral_id: Option<ReferralId>,
}

/// `companyRegistrationNumber`: an IČO in CZ and SK, free text elsewhere.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Registration {
    Ico(Ico),
    Text(String),
}

impl UpdateProfile {
    /// The default for the most characters a free-text field (or a group) may have after
    /// normalization ([`Options::max_text_chars`] changes it).
    ///
    /// Long enough for any real name or address line; short enough that a client cannot
    /// store pages of text in a name. Counted in Unicode scalar values.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::UpdateProfile;
    ///
    /// let name = "x".repeat(UpdateProfile::MAX_TEXT_CHARS + 1);
    /// let body = format!(r#"{{"email": "a@b.cz", "city": "{name}"}}"#);
    /// let err = UpdateProfile::from_json(body.as_bytes()).unwrap_err();
    /// assert_eq!(
    ///     err.message(),
    ///     r#""city" length must be less than or equal to 256 characters long"#
    /// );
    /// ```
    pub const MAX_TEXT_CHARS: usize = 256;

    /// The default for the most items `groups` may have ([`Options::max_groups`] changes it).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::UpdateProfile;
    ///
    /// let groups = vec!["\"g\""; UpdateProfile::MAX_GROUPS + 1].join(",");
    /// let body = format!(r#"{{"email": "a@b.cz", "groups": [{groups}]}}"#);
    /// let err = UpdateProfile::from_json(body.as_bytes()).unwrap_err();
    /// assert_eq!(err.message(), r#""groups" must contain less than or equal to 1000 items"#);
    /// ```
    pub const MAX_GROUPS: usize = 1000;

    /// Validates a request body (abort early, default [`Options`]).
    ///
    /// # Errors
    ///
    /// The first error in schema order, then unknown keys, e.g.
    /// `"email" is required` for `{}`, `"emial" is not allowed`,
    /// `"groups[0]" must be a string` for `"groups": [[]]`,
    /// `"country" must be a valid country` for `"country": "Narnia"`; see the
    /// [module docs](self) for every rule. Text that is not JSON is `"value" must be valid
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
        if body.len() > options.max_body_bytes {
            return Err(ValidationError::new(
                ValidationErrorKind::TooLarge {
                    limit: options.max_body_bytes,
                },
                Path::root(),
            )
            .into());
        }
        let value = Reader::document(body, options.max_depth).map_err(|e| read_error(e, body))?;
        let mut sink = Sink::new(options.abort_early);
        let result = match &value {
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

    /// Reads a whole request: the API key, then the body.
    ///
    /// `query` is the raw query string (`None` when the URL has none), `authorization` the
    /// `Authorization` header's value (`None` when absent), `body` the request body. The key
    /// is read by [`ApiKey::from_request`] (the `apiKey` parameter, a `Bearer` token, or
    /// both when they agree) and checked first: a request without a valid key is refused
    /// before its body is looked at.
    ///
    /// # Errors
    ///
    /// - [`RequestError::Unauthorized`] (status 401) with the [`ApiKeyError`], e.g. no key
    ///   at all, `apiKey=PROD123`, a `Basic` header, two different keys.
    /// - [`RequestError::InvalidBody`] (status 400) with the body's first
    ///   [`ValidationError`], as [`UpdateProfile::from_json`].
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::{RequestError, UpdateProfile};
    /// use contactkit::ApiKeyError;
    ///
    /// let body = br#"{"email": "jan@barasek.com"}"#;
    /// let (key, profile) = UpdateProfile::from_request(
    ///     Some("apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE"), None, body)?;
    /// assert_eq!(key.kind().prefix(), "PROD");
    /// assert_eq!(profile.email().as_str(), "jan@barasek.com");
    ///
    /// let err = UpdateProfile::from_request(None, None, body).unwrap_err();
    /// assert_eq!(err, RequestError::Unauthorized(ApiKeyError::Missing));
    /// assert_eq!(err.status(), 401);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_request(
        query: Option<&str>,
        authorization: Option<&str>,
        body: &[u8],
    ) -> Result<(ApiKey, UpdateProfile), RequestError> {
        let key = ApiKey::from_request(query, authorization).map_err(RequestError::Unauthorized)?;
        let profile = Self::from_json(body).map_err(RequestError::InvalidBody)?;
        Ok((key, profile))
    }

    /// `email`: the contact's canonical address (required).
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":" Jan@Barasek.COM "}"#)?;
    /// assert_eq!(p.email().as_str(), "jan@barasek.com");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn email(&self) -> &CanonicalEmail {
        &self.email
    }

    /// `name`: the full name, free text.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(r#"{"email":"a@b.cz","name":" Jan  Barášek "}"#.as_bytes())?;
    /// assert_eq!(p.name(), Some("Jan Barášek"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// `firstName`, free text.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":"a@b.cz","firstName":"Jan"}"#)?;
    /// assert_eq!(p.first_name(), Some("Jan"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn first_name(&self) -> Option<&str> {
        self.first_name.as_deref()
    }

    /// `lastName`, free text (NFC).
    ///
    /// # Examples
    ///
    /// ```
    /// // "Bara\u0301s\u030cek" spells á and š with combining marks: stored composed.
    /// let p = contactkit::update_profile::UpdateProfile::from_json(
    ///     br#"{"email":"a@b.cz","lastName":"Bara\u0301s\u030cek"}"#)?;
    /// assert_eq!(p.last_name(), Some("Barášek"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn last_name(&self) -> Option<&str> {
        self.last_name.as_deref()
    }

    /// `phone`, an international number (`+420 777123456`).
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":"a@b.cz","phone":"+420 777 123 456"}"#)?;
    /// assert_eq!(p.phone().map(|p| p.as_str()), Some("+420 777123456"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn phone(&self) -> Option<&IntlPhone> {
        self.phone.as_ref()
    }

    /// `companyName`, free text.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":"a@b.cz","companyName":"BizKitHub"}"#)?;
    /// assert_eq!(p.company_name(), Some("BizKitHub"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn company_name(&self) -> Option<&str> {
        self.company_name.as_deref()
    }

    /// `companyRegistrationNumber`: the IČO's 8 digits in CZ and SK, free text elsewhere.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(
    ///     br#"{"email":"a@b.cz","companyRegistrationNumber":"HRB  12345","country":"DE"}"#)?;
    /// assert_eq!(p.company_registration_number(), Some("HRB 12345"));
    /// assert_eq!(p.ico(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn company_registration_number(&self) -> Option<&str> {
        match &self.company_registration_number {
            Some(Registration::Ico(ico)) => Some(ico.as_str()),
            Some(Registration::Text(text)) => Some(text),
            None => None,
        }
    }

    /// The registration number as an [`Ico`], when the country is CZ or SK.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(
    ///     br#"{"email":"a@b.cz","companyRegistrationNumber":"05103118","country":"CZ"}"#)?;
    /// assert_eq!(p.ico().map(|i| i.to_string()).as_deref(), Some("05103118"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ico(&self) -> Option<Ico> {
        match &self.company_registration_number {
            Some(Registration::Ico(ico)) => Some(*ico),
            _ => None,
        }
    }

    /// `taxIdentificationNumber`, an EU VAT id.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(
    ///     br#"{"email":"a@b.cz","taxIdentificationNumber":"cz 9609040727"}"#)?;
    /// assert_eq!(p.tax_identification_number().map(|v| v.as_str()), Some("CZ9609040727"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn tax_identification_number(&self) -> Option<&VatId> {
        self.tax_identification_number.as_ref()
    }

    /// `streetAddress`, free text.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(
    ///     r#"{"email":"a@b.cz","streetAddress":"R. Novotného\t1505"}"#.as_bytes())?;
    /// assert_eq!(p.street_address(), Some("R. Novotného 1505"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn street_address(&self) -> Option<&str> {
        self.street_address.as_deref()
    }

    /// `city`, free text.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":"a@b.cz","city":"Kladno"}"#)?;
    /// assert_eq!(p.city(), Some("Kladno"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn city(&self) -> Option<&str> {
        self.city.as_deref()
    }

    /// `cityPart`, free text.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(r#"{"email":"a@b.cz","cityPart":"Kročehlavy"}"#.as_bytes())?;
    /// assert_eq!(p.city_part(), Some("Kročehlavy"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn city_part(&self) -> Option<&str> {
        self.city_part.as_deref()
    }

    /// `stateRegion`, free text.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(r#"{"email":"a@b.cz","stateRegion":"Středočeský kraj"}"#.as_bytes())?;
    /// assert_eq!(p.state_region(), Some("Středočeský kraj"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn state_region(&self) -> Option<&str> {
        self.state_region.as_deref()
    }

    /// `postalCode`, normalized for the country (`272 01` in CZ).
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":"a@b.cz","postalCode":"27201","country":"CZ"}"#)?;
    /// assert_eq!(p.postal_code().map(|c| c.as_str()), Some("272 01"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn postal_code(&self) -> Option<&PostalCode> {
        self.postal_code.as_ref()
    }

    /// `country`.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":"a@b.cz","country":"Czechia"}"#)?;
    /// assert_eq!(p.country().map(|c| c.as_str()), Some("CZ"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn country(&self) -> Option<Country> {
        self.country
    }

    /// `newsletter`: `false` unless sent as true.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::UpdateProfile;
    ///
    /// assert!(!UpdateProfile::from_json(br#"{"email":"a@b.cz"}"#)?.newsletter());
    /// assert!(UpdateProfile::from_json(br#"{"email":"a@b.cz","newsletter":true}"#)?.newsletter());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn newsletter(&self) -> bool {
        self.newsletter
    }

    /// `primaryLocale`, a BCP 47 tag in canonical case.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":"a@b.cz","primaryLocale":"CS-cz"}"#)?;
    /// assert_eq!(p.primary_locale().map(|l| l.as_str()), Some("cs-CZ"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn primary_locale(&self) -> Option<&Locale> {
        self.primary_locale.as_ref()
    }

    /// `groups`: normalized, each once, in first-seen order (empty when not sent).
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(
    ///     br#"{"email":"a@b.cz","groups":[" VIP ","vip","VIP","early  adopter"]}"#)?;
    /// assert_eq!(p.groups(), ["VIP", "vip", "early adopter"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn groups(&self) -> &[String] {
        self.groups.as_deref().unwrap_or_default()
    }

    /// Whether the body sent `groups` at all, so that an update can tell "no groups"
    /// (`"groups": []`) from "groups unchanged" (no key).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::UpdateProfile;
    ///
    /// assert!(UpdateProfile::from_json(br#"{"email":"a@b.cz","groups":[]}"#)?.groups_sent());
    /// assert!(!UpdateProfile::from_json(br#"{"email":"a@b.cz"}"#)?.groups_sent());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn groups_sent(&self) -> bool {
        self.groups.is_some()
    }

    /// `customerRealIp`; an empty string was `127.0.0.1`.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":"a@b.cz","customerRealIp":"::1"}"#)?;
    /// assert_eq!(p.customer_real_ip().map(|ip| ip.as_str()), Some("127.0.0.1"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn customer_real_ip(&self) -> Option<&NormalizedIp> {
        self.customer_real_ip.as_ref()
    }

    /// `referralId`, the 16-character customer reference number.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":"a@b.cz","referralId":"1cGIHvFoQDGLAbcA"}"#)?;
    /// assert_eq!(p.referral_id().map(|r| r.as_str()), Some("1cGIHvFoQDGLAbcA"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn referral_id(&self) -> Option<&ReferralId> {
        self.referral_id.as_ref()
    }
}

impl Serialize for UpdateProfile {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.name.is_some(),
            self.first_name.is_some(),
            self.last_name.is_some(),
            self.phone.is_some(),
            self.company_name.is_some(),
            self.company_registration_number.is_some(),
            self.tax_identification_number.is_some(),
            self.street_address.is_some(),
            self.city.is_some(),
            self.city_part.is_some(),
            self.state_region.is_some(),
            self.postal_code.is_some(),
            self.country.is_some(),
            self.primary_locale.is_some(),
            self.groups.is_some(),
            self.customer_real_ip.is_some(),
            self.referral_id.is_some(),
        ];
        let len = 2 + present.iter().filter(|p| **p).count();
        let mut s = serializer.serialize_struct("UpdateProfile", len)?;
        macro_rules! optional {
            ($key:literal, $value:expr) => {
                match $value {
                    Some(value) => s.serialize_field($key, value)?,
                    None => s.skip_field($key)?,
                }
            };
        }
        s.serialize_field("email", self.email.as_str())?;
        optional!("name", self.name.as_deref());
        optional!("firstName", self.first_name.as_deref());
        optional!("lastName", self.last_name.as_deref());
        optional!("phone", self.phone.as_ref().map(IntlPhone::as_str));
        optional!("companyName", self.company_name.as_deref());
        optional!(
            "companyRegistrationNumber",
            self.company_registration_number()
        );
        optional!(
            "taxIdentificationNumber",
            self.tax_identification_number.as_ref().map(VatId::as_str)
        );
        optional!("streetAddress", self.street_address.as_deref());
        optional!("city", self.city.as_deref());
        optional!("cityPart", self.city_part.as_deref());
        optional!("stateRegion", self.state_region.as_deref());
        optional!(
            "postalCode",
            self.postal_code.as_ref().map(PostalCode::as_str)
        );
        optional!("country", self.country.as_ref().map(Country::as_str));
        s.serialize_field("newsletter", &self.newsletter)?;
        optional!(
            "primaryLocale",
            self.primary_locale.as_ref().map(Locale::as_str)
        );
        optional!("groups", self.groups.as_deref());
        optional!(
            "customerRealIp",
            self.customer_real_ip.as_ref().map(NormalizedIp::as_str)
        );
        optional!(
            "referralId",
            self.referral_id.as_ref().map(ReferralId::as_str)
        );
        s.end()
    }
}

/// Why [`UpdateProfile::from_request`] refused a request: the key (401) or the body (400).
///
/// `Display` is the inner error's: `api key: missing (...)` or `ValidationError: ...`;
/// neither ever contains the key. The inner error is also the `source()`.
///
/// # Examples
///
/// ```
/// use contactkit::update_profile::{RequestError, UpdateProfile};
///
/// let err = UpdateProfile::from_request(
///     Some("apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE"), None, b"{}").unwrap_err();
/// assert!(matches!(err, RequestError::InvalidBody(_)));
/// assert_eq!(err.status(), 400);
/// assert_eq!(err.to_string(), r#"ValidationError: "email" is required"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RequestError {
    /// No valid API key (HTTP 401), e.g. neither an `apiKey` parameter nor an
    /// `Authorization` header, or `Authorization: Basic ...`.
    #[error("{0}")]
    Unauthorized(#[source] ApiKeyError),
    /// The key is fine but the body is not (HTTP 400), e.g. `{"emial": "a@b.cz"}`.
    #[error("{0}")]
    InvalidBody(#[source] ValidationError),
}

impl RequestError {
    /// The HTTP status to answer with: 401 for a key error, 400 for a body error.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::UpdateProfile;
    ///
    /// let err = UpdateProfile::from_request(Some("apiKey=PROD123"), None, b"{}").unwrap_err();
    /// assert_eq!(err.status(), 401);
    /// assert_eq!(err.to_string(), "api key: expected 32 characters, got 7");
    /// ```
    pub fn status(&self) -> u16 {
        match self {
            RequestError::Unauthorized(_) => 401,
            RequestError::InvalidBody(_) => 400,
        }
    }
}

impl From<ApiKeyError> for RequestError {
    fn from(e: ApiKeyError) -> Self {
        RequestError::Unauthorized(e)
    }
}

impl From<ValidationError> for RequestError {
    fn from(e: ValidationError) -> Self {
        RequestError::InvalidBody(e)
    }
}

// ---------------------------------------------------------------------------------------
// Validation

/// The body's field names, in declared order (which is the error order): the keys a body
/// may have.
///
/// # Examples
///
/// ```
/// use contactkit::update_profile::FIELDS;
///
/// assert_eq!(FIELDS[0], "email");
/// assert!(FIELDS.contains(&"referralId"));
/// ```
pub const FIELDS: [&str; 19] = [
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
    let limit = options.max_text_chars;
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
    let name = text(slot(NAME), key(NAME), limit, sink)?;
    let first_name = text(slot(FIRST_NAME), key(FIRST_NAME), limit, sink)?;
    let last_name = text(slot(LAST_NAME), key(LAST_NAME), limit, sink)?;
    let phone = parsed(
        slot(PHONE),
        key(PHONE),
        sink,
        IntlPhone::parse,
        ValidationErrorKind::InvalidPhoneNumber,
        Cause::Phone,
    )?;
    let company_name = text(slot(COMPANY_NAME), key(COMPANY_NAME), limit, sink)?;
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
    let street_address = text(slot(STREET_ADDRESS), key(STREET_ADDRESS), limit, sink)?;
    let city = text(slot(CITY), key(CITY), limit, sink)?;
    let city_part = text(slot(CITY_PART), key(CITY_PART), limit, sink)?;
    let state_region = text(slot(STATE_REGION), key(STATE_REGION), limit, sink)?;
    let postal_code = postal_code(slot(POSTAL_CODE), key(POSTAL_CODE), resolved_country, sink)?;
    let country = parsed(
        slot(COUNTRY),
        key(COUNTRY),
        sink,
        Country::parse,
        ValidationErrorKind::InvalidCountry,
        Cause::Country,
    )?;
    let newsletter = boolean(slot(NEWSLETTER), key(NEWSLETTER), sink)?;
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
        for key in json_object::own_keys(unknown) {
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
        newsletter: newsletter.unwrap_or(false),
        primary_locale,
        groups,
        customer_real_ip,
        referral_id,
    }))
}

/// A string field: a string, non-empty after trimming (Joi's `string.base`, then
/// `string.empty`). Absent is `None`.
fn string<'v>(
    value: Option<&'v Json<'_>>,
    key: &str,
    sink: &mut Sink,
) -> Result<Option<&'v str>, Stop> {
    match value {
        None => Ok(None),
        Some(Json::String(s)) => match s.trim() {
            "" => sink.fail_at(ValidationErrorKind::Empty, key),
            trimmed => Ok(Some(trimmed)),
        },
        Some(_) => sink.fail_at(ValidationErrorKind::NotAString, key),
    }
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

/// A string field checked by a newtype's `parse`; its error becomes `kind` with the
/// newtype's reason as the cause.
fn parsed<T, E>(
    value: Option<&Json<'_>>,
    key: &str,
    sink: &mut Sink,
    parse: impl FnOnce(&str) -> Result<T, E>,
    kind: ValidationErrorKind,
    cause: impl FnOnce(E) -> Cause,
) -> Result<Option<T>, Stop> {
    let Some(trimmed) = string(value, key, sink)? else {
        return Ok(None);
    };
    match parse(trimmed) {
        Ok(parsed) => Ok(Some(parsed)),
        Err(e) => sink.fail_with(kind, key, cause(e)),
    }
}

fn text(
    value: Option<&Json<'_>>,
    key: &str,
    limit: usize,
    sink: &mut Sink,
) -> Result<Option<String>, Stop> {
    let Some(trimmed) = string(value, key, sink)? else {
        return Ok(None);
    };
    match clean_text(trimmed, limit) {
        Ok(text) => Ok(Some(text)),
        Err(kind) => sink.fail_at(kind, key),
    }
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
        Ok(text(value, key, limit, sink)?.map(Registration::Text))
    }
}

fn postal_code(
    value: Option<&Json<'_>>,
    key: &str,
    country: Option<Country>,
    sink: &mut Sink,
) -> Result<Option<PostalCode>, Stop> {
    let Some(trimmed) = string(value, key, sink)? else {
        return Ok(None);
    };
    match PostalCode::parse_for(trimmed, country) {
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
        Some(_) => sink.fail_at(ValidationErrorKind::NotAString, key),
    }
}

/// A JSON `true` or `false` and nothing else. The document types `newsletter` as
/// `boolean`, and unlike BIK this API is not Joi with `convert`: the strings `"true"`
/// and `"false"` are strings (the conformance notes judge by JSON type: "newsletter is a
/// string, not a boolean").
fn boolean(value: Option<&Json<'_>>, key: &str, sink: &mut Sink) -> Result<Option<bool>, Stop> {
    match value {
        None => Ok(None),
        Some(Json::Bool(b)) => Ok(Some(*b)),
        Some(_) => sink.fail_at(ValidationErrorKind::NotABoolean, key),
    }
}

fn groups(
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
    if items.len() > options.max_groups {
        let limit = options.max_groups;
        return sink.fail_at(ValidationErrorKind::TooManyItems { limit }, key);
    }
    let mut groups: Vec<String> = Vec::with_capacity(items.len());
    // Linear look-ups are cheapest for the usual handful of groups; a set keeps a long
    // list from going quadratic.
    let mut seen: Option<HashSet<String>> = (items.len() > 16).then(HashSet::new);
    let mut ok = true;
    for (index, item) in items.iter().enumerate() {
        let kind = match item {
            Json::String(s) => match s.trim() {
                "" => ValidationErrorKind::Empty,
                trimmed => match clean_text(trimmed, options.max_text_chars) {
                    Ok(group) => {
                        let fresh = match &mut seen {
                            Some(set) => set.insert(group.clone()),
                            None => !groups.contains(&group),
                        };
                        if fresh {
                            groups.push(group);
                        }
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
    Ok(ok.then_some(groups))
}

/// Free text after trimming: rejects control characters other than tab, CR and LF, drops
/// bidi controls and zero-width spaces, collapses inner white-space runs to one space,
/// puts the text in NFC and enforces `limit` characters.
fn clean_text(trimmed: &str, limit: usize) -> Result<String, ValidationErrorKind> {
    let collapsed = collapse_free_text(trimmed)?;
    // NFC never turns a non-space into white space (U+2000/U+2001 map to other spaces,
    // already collapsed), so the result stays collapsed and the step is idempotent.
    let text = match is_nfc_quick(collapsed.chars()) {
        IsNormalized::Yes => collapsed.into_owned(),
        IsNormalized::No | IsNormalized::Maybe => collapsed.nfc().collect(),
    };
    if exceeds_char_count(&text, limit) {
        return Err(ValidationErrorKind::TooLong { limit });
    }
    Ok(text)
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

    #[test]
    fn clean_text_rules() {
        use ValidationErrorKind as K;
        let cases: [(&str, Result<&str, K>); 11] = [
            ("Jan", Ok("Jan")),
            ("Jan  Barášek", Ok("Jan Barášek")),
            ("a\t\r\nb", Ok("a b")),
            ("a \u{3000} b", Ok("a b")),
            ("a\u{a0}b", Ok("a b")),
            ("Bara\u{301}s\u{30c}ek", Ok("Barášek")),
            ("\u{212b}", Ok("\u{c5}")),
            ("a\u{0}b", Err(K::ControlCharacters)),
            ("a\u{b}b", Err(K::ControlCharacters)),
            ("a\u{85}b", Err(K::ControlCharacters)),
            ("a\u{7f}b", Err(K::ControlCharacters)),
        ];
        for (input, expected) in cases {
            assert_eq!(
                clean_text(input, UpdateProfile::MAX_TEXT_CHARS),
                expected.map(str::to_owned),
                "{input:?}"
            );
        }
    }

    #[test]
    fn clean_text_length_is_counted_in_chars_after_normalization() {
        let limit = UpdateProfile::MAX_TEXT_CHARS;
        assert!(clean_text(&"é".repeat(limit), UpdateProfile::MAX_TEXT_CHARS).is_ok());
        assert_eq!(
            clean_text(&"é".repeat(limit + 1), UpdateProfile::MAX_TEXT_CHARS),
            Err(ValidationErrorKind::TooLong { limit })
        );
        // 256 letters with a decomposed accent each compose to 256 characters.
        assert!(clean_text(&"e\u{301}".repeat(limit), UpdateProfile::MAX_TEXT_CHARS).is_ok());
        // Collapsing happens before counting.
        let spaced = format!("{}{}{}", "a".repeat(128), " ".repeat(50), "b".repeat(127));
        assert!(clean_text(&spaced, UpdateProfile::MAX_TEXT_CHARS).is_ok());
    }

    #[test]
    fn clean_text_is_idempotent() {
        for input in ["a  b", "x\u{2000}\u{2001}y", "e\u{301}\u{301}", "Ǆ ǅ"] {
            let Ok(once) = clean_text(input, UpdateProfile::MAX_TEXT_CHARS) else {
                panic!("{input:?} rejected");
            };
            assert_eq!(
                clean_text(&once, UpdateProfile::MAX_TEXT_CHARS),
                Ok(once.clone()),
                "{input:?}"
            );
        }
    }
}
