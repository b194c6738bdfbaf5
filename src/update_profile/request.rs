//! A whole request: the API key, then the body; [`RequestError`] tells 401 from 400.

use crate::models::ValidationError;
use crate::{ApiKey, ApiKeyError};

use super::{Options, UpdateProfile};

impl UpdateProfile {
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
        Self::from_request_with(query, authorization, body, &Options::default())
    }

    /// [`UpdateProfile::from_request`] with `options` (limits; with
    /// [`Options::abort_early`] `false` the body's error is still the first one, and
    /// [`UpdateProfile::from_json_with`] gives every error).
    ///
    /// # Errors
    ///
    /// As [`UpdateProfile::from_request`], with the limits of `options`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::{Options, UpdateProfile};
    ///
    /// let options = Options::new().max_body_bytes(64);
    /// let body = format!(r#"{{"email": "jan@barasek.com", "city": "{}"}}"#, "x".repeat(64));
    /// let err = UpdateProfile::from_request_with(
    ///     None, Some("Bearer PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE"), body.as_bytes(), &options,
    /// ).unwrap_err();
    /// assert_eq!((err.status(), err.to_string().as_str()),
    ///     (400, r#"ValidationError: "value" must be less than or equal to 64 bytes"#));
    /// ```
    pub fn from_request_with(
        query: Option<&str>,
        authorization: Option<&str>,
        body: &[u8],
        options: &Options,
    ) -> Result<(ApiKey, UpdateProfile), RequestError> {
        let key = ApiKey::from_request(query, authorization).map_err(RequestError::Unauthorized)?;
        let profile = Self::from_json_with(body, options)
            .map_err(|report| RequestError::InvalidBody(report.first().clone()))?;
        Ok((key, profile))
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
