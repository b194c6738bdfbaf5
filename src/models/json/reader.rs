//! The reader: JSON text to [`Json`] values, or member by member for callers that
//! validate as they read.

use std::borrow::Cow;
use std::ops::Range;

use super::Json;

/// Why reading failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReadError {
    /// Not JSON (or not UTF-8) at this byte offset.
    Syntax { offset: usize },
    /// Arrays and objects nested deeper than the limit.
    TooDeep { limit: usize },
}

impl ReadError {
    /// The 1-based line and column (in characters) of a syntax error in `text`.
    pub(crate) fn line_column(offset: usize, bytes: &[u8]) -> (usize, usize) {
        let before = bytes.get(..offset).unwrap_or(bytes);
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let column = before.get(line_start..).map_or(0, |rest| {
            rest.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
        }) + 1;
        (line, column)
    }
}

/// An object member's key: its decoded name.
#[derive(Debug, Clone)]
pub(crate) struct Key<'a> {
    pub(crate) name: Cow<'a, str>,
}

/// A cursor over a JSON text.
#[derive(Debug)]
pub(crate) struct Reader<'a> {
    text: &'a str,
    pos: usize,
    depth: usize,
    max_depth: usize,
}

impl<'a> Reader<'a> {
    /// A reader over `bytes`, which must be UTF-8 (JSON text always is, RFC 8259 §8.1).
    pub(crate) fn new(bytes: &'a [u8], max_depth: usize) -> Result<Self, ReadError> {
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(Reader {
                text,
                pos: 0,
                depth: 0,
                max_depth,
            }),
            Err(e) => Err(ReadError::Syntax {
                offset: e.valid_up_to(),
            }),
        }
    }

    /// A reader over text already known to be UTF-8 (a slice of another reader's text).
    #[cfg(feature = "rayon")]
    pub(crate) fn from_text(text: &'a str, max_depth: usize) -> Self {
        Reader {
            text,
            pos: 0,
            depth: 0,
            max_depth,
        }
    }

    /// Reads a whole document: one value surrounded by optional white space.
    pub(crate) fn document(bytes: &'a [u8], max_depth: usize) -> Result<Json<'a>, ReadError> {
        let mut reader = Reader::new(bytes, max_depth)?;
        let value = reader.value()?;
        reader.finish()?;
        Ok(value)
    }

    /// The whole input text.
    pub(crate) fn text(&self) -> &'a str {
        self.text
    }

    /// The byte offset of the next unread byte.
    pub(crate) fn position(&self) -> usize {
        self.pos
    }

    /// Continues reading at byte `pos`, which must follow a complete value read elsewhere
    /// (e.g. an array whose items were parsed separately): depth is left as it is.
    #[cfg(feature = "rayon")]
    pub(crate) fn skip_to(&mut self, pos: usize) {
        self.pos = pos;
    }

    /// Skips JSON white space (space, tab, LF, CR) and returns the next byte.
    pub(crate) fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.pos) {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
                self.pos += 1;
            } else {
                return Some(b);
            }
        }
        None
    }

    /// Accepts only white space until the end of input.
    pub(crate) fn finish(&mut self) -> Result<(), ReadError> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.syntax()),
        }
    }

    #[cold]
    fn syntax(&self) -> ReadError {
        ReadError::Syntax { offset: self.pos }
    }

    fn eat(&mut self, byte: u8) -> Result<(), ReadError> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.syntax())
        }
    }

    fn enter(&mut self) -> Result<(), ReadError> {
        if self.depth >= self.max_depth {
            return Err(ReadError::TooDeep {
                limit: self.max_depth,
            });
        }
        self.depth += 1;
        Ok(())
    }

    /// Reads one value and returns it with its byte range in the input.
    pub(crate) fn spanned_value(&mut self) -> Result<(Json<'a>, Range<usize>), ReadError> {
        self.peek();
        let start = self.pos;
        let value = self.value()?;
        Ok((value, start..self.pos))
    }

    /// Reads one value.
    ///
    /// Inlined into its callers, with arrays and objects read out of line
    /// ([`Reader::container`]), for the reason [`Reader::string`] is.
    #[inline(always)]
    pub(crate) fn value(&mut self) -> Result<Json<'a>, ReadError> {
        match self.peek() {
            Some(b'{' | b'[') => self.container(),
            Some(b'"') => match self.string()? {
                (text, false) => Ok(Json::String(text)),
                (text, true) => Ok(Json::Unpaired(text)),
            },
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.syntax()),
        }
    }

    /// Reads an array or an object (the next byte is `[` or `{`).
    #[inline(never)]
    fn container(&mut self) -> Result<Json<'a>, ReadError> {
        match self.peek() {
            Some(b'{') => {
                // Entries have a handful of keys: start at 8 to skip the 1-2-4 regrowths.
                let mut members = Vec::with_capacity(8);
                self.object(|r, key| -> Result<(), ReadError> {
                    let value = r.value()?;
                    members.push((key.name, value));
                    Ok(())
                })?;
                Ok(Json::Object(members))
            }
            Some(b'[') => {
                let mut items = Vec::new();
                self.array(|r| -> Result<(), ReadError> {
                    items.push(r.value()?);
                    Ok(())
                })?;
                Ok(Json::Array(items))
            }
            _ => Err(self.syntax()),
        }
    }

    /// Reads one value without building it: only whether it is JSON (within the depth
    /// limit) and where it ends.
    pub(crate) fn skip(&mut self) -> Result<(), ReadError> {
        match self.peek() {
            Some(b'{') => self.object(|r, _| r.skip()),
            Some(b'[') => self.array(Self::skip),
            Some(b'"') => self.string().map(drop),
            _ => self.value().map(drop),
        }
    }

    /// Reads an object, calling `member` after each key and its `:`; `member` must read
    /// exactly one value.
    pub(crate) fn object<E: From<ReadError>>(
        &mut self,
        mut member: impl FnMut(&mut Self, Key<'a>) -> Result<(), E>,
    ) -> Result<(), E> {
        self.eat(b'{')?;
        self.enter()?;
        if self.peek() == Some(b'}') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(());
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.syntax().into());
            }
            // Keys keep U+FFFD for a lone surrogate: no schema key has one, so such a
            // key is unknown either way and only its quoted label differs.
            let (name, _) = self.string()?;
            self.eat(b':')?;
            member(self, Key { name })?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    self.depth -= 1;
                    return Ok(());
                }
                _ => return Err(self.syntax().into()),
            }
        }
    }

    /// Reads an array, calling `item` for each element; `item` must read exactly one value.
    pub(crate) fn array<E: From<ReadError>>(
        &mut self,
        mut item: impl FnMut(&mut Self) -> Result<(), E>,
    ) -> Result<(), E> {
        self.eat(b'[')?;
        self.enter()?;
        if self.peek() == Some(b']') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(());
        }
        loop {
            item(self)?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    self.depth -= 1;
                    return Ok(());
                }
                _ => return Err(self.syntax().into()),
            }
        }
    }

    fn literal(&mut self, word: &str, value: Json<'a>) -> Result<Json<'a>, ReadError> {
        if self.text.as_bytes().get(self.pos..self.pos + word.len()) == Some(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.syntax())
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` (RFC 8259 §6), read as the
    /// nearest `f64` like `JSON.parse` (out of range is infinite, not an error).
    fn number(&mut self) -> Result<Json<'a>, ReadError> {
        let bytes = self.text.as_bytes();
        let start = self.pos;
        let mut i = start;
        let digits = |i: &mut usize| {
            let from = *i;
            while bytes.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i > from
        };
        if bytes.get(i) == Some(&b'-') {
            i += 1;
        }
        match bytes.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                digits(&mut i);
            }
            _ => return Err(ReadError::Syntax { offset: i }),
        }
        if bytes.get(i) == Some(&b'.') {
            i += 1;
            if !digits(&mut i) {
                return Err(ReadError::Syntax { offset: i });
            }
        }
        if matches!(bytes.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(bytes.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            if !digits(&mut i) {
                return Err(ReadError::Syntax { offset: i });
            }
        }
        self.pos = i;
        // The grammar above is a subset of what `f64::from_str` accepts, and it rounds to
        // nearest and overflows to infinity, as ECMAScript's StringToNumber does.
        self.text
            .get(start..i)
            .and_then(|s| s.parse::<f64>().ok())
            .map(Json::Number)
            .ok_or(ReadError::Syntax { offset: start })
    }

    /// Reads a string token, and whether it had a lone surrogate escape (`"\ud800"`),
    /// which `JSON.parse` accepts but UTF-8 cannot hold: the text has U+FFFD in its
    /// place, and the caller decides (values become [`Json::Unpaired`]). The caller has
    /// peeked the opening quote (every caller matches on [`Reader::peek`] first).
    ///
    /// Inlined into its three callers, with the escape decoding kept out of line
    /// ([`Reader::escaped_string`]): the call's prologue and epilogue (register saves for
    /// the escape path's frame) were 15 instructions of the ~85 a string token cost, and
    /// the two changes together took 5% off bulk validation's instructions (callgrind).
    #[inline(always)]
    fn string(&mut self) -> Result<(Cow<'a, str>, bool), ReadError> {
        // Skipping white space again before the quote cost 0.6% of bulk validation's
        // instructions (callgrind).
        if self.text.as_bytes().get(self.pos) != Some(&b'"') {
            return Err(self.syntax());
        }
        self.pos += 1;
        let bytes = self.text.as_bytes();
        let start = self.pos;
        let mut i = start;
        // Eight bytes at a time up to the first quote, backslash or control byte (most
        // strings have no escape: the bulk benches spent a fifth of their time here, byte
        // by byte).
        while let Some(chunk) = bytes.get(i..i + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let special = special_bytes(u64::from_le_bytes(word));
            if special != 0 {
                i += (special.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        // Fast path: no escape, borrow from the input.
        loop {
            match bytes.get(i) {
                Some(b'"') => {
                    self.pos = i + 1;
                    let text = self.text.get(start..i).unwrap_or_default();
                    return Ok((Cow::Borrowed(text), false));
                }
                Some(b'\\') => return self.escaped_string(start, i),
                Some(&b) if b < 0x20 => return Err(ReadError::Syntax { offset: i }),
                Some(_) => i += 1,
                None => return Err(ReadError::Syntax { offset: i }),
            }
        }
    }

    /// The rest of a string token from its first backslash at `i` (`start` is just after
    /// the opening quote): decoded into a new `String`. Apart from [`Reader::string`], so
    /// that the common string without escapes does not pay for this code's stack frame
    /// and register saves.
    #[cold]
    #[inline(never)]
    fn escaped_string(
        &mut self,
        start: usize,
        mut i: usize,
    ) -> Result<(Cow<'a, str>, bool), ReadError> {
        let bytes = self.text.as_bytes();
        let mut out = String::with_capacity(i - start + 16);
        let mut lossy = false;
        out.push_str(self.text.get(start..i).unwrap_or_default());
        loop {
            match bytes.get(i) {
                Some(b'"') => {
                    self.pos = i + 1;
                    return Ok((Cow::Owned(out), lossy));
                }
                Some(b'\\') => {
                    let escape = *bytes.get(i + 1).ok_or(ReadError::Syntax { offset: i })?;
                    i += 2;
                    match escape {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let unit = hex4(bytes, i)?;
                            i += 4;
                            let c = if (0xD800..0xDC00).contains(&unit) {
                                // A high surrogate pairs with an immediately following low one.
                                let low = match bytes.get(i..i + 2) {
                                    Some(b"\\u") => hex4(bytes, i + 2).ok(),
                                    _ => None,
                                };
                                match low {
                                    Some(low @ 0xDC00..=0xDFFF) => {
                                        i += 6;
                                        let c = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                                        char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER)
                                    }
                                    _ => {
                                        lossy = true;
                                        char::REPLACEMENT_CHARACTER
                                    }
                                }
                            } else {
                                char::from_u32(unit).unwrap_or_else(|| {
                                    lossy = true;
                                    char::REPLACEMENT_CHARACTER
                                })
                            };
                            out.push(c);
                        }
                        _ => return Err(ReadError::Syntax { offset: i - 1 }),
                    }
                }
                Some(&b) if b < 0x20 => return Err(ReadError::Syntax { offset: i }),
                Some(_) => {
                    // Copy the run up to the next quote, backslash or control byte at once.
                    let run_end = bytes
                        .get(i..)
                        .and_then(|rest| {
                            rest.iter()
                                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                        })
                        .map_or(bytes.len(), |n| i + n);
                    out.push_str(self.text.get(i..run_end).unwrap_or_default());
                    i = run_end;
                }
                None => return Err(ReadError::Syntax { offset: i }),
            }
        }
    }
}

/// The bytes of `word` (little-endian) that are `"`, `\\` or a control byte (below 0x20),
/// as their high bits: zero when there is none, and the lowest set bit marks the first
/// one exactly (bits above it may be false alarms from a borrow; SWAR "has zero byte").
pub(super) fn special_bytes(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let quote = zero_byte(word ^ (ONES * u64::from(b'"')));
    let backslash = zero_byte(word ^ (ONES * u64::from(b'\\')));
    let control = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
    quote | backslash | control
}

/// Four hex digits at `at`; the error is at the first byte that is not one, so that it
/// is the same whether the text ends there or goes on (a streamed value's text stops at
/// its end).
fn hex4(bytes: &[u8], at: usize) -> Result<u32, ReadError> {
    (at..at + 4).try_fold(0u32, |acc, i| {
        let d = bytes
            .get(i)
            .and_then(|&b| (b as char).to_digit(16))
            .ok_or(ReadError::Syntax { offset: i })?;
        Ok(acc * 16 + d)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::json::{is_array_index, own_keys};

    fn doc(text: &str) -> Result<Json<'_>, ReadError> {
        Reader::document(text.as_bytes(), 64)
    }

    #[test]
    fn keeps_member_order_and_duplicates() {
        let Ok(Json::Object(members)) = doc(r#"{"b":1,"a":2,"b":3}"#) else {
            panic!("not an object");
        };
        let keys: Vec<&str> = members.iter().map(|(k, _)| k.as_ref()).collect();
        assert_eq!(keys, ["b", "a", "b"]);
        assert_eq!(own_keys(keys), ["b", "a"]);
    }

    #[test]
    fn array_index_keys_enumerate_first() {
        let keys = [
            "zzz",
            "10",
            "01",
            "4294967295",
            "2",
            "4294967294",
            "",
            "-1",
            "2",
        ];
        assert_eq!(
            own_keys(keys),
            ["2", "10", "4294967294", "zzz", "01", "4294967295", "", "-1"]
        );
    }

    #[test]
    fn array_index_boundaries() {
        for (key, index) in [
            ("0", true),
            ("4294967294", true),
            ("4294967295", false),
            ("01", false),
            ("-0", false),
            ("1.0", false),
            ("", false),
            (" 1", false),
            ("99999999999", false),
        ] {
            assert_eq!(is_array_index(key), index, "{key:?}");
        }
    }

    #[test]
    fn many_keys_dedupe_with_a_set() {
        let keys: Vec<String> = (0..100).map(|i| format!("k{}", i % 40)).collect();
        let out = own_keys(keys.iter().map(String::as_str));
        assert_eq!(out.len(), 40);
        assert_eq!(out.first(), Some(&"k0"));
    }

    #[test]
    fn numbers_read_like_json_parse() {
        assert_eq!(doc("1e400"), Ok(Json::Number(f64::INFINITY)));
        assert_eq!(doc("-0"), Ok(Json::Number(-0.0)));
        assert_eq!(doc("1.5E+3"), Ok(Json::Number(1500.0)));
        for bad in ["01", "1.", ".5", "+1", "1e", "-", "0x10", "NaN", "Infinity"] {
            assert!(doc(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn strings_decode_escapes() {
        assert_eq!(
            doc(r#""a\"\\\/\b\f\n\r\tz\u00e9\ud83d\ude00""#),
            Ok(Json::String(Cow::Owned(
                "a\"\\/\u{8}\u{c}\n\r\tzé😀".into()
            )))
        );
        assert_eq!(
            doc(r#""\ud800x""#),
            Ok(Json::Unpaired(Cow::Owned("\u{fffd}x".into())))
        );
        assert_eq!(
            doc(r#""\udc00""#),
            Ok(Json::Unpaired(Cow::Owned("\u{fffd}".into())))
        );
        assert_eq!(
            doc(r#""\ud800\u0041""#),
            Ok(Json::Unpaired(Cow::Owned("\u{fffd}A".into())))
        );
        for bad in ["\"a", "\"\\x\"", "\"\\u12\"", "\"\u{1}\"", "'a'"] {
            assert!(doc(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn special_byte_detection_is_exact_on_every_byte() {
        let first = |word: [u8; 8]| match special_bytes(u64::from_le_bytes(word)) {
            0 => None,
            mask => Some(mask.trailing_zeros() / 8),
        };
        for special in 0u8..=255 {
            let is_special = special == b'"' || special == b'\\' || special < 0x20;
            for at in 0..8 {
                let mut word = *b"abcdefgh";
                word[at] = special;
                assert_eq!(
                    first(word),
                    is_special.then_some(at as u32),
                    "{special} at {at}"
                );
                // A second special byte later does not move the first.
                for later in at + 1..8 {
                    let mut word = word;
                    word[later] = 0;
                    let want = if is_special { at } else { later };
                    assert_eq!(
                        first(word),
                        Some(want as u32),
                        "{special} at {at}, 0 at {later}"
                    );
                }
            }
        }
        assert_eq!(first(*b"plain ok"), None);
        assert_eq!(first("čšžý".as_bytes().try_into().unwrap()), None);
        // Strings longer than a word, with the quote at every offset.
        for n in 0..40 {
            let text = format!("\"{}\"", "x".repeat(n));
            assert_eq!(doc(&text), Ok(Json::String(Cow::Borrowed(&text[1..n + 1]))));
            let text = format!("\"{}\u{1}\"", "x".repeat(n));
            assert!(doc(&text).is_err());
            let text = format!("\"{}\\\"y\"", "x".repeat(n));
            let want = format!("{}\"y", "x".repeat(n));
            assert_eq!(doc(&text), Ok(Json::String(Cow::Owned(want))));
        }
    }

    #[test]
    fn syntax_errors_have_positions() {
        assert_eq!(doc("{\"a\":1,}"), Err(ReadError::Syntax { offset: 7 }));
        assert_eq!(doc("[1] x"), Err(ReadError::Syntax { offset: 4 }));
        assert_eq!(doc(""), Err(ReadError::Syntax { offset: 0 }));
        assert_eq!(
            Reader::document(b"\"\xff\"", 4),
            Err(ReadError::Syntax { offset: 1 })
        );
        assert_eq!(ReadError::line_column(7, "{\n\"é\":1,}".as_bytes()), (2, 5));
    }

    #[test]
    fn depth_is_bounded() {
        assert!(Reader::document(b"[[[]]]", 3).is_ok());
        assert_eq!(
            Reader::document(b"[[[[]]]]", 3),
            Err(ReadError::TooDeep { limit: 3 })
        );
        let deep = "[".repeat(100_000);
        assert_eq!(
            Reader::document(deep.as_bytes(), 32),
            Err(ReadError::TooDeep { limit: 32 })
        );
    }

    #[test]
    fn spans_and_keys() {
        let text = r#"{ "a\u0062" : [1, {"x":2}] }"#;
        let mut reader = Reader::new(text.as_bytes(), 8).unwrap_or_else(|e| panic!("{e:?}"));
        let mut seen = Vec::new();
        reader
            .object(|r, key| -> Result<(), ReadError> {
                let (_, span) = r.spanned_value()?;
                seen.push((key.name.into_owned(), &text[span]));
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(seen, [("ab".to_owned(), r#"[1, {"x":2}]"#)]);
    }
}
