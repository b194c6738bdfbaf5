//! Field rules both request models use: a string's presence, type and emptiness, free
//! text, a value checked by a newtype's `parse`, and booleans.
//!
//! Each rule takes the key's value (`None` when absent), records its failure in the
//! [`Sink`] at the key's path, and returns `Ok(None)` for "no value" or `Err(Stop)` when
//! the first error ends validation.

use std::borrow::Cow;

use crate::models::json::Json;
use crate::models::sink::{Sink, Stop};
use crate::models::text::free_text;
use crate::models::{Cause, Path, ValidationError, ValidationErrorKind};
use crate::trim::trim;

/// A string field: present when `required`, a string, non-empty after trimming (Joi's
/// `any.required`, `string.base`, `string.empty` in that order), and representable
/// (no lone surrogate).
// Always inlined: called once per string field, it was left out of line and its calls
// cost 0.9% of bulk validation's instructions (callgrind).
#[inline(always)]
pub(crate) fn string<'v>(
    value: Option<&'v Json<'_>>,
    key: &str,
    required: bool,
    sink: &mut Sink,
) -> Result<Option<&'v str>, Stop> {
    match value {
        None if required => sink.fail_at(ValidationErrorKind::Required, key),
        None => Ok(None),
        Some(Json::String(s)) => match trim(s) {
            "" => sink.fail_at(ValidationErrorKind::Empty, key),
            trimmed => Ok(Some(trimmed)),
        },
        Some(Json::Unpaired(_)) => sink.fail_at(ValidationErrorKind::UnpairedSurrogate, key),
        Some(_) => sink.fail_at(ValidationErrorKind::NotAString, key),
    }
}

/// A free-text field: [`string`], then the free-text rule with `limit` UTF-16 code
/// units. Borrowed from the body unless the rule changed the text.
#[inline]
pub(crate) fn text<'v>(
    value: Option<&'v Json<'_>>,
    key: &str,
    required: bool,
    limit: usize,
    sink: &mut Sink,
) -> Result<Option<Cow<'v, str>>, Stop> {
    let Some(trimmed) = string(value, key, required, sink)? else {
        return Ok(None);
    };
    match free_text(trimmed, limit) {
        Ok(text) => Ok(Some(text)),
        Err(kind) => sink.fail_at(kind, key),
    }
}

/// An array field: its items, `None` when absent (Joi's `array.base` for anything else).
pub(crate) fn array<'v, 'a>(
    value: Option<&'v Json<'a>>,
    key: &str,
    sink: &mut Sink,
) -> Result<Option<&'v [Json<'a>]>, Stop> {
    match value {
        None => Ok(None),
        Some(Json::Array(items)) => Ok(Some(items)),
        Some(_) => sink.fail_at(ValidationErrorKind::NotAnArray, key),
    }
}

/// The items of a list of free-text strings (`tags`, `groups`): each item's text goes to
/// `keep`, each item's error is recorded at `key[index]`; whether every item was text.
pub(crate) fn text_items<'v>(
    items: &'v [Json<'_>],
    key: &str,
    limit: usize,
    sink: &mut Sink,
    mut keep: impl FnMut(Cow<'v, str>),
) -> Result<bool, Stop> {
    let mut ok = true;
    for (index, item) in items.iter().enumerate() {
        match text_item(item, limit) {
            Ok(text) => keep(text),
            Err(kind) => {
                ok = false;
                sink.fail(ValidationError::new(kind, Path::key_index(key, index)))?;
            }
        }
    }
    Ok(ok)
}

/// One item of a list of free-text strings: the item's error kind, or its text.
fn text_item<'v>(item: &'v Json<'_>, limit: usize) -> Result<Cow<'v, str>, ValidationErrorKind> {
    match item {
        Json::String(s) => match trim(s) {
            "" => Err(ValidationErrorKind::Empty),
            trimmed => free_text(trimmed, limit),
        },
        Json::Unpaired(_) => Err(ValidationErrorKind::UnpairedSurrogate),
        _ => Err(ValidationErrorKind::NotAString),
    }
}

/// An optional string field checked by a newtype's `parse`; its error becomes `kind`
/// with the newtype's reason as the cause.
pub(crate) fn parsed<T, E>(
    value: Option<&Json<'_>>,
    key: &str,
    sink: &mut Sink,
    parse: impl FnOnce(&str) -> Result<T, E>,
    kind: ValidationErrorKind,
    cause: impl FnOnce(E) -> Cause,
) -> Result<Option<T>, Stop> {
    let Some(trimmed) = string(value, key, false, sink)? else {
        return Ok(None);
    };
    match parse(trimmed) {
        Ok(parsed) => Ok(Some(parsed)),
        Err(e) => sink.fail_with(kind, key, cause(e)),
    }
}

/// How a boolean field reads strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Booleans {
    /// JSON `true` and `false` only (update-profile: the document types the field
    /// `boolean` and has no Joi behind it).
    Strict,
    /// Joi's `boolean()` with `convert`: also the strings `"true"`/`"false"` in any
    /// letter case (JavaScript's `toLowerCase` maps no non-ASCII letter onto them, so
    /// ASCII folding is exact).
    JoiConvert,
}

/// A boolean field, absent is `None`.
pub(crate) fn boolean(
    value: Option<&Json<'_>>,
    key: &str,
    reading: Booleans,
    sink: &mut Sink,
) -> Result<Option<bool>, Stop> {
    match (value, reading) {
        (None, _) => Ok(None),
        (Some(Json::Bool(b)), _) => Ok(Some(*b)),
        (Some(Json::String(s)), Booleans::JoiConvert) if s.eq_ignore_ascii_case("true") => {
            Ok(Some(true))
        }
        (Some(Json::String(s)), Booleans::JoiConvert) if s.eq_ignore_ascii_case("false") => {
            Ok(Some(false))
        }
        (Some(_), _) => sink.fail_at(ValidationErrorKind::NotABoolean, key),
    }
}
