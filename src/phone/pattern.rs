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
///
/// Borrows the pattern text where it is a plain digit string (the metadata's patterns are
/// static), so compiling one allocates nothing.
pub(super) struct Prefix<'p>(Kind<'p>);

enum Kind<'p> {
    /// A pattern of digits only (`0`, `00`, `011`: most international and national
    /// prefixes), compared directly.
    Literal(&'p str),
    Program {
        program: Program,
        groups: usize,
        /// The digits a match can start with (bit `d` for `d`), or `None` when it can
        /// be empty: most inputs are turned away by their first digit without a search.
        first: Option<u16>,
    },
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

impl<'p> Prefix<'p> {
    /// Parses and compiles `pattern`.
    pub(super) fn new(pattern: &'p str) -> Result<Prefix<'p>, SyntaxError> {
        if !pattern.is_empty() && pattern.bytes().all(|b| b.is_ascii_digit()) {
            return Ok(Prefix(Kind::Literal(pattern)));
        }
        let parsed = parse::parse(pattern)?;
        let groups = parsed.groups;
        let program = Program::compile(&[(0, parsed)], true)?;
        let first = program.first_digits();
        Ok(Prefix(Kind::Program {
            program,
            groups,
            first,
        }))
    }

    /// Whether a match is possible at all, decided without a search or an allocation: a
    /// literal's whole text, a program's first digit.
    fn may_start(&self, haystack: &str) -> bool {
        match &self.0 {
            Kind::Literal(literal) => haystack.starts_with(literal),
            Kind::Program { first, .. } => {
                let digit = haystack.as_bytes().first().map(|b| b.wrapping_sub(b'0'));
                first.is_none_or(|first| digit.is_some_and(|d| d < 10 && first & (1 << d) != 0))
            }
        }
    }

    /// The leftmost-first match at the start of `haystack`, with its groups: in `slots`
    /// (group 0 and as many more as it has room for).
    fn search(&self, haystack: &str, slots: &mut [Option<usize>]) -> bool {
        if !self.may_start(haystack) {
            return false;
        }
        match &self.0 {
            Kind::Literal(literal) => {
                for (slot, at) in slots.iter_mut().zip([0, literal.len()]) {
                    *slot = Some(at);
                }
                true
            }
            Kind::Program { program, .. } => backtrack::search(program, haystack.as_bytes(), slots),
        }
    }

    /// The leftmost-first match at the start of `haystack`, with its groups (allocated
    /// only once a match is possible).
    pub(super) fn captures(&self, haystack: &str) -> Option<Captures> {
        if !self.may_start(haystack) {
            return None;
        }
        let groups = match &self.0 {
            Kind::Literal(_) => 0,
            Kind::Program { groups, .. } => *groups,
        };
        let mut slots = vec![None; (groups + 1) * 2];
        self.search(haystack, &mut slots)
            .then_some(Captures { slots })
    }

    /// The end of the leftmost-first match at the start of `haystack`.
    pub(super) fn find(&self, haystack: &str) -> Option<usize> {
        // Only the whole match's end: slots 0 and 1, no groups recorded.
        let mut slots = [None; 2];
        self.search(haystack, &mut slots).then_some(())?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_match_leftmost_first_with_groups() {
        let prefix = Prefix::new(r"0|00(1\d)?").unwrap();
        // The first alternative wins even where the second would match longer.
        assert_eq!(prefix.find("0012"), Some(1));
        let argentina = Prefix::new(r"0?(?:(11|2\d{2})?15)?").unwrap();
        let caps = argentina.captures("0111523456789").unwrap();
        assert_eq!(
            (caps.group_len(), caps.get(0), caps.get(1)),
            (2, Some(0..5), Some(1..3))
        );
        // An empty match is a match; a group that took no part has no span.
        let caps = argentina.captures("9").unwrap();
        assert_eq!((caps.get(0), caps.get(1)), (Some(0..0), None));
        assert_eq!(Prefix::new("([2-9]\\d{2})$|1").unwrap().find("2345"), None);
        assert_eq!(Prefix::new("5").unwrap().find("x"), None);
    }

    #[test]
    fn full_matches_report_every_pattern() {
        let dfa = full_match(&[(0, r"\d{3}"), (4, r"1\d{2}"), (9, r"2\d?")]).unwrap();
        assert_eq!(dfa.matches(b"123"), 1 | 1 << 4);
        assert_eq!(dfa.matches(b"21"), 1 << 9);
        assert_eq!(dfa.matches(b"2"), 1 << 9);
        assert_eq!(dfa.matches(b"1234"), 0);
        assert_eq!(dfa.matches(b"1a3"), 0);
        assert_eq!(dfa.matches(b""), 0);
    }

    #[test]
    fn sizes_are_bounded() {
        // The DFA must remember the last 16 digits: 2^16 states, over the bound.
        let err = full_match(&[(0, r"[01]{0,32}1[01]{15}")]).err().unwrap();
        assert_eq!(err.reason, "too many DFA states");
        let err = Prefix::new(r"(?:(?:(?:(?:\d{32}){32}){32}){32})")
            .err()
            .unwrap();
        assert_eq!(err.reason, "pattern too large");
    }
}
