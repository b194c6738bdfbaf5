//! [`Tags`]: an entry's `tags`, read from the entry's one text buffer.

use std::fmt;
use std::iter::FusedIterator;

use serde::ser::{Serialize, Serializer};

/// The separator after each tag in the buffer: the free-text rule rejects control
/// characters, so no tag holds one.
pub(super) const END: char = '\0';

/// The `tags` of a [`UserProperty`](super::UserProperty), in the order sent: an iterator
/// of `&str` that knows its length, cheap to clone.
///
/// The tags live in the entry's single text buffer, not in a `Vec<String>` of their own:
/// a bulk outcome then holds one allocation per entry instead of two plus one per tag.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::UserProperty;
///
/// let user = UserProperty::from_json(br#"{"firstName":"A","lastName":"B","tags":["vip"," repeat  buyer"]}"#)?;
/// let tags = user.tags().expect("sent");
/// assert_eq!(tags.len(), 2);
/// assert_eq!(tags.clone().collect::<Vec<_>>(), ["vip", "repeat buyer"]);
/// assert_eq!(format!("{tags:?}"), r#"["vip", "repeat buyer"]"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct Tags<'a> {
    rest: std::str::SplitTerminator<'a, char>,
    len: usize,
}

impl<'a> Tags<'a> {
    /// The tags of `region`: each tag followed by [`END`], `len` of them.
    pub(super) fn new(region: &'a str, len: usize) -> Self {
        Tags {
            rest: region.split_terminator(END),
            len,
        }
    }
}

impl<'a> Iterator for Tags<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let tag = self.rest.next()?;
        self.len = self.len.saturating_sub(1);
        Some(tag)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len, Some(self.len))
    }
}

impl ExactSizeIterator for Tags<'_> {}

impl FusedIterator for Tags<'_> {}

impl fmt::Debug for Tags<'_> {
    /// As a list of strings (`["vip", "new"]`), like the `Vec<String>` it replaced.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl Serialize for Tags<'_> {
    /// As an array of strings.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.clone())
    }
}

/// The tags as [`Tags`] reads them, built while validating.
#[derive(Debug, Default)]
pub(super) struct TagText {
    pub(super) text: String,
    pub(super) len: usize,
}

impl TagText {
    pub(super) fn with_capacity(bytes: usize) -> Self {
        TagText {
            text: String::with_capacity(bytes),
            len: 0,
        }
    }

    pub(super) fn push(&mut self, tag: &str) {
        self.text.push_str(tag);
        self.text.push(END);
        self.len += 1;
    }
}
