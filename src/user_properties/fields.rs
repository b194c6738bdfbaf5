//! [`UserProperty::fields`]: the entry's fields by schema name, the one list its
//! `Serialize` and [`UserProperty::write_json`] are written from.

use super::{UserProperty, FIELDS};
use crate::models::{text_field as text, Collect, FieldValue, FieldVisitor, TextList, VisitFields};
use crate::{CanonicalEmail, IntlPhone};

impl UserProperty {
    /// Every field of the schema, in its order ([`FIELDS`]), with the entry's value when
    /// it has one: the members of its JSON text (`None` where the JSON leaves the member
    /// out), typed.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::models::FieldValue;
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let entry = UserProperty::from_json(
    ///     br#"{"firstName": "Jan", "lastName": "Novak", "email": "JAN@Example.CZ"}"#,
    /// )?;
    /// let present: Vec<_> = entry.fields().filter_map(|(name, v)| Some((name, v?))).collect();
    /// assert_eq!(
    ///     present,
    ///     [
    ///         ("firstName", FieldValue::Text("Jan")),
    ///         ("lastName", FieldValue::Text("Novak")),
    ///         ("email", FieldValue::Text("jan@example.cz")),
    ///     ]
    /// );
    /// assert_eq!(entry.fields().len(), contactkit::user_properties::FIELDS.len());
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

impl VisitFields for UserProperty {
    /// Calls `visitor` with each field in [`FIELDS`]' order (a unit test checks the names):
    /// the one list of the fields. Inlined into the JSON writer (`write_fields`), each call's name
    /// and kind are constants there, as if the writer were written out by hand.
    #[inline(always)]
    fn visit<'a>(&'a self, visitor: &mut impl FieldVisitor<'a>) {
        visitor.field("firstName", text(Some(self.first_name())));
        visitor.field("lastName", text(Some(self.last_name())));
        visitor.field("source", text(self.source()));
        visitor.field(
            "phoneNumber",
            text(self.phone_number().map(IntlPhone::as_str)),
        );
        visitor.field(
            "alternatePhoneNumber",
            text(self.alternate_phone_number().map(IntlPhone::as_str)),
        );
        visitor.field("email", text(self.email().map(CanonicalEmail::as_str)));
        visitor.field("address1", text(self.address1()));
        visitor.field("address2", text(self.address2()));
        visitor.field("city", text(self.city()));
        visitor.field("state", text(self.state()));
        visitor.field("country", text(self.country()));
        visitor.field("createdAt", self.created_at().map(FieldValue::Timestamp));
        visitor.field("updatedAt", self.updated_at().map(FieldValue::Timestamp));
        visitor.field(
            "emailMarketingConsent",
            self.email_marketing_consent().map(FieldValue::Bool),
        );
        visitor.field(
            "smsMarketingConsent",
            self.sms_marketing_consent().map(FieldValue::Bool),
        );
        visitor.field(
            "tags",
            self.tags()
                .map(|tags| FieldValue::List(TextList::tags(tags))),
        );
        visitor.field("partnerCustomerId", text(self.partner_customer_id()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fields_are_the_schema_s_in_its_order() {
        let value = UserProperty::from_json(br#"{"firstName":"A","lastName":"B"}"#).unwrap();
        assert!(value.fields().map(|(name, _)| name).eq(FIELDS));
    }
}
