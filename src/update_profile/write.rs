//! [`UpdateProfile::to_json`] and [`UpdateProfile::write_json`]: the normalized body as
//! JSON text, without going through serde.

use super::UpdateProfile;
use crate::models::json::write_fields;

impl UpdateProfile {
    /// The normalized body as one line of JSON: the same text, byte for byte, as
    /// `serde_json::to_string` of its `Serialize`, without serde's machinery.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::UpdateProfile;
    ///
    /// let profile = UpdateProfile::from_json(
    ///     br#"{"email": "Jan@Barasek.com", "phone": "+420 777 123 456", "groups": ["vip"]}"#,
    /// )?;
    /// assert_eq!(
    ///     profile.to_json(),
    ///     r#"{"email":"jan@barasek.com","phone":"+420 777123456","groups":["vip"]}"#
    /// );
    /// assert_eq!(profile.to_json(), serde_json::to_string(&profile)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(512);
        self.write_json(&mut out);
        out
    }

    /// Appends [`UpdateProfile::to_json`]'s text to `out`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::UpdateProfile;
    ///
    /// let mut out = String::from("profile: ");
    /// UpdateProfile::from_json(br#"{"email": "a@b.cz"}"#)?.write_json(&mut out);
    /// assert_eq!(out, r#"profile: {"email":"a@b.cz"}"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write_json(&self, out: &mut String) {
        write_fields(self, out);
    }
}
