//! A contact's identity within a tenant's records of one endpoint.

use contactkit::user_properties::ContactId;
use contactkit::{CanonicalEmail, IntlPhone};

/// A contact's identity: the primary key of the `contacts` table.
///
/// `email:<dedup key>` when the contact has an email (so `Jan.Novak+x@gmail.com` and
/// `jannovak@gmail.com` are one contact), otherwise `phone:<E.164>`.
///
/// # Examples
///
/// ```
/// use contactkit::{CanonicalEmail, IntlPhone};
/// use contactkit_server::store::ContactKey;
///
/// let email = CanonicalEmail::parse("Jan.Novak+news@gmail.com")?;
/// assert_eq!(ContactKey::for_email(&email).as_str(), "email:jannovak@gmail.com");
/// let phone = IntlPhone::parse("+420 777 123 456")?;
/// assert_eq!(ContactKey::for_phone(&phone).as_str(), "phone:+420777123456");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ContactKey(String);

impl ContactKey {
    /// The key of a contact identified by its email.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::CanonicalEmail;
    /// use contactkit_server::store::ContactKey;
    ///
    /// let key = ContactKey::for_email(&CanonicalEmail::parse("Mark@BIK.ai")?);
    /// assert_eq!(key.as_str(), "email:mark@bik.ai");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn for_email(email: &CanonicalEmail) -> ContactKey {
        ContactKey::for_contact(&ContactId::Email(email.dedup_key()))
    }

    /// The key of a BIK entry's [`ContactId`] (its email's dedup key, else its phone).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    /// use contactkit_server::store::ContactKey;
    ///
    /// let user = UserProperty::from_json(br#"{"firstName":"A","lastName":"B","phoneNumber":"9090909090"}"#)?;
    /// let id = user.contact_id().ok_or("no identity")?;
    /// assert_eq!(ContactKey::for_contact(&id).as_str(), "phone:+919090909090");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn for_contact(id: &ContactId<'_>) -> ContactKey {
        match id {
            ContactId::Email(key) => ContactKey(format!("email:{key}")),
            ContactId::Phone(phone) => ContactKey::for_phone(phone),
        }
    }

    /// The key of a contact identified only by its phone number.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::{IntlPhone, Region};
    /// use contactkit_server::store::ContactKey;
    ///
    /// let phone = IntlPhone::parse_with_region("9090909090", Region::parse("IN")?)?;
    /// let key = ContactKey::for_phone(&phone);
    /// assert_eq!(key.as_str(), "phone:+919090909090");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn for_phone(phone: &IntlPhone) -> ContactKey {
        ContactKey(format!("phone:{}", phone.e164()))
    }

    /// The key as stored.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::CanonicalEmail;
    /// use contactkit_server::store::ContactKey;
    ///
    /// let key = ContactKey::for_email(&CanonicalEmail::parse("a@example.com")?);
    /// assert!(key.as_str().starts_with("email:"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
