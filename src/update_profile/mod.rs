//! BizKitHub's update-profile request: `POST /api/v1/customer/update-profile`.
//!
//! The endpoint takes an API key (the `apiKey` query parameter or a `Bearer` token) and a
//! JSON body of 19 contact fields. [`UpdateProfile::from_json`] validates the body and
//! returns a typed, normalized [`UpdateProfile`]; a rejected body is one
//! [`ValidationError`](crate::ValidationError) in Joi's dialect (`ValidationError: "emial" is not allowed`), as
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
//! # With serde: `axum::Json<UpdateProfile>`
//!
//! [`UpdateProfile`] implements `Deserialize` by running the whole validation of
//! [`UpdateProfile::from_json`], so a framework's JSON extractor hands a handler a
//! validated, normalized profile, and a rejected body's serde error reads exactly as the
//! [`ValidationError`] (`ValidationError: "email" is required`). The library does not
//! depend on any web framework: `server/examples/axum_form.rs` in the repository is an
//! axum handler taking `Json<UpdateProfile>`, with a rejection handler that answers
//! `{"success": false, "error": "ValidationError: ..."}`. The same flow with
//! `serde_json::from_slice`:
//!
//! ```
//! use contactkit::update_profile::UpdateProfile;
//!
//! /// The body in; the status and the JSON response out.
//! fn handle(body: &[u8]) -> (u16, String) {
//!     match serde_json::from_slice::<UpdateProfile>(body) {
//!         Ok(profile) => {
//!             let _ = (profile.email().as_str(), profile.newsletter()); // store it
//!             (200, r#"{"success":true}"#.to_owned())
//!         }
//!         Err(err) => {
//!             let error = serde_json::to_string(&err.to_string()).unwrap_or_default();
//!             (400, format!(r#"{{"success":false,"error":{error}}}"#))
//!         }
//!     }
//! }
//!
//! assert_eq!(handle(br#"{"email": "Jan@Barasek.com"}"#).0, 200);
//! assert_eq!(
//!     handle(br#"{"email": "jan@barasek.com", "groups": "vip"}"#),
//!     (400, r#"{"success":false,"error":"ValidationError: \"groups\" must be an array"}"#.to_owned())
//! );
//! ```
//!
//! `Deserialize` uses the default [`Options`]; the body-size limit is the transport's
//! (axum's `DefaultBodyLimit`). Text that is not JSON, or that serde_json refuses where
//! `JSON.parse` does not (an escaped lone surrogate, a number beyond `f64`), fails with
//! serde_json's own message rather than `"value" must be valid JSON (...)`.
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
//!   CZ/SK, a postal code outside CZ/SK, each group) follows the one
//!   [free-text rule](crate::models#the-free-text-rule) of both models: control
//!   characters are `"x" must not contain control characters`, invisible disguises are
//!   dropped, white space runs become one space, the text is put in NFC; more than
//!   [`Options::max_text_length`] (default 256) UTF-16 code units after that is `"x"
//!   length must be less than or equal to 256 characters long`.
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
//! [`ValidationError`]: crate::models::ValidationError
//! [`CanonicalEmail`]: crate::CanonicalEmail
//! [`ValidationError`]: crate::ValidationError
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
//!
//! [`ValidationError`]: crate::ValidationError

mod deserialize;
mod fields;
mod options;
mod profile;
mod request;
mod schema;
mod validate;
mod write;

pub use options::Options;
pub use profile::UpdateProfile;
pub use request::RequestError;
pub use schema::{json_schema, schema};
pub use validate::FIELDS;
