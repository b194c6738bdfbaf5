//! JSON Schema (draft 2020-12) documents built from a [`ModelSchema`].
//!
//! The rule is the one of STYLE.md §14: a schema must never reject what the validator
//! accepts. So a keyword is used only where it holds for the raw JSON value; what holds
//! only after trimming or normalization is a custom keyword (`x-contactkit-*`) and a
//! description:
//!
//! - `type`, `required`, `additionalProperties: false`, `maxItems`, the date's numeric
//!   range and its string `pattern`, the Joi boolean strings, the referral id's pattern
//!   (with the white space trimming allows) and `minLength: 1` with `pattern: "\S"`
//!   (something other than white space) are exact or looser than the validator;
//! - `maxLength` is not used: limits count UTF-16 code units after the free-text rule,
//!   which collapses white space runs, so `"a" + 300 spaces + "b"` passes a limit of 256.
//!   The limit is `x-contactkit-maxLength`;
//! - `format` is not used either: every string is trimmed before its rule, so `" a@b.cz "`
//!   is a valid `email` but no `idn-email`. The rule is `x-contactkit-rule` (`email`,
//!   whose addresses may be internationalized, as `idn-email` would say) and the
//!   description.

use serde_json::{json, Map, Value};

use crate::models::schema::{Field, FieldKind, ModelSchema};

/// The dialect URI every document declares.
pub(crate) const DRAFT_2020_12: &str = "https://json-schema.org/draft/2020-12/schema";

/// White space `str::trim` removes, as a regular-expression class valid in ECMA 262 (the
/// JSON Schema dialect) and in Rust's `regex`: ECMA's `\s` lacks U+0085, which Rust trims.
const TRIMMED_SPACE: &str = r"[\s\u0085]";

/// A decimal string of milliseconds, or the ISO 8601 / RFC 3339 forms
/// [`Timestamp::parse`](crate::Timestamp::parse) reads (looser: the pattern does not
/// check the calendar nor the range).
const DATE_PATTERN: &str = concat!(
    r"^[+-]?[0-9]+(\.[0-9]+)?$",
    r"|^([+-][0-9]{6}|[0-9]{4})-[0-9]{2}(-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2})?)?)?$"
);

/// ECMAScript's date range, in milliseconds.
const MAX_JS_MILLIS: i64 = 8_640_000_000_000_000;

/// How a model reads what its [`ModelSchema`] cannot say.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Quirks {
    /// BIK: a `__proto__` key is neither read nor reported as unknown, as in Joi.
    pub(crate) proto_ignored: bool,
}

/// The draft 2020-12 schema of one object of `model`.
pub(crate) fn object_schema(model: &ModelSchema, quirks: Quirks) -> Value {
    let mut properties = Map::new();
    for field in model.fields() {
        properties.insert(field.name().to_owned(), property(field));
    }
    let required: Vec<&str> = model
        .fields()
        .iter()
        .filter(|f| f.is_required())
        .map(|f| f.name())
        .collect();
    let order: Vec<&str> = model.fields().iter().map(|f| f.name()).collect();
    let mut schema = json!({
        "$schema": DRAFT_2020_12,
        "title": model.name(),
        "description": model.description(),
        "type": "object",
        "properties": properties,
        "additionalProperties": false,
        "x-contactkit-errorOrder": order,
    });
    let Value::Object(map) = &mut schema else {
        return schema;
    };
    if !required.is_empty() {
        map.insert("required".to_owned(), json!(required));
    }
    if quirks.proto_ignored {
        map.insert(
            "patternProperties".to_owned(),
            json!({ "^__proto__$": {
                "description": "Ignored, whatever its value: JavaScript's prototype key, which Joi neither reads nor reports."
            }}),
        );
    }
    schema
}

/// The schema of one field's value.
fn property(field: &Field) -> Value {
    let kind = field.kind();
    let mut schema = match kind {
        FieldKind::TextList => {
            let mut items = non_blank_string();
            insert_text_rule(&mut items, field.max_length());
            let mut list = json!({ "type": "array", "items": items });
            if let (Some(limit), Value::Object(map)) = (field.max_items(), &mut list) {
                map.insert("maxItems".to_owned(), json!(limit));
            }
            list
        }
        FieldKind::Date => json!({
            "type": ["number", "string"],
            "anyOf": [
                { "type": "number", "minimum": -MAX_JS_MILLIS, "maximum": MAX_JS_MILLIS },
                { "type": "string", "pattern": DATE_PATTERN }
            ]
        }),
        FieldKind::Boolean => json!({ "type": "boolean" }),
        FieldKind::JoiBoolean => json!({
            "type": ["boolean", "string"],
            "anyOf": [
                { "type": "boolean" },
                { "type": "string", "pattern": "^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$" }
            ]
        }),
        // Empty is valid here: it reads as 127.0.0.1.
        FieldKind::Ip => json!({ "type": "string" }),
        FieldKind::ReferralId => json!({
            "type": "string",
            "pattern": format!("^{TRIMMED_SPACE}*[A-Za-z0-9]{{16}}{TRIMMED_SPACE}*$"),
        }),
        _ => {
            let mut text = non_blank_string();
            if kind == FieldKind::Text {
                insert_text_rule(&mut text, field.max_length());
            } else if let (Some(limit), Value::Object(map)) = (field.max_length(), &mut text) {
                map.insert("x-contactkit-maxLength".to_owned(), json!(limit));
            }
            text
        }
    };
    if let Value::Object(map) = &mut schema {
        map.insert("description".to_owned(), json!(field.description()));
        map.insert("x-contactkit-rule".to_owned(), json!(kind.rule()));
        if let Some(default) = field
            .default_json()
            .and_then(|d| serde_json::from_str(d).ok())
        {
            map.insert("default".to_owned(), default);
        }
    }
    schema
}

/// A string with something other than white space in it: what is left non-empty after
/// `str::trim`. (`\S` is looser than the rule: `"\u{feff}"` matches and is rejected.)
fn non_blank_string() -> Value {
    json!({ "type": "string", "minLength": 1, "pattern": r"\S" })
}

/// The free-text rule's keywords on a string schema.
fn insert_text_rule(schema: &mut Value, limit: Option<usize>) {
    if let Value::Object(map) = schema {
        map.insert("x-contactkit-rule".to_owned(), json!("free-text"));
        if let Some(limit) = limit {
            map.insert("x-contactkit-maxLength".to_owned(), json!(limit));
        }
    }
}

/// `schema` without its `$schema` keyword, to embed under `$defs` or in an OpenAPI
/// document (the keyword belongs to a resource's root only).
pub(crate) fn embedded(mut schema: Value) -> Value {
    if let Value::Object(map) = &mut schema {
        map.remove("$schema");
    }
    schema
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_pattern_is_looser_than_the_parser() {
        let re = regex_automata::meta::Regex::new(DATE_PATTERN).unwrap_or_else(|e| panic!("{e}"));
        for ok in [
            "1700000000000",
            "-1.5",
            "2024",
            "2024-03",
            "2024-03-07",
            "2024-03-07T10:00",
            "2024-03-07 10:00:00.123456Z",
            "+275760-09-13T00:00:00.000Z",
            "2024-03-07T15:30:00.5+05:30",
        ] {
            assert!(crate::Timestamp::parse(ok).is_ok(), "{ok}");
            assert!(re.is_match(ok), "{ok}");
        }
        for bad in ["1e3", " 2024-01-15", "March 7, 2024", "2024-1-5"] {
            assert!(!re.is_match(bad), "{bad}");
        }
    }
}
