//! [`Options`]: all-errors mode and the limits on the body.

use crate::models::options::{Common, DEPTH_CAP};

use super::UpdateProfile;

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
    pub(super) common: Common,
    pub(super) max_groups: usize,
}

impl Default for Options {
    /// First error only, at most 1 MiB of JSON, 32 levels of nesting,
    /// [`UpdateProfile::MAX_TEXT_LENGTH`] (256) UTF-16 code units per free-text field or
    /// group and
    /// [`UpdateProfile::MAX_GROUPS`] (1 000) groups.
    fn default() -> Self {
        Options {
            common: Common::new(1024 * 1024, UpdateProfile::MAX_TEXT_LENGTH),
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
    pub const DEPTH_CAP: usize = DEPTH_CAP;

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
        self.common.abort_early = abort_early;
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
        self.common.max_body_bytes = max_body_bytes;
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
        self.common = self.common.with_max_depth(max_depth);
        self
    }

    /// The longest free-text field or group accepted after the free-text rule, in UTF-16
    /// code units (default [`UpdateProfile::MAX_TEXT_LENGTH`], 256). More is
    /// `"x" length must be less than or equal to N characters long`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::{Options, UpdateProfile};
    ///
    /// let body = br#"{"email": "a@b.cz", "companyName": "Barasek s.r.o."}"#;
    /// let report = UpdateProfile::from_json_with(body, &Options::new().max_text_length(10))
    ///     .unwrap_err();
    /// assert_eq!(
    ///     report.first().message(),
    ///     r#""companyName" length must be less than or equal to 10 characters long"#
    /// );
    /// ```
    pub fn max_text_length(mut self, max_text_length: usize) -> Self {
        self.common.max_text_length = max_text_length;
        self
    }

    /// Deprecated name of [`Options::max_text_length`] (which counts UTF-16 code units,
    /// as both models now do).
    #[deprecated(
        since = "0.2.0",
        note = "use `max_text_length` (the same limit in both models)"
    )]
    pub fn max_text_chars(self, max_text_chars: usize) -> Self {
        self.max_text_length(max_text_chars)
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
