//! The regular expressions of libphonenumber's metadata, matched without a regex engine.
//!
//! The metadata uses a small dialect: digits, `\d`, digit classes (`[2-57]`), groups
//! (`(?:…)` and capturing `(…)`), `|`, `?` and bounded counts (`{3}`, `{4,6}`), and `$`
//! in a few national-prefix patterns. No unbounded repetition, no other characters. A
//! general regex engine for that (parser, compiler and matching engines) was most of the
//! WebAssembly package's code and cost ~36M instructions per process to compile the
//! plans on first use; this module is the dialect alone:
//!
//! - [`parse`] reads a pattern into a tree, rejecting anything outside the dialect;
//! - [`program`] compiles trees into instructions (a Thompson NFA with priorities);
//! - [`backtrack`] runs one program the way Java's, Python's and Rust's regex engines do
//!   (leftmost-first, with capture groups), anchored at the start: the prefix patterns;
//! - [`dfa`] turns several programs into one DFA over the digits that tells which of them
//!   match a whole number: the number-type patterns.
//!
//! A differential test (`metadata/differential.rs`) checks both against `regex-automata`
//! on every pattern of the metadata.

mod backtrack;
mod dfa;
mod parse;
mod program;

pub(super) use dfa::FullMatch;
pub(super) use parse::SyntaxError;

use program::Program;

/// A pattern anchored at the start of its input: `^(?:pattern)`.
pub(super) struct Prefix {
    program: Program,
    groups: usize,
    /// The digits a match can start with (bit `d` for `d`), or `None` when it can be
    /// empty: most inputs are turned away by their first digit without a search.
    first: Option<u16>,
}

/// The capture groups of a match: group `n` spans `slots[2n]..slots[2n + 1]`.
pub(super) struct Captures {
    slots: Vec<Option<usize>>,
}

impl Captures {
    /// The number of groups, the whole match (group 0) included.
    pub(super) fn group_len(&self) -> usize {
        self.slots.len() / 2
    }

    /// Where group `n` matched, if it took part in the match.
    pub(super) fn get(&self, n: usize) -> Option<std::ops::Range<usize>> {
        let start = (*self.slots.get(n.checked_mul(2)?)?)?;
        let end = (*self.slots.get(n.checked_mul(2)?.checked_add(1)?)?)?;
        Some(start..end)
    }
}

impl Prefix {
    /// Parses and compiles `pattern`.
    pub(super) fn new(pattern: &str) -> Result<Prefix, SyntaxError> {
        let parsed = parse::parse(pattern)?;
        let groups = parsed.groups;
        let program = Program::compile(&[(0, parsed)], true)?;
        let first = program.first_digits();
        Ok(Prefix {
            program,
            groups,
            first,
        })
    }

    /// Whether the first digit rules out a match without a search.
    fn cannot_start(&self, haystack: &str) -> bool {
        self.first.is_some_and(|first| {
            let digit = haystack.as_bytes().first().map(|b| b.wrapping_sub(b'0'));
            !digit.is_some_and(|d| d < 10 && first & (1 << d) != 0)
        })
    }

    /// The leftmost-first match at the start of `haystack`, with its groups.
    pub(super) fn captures(&self, haystack: &str) -> Option<Captures> {
        if self.cannot_start(haystack) {
            return None;
        }
        let mut slots = vec![None; (self.groups + 1) * 2];
        backtrack::search(&self.program, haystack.as_bytes(), &mut slots)
            .then_some(Captures { slots })
    }

    /// The end of the leftmost-first match at the start of `haystack`.
    pub(super) fn find(&self, haystack: &str) -> Option<usize> {
        if self.cannot_start(haystack) {
            return None;
        }
        // Only the whole match's end: slots 0 and 1, no groups recorded.
        let mut slots = [None; 2];
        backtrack::search(&self.program, haystack.as_bytes(), &mut slots).then_some(())?;
        slots[1]
    }
}

/// Compiles the patterns, each with the bit it sets (0 to 15), into one [`FullMatch`].
pub(super) fn full_match(patterns: &[(u8, &str)]) -> Result<FullMatch, SyntaxError> {
    let parsed = patterns
        .iter()
        .map(|&(bit, pattern)| Ok((bit, parse::parse(pattern)?)))
        .collect::<Result<Vec<_>, SyntaxError>>()?;
    FullMatch::build(&Program::compile(&parsed, false)?)
}

/// A random input `pattern` matches (`$` ignored), from the 64-bit random source `next`:
/// the differential test's way to reach every alternative of a pattern.
#[cfg(test)]
pub(super) fn sample(pattern: &str, next: &mut impl FnMut() -> u64) -> Option<String> {
    let mut out = String::new();
    parse::parse(pattern).ok()?.root.sample(next, &mut out);
    Some(out)
}
