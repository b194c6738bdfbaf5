//! `Serialize` for the errors, in the shape of Joi's `error.details`.
//!
//! The shape and its differences from Joi are documented in the module docs of
//! [`crate::models`].

use std::fmt::Write as _;

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::json::write_str;
use super::{Path, PathSegment, Report, ValidationError, ValidationErrorKind};

impl Serialize for ValidationError {
    /// One item of Joi's `error.details`: `message`, `path`, `type`, `context`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let err = UserProperty::from_json(br#"{"firstName":"Ann","lastName":"Lee","tags":["vip",7]}"#)
    ///     .unwrap_err();
    /// assert_eq!(
    ///     serde_json::to_string(&err)?,
    ///     r#"{"message":"\"tags[1]\" must be a string","path":["tags",1],"type":"string.base","context":{"label":"tags[1]","key":1}}"#
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("message", self.message())?;
        map.serialize_entry("path", self.path())?;
        map.serialize_entry("type", self.kind().code())?;
        map.serialize_entry("context", &Context(self))?;
        map.end()
    }
}

/// Joi's `context`, without `value`.
struct Context<'a>(&'a ValidationError);

impl Serialize for Context<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let error = self.0;
        let mut map = serializer.serialize_map(None)?;
        // Joi's own order: the rule's parameters first, then `label`, (`value`), `key`.
        match error.kind() {
            ValidationErrorKind::UnknownKey => {
                if let Some(child) = error.path().segments().last() {
                    map.serialize_entry("child", child)?;
                }
            }
            ValidationErrorKind::NotAnObject => map.serialize_entry("type", "object")?,
            ValidationErrorKind::TooManyItems { limit }
            | ValidationErrorKind::TooLarge { limit }
            | ValidationErrorKind::TooDeep { limit }
            | ValidationErrorKind::TooLong { limit } => map.serialize_entry("limit", &limit)?,
            ValidationErrorKind::InvalidJson { line, column } => {
                map.serialize_entry("line", &line)?;
                map.serialize_entry("column", &column)?;
            }
            _ => {}
        }
        map.serialize_entry("label", &error.path().label())?;
        if let Some(key) = error.path().segments().last() {
            map.serialize_entry("key", key)?;
        }
        map.end()
    }
}

impl Serialize for Report {
    /// Joi's `error.details`: every error, in order (duplicates kept, as Joi keeps them).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let report = UserProperty::from_json_report(b"{}").unwrap_err();
    /// assert_eq!(
    ///     serde_json::to_string(&report)?,
    ///     concat!(
    ///         r#"[{"message":"\"firstName\" is required","path":["firstName"],"type":"any.required","context":{"label":"firstName","key":"firstName"}},"#,
    ///         r#"{"message":"\"lastName\" is required","path":["lastName"],"type":"any.required","context":{"label":"lastName","key":"lastName"}}]"#,
    ///     )
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl Report {
    /// Appends Joi's `error.details` as JSON text to `out`: the same text, byte for byte,
    /// as `serde_json::to_string` of the report's `Serialize`, without serde's machinery
    /// (for a caller that writes its own response, such as the WebAssembly package).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let report = UserProperty::from_json_report(br#"{"firstName":1,"tags":["a",""]}"#).unwrap_err();
    /// let mut out = String::new();
    /// report.write_json(&mut out);
    /// assert_eq!(out, serde_json::to_string(&report)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, error) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_error(out, error);
        }
        out.push(']');
    }
}

/// One item of `error.details`, as its `Serialize` writes it (members in the same order).
fn write_error(out: &mut String, error: &ValidationError) {
    out.push_str("{\"message\":");
    write_str(out, error.message());
    out.push_str(",\"path\":[");
    for (i, segment) in error.path().segments().iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_segment(out, segment);
    }
    out.push_str("],\"type\":");
    write_str(out, error.kind().code());
    out.push_str(",\"context\":{");
    // As `Context`'s `Serialize`: the rule's parameters, then `label` and `key`.
    match error.kind() {
        ValidationErrorKind::UnknownKey => {
            if let Some(child) = error.path().segments().last() {
                out.push_str("\"child\":");
                write_segment(out, child);
                out.push(',');
            }
        }
        ValidationErrorKind::NotAnObject => out.push_str("\"type\":\"object\","),
        ValidationErrorKind::TooManyItems { limit }
        | ValidationErrorKind::TooLarge { limit }
        | ValidationErrorKind::TooDeep { limit }
        | ValidationErrorKind::TooLong { limit } => {
            let _ = write!(out, "\"limit\":{limit},");
        }
        ValidationErrorKind::InvalidJson { line, column } => {
            let _ = write!(out, "\"line\":{line},\"column\":{column},");
        }
        _ => {}
    }
    out.push_str("\"label\":");
    write_str(out, &error.path().label());
    if let Some(key) = error.path().segments().last() {
        out.push_str(",\"key\":");
        write_segment(out, key);
    }
    out.push_str("}}");
}

/// A key as a JSON string, an index as a number (as `PathSegment`'s `Serialize`).
fn write_segment(out: &mut String, segment: &PathSegment) {
    match segment {
        PathSegment::Key(key) => write_str(out, key),
        PathSegment::Index(index) => {
            let _ = write!(out, "{index}");
        }
    }
}

impl Serialize for Path {
    /// Joi's `path`: keys as strings, array indexes as numbers.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::UserProperty;
    ///
    /// let err = UserProperty::from_json(br#"{"firstName":"A","lastName":"B","tags":[""]}"#).unwrap_err();
    /// assert_eq!(serde_json::to_string(err.path())?, r#"["tags",0]"#);
    /// let err = UserProperty::from_json(b"[]").unwrap_err();
    /// assert_eq!(serde_json::to_string(err.path())?, "[]");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.segments())
    }
}

impl Serialize for PathSegment {
    /// A key as a string, an index as a number.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::PathSegment;
    ///
    /// assert_eq!(serde_json::to_string(&PathSegment::Key("tags".into()))?, r#""tags""#);
    /// assert_eq!(serde_json::to_string(&PathSegment::Index(3))?, "3");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            PathSegment::Key(key) => serializer.serialize_str(key),
            PathSegment::Index(index) => index.serialize(serializer),
        }
    }
}
