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

use contactkit::update_profile::{self, UpdateProfile};
use contactkit::user_properties::{self, BulkOutcome, Response, UserProperty};
use contactkit::{ApiKey, CanonicalEmail, IntlPhone, NormalizedIp, ReferralId, Region, Report};
use serde::Serialize;
use wasm_bindgen::prelude::wasm_bindgen;

/// `{"ok":true,"value":…}` or `{"ok":false,"error":"ValidationError: …","details":[…]}`.
fn model_result<T: Serialize>(result: Result<T, Report>) -> String {
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
    let json = match &result {
        Ok(value) => serde_json::to_string(&Valid { ok: true, value }),
        Err(report) => serde_json::to_string(&Invalid {
            ok: false,
            error: report.to_string(),
            details: report,
        }),
    };
    // Serializing these types writes strings, numbers and lists only: it cannot fail.
    json.unwrap_or_default()
}

/// A scalar's answer: `{"ok":true,"value":…,"error":null,…extra}` or
/// `{"ok":false,"value":null,"error":"<concept>: <reason>"}`.
#[derive(Serialize)]
struct Scalar<'a, X: Serialize> {
    ok: bool,
    value: Option<&'a str>,
    error: Option<String>,
    #[serde(flatten)]
    extra: Option<X>,
}

fn scalar<X: Serialize>(value: Option<&str>, error: Option<String>, extra: Option<X>) -> String {
    let ok = error.is_none();
    serde_json::to_string(&Scalar {
        ok,
        value,
        error,
        extra,
    })
    .unwrap_or_default()
}

/// The options' `region`, or the JSON answer the JavaScript layer turns into a
/// `RangeError` (a wrong option is the caller's bug, not bad input).
fn region_option(region: Option<&str>) -> Result<Option<Region>, String> {
    match region {
        None => Ok(None),
        Some(code) => Region::parse(code).map(Some).map_err(|err| {
            serde_json::json!({ "optionError": format!("region {code:?}: {err}") }).to_string()
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
    model_result(UserProperty::from_json_with(json, &options))
}

/// One BizKitHub update-profile body (a JSON text).
pub fn update_profile(json: &[u8], all_errors: bool) -> String {
    let options = update_profile::Options::new().abort_early(!all_errors);
    model_result(UpdateProfile::from_json_with(json, &options))
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
    match BulkOutcome::from_json_with(body, &options) {
        Ok(outcome) => serde_json::to_string(&Response::new(&outcome)).unwrap_or_default(),
        Err(err) => {
            // Field order as BIK writes it (and as the crate docs' handler does).
            #[derive(Serialize)]
            struct BadRequest {
                status: u16,
                error: String,
            }
            let error = err.to_string();
            serde_json::to_string(&BadRequest { status: 400, error }).unwrap_or_default()
        }
    }
}

/// `CanonicalEmail::parse`.
pub fn email(input: &str) -> String {
    match CanonicalEmail::parse(input) {
        Ok(email) => scalar::<()>(Some(email.as_str()), None, None),
        Err(err) => scalar::<()>(None, Some(err.to_string()), None),
    }
}

/// The phone's other readings, beside its canonical text.
#[derive(Serialize)]
struct PhoneExtra<'a> {
    e164: String,
    /// `null` for a non-geographic number (libphonenumber's `001`).
    region: Option<&'a str>,
    #[serde(rename = "type")]
    number_type: &'static str,
}

/// `IntlPhone::parse` (strict `+` form) or, with a region, `IntlPhone::parse_with_region`.
pub fn phone(input: &str, region: Option<&str>) -> String {
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
            scalar(Some(phone.as_str()), None, Some(extra))
        }
        Err(err) => scalar::<()>(None, Some(err.to_string()), None),
    }
}

/// `NormalizedIp::parse`.
pub fn ip(input: &str) -> String {
    match NormalizedIp::parse(input) {
        Ok(ip) => scalar::<()>(Some(ip.as_str()), None, None),
        Err(err) => scalar::<()>(None, Some(err.to_string()), None),
    }
}

/// `ApiKey::parse`: the value is the key's kind, never the key (it is a secret).
pub fn api_key(input: &str) -> String {
    match ApiKey::parse(input) {
        Ok(key) => scalar::<()>(Some(&format!("{:?}", key.kind())), None, None),
        Err(err) => scalar::<()>(None, Some(err.to_string()), None),
    }
}

/// `ReferralId::parse`.
pub fn referral_id(input: &str) -> String {
    match ReferralId::parse(input) {
        Ok(id) => scalar::<()>(Some(id.as_str()), None, None),
        Err(err) => scalar::<()>(None, Some(err.to_string()), None),
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
