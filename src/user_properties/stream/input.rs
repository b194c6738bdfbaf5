//! The reader's input side: its buffer over the source, positions (offset, line,
//! column), the UTF-8 check and the errors it records.

#[allow(unused_imports)]
use super::*;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Position {
    pub(super) offset: u64,
    /// 0-based line.
    pub(super) line: u64,
    /// Characters (UTF-8 lead bytes, as `JSON.parse` positions are counted) since the
    /// line's start.
    pub(super) column: u64,
}

impl Position {
    pub(super) fn advance(&mut self, bytes: &[u8]) {
        // Every byte of the input passes here once: count eight at a time.
        let chars = |b: &[u8]| (b.len() - count_words(b, continuation_bytes)) as u64;
        let newlines = count_words(bytes, |word| {
            zero_bytes(word ^ (u64::from_ne_bytes([b'\n'; 8])))
        });
        match bytes.iter().rposition(|&b| b == b'\n') {
            Some(last) => {
                self.line += newlines as u64;
                self.column = chars(bytes.get(last + 1..).unwrap_or_default());
            }
            None => self.column += chars(bytes),
        }
        self.offset += bytes.len() as u64;
    }
}

/// How many bytes of `bytes` `flag` marks: `flag` maps eight bytes to a word with the high
/// bit set in exactly the bytes it counts.
fn count_words(bytes: &[u8], flag: impl Fn(u64) -> u64) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut count = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        count += flag(u64::from_ne_bytes(word)).count_ones() as usize;
    }
    let mut word = [0u8; 8];
    let rest = chunks.remainder();
    if let Some(head) = word.get_mut(..rest.len()) {
        head.copy_from_slice(rest);
    }
    // The padding is zero bytes: neither newlines nor continuation bytes (the newline
    // count flags zero bytes of `word ^ b'\n'`, which padding is not).
    count + flag(u64::from_ne_bytes(word)).count_ones() as usize
}

const HIGH: u64 = 0x8080_8080_8080_8080;
const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;

/// The high bit of each zero byte of `word`, exactly (no borrow between bytes).
fn zero_bytes(word: u64) -> u64 {
    !(((word & LOW7) + LOW7) | word | LOW7)
}

/// The high bit of each UTF-8 continuation byte (`10xxxxxx`) of `word`.
fn continuation_bytes(word: u64) -> u64 {
    word & !(word << 1) & HIGH
}

/// UTF-8 validity of the whole input, checked as it is read, so that the first invalid
/// byte is reported where `std::str::from_utf8` on the whole body would put it.
#[derive(Debug, Default)]
pub(super) struct Utf8Check {
    /// The start of a sequence cut at the end of the last read.
    pub(super) pending: Vec<u8>,
    pub(super) pending_at: u64,
    /// The line and column of `pending_at`, once its bytes have left the buffer.
    pub(super) pending_position: Option<Position>,
    pub(super) error: Option<ValidationError>,
}

impl<R: Read> BodyReader<R> {
    /// Reads more input, first dropping the bytes before `keep` (indices shift down by
    /// `keep`). Returns whether bytes came; sets `eof` when not.
    pub(super) fn fill(&mut self, keep: usize) -> io::Result<bool> {
        if keep > 0 {
            let to = self.base + keep as u64;
            let pending = self.utf8.pending_at;
            if !self.utf8.pending.is_empty() && pending < to && pending >= self.cursor.offset {
                // A cut sequence about to leave the buffer: keep its position for the
                // error it may turn out to be.
                self.move_cursor(pending);
                self.utf8.pending_position = Some(self.cursor);
            }
            self.move_cursor(to);
            self.buf.drain(..keep);
            self.base += keep as u64;
            self.pos -= keep;
        }
        if self.eof {
            return Ok(false);
        }
        let old = self.buf.len();
        if self.scratch.is_empty() {
            self.scratch = vec![0; CHUNK].into_boxed_slice();
        }
        let n = loop {
            match self.src.read(&mut self.scratch) {
                Ok(n) => break n.min(self.scratch.len()),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        };
        self.buf
            .extend_from_slice(self.scratch.get(..n).unwrap_or_default());
        if n == 0 {
            self.eof = true;
            self.check_utf8_end();
            return Ok(false);
        }
        self.check_utf8(old);
        Ok(true)
    }

    /// Skips white space; the next byte (not consumed), `None` at the end.
    pub(super) fn peek(&mut self) -> io::Result<Option<u8>> {
        loop {
            let rest = self.buf.get(self.pos..).unwrap_or_default();
            match rest
                .iter()
                .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
            {
                Some(n) => {
                    self.pos += n;
                    return Ok(self.buf.get(self.pos).copied());
                }
                None => {
                    self.pos = self.buf.len();
                    if !self.fill(self.pos)? {
                        return Ok(None);
                    }
                }
            }
        }
    }

    /// Moves the line/column cursor forward to absolute offset `to` (within the buffer).
    pub(super) fn move_cursor(&mut self, to: u64) {
        if to <= self.cursor.offset {
            return;
        }
        let from = (self.cursor.offset - self.base) as usize;
        let upto = (to - self.base) as usize;
        let bytes = self.buf.get(from..upto).unwrap_or_default();
        self.cursor.advance(bytes);
    }

    /// The 1-based line and column of absolute offset `at` (at or after the cursor, in
    /// the buffer), as `JSON.parse`'s messages count them.
    pub(super) fn line_column(&mut self, at: u64) -> (usize, usize) {
        self.move_cursor(at);
        (
            self.cursor.line as usize + 1,
            self.cursor.column as usize + 1,
        )
    }

    pub(super) fn check_utf8(&mut self, from: usize) {
        if self.utf8.error.is_some() {
            return;
        }
        let mut at = self.base + from as u64;
        let mut bytes = self.buf.get(from..).unwrap_or_default();
        if let Some(&lead) = self.utf8.pending.first() {
            let width = match lead {
                0xE0..=0xEF => 3,
                0xF0..=0xF4 => 4,
                _ => 2,
            };
            let take = (width - self.utf8.pending.len()).min(bytes.len());
            self.utf8
                .pending
                .extend_from_slice(bytes.get(..take).unwrap_or_default());
            bytes = bytes.get(take..).unwrap_or_default();
            at += take as u64;
            match std::str::from_utf8(&self.utf8.pending) {
                Ok(_) => self.utf8.pending.clear(),
                Err(e) if e.error_len().is_none() => return,
                Err(_) => return self.utf8_error(self.utf8.pending_at),
            }
        }
        if let Err(e) = std::str::from_utf8(bytes) {
            let bad = at + e.valid_up_to() as u64;
            match e.error_len() {
                Some(_) => self.utf8_error(bad),
                None => {
                    self.utf8.pending = bytes.get(e.valid_up_to()..).unwrap_or_default().to_vec();
                    self.utf8.pending_at = bad;
                    self.utf8.pending_position = None;
                }
            }
        }
    }

    pub(super) fn check_utf8_end(&mut self) {
        if self.utf8.error.is_none() && !self.utf8.pending.is_empty() {
            self.utf8_error(self.utf8.pending_at);
        }
    }

    #[cold]
    pub(super) fn utf8_error(&mut self, at: u64) {
        // The cursor may only move forward, and later errors may lie before `at`: work
        // on a copy.
        let position = match self.utf8.pending_position {
            Some(position) if position.offset == at => position,
            _ => {
                let mut position = self.cursor;
                let from = position.offset.saturating_sub(self.base) as usize;
                let upto = at.saturating_sub(self.base) as usize;
                position.advance(self.buf.get(from..upto).unwrap_or_default());
                position
            }
        };
        self.utf8.error = Some(ValidationError::new(
            ValidationErrorKind::InvalidJson {
                line: position.line as usize + 1,
                column: position.column as usize + 1,
            },
            Path::root(),
        ));
    }

    // -----------------------------------------------------------------------------------
    // Errors

    /// Records `kind` as the body's error unless an earlier one was met.
    pub(super) fn fail(&mut self, kind: ValidationErrorKind) {
        if self.first_error.is_none() {
            self.first_error = Some(ValidationError::new(kind, Path::root()));
        }
    }

    /// Records a syntax error at absolute offset `at`.
    pub(super) fn syntax(&mut self, at: u64) {
        if self.first_error.is_none() {
            let (line, column) = self.line_column(at);
            self.fail(ValidationErrorKind::InvalidJson { line, column });
        }
    }

    /// Records a reader's error on the text at `offset`.
    pub(super) fn read_failed(&mut self, err: ReadError, offset: u64) {
        match err {
            ReadError::Syntax { offset: at } => self.syntax(offset + at as u64),
            ReadError::TooDeep { .. } => self.fail(ValidationErrorKind::TooDeep {
                limit: self.options.common.max_depth,
            }),
        }
    }

    /// A syntax error in the body's own structure: the rest cannot be read.
    pub(super) fn broken(&mut self, at: u64) -> State {
        self.syntax(at);
        State::Drain
    }

    /// Enters an array or object `levels` deep; false (and the error) past the limit.
    pub(super) fn enter(&mut self, levels: usize) -> bool {
        if levels > self.options.common.max_depth {
            self.fail(ValidationErrorKind::TooDeep {
                limit: self.options.common.max_depth,
            });
            return false;
        }
        true
    }

    // -----------------------------------------------------------------------------------
    // Values
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `advance` counted before it went eight bytes at a time.
    fn one_by_one(mut at: Position, bytes: &[u8]) -> Position {
        for &b in bytes {
            if b == b'\n' {
                at.line += 1;
                at.column = 0;
            } else if b & 0xC0 != 0x80 {
                at.column += 1;
            }
        }
        at.offset += bytes.len() as u64;
        at
    }

    #[test]
    fn positions_agree_with_a_byte_at_a_time_count() {
        let text = "ab\ncč\n\n€𝄞 x\"\\\n\u{0}\u{7f}é long line with no newline at all ÿ\n";
        let start = Position {
            offset: 5,
            line: 2,
            column: 7,
        };
        let bytes = text.as_bytes();
        for from in 0..bytes.len() {
            for to in from..=bytes.len() {
                let slice = &bytes[from..to];
                let mut at = start;
                at.advance(slice);
                assert_eq!(at, one_by_one(start, slice), "{from}..{to}");
            }
        }
        // Every byte value, at every offset in a word.
        let all: Vec<u8> = (0..=255u8).chain(0..=255).collect();
        for from in 0..8 {
            let mut at = start;
            at.advance(&all[from..]);
            assert_eq!(at, one_by_one(start, &all[from..]));
        }
    }
}
