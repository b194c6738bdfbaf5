//! Several programs as one DFA over the digits that tells which of them match a whole
//! input.
//!
//! Full matches have no priorities or groups, so the classic subset construction applies:
//! a DFA state is the set of NFA instructions the input so far can have reached. Built
//! whole, not minimized: India's plan has 420 states, the largest (Bangladesh's) 507,
//! all 254 together 25,209 (20 bytes each).

use super::parse::SyntaxError;
use super::program::{Inst, Program};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The most states a plan may have (bounds memory and build time whatever the pattern;
/// the largest plan has 507), such that a state's row offset (`state * 10`) fits a `u16`.
const MAX_STATES: usize = u16::MAX as usize / 10;
const DEAD: u16 = 0;
const START: u16 = 1;

/// A DFA answering which patterns match all of an input, one table lookup per digit.
pub(in crate::phone) struct FullMatch {
    /// `next[row + digit]` is the row of the next state, where a state's row is its
    /// number times 10 (premultiplied: no multiplication between a digit's two loads);
    /// row 0 is the dead state's.
    next: Box<[u16]>,
    /// Per state: the bits of the patterns that match when the input ends there.
    accepts: Box<[u16]>,
}

impl FullMatch {
    pub(super) fn build(program: &Program) -> Result<FullMatch, SyntaxError> {
        let mut builder = Builder {
            program,
            seen: vec![0; program.insts.len()],
            generation: 0,
            stack: Vec::new(),
        };
        // The dead state, then the start.
        let mut sets: Vec<Vec<u32>> = vec![Vec::new()];
        let mut ids: HashMap<Vec<u32>, u16, BuildHasherDefault<SetHasher>> = HashMap::default();
        ids.insert(Vec::new(), DEAD);
        let mut start = Vec::new();
        builder.closure(program.starts.iter().copied(), false, &mut start);
        ids.insert(start.clone(), START);
        sets.push(start);
        let mut next = vec![DEAD; 20];
        let mut state = usize::from(START);
        let mut target = Vec::new();
        while state < sets.len() {
            // Taken out while the states it leads to are added; put back below.
            let set = std::mem::take(&mut sets[state]);
            for digit in 0..10u16 {
                let targets = set
                    .iter()
                    .filter_map(|&pc| match program.insts.get(pc as usize) {
                        Some(&Inst::Digits(digits)) if digits & (1 << digit) != 0 => Some(pc + 1),
                        _ => None,
                    });
                builder.closure(targets, false, &mut target);
                let id = match ids.get(target.as_slice()) {
                    Some(&id) => id,
                    None => {
                        let id = u16::try_from(sets.len())
                            .ok()
                            .filter(|&id| usize::from(id) < MAX_STATES)
                            .ok_or(SyntaxError {
                                at: 0,
                                reason: "too many DFA states",
                            })?;
                        ids.insert(target.clone(), id);
                        sets.push(target.clone());
                        next.extend([DEAD; 10]);
                        id
                    }
                };
                next[state * 10 + usize::from(digit)] = id;
            }
            sets[state] = set;
            state += 1;
        }
        let accepts = sets
            .iter()
            .map(|set| {
                // At the end of the input `$` passes too.
                builder.closure(set.iter().copied(), true, &mut target);
                target
                    .iter()
                    .fold(0u16, |bits, &pc| match program.insts.get(pc as usize) {
                        Some(&Inst::Match(bit)) => bits | 1u16.checked_shl(bit.into()).unwrap_or(0),
                        _ => bits,
                    })
            })
            .collect();
        // Every id is below MAX_STATES, so every row fits.
        let rows = next.iter().map(|&id| id.saturating_mul(10)).collect();
        Ok(FullMatch {
            next: rows,
            accepts,
        })
    }

    /// The bits of the patterns that match all of `input` (0 if it has a non-digit).
    pub(in crate::phone) fn matches(&self, input: &[u8]) -> u16 {
        let mut row = usize::from(START) * 10;
        for &byte in input {
            let digit = byte.wrapping_sub(b'0');
            if digit > 9 {
                return 0;
            }
            row = self
                .next
                .get(row + usize::from(digit))
                .map_or(0, |&next| usize::from(next));
            if row == 0 {
                return 0;
            }
        }
        self.accepts.get(row / 10).copied().unwrap_or(0)
    }

    /// The number of states (the dead one included).
    #[cfg(test)]
    pub(in crate::phone) fn states(&self) -> usize {
        self.accepts.len()
    }
}

struct Builder<'a> {
    program: &'a Program,
    /// `seen[pc] == generation`: visited by the current closure (no clearing per call).
    seen: Vec<u32>,
    generation: u32,
    stack: Vec<u32>,
}

impl Builder<'_> {
    /// The instructions that consume a digit or match (or, before the end, are a `$`),
    /// reachable from `from` without consuming: sorted, so equal sets are equal vectors.
    fn closure(&mut self, from: impl Iterator<Item = u32>, at_end: bool, set: &mut Vec<u32>) {
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.seen.iter_mut().for_each(|s| *s = 0);
            self.generation = 1;
        }
        let generation = self.generation;
        self.stack.extend(from);
        set.clear();
        while let Some(pc) = self.stack.pop() {
            match self.seen.get_mut(pc as usize) {
                Some(seen) if *seen != generation => *seen = generation,
                _ => continue,
            }
            match self.program.insts.get(pc as usize) {
                Some(Inst::Digits(_) | Inst::Match(_)) => set.push(pc),
                Some(Inst::End) if at_end => self.stack.push(pc + 1),
                Some(Inst::End) => set.push(pc),
                Some(&Inst::Split(first, second)) => self.stack.extend([second, first]),
                Some(&Inst::Jump(to)) => self.stack.push(to),
                Some(Inst::Save(_)) => self.stack.push(pc + 1),
                None => {}
            }
        }
        set.sort_unstable();
    }
}

/// A multiply-rotate hash over the state sets' words: the sets are the build's only keys
/// and not attacker-chosen (they come from the checked-in metadata), so SipHash's
/// protection against collisions buys nothing here and costs a fifth of the build.
#[derive(Default)]
struct SetHasher(u64);

impl Hasher for SetHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        for &byte in chunks.remainder() {
            self.add(u64::from(byte));
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl SetHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}
