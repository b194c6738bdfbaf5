//! One program run as Java, Python and Rust's regex engines run it: leftmost-first, with
//! capture groups, anchored at the start.
//!
//! A backtracker that remembers which (instruction, position) pairs it has tried, as
//! `regex-automata`'s bounded backtracker does: the first visit to a pair is on the most
//! preferred path that reaches it, so a later visit cannot find a better match. Each pair
//! is tried once, so the work is bounded by instructions × (input length + 1).

use super::program::{Inst, Program};

enum Frame {
    Step {
        pc: u32,
        at: usize,
    },
    /// Undo a `Save` when backtracking past it.
    Restore {
        slot: usize,
        old: Option<usize>,
    },
}

/// Whether the first pattern of `program` matches at the start of `haystack`; on a match
/// `slots` holds its captures (slot `2n` and `2n + 1`: group `n`'s start and end; slots
/// beyond its length are not recorded).
pub(super) fn search(program: &Program, haystack: &[u8], slots: &mut [Option<usize>]) -> bool {
    let Some(&start) = program.starts.first() else {
        return false;
    };
    let width = haystack.len() + 1;
    let mut visited = vec![0u64; (program.insts.len() * width).div_ceil(64)];
    let mut stack = vec![Frame::Step { pc: start, at: 0 }];
    while let Some(frame) = stack.pop() {
        let (mut pc, mut at) = match frame {
            Frame::Step { pc, at } => (pc, at),
            Frame::Restore { slot, old } => {
                if let Some(s) = slots.get_mut(slot) {
                    *s = old;
                }
                continue;
            }
        };
        loop {
            let key = pc as usize * width + at;
            let (word, bit) = (key / 64, 1u64 << (key % 64));
            match visited.get_mut(word) {
                Some(w) if *w & bit == 0 => *w |= bit,
                _ => break,
            }
            match program.insts.get(pc as usize) {
                Some(&Inst::Digits(set)) => {
                    let digit = haystack.get(at).map(|b| b.wrapping_sub(b'0'));
                    match digit {
                        Some(d) if d < 10 && set & (1 << d) != 0 => {
                            pc += 1;
                            at += 1;
                        }
                        _ => break,
                    }
                }
                Some(&Inst::Split(first, second)) => {
                    stack.push(Frame::Step { pc: second, at });
                    pc = first;
                }
                Some(&Inst::Jump(to)) => pc = to,
                Some(&Inst::Save(slot)) => {
                    if let Some(s) = slots.get_mut(slot) {
                        stack.push(Frame::Restore { slot, old: *s });
                        *s = Some(at);
                    }
                    pc += 1;
                }
                Some(&Inst::End) if at == haystack.len() => pc += 1,
                Some(&Inst::Match(_)) => return true,
                Some(&Inst::End) | None => break,
            }
        }
    }
    false
}
