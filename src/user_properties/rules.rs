//! The rules of BIK's own field types: phone numbers with a default region, emails,
//! Joi's dates and the tags list. Strings, free text and booleans are the shared
//! [`fields`](crate::models::fields) rules.

use crate::models::fields::{array, parsed, text_items};
use crate::models::json::Json;
use crate::models::sink::{Sink, Stop};
use crate::models::{Cause, Path, ValidationError, ValidationErrorKind};
use crate::{CanonicalEmail, IntlPhone, Region, Timestamp};

use super::tags::TagText;
use super::Options;

/// `phoneNumber`, `alternatePhoneNumber`: an [`IntlPhone`], national numbers read in
/// the default region.
pub(super) fn phone(
    value: Option<&Json<'_>>,
    key: &str,
    region: Region,
    sink: &mut Sink,
) -> Result<Option<IntlPhone>, Stop> {
    let parse = |s: &str| IntlPhone::parse_with_region(s, region);
    let kind = ValidationErrorKind::InvalidPhoneNumber;
    parsed(value, key, sink, parse, kind, Cause::Phone)
}

/// `email`: a [`CanonicalEmail`].
pub(super) fn email(
    value: Option<&Json<'_>>,
    key: &str,
    sink: &mut Sink,
) -> Result<Option<CanonicalEmail>, Stop> {
    let kind = ValidationErrorKind::InvalidEmail;
    parsed(value, key, sink, CanonicalEmail::parse, kind, Cause::Email)
}

/// Joi's `date()` with `convert`: numbers and strings only (see [`Timestamp::parse`]).
pub(super) fn date(
    value: Option<&Json<'_>>,
    key: &str,
    sink: &mut Sink,
) -> Result<Option<Timestamp>, Stop> {
    let parsed = match value {
        None => return Ok(None),
        Some(Json::Number(n)) => Timestamp::from_js_millis(*n),
        Some(Json::String(s)) => Timestamp::parse(s),
        Some(_) => return sink.fail_at(ValidationErrorKind::InvalidDate, key),
    };
    match parsed {
        Ok(t) => Ok(Some(t)),
        Err(e) => sink
            .fail(
                ValidationError::new(ValidationErrorKind::InvalidDate, Path::key(key))
                    .with_cause(Cause::Timestamp(e)),
            )
            .map(|()| None),
    }
}

pub(super) fn tags(
    value: Option<&Json<'_>>,
    key: &str,
    options: &Options,
    sink: &mut Sink,
) -> Result<Option<TagText>, Stop> {
    let Some(items) = array(value, key, sink)? else {
        return Ok(None);
    };
    // Sized for the items as sent: trimming and collapsing only shorten them (NFC rarely
    // lengthens), so it seldom grows.
    let sent: usize = items
        .iter()
        .map(|item| match item {
            Json::String(text) => text.len() + 1,
            _ => 0,
        })
        .sum();
    let mut tags = TagText::with_capacity(sent);
    let limit = options.common.max_text_length;
    let ok = text_items(items, key, limit, sink, |tag| tags.push(&tag))?;
    // Joi checks an array's rules after its items.
    if items.len() > options.max_tags {
        let limit = options.max_tags;
        return sink.fail_at(ValidationErrorKind::TooManyItems { limit }, key);
    }
    Ok(ok.then_some(tags))
}
