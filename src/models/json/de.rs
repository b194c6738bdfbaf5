//! Building a [`Json`] tree from any serde `Deserializer`, so that `Deserialize` for the
//! request models runs the same validation as reading their text.
//!
//! `visit_map` sees every member in input order, duplicates included, which is all the
//! models need to apply `JSON.parse`'s rules themselves. Numbers become `f64`, as in
//! JavaScript (`u64` and `i64` round to the nearest `f64`, as `JSON.parse` rounds their
//! text). Nesting deeper than the model's limit is skipped and reported as
//! [`TooDeep`](super::super::ValidationErrorKind::TooDeep), as the text reader reports
//! it.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::Json;
use crate::models::sink::too_deep;
use crate::models::Report;

/// A tree read from a deserializer, and whether some of it was deeper than `max_depth`.
pub(crate) struct Tree<'de> {
    pub(crate) value: Json<'de>,
    pub(crate) too_deep: bool,
}

/// Reads one value; arrays and objects below depth `max_depth` (the top-level value is
/// depth 1) are skipped and flagged.
pub(crate) fn read<'de, D: de::Deserializer<'de>>(
    deserializer: D,
    max_depth: usize,
) -> Result<Tree<'de>, D::Error> {
    let mut too_deep = false;
    let value = deserializer.deserialize_any(ValueSeed {
        depth: 1,
        max_depth,
        too_deep: &mut too_deep,
    })?;
    Ok(Tree { value, too_deep })
}

/// Reads one value from `deserializer` and hands it to `validate`: what `Deserialize`
/// for a request model does. Nesting past `max_depth` is the model's `TooDeep` error and
/// a rejection is the report's first error, each as the deserializer's custom error.
pub(crate) fn validated<'de, D, T>(
    deserializer: D,
    max_depth: usize,
    validate: impl FnOnce(&Json<'de>) -> Result<T, Report>,
) -> Result<T, D::Error>
where
    D: de::Deserializer<'de>,
{
    use de::Error as _;
    let tree = read(deserializer, max_depth)?;
    if tree.too_deep {
        return Err(D::Error::custom(too_deep(max_depth)));
    }
    validate(&tree.value).map_err(|report| D::Error::custom(report.first()))
}

struct ValueSeed<'f> {
    depth: usize,
    max_depth: usize,
    too_deep: &'f mut bool,
}

impl ValueSeed<'_> {
    fn child(&mut self) -> ValueSeed<'_> {
        ValueSeed {
            depth: self.depth + 1,
            max_depth: self.max_depth,
            too_deep: self.too_deep,
        }
    }
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Json<'de>;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Json<'de>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_> {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Json<'de>, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(v))
    }

    // JavaScript has one number type: every integer is the nearest `f64`.
    #[allow(clippy::cast_precision_loss)]
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Json<'de>, E> {
        Ok(Json::Number(v as f64))
    }

    #[allow(clippy::cast_precision_loss)]
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Json<'de>, E> {
        Ok(Json::Number(v as f64))
    }

    #[allow(clippy::cast_precision_loss)]
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Json<'de>, E> {
        Ok(Json::Number(v as f64))
    }

    #[allow(clippy::cast_precision_loss)]
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Json<'de>, E> {
        Ok(Json::Number(v as f64))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Json<'de>, E> {
        Ok(Json::Number(v))
    }

    fn visit_char<E: de::Error>(self, v: char) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(v.to_string())))
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(v)))
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Json<'de>, A::Error> {
        if self.depth > self.max_depth {
            *self.too_deep = true;
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            return Ok(Json::Null);
        }
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element_seed(self.child())? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Json<'de>, A::Error> {
        if self.depth > self.max_depth {
            *self.too_deep = true;
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            return Ok(Json::Null);
        }
        // Entries have a handful of keys: start at 8 to skip the 1-2-4 regrowths.
        let mut members = Vec::with_capacity(map.size_hint().unwrap_or(8).min(64));
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let value = map.next_value_seed(self.child())?;
            members.push((key, value));
        }
        Ok(Json::Object(members))
    }
}

/// An object key, borrowed from the input when the deserializer allows it.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::json::Reader;

    fn tree(text: &str, max_depth: usize) -> Tree<'_> {
        let mut de = serde_json::Deserializer::from_str(text);
        read(&mut de, max_depth).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    /// The serde tree equals the text reader's tree: order, duplicates, numbers as f64.
    #[test]
    fn same_tree_as_the_reader() {
        let cases = [
            r#"{"b":1,"a":2,"b":3,"__proto__":{"x":[true,false,null]}}"#,
            r#"[1, -2, 1.5, 1e3, 18446744073709551615, 18446744073709551616, -9223372036854775809, 0.1]"#,
            r#"{"s":"caf\u00e9 \"q\"","":"","0":{}}"#,
            r#""text""#,
            "null",
            "-0",
        ];
        for text in cases {
            let from_reader =
                Reader::document(text.as_bytes(), 32).unwrap_or_else(|e| panic!("{e:?}"));
            let from_serde = tree(text, 32);
            assert!(!from_serde.too_deep);
            assert_eq!(from_serde.value, from_reader, "{text}");
        }
    }

    #[test]
    fn depth_is_flagged_like_the_reader() {
        for (text, limit, deep) in [
            ("[[1]]", 2, false),
            ("[[[1]]]", 2, true),
            (r#"{"a":{"b":{}}}"#, 3, false),
            (r#"{"a":{"b":{}}}"#, 2, true),
            ("1", 0, false),
        ] {
            assert_eq!(tree(text, limit).too_deep, deep, "{text}");
            assert_eq!(
                Reader::document(text.as_bytes(), limit).is_err(),
                deep,
                "{text}"
            );
        }
    }
}
