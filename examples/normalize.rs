//! Prints the normalized form of each value, or the reason it is rejected.
//!
//! ```text
//! cargo run --example normalize                      # the seed documents' example values
//! cargo run --example normalize -- 'Jan@Bücher.DE ' phone:9090909090 --region IN
//! ```
//!
//! A value may name its kind (`email:`, `phone:`, `ip:`, `apikey:`, `referral:`,
//! `vat:`, `country:`, `locale:`, `ico:`, `postal:`); otherwise the kind is guessed
//! from its shape. `--region XX` reads phone numbers without `+` as national
//! numbers of region XX; `--country XX` reads postal codes by that country's
//! rules (CZ and SK have a fixed shape). Exits 1 when any of the caller's values is rejected.

use contactkit::{
    ApiKey, CanonicalEmail, Country, Ico, IntlPhone, Locale, NormalizedIp, PostalCode, ReferralId,
    Region, VatId,
};
use std::process::ExitCode;

/// The example values of the two seed documents (with the one the BIK document
/// sends without a region), plus a few that show the normalization at work.
const SEED_VALUES: &[&str] = &[
    "apikey:PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE",
    "email:jan@barasek.com",
    "email:Jan@Bücher.DE ",
    "phone:+420 777123456",
    "phone:+420 777 123 456",
    "phone:9090909090",
    "ico:05103118",
    "vat:CZ9609040727",
    "postal:272 01",
    "postal:27201",
    "country:CZ",
    "country:Czechia",
    "locale:cs",
    "locale:ZH-hant-tw",
    "vat:de136.695.976",
    "ip:1.1.1.1",
    "ip:2001:4860:4860:0:0:0:0:8888",
    "ip:localhost",
    "referral:1cGIHvFoQDGLAbcA",
    "email:mark@bik.ai",
    "email:not an email",
];

fn main() -> ExitCode {
    let mut region: Option<String> = None;
    let mut country: Option<Country> = None;
    let mut values: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--region" {
            match args.next() {
                Some(r) => region = Some(r),
                None => {
                    eprintln!("--region needs a value, e.g. --region IN");
                    return ExitCode::from(2);
                }
            }
        } else if arg == "--country" {
            match args.next().map(|c| Country::parse(&c)) {
                Some(Ok(c)) => country = Some(c),
                Some(Err(e)) => {
                    eprintln!("--country: {e}");
                    return ExitCode::from(2);
                }
                None => {
                    eprintln!("--country needs a value, e.g. --country CZ");
                    return ExitCode::from(2);
                }
            }
        } else {
            values.push(arg);
        }
    }
    let demo = values.is_empty();
    if demo {
        // The seed's BIK example sends Indian national numbers.
        region.get_or_insert_with(|| "IN".to_owned());
        // ... and the update-profile example is a Czech contact.
        if let Ok(cz) = Country::parse("CZ") {
            country.get_or_insert(cz);
        }
        values = SEED_VALUES.iter().map(|s| (*s).to_owned()).collect();
    }

    let mut rejected = 0;
    for value in &values {
        let (kind, text) = split_kind(value);
        let kind = kind.unwrap_or_else(|| guess_kind(text));
        match normalize(kind, text, region.as_deref(), country) {
            Ok(normalized) => println!("{kind:<9} {:<36} -> {normalized}", quoted(kind, text)),
            Err(reason) => {
                rejected += 1;
                println!("{kind:<9} {:<36} !! {reason}", quoted(kind, text));
            }
        }
    }
    // The bundled values include rejections on purpose; only the caller's own
    // values decide the exit status.
    if rejected > 0 && !demo {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

const KINDS: &[&str] = &[
    "email", "phone", "ip", "apikey", "referral", "vat", "country", "locale", "ico", "postal",
];

fn split_kind(value: &str) -> (Option<&'static str>, &str) {
    if let Some((prefix, rest)) = value.split_once(':') {
        if let Some(kind) = KINDS.iter().find(|k| **k == prefix) {
            return (Some(kind), rest);
        }
    }
    (None, value)
}

fn guess_kind(text: &str) -> &'static str {
    let t = text.trim();
    if t.contains('@') {
        "email"
    } else if ApiKey::parse(t).is_ok() {
        "apikey"
    } else if NormalizedIp::parse(t).is_ok() {
        "ip"
    } else if ReferralId::parse(t).is_ok() {
        "referral"
    } else {
        "phone"
    }
}

/// Never prints an API key: only its kind prefix.
fn quoted(kind: &str, text: &str) -> String {
    if kind == "apikey" {
        let prefix: String = text.chars().take(4).collect();
        format!("{:?}", format!("{prefix}****"))
    } else {
        format!("{text:?}")
    }
}

fn normalize(
    kind: &str,
    text: &str,
    region: Option<&str>,
    country: Option<Country>,
) -> Result<String, String> {
    fn show<T: ToString, E: ToString>(r: Result<T, E>) -> Result<String, String> {
        r.map(|v| v.to_string()).map_err(|e| e.to_string())
    }
    match kind {
        "email" => show(CanonicalEmail::parse(text)),
        "phone" => match region {
            Some(region) => {
                show(Region::parse(region).and_then(|r| IntlPhone::parse_with_region(text, r)))
            }
            None => show(IntlPhone::parse(text)),
        },
        "ip" => show(NormalizedIp::parse(text)),
        // Display of an ApiKey masks the secret; that is all we print.
        "apikey" => ApiKey::parse(text)
            .map(|k| format!("{k} ({:?})", k.kind()))
            .map_err(|e| e.to_string()),
        "referral" => show(ReferralId::parse(text)),
        "vat" => show(VatId::parse(text)),
        "country" => show(Country::parse(text)),
        "locale" => show(Locale::parse(text)),
        "ico" => show(Ico::parse(text)),
        "postal" => show(PostalCode::parse_for(text, country)),
        _ => Err(format!("unknown kind {kind:?}")),
    }
}
