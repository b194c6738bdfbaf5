//! Joi-style validation errors for the JSON request models.
//!
//! The request models answer in the dialect of [Joi 17](https://joi.dev/api/?v=17.13.3),
//! because the clients of the APIs they model already parse it: a [`ValidationError`]
//! displays exactly as Joi's `String(err)` does (`ValidationError: "tags[1]" must be a
//! string`), carries the path of the offending value ([`Path`]) and a Joi-like code
//! ([`ValidationErrorKind::code`]). A [`Report`] holds every error of a value, in Joi's
//! order, for `abortEarly: false` consumers such as form UIs.
//!
//! The newtypes' own reasons (`email: missing '@'`) stay reachable through
//! [`std::error::Error::source`].

use std::fmt;

use super::Path;

use crate::{
    CountryError, EmailError, IcoError, IpError, LocaleError, PhoneError, PostalCodeError,
    ReferralIdError, TimestampError, VatError,
};

/// One validation failure, in Joi's words.
///
/// `Display` prints `ValidationError: ` followed by [`message`](Self::message), byte for
/// byte what Joi 17 prints for the same schema and input (plus the project's content rules,
/// which use the same template).
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::UserProperty;
/// use contactkit::{PathSegment, ValidationErrorKind};
///
/// let err = UserProperty::from_json(br#"{"firstName":"Ann","lastName":"Lee","tags":["vip",7]}"#)
///     .unwrap_err();
/// assert_eq!(err.to_string(), r#"ValidationError: "tags[1]" must be a string"#);
/// assert_eq!(err.message(), r#""tags[1]" must be a string"#);
/// assert_eq!(err.kind(), ValidationErrorKind::NotAString);
/// assert_eq!(err.kind().code(), "string.base");
/// assert_eq!(
///     err.path().segments(),
///     [PathSegment::Key("tags".into()), PathSegment::Index(1)]
/// );
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct ValidationError {
    // NOTE: the message text is part of the public API: clients parse it.
    message: Box<str>,
    kind: ValidationErrorKind,
    path: Path,
    cause: Option<Cause>,
}

/// The newtype error behind a content-rule failure, exposed through `source()`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Cause {
    Email(EmailError),
    Phone(PhoneError),
    Timestamp(TimestampError),
    Country(CountryError),
    Locale(LocaleError),
    Vat(VatError),
    Ico(IcoError),
    PostalCode(PostalCodeError),
    Ip(IpError),
    ReferralId(ReferralIdError),
}

impl ValidationError {
    /// Builds the error for `kind` at `path`, rendering Joi's template.
    #[cold]
    pub(crate) fn new(kind: ValidationErrorKind, path: Path) -> Self {
        let label = path.label();
        let message = match kind {
            ValidationErrorKind::Required => format!("\"{label}\" is required"),
            ValidationErrorKind::UnknownKey => format!("\"{label}\" is not allowed"),
            ValidationErrorKind::NotAnObject => format!("\"{label}\" must be of type object"),
            ValidationErrorKind::NotAString => format!("\"{label}\" must be a string"),
            ValidationErrorKind::Empty => format!("\"{label}\" is not allowed to be empty"),
            ValidationErrorKind::ControlCharacters => {
                format!("\"{label}\" must not contain control characters")
            }
            ValidationErrorKind::UnpairedSurrogate => {
                format!("\"{label}\" must not contain unpaired surrogates")
            }
            ValidationErrorKind::InvalidEmail => format!("\"{label}\" must be a valid email"),
            ValidationErrorKind::InvalidPhoneNumber => {
                format!("\"{label}\" must be a valid phone number")
            }
            ValidationErrorKind::NotABoolean => format!("\"{label}\" must be a boolean"),
            ValidationErrorKind::InvalidDate => format!("\"{label}\" must be a valid date"),
            ValidationErrorKind::NotAnArray => format!("\"{label}\" must be an array"),
            ValidationErrorKind::TooManyItems { limit } => {
                format!("\"{label}\" must contain less than or equal to {limit} items")
            }
            ValidationErrorKind::TooLarge { limit } => {
                format!("\"{label}\" must be less than or equal to {limit} bytes")
            }
            ValidationErrorKind::TooDeep { limit } => {
                format!("\"{label}\" must not be nested more than {limit} levels deep")
            }
            ValidationErrorKind::InvalidJson { line, column } => {
                format!("\"{label}\" must be valid JSON (line {line}, column {column})")
            }
            ValidationErrorKind::TooLong { limit } => {
                format!("\"{label}\" length must be less than or equal to {limit} characters long")
            }
            ValidationErrorKind::InvalidCountry => format!("\"{label}\" must be a valid country"),
            ValidationErrorKind::InvalidLocale => {
                format!("\"{label}\" must be a valid language tag")
            }
            ValidationErrorKind::InvalidVatId => format!("\"{label}\" must be a valid VAT number"),
            ValidationErrorKind::InvalidIco => format!("\"{label}\" must be a valid IČO"),
            ValidationErrorKind::InvalidPostalCode => {
                format!("\"{label}\" must be a valid postal code")
            }
            ValidationErrorKind::InvalidIp => format!("\"{label}\" must be a valid ip address"),
            ValidationErrorKind::InvalidReferralId => {
                format!("\"{label}\" must be a valid referral id")
            }
        };
        ValidationError {
            message: message.into(),
            kind,
            path,
            cause: None,
        }
    }

    /// Attaches the newtype error that explains a content-rule failure.
    pub(crate) fn with_cause(mut self, cause: Cause) -> Self {
        self.cause = Some(cause);
        self
    }

    /// The message without the `ValidationError: ` prefix, e.g. `"firstName" is required`.
    ///
    /// The text is public API: it is Joi 17's template for [`kind`](Self::kind) with the
    /// label of [`path`](Self::path) in double quotes.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let err = UserProperty::from_json(br#"{"lastName":"Lee"}"#).unwrap_err();
    /// assert_eq!(err.message(), r#""firstName" is required"#);
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }

    /// What went wrong, with its Joi-like code ([`ValidationErrorKind::code`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    /// use contactkit::ValidationErrorKind;
    ///
    /// let err = UserProperty::from_json(br#"{"firstName":"Ann","lastName":"Lee","emial":"a@b.cz"}"#)
    ///     .unwrap_err();
    /// assert_eq!(err.kind(), ValidationErrorKind::UnknownKey);
    /// assert_eq!(err.kind().code(), "object.unknown");
    /// ```
    pub fn kind(&self) -> ValidationErrorKind {
        self.kind
    }

    /// Where the offending value is: object keys and array indexes from the validated value's
    /// root (empty for the root itself).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let err = UserProperty::from_json(b"[]").unwrap_err();
    /// assert!(err.path().is_empty());
    /// assert_eq!(err.path().to_string(), "value");
    /// ```
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Joi's `String(err)`: the Error name, a colon, the message.
        write!(f, "ValidationError: {}", self.message)
    }
}

impl fmt::Debug for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Message first, so `unwrap()` failures read well.
        f.debug_struct("ValidationError")
            .field("message", &self.message)
            .field("kind", &self.kind)
            .field("path", &self.path)
            .field("cause", &self.cause)
            .finish()
    }
}

impl std::error::Error for ValidationError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.cause {
            Some(Cause::Email(e)) => Some(e),
            Some(Cause::Phone(e)) => Some(e),
            Some(Cause::Timestamp(e)) => Some(e),
            Some(Cause::Country(e)) => Some(e),
            Some(Cause::Locale(e)) => Some(e),
            Some(Cause::Vat(e)) => Some(e),
            Some(Cause::Ico(e)) => Some(e),
            Some(Cause::PostalCode(e)) => Some(e),
            Some(Cause::Ip(e)) => Some(e),
            Some(Cause::ReferralId(e)) => Some(e),
            None => None,
        }
    }
}

/// The kind of a [`ValidationError`], each with a Joi-like [`code`](Self::code).
///
/// The codes of Joi's own checks are Joi 17's (`any.required`, `string.base` ...); the
/// project's content rules and the request limits add codes in the same style.
///
/// # Examples
///
/// ```
/// use contactkit::ValidationErrorKind;
///
/// assert_eq!(ValidationErrorKind::Required.code(), "any.required");
/// assert_eq!(ValidationErrorKind::TooManyItems { limit: 10 }.to_string(), "array.max");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ValidationErrorKind {
    /// `any.required`: a required key is missing, e.g. `firstName` in `{}`.
    Required,
    /// `object.unknown`: a key the schema does not know, e.g. `emial`.
    UnknownKey,
    /// `object.base`: not an object, e.g. the entry `[]` (`"value" must be of type object`).
    NotAnObject,
    /// `string.base`: not a string, e.g. `"firstName": 1` (numbers are never converted).
    NotAString,
    /// `string.empty`: empty after trimming, e.g. `"lastName": " "`.
    Empty,
    /// `string.controlChars`: free text with a control character other than tab, CR and
    /// LF, e.g. `"firstName": "a\u0000b"`.
    ControlCharacters,
    /// `string.surrogate`: a string with an escaped lone surrogate, e.g.
    /// `"firstName": "\ud800"`, which JavaScript holds but UTF-8 cannot; replacing it
    /// would change the value silently.
    UnpairedSurrogate,
    /// `string.email`: not a valid address per [`CanonicalEmail`](crate::CanonicalEmail), e.g.
    /// `"email": "x@@y"`.
    InvalidEmail,
    /// `string.phoneNumber`: not a valid number with the default region, e.g.
    /// `"phoneNumber": "000"`.
    InvalidPhoneNumber,
    /// `boolean.base`: not `true`/`false` nor those words as strings in any letter case,
    /// e.g. `"smsMarketingConsent": "yes"`.
    NotABoolean,
    /// `date.base`: not a date, e.g. `"createdAt": "2024-02-30"`.
    InvalidDate,
    /// `array.base`: not an array, e.g. `"tags": "vip"`.
    NotAnArray,
    /// `array.max`: more items than allowed, e.g. 10 001 entries in `userProperties`
    /// with the default limit.
    TooManyItems {
        /// The largest number of items accepted.
        limit: usize,
    },
    /// `binary.max`: the JSON text is longer than allowed, e.g. a 20 MiB body with the
    /// default limit.
    TooLarge {
        /// The largest size accepted, in bytes.
        limit: usize,
    },
    /// `json.depth`: arrays and objects nested deeper than allowed, e.g. `[[[[...]]]]`
    /// 100 levels deep with the default limit.
    TooDeep {
        /// The deepest nesting accepted (the top-level value counts as one level).
        limit: usize,
    },
    /// `json.syntax`: the text is not JSON (or not UTF-8), e.g. `{"a":1,}`.
    InvalidJson {
        /// The 1-based line of the first offending character.
        line: usize,
        /// The 1-based column (in characters) of the first offending character.
        column: usize,
    },
    /// `string.max`: free text longer than allowed after normalization, e.g. a 300-letter
    /// `"name"` in an update-profile body (Joi's own template).
    TooLong {
        /// The most characters accepted.
        limit: usize,
    },
    /// `string.country`: not a current ISO 3166-1 country per [`Country`](crate::Country),
    /// e.g. `"country": "Narnia"`.
    InvalidCountry,
    /// `string.locale`: not a valid BCP 47 tag per [`Locale`](crate::Locale), e.g.
    /// `"primaryLocale": "cs-"`.
    InvalidLocale,
    /// `string.vatId`: not a valid EU VAT id per [`VatId`](crate::VatId), e.g.
    /// `"taxIdentificationNumber": "CZ25123892"`.
    InvalidVatId,
    /// `string.ico`: not a valid IČO per [`Ico`](crate::Ico), e.g.
    /// `"companyRegistrationNumber": "05103110"` with country `CZ`.
    InvalidIco,
    /// `string.postalCode`: not a postal code for the country per
    /// [`PostalCode`](crate::PostalCode), e.g. `"postalCode": "01234"` with country `CZ`.
    InvalidPostalCode,
    /// `string.ip`: not an IP address per [`NormalizedIp`](crate::NormalizedIp), e.g.
    /// `"customerRealIp": "127.1"`.
    InvalidIp,
    /// `string.referralId`: not a referral id per [`ReferralId`](crate::ReferralId), e.g.
    /// `"referralId": "1cGIHvFoQDGLAbc"` (15 characters).
    InvalidReferralId,
}

impl ValidationErrorKind {
    /// The Joi-like code, e.g. `any.required` or `string.email`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::ValidationErrorKind;
    ///
    /// assert_eq!(ValidationErrorKind::InvalidEmail.code(), "string.email");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            ValidationErrorKind::Required => "any.required",
            ValidationErrorKind::UnknownKey => "object.unknown",
            ValidationErrorKind::NotAnObject => "object.base",
            ValidationErrorKind::NotAString => "string.base",
            ValidationErrorKind::Empty => "string.empty",
            ValidationErrorKind::ControlCharacters => "string.controlChars",
            ValidationErrorKind::UnpairedSurrogate => "string.surrogate",
            ValidationErrorKind::InvalidEmail => "string.email",
            ValidationErrorKind::InvalidPhoneNumber => "string.phoneNumber",
            ValidationErrorKind::NotABoolean => "boolean.base",
            ValidationErrorKind::InvalidDate => "date.base",
            ValidationErrorKind::NotAnArray => "array.base",
            ValidationErrorKind::TooManyItems { .. } => "array.max",
            ValidationErrorKind::TooLarge { .. } => "binary.max",
            ValidationErrorKind::TooDeep { .. } => "json.depth",
            ValidationErrorKind::InvalidJson { .. } => "json.syntax",
            ValidationErrorKind::TooLong { .. } => "string.max",
            ValidationErrorKind::InvalidCountry => "string.country",
            ValidationErrorKind::InvalidLocale => "string.locale",
            ValidationErrorKind::InvalidVatId => "string.vatId",
            ValidationErrorKind::InvalidIco => "string.ico",
            ValidationErrorKind::InvalidPostalCode => "string.postalCode",
            ValidationErrorKind::InvalidIp => "string.ip",
            ValidationErrorKind::InvalidReferralId => "string.referralId",
        }
    }
}

impl fmt::Display for ValidationErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::Report;

    #[test]
    fn labels_follow_joi() {
        let cases = [
            (Path::root(), "value"),
            (Path::key(""), "value"),
            (Path::key("firstName"), "firstName"),
            (Path::key("a.b"), "a.b"),
            (Path::key("tags[0]"), "tags[0]"),
            (Path::key(" "), " "),
            (Path::key_index("tags", 3), "tags[3]"),
            (Path::key_index("", 3), "[3]"),
        ];
        for (path, label) in cases {
            assert_eq!(path.label(), label, "{path:?}");
        }
    }

    #[test]
    fn messages_are_pinned() {
        use ValidationErrorKind as K;
        let at = |kind| ValidationError::new(kind, Path::key("x")).to_string();
        assert_eq!(at(K::Required), r#"ValidationError: "x" is required"#);
        assert_eq!(at(K::UnknownKey), r#"ValidationError: "x" is not allowed"#);
        assert_eq!(
            at(K::NotAnObject),
            r#"ValidationError: "x" must be of type object"#
        );
        assert_eq!(
            at(K::NotAString),
            r#"ValidationError: "x" must be a string"#
        );
        assert_eq!(
            at(K::Empty),
            r#"ValidationError: "x" is not allowed to be empty"#
        );
        assert_eq!(
            at(K::ControlCharacters),
            r#"ValidationError: "x" must not contain control characters"#
        );
        assert_eq!(
            at(K::InvalidEmail),
            r#"ValidationError: "x" must be a valid email"#
        );
        assert_eq!(
            at(K::InvalidPhoneNumber),
            r#"ValidationError: "x" must be a valid phone number"#
        );
        assert_eq!(
            at(K::NotABoolean),
            r#"ValidationError: "x" must be a boolean"#
        );
        assert_eq!(
            at(K::InvalidDate),
            r#"ValidationError: "x" must be a valid date"#
        );
        assert_eq!(
            at(K::NotAnArray),
            r#"ValidationError: "x" must be an array"#
        );
        assert_eq!(
            at(K::TooManyItems { limit: 5 }),
            r#"ValidationError: "x" must contain less than or equal to 5 items"#
        );
        assert_eq!(
            at(K::TooLarge { limit: 9 }),
            r#"ValidationError: "x" must be less than or equal to 9 bytes"#
        );
        assert_eq!(
            at(K::TooDeep { limit: 3 }),
            r#"ValidationError: "x" must not be nested more than 3 levels deep"#
        );
        assert_eq!(
            at(K::InvalidJson { line: 2, column: 7 }),
            r#"ValidationError: "x" must be valid JSON (line 2, column 7)"#
        );
    }

    #[test]
    fn update_profile_messages_are_pinned() {
        use ValidationErrorKind as K;
        let cases = [
            (
                K::TooLong { limit: 256 },
                "string.max",
                r#""x" length must be less than or equal to 256 characters long"#,
            ),
            (
                K::InvalidCountry,
                "string.country",
                r#""x" must be a valid country"#,
            ),
            (
                K::InvalidLocale,
                "string.locale",
                r#""x" must be a valid language tag"#,
            ),
            (
                K::InvalidVatId,
                "string.vatId",
                r#""x" must be a valid VAT number"#,
            ),
            (K::InvalidIco, "string.ico", r#""x" must be a valid IČO"#),
            (
                K::InvalidPostalCode,
                "string.postalCode",
                r#""x" must be a valid postal code"#,
            ),
            (
                K::InvalidIp,
                "string.ip",
                r#""x" must be a valid ip address"#,
            ),
            (
                K::InvalidReferralId,
                "string.referralId",
                r#""x" must be a valid referral id"#,
            ),
        ];
        for (kind, code, message) in cases {
            let err = ValidationError::new(kind, Path::key("x"));
            assert_eq!(err.message(), message);
            assert_eq!(err.to_string(), format!("ValidationError: {message}"));
            assert_eq!(kind.code(), code);
        }
    }

    #[test]
    fn report_dedupes_messages_like_joi() {
        let e = ValidationError::new(ValidationErrorKind::Required, Path::key("a"));
        let report = Report::from_vec(vec![e.clone(), e]).unwrap_or_else(|| panic!("empty"));
        assert_eq!(report.len(), 2);
        assert_eq!(report.to_string(), r#"ValidationError: "a" is required"#);
        assert!(Report::from_vec(Vec::new()).is_none());
    }
}
