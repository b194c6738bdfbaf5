//! [`UserProperty`], one valid entry, normalized, and [`ContactId`], the contact it
//! belongs to.

use std::borrow::Cow;
use std::fmt;

use serde::ser::{Serialize, Serializer};

use super::tags::{TagText, Tags};
use crate::{CanonicalEmail, IntlPhone, Timestamp};

/// The identity of a contact, from [`UserProperty::contact_id`]: two entries with equal
/// ids are the same person. An entry with an email and one with only the same phone have
/// different ids: nothing says the phone belongs to that mailbox.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::UserProperty;
///
/// let a = UserProperty::from_json(br#"{"firstName":"A","lastName":"B","email":"jan.novak@gmail.com"}"#)?;
/// let b = UserProperty::from_json(br#"{"firstName":"A","lastName":"B","email":"JanNovak+crm@googlemail.com"}"#)?;
/// assert_eq!(a.contact_id(), b.contact_id());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ContactId<'a> {
    /// The email's [`dedup_key`](CanonicalEmail::dedup_key).
    Email(Cow<'a, str>),
    /// The phone number, for an entry without email.
    Phone(&'a IntlPhone),
}

/// One validated, normalized BIK user property entry.
///
/// Only validation builds one, so every value is valid: names are non-empty trimmed text,
/// `email` is a [`CanonicalEmail`], phones are [`IntlPhone`]s, dates are [`Timestamp`]s.
/// Free text is trimmed, without control characters other than tab, CR and LF, and with
/// inner runs of white space collapsed to one space.
///
/// `Serialize` writes the API's camelCase keys in the schema's order, leaving out absent
/// fields, with dates as `toISOString()` text; validating that JSON again gives back an
/// equal value.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::UserProperty;
///
/// let user = UserProperty::from_json(br#"{
///     "firstName": "  Mark ", "lastName": "Barasek", "email": "Mark@BIK.ai",
///     "phoneNumber": "9090909090", "createdAt": 1700000000000,
///     "smsMarketingConsent": "TRUE", "tags": [" vip  customer "]
/// }"#)?;
/// assert_eq!(user.first_name(), "Mark");
/// assert_eq!(
///     serde_json::to_string(&user)?,
///     r#"{"firstName":"Mark","lastName":"Barasek","phoneNumber":"+91 9090909090","email":"mark@bik.ai","createdAt":"2023-11-14T22:13:20.000Z","smsMarketingConsent":true,"tags":["vip customer"]}"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct UserProperty {
    /// The nine free-text fields and the tags, in one allocation (see [`Texts`]).
    pub(super) texts: Texts,
    pub(super) phone_number: Option<IntlPhone>,
    pub(super) alternate_phone_number: Option<IntlPhone>,
    pub(super) email: Option<CanonicalEmail>,
    pub(super) created_at: Option<Timestamp>,
    pub(super) updated_at: Option<Timestamp>,
    pub(super) email_marketing_consent: Option<bool>,
    pub(super) sms_marketing_consent: Option<bool>,
}

impl fmt::Debug for UserProperty {
    /// The fields by name, as a derived `Debug` of one field per key would show them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UserProperty")
            .field("first_name", &self.first_name())
            .field("last_name", &self.last_name())
            .field("source", &self.source())
            .field("phone_number", &self.phone_number)
            .field("alternate_phone_number", &self.alternate_phone_number)
            .field("email", &self.email)
            .field("address1", &self.address1())
            .field("address2", &self.address2())
            .field("city", &self.city())
            .field("state", &self.state())
            .field("country", &self.country())
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .field("email_marketing_consent", &self.email_marketing_consent)
            .field("sms_marketing_consent", &self.sms_marketing_consent)
            .field("tags", &self.tags())
            .field("partner_customer_id", &self.partner_customer_id())
            .finish()
    }
}

/// Indices of the free-text fields in [`Texts`].
const FIRST_NAME: usize = 0;
const LAST_NAME: usize = 1;
const SOURCE: usize = 2;
const ADDRESS1: usize = 3;
const ADDRESS2: usize = 4;
const CITY: usize = 5;
const STATE: usize = 6;
const COUNTRY: usize = 7;
const PARTNER_CUSTOMER_ID: usize = 8;
/// The tags, each followed by [`tags::END`](super::tags::END).
const TAGS: usize = 9;
const TEXT_FIELDS: usize = 10;

/// A [`UserProperty`]'s free-text fields and its tags, concatenated in one buffer.
///
/// A valid entry has six text fields on average and one or two tags; one `String` each
/// cost that many allocations (and as many frees when the outcome is dropped) and 216
/// bytes of inline `Option<String>`s per entry, and allocation was a quarter of bulk
/// validation's time (callgrind) and most of its memory. Equal field values give an equal
/// buffer, so the derived `Eq` and `Hash` mean the same as field-by-field ones.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct Texts {
    buf: Box<str>,
    /// Where each field ends in `buf`; an absent field is empty and ends where the one
    /// before it does.
    ends: [usize; TEXT_FIELDS],
    /// Bit `i`: field `i` is present.
    present: u16,
    /// How many tags the [`TAGS`] field holds.
    tag_count: usize,
}

impl Texts {
    /// The buffer of `fields` (indexed as the constants above) and `tags`.
    pub(super) fn new<'a>(
        mut fields: [Option<&'a str>; TEXT_FIELDS],
        tags: Option<&'a TagText>,
    ) -> Texts {
        if let Some(slot) = fields.get_mut(TAGS) {
            *slot = tags.map(|t| t.text.as_str());
        }
        let len = fields.iter().flatten().map(|f| f.len()).sum();
        let mut buf = String::with_capacity(len);
        let mut ends = [0; TEXT_FIELDS];
        let mut present = 0;
        for (i, field) in fields.iter().enumerate() {
            if let Some(text) = field {
                buf.push_str(text);
                present |= 1 << i;
            }
            if let Some(end) = ends.get_mut(i) {
                *end = buf.len();
            }
        }
        Texts {
            buf: buf.into_boxed_str(),
            ends,
            present,
            tag_count: tags.map_or(0, |t| t.len),
        }
    }

    fn get(&self, field: usize) -> Option<&str> {
        if self.present & (1 << field) == 0 {
            return None;
        }
        let start = match field.checked_sub(1) {
            Some(before) => *self.ends.get(before)?,
            None => 0,
        };
        self.buf.get(start..*self.ends.get(field)?)
    }

    fn all(&self) -> [Option<&str>; TEXT_FIELDS] {
        std::array::from_fn(|i| self.get(i))
    }

    fn tags(&self) -> Option<Tags<'_>> {
        Some(Tags::new(self.get(TAGS)?, self.tag_count))
    }
}

impl UserProperty {
    /// `firstName`: trimmed, non-empty.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::UserProperty::from_json(br#"{"firstName":" Ann ","lastName":"Lee"}"#)?;
    /// assert_eq!(user.first_name(), "Ann");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn first_name(&self) -> &str {
        self.texts.get(FIRST_NAME).unwrap_or_default()
    }

    /// `lastName`: trimmed, non-empty.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::UserProperty::from_json(br#"{"firstName":"Ann","lastName":"van  der Berg"}"#)?;
    /// assert_eq!(user.last_name(), "van der Berg");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn last_name(&self) -> &str {
        self.texts.get(LAST_NAME).unwrap_or_default()
    }

    /// `source`: the data source identifier, if sent.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::UserProperty::from_json(br#"{"firstName":"A","lastName":"B","source":"shopify"}"#)?;
    /// assert_eq!(user.source(), Some("shopify"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn source(&self) -> Option<&str> {
        self.texts.get(SOURCE)
    }

    /// `phoneNumber`, read with the default region.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::UserProperty::from_json(br#"{"firstName":"A","lastName":"B","phoneNumber":"9090909090"}"#)?;
    /// assert_eq!(user.phone_number().map(|p| p.as_str()), Some("+91 9090909090"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn phone_number(&self) -> Option<&IntlPhone> {
        self.phone_number.as_ref()
    }

    /// `alternatePhoneNumber`, read with the default region.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::UserProperty::from_json(br#"{"firstName":"A","lastName":"B","alternatePhoneNumber":"+44 20 7946 0000"}"#)?;
    /// assert_eq!(user.alternate_phone_number().map(|p| p.as_str()), Some("+44 2079460000"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn alternate_phone_number(&self) -> Option<&IntlPhone> {
        self.alternate_phone_number.as_ref()
    }

    /// `email`, canonical.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::UserProperty::from_json(br#"{"firstName":"A","lastName":"B","email":" MARK@BIK.AI "}"#)?;
    /// assert_eq!(user.email().map(|e| e.as_str()), Some("mark@bik.ai"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn email(&self) -> Option<&CanonicalEmail> {
        self.email.as_ref()
    }

    /// `address1`.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::UserProperty::from_json(br#"{"firstName":"A","lastName":"B","address1":"10 Downing St"}"#)?;
    /// assert_eq!(user.address1(), Some("10 Downing St"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn address1(&self) -> Option<&str> {
        self.texts.get(ADDRESS1)
    }

    /// `address2`.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::UserProperty::from_json(br#"{"firstName":"A","lastName":"B","address2":"Apt 4"}"#)?;
    /// assert_eq!(user.address2(), Some("Apt 4"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn address2(&self) -> Option<&str> {
        self.texts.get(ADDRESS2)
    }

    /// `city`.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::UserProperty::from_json(br#"{"firstName":"A","lastName":"B","city":"Bengaluru"}"#)?;
    /// assert_eq!(user.city(), Some("Bengaluru"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn city(&self) -> Option<&str> {
        self.texts.get(CITY)
    }

    /// `state`: state or province.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::UserProperty::from_json(br#"{"firstName":"A","lastName":"B","state":"KA"}"#)?;
    /// assert_eq!(user.state(), Some("KA"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn state(&self) -> Option<&str> {
        self.texts.get(STATE)
    }

    /// `country`: free text, as sent (trimmed).
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::UserProperty::from_json(br#"{"firstName":"A","lastName":"B","country":"India"}"#)?;
    /// assert_eq!(user.country(), Some("India"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn country(&self) -> Option<&str> {
        self.texts.get(COUNTRY)
    }

    /// `createdAt`.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::UserProperty::from_json(br#"{"firstName":"A","lastName":"B","createdAt":"2024-03-07T15:30:00+05:30"}"#)?;
    /// assert_eq!(user.created_at().map(|t| t.to_string()).as_deref(), Some("2024-03-07T10:00:00.000Z"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn created_at(&self) -> Option<Timestamp> {
        self.created_at
    }

    /// `updatedAt`.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::UserProperty::from_json(br#"{"firstName":"A","lastName":"B","updatedAt":"0"}"#)?;
    /// assert_eq!(user.updated_at().map(|t| t.as_millis()), Some(0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn updated_at(&self) -> Option<Timestamp> {
        self.updated_at
    }

    /// `emailMarketingConsent`.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::UserProperty::from_json(br#"{"firstName":"A","lastName":"B","emailMarketingConsent":"False"}"#)?;
    /// assert_eq!(user.email_marketing_consent(), Some(false));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn email_marketing_consent(&self) -> Option<bool> {
        self.email_marketing_consent
    }

    /// `smsMarketingConsent`.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::UserProperty::from_json(br#"{"firstName":"A","lastName":"B","smsMarketingConsent":true}"#)?;
    /// assert_eq!(user.sms_marketing_consent(), Some(true));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn sms_marketing_consent(&self) -> Option<bool> {
        self.sms_marketing_consent
    }

    /// `tags`, each trimmed free text, in the order sent; an empty [`Tags`] when an empty
    /// array was sent, `None` when none was.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::UserProperty::from_json(br#"{"firstName":"A","lastName":"B","tags":["vip"," repeat  buyer"]}"#)?;
    /// let tags: Vec<&str> = user.tags().expect("sent").collect();
    /// assert_eq!(tags, ["vip", "repeat buyer"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn tags(&self) -> Option<Tags<'_>> {
        self.texts.tags()
    }

    /// `partnerCustomerId`: the partner platform's customer id.
    ///
    /// # Examples
    ///
    /// ```
    /// let user = contactkit::user_properties::UserProperty::from_json(br#"{"firstName":"A","lastName":"B","partnerCustomerId":"5242031"}"#)?;
    /// assert_eq!(user.partner_customer_id(), Some("5242031"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn partner_customer_id(&self) -> Option<&str> {
        self.texts.get(PARTNER_CUSTOMER_ID)
    }

    /// Which contact this entry is, for de-duplication and upserts: its email's
    /// [`dedup_key`](CanonicalEmail::dedup_key), or without an email its `phoneNumber`;
    /// `None` when it has neither. [`BulkOutcome::contacts`](crate::user_properties::BulkOutcome::contacts) groups entries by it.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{UserProperty, ContactId};
    ///
    /// let user = UserProperty::from_json(br#"{"firstName":"A","lastName":"B","email":"Jan.Novak+x@gmail.com","phoneNumber":"9090909090"}"#)?;
    /// assert!(matches!(user.contact_id(), Some(ContactId::Email(key)) if key == "jannovak@gmail.com"));
    /// let user = UserProperty::from_json(br#"{"firstName":"A","lastName":"B","phoneNumber":"9090909090"}"#)?;
    /// assert!(matches!(user.contact_id(), Some(ContactId::Phone(p)) if p.e164() == "+919090909090"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn contact_id(&self) -> Option<ContactId<'_>> {
        match (&self.email, &self.phone_number) {
            (Some(email), _) => Some(ContactId::Email(email.dedup_key())),
            (None, Some(phone)) => Some(ContactId::Phone(phone)),
            (None, None) => None,
        }
    }

    /// `self` with every field `later` has replacing this one's (required names always).
    pub(super) fn merge(&mut self, later: &UserProperty) {
        fn take<T: Clone>(into: &mut Option<T>, from: &Option<T>) {
            if from.is_some() {
                into.clone_from(from);
            }
        }
        // The names always come from the later entry (they are required), the other
        // texts when it has them.
        let (mine, theirs) = (self.texts.all(), later.texts.all());
        let tags = later.tags().or_else(|| self.tags()).map(|tags| {
            let mut text = TagText::default();
            tags.for_each(|tag| text.push(tag));
            text
        });
        let texts = Texts::new(
            std::array::from_fn(|i| {
                let later = theirs.get(i).copied().flatten();
                later.or_else(|| mine.get(i).copied().flatten())
            }),
            tags.as_ref(),
        );
        self.texts = texts;
        take(&mut self.phone_number, &later.phone_number);
        take(
            &mut self.alternate_phone_number,
            &later.alternate_phone_number,
        );
        take(&mut self.email, &later.email);
        take(&mut self.created_at, &later.created_at);
        take(&mut self.updated_at, &later.updated_at);
        take(
            &mut self.email_marketing_consent,
            &later.email_marketing_consent,
        );
        take(
            &mut self.sms_marketing_consent,
            &later.sms_marketing_consent,
        );
    }
}

/// The members [`UserProperty::fields`] gives, the absent ones left out: the same text as
/// [`UserProperty::to_json`].
impl Serialize for UserProperty {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::models::serialize_fields(serializer, "UserProperty", self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::user_properties::UserProperty;

    #[test]
    fn texts_keep_each_field_apart() {
        let fields = [
            Some("Ann"),
            Some("Lee"),
            None,
            Some("1 Main St"),
            None,
            Some("Pune"),
            None,
            None,
            Some("x"),
            None,
        ];
        let mut tags = TagText::default();
        tags.push("vip");
        tags.push("new");
        let texts = Texts::new(fields, Some(&tags));
        let mut with_tags = fields;
        with_tags[TAGS] = Some("vip\0new\0");
        assert_eq!(texts.all(), with_tags);
        assert_eq!(&*texts.buf, "AnnLee1 Main StPunexvip\0new\0");
        assert_eq!(texts.tags().map(Vec::from_iter), Some(vec!["vip", "new"]));
        // Same values, same buffer: equality is field equality.
        assert_eq!(texts, Texts::new(fields, Some(&tags)));
        assert_ne!(texts, Texts::new(fields, None));
        assert_ne!(texts, Texts::new(fields, Some(&TagText::default())));
        let mut shifted = fields;
        (shifted[0], shifted[1]) = (Some("AnnL"), Some("ee"));
        let moved = Texts::new(shifted, Some(&tags));
        assert_ne!(texts, moved);
        // No tags sent, and an empty list sent, are told apart.
        assert!(Texts::new(fields, None).tags().is_none());
        let empty = Texts::new(fields, Some(&TagText::default()));
        assert_eq!(empty.tags().map(|t| t.len()), Some(0));
    }

    #[test]
    fn debug_shows_fields_by_name() {
        let user = UserProperty::from_json(br#"{"firstName":"A","lastName":"B","city":"Pune"}"#)
            .unwrap_or_else(|e| panic!("{e}"));
        let debug = format!("{user:?}");
        assert!(
            debug.starts_with(r#"UserProperty { first_name: "A", last_name: "B", source: None"#),
            "{debug}"
        );
        assert!(debug.contains(r#"city: Some("Pune")"#), "{debug}");
    }
}
