//! contactkit for browsers and Node: the `contactkit` npm package (`wasm/pkg/`).
//!
//! Every export takes text (or bytes) and returns one JSON text, which the package's
//! JavaScript (`wasm/js/index.js`) parses: the values are exactly what the library's
//! `Serialize` writes, so the browser sees the server's own output, byte for byte, and
//! no JavaScript object is built on the Rust side. The JavaScript layer also keeps what
//! the library promises ("nothing silently changed"): wasm-bindgen would turn a lone
//! surrogate into U+FFFD on the way in, so the layer finds them first (see `index.js`).
//!
//! The functions without `#[wasm_bindgen]` names are plain Rust, so `examples/expected.rs`
//! runs the very same code natively to produce the reference answers the Node tests
//! compare with.

#![forbid(unsafe_code)]

use contactkit::models::write_json_string as string;
use contactkit::update_profile::{self, UpdateProfile};
use contactkit::user_properties::{self, BulkOutcome, UserProperty};
use contactkit::{ApiKey, CanonicalEmail, IntlPhone, NormalizedIp, ReferralId, Region, Report};
use wasm_bindgen::prelude::wasm_bindgen;

// The answers are written by hand with the library's JSON writers (`write_json`, and
// `write_json_string` for strings), not with serde_json: its serializer, `Value` and
// `RawValue` brought float formatting and parsing with them, 28 KB of the gzipped
// `.wasm` (README, "Size"). The text is the same, byte for byte, as serde_json's for the
// structs these functions used to serialize; the tests below compare the two.

/// `{"ok":true,"value":…}` or `{"ok":false,"error":"ValidationError: …","details":[…]}`.
fn model_result<T>(result: Result<T, Report>, write_value: fn(&T, &mut String)) -> String {
    let mut out = String::new();
    match &result {
        Ok(value) => {
            out.push_str("{\"ok\":true,\"value\":");
            write_value(value, &mut out);
        }
        Err(report) => {
            out.push_str("{\"ok\":false,\"error\":");
            string(&mut out, &report.to_string());
            out.push_str(",\"details\":");
            report.write_json(&mut out);
        }
    }
    out.push('}');
    out
}

/// A scalar's answer: `{"ok":true,"value":…,"error":null,…extra}` or
/// `{"ok":false,"value":null,"error":"<concept>: <reason>"}`. `extra` writes its members,
/// each starting with a comma.
fn scalar(result: Result<&str, String>, extra: impl FnOnce(&mut String)) -> String {
    let mut out = String::new();
    match result {
        Ok(value) => {
            out.push_str("{\"ok\":true,\"value\":");
            string(&mut out, value);
            out.push_str(",\"error\":null");
            extra(&mut out);
        }
        Err(error) => {
            out.push_str("{\"ok\":false,\"value\":null,\"error\":");
            string(&mut out, &error);
        }
    }
    out.push('}');
    out
}

/// A scalar answer with no extra members.
fn plain(result: Result<&str, String>) -> String {
    scalar(result, |_| {})
}

/// `"null"` or the string.
fn nullable(out: &mut String, value: Option<&str>) {
    match value {
        Some(value) => string(out, value),
        None => out.push_str("null"),
    }
}

/// The options' `region`, or the JSON answer the JavaScript layer turns into a
/// `RangeError` (a wrong option is the caller's bug, not bad input).
fn region_option(region: Option<&str>) -> Result<Option<Region>, String> {
    match region {
        None => Ok(None),
        Some(code) => Region::parse(code).map(Some).map_err(|err| {
            let mut out = String::from("{\"optionError\":");
            string(&mut out, &format!("region {code:?}: {err}"));
            out.push('}');
            out
        }),
    }
}

/// One BIK user property (a JSON text): the normalized entry or Joi's error and details.
pub fn entry(json: &[u8], all_errors: bool, region: Option<&str>) -> String {
    let region = match region_option(region) {
        Ok(region) => region,
        Err(answer) => return answer,
    };
    let mut options = user_properties::Options::new().abort_early(!all_errors);
    if let Some(region) = region {
        options = options.default_region(region);
    }
    model_result(
        UserProperty::from_json_with(json, &options),
        UserProperty::write_json,
    )
}

/// One BizKitHub update-profile body (a JSON text).
pub fn update_profile(json: &[u8], all_errors: bool) -> String {
    let options = update_profile::Options::new().abort_early(!all_errors);
    model_result(
        UpdateProfile::from_json_with(json, &options),
        UpdateProfile::write_json,
    )
}

/// The limits of a request body; `None` keeps the library's default (16 MiB, 10,000
/// entries: BIK's API).
#[derive(Debug, Clone, Copy, Default)]
pub struct Limits {
    /// `Options::max_body_bytes`.
    pub max_body_bytes: Option<usize>,
    /// `Options::max_entries`.
    pub max_entries: Option<usize>,
}

/// A whole BIK request body: the documented response, or `{"status":400,"error":…}` for
/// a body that is not a request at all. Nothing is written, so the counts are 0.
pub fn request(body: &[u8], region: Option<&str>, limits: Limits) -> String {
    let region = match region_option(region) {
        Ok(region) => region,
        Err(answer) => return answer,
    };
    let mut options = user_properties::Options::new();
    if let Some(region) = region {
        options = options.default_region(region);
    }
    if let Some(max) = limits.max_body_bytes {
        options = options.max_body_bytes(max);
    }
    if let Some(max) = limits.max_entries {
        options = options.max_entries(max);
    }
    let mut out = String::new();
    match BulkOutcome::from_json_with(body, &options) {
        // The library's `Response::new(&outcome)`: status 200, the invalid entries, counts
        // 0 and no failed documents.
        Ok(outcome) => {
            out.push_str("{\"status\":200,\"data\":{\"invalidUserProperties\":[");
            for (i, entry) in outcome.invalid().iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                entry.write_json(&mut out);
            }
            out.push_str("],\"bulkUpsertUPResponse\":");
            out.push_str("{\"createCount\":0,\"updateCount\":0,\"docsFailedToUpdate\":[]}}}");
        }
        // Field order as BIK writes it (and as the crate docs' handler does).
        Err(err) => {
            out.push_str("{\"status\":400,\"error\":");
            string(&mut out, &err.to_string());
            out.push('}');
        }
    }
    out
}

/// `CanonicalEmail::parse`.
pub fn email(input: &str) -> String {
    match CanonicalEmail::parse(input) {
        Ok(email) => plain(Ok(email.as_str())),
        Err(err) => plain(Err(err.to_string())),
    }
}

/// `IntlPhone::parse` (strict `+` form) or, with a region, `IntlPhone::parse_with_region`;
/// the phone's other readings beside its canonical text: `e164`, `region` (`null` for a
/// non-geographic number, libphonenumber's `001`) and `type`.
pub fn phone(input: &str, region: Option<&str>) -> String {
    let parsed = match region {
        None => IntlPhone::parse(input),
        Some(code) => Region::parse(code).and_then(|r| IntlPhone::parse_with_region(input, r)),
    };
    match &parsed {
        Ok(phone) => scalar(Ok(phone.as_str()), |out| {
            out.push_str(",\"e164\":");
            string(out, &phone.e164());
            out.push_str(",\"region\":");
            nullable(out, phone.region());
            out.push_str(",\"type\":");
            string(out, phone.number_type().as_str());
        }),
        Err(err) => plain(Err(err.to_string())),
    }
}

/// `NormalizedIp::parse`.
pub fn ip(input: &str) -> String {
    match NormalizedIp::parse(input) {
        Ok(ip) => plain(Ok(ip.as_str())),
        Err(err) => plain(Err(err.to_string())),
    }
}

/// `ApiKey::parse`: the value is the key's kind, never the key (it is a secret).
pub fn api_key(input: &str) -> String {
    match ApiKey::parse(input) {
        Ok(key) => plain(Ok(&format!("{:?}", key.kind()))),
        Err(err) => plain(Err(err.to_string())),
    }
}

/// `ReferralId::parse`.
pub fn referral_id(input: &str) -> String {
    match ReferralId::parse(input) {
        Ok(id) => plain(Ok(id.as_str())),
        Err(err) => plain(Err(err.to_string())),
    }
}

// The exports: thin, so that the code above is what the native reference runs. Text
// arrives as UTF-8 (`&str`) or bytes (`&[u8]`, a `Uint8Array`); the JavaScript layer
// has already escaped or rejected lone surrogates.

#[wasm_bindgen(js_name = validateEntryJson)]
pub fn validate_entry_json(json: &str, all_errors: bool, region: Option<String>) -> String {
    entry(json.as_bytes(), all_errors, region.as_deref())
}

#[wasm_bindgen(js_name = validateUpdateProfileJson)]
pub fn validate_update_profile_json(json: &str, all_errors: bool) -> String {
    update_profile(json.as_bytes(), all_errors)
}

fn limits(max_body_bytes: Option<u32>, max_entries: Option<u32>) -> Limits {
    Limits {
        max_body_bytes: max_body_bytes.map(|n| n as usize),
        max_entries: max_entries.map(|n| n as usize),
    }
}

#[wasm_bindgen(js_name = validateRequestBytes)]
pub fn validate_request_bytes(
    body: &[u8],
    region: Option<String>,
    max_body_bytes: Option<u32>,
    max_entries: Option<u32>,
) -> String {
    let limits = limits(max_body_bytes, max_entries);
    request(body, region.as_deref(), limits)
}

#[wasm_bindgen(js_name = validateRequestText)]
pub fn validate_request_text(
    body: &str,
    region: Option<String>,
    max_body_bytes: Option<u32>,
    max_entries: Option<u32>,
) -> String {
    let limits = limits(max_body_bytes, max_entries);
    request(body.as_bytes(), region.as_deref(), limits)
}

#[wasm_bindgen(js_name = canonicalEmailJson)]
pub fn canonical_email_json(input: &str) -> String {
    email(input)
}

#[wasm_bindgen(js_name = intlPhoneJson)]
pub fn intl_phone_json(input: &str, region: Option<String>) -> String {
    phone(input, region.as_deref())
}

#[wasm_bindgen(js_name = normalizedIpJson)]
pub fn normalized_ip_json(input: &str) -> String {
    ip(input)
}

#[wasm_bindgen(js_name = apiKeyJson)]
pub fn api_key_json(input: &str) -> String {
    api_key(input)
}

#[wasm_bindgen(js_name = referralIdJson)]
pub fn referral_id_json(input: &str) -> String {
    referral_id(input)
}

/// The hand-written answers against the serde_json ones they replaced (the structs below
/// are the ones this crate serialized before), byte for byte, for every case of the
/// conformance tables in `tests/data/`.
#[cfg(test)]
mod tests {
    use super::*;
    use contactkit::user_properties::Response;
    use serde::Serialize;
    use serde_json::Value;

    fn model_result_serde<T: Serialize>(result: Result<T, Report>) -> String {
        #[derive(Serialize)]
        struct Valid<'a, T> {
            ok: bool,
            value: &'a T,
        }
        #[derive(Serialize)]
        struct Invalid<'a> {
            ok: bool,
            error: String,
            details: &'a Report,
        }
        match &result {
            Ok(value) => serde_json::to_string(&Valid { ok: true, value }),
            Err(report) => serde_json::to_string(&Invalid {
                ok: false,
                error: report.to_string(),
                details: report,
            }),
        }
        .unwrap()
    }

    #[derive(Serialize)]
    struct Scalar<'a, X: Serialize> {
        ok: bool,
        value: Option<&'a str>,
        error: Option<String>,
        #[serde(flatten)]
        extra: Option<X>,
    }

    fn scalar_serde<X: Serialize>(
        value: Option<&str>,
        error: Option<String>,
        extra: Option<X>,
    ) -> String {
        let ok = error.is_none();
        serde_json::to_string(&Scalar {
            ok,
            value,
            error,
            extra,
        })
        .unwrap()
    }

    fn plain_serde<T, E: ToString>(result: Result<T, E>, value: impl Fn(&T) -> String) -> String {
        match result {
            Ok(v) => scalar_serde::<()>(Some(&value(&v)), None, None),
            Err(err) => scalar_serde::<()>(None, Some(err.to_string()), None),
        }
    }

    #[derive(Serialize)]
    struct PhoneExtra<'a> {
        e164: String,
        region: Option<&'a str>,
        #[serde(rename = "type")]
        number_type: &'static str,
    }

    fn phone_serde(input: &str, region: Option<&str>) -> String {
        let parsed = match region {
            None => IntlPhone::parse(input),
            Some(code) => Region::parse(code).and_then(|r| IntlPhone::parse_with_region(input, r)),
        };
        match &parsed {
            Ok(phone) => {
                let extra = PhoneExtra {
                    e164: phone.e164(),
                    region: phone.region(),
                    number_type: phone.number_type().as_str(),
                };
                scalar_serde(Some(phone.as_str()), None, Some(extra))
            }
            Err(err) => scalar_serde::<()>(None, Some(err.to_string()), None),
        }
    }

    fn region_serde(code: &str) -> Option<String> {
        Region::parse(code).err().map(|err| {
            serde_json::json!({ "optionError": format!("region {code:?}: {err}") }).to_string()
        })
    }

    fn request_serde(body: &[u8], limits: Limits) -> String {
        let mut options = user_properties::Options::new();
        if let Some(max) = limits.max_body_bytes {
            options = options.max_body_bytes(max);
        }
        if let Some(max) = limits.max_entries {
            options = options.max_entries(max);
        }
        match BulkOutcome::from_json_with(body, &options) {
            Ok(outcome) => serde_json::to_string(&Response::new(&outcome)).unwrap(),
            Err(err) => {
                #[derive(Serialize)]
                struct BadRequest {
                    status: u16,
                    error: String,
                }
                let error = err.to_string();
                serde_json::to_string(&BadRequest { status: 400, error }).unwrap()
            }
        }
    }

    fn table(name: &str) -> Vec<Value> {
        let path = format!("{}/../tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        match serde_json::from_str(&text).unwrap() {
            Value::Array(cases) => cases,
            _ => panic!("{name} is not an array"),
        }
    }

    fn text<'a>(case: &'a Value, key: &str) -> &'a str {
        case[key].as_str().unwrap()
    }

    #[test]
    fn scalars_as_serde_json_wrote_them() {
        let odd = ["", "\"quoted\" \\ \n\t\u{1}\u{7f} ěš 𝄞", "+420 777 123 456"];
        let cases = |name| {
            table(name)
                .iter()
                .map(|c| text(c, "input").to_owned())
                .collect::<Vec<_>>()
        };
        for input in cases("email.json").iter().map(String::as_str).chain(odd) {
            assert_eq!(
                email(input),
                plain_serde(CanonicalEmail::parse(input), |e| e.as_str().to_owned()),
                "{input:?}"
            );
        }
        for input in cases("ip.json").iter().map(String::as_str).chain(odd) {
            assert_eq!(
                ip(input),
                plain_serde(NormalizedIp::parse(input), |e| e.as_str().to_owned()),
                "{input:?}"
            );
        }
        for input in cases("tokens.json").iter().map(String::as_str).chain(odd) {
            assert_eq!(
                api_key(input),
                plain_serde(ApiKey::parse(input), |k| format!("{:?}", k.kind())),
                "{input:?}"
            );
            assert_eq!(
                referral_id(input),
                plain_serde(ReferralId::parse(input), |r| r.as_str().to_owned()),
                "{input:?}"
            );
        }
        let mut phones = 0;
        for case in table("phone.json") {
            let (input, region) = (text(&case, "input"), case["default_region"].as_str());
            assert_eq!(phone(input, region), phone_serde(input, region), "{case}");
            assert_eq!(phone(input, None), phone_serde(input, None), "{case}");
            phones += usize::from(phone(input, region).starts_with("{\"ok\":true"));
        }
        assert!(phones > 10);
        for input in odd {
            assert_eq!(phone(input, Some("CZ")), phone_serde(input, Some("CZ")));
            assert_eq!(phone(input, Some("XX")), phone_serde(input, Some("XX")));
        }
        assert_eq!(
            phone("+80012345678", None),
            phone_serde("+80012345678", None)
        );
        for code in ["CZ", "cz", "XX", "", "\"\n"] {
            assert_eq!(
                region_option(Some(code)).err(),
                region_serde(code),
                "{code:?}"
            );
        }
    }

    #[test]
    fn models_as_serde_json_wrote_them() {
        let entries = table("joi_user_properties.json");
        for case in &entries {
            let json = text(case, "entry_json").as_bytes();
            for all in [false, true] {
                let options = user_properties::Options::new().abort_early(!all);
                let expected = model_result_serde(UserProperty::from_json_with(json, &options));
                assert_eq!(entry(json, all, None), expected, "{case}");
            }
        }
        for case in table("update_profile.json") {
            let json = text(&case, "body").as_bytes();
            for all in [false, true] {
                let options = update_profile::Options::new().abort_early(!all);
                let expected = model_result_serde(UpdateProfile::from_json_with(json, &options));
                assert_eq!(update_profile(json, all), expected, "{case}");
            }
        }
        // Every entry as one request, plus entries that are not objects, duplicate and
        // `error` members, escapes and odd spacing; then bodies that are not requests.
        let mut body = String::from("{\"userProperties\":[");
        for case in &entries {
            body.push_str(text(case, "entry_json"));
            body.push(',');
        }
        body.push_str(r#" 7, "x", null, [1, {"a" : 2}], {}, {"error": 1, "a\n\"b": [ 1e2 , -0.5 ],"error":"e","firstName":"\ud800"} ]}"#);
        let none = Limits::default();
        let request_text = request(body.as_bytes(), None, none);
        assert!(request_text.matches("\"error\":").count() > 100);
        assert_eq!(request_text, request_serde(body.as_bytes(), none));
        let small = Limits {
            max_body_bytes: Some(100),
            max_entries: Some(2),
        };
        for body in [
            &body[..],
            "{",
            "[]",
            "{\"userProperties\":[1,2,3]}",
            "{\"userProperties\":[]}",
        ] {
            for limits in [none, small] {
                assert_eq!(
                    request(body.as_bytes(), None, limits),
                    request_serde(body.as_bytes(), limits),
                    "{body:.40}"
                );
            }
        }
    }
}
