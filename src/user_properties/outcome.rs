//! What a request body validated to: [`BulkOutcome`] with its valid and invalid entries,
//! and the contacts they group into.

use std::collections::HashMap;

use serde::ser::{Serialize, Serializer};

use crate::models::{Report, ValidationError};

use super::response::Item;
use super::{ContactId, UserProperty};

/// The result of a valid request body: every entry, validated on its own.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::BulkOutcome;
///
/// let outcome = BulkOutcome::from_json(br#"{"userProperties":[{"firstName":"A","lastName":"B"}, 7]}"#)?;
/// assert_eq!(outcome.len(), 2);
/// assert_eq!(outcome.valid().len(), 1);
/// assert_eq!(
///     serde_json::to_string(outcome.invalid())?,
///     r#"[{"value":7,"error":"ValidationError: \"value\" must be of type object"}]"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkOutcome {
    pub(super) valid: Vec<ValidEntry>,
    pub(super) invalid: Vec<InvalidEntry>,
}

/// A valid entry of a request: its position in `userProperties` and its normalized value.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::BulkOutcome;
///
/// let outcome = BulkOutcome::from_json(br#"{"userProperties":[1, {"firstName":"A","lastName":"B"}]}"#)?;
/// let entry = &outcome.valid()[0];
/// assert_eq!((entry.index(), entry.property().first_name()), (1, "A"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidEntry {
    pub(super) index: usize,
    pub(super) property: UserProperty,
}

/// An invalid entry of a request: its position, its JSON text exactly as sent, and why.
///
/// `Serialize` writes the shape of BIK's `invalidUserProperties` items: the entry's members
/// as sent (same order, duplicates kept, each value's text unchanged) and an `error`
/// member holding the report's `Display` (replacing the value of an `error` key the
/// client sent, in place). An entry that is not an object is written as
/// `{"value": <entry>, "error": ...}`. [`Response`](super::Response) writes the whole
/// response body around these items.
///
/// The item is a map, written member by member, so it can be nested or
/// `#[serde(flatten)]`ed into your own struct. Values are copied from the entry's text
/// through `serde_json`'s `RawValue`, so the output is JSON through `serde_json`
/// (`to_string`, `to_writer`, `to_value`): a serializer of another format would see
/// `serde_json`'s raw-value marker instead of the values. Keys are written from their
/// unescaped text (`"\u0041"` is written `"A"`; an escaped lone surrogate in a key
/// becomes U+FFFD).
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::BulkOutcome;
///
/// let outcome = BulkOutcome::from_json(br#"{"userProperties":[{"phoneNumber":"9090909010", "emial":"mark2@bik.ai","firstName":"Test2","lastName":"4"}]}"#)?;
/// let entry = &outcome.invalid()[0];
/// assert_eq!(entry.entry_json(), r#"{"phoneNumber":"9090909010", "emial":"mark2@bik.ai","firstName":"Test2","lastName":"4"}"#);
/// assert_eq!(
///     serde_json::to_string(entry)?,
///     r#"{"phoneNumber":"9090909010","emial":"mark2@bik.ai","firstName":"Test2","lastName":"4","error":"ValidationError: \"emial\" is not allowed"}"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidEntry {
    pub(super) index: usize,
    pub(super) entry: Box<str>,
    pub(super) report: Report,
}

/// Entries of one request that are the same contact, in input order.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::BulkOutcome;
///
/// let outcome = BulkOutcome::from_json(br#"{"userProperties":[
///     {"firstName":"A","lastName":"B","email":"a@example.com","city":"Pune"},
///     {"firstName":"C","lastName":"D","phoneNumber":"9090909090"},
///     {"firstName":"A","lastName":"Bee","email":"A@Example.com"}
/// ]}"#)?;
/// let contacts = outcome.contacts();
/// assert_eq!(contacts.len(), 2);
/// assert_eq!(contacts[0].indices().collect::<Vec<_>>(), [0, 2]);
/// let merged = contacts[0].merged();
/// assert_eq!((merged.last_name(), merged.city()), ("Bee", Some("Pune")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactGroup<'a> {
    // Split so that a group is non-empty by construction.
    pub(super) first: &'a ValidEntry,
    pub(super) rest: Vec<&'a ValidEntry>,
}

impl BulkOutcome {
    /// The valid entries, normalized, in input order.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BulkOutcome;
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[{"firstName":" A ","lastName":"B"}]}"#)?;
    /// assert_eq!(outcome.valid()[0].property().first_name(), "A");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn valid(&self) -> &[ValidEntry] {
        &self.valid
    }

    /// The invalid entries, as sent, in input order.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BulkOutcome;
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[{}]}"#)?;
    /// assert_eq!(outcome.invalid()[0].error().message(), r#""firstName" is required"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn invalid(&self) -> &[InvalidEntry] {
        &self.invalid
    }

    /// The number of entries in the request, valid or not.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BulkOutcome;
    ///
    /// assert_eq!(BulkOutcome::from_json(br#"{"userProperties":[{},{}]}"#)?.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn len(&self) -> usize {
        self.valid.len() + self.invalid.len()
    }

    /// Whether the request had no entries (`"userProperties": []`).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BulkOutcome;
    ///
    /// assert!(BulkOutcome::from_json(br#"{"userProperties":[]}"#)?.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.valid.is_empty() && self.invalid.is_empty()
    }

    /// The valid entries grouped by contact, so that a store upserts each contact once.
    ///
    /// Entries with the same [`UserProperty::contact_id`] form one group (an entry with an
    /// email and one with only the same phone are different identities, so they stay
    /// apart). Entries with neither are groups of their own. Groups come in the order
    /// of their first entry; [`ContactGroup::merged`] combines a group field by field,
    /// later entries winning.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BulkOutcome;
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[
    ///     {"firstName":"A","lastName":"B","phoneNumber":"9090909090"},
    ///     {"firstName":"A","lastName":"B","phoneNumber":"+91 90909 09090","smsMarketingConsent":true}
    /// ]}"#)?;
    /// let contacts = outcome.contacts();
    /// assert_eq!(contacts.len(), 1);
    /// assert_eq!(contacts[0].merged().sms_marketing_consent(), Some(true));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn contacts(&self) -> Vec<ContactGroup<'_>> {
        let mut groups: Vec<ContactGroup<'_>> = Vec::new();
        let mut by_identity: HashMap<ContactId<'_>, usize> = HashMap::new();
        for entry in &self.valid {
            let identity = entry.property.contact_id();
            let existing = identity
                .as_ref()
                .and_then(|id| by_identity.get(id).copied());
            match (existing.and_then(|g| groups.get_mut(g)), identity) {
                (Some(group), _) => group.rest.push(entry),
                (None, identity) => {
                    if let Some(identity) = identity {
                        by_identity.insert(identity, groups.len());
                    }
                    groups.push(ContactGroup {
                        first: entry,
                        rest: Vec::new(),
                    });
                }
            }
        }
        groups
    }
}

impl ValidEntry {
    /// The entry's index in the request's `userProperties` array.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BulkOutcome;
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[{},{"firstName":"A","lastName":"B"}]}"#)?;
    /// assert_eq!(outcome.valid()[0].index(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn index(&self) -> usize {
        self.index
    }

    /// The validated, normalized entry.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BulkOutcome;
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[{"firstName":"A","lastName":"B"}]}"#)?;
    /// assert_eq!(outcome.valid()[0].property().last_name(), "B");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn property(&self) -> &UserProperty {
        &self.property
    }

    /// The validated entry, by value.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BulkOutcome;
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[{"firstName":"A","lastName":"B"}]}"#)?;
    /// let users: Vec<_> = outcome.valid().iter().cloned().map(|e| e.into_property()).collect();
    /// assert_eq!(users.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn into_property(self) -> UserProperty {
        self.property
    }
}

impl InvalidEntry {
    /// The entry's index in the request's `userProperties` array.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BulkOutcome;
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[{"firstName":"A","lastName":"B"},{}]}"#)?;
    /// assert_eq!(outcome.invalid()[0].index(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn index(&self) -> usize {
        self.index
    }

    /// The entry's JSON text exactly as the client sent it.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BulkOutcome;
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[ {"a" : 1} ]}"#)?;
    /// assert_eq!(outcome.invalid()[0].entry_json(), r#"{"a" : 1}"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn entry_json(&self) -> &str {
        &self.entry
    }

    /// The first error (what Joi reports with `abortEarly: true`).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BulkOutcome;
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[{"firstName":"A"}]}"#)?;
    /// assert_eq!(outcome.invalid()[0].error().message(), r#""lastName" is required"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn error(&self) -> &ValidationError {
        self.report.first()
    }

    /// Every error found: one unless validated with [`Options::abort_early`](super::Options::abort_early)`(false)`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BulkOutcome;
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[{}]}"#)?;
    /// assert_eq!(outcome.invalid()[0].report().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn report(&self) -> &Report {
        &self.report
    }
}

impl Serialize for InvalidEntry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Item {
            entry: self,
            extras: &[],
        }
        .serialize(serializer)
    }
}

impl<'a> ContactGroup<'a> {
    /// The group's entries, in input order.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BulkOutcome;
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[{"firstName":"A","lastName":"B"}]}"#)?;
    /// assert_eq!(outcome.contacts()[0].entries().count(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn entries(&self) -> impl Iterator<Item = &'a ValidEntry> + '_ {
        std::iter::once(self.first).chain(self.rest.iter().copied())
    }

    /// The request indexes of the group's entries, ascending.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BulkOutcome;
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[{},{"firstName":"A","lastName":"B"}]}"#)?;
    /// assert_eq!(outcome.contacts()[0].indices().collect::<Vec<_>>(), [1]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.entries().map(|e| e.index)
    }

    /// The group's entries combined field by field: each field comes from the last entry
    /// that has it (`tags` as a whole, not merged item by item); the names from the last
    /// entry.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BulkOutcome;
    ///
    /// let outcome = BulkOutcome::from_json(br#"{"userProperties":[
    ///     {"firstName":"A","lastName":"B","email":"a@example.com","tags":["x"],"city":"Pune"},
    ///     {"firstName":"A","lastName":"B","email":"a@example.com","tags":["y"]}
    /// ]}"#)?;
    /// let merged = outcome.contacts()[0].merged();
    /// assert_eq!(merged.tags().map(Vec::from_iter), Some(vec!["y"]));
    /// assert_eq!(merged.city(), Some("Pune"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn merged(&self) -> UserProperty {
        let mut merged = self.first.property.clone();
        for entry in &self.rest {
            merged.merge(&entry.property);
        }
        merged
    }
}
