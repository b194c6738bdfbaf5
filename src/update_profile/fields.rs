//! [`UpdateProfile::fields`]: the body's fields by schema name, the one list its
//! `Serialize` and [`UpdateProfile::write_json`] are written from.

use super::{UpdateProfile, FIELDS};
use crate::models::{text_field as text, Collect, FieldValue, FieldVisitor, TextList, VisitFields};
use crate::{Country, IntlPhone, Locale, NormalizedIp, PostalCode, ReferralId, VatId};

impl UpdateProfile {
    /// Every field of the schema, in its order ([`FIELDS`]), with the body's value when
    /// it has one: the members of its JSON text (`None` where the JSON leaves the member
    /// out), typed. `groups` is present when the body sent it, even empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::models::FieldValue;
    /// use contactkit::update_profile::UpdateProfile;
    ///
    /// let profile = UpdateProfile::from_json(
    ///     br#"{"email": "Jan@Barasek.com", "newsletter": true, "groups": []}"#,
    /// )?;
    /// let present: Vec<_> = profile.fields().filter_map(|(name, v)| Some((name, v?))).collect();
    /// assert_eq!(present[0], ("email", FieldValue::Text("jan@barasek.com")));
    /// assert_eq!(present[1], ("newsletter", FieldValue::Bool(true)));
    /// assert!(matches!(&present[2], ("groups", FieldValue::List(groups)) if groups.len() == 0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn fields(
        &self,
    ) -> impl ExactSizeIterator<Item = (&'static str, Option<FieldValue<'_>>)> + Clone + '_ {
        let mut fields = Collect::<{ FIELDS.len() }>::new();
        self.visit(&mut fields);
        fields.into_iter()
    }
}

impl VisitFields for UpdateProfile {
    /// Calls `visitor` with each field in [`FIELDS`]' order (a unit test checks the names):
    /// the one list of the fields. Inlined into the JSON writer (`write_fields`), each call's name
    /// and kind are constants there, as if the writer were written out by hand.
    #[inline(always)]
    fn visit<'a>(&'a self, visitor: &mut impl FieldVisitor<'a>) {
        visitor.field("email", Some(FieldValue::Text(self.email.as_str())));
        visitor.field("name", text(self.name.as_deref()));
        visitor.field("firstName", text(self.first_name.as_deref()));
        visitor.field("lastName", text(self.last_name.as_deref()));
        visitor.field("phone", text(self.phone.as_ref().map(IntlPhone::as_str)));
        visitor.field("companyName", text(self.company_name.as_deref()));
        visitor.field(
            "companyRegistrationNumber",
            text(self.company_registration_number()),
        );
        visitor.field(
            "taxIdentificationNumber",
            text(self.tax_identification_number.as_ref().map(VatId::as_str)),
        );
        visitor.field("streetAddress", text(self.street_address.as_deref()));
        visitor.field("city", text(self.city.as_deref()));
        visitor.field("cityPart", text(self.city_part.as_deref()));
        visitor.field("stateRegion", text(self.state_region.as_deref()));
        visitor.field(
            "postalCode",
            text(self.postal_code.as_ref().map(PostalCode::as_str)),
        );
        visitor.field("country", text(self.country.as_ref().map(Country::as_str)));
        visitor.field("newsletter", self.newsletter.map(FieldValue::Bool));
        visitor.field(
            "primaryLocale",
            text(self.primary_locale.as_ref().map(Locale::as_str)),
        );
        visitor.field(
            "groups",
            self.groups
                .as_deref()
                .map(|groups| FieldValue::List(TextList::strings(groups))),
        );
        visitor.field(
            "customerRealIp",
            text(self.customer_real_ip.as_ref().map(NormalizedIp::as_str)),
        );
        visitor.field(
            "referralId",
            text(self.referral_id.as_ref().map(ReferralId::as_str)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fields_are_the_schema_s_in_its_order() {
        let value = UpdateProfile::from_json(br#"{"email":"a@b.cz"}"#).unwrap();
        assert!(value.fields().map(|(name, _)| name).eq(FIELDS));
    }
}
