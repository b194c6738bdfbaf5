//! `Deserialize` for [`UpdateProfile`]: the full validation, so `serde_json::from_slice`
//! and `axum::Json<UpdateProfile>` give the verdicts and messages of
//! [`UpdateProfile::from_json`].

use serde::de::{Deserialize, Deserializer};

use crate::models::json::de;

use super::validate::validate_value;
use super::{Options, UpdateProfile};

impl<'de> Deserialize<'de> for UpdateProfile {
    /// Reads a body and validates it as [`UpdateProfile::from_json`] does (abort early,
    /// default [`Options`]); the error's text is the [`ValidationError`](crate::ValidationError)'s
    /// (`ValidationError: "email" is required`).
    ///
    /// The value is read member by member, so key order and duplicate keys (the last
    /// value wins) count as in `JSON.parse`, and `__proto__` is an unknown key. What
    /// `from_json` answers for text that a deserializer refuses before validation (not
    /// JSON, or a number beyond `f64`, which `JSON.parse` reads as `Infinity`) comes from
    /// the deserializer instead, and the body's byte limit is the transport's job (axum's
    /// `DefaultBodyLimit`, for example).
    ///
    /// # Errors
    ///
    /// Every rejection of [`UpdateProfile::from_json`], with the same message, as
    /// `D::Error::custom`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::UpdateProfile;
    ///
    /// let profile: UpdateProfile = serde_json::from_str(r#"{"email": "Jan@Barasek.com"}"#)?;
    /// assert_eq!(profile.email().as_str(), "jan@barasek.com");
    ///
    /// let err = serde_json::from_str::<UpdateProfile>(r#"{"emial": "jan@barasek.com"}"#)
    ///     .unwrap_err();
    /// assert_eq!(err.to_string(), r#"ValidationError: "email" is required"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let options = Options::default();
        de::validated(deserializer, options.common.max_depth, |value| {
            validate_value(value, &options)
        })
    }
}
