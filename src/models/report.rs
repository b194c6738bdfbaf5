//! Where an error is ([`Path`]) and every error of a value ([`Report`]).

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use super::ValidationError;

/// The location of a value inside the validated JSON: keys and array indexes.
///
/// `Display` renders Joi's label: keys joined with `.`, indexes as `[n]`, and `value` for
/// the root (and for a path whose only key is empty, as Joi does).
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::UserProperty;
///
/// let err = UserProperty::from_json(br#"{"firstName":"A","lastName":"B","tags":[" "]}"#)
///     .unwrap_err();
/// assert_eq!(err.path().to_string(), "tags[0]");
/// assert_eq!(err.path().len(), 2);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Path(Vec<PathSegment>);

/// One step of a [`Path`].
///
/// # Examples
///
/// ```
/// use contactkit::PathSegment;
///
/// let key = PathSegment::Key("tags".into());
/// assert_ne!(key, PathSegment::Index(0));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PathSegment {
    /// An object key, exactly as sent (after JSON unescaping).
    Key(Box<str>),
    /// An array index.
    Index(usize),
}

impl Path {
    /// The root of the validated value.
    pub(crate) fn root() -> Self {
        Path(Vec::new())
    }

    /// The path of a key of the root object.
    pub(crate) fn key(key: &str) -> Self {
        Path(vec![PathSegment::Key(key.into())])
    }

    /// The path of item `index` of the array at key `key` of the root object.
    pub(crate) fn key_index(key: &str, index: usize) -> Self {
        Path(vec![
            PathSegment::Key(key.into()),
            PathSegment::Index(index),
        ])
    }

    /// The steps from the root, outermost first.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    /// use contactkit::PathSegment;
    ///
    /// let err = UserProperty::from_json(br#"{"lastName":"B"}"#).unwrap_err();
    /// assert_eq!(err.path().segments(), [PathSegment::Key("firstName".into())]);
    /// ```
    pub fn segments(&self) -> &[PathSegment] {
        &self.0
    }

    /// The number of steps (0 for the root).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let err = UserProperty::from_json(b"1").unwrap_err();
    /// assert_eq!(err.path().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether this is the root.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let err = UserProperty::from_json(b"null").unwrap_err();
    /// assert!(err.path().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Joi's label for this path (`errors.label: 'path'`): `tags[0]`, `a.b`, `value`.
    pub(crate) fn label(&self) -> Cow<'_, str> {
        // Joi's `errors.path`: string segments joined by `.`, numbers as `[n]`; an empty
        // result falls back to the root label `value` (so the key `""` is `"value"`).
        match self.0.as_slice() {
            [PathSegment::Key(key)] if !key.is_empty() => Cow::Borrowed(key),
            segments => {
                let mut label = String::new();
                for segment in segments {
                    match segment {
                        PathSegment::Key(key) => {
                            if !label.is_empty() {
                                label.push('.');
                            }
                            label.push_str(key);
                        }
                        PathSegment::Index(index) => {
                            label.push('[');
                            label.push_str(&index.to_string());
                            label.push(']');
                        }
                    }
                }
                if label.is_empty() {
                    label.push_str("value");
                }
                Cow::Owned(label)
            }
        }
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

/// Every validation error of one value, in Joi's order (Joi's `abortEarly: false`).
///
/// A report is never empty. `Display` prints what Joi's `String(err)` prints for
/// `abortEarly: false`: `ValidationError: ` and the distinct messages joined by `. `.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::UserProperty;
///
/// let report = UserProperty::from_json_report(br#"{"lastName":" ","city":7}"#).unwrap_err();
/// assert_eq!(report.len(), 3);
/// assert_eq!(report.first().message(), r#""firstName" is required"#);
/// assert_eq!(
///     report.to_string(),
///     r#"ValidationError: "firstName" is required. "lastName" is not allowed to be empty. "city" must be a string"#
/// );
/// let codes: Vec<&str> = report.iter().map(|e| e.kind().code()).collect();
/// assert_eq!(codes, ["any.required", "string.empty", "string.base"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    // Split so that a report is non-empty by construction and a single error (the common
    // `abortEarly` case) costs no extra allocation.
    first: ValidationError,
    rest: Vec<ValidationError>,
}

impl Report {
    /// A report of the errors in `errors`, or `None` when there are none.
    pub(crate) fn from_vec(errors: Vec<ValidationError>) -> Option<Self> {
        let mut errors = errors.into_iter();
        let first = errors.next()?;
        Some(Report {
            first,
            rest: errors.collect(),
        })
    }

    /// The first error: what Joi reports with `abortEarly: true`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let report = UserProperty::from_json_report(b"{}").unwrap_err();
    /// assert_eq!(report.first().to_string(), r#"ValidationError: "firstName" is required"#);
    /// ```
    pub fn first(&self) -> &ValidationError {
        &self.first
    }

    /// The number of errors (at least 1).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let report = UserProperty::from_json_report(b"{}").unwrap_err();
    /// assert_eq!(report.len(), 2); // firstName and lastName
    /// ```
    pub fn len(&self) -> usize {
        1 + self.rest.len()
    }

    /// Always `false`: a report holds at least one error.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// assert!(!UserProperty::from_json_report(b"{}").unwrap_err().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The errors in order.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let report = UserProperty::from_json_report(br#"{"firstName":"A","lastName":"B","x":1,"y":2}"#)
    ///     .unwrap_err();
    /// let labels: Vec<String> = report.iter().map(|e| e.path().to_string()).collect();
    /// assert_eq!(labels, ["x", "y"]);
    /// ```
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &ValidationError> + '_ {
        ReportIter {
            first: Some(&self.first),
            rest: self.rest.iter(),
        }
    }

    /// The errors as a vector, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let errors = UserProperty::from_json_report(b"{}").unwrap_err().into_vec();
    /// assert_eq!(errors[1].message(), r#""lastName" is required"#);
    /// ```
    pub fn into_vec(self) -> Vec<ValidationError> {
        let mut all = Vec::with_capacity(self.len());
        all.push(self.first);
        all.extend(self.rest);
        all
    }
}

struct ReportIter<'a> {
    first: Option<&'a ValidationError>,
    rest: std::slice::Iter<'a, ValidationError>,
}

impl<'a> Iterator for ReportIter<'a> {
    type Item = &'a ValidationError;

    fn next(&mut self) -> Option<Self::Item> {
        self.first.take().or_else(|| self.rest.next())
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = usize::from(self.first.is_some()) + self.rest.len();
        (n, Some(n))
    }
}

impl ExactSizeIterator for ReportIter<'_> {}

impl From<ValidationError> for Report {
    fn from(first: ValidationError) -> Self {
        Report {
            first,
            rest: Vec::new(),
        }
    }
}

impl IntoIterator for Report {
    type Item = ValidationError;
    type IntoIter = std::vec::IntoIter<ValidationError>;

    fn into_iter(self) -> Self::IntoIter {
        self.into_vec().into_iter()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ValidationError: ")?;
        // Joi's `errors.details`: distinct messages (`new Set`), joined by ". ". A set keeps
        // a report of many errors (one per unknown key) from going quadratic.
        f.write_str(self.first.message())?;
        if self.rest.is_empty() {
            return Ok(());
        }
        let mut shown: HashSet<&str> = HashSet::from([self.first.message()]);
        for error in &self.rest {
            if shown.insert(error.message()) {
                f.write_str(". ")?;
                f.write_str(error.message())?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for Report {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.first)
    }
}
