//! Splitting a JSON array held in memory into its items' text without building values,
//! with the one structural scan ([`Scan`]), for the parallel bulk path. Each item's own
//! parser decides whether it is valid JSON.

use std::ops::Range;

use super::Scan;

/// The items of the array starting at `bytes[start]` (a `[`), without surrounding
/// white space, and the offset after its `]`; `None` when no such array is found.
#[cfg(test)]
pub(crate) fn split_array(bytes: &[u8], start: usize) -> Option<(Vec<Range<usize>>, usize)> {
    let mut splitter = Splitter::new(bytes, start)?;
    let mut spans = Vec::new();
    while splitter.end().is_none() {
        spans.extend(splitter.next_items(usize::MAX)?);
    }
    Some((spans, splitter.end()?))
}

/// Finds the items of a JSON array a step at a time. Only strings and brackets are
/// followed: whether each item is valid JSON is left to the item's parser.
pub(crate) struct Splitter<'b> {
    bytes: &'b [u8],
    /// Where the next step starts scanning: just after the `[` or a top-level `,`.
    at: usize,
    /// Where the array's first item starts (to tell how much a step covered).
    first: usize,
    found: usize,
    end: Option<usize>,
}

impl<'b> Splitter<'b> {
    /// A splitter for the array whose `[` is at `bytes[start]`.
    pub(crate) fn new(bytes: &'b [u8], start: usize) -> Option<Self> {
        if bytes.get(start) != Some(&b'[') {
            return None;
        }
        Some(Splitter {
            bytes,
            at: start + 1,
            first: start + 1,
            found: 0,
            end: None,
        })
    }

    /// The offset after the array's `]`, once a step has reached it.
    pub(crate) fn end(&self) -> Option<usize> {
        self.end
    }

    /// The number of items to expect in the whole array, from the size of the
    /// `items` found so far (at most `cap`).
    pub(crate) fn estimate_items(&self, items: usize, cap: usize) -> usize {
        let covered = self.at.saturating_sub(self.first).max(1);
        let total = self.bytes.len().saturating_sub(self.first);
        let estimate = items.saturating_mul(total) / covered;
        // A little over, so that an estimate a few items short does not double it.
        estimate.saturating_add(estimate / 32).min(cap)
    }

    /// The next (at most) `max` items; after the last one [`end`](Self::end) is set.
    /// `None` when the text is not such an array.
    pub(crate) fn next_items(&mut self, max: usize) -> Option<Vec<Range<usize>>> {
        let is_space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
        let bytes = self.bytes;
        let mut spans = Vec::new();
        if self.end.is_some() {
            return Some(spans);
        }
        let mut item_start = self.at;
        while spans.len() < max {
            // A stray `}` stays in its item, whose own parse then fails: the caller falls
            // back to the sequential reader, which reports it at its place.
            let i = item_start + Scan::default().find_end(bytes.get(item_start..)?, Some(b']'))?;
            let b = *bytes.get(i)?;
            let item = bytes.get(item_start..i)?;
            match item.iter().position(|b| !is_space(b)) {
                Some(from) => {
                    let to = item.iter().rposition(|b| !is_space(b))? + 1;
                    spans.push(item_start + from..item_start + to);
                    self.found += 1;
                }
                // `[]` and `[ ]` are empty; an empty item anywhere else is an error.
                None if b == b']' && self.found == 0 => {}
                None => return None,
            }
            if b == b']' {
                self.end = Some(i + 1);
                self.at = i + 1;
                return Some(spans);
            }
            item_start = i + 1;
        }
        self.at = item_start;
        Some(spans)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::json::reader::special_bytes;

    #[test]
    fn finds_the_first_quote_or_backslash() {
        for at in 0..8 {
            for byte in [b'"', b'\\'] {
                let mut word = *b"abcdefgh";
                word[at] = byte;
                let found = special_bytes(u64::from_le_bytes(word));
                assert_eq!(found.trailing_zeros() / 8, at as u32);
            }
        }
        assert_eq!(special_bytes(u64::from_le_bytes(*b" !{},:[]")), 0);
    }

    #[test]
    fn splits_items_and_ignores_brackets_in_strings() {
        let text = br#"x[ {"a":"],[\"{"} , 7,[1,[2]] ,"s"] y"#;
        let (spans, end) = split_array(text, 1).unwrap();
        let items: Vec<&str> = spans
            .iter()
            .map(|s| std::str::from_utf8(&text[s.clone()]).unwrap())
            .collect();
        assert_eq!(items, [r#"{"a":"],[\"{"}"#, "7", "[1,[2]]", r#""s""#]);
        assert_eq!(&text[end..], b" y");
        assert_eq!(split_array(b"[ ]", 0), Some((vec![], 3)));
        // Long strings: the eight-byte skip must stop at every quote and backslash.
        for pad in 0..20 {
            let x = "x".repeat(pad);
            let item = format!(r#"{{"a{x}":"{x}],[\"{x}\\{x}","b":"{x}"}}"#);
            let text = format!("[{item},{item}]");
            let (spans, end) = split_array(text.as_bytes(), 0).unwrap();
            assert_eq!(spans.len(), 2, "{text}");
            assert_eq!(&text[spans[1].clone()], item);
            assert_eq!(end, text.len());
        }
        assert_eq!(split_array(b"[1,]", 0), None);
        assert_eq!(split_array(b"[,1]", 0), None);
        assert_eq!(split_array(b"[1", 0), None);
        assert_eq!(split_array(b"[\"1]", 0), None);
    }
}
