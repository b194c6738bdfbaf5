//! [`FieldValue`]: one field of a valid model, read by its schema name.

use crate::user_properties::Tags;
use crate::Timestamp;
use serde::{Serialize, Serializer};
use std::fmt;
use std::iter::FusedIterator;

/// One present field of a valid model, typed as its JSON member is written: what
/// [`UserProperty::fields`](crate::user_properties::UserProperty::fields) and
/// [`UpdateProfile::fields`](crate::update_profile::UpdateProfile::fields) yield beside
/// each schema name, for code that handles every field alike (a CSV row, a dataframe
/// column, a form) without a JSON round trip.
///
/// Its `Serialize` writes what the model's JSON member holds (a timestamp as its ISO
/// text).
///
/// # Examples
///
/// ```
/// use contactkit::models::FieldValue;
/// use contactkit::user_properties::UserProperty;
///
/// let entry = UserProperty::from_json(
///     br#"{"firstName": "Jan", "lastName": "Novak", "smsMarketingConsent": true,
///          "createdAt": 1700000000000, "tags": ["vip", "b2b"]}"#,
/// )?;
/// let cells: Vec<String> = entry
///     .fields()
///     .map(|(_, value)| match value {
///         None => String::new(),
///         Some(FieldValue::Text(text)) => text.to_owned(),
///         Some(FieldValue::Bool(flag)) => flag.to_string(),
///         Some(FieldValue::Timestamp(at)) => at.to_string(),
///         Some(FieldValue::List(items)) => items.collect::<Vec<_>>().join(";"),
///         Some(_) => unreachable!("no other kind in 0.2"),
///     })
///     .collect();
/// assert_eq!(cells[..2], ["Jan", "Novak"]);
/// assert_eq!(cells[11], "2023-11-14T22:13:20.000Z");
/// assert_eq!(cells[14], "true");
/// assert_eq!(cells[15], "vip;b2b");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum FieldValue<'a> {
    /// A string member: free text, or a normalized value's canonical text (an email, a
    /// phone number, a country code...).
    Text(&'a str),
    /// A boolean member (consents, `newsletter`).
    Bool(bool),
    /// A date member (`createdAt`, `updatedAt`), written as its ISO 8601 text.
    Timestamp(Timestamp),
    /// An array of strings (`tags`, `groups`).
    List(TextList<'a>),
}

/// The items of a [`FieldValue::List`], in order: an iterator of `&str` that knows its
/// length.
///
/// # Examples
///
/// ```
/// use contactkit::models::FieldValue;
/// use contactkit::update_profile::UpdateProfile;
///
/// let profile = UpdateProfile::from_json(br#"{"email": "a@b.cz", "groups": ["x", "y"]}"#)?;
/// let Some((_, Some(FieldValue::List(groups)))) = profile.fields().find(|(name, _)| *name == "groups") else {
///     panic!("groups were sent");
/// };
/// assert_eq!(groups.len(), 2);
/// assert_eq!(groups.collect::<Vec<_>>(), ["x", "y"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct TextList<'a>(Items<'a>);

#[derive(Clone)]
enum Items<'a> {
    Tags(Tags<'a>),
    Strings(std::slice::Iter<'a, String>),
}

impl<'a> TextList<'a> {
    pub(crate) fn tags(tags: Tags<'a>) -> Self {
        TextList(Items::Tags(tags))
    }

    pub(crate) fn strings(strings: &'a [String]) -> Self {
        TextList(Items::Strings(strings.iter()))
    }
}

impl<'a> Iterator for TextList<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match &mut self.0 {
            Items::Tags(tags) => tags.next(),
            Items::Strings(strings) => strings.next().map(String::as_str),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match &self.0 {
            Items::Tags(tags) => tags.size_hint(),
            Items::Strings(strings) => strings.size_hint(),
        }
    }
}

impl ExactSizeIterator for TextList<'_> {}

impl FusedIterator for TextList<'_> {}

/// As a list of its items.
impl fmt::Debug for TextList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

/// Equal when the items are.
impl PartialEq for TextList<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.clone().eq(other.clone())
    }
}

impl Serialize for TextList<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.clone())
    }
}

impl Serialize for FieldValue<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            FieldValue::Text(text) => serializer.serialize_str(text),
            FieldValue::Bool(flag) => serializer.serialize_bool(*flag),
            FieldValue::Timestamp(at) => at.serialize(serializer),
            FieldValue::List(items) => items.serialize(serializer),
        }
    }
}

/// A text field's value, absent when the text is.
pub(crate) fn text_field(value: Option<&str>) -> Option<FieldValue<'_>> {
    value.map(FieldValue::Text)
}

/// What a model's `visit` calls once per field, in schema order: the writer, and the
/// collector behind `fields()`. A trait rather than a closure so that the writer's
/// method inlines into `visit` (a closure call per field cost 17% more instructions in
/// `write_json`).
pub(crate) trait FieldVisitor<'a> {
    fn field(&mut self, name: &'static str, value: Option<FieldValue<'a>>);
}

/// Collects the fields for `fields()`.
pub(crate) struct Collect<'a, const N: usize> {
    values: [(&'static str, Option<FieldValue<'a>>); N],
    at: usize,
}

impl<'a, const N: usize> Collect<'a, N> {
    pub(crate) fn new() -> Self {
        Collect {
            values: std::array::from_fn(|_| ("", None)),
            at: 0,
        }
    }

    pub(crate) fn into_iter(
        self,
    ) -> std::array::IntoIter<(&'static str, Option<FieldValue<'a>>), N> {
        self.values.into_iter()
    }
}

impl<'a, const N: usize> FieldVisitor<'a> for Collect<'a, N> {
    fn field(&mut self, name: &'static str, value: Option<FieldValue<'a>>) {
        if let Some(slot) = self.values.get_mut(self.at) {
            *slot = (name, value);
        }
        self.at += 1;
    }
}

/// A model whose fields a [`FieldVisitor`] can walk: `visit` calls it once per field, in
/// schema order (the model's one list of its fields).
pub(crate) trait VisitFields {
    fn visit<'a>(&'a self, visitor: &mut impl FieldVisitor<'a>);
}

/// A model's `Serialize` from its `visit`: a struct of the present fields, the absent
/// ones skipped. Two walks (one counts, for `serialize_struct`'s length), both inlined:
/// collecting the fields first cost 27% of `serde_json::to_writer`'s speed.
pub(crate) fn serialize_fields<S: Serializer>(
    serializer: S,
    name: &'static str,
    model: &impl VisitFields,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct;

    struct Count(usize);
    impl<'a> FieldVisitor<'a> for Count {
        #[inline(always)]
        fn field(&mut self, _: &'static str, value: Option<FieldValue<'a>>) {
            self.0 += usize::from(value.is_some());
        }
    }

    struct Members<S: SerializeStruct> {
        state: S,
        error: Option<S::Error>,
    }
    impl<'a, S: SerializeStruct> FieldVisitor<'a> for Members<S> {
        #[inline(always)]
        fn field(&mut self, name: &'static str, value: Option<FieldValue<'a>>) {
            if self.error.is_some() {
                return;
            }
            let written = match value {
                Some(value) => self.state.serialize_field(name, &value),
                None => self.state.skip_field(name),
            };
            if let Err(error) = written {
                self.error = Some(error);
            }
        }
    }

    let mut count = Count(0);
    model.visit(&mut count);
    let mut members = Members {
        state: serializer.serialize_struct(name, count.0)?,
        error: None,
    };
    model.visit(&mut members);
    match members.error {
        Some(error) => Err(error),
        None => members.state.end(),
    }
}
