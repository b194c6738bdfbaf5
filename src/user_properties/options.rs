//! [`Options`]: the default phone region, all-errors mode and the limits.

use crate::models::options::{Common, DEPTH_CAP};
use crate::Region;

/// Settings for validation: the phone numbers' default region, all-errors mode and limits.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::{UserProperty, Options};
///
/// let options = Options::new()
///     .default_region(contactkit::Region::parse("CZ")?)
///     .abort_early(false);
/// let user = UserProperty::from_json_with(
///     br#"{"firstName":"Jan","lastName":"Novak","phoneNumber":"777 123 456"}"#,
///     &options,
/// )?;
/// assert_eq!(user.phone_number().map(|p| p.as_str()), Some("+420 777123456"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub(super) common: Common,
    pub(super) region: Region,
    pub(super) max_entries: usize,
    pub(super) max_tags: usize,
    #[cfg(feature = "rayon")]
    pub(super) parallel: bool,
}

impl Default for Options {
    /// Region `IN` (BIK is an Indian platform), first error only, at most 10 000 entries,
    /// 16 MiB of JSON, 32 levels of nesting, 10 000 UTF-16 code units per free-text field
    /// or tag and 1 000 tags.
    fn default() -> Self {
        Options {
            common: Common::new(16 * 1024 * 1024, 10_000),
            region: Region::IN,
            max_entries: 10_000,
            max_tags: 1_000,
            #[cfg(feature = "rayon")]
            parallel: false,
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
    /// use contactkit::user_properties::{UserProperty, Options};
    ///
    /// // Asking for more is lowered to the cap: still a limit, never unbounded recursion.
    /// let options = Options::new().max_depth(usize::MAX);
    /// let deep = format!("{{\"tags\":{}{}}}", "[".repeat(600), "]".repeat(600));
    /// let report = UserProperty::from_json_with(deep.as_bytes(), &options).unwrap_err();
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
    /// use contactkit::user_properties::Options;
    ///
    /// assert_eq!(Options::new(), Options::default());
    /// ```
    pub fn new() -> Self {
        Options::default()
    }

    /// The region national phone numbers are read in (default `IN`): with `IN`,
    /// `9090909090` is `+91 9090909090`. A [`Region`] is checked when it is made, so an
    /// unknown region is an error of the configuration, never of the data.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{UserProperty, Options};
    /// use contactkit::Region;
    ///
    /// let entry = br#"{"firstName":"A","lastName":"B","phoneNumber":"020 7946 0000"}"#;
    /// let options = Options::new().default_region(Region::parse("GB")?);
    /// let user = UserProperty::from_json_with(entry, &options)?;
    /// assert_eq!(user.phone_number().map(|p| p.as_str()), Some("+44 2079460000"));
    /// assert!(Region::parse("XX").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn default_region(mut self, region: Region) -> Self {
        self.region = region;
        self
    }

    /// `true` (the default) stops at the first error, as Joi's `abortEarly: true`; `false`
    /// collects every error of an entry, as `abortEarly: false`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{UserProperty, Options};
    ///
    /// let report = UserProperty::from_json_with(b"{}", &Options::new().abort_early(false))
    ///     .unwrap_err();
    /// assert_eq!(report.len(), 2);
    /// ```
    pub fn abort_early(mut self, abort_early: bool) -> Self {
        self.common.abort_early = abort_early;
        self
    }

    /// The most entries `userProperties` may hold (default 10 000); more is the top-level
    /// error `"userProperties" must contain less than or equal to N items`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BulkOutcome, Options};
    ///
    /// let err = BulkOutcome::from_json_with(br#"{"userProperties":[{},{}]}"#, &Options::new().max_entries(1))
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
    /// use contactkit::user_properties::{BulkOutcome, Options};
    ///
    /// let err = BulkOutcome::from_json_with(br#"{"userProperties":[]}"#, &Options::new().max_body_bytes(8))
    ///     .unwrap_err();
    /// assert_eq!(err.message(), r#""value" must be less than or equal to 8 bytes"#);
    /// ```
    pub fn max_body_bytes(mut self, max_body_bytes: usize) -> Self {
        self.common.max_body_bytes = max_body_bytes;
        self
    }

    /// The deepest nesting of arrays and objects accepted, the outermost value counting as
    /// one level (default 32; values above [`Options::DEPTH_CAP`] are lowered to it).
    /// Deeper is `"value" must not be nested more than N levels deep`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{UserProperty, Options};
    ///
    /// let entry = br#"{"firstName":"A","lastName":"B","x":[[1]]}"#;
    /// let report = UserProperty::from_json_with(entry, &Options::new().max_depth(2)).unwrap_err();
    /// assert_eq!(report.first().message(), r#""value" must not be nested more than 2 levels deep"#);
    /// ```
    pub fn max_depth(mut self, max_depth: usize) -> Self {
        self.common = self.common.with_max_depth(max_depth);
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
    /// use contactkit::user_properties::{UserProperty, Options};
    ///
    /// let entry = br#"{"firstName":"Anna-Maria","lastName":"B"}"#;
    /// let report = UserProperty::from_json_with(entry, &Options::new().max_text_length(8))
    ///     .unwrap_err();
    /// assert_eq!(
    ///     report.first().message(),
    ///     r#""firstName" length must be less than or equal to 8 characters long"#
    /// );
    /// ```
    pub fn max_text_length(mut self, max_text_length: usize) -> Self {
        self.common.max_text_length = max_text_length;
        self
    }

    /// Deprecated name of [`Options::max_text_length`].
    #[deprecated(
        since = "0.2.0",
        note = "use `max_text_length` (the same limit in both models)"
    )]
    pub fn max_string_length(self, max_string_length: usize) -> Self {
        self.max_text_length(max_string_length)
    }

    /// The most items `tags` may hold (default 1 000). More is Joi's `array.max`, reported
    /// after the items' own errors as Joi does: `"tags" must contain less than or equal to
    /// N items`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{UserProperty, Options};
    ///
    /// let entry = br#"{"firstName":"A","lastName":"B","tags":["a","b","c"]}"#;
    /// let report = UserProperty::from_json_with(entry, &Options::new().max_tags(2)).unwrap_err();
    /// assert_eq!(report.first().message(), r#""tags" must contain less than or equal to 2 items"#);
    /// ```
    pub fn max_tags(mut self, max_tags: usize) -> Self {
        self.max_tags = max_tags;
        self
    }

    /// With the `rayon` feature: whether [`BulkOutcome::from_json_with`] validates the entries
    /// of a body with 64 entries or more on rayon's global thread pool (default `false`:
    /// the feature adds the capability, turning it on is the caller's choice, as it uses
    /// every core). The outcome is the same either way, entries in input order; only the
    /// time differs.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BulkOutcome, Options};
    ///
    /// let entry = r#"{"firstName":"A","lastName":"B","phoneNumber":"9090909090"}"#;
    /// let body = format!(r#"{{"userProperties":[{}]}}"#, vec![entry; 100].join(","));
    /// let parallel = BulkOutcome::from_json_with(body.as_bytes(), &Options::new().parallel(true))?;
    /// let sequential = BulkOutcome::from_json_with(body.as_bytes(), &Options::new())?;
    /// assert_eq!(parallel, sequential);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "rayon")]
    pub fn parallel(mut self, parallel: bool) -> Self {
        self.parallel = parallel;
        self
    }
}
