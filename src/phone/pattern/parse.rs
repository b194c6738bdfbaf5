//! The metadata's regex dialect read into a tree.

use std::fmt;

/// Why a pattern is outside the dialect (never for the checked-in metadata).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::phone) struct SyntaxError {
    /// Byte offset in the pattern.
    pub(in crate::phone) at: usize,
    pub(in crate::phone) reason: &'static str,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.reason, self.at)
    }
}

/// Bounds that keep compiled programs small whatever the pattern.
const MAX_DEPTH: u32 = 32;
const MAX_COUNT: u32 = 32;

/// A pattern as a tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Node {
    Empty,
    /// One digit of a set: bit `d` for the digit `d`.
    Digits(u16),
    Concat(Vec<Node>),
    /// Alternatives, the first preferred.
    Alternate(Vec<Node>),
    /// `min` to `max` times; `greedy` prefers more.
    Repeat {
        node: Box<Node>,
        min: u32,
        max: u32,
        greedy: bool,
    },
    /// `Some(n)`: capture group `n` (from 1).
    Group {
        capture: Option<usize>,
        node: Box<Node>,
    },
    /// `$`: only at the end of the input.
    End,
}

/// A parsed pattern and its number of capture groups.
#[derive(Debug)]
pub(super) struct Parsed {
    pub(super) root: Node,
    pub(super) groups: usize,
}

/// Every digit.
pub(super) const ANY_DIGIT: u16 = 0x3ff;

pub(super) fn parse(pattern: &str) -> Result<Parsed, SyntaxError> {
    let mut parser = Parser {
        bytes: pattern.as_bytes(),
        at: 0,
        groups: 0,
        depth: 0,
    };
    let root = parser.alternation()?;
    if parser.at != parser.bytes.len() {
        return Err(parser.error("unmatched `)`"));
    }
    Ok(Parsed {
        root,
        groups: parser.groups,
    })
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
    groups: usize,
    depth: u32,
}

impl Parser<'_> {
    fn error(&self, reason: &'static str) -> SyntaxError {
        SyntaxError {
            at: self.at,
            reason,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn alternation(&mut self) -> Result<Node, SyntaxError> {
        let mut alternatives = vec![self.concat()?];
        while self.eat(b'|') {
            alternatives.push(self.concat()?);
        }
        Ok(match alternatives.len() {
            1 => alternatives.pop().unwrap_or(Node::Empty),
            _ => Node::Alternate(alternatives),
        })
    }

    fn concat(&mut self) -> Result<Node, SyntaxError> {
        let mut items = Vec::new();
        while let Some(byte) = self.peek() {
            if byte == b'|' || byte == b')' {
                break;
            }
            let atom = self.atom()?;
            items.push(self.quantified(atom)?);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    fn atom(&mut self) -> Result<Node, SyntaxError> {
        let Some(byte) = self.peek() else {
            return Err(self.error("pattern ends early"));
        };
        match byte {
            b'0'..=b'9' => {
                self.at += 1;
                Ok(Node::Digits(1 << (byte - b'0')))
            }
            b'\\' => {
                self.at += 1;
                if self.eat(b'd') {
                    Ok(Node::Digits(ANY_DIGIT))
                } else {
                    Err(self.error("only `\\d` is supported after `\\`"))
                }
            }
            b'[' => {
                self.at += 1;
                self.class()
            }
            b'(' => {
                self.at += 1;
                self.group()
            }
            b'$' => {
                self.at += 1;
                Ok(Node::End)
            }
            _ => Err(self.error("unsupported character")),
        }
    }

    /// After `[`: digits, ranges and `\d` up to `]`.
    fn class(&mut self) -> Result<Node, SyntaxError> {
        let mut set = 0u16;
        loop {
            match self.peek() {
                Some(b']') if set != 0 => {
                    self.at += 1;
                    return Ok(Node::Digits(set));
                }
                Some(b'\\') => {
                    self.at += 1;
                    if !self.eat(b'd') {
                        return Err(self.error("only `\\d` is supported in a class"));
                    }
                    set |= ANY_DIGIT;
                }
                Some(low @ b'0'..=b'9') => {
                    self.at += 1;
                    let mut high = low;
                    if self.peek() == Some(b'-') && self.bytes.get(self.at + 1) != Some(&b']') {
                        self.at += 1;
                        match self.peek() {
                            Some(end @ b'0'..=b'9') if end >= low => {
                                self.at += 1;
                                high = end;
                            }
                            _ => return Err(self.error("bad class range")),
                        }
                    }
                    for digit in low..=high {
                        set |= 1 << (digit - b'0');
                    }
                }
                _ => return Err(self.error("unsupported class")),
            }
        }
    }

    /// After `(`: `?:` or a capture group, up to `)`.
    fn group(&mut self) -> Result<Node, SyntaxError> {
        if self.depth >= MAX_DEPTH {
            return Err(self.error("groups nested too deep"));
        }
        let capture = if self.eat(b'?') {
            if !self.eat(b':') {
                return Err(self.error("only `(?:` groups are supported"));
            }
            None
        } else {
            self.groups += 1;
            Some(self.groups)
        };
        self.depth += 1;
        let node = self.alternation()?;
        self.depth -= 1;
        if !self.eat(b')') {
            return Err(self.error("unclosed group"));
        }
        Ok(Node::Group {
            capture,
            node: Box::new(node),
        })
    }

    /// An optional `?` or `{n}`/`{n,m}` after an atom, itself optionally lazy (`?`).
    fn quantified(&mut self, atom: Node) -> Result<Node, SyntaxError> {
        let (min, max) = match self.peek() {
            Some(b'?') => {
                self.at += 1;
                (0, 1)
            }
            Some(b'{') => {
                self.at += 1;
                let min = self.number()?;
                let max = if self.eat(b',') { self.number()? } else { min };
                if !self.eat(b'}') {
                    return Err(self.error("unclosed count"));
                }
                if min > max || max > MAX_COUNT {
                    return Err(self.error("count out of range"));
                }
                (min, max)
            }
            Some(b'*' | b'+') => return Err(self.error("unbounded repetition")),
            _ => return Ok(atom),
        };
        let greedy = !self.eat(b'?');
        if matches!(self.peek(), Some(b'?' | b'{' | b'*' | b'+')) {
            return Err(self.error("repeated quantifier"));
        }
        Ok(Node::Repeat {
            node: Box::new(atom),
            min,
            max,
            greedy,
        })
    }

    fn number(&mut self) -> Result<u32, SyntaxError> {
        let start = self.at;
        let mut value = 0u32;
        while let Some(digit @ b'0'..=b'9') = self.peek() {
            self.at += 1;
            value = value
                .saturating_mul(10)
                .saturating_add(u32::from(digit - b'0'));
        }
        if self.at == start {
            return Err(self.error("count expected"));
        }
        Ok(value)
    }
}

#[cfg(test)]
impl Node {
    /// Appends a random input this node matches.
    pub(super) fn sample(&self, next: &mut impl FnMut() -> u64, out: &mut String) {
        let mut pick = |n: u64| if n == 0 { 0 } else { next() % n };
        match self {
            Node::Empty | Node::End => {}
            Node::Digits(set) => {
                let digits: Vec<u8> = (0..10u8).filter(|d| set & (1 << d) != 0).collect();
                let at = pick(digits.len() as u64) as usize;
                out.push(char::from(b'0' + digits[at]));
            }
            Node::Concat(items) => items.iter().for_each(|item| item.sample(next, out)),
            Node::Alternate(alternatives) => {
                alternatives[pick(alternatives.len() as u64) as usize].sample(next, out)
            }
            Node::Repeat { node, min, max, .. } => {
                let count = min + pick(u64::from(max - min + 1)) as u32;
                (0..count).for_each(|_| node.sample(next, out));
            }
            Node::Group { node, .. } => node.sample(next, out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_dialect() {
        let parsed = parse(r"0(1\d)?|[2-57]{2,3}$").unwrap();
        assert_eq!(parsed.groups, 1);
        let Node::Alternate(alternatives) = parsed.root else {
            panic!("{:?}", parsed.root)
        };
        assert_eq!(alternatives.len(), 2);
        assert_eq!(
            alternatives[1],
            Node::Concat(vec![
                Node::Repeat {
                    node: Box::new(Node::Digits(0b1011_1100)),
                    min: 2,
                    max: 3,
                    greedy: true
                },
                Node::End
            ])
        );
    }

    #[test]
    fn rejects_what_is_outside_it() {
        for (pattern, at) in [
            ("a", 0),
            (r"\w", 1),
            ("(1", 2),
            ("1)", 1),
            ("[]", 1),
            ("[5-2]", 3),
            ("1*", 1),
            ("1{3", 3),
            ("1{4,2}", 6),
            ("1{40}", 5),
            ("(?=1)", 2),
            ("1???", 3),
            ("[^1]", 1),
        ] {
            let err = parse(pattern).unwrap_err();
            assert_eq!(err.at, at, "{pattern}: {err}");
        }
        let deep = "(".repeat(40) + &")".repeat(40);
        assert_eq!(parse(&deep).unwrap_err().reason, "groups nested too deep");
    }
}
