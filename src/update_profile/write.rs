//! [`UpdateProfile::to_json`] and [`UpdateProfile::write_json`]: the normalized body as
//! JSON text, without going through serde.

use super::UpdateProfile;
use crate::models::json::ObjectWriter;
use crate::{Country, IntlPhone, Locale, NormalizedIp, PostalCode, ReferralId, VatId};

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
        // Member order and presence as in the `Serialize` impl.
        let mut o = ObjectWriter::new(out);
        o.str("email", Some(self.email.as_str()));
        o.str("name", self.name.as_deref());
        o.str("firstName", self.first_name.as_deref());
        o.str("lastName", self.last_name.as_deref());
        o.str("phone", self.phone.as_ref().map(IntlPhone::as_str));
        o.str("companyName", self.company_name.as_deref());
        o.str(
            "companyRegistrationNumber",
            self.company_registration_number(),
        );
        o.str(
            "taxIdentificationNumber",
            self.tax_identification_number.as_ref().map(VatId::as_str),
        );
        o.str("streetAddress", self.street_address.as_deref());
        o.str("city", self.city.as_deref());
        o.str("cityPart", self.city_part.as_deref());
        o.str("stateRegion", self.state_region.as_deref());
        o.str(
            "postalCode",
            self.postal_code.as_ref().map(PostalCode::as_str),
        );
        o.str("country", self.country.as_ref().map(Country::as_str));
        o.bool("newsletter", self.newsletter);
        o.str(
            "primaryLocale",
            self.primary_locale.as_ref().map(Locale::as_str),
        );
        o.strs(
            "groups",
            self.groups.as_ref().map(|g| g.iter().map(String::as_str)),
        );
        o.str(
            "customerRealIp",
            self.customer_real_ip.as_ref().map(NormalizedIp::as_str),
        );
        o.str(
            "referralId",
            self.referral_id.as_ref().map(ReferralId::as_str),
        );
        o.end();
    }
}
