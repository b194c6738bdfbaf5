//! The reference answers for the Node tests: every case of every table in `tests/data/`
//! through this crate's functions, compiled natively (the library as the Rust tests use
//! it), one JSON answer per case. The Node tests run the same cases through the
//! WebAssembly package and require equal answers.
//!
//! `cargo run --release --example expected -- ../tests/data > expected.json`

use std::{env, fs, path::Path};

use serde_json::{json, Value};

fn cases(dir: &Path, name: &str) -> Vec<Value> {
    let text = fs::read_to_string(dir.join(name)).expect("table readable");
    match serde_json::from_str(&text).expect("table is JSON") {
        Value::Array(cases) => cases,
        _ => panic!("{name} is not an array"),
    }
}

fn text<'a>(case: &'a Value, key: &str) -> &'a str {
    case[key]
        .as_str()
        .unwrap_or_else(|| panic!("case without {key}: {case}"))
}

fn parsed(answer: String) -> Value {
    serde_json::from_str(&answer).expect("answers are JSON")
}

fn main() {
    let dir = env::args()
        .nth(1)
        .unwrap_or_else(|| "../tests/data".to_owned());
    let dir = Path::new(&dir);
    let mut out = serde_json::Map::new();
    let mut put = |table: &str, answers: Vec<Value>| {
        out.insert(table.to_owned(), Value::Array(answers));
    };
    put(
        "email.json",
        cases(dir, "email.json")
            .iter()
            .map(|c| parsed(contactkit_wasm::email(text(c, "input"))))
            .collect(),
    );
    put(
        "ip.json",
        cases(dir, "ip.json")
            .iter()
            .map(|c| parsed(contactkit_wasm::ip(text(c, "input"))))
            .collect(),
    );
    put(
        "phone.json",
        cases(dir, "phone.json")
            .iter()
            .map(|c| {
                parsed(contactkit_wasm::phone(
                    text(c, "input"),
                    c["default_region"].as_str(),
                ))
            })
            .collect(),
    );
    put(
        "tokens.json",
        cases(dir, "tokens.json")
            .iter()
            .map(|c| match text(c, "type") {
                "api_key" => parsed(contactkit_wasm::api_key(text(c, "input"))),
                "referral_id" => parsed(contactkit_wasm::referral_id(text(c, "input"))),
                other => panic!("unknown token type {other}"),
            })
            .collect(),
    );
    // The models: first error and every error, for each body.
    put(
        "joi_user_properties.json",
        cases(dir, "joi_user_properties.json")
            .iter()
            .map(|c| {
                let entry = text(c, "entry_json").as_bytes();
                json!({
                    "first": parsed(contactkit_wasm::entry(entry, false, None)),
                    "all": parsed(contactkit_wasm::entry(entry, true, None)),
                })
            })
            .collect(),
    );
    put(
        "update_profile.json",
        cases(dir, "update_profile.json")
            .iter()
            .map(|c| {
                let body = text(c, "body").as_bytes();
                json!({
                    "first": parsed(contactkit_wasm::update_profile(body, false)),
                    "all": parsed(contactkit_wasm::update_profile(body, true)),
                })
            })
            .collect(),
    );
    println!("{}", Value::Object(out));
}
