//! Which endpoint's record a row is.

use std::sync::LazyLock;

/// Which endpoint's model a stored record follows (the `source` column): each endpoint
/// keeps its own record of a contact, so neither changes the other's fields.
///
/// # Examples
///
/// ```
/// use contactkit_server::store::Source;
///
/// assert_eq!(Source::Bik.as_str(), "bik");
/// assert_eq!(Source::UpdateProfile.as_str(), "update-profile");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `POST /integrations/bikPlatformFunctions-createOrUpdateUserProperties`.
    Bik,
    /// `POST /api/v1/customer/update-profile`.
    UpdateProfile,
}

impl Source {
    /// The value stored in the `source` column.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(contactkit_server::store::Source::Bik.as_str(), "bik");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Bik => "bik",
            Source::UpdateProfile => "update-profile",
        }
    }

    /// The members a *new* contact gets before the first write's own: the model's
    /// documented defaults ([`ModelSchema::new_record_defaults`], update-profile's
    /// `"newsletter": false`), as JSON text. An update never applies them, so a field a
    /// request did not send keeps its stored value.
    ///
    /// [`ModelSchema::new_record_defaults`]: contactkit::models::ModelSchema::new_record_defaults
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit_server::store::Source;
    ///
    /// assert_eq!(Source::UpdateProfile.new_contact_defaults(), r#"{"newsletter":false}"#);
    /// assert_eq!(Source::Bik.new_contact_defaults(), "{}");
    /// ```
    pub fn new_contact_defaults(self) -> &'static str {
        // Built once per model from its schema, so the store never restates a default.
        static BIK: LazyLock<String> = LazyLock::new(|| {
            contactkit::user_properties::schema()
                .new_record_defaults()
                .to_string()
        });
        static PROFILE: LazyLock<String> = LazyLock::new(|| {
            contactkit::update_profile::schema()
                .new_record_defaults()
                .to_string()
        });
        match self {
            Source::Bik => &BIK,
            Source::UpdateProfile => &PROFILE,
        }
    }
}
