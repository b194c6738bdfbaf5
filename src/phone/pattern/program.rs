//! Pattern trees compiled into instructions: a Thompson NFA whose splits carry priority.

use super::parse::{Node, Parsed, SyntaxError};

/// Compiled programs stay below this many instructions (India's plan, the largest, is a
/// few thousand).
const MAX_INSTRUCTIONS: usize = 1 << 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Inst {
    /// Consume one digit of the set (bit `d` for the digit `d`).
    Digits(u16),
    /// Continue at both, the first preferred.
    Split(u32, u32),
    Jump(u32),
    /// Record the position in capture slot `n` (group `n / 2`, start or end).
    Save(usize),
    /// Continue only at the end of the input.
    End,
    /// The pattern with this bit matches.
    Match(u8),
}

/// One or more compiled patterns.
#[derive(Debug)]
pub(super) struct Program {
    pub(super) insts: Vec<Inst>,
    /// Where each pattern starts.
    pub(super) starts: Vec<u32>,
}

impl Program {
    /// Compiles each pattern, ending in `Match(bit)`; `captures` adds the `Save`s (the
    /// whole match is group 0).
    pub(super) fn compile(
        patterns: &[(u8, Parsed)],
        captures: bool,
    ) -> Result<Program, SyntaxError> {
        let mut compiler = Compiler {
            insts: Vec::new(),
            captures,
        };
        let mut starts = Vec::with_capacity(patterns.len());
        for (bit, parsed) in patterns {
            starts.push(compiler.next());
            compiler.save(0)?;
            compiler.node(&parsed.root)?;
            compiler.save(1)?;
            compiler.push(Inst::Match(*bit))?;
        }
        Ok(Program {
            insts: compiler.insts,
            starts,
        })
    }
}

impl Program {
    /// The digits the first pattern's matches can start with, or `None` if it can match
    /// without consuming one (reaching `Match` or `$` first).
    pub(super) fn first_digits(&self) -> Option<u16> {
        let mut digits = 0u16;
        let mut seen = vec![false; self.insts.len()];
        let mut stack: Vec<u32> = self.starts.first().copied().into_iter().collect();
        while let Some(pc) = stack.pop() {
            match seen.get_mut(pc as usize) {
                Some(seen) if !*seen => *seen = true,
                _ => continue,
            }
            match self.insts.get(pc as usize)? {
                Inst::Digits(set) => digits |= set,
                Inst::Match(_) | Inst::End => return None,
                &Inst::Split(first, second) => stack.extend([first, second]),
                &Inst::Jump(to) => stack.push(to),
                Inst::Save(_) => stack.push(pc + 1),
            }
        }
        Some(digits)
    }
}

struct Compiler {
    insts: Vec<Inst>,
    captures: bool,
}

impl Compiler {
    fn next(&self) -> u32 {
        // Bounded by MAX_INSTRUCTIONS (checked on every push).
        u32::try_from(self.insts.len()).unwrap_or(u32::MAX)
    }

    fn push(&mut self, inst: Inst) -> Result<u32, SyntaxError> {
        if self.insts.len() >= MAX_INSTRUCTIONS {
            return Err(SyntaxError {
                at: 0,
                reason: "pattern too large",
            });
        }
        let at = self.next();
        self.insts.push(inst);
        Ok(at)
    }

    /// Points the split or jump at `at` to `target` (its second branch for a split when
    /// `second`).
    fn patch(&mut self, at: u32, target: u32, second: bool) {
        if let Some(inst) = self.insts.get_mut(at as usize) {
            match inst {
                Inst::Split(first, other) => *(if second { other } else { first }) = target,
                Inst::Jump(to) => *to = target,
                _ => {}
            }
        }
    }

    fn save(&mut self, slot: usize) -> Result<(), SyntaxError> {
        if self.captures {
            self.push(Inst::Save(slot))?;
        }
        Ok(())
    }

    fn node(&mut self, node: &Node) -> Result<(), SyntaxError> {
        match node {
            Node::Empty => {}
            Node::Digits(set) => {
                self.push(Inst::Digits(*set))?;
            }
            Node::End => {
                self.push(Inst::End)?;
            }
            Node::Concat(items) => {
                for item in items {
                    self.node(item)?;
                }
            }
            Node::Alternate(alternatives) => {
                // split(a1, split(a2, ... an)), each ai then jumping past the last.
                let mut jumps = Vec::new();
                let (last, rest) = alternatives.split_last().unwrap_or((&Node::Empty, &[]));
                for alternative in rest {
                    let split = self.push(Inst::Split(0, 0))?;
                    self.patch(split, self.next(), false);
                    self.node(alternative)?;
                    jumps.push(self.push(Inst::Jump(0))?);
                    self.patch(split, self.next(), true);
                }
                self.node(last)?;
                for jump in jumps {
                    self.patch(jump, self.next(), false);
                }
            }
            Node::Repeat {
                node,
                min,
                max,
                greedy,
            } => {
                for _ in 0..*min {
                    self.node(node)?;
                }
                // x{0,2} as (?:x(?:x)?)?: each optional copy may leave to the end.
                let mut splits = Vec::new();
                for _ in *min..*max {
                    let split = self.push(Inst::Split(0, 0))?;
                    self.patch(split, self.next(), !greedy);
                    splits.push(split);
                    self.node(node)?;
                }
                for split in splits {
                    self.patch(split, self.next(), *greedy);
                }
            }
            Node::Group { capture, node } => {
                if let Some(group) = capture {
                    self.save(group * 2)?;
                }
                self.node(node)?;
                if let Some(group) = capture {
                    self.save(group * 2 + 1)?;
                }
            }
        }
        Ok(())
    }
}
