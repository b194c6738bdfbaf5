//! Python `str` to Rust text. A Python `str` may hold lone surrogates (U+D800..U+DFFF
//! from `surrogateescape` decoding or `"\ud800"` literals), which no UTF-8 text can:
//! they become an error or, inside JSON, the `\uXXXX` escape a JavaScript client sends.

use std::borrow::Cow;

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

/// Where the first lone surrogate of a `str` is: its position, counted in characters
/// from 1 as the Rust errors count.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Surrogate {
    pub(crate) position: usize,
}

/// The text of a `str`, or where its first lone surrogate is.
pub(crate) fn str_text<'a>(
    s: &'a Bound<'_, PyString>,
) -> PyResult<Result<Cow<'a, str>, Surrogate>> {
    match s.to_cow() {
        Ok(text) => Ok(Ok(text)),
        Err(_) => {
            let wtf8 = surrogatepass(s)?;
            let position = first_surrogate(&wtf8).map_or(1, |(chars, _)| chars + 1);
            Ok(Err(Surrogate { position }))
        }
    }
}

/// JSON text from a `str`: lone surrogates are written as the `\uXXXX` escapes a
/// JavaScript client would send (`JSON.stringify`), so the model reports
/// `"firstName" must not contain unpaired surrogates` as the API would, and a
/// surrogate pair split in two code points reads as the character it encodes.
pub(crate) fn json_text(s: &Bound<'_, PyString>) -> PyResult<Vec<u8>> {
    if let Ok(text) = s.to_cow() {
        return Ok(text.into_owned().into_bytes());
    }
    let wtf8 = surrogatepass(s)?;
    let mut out = Vec::with_capacity(wtf8.len() + 16);
    let mut i = 0;
    while i < wtf8.len() {
        // A surrogate encodes as ED A0..BF xx in `surrogatepass` UTF-8.
        if wtf8[i] == 0xED && i + 2 < wtf8.len() && (0xA0..=0xBF).contains(&wtf8[i + 1]) {
            let unit =
                0xD000u32 | (u32::from(wtf8[i + 1] & 0x3F) << 6) | u32::from(wtf8[i + 2] & 0x3F);
            out.extend_from_slice(format!("\\u{unit:04X}").as_bytes());
            i += 3;
        } else {
            out.push(wtf8[i]);
            i += 1;
        }
    }
    Ok(out)
}

/// The `str` encoded with `surrogatepass`: UTF-8 in which a lone surrogate is its own
/// three-byte sequence. Only taken after a plain encode failed.
fn surrogatepass(s: &Bound<'_, PyString>) -> PyResult<Vec<u8>> {
    let bytes = s.call_method1("encode", ("utf-8", "surrogatepass"))?;
    Ok(bytes.cast::<PyBytes>()?.as_bytes().to_vec())
}

/// The number of characters before the first surrogate, and its byte offset.
fn first_surrogate(wtf8: &[u8]) -> Option<(usize, usize)> {
    let mut chars = 0;
    for (i, &b) in wtf8.iter().enumerate() {
        if b == 0xED && wtf8.get(i + 1).is_some_and(|n| (0xA0..=0xBF).contains(n)) {
            return Some((chars, i));
        }
        // Every byte that is not a continuation byte starts a character.
        if b & 0xC0 != 0x80 {
            chars += 1;
        }
    }
    None
}
