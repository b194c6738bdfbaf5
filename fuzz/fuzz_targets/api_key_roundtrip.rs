//! `ApiKey::parse`, `from_query`, `from_authorization` and `from_request`: an accepted key
//! reads back from `expose_secret()` in every place a key can travel, its `Display` and
//! `Debug` show the kind prefix only, and no error (`Display` or `Debug`, of the error or
//! the crate `Error`) contains any 8-character alphanumeric run of the input that is not
//! part of the fixed message text: the secret never leaks.
//!
//! Input: one flag byte (bit 0: a query string is present, bit 1: an `Authorization`
//! header is present), then the query string and the header value split at the first
//! `\n`. `parse` sees the whole text after the flag byte.
#![no_main]

mod common;

use common::{ensure, fail};
use contactkit::{ApiKey, ApiKeyError};
use libfuzzer_sys::fuzz_target;
use std::collections::HashSet;
use std::sync::OnceLock;

static VOCABULARY: OnceLock<HashSet<Vec<u8>>> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let Ok(whole) = std::str::from_utf8(rest) else {
        return;
    };
    let (query, header) = whole.split_once('\n').unwrap_or((whole, ""));

    let parsed = ApiKey::parse(whole);
    let from_query = ApiKey::from_query(query);
    let from_header = ApiKey::from_authorization(header);
    let query_arg = (flags & 1 != 0).then_some(query);
    let header_arg = (flags & 2 != 0).then_some(header);
    let from_request = ApiKey::from_request(query_arg, header_arg);

    for result in [&parsed, &from_query, &from_header, &from_request] {
        match result {
            Ok(key) => check_key(key, data),
            Err(e) => check_error(*e, whole, data),
        }
    }

    // `from_request` as documented: a query without `apiKey` counts as absent, anything
    // present must be valid, and two keys must be the same key.
    let query_part = match query_arg.map(|_| &from_query) {
        None | Some(Err(ApiKeyError::MissingQueryParameter)) => None,
        Some(r) => Some(r),
    };
    let header_part = header_arg.map(|_| &from_header);
    let expected = match (query_part, header_part) {
        (Some(Err(e)), _) | (None | Some(Ok(_)), Some(Err(e))) => Err(*e),
        (Some(Ok(a)), Some(Ok(b))) if a == b => Ok(a.clone()),
        (Some(Ok(_)), Some(Ok(_))) => Err(ApiKeyError::Conflicting),
        (Some(Ok(k)), None) | (None, Some(Ok(k))) => Ok(k.clone()),
        (None, None) => Err(ApiKeyError::Missing),
    };
    ensure!(
        from_request == expected,
        "from_request disagrees with from_query and from_authorization",
        (&from_request, &expected, flags),
        data
    );
    // The query string's bytes are only the key when the whole text is `apiKey=<key>`.
    if let Ok(key) = &parsed {
        ensure!(
            ApiKey::from_query(&format!("?apiKey={whole}")).as_ref() == Ok(key),
            "a key accepted by parse is not accepted as the apiKey parameter",
            key,
            data
        );
    }
});

/// What holds for every accepted key.
fn check_key(key: &ApiKey, data: &[u8]) {
    let secret = key.expose_secret();
    let prefix = key.kind().prefix();
    ensure!(
        secret.len() == 32 && secret.starts_with(prefix),
        "the secret is not 32 characters starting with its kind's prefix",
        secret,
        data
    );
    ensure!(
        key.to_string() == format!("{prefix}****")
            && format!("{key:?}") == format!("ApiKey({prefix}****)"),
        "Display or Debug shows more than the kind prefix",
        (key.to_string(), format!("{key:?}")),
        data
    );
    for (what, again) in [
        ("parse", ApiKey::parse(secret)),
        (
            "from_query",
            ApiKey::from_query(&format!("apiKey={secret}&page=2")),
        ),
        (
            "from_authorization",
            ApiKey::from_authorization(&format!("Bearer {secret}")),
        ),
        (
            "from_request",
            ApiKey::from_request(
                Some(&format!("apiKey={secret}")),
                Some(&format!("bearer {secret}")),
            ),
        ),
    ] {
        match again {
            Ok(again) => ensure!(
                &again == key,
                "the secret reads back as another key",
                (what, secret),
                data
            ),
            Err(e) => fail("the secret is rejected", &(what, secret, e), data),
        }
    }
}

/// An error's message has the concept prefix and quotes no part of the input.
fn check_error(e: ApiKeyError, input: &str, data: &[u8]) {
    common::newtype_error(&e, "api key", data);
    let crate_error = contactkit::Error::from(e);
    let printed = [
        e.to_string(),
        format!("{e:?}"),
        crate_error.to_string(),
        format!("{crate_error:?}"),
    ];
    let vocabulary = VOCABULARY.get_or_init(vocabulary);
    // Every run the message could leak is a run of the (short) message itself.
    for text in &printed {
        for window in text.as_bytes().windows(8) {
            if !window.iter().all(u8::is_ascii_alphanumeric) || vocabulary.contains(window) {
                continue;
            }
            let run = std::str::from_utf8(window).unwrap_or_default();
            ensure!(
                !input.contains(run),
                "an error shows part of the input",
                (text, run),
                data
            );
        }
    }
}

/// The 8-character alphanumeric runs of every fixed text an error can print, so that
/// input that happens to spell a word of it ("characters") is not taken for a leak.
fn vocabulary() -> HashSet<Vec<u8>> {
    let all = [
        ApiKeyError::Empty,
        ApiKeyError::UnknownPrefix,
        ApiKeyError::WrongLength { len: 0 },
        ApiKeyError::InvalidCharacter { position: 0 },
        ApiKeyError::MissingQueryParameter,
        ApiKeyError::EmptyQueryParameter,
        ApiKeyError::DuplicateQueryParameter,
        ApiKeyError::InvalidPercentEncoding,
        ApiKeyError::NotBearer,
        ApiKeyError::MissingBearerToken,
        ApiKeyError::Missing,
        ApiKeyError::Conflicting,
    ];
    let mut runs = HashSet::new();
    for e in all {
        let crate_error = contactkit::Error::from(e);
        for text in [e.to_string(), format!("{e:?}"), format!("{crate_error:?}")] {
            runs.extend(text.as_bytes().windows(8).map(<[u8]>::to_vec));
        }
    }
    runs
}
