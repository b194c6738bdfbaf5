//! The one structural scan: where a JSON value inside an array or an object ends, found
//! without building it. Only strings (with their escapes) and bracket nesting are
//! followed, so the scan is fast and never fails; whether the text it delimits is JSON
//! is left to [`Reader`](super::Reader). Its state survives the end of a chunk, so the
//! same scan serves a whole body in memory (the rayon [`Splitter`](super::Splitter)) and
//! a body read piece by piece (`user_properties::BodyReader`).
//!
//! Why the text found is enough for an exact answer: up to the first byte that is not
//! JSON, the scan's string and nesting state is the true one, so a value never ends
//! before its first error; and the reader looks at most a few bytes ahead, with the same
//! error offset whether the text stops there or goes on with a `,` or a closing bracket.

use super::reader::special_bytes;

/// The state of a structural scan, resumable across chunks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Scan {
    nesting: usize,
    /// The deepest nesting met so far (a reader's depth up to its first error).
    deepest: usize,
    in_string: bool,
    escaped: bool,
}

impl Scan {
    /// A scan that starts inside a string, just after its opening quote.
    pub(crate) fn in_string() -> Self {
        Scan {
            in_string: true,
            ..Scan::default()
        }
    }

    /// The index of the first `,` or `close` (`Some(b']')` for an array's items,
    /// `Some(b'}')` for an object's values; `None` for a top-level value, which only a
    /// stray `,` ends early) outside strings and at nesting 0; `None` when `bytes` ends
    /// first (call again with the bytes that follow). A closer of the other kind at
    /// nesting 0 is stray: it stays in the value, which its reader then rejects.
    pub(crate) fn find_end(&mut self, bytes: &[u8], close: Option<u8>) -> Option<usize> {
        let mut i = 0;
        if self.in_string {
            i = self.string_end(bytes)? + 1;
            self.in_string = false;
        }
        // The nesting lives in locals in the loop: every byte of a body passes here.
        let (mut nesting, mut deepest) = (self.nesting, self.deepest);
        let found = loop {
            let Some(&b) = bytes.get(i) else {
                break None;
            };
            i += 1;
            match b {
                b'"' => match self.string_end(bytes.get(i..).unwrap_or_default()) {
                    Some(end) => i += end + 1,
                    None => {
                        self.in_string = true;
                        break None;
                    }
                },
                b'{' | b'[' => {
                    nesting = nesting.saturating_add(1);
                    deepest = deepest.max(nesting);
                }
                b',' if nesting == 0 => break Some(i - 1),
                _ if Some(b) == close && nesting == 0 => break Some(i - 1),
                b'}' | b']' => nesting = nesting.saturating_sub(1),
                _ => {}
            }
        };
        (self.nesting, self.deepest) = (nesting, deepest);
        found
    }

    /// The deepest bracket nesting scanned so far. Up to a value's first error it is the
    /// reader's depth, so a value whose `deepest` is within a reader's limit cannot fail
    /// that reader for its depth.
    pub(crate) fn deepest(&self) -> usize {
        self.deepest
    }

    /// Inside a string: the index of its closing quote in `bytes`, or `None` when `bytes`
    /// ends first (an escape cut at the end is remembered).
    pub(crate) fn string_end(&mut self, bytes: &[u8]) -> Option<usize> {
        let mut i = 0;
        loop {
            if self.escaped {
                bytes.get(i)?;
                self.escaped = false;
                i += 1;
            }
            // Most of a body is string contents: skip eight bytes at a time up to the
            // next quote, backslash or control byte.
            while let Some(chunk) = bytes.get(i..i + 8) {
                let mut word = [0u8; 8];
                word.copy_from_slice(chunk);
                let found = special_bytes(u64::from_le_bytes(word));
                if found != 0 {
                    i += (found.trailing_zeros() / 8) as usize;
                    break;
                }
                i += 8;
            }
            match *bytes.get(i)? {
                b'"' => return Some(i),
                b'\\' => self.escaped = true,
                _ => {}
            }
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ends found when `text` is fed in chunks of `size` bytes.
    fn ends(text: &[u8], close: Option<u8>, size: usize) -> Vec<usize> {
        let mut found = Vec::new();
        let mut scan = Scan::default();
        let mut at = 0;
        while at < text.len() {
            let to = (at + size).min(text.len());
            match scan.find_end(&text[at..to], close) {
                Some(i) => {
                    found.push(at + i);
                    scan = Scan::default();
                    at += i + 1;
                }
                None => at = to,
            }
        }
        found
    }

    #[test]
    fn ends_are_the_same_in_any_chunking() {
        let text = br#"{"a":"],}[{\"","b":"\\"} , 7,[1,[2]] ,"x\\\"]" ,"long string with no specials at all"]"#;
        let whole = ends(text, Some(b']'), text.len());
        assert_eq!(whole.len(), 5);
        assert_eq!(text[*whole.last().unwrap()], b']');
        for size in 1..20 {
            assert_eq!(ends(text, Some(b']'), size), whole, "chunks of {size}");
        }
    }

    #[test]
    fn stray_closers_stay_in_the_value() {
        assert_eq!(ends(b"1}},2]", Some(b']'), 64), [3, 5]);
        assert_eq!(ends(b"1]],2}", Some(b'}'), 64), [3, 5]);
        // A top-level value: only a `,` ends it early, never a NUL (once the closer).
        assert_eq!(ends(b"\0\0 [1]\0", None, 64), Vec::<usize>::new());
        assert_eq!(ends(b"\0 1, 2", None, 64), [3]);
        let mut scan = Scan::in_string();
        assert_eq!(scan.string_end(br#"a\"b"c"#), Some(4));
    }
}
