//! `Deserialize` for [`UserProperty`]: the full validation of one entry, so
//! `serde_json::from_slice` gives the verdicts and messages of
//! [`UserProperty::from_json`].

use serde::de::{Deserialize, Deserializer};

use crate::models::json::de;

use super::validate::validate_value;
use super::{Options, UserProperty};

impl<'de> Deserialize<'de> for UserProperty {
    /// Reads one entry and validates it as
    /// [`UserProperty::from_json`] does (abort early, default
    /// [`Options`]); the error's text is the [`ValidationError`](crate::ValidationError)'s
    /// (`ValidationError: "emial" is not allowed`).
    ///
    /// The entry is read member by member, so key order and duplicate keys (the last
    /// value wins) count as in `JSON.parse`, and `__proto__` is never read, as in Joi.
    /// Text a deserializer refuses before validation (not JSON, a number beyond `f64`) is
    /// the deserializer's error. A `Vec<UserProperty>` fails on its first invalid entry:
    /// for BIK's per-entry answers read the body with
    /// [`BulkOutcome::from_json`](super::BulkOutcome::from_json).
    ///
    /// # Errors
    ///
    /// Every rejection of [`UserProperty::from_json`], with the
    /// same message, as `D::Error::custom`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let user: UserProperty = serde_json::from_str(r#"{"firstName": " Test ", "lastName": "2"}"#)?;
    /// assert_eq!(user.first_name(), "Test");
    ///
    /// let err = serde_json::from_str::<UserProperty>(
    ///     r#"{"phoneNumber": "9090909010", "emial": "mark2@bik.ai", "firstName": "Test2", "lastName": "4"}"#,
    /// ).unwrap_err();
    /// assert_eq!(err.to_string(), r#"ValidationError: "emial" is not allowed"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let options = Options::default();
        de::validated(deserializer, options.common.max_depth, |value| {
            validate_value(value, &options)
        })
    }
}
