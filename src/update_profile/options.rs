//! [`Options`]: all-errors mode and the limits on the body.

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
    pub(super) abort_early: bool,
    pub(super) max_body_bytes: usize,
    pub(super) max_depth: usize,
    pub(super) max_text_chars: usize,
    pub(super) max_groups: usize,
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
