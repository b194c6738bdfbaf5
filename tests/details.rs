//! `Serialize` for `ValidationError` and `Report`: Joi's `error.details`, compared with
//! Joi 17.13.9 itself.

use std::fmt;

use contactkit::user_properties::{Options, UserProperty};
use contactkit::{PathSegment, ValidationErrorKind};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

/// `(limited, entry, Joi's details)`. The third column is Joi 17.13.9's own output,
/// `JSON.stringify(schema.validate(JSON.parse(entry), {abortEarly: false}).error.details)`,
/// with the BIK schema of the API document (`schema.js` of the conformance runner); with
/// `limited`, `firstName` is `Joi.string().max(3)` and `tags` `.max(2)`, which the
/// library's options express as `max_string_length(3)` and `max_tags(2)`. Only rows where
/// Joi and the project's content rules report the same errors are here.
const JOI_DETAILS: &[(bool, &str, &str)] = &[
    (
        false,
        r#"{}"#,
        r#"[{"message":"\"firstName\" is required","path":["firstName"],"type":"any.required","context":{"label":"firstName","key":"firstName"}},{"message":"\"lastName\" is required","path":["lastName"],"type":"any.required","context":{"label":"lastName","key":"lastName"}}]"#,
    ),
    (
        false,
        r#"{"firstName":"Ann","lastName":"Lee","emial":"x"}"#,
        r#"[{"message":"\"emial\" is not allowed","path":["emial"],"type":"object.unknown","context":{"child":"emial","label":"emial","value":"x","key":"emial"}}]"#,
    ),
    (
        false,
        r#"{"firstName":"Ann","lastName":"Lee","tags":["vip",7]}"#,
        r#"[{"message":"\"tags[1]\" must be a string","path":["tags",1],"type":"string.base","context":{"label":"tags[1]","value":7,"key":1}}]"#,
    ),
    (
        false,
        r#"{"firstName":"","lastName":"Lee"}"#,
        r#"[{"message":"\"firstName\" is not allowed to be empty","path":["firstName"],"type":"string.empty","context":{"label":"firstName","value":"","key":"firstName"}}]"#,
    ),
    (
        false,
        r#"{"firstName":"Ann","lastName":"Lee","a.b":1}"#,
        r#"[{"message":"\"a.b\" is not allowed","path":["a.b"],"type":"object.unknown","context":{"child":"a.b","label":"a.b","value":1,"key":"a.b"}}]"#,
    ),
    (
        false,
        r#"{"firstName":"Ann","lastName":"Lee","":1}"#,
        r#"[{"message":"\"value\" is not allowed","path":[""],"type":"object.unknown","context":{"child":"","label":"value","value":1,"key":""}}]"#,
    ),
    (
        false,
        r#"{"firstName":"Ann","lastName":"Lee","5":1,"zip":2}"#,
        r#"[{"message":"\"5\" is not allowed","path":["5"],"type":"object.unknown","context":{"child":"5","label":"5","value":1,"key":"5"}},{"message":"\"zip\" is not allowed","path":["zip"],"type":"object.unknown","context":{"child":"zip","label":"zip","value":2,"key":"zip"}}]"#,
    ),
    (
        false,
        r#"{"firstName":"Ann","lastName":"Lee","createdAt":"nope"}"#,
        r#"[{"message":"\"createdAt\" must be a valid date","path":["createdAt"],"type":"date.base","context":{"label":"createdAt","value":"nope","key":"createdAt"}}]"#,
    ),
    (
        false,
        r#"{"firstName":"Ann","lastName":"Lee","smsMarketingConsent":"yes"}"#,
        r#"[{"message":"\"smsMarketingConsent\" must be a boolean","path":["smsMarketingConsent"],"type":"boolean.base","context":{"label":"smsMarketingConsent","value":"yes","key":"smsMarketingConsent"}}]"#,
    ),
    (
        false,
        r#"{"firstName":"Ann","lastName":"Lee","tags":"vip"}"#,
        r#"[{"message":"\"tags\" must be an array","path":["tags"],"type":"array.base","context":{"label":"tags","value":"vip","key":"tags"}}]"#,
    ),
    (
        false,
        r#"{"firstName":1,"lastName":"Lee"}"#,
        r#"[{"message":"\"firstName\" must be a string","path":["firstName"],"type":"string.base","context":{"label":"firstName","value":1,"key":"firstName"}}]"#,
    ),
    (
        false,
        r#"[]"#,
        r#"[{"message":"\"value\" must be of type object","path":[],"type":"object.base","context":{"type":"object","label":"value","value":[]}}]"#,
    ),
    (
        false,
        r#"{"firstName":"Ann","lastName":"Lee","tags":["vip",""]}"#,
        r#"[{"message":"\"tags[1]\" is not allowed to be empty","path":["tags",1],"type":"string.empty","context":{"label":"tags[1]","value":"","key":1}}]"#,
    ),
    (
        false,
        r#"{"lastName":"","city":7,"tags":[1,"a",null],"emailMarketingConsent":"no","x":{}}"#,
        r#"[{"message":"\"firstName\" is required","path":["firstName"],"type":"any.required","context":{"label":"firstName","key":"firstName"}},{"message":"\"lastName\" is not allowed to be empty","path":["lastName"],"type":"string.empty","context":{"label":"lastName","value":"","key":"lastName"}},{"message":"\"city\" must be a string","path":["city"],"type":"string.base","context":{"label":"city","value":7,"key":"city"}},{"message":"\"emailMarketingConsent\" must be a boolean","path":["emailMarketingConsent"],"type":"boolean.base","context":{"label":"emailMarketingConsent","value":"no","key":"emailMarketingConsent"}},{"message":"\"tags[0]\" must be a string","path":["tags",0],"type":"string.base","context":{"label":"tags[0]","value":1,"key":0}},{"message":"\"tags[2]\" must be a string","path":["tags",2],"type":"string.base","context":{"label":"tags[2]","value":null,"key":2}},{"message":"\"x\" is not allowed","path":["x"],"type":"object.unknown","context":{"child":"x","label":"x","value":{},"key":"x"}}]"#,
    ),
    (
        true,
        r#"{"firstName":"Ann","lastName":"Lee","tags":["a","b","c"]}"#,
        r#"[{"message":"\"tags\" must contain less than or equal to 2 items","path":["tags"],"type":"array.max","context":{"limit":2,"value":["a","b","c"],"label":"tags","key":"tags"}}]"#,
    ),
    (
        true,
        r#"{"firstName":"Anna","lastName":"Lee"}"#,
        r#"[{"message":"\"firstName\" length must be less than or equal to 3 characters long","path":["firstName"],"type":"string.max","context":{"limit":3,"value":"Anna","label":"firstName","key":"firstName"}}]"#,
    ),
];

/// A JSON value that keeps its members' order (the tests' serde_json has no
/// `preserve_order`), to compare key order too.
#[derive(Debug, Clone, PartialEq)]
enum Ordered {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
    Array(Vec<Ordered>),
    Object(Vec<(String, Ordered)>),
}

impl<'de> Deserialize<'de> for Ordered {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Ordered;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("JSON")
            }
            fn visit_unit<E>(self) -> Result<Ordered, E> {
                Ok(Ordered::Null)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Ordered, E> {
                Ok(Ordered::Bool(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Ordered, E> {
                Ok(Ordered::Number(v.into()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Ordered, E> {
                Ok(Ordered::Number(v.into()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Ordered, E> {
                serde_json::Number::from_f64(v)
                    .map(Ordered::Number)
                    .ok_or_else(|| E::custom("not finite"))
            }
            fn visit_str<E>(self, v: &str) -> Result<Ordered, E> {
                Ok(Ordered::String(v.to_owned()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Ordered, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Ordered::Array(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ordered, A::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry()? {
                    members.push(member);
                }
                Ok(Ordered::Object(members))
            }
        }
        d.deserialize_any(V)
    }
}

impl Serialize for Ordered {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Ordered::Null => s.serialize_unit(),
            Ordered::Bool(b) => s.serialize_bool(*b),
            Ordered::Number(n) => n.serialize(s),
            Ordered::String(v) => s.serialize_str(v),
            Ordered::Array(items) => items.serialize(s),
            Ordered::Object(members) => {
                let mut map = s.serialize_map(Some(members.len()))?;
                for (k, v) in members {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

/// Joi's details without the members that echo the value (`context.value`, and
/// `context.invalids` of `string.email`), which this crate never writes.
fn without_values(details: &str) -> String {
    let mut details: Ordered = serde_json::from_str(details).unwrap_or_else(|e| panic!("{e}"));
    if let Ordered::Array(items) = &mut details {
        for item in items {
            if let Ordered::Object(members) = item {
                for (key, context) in members.iter_mut() {
                    if let (true, Ordered::Object(context)) = (key == "context", context) {
                        context.retain(|(k, _)| k != "value" && k != "invalids");
                    }
                }
            }
        }
    }
    serde_json::to_string(&details).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn details_match_joi_without_values() {
    for &(limited, entry, joi) in JOI_DETAILS {
        let mut options = Options::new().abort_early(false);
        if limited {
            options = options.max_text_length(3).max_tags(2);
        }
        let report = UserProperty::from_json_with(entry.as_bytes(), &options)
            .err()
            .unwrap_or_else(|| panic!("{entry}: accepted"));
        let ours = serde_json::to_string(&report).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ours, without_values(joi), "{entry}");
        assert!(!ours.contains(r#""value":"#), "{entry}");
    }
}

/// The project's own kinds follow the same shape with their codes, and never echo the
/// value (here a secret-looking one).
#[test]
fn content_rule_kinds_follow_the_shape() {
    let cases = [
        (
            r#"{"firstName":"Ann","lastName":"Lee","email":"s3cret@@x"}"#,
            r#"{"message":"\"email\" must be a valid email","path":["email"],"type":"string.email","context":{"label":"email","key":"email"}}"#,
        ),
        (
            r#"{"firstName":"Ann","lastName":"Lee","phoneNumber":"000"}"#,
            r#"{"message":"\"phoneNumber\" must be a valid phone number","path":["phoneNumber"],"type":"string.phoneNumber","context":{"label":"phoneNumber","key":"phoneNumber"}}"#,
        ),
        (
            r#"{"firstName":"A\u0000nn","lastName":"Lee"}"#,
            r#"{"message":"\"firstName\" must not contain control characters","path":["firstName"],"type":"string.controlChars","context":{"label":"firstName","key":"firstName"}}"#,
        ),
        (
            r#"{"firstName":"Ann","lastName":"Lee","tags":["\ud800"]}"#,
            r#"{"message":"\"tags[0]\" must not contain unpaired surrogates","path":["tags",0],"type":"string.surrogate","context":{"label":"tags[0]","key":0}}"#,
        ),
        (
            r#"{"firstName":"Ann",}"#,
            r#"{"message":"\"value\" must be valid JSON (line 1, column 20)","path":[],"type":"json.syntax","context":{"line":1,"column":20,"label":"value"}}"#,
        ),
        (
            r#"{"firstName":"Ann","lastName":"Lee","x":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"#,
            r#"{"message":"\"value\" must not be nested more than 32 levels deep","path":[],"type":"json.depth","context":{"limit":32,"label":"value"}}"#,
        ),
    ];
    for (entry, expected) in cases {
        let err = UserProperty::from_json(entry.as_bytes())
            .err()
            .unwrap_or_else(|| panic!("{entry}: accepted"));
        assert_eq!(
            serde_json::to_string(&err).ok().as_deref(),
            Some(expected),
            "{entry}"
        );
    }
    let report = UserProperty::from_json_with(
        br#"{"firstName":"Ann","lastName":"Lee"}"#,
        &Options::new().max_body_bytes(4),
    )
    .err()
    .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(
        report.first().kind(),
        ValidationErrorKind::TooLarge { limit: 4 }
    );
    assert_eq!(
        serde_json::to_string(&report).ok().as_deref(),
        Some(
            r#"[{"message":"\"value\" must be less than or equal to 4 bytes","path":[],"type":"binary.max","context":{"limit":4,"label":"value"}}]"#
        )
    );
}

#[test]
fn paths_serialize_as_joi_arrays() {
    assert_eq!(
        serde_json::to_string(&[PathSegment::Key("a.b".into()), PathSegment::Index(7)]).ok(),
        Some(r#"["a.b",7]"#.to_owned())
    );
}
