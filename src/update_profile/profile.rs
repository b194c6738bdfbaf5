//! [`UpdateProfile`]: a validated body, its fields, and its JSON form.

use serde::ser::{Serialize, Serializer};

use crate::{
    CanonicalEmail, Country, Ico, IntlPhone, Locale, NormalizedIp, PostalCode, ReferralId, VatId,
};

/// A validated, normalized update-profile body.
///
/// Only validation builds one, so every value is valid and canonical: the email is a
/// [`CanonicalEmail`], free text is trimmed, NFC, with single spaces and no control
/// characters, and so on (see the [module docs](crate::update_profile) for each field's rule).
///
/// `Serialize` writes the API's camelCase keys in the schema's order with each value's
/// canonical text, leaving out the fields that were not sent. Validating
/// that JSON again gives back an equal value.
///
/// # Examples
///
/// ```
/// use contactkit::update_profile::UpdateProfile;
///
/// let profile = UpdateProfile::from_json(r#"{
///     "email": " Jan@Barasek.com ", "firstName": "  Jan ", "phone": "+420 777 123 456",
///     "postalCode": "27201", "country": "cze", "newsletter": true,
///     "groups": [" VIP ", "VIP", "vip"], "customerRealIp": ""
/// }"#.as_bytes())?;
/// assert_eq!(
///     serde_json::to_string(&profile)?,
///     r#"{"email":"jan@barasek.com","firstName":"Jan","phone":"+420 777123456","postalCode":"272 01","country":"CZ","newsletter":true,"groups":["VIP","vip"],"customerRealIp":"127.0.0.1"}"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// [`CanonicalEmail`]: crate::CanonicalEmail
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UpdateProfile {
    pub(super) email: CanonicalEmail,
    pub(super) name: Option<String>,
    pub(super) first_name: Option<String>,
    pub(super) last_name: Option<String>,
    pub(super) phone: Option<IntlPhone>,
    pub(super) company_name: Option<String>,
    pub(super) company_registration_number: Option<Registration>,
    pub(super) tax_identification_number: Option<VatId>,
    pub(super) street_address: Option<String>,
    pub(super) city: Option<String>,
    pub(super) city_part: Option<String>,
    pub(super) state_region: Option<String>,
    pub(super) postal_code: Option<PostalCode>,
    pub(super) country: Option<Country>,
    pub(super) newsletter: Option<bool>,
    pub(super) primary_locale: Option<Locale>,
    // `None`: not sent; `Some(vec![])`: sent empty (an update may mean "no groups").
    pub(super) groups: Option<Vec<String>>,
    pub(super) customer_real_ip: Option<NormalizedIp>,
    pub(super) referral_id: Option<ReferralId>,
}

/// `companyRegistrationNumber`: an IČO in CZ and SK, free text elsewhere.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum Registration {
    Ico(Ico),
    Text(String),
}

impl UpdateProfile {
    /// The default for the longest free-text field (or group) after the free-text rule, in
    /// UTF-16 code units as JavaScript's `length` counts them
    /// ([`Options::max_text_length`](crate::update_profile::Options::max_text_length)
    /// changes it).
    ///
    /// Long enough for any real name or address line; short enough that a client cannot
    /// store pages of text in a name.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::UpdateProfile;
    ///
    /// let name = "x".repeat(UpdateProfile::MAX_TEXT_LENGTH + 1);
    /// let body = format!(r#"{{"email": "a@b.cz", "city": "{name}"}}"#);
    /// let err = UpdateProfile::from_json(body.as_bytes()).unwrap_err();
    /// assert_eq!(
    ///     err.message(),
    ///     r#""city" length must be less than or equal to 256 characters long"#
    /// );
    /// ```
    pub const MAX_TEXT_LENGTH: usize = 256;

    /// Deprecated name of [`UpdateProfile::MAX_TEXT_LENGTH`].
    #[deprecated(since = "0.2.0", note = "use `MAX_TEXT_LENGTH` (UTF-16 code units)")]
    pub const MAX_TEXT_CHARS: usize = Self::MAX_TEXT_LENGTH;

    /// The default for the most items `groups` may have ([`Options::max_groups`](crate::update_profile::Options::max_groups) changes it).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::UpdateProfile;
    ///
    /// let groups = vec!["\"g\""; UpdateProfile::MAX_GROUPS + 1].join(",");
    /// let body = format!(r#"{{"email": "a@b.cz", "groups": [{groups}]}}"#);
    /// let err = UpdateProfile::from_json(body.as_bytes()).unwrap_err();
    /// assert_eq!(err.message(), r#""groups" must contain less than or equal to 1000 items"#);
    /// ```
    pub const MAX_GROUPS: usize = 1000;

    /// `email`: the contact's canonical address (required).
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":" Jan@Barasek.COM "}"#)?;
    /// assert_eq!(p.email().as_str(), "jan@barasek.com");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn email(&self) -> &CanonicalEmail {
        &self.email
    }

    /// `name`: the full name, free text.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(r#"{"email":"a@b.cz","name":" Jan  Barášek "}"#.as_bytes())?;
    /// assert_eq!(p.name(), Some("Jan Barášek"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// `firstName`, free text.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":"a@b.cz","firstName":"Jan"}"#)?;
    /// assert_eq!(p.first_name(), Some("Jan"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn first_name(&self) -> Option<&str> {
        self.first_name.as_deref()
    }

    /// `lastName`, free text (NFC).
    ///
    /// # Examples
    ///
    /// ```
    /// // "Bara\u0301s\u030cek" spells á and š with combining marks: stored composed.
    /// let p = contactkit::update_profile::UpdateProfile::from_json(
    ///     br#"{"email":"a@b.cz","lastName":"Bara\u0301s\u030cek"}"#)?;
    /// assert_eq!(p.last_name(), Some("Barášek"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn last_name(&self) -> Option<&str> {
        self.last_name.as_deref()
    }

    /// `phone`, an international number (`+420 777123456`).
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":"a@b.cz","phone":"+420 777 123 456"}"#)?;
    /// assert_eq!(p.phone().map(|p| p.as_str()), Some("+420 777123456"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn phone(&self) -> Option<&IntlPhone> {
        self.phone.as_ref()
    }

    /// `companyName`, free text.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":"a@b.cz","companyName":"BizKitHub"}"#)?;
    /// assert_eq!(p.company_name(), Some("BizKitHub"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn company_name(&self) -> Option<&str> {
        self.company_name.as_deref()
    }

    /// `companyRegistrationNumber`: the IČO's 8 digits in CZ and SK, free text elsewhere.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(
    ///     br#"{"email":"a@b.cz","companyRegistrationNumber":"HRB  12345","country":"DE"}"#)?;
    /// assert_eq!(p.company_registration_number(), Some("HRB 12345"));
    /// assert_eq!(p.ico(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn company_registration_number(&self) -> Option<&str> {
        match &self.company_registration_number {
            Some(Registration::Ico(ico)) => Some(ico.as_str()),
            Some(Registration::Text(text)) => Some(text),
            None => None,
        }
    }

    /// The registration number as an [`Ico`], when the country is CZ or SK.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(
    ///     br#"{"email":"a@b.cz","companyRegistrationNumber":"05103118","country":"CZ"}"#)?;
    /// assert_eq!(p.ico().map(|i| i.to_string()).as_deref(), Some("05103118"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ico(&self) -> Option<Ico> {
        match &self.company_registration_number {
            Some(Registration::Ico(ico)) => Some(*ico),
            _ => None,
        }
    }

    /// `taxIdentificationNumber`, an EU VAT id.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(
    ///     br#"{"email":"a@b.cz","taxIdentificationNumber":"cz 9609040727"}"#)?;
    /// assert_eq!(p.tax_identification_number().map(|v| v.as_str()), Some("CZ9609040727"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn tax_identification_number(&self) -> Option<&VatId> {
        self.tax_identification_number.as_ref()
    }

    /// `streetAddress`, free text.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(
    ///     r#"{"email":"a@b.cz","streetAddress":"R. Novotného\t1505"}"#.as_bytes())?;
    /// assert_eq!(p.street_address(), Some("R. Novotného 1505"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn street_address(&self) -> Option<&str> {
        self.street_address.as_deref()
    }

    /// `city`, free text.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":"a@b.cz","city":"Kladno"}"#)?;
    /// assert_eq!(p.city(), Some("Kladno"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn city(&self) -> Option<&str> {
        self.city.as_deref()
    }

    /// `cityPart`, free text.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(r#"{"email":"a@b.cz","cityPart":"Kročehlavy"}"#.as_bytes())?;
    /// assert_eq!(p.city_part(), Some("Kročehlavy"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn city_part(&self) -> Option<&str> {
        self.city_part.as_deref()
    }

    /// `stateRegion`, free text.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(r#"{"email":"a@b.cz","stateRegion":"Středočeský kraj"}"#.as_bytes())?;
    /// assert_eq!(p.state_region(), Some("Středočeský kraj"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn state_region(&self) -> Option<&str> {
        self.state_region.as_deref()
    }

    /// `postalCode`, normalized for the country (`272 01` in CZ).
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":"a@b.cz","postalCode":"27201","country":"CZ"}"#)?;
    /// assert_eq!(p.postal_code().map(|c| c.as_str()), Some("272 01"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn postal_code(&self) -> Option<&PostalCode> {
        self.postal_code.as_ref()
    }

    /// `country`.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":"a@b.cz","country":"Czechia"}"#)?;
    /// assert_eq!(p.country().map(|c| c.as_str()), Some("CZ"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn country(&self) -> Option<Country> {
        self.country
    }

    /// `newsletter` as sent; `None` when the body did not send it.
    ///
    /// The document's "Default: false" is the value of a *new* contact: an update that
    /// does not send the field must leave a stored consent as it is, so the model tells
    /// "not sent" apart (`profile.newsletter().unwrap_or(false)` for a new contact).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::UpdateProfile;
    ///
    /// assert_eq!(UpdateProfile::from_json(br#"{"email":"a@b.cz"}"#)?.newsletter(), None);
    /// let p = UpdateProfile::from_json(br#"{"email":"a@b.cz","newsletter":true}"#)?;
    /// assert_eq!(p.newsletter(), Some(true));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn newsletter(&self) -> Option<bool> {
        self.newsletter
    }

    /// `primaryLocale`, a BCP 47 tag in canonical case.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":"a@b.cz","primaryLocale":"CS-cz"}"#)?;
    /// assert_eq!(p.primary_locale().map(|l| l.as_str()), Some("cs-CZ"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn primary_locale(&self) -> Option<&Locale> {
        self.primary_locale.as_ref()
    }

    /// `groups`: normalized, each once, in first-seen order (empty when not sent).
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(
    ///     br#"{"email":"a@b.cz","groups":[" VIP ","vip","VIP","early  adopter"]}"#)?;
    /// assert_eq!(p.groups(), ["VIP", "vip", "early adopter"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn groups(&self) -> &[String] {
        self.groups.as_deref().unwrap_or_default()
    }

    /// Whether the body sent `groups` at all, so that an update can tell "no groups"
    /// (`"groups": []`) from "groups unchanged" (no key).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::update_profile::UpdateProfile;
    ///
    /// assert!(UpdateProfile::from_json(br#"{"email":"a@b.cz","groups":[]}"#)?.groups_sent());
    /// assert!(!UpdateProfile::from_json(br#"{"email":"a@b.cz"}"#)?.groups_sent());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn groups_sent(&self) -> bool {
        self.groups.is_some()
    }

    /// `customerRealIp`; an empty string was `127.0.0.1`.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":"a@b.cz","customerRealIp":"::1"}"#)?;
    /// assert_eq!(p.customer_real_ip().map(|ip| ip.as_str()), Some("127.0.0.1"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn customer_real_ip(&self) -> Option<&NormalizedIp> {
        self.customer_real_ip.as_ref()
    }

    /// `referralId`, the 16-character customer reference number.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = contactkit::update_profile::UpdateProfile::from_json(br#"{"email":"a@b.cz","referralId":"1cGIHvFoQDGLAbcA"}"#)?;
    /// assert_eq!(p.referral_id().map(|r| r.as_str()), Some("1cGIHvFoQDGLAbcA"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn referral_id(&self) -> Option<&ReferralId> {
        self.referral_id.as_ref()
    }
}

/// The members [`UpdateProfile::fields`] gives, the absent ones left out: the same text
/// as [`UpdateProfile::to_json`].
impl Serialize for UpdateProfile {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::models::serialize_fields(serializer, "UpdateProfile", self)
    }
}
