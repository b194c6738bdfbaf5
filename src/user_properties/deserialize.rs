//! `Deserialize` for [`UserProperty`]: the full validation of one entry, so
//! `serde_json::from_slice` gives the verdicts and messages of
//! [`validate_entry_json`](super::validate_entry_json).

use serde::de::{Deserialize, Deserializer, Error as _};

use crate::models::json::de;
use crate::models::{Path, ValidationError, ValidationErrorKind};

use super::validate::validate_value;
use super::{Options, UserProperty};

impl<'de> Deserialize<'de> for UserProperty {
    /// Reads one entry and validates it as
    /// [`validate_entry_json`](super::validate_entry_json) does (abort early, default
    /// [`Options`]); the error's text is the [`ValidationError`]'s
    /// (`ValidationError: "emial" is not allowed`).
    ///
    /// The entry is read member by member, so key order and duplicate keys (the last
    /// value wins) count as in `JSON.parse`, and `__proto__` is never read, as in Joi.
    /// Text a deserializer refuses before validation (not JSON, a number beyond `f64`) is
    /// the deserializer's error. A `Vec<UserProperty>` fails on its first invalid entry:
    /// for BIK's per-entry answers read the body with
    /// [`validate_request`](super::validate_request).
    ///
    /// # Errors
    ///
    /// Every rejection of [`validate_entry_json`](super::validate_entry_json), with the
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
        let tree = de::read(deserializer, options.common.max_depth)?;
        if tree.too_deep {
            let kind = ValidationErrorKind::TooDeep {
                limit: options.common.max_depth,
            };
            return Err(D::Error::custom(ValidationError::new(kind, Path::root())));
        }
        validate_value(&tree.value, &options).map_err(|report| D::Error::custom(report.first()))
    }
}
