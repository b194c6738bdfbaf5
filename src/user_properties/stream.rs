//! Reading a request body from a byte stream, one entry at a time, in bounded memory.

use std::fmt;
use std::io::{self, Read};

use crate::models::json::{self, Json, ReadError, Reader, Scan};
use crate::models::sink::read_error;
use crate::models::{Path, ValidationError, ValidationErrorKind};

use super::validate::{read_entry, too_large, PROTO, USER_PROPERTIES};
use super::{BulkOutcome, InvalidEntry, Options, UserProperty, ValidEntry};

/// Bytes asked of the source per read.
const CHUNK: usize = 64 * 1024;

/// The default [`BodyReader::max_entry_bytes`]: 1 MiB.
pub const DEFAULT_MAX_ENTRY_BYTES: usize = 1 << 20;

/// Reads a BIK request body (or a JSON array of entries) from any [`Read`], yielding each
/// entry's raw JSON text as soon as it has been read, and the body's verdict at the end.
///
/// It decides what a body is exactly as [`validate_request_with`](super::validate_request_with)
/// does, without holding the body: keys in any order, the last `userProperties` wins
/// (see [`BodyEvent::Superseded`]), `__proto__` is neither read nor reported, any other
/// key is `"x" is not allowed` after the `userProperties` checks, and the same limits
/// ([`Options::max_body_bytes`], [`Options::max_entries`], [`Options::max_depth`]). With
/// the same options, a body is accepted by one if and only if by the other, with the
/// same entries, and a rejected body ends with the same error (see
/// [`validate_request_reader`]). The one difference is [`max_entry_bytes`](Self::max_entry_bytes).
///
/// It is an [`Iterator`] of [`BodyEvent`]s: each entry ([`BodyEvent::Entry`], owned bytes
/// to hand to a worker thread, with its index, line and byte offset), each entry that
/// could not be read ([`BodyEvent::Fault`]), and, last, `Err` if the body is rejected.
/// Reading goes on after a bad entry, the way a bulk cleaner needs it: an entry that is
/// not JSON is still yielded (it validates to `"value" must be valid JSON`), the next one
/// is found by the structure around it, and the body error is reported at the end.
///
/// # Why a `Read` and not a `BufRead`
///
/// An entry must be contiguous to be parsed, and a `BufRead`'s buffer may split it;
/// this reader keeps its own buffer and grows it up to one entry. Wrapping the source in
/// a `BufReader` costs one extra copy and buys nothing.
///
/// # Memory and limits
///
/// At most one entry (`max_entry_bytes`, 1 MiB by default) plus a 64 KiB read buffer is
/// held. An entry over the limit is skipped to its end without being stored and comes
/// out as a [`FaultKind::TooLarge`] fault; reading goes on. Its bytes (and those of any
/// other value outside the entries over the limit, such as a huge unknown key's value)
/// are only scanned for strings and brackets, not checked to be JSON: a body whose only
/// flaw lies inside such a value is not rejected. A key of the body longer than the
/// limit is [`BodyError::KeyTooLarge`]. Every loop consumes input; a source that never
/// ends is read as long as it gives bytes, so bound it (e.g. with [`Read::take`]) or
/// raise [`Options::max_body_bytes`] as needed: the body limits are reported at the end
/// like every body error, and reading does not stop at them.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::{BodyEvent, BodyReader, Options};
///
/// let body = br#"{"__proto__": {}, "userProperties": [
///   {"firstName": "Ann", "lastName": "Lee", "email": "ann@example.com"},
///   {"firstName": "Bob", "emial": "bob@example.com"}
/// ]}"#;
/// let options = Options::new();
/// let mut verdicts = Vec::new();
/// for event in BodyReader::new(&body[..]) {
///     if let BodyEvent::Entry(entry) = event? {
///         // `entry` owns its text: it could be sent to another thread here.
///         let verdict = entry.validate(&options).map_err(|e| e.error().to_string());
///         verdicts.push((entry.index(), entry.line(), verdict.is_ok()));
///     }
/// }
/// assert_eq!(verdicts, [(0, 2, true), (1, 3, false)]);
///
/// // A body error comes last, with validate_request's message.
/// let body = br#"{"userProperties": [{"firstName": "A", "lastName": "B"}], "dryRun": true}"#;
/// let events: Vec<_> = BodyReader::new(&body[..]).collect();
/// assert!(matches!(events[0], Ok(BodyEvent::Entry(_))));
/// assert_eq!(
///     events[1].as_ref().unwrap_err().to_string(),
///     r#"ValidationError: "dryRun" is not allowed"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct BodyReader<R> {
    src: R,
    /// Unconsumed input; `buf[0]` is byte `base` of the input.
    buf: Vec<u8>,
    /// Where reads land before joining `buf` (allocated on the first read).
    scratch: Box<[u8]>,
    pos: usize,
    base: u64,
    eof: bool,
    /// The line and column of byte `cursor.offset`, moved forward on demand.
    cursor: Position,
    utf8: Utf8Check,
    options: Options,
    max_entry_bytes: usize,
    mode: Mode,
    state: State,
    /// The next entry's index in the current array.
    index: usize,
    /// Body mode: what the last `userProperties` key held.
    user_properties: Option<Held>,
    /// The smallest array-index key among the unknown keys, and the first other one.
    unknown_index: Option<(u64, String)>,
    unknown_other: Option<Unknown>,
    /// The first error met in reading order (syntax, depth, entry count), and the index
    /// of the entry it lies in.
    first_error: Option<ValidationError>,
    error_entry: Option<usize>,
    /// The top-level value is the expected object (body) or array.
    entered: bool,
}

/// Whether a body or a bare array is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Body,
    Array,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Start,
    /// Before a member of the body object (after `{` when `first`, else after `,`).
    Member {
        first: bool,
    },
    /// After a member's value: `,` or `}`.
    AfterMember,
    /// Before an entry (after `[` when `first`, else after `,`).
    Entries {
        first: bool,
    },
    /// After the top-level value.
    AfterDocument,
    /// The body is known to be rejected: read to the end for the byte count and UTF-8.
    Drain,
    /// Report the verdict.
    Finish,
    Done,
}

/// What a `userProperties` key held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Held {
    NotArray,
    Array,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Unknown {
    Key(String),
    TooLarge { line: u64 },
}

#[derive(Debug, Clone, Copy, Default)]
struct Position {
    offset: u64,
    /// 0-based line.
    line: u64,
    /// Characters (UTF-8 lead bytes, as `JSON.parse` positions are counted) since the
    /// line's start.
    column: u64,
}

impl Position {
    fn advance(&mut self, bytes: &[u8]) {
        let chars = |b: &[u8]| b.iter().filter(|&&b| (b & 0xC0) != 0x80).count() as u64;
        match bytes.iter().rposition(|&b| b == b'\n') {
            Some(last) => {
                self.line += bytes.iter().filter(|&&b| b == b'\n').count() as u64;
                self.column = chars(bytes.get(last + 1..).unwrap_or_default());
            }
            None => self.column += chars(bytes),
        }
        self.offset += bytes.len() as u64;
    }
}

/// UTF-8 validity of the whole input, checked as it is read, so that the first invalid
/// byte is reported where `std::str::from_utf8` on the whole body would put it.
#[derive(Debug, Default)]
struct Utf8Check {
    /// The start of a sequence cut at the end of the last read.
    pending: Vec<u8>,
    pending_at: u64,
    /// The line and column of `pending_at`, once its bytes have left the buffer.
    pending_position: Option<Position>,
    error: Option<ValidationError>,
}

/// One event of a [`BodyReader`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum BodyEvent {
    /// An entry's raw text.
    Entry(RawEntry),
    /// An entry that could not be read whole.
    Fault(EntryFault),
    /// A later `userProperties` key: `JSON.parse` keeps the last one, so the entries
    /// yielded so far are not the body's entries. The next entries are numbered from 0
    /// again; if the new value is not an array, the body is rejected at the end with
    /// `"userProperties" must be an array`.
    ///
    /// ```
    /// use contactkit::user_properties::{BodyEvent, BodyReader};
    ///
    /// let body = br#"{"userProperties": [1, 2], "userProperties": [3]}"#;
    /// let events = BodyReader::new(&body[..]).collect::<Result<Vec<_>, _>>()?;
    /// assert!(matches!(events[2], BodyEvent::Superseded));
    /// let BodyEvent::Entry(last) = &events[3] else { panic!() };
    /// assert_eq!((last.index(), last.as_bytes()), (0, &b"3"[..]));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Superseded,
}

/// One entry's JSON text as read, with where it was.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::{BodyEvent, BodyReader};
///
/// let mut reader = BodyReader::new(&b"{\"userProperties\": [\n  {\"a\": 1} ]}"[..]);
/// let Some(Ok(BodyEvent::Entry(entry))) = reader.next() else { panic!() };
/// assert_eq!((entry.index(), entry.line(), entry.offset()), (0, 2, 23));
/// assert_eq!(entry.as_bytes(), br#"{"a": 1}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawEntry {
    index: usize,
    line: u64,
    offset: u64,
    text: Vec<u8>,
    /// Levels enclosing the entry (2 in a body, 1 in an array).
    levels: usize,
}

/// An entry that could not be read whole, with where it started.
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::{BodyEvent, BodyReader, FaultKind};
///
/// let events: Vec<_> = BodyReader::array(&b"[{}, {\"a\":"[..]).collect();
/// let Ok(BodyEvent::Fault(fault)) = &events[1] else { panic!() };
/// assert_eq!((fault.index(), fault.kind()), (1, FaultKind::Truncated));
/// assert_eq!(fault.to_string(), "the input ends inside the entry");
/// assert_eq!(
///     events[2].as_ref().unwrap_err().to_string(),
///     r#"ValidationError: "value" must be valid JSON (line 1, column 11)"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryFault {
    index: usize,
    line: u64,
    offset: u64,
    kind: FaultKind,
    text: Vec<u8>,
}

/// Why an entry could not be read. The `Display` text is part of the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum FaultKind {
    /// The entry is longer than [`BodyReader::max_entry_bytes`]: `the entry is larger
    /// than 1048576 bytes`. It was skipped; reading went on after it.
    TooLarge {
        /// The limit.
        limit: usize,
    },
    /// The input ends inside the entry, or right after a `,` (`[{},`): `the input ends
    /// inside the entry`. The body is rejected too.
    Truncated,
    /// No entry between two `,` or before the `]` (`[{},,{}]`, `[{},]`): `the entry is
    /// empty`. The body is rejected too.
    Empty,
}

impl fmt::Display for FaultKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FaultKind::TooLarge { limit } => write!(f, "the entry is larger than {limit} bytes"),
            FaultKind::Truncated => f.write_str("the input ends inside the entry"),
            FaultKind::Empty => f.write_str("the entry is empty"),
        }
    }
}

/// Why a body read with a [`BodyReader`] is rejected.
#[derive(Debug)]
#[non_exhaustive]
pub enum BodyError {
    /// The body is rejected, with the error
    /// [`validate_request_with`](super::validate_request_with) gives it:
    /// `ValidationError: "userProperties" is required`.
    Invalid {
        /// The error.
        error: ValidationError,
        /// The index of the entry the error lies in (a syntax error inside it, nesting
        /// too deep, a cut-off or missing entry), which was yielded as an entry or a
        /// fault: a caller that rejects it has reported the problem already.
        entry: Option<usize>,
    },
    /// A key of the body is longer than [`BodyReader::max_entry_bytes`]: `body: the key on
    /// line 3 is longer than 1048576 bytes`. Such a key is unknown, so `validate_request`
    /// rejects the body too, naming the key.
    KeyTooLarge {
        /// The 1-based line the key starts on.
        line: u64,
        /// The limit.
        limit: usize,
    },
    /// Reading the input failed: `body: cannot read the input: ...`.
    Io(io::Error),
}

impl fmt::Display for BodyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BodyError::Invalid { error, .. } => error.fmt(f),
            BodyError::KeyTooLarge { line, limit } => {
                write!(
                    f,
                    "body: the key on line {line} is longer than {limit} bytes"
                )
            }
            BodyError::Io(err) => write!(f, "body: cannot read the input: {err}"),
        }
    }
}

impl std::error::Error for BodyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BodyError::Invalid { error, .. } => Some(error),
            BodyError::Io(err) => Some(err),
            BodyError::KeyTooLarge { .. } => None,
        }
    }
}

impl From<io::Error> for BodyError {
    fn from(err: io::Error) -> Self {
        BodyError::Io(err)
    }
}

/// Where a scanned value ended.
struct Scanned {
    /// Its text in the buffer (white space trimmed; empty when skipped as too large).
    start: usize,
    end: usize,
    /// Where it ends before trimming: the reader must see the white space that a
    /// syntax error's position may count.
    raw_end: usize,
    /// Its absolute offset and 1-based line.
    offset: u64,
    line: u64,
    /// The `,` or closer after it, `None` at the end of the input.
    stop: Option<u8>,
    oversize: bool,
}

impl<R: Read> BodyReader<R> {
    /// Reads a BIK request body `{"userProperties": [...]}` with the default [`Options`].
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BodyReader;
    ///
    /// let events: Vec<_> = BodyReader::new(&br#"{"users": []}"#[..]).collect();
    /// assert_eq!(events.len(), 1);
    /// assert_eq!(
    ///     events[0].as_ref().unwrap_err().to_string(),
    ///     r#"ValidationError: "userProperties" is required"#
    /// );
    /// ```
    pub fn new(src: R) -> Self {
        Self::with_options(src, &Options::default())
    }

    /// Reads a BIK request body with `options`'s limits (entries are validated with the
    /// options given to [`RawEntry::validate`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BodyReader, Options};
    ///
    /// let body = br#"{"userProperties": [{}, {}]}"#;
    /// let events: Vec<_> = BodyReader::with_options(&body[..], &Options::new().max_entries(1)).collect();
    /// assert_eq!(
    ///     events.last().unwrap().as_ref().unwrap_err().to_string(),
    ///     r#"ValidationError: "userProperties" must contain less than or equal to 1 items"#
    /// );
    /// ```
    pub fn with_options(src: R, options: &Options) -> Self {
        Self::start(src, options, Mode::Body)
    }

    /// Reads a JSON array of entries `[...]` with the default [`Options`]; anything else
    /// is `"value" must be an array`. Entries are one level deep, and the array's errors
    /// are labelled `"value"` (`"value" must contain less than or equal to 10000 items`).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BodyEvent, BodyReader};
    ///
    /// let events = BodyReader::array(&b"[{\"a\": 1},\n 7]"[..]).collect::<Result<Vec<_>, _>>()?;
    /// let BodyEvent::Entry(second) = &events[1] else { panic!() };
    /// assert_eq!((second.index(), second.line(), second.as_bytes()), (1, 2, &b"7"[..]));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn array(src: R) -> Self {
        Self::array_with_options(src, &Options::default())
    }

    /// Reads a JSON array of entries with `options`'s limits.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BodyReader, Options};
    ///
    /// let events: Vec<_> = BodyReader::array_with_options(&b"{}"[..], &Options::new()).collect();
    /// assert_eq!(events[0].as_ref().unwrap_err().to_string(), r#"ValidationError: "value" must be an array"#);
    /// ```
    pub fn array_with_options(src: R, options: &Options) -> Self {
        Self::start(src, options, Mode::Array)
    }

    fn start(src: R, options: &Options, mode: Mode) -> Self {
        BodyReader {
            src,
            buf: Vec::new(),
            scratch: Box::default(),
            pos: 0,
            base: 0,
            eof: false,
            cursor: Position::default(),
            utf8: Utf8Check::default(),
            options: options.clone(),
            max_entry_bytes: DEFAULT_MAX_ENTRY_BYTES,
            mode,
            state: State::Start,
            index: 0,
            user_properties: None,
            unknown_index: None,
            unknown_other: None,
            first_error: None,
            error_entry: None,
            entered: false,
        }
    }

    /// The most bytes one entry (or one other value of the body) may take in memory;
    /// 1 MiB by default. A longer entry is a [`FaultKind::TooLarge`] fault.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BodyEvent, BodyReader, FaultKind};
    ///
    /// let body = br#"[{"firstName": "a long name"}, {}]"#;
    /// let events = BodyReader::array(&body[..]).max_entry_bytes(16).collect::<Result<Vec<_>, _>>()?;
    /// let BodyEvent::Fault(fault) = &events[0] else { panic!() };
    /// assert_eq!(fault.kind(), FaultKind::TooLarge { limit: 16 });
    /// assert!(matches!(&events[1], BodyEvent::Entry(e) if e.index() == 1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn max_entry_bytes(mut self, max_entry_bytes: usize) -> Self {
        self.max_entry_bytes = max_entry_bytes;
        self
    }

    /// The number of bytes read from the source so far.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::BodyReader;
    ///
    /// let mut reader = BodyReader::array(&b"[1, 2]"[..]);
    /// reader.by_ref().for_each(drop);
    /// assert_eq!(reader.bytes_read(), 6);
    /// ```
    pub fn bytes_read(&self) -> u64 {
        self.base + self.buf.len() as u64
    }

    // -----------------------------------------------------------------------------------
    // Input

    /// Reads more input, first dropping the bytes before `keep` (indices shift down by
    /// `keep`). Returns whether bytes came; sets `eof` when not.
    fn fill(&mut self, keep: usize) -> io::Result<bool> {
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
    fn peek(&mut self) -> io::Result<Option<u8>> {
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
    fn move_cursor(&mut self, to: u64) {
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
    fn line_column(&mut self, at: u64) -> (usize, usize) {
        self.move_cursor(at);
        (
            self.cursor.line as usize + 1,
            self.cursor.column as usize + 1,
        )
    }

    fn check_utf8(&mut self, from: usize) {
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

    fn check_utf8_end(&mut self) {
        if self.utf8.error.is_none() && !self.utf8.pending.is_empty() {
            self.utf8_error(self.utf8.pending_at);
        }
    }

    #[cold]
    fn utf8_error(&mut self, at: u64) {
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
    fn fail(&mut self, kind: ValidationErrorKind) {
        if self.first_error.is_none() {
            self.first_error = Some(ValidationError::new(kind, Path::root()));
        }
    }

    /// Records a syntax error at absolute offset `at`.
    fn syntax(&mut self, at: u64) {
        if self.first_error.is_none() {
            let (line, column) = self.line_column(at);
            self.fail(ValidationErrorKind::InvalidJson { line, column });
        }
    }

    /// Records a reader's error on the text at `offset`.
    fn read_failed(&mut self, err: ReadError, offset: u64) {
        match err {
            ReadError::Syntax { offset: at } => self.syntax(offset + at as u64),
            ReadError::TooDeep { .. } => self.fail(ValidationErrorKind::TooDeep {
                limit: self.options.max_depth,
            }),
        }
    }

    /// A syntax error in the body's own structure: the rest cannot be read.
    fn broken(&mut self, at: u64) -> State {
        self.syntax(at);
        State::Drain
    }

    /// Enters an array or object `levels` deep; false (and the error) past the limit.
    fn enter(&mut self, levels: usize) -> bool {
        if levels > self.options.max_depth {
            self.fail(ValidationErrorKind::TooDeep {
                limit: self.options.max_depth,
            });
            return false;
        }
        true
    }

    // -----------------------------------------------------------------------------------
    // Values

    /// Scans the value at the next non-blank byte up to the `,` or `close` that ends it
    /// (not consumed), keeping its text in the buffer unless it is over the limit.
    fn scan_value(&mut self, close: u8) -> io::Result<Scanned> {
        self.peek()?;
        let offset = self.base + self.pos as u64;
        self.move_cursor(offset);
        let line = self.cursor.line + 1;
        let mut start = self.pos;
        let mut scan = Scan::default();
        let mut scanned = self.pos;
        let mut oversize = false;
        loop {
            let rest = self.buf.get(scanned..).unwrap_or_default();
            if let Some(i) = scan.find_end(rest, close) {
                let end = scanned + i;
                oversize |= end - start > self.max_entry_bytes;
                self.pos = end;
                let stop = self.buf.get(end).copied();
                let (start, raw_end) = if oversize { (end, end) } else { (start, end) };
                let end = start
                    + self
                        .buf
                        .get(start..raw_end)
                        .unwrap_or_default()
                        .iter()
                        .rposition(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
                        .map_or(0, |n| n + 1);
                return Ok(Scanned {
                    start,
                    end,
                    raw_end,
                    offset,
                    line,
                    stop,
                    oversize,
                });
            }
            scanned = self.buf.len();
            if scanned - start > self.max_entry_bytes {
                oversize = true;
                start = scanned;
            }
            self.pos = start;
            let keep = start;
            if !self.fill(keep)? {
                self.pos = self.buf.len();
                let len = self.buf.len();
                let (start, end) = if oversize {
                    (len, len)
                } else {
                    let start = start - keep;
                    let text = self.buf.get(start..).unwrap_or_default();
                    let n = text
                        .iter()
                        .rposition(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
                        .map_or(0, |n| n + 1);
                    (start, start + n)
                };
                return Ok(Scanned {
                    start,
                    end,
                    raw_end: len,
                    offset,
                    line,
                    stop: None,
                    oversize,
                });
            }
            start -= keep;
            scanned -= keep;
        }
    }

    /// Checks that a scanned value other than an entry is JSON (`levels` deep).
    fn check_value(&mut self, value: &Scanned, levels: usize) {
        if value.oversize || self.first_error.is_some() {
            return;
        }
        let text = self.buf.get(value.start..value.raw_end).unwrap_or_default();
        let limit = self.options.max_depth.saturating_sub(levels);
        let result = Reader::new(text, limit).and_then(|mut r| {
            r.skip()?;
            r.finish()
        });
        if let Err(err) = result {
            self.read_failed(err, value.offset);
        }
    }

    // -----------------------------------------------------------------------------------
    // The states

    fn step(&mut self) -> io::Result<Option<BodyEvent>> {
        self.state = match self.state {
            State::Start => self.start_document()?,
            State::Member { first } => return self.member(first),
            State::AfterMember => match self.peek()? {
                Some(b',') => {
                    self.pos += 1;
                    State::Member { first: false }
                }
                Some(b'}') => {
                    self.pos += 1;
                    State::AfterDocument
                }
                _ => self.broken(self.base + self.pos as u64),
            },
            State::Entries { first } => return self.entry(first),
            State::AfterDocument => match self.peek()? {
                None => State::Finish,
                Some(_) => self.broken(self.base + self.pos as u64),
            },
            State::Drain => {
                self.pos = self.buf.len();
                while self.fill(self.pos)? {
                    self.pos = self.buf.len();
                }
                State::Finish
            }
            State::Finish | State::Done => State::Done,
        };
        Ok(None)
    }

    fn start_document(&mut self) -> io::Result<State> {
        let (open, levels) = match self.mode {
            Mode::Body => (b'{', 1),
            Mode::Array => (b'[', 1),
        };
        match self.peek()? {
            Some(b) if b == open => {
                self.pos += 1;
                self.entered = true;
                if !self.enter(levels) {
                    return Ok(State::Drain);
                }
                Ok(match self.mode {
                    Mode::Body => State::Member { first: true },
                    Mode::Array => State::Entries { first: true },
                })
            }
            None => Ok(self.broken(self.base + self.pos as u64)),
            Some(_) => {
                // Not the expected kind: it must still be JSON to the end, then it is
                // "must be of type object" / "must be an array".
                let value = self.scan_value(0)?;
                self.check_value(&value, 0);
                if let Some(b',') = value.stop {
                    return Ok(self.broken(self.base + self.pos as u64));
                }
                // The whole rest was read (unchecked past the limit).
                Ok(State::Finish)
            }
        }
    }

    fn member(&mut self, first: bool) -> io::Result<Option<BodyEvent>> {
        match self.peek()? {
            Some(b'}') if first => {
                self.pos += 1;
                self.state = State::AfterDocument;
                return Ok(None);
            }
            Some(b'"') => {}
            _ => {
                self.state = self.broken(self.base + self.pos as u64);
                return Ok(None);
            }
        }
        let Some(key) = self.key()? else {
            return Ok(None);
        };
        if self.peek()? != Some(b':') {
            self.state = self.broken(self.base + self.pos as u64);
            return Ok(None);
        }
        self.pos += 1;
        let next = self.peek()?;
        let mut event = None;
        if key.as_deref() == Some(USER_PROPERTIES) {
            if self.user_properties == Some(Held::Array) && self.index > 0 {
                event = Some(BodyEvent::Superseded);
            }
            self.index = 0;
            if next == Some(b'[') {
                self.pos += 1;
                self.user_properties = Some(Held::Array);
                self.state = if self.enter(2) {
                    State::Entries { first: true }
                } else {
                    State::Drain
                };
                return Ok(event);
            }
            self.user_properties = Some(Held::NotArray);
        }
        let value = self.scan_value(b'}')?;
        self.check_value(&value, 1);
        self.state = match value.stop {
            None => self.broken(self.base + self.buf.len() as u64),
            Some(_) => State::AfterMember,
        };
        if self.first_error.is_none() {
            self.remember_unknown(key);
        }
        Ok(event)
    }

    /// Reads a key of the body (its `"` is next): `Some(None)` for a key over the limit,
    /// `None` when the body is broken there.
    fn key(&mut self) -> io::Result<Option<Option<String>>> {
        let offset = self.base + self.pos as u64;
        let mut start = self.pos;
        let mut scan = Scan::in_string();
        let mut scanned = self.pos + 1;
        let mut oversize = false;
        let end = loop {
            let rest = self.buf.get(scanned..).unwrap_or_default();
            if let Some(i) = scan.string_end(rest) {
                let end = scanned + i + 1;
                if !oversize && end - start > self.max_entry_bytes {
                    oversize = true;
                    self.move_cursor(offset);
                }
                break end;
            }
            scanned = self.buf.len();
            if !oversize && scanned - start > self.max_entry_bytes {
                oversize = true;
                self.move_cursor(offset);
            }
            let keep = if oversize { scanned } else { start };
            self.pos = keep;
            if !self.fill(keep)? {
                self.state = self.broken(self.base + self.buf.len() as u64);
                return Ok(None);
            }
            start -= keep.min(start);
            scanned -= keep;
        };
        self.pos = end;
        if oversize {
            let line = self.cursor.line + 1;
            if self.unknown_other.is_none() {
                self.unknown_other = Some(Unknown::TooLarge { line });
            }
            return Ok(Some(None));
        }
        let text = self.buf.get(start..end).unwrap_or_default();
        let name = Reader::new(text, 1).and_then(|mut r| r.value());
        match name {
            Ok(Json::String(name) | Json::Unpaired(name)) => Ok(Some(Some(name.into_owned()))),
            Ok(_) => Ok(Some(None)),
            Err(err) => {
                self.read_failed(err, offset);
                self.state = State::Drain;
                Ok(None)
            }
        }
    }

    fn remember_unknown(&mut self, key: Option<String>) {
        let Some(key) = key else { return };
        if key == USER_PROPERTIES || key == PROTO {
            return;
        }
        if json::is_array_index(&key) {
            let n = key.parse::<u64>().unwrap_or(u64::MAX);
            if self.unknown_index.as_ref().is_none_or(|(m, _)| n < *m) {
                self.unknown_index = Some((n, key));
            }
        } else if self.unknown_other.is_none() {
            self.unknown_other = Some(Unknown::Key(key));
        }
    }

    fn entry(&mut self, first: bool) -> io::Result<Option<BodyEvent>> {
        let index = self.index;
        let clean = self.first_error.is_none();
        let event = self.read_entry(first)?;
        if clean && self.first_error.is_some() && event.is_some() {
            let limit_error = self
                .first_error
                .as_ref()
                .is_some_and(|e| matches!(e.kind(), ValidationErrorKind::TooManyItems { .. }));
            if !limit_error {
                self.error_entry = Some(index);
            }
        }
        Ok(event)
    }

    fn read_entry(&mut self, first: bool) -> io::Result<Option<BodyEvent>> {
        let next = self.peek()?;
        let at = self.base + self.pos as u64;
        if next == Some(b']') && first {
            self.pos += 1;
            self.state = self.after_entries();
            return Ok(None);
        }
        let index = self.index;
        if next.is_none() {
            self.state = self.broken(at);
            if first {
                return Ok(None);
            }
            self.index += 1;
            let line = self.line_column(at).0 as u64;
            return Ok(Some(self.fault(
                index,
                line,
                at,
                FaultKind::Truncated,
                Vec::new(),
            )));
        }
        if index >= self.options.max_entries && self.first_error.is_none() {
            let limit = self.options.max_entries;
            self.first_error = Some(ValidationError::new(
                ValidationErrorKind::TooManyItems { limit },
                self.array_path(),
            ));
        }
        let value = self.scan_value(b']')?;
        self.index += 1;
        self.state = match value.stop {
            Some(b',') => {
                self.pos += 1;
                State::Entries { first: false }
            }
            Some(_) => {
                self.pos += 1;
                self.after_entries()
            }
            None => State::Drain,
        };
        let text = self
            .buf
            .get(value.start..value.end)
            .unwrap_or_default()
            .to_vec();
        if value.stop.is_none() {
            // Cut off by the end of the input; its own text tells where JSON stops.
            let eof = self.base + self.buf.len() as u64;
            if !value.oversize {
                self.check_value(&value, self.levels());
            }
            self.syntax(eof);
            return Ok(Some(self.fault(
                index,
                value.line,
                value.offset,
                FaultKind::Truncated,
                text,
            )));
        }
        if value.oversize {
            let limit = self.max_entry_bytes;
            return Ok(Some(self.fault(
                index,
                value.line,
                value.offset,
                FaultKind::TooLarge { limit },
                Vec::new(),
            )));
        }
        if text.is_empty() {
            self.syntax(value.offset);
            return Ok(Some(self.fault(
                index,
                value.line,
                value.offset,
                FaultKind::Empty,
                text,
            )));
        }
        self.check_value(&value, self.levels());
        Ok(Some(BodyEvent::Entry(RawEntry {
            index,
            line: value.line,
            offset: value.offset,
            text,
            levels: self.levels(),
        })))
    }

    fn fault(
        &self,
        index: usize,
        line: u64,
        offset: u64,
        kind: FaultKind,
        text: Vec<u8>,
    ) -> BodyEvent {
        BodyEvent::Fault(EntryFault {
            index,
            line,
            offset,
            kind,
            text,
        })
    }

    /// Levels enclosing an entry.
    fn levels(&self) -> usize {
        match self.mode {
            Mode::Body => 2,
            Mode::Array => 1,
        }
    }

    fn array_path(&self) -> Path {
        match self.mode {
            Mode::Body => Path::key(USER_PROPERTIES),
            Mode::Array => Path::root(),
        }
    }

    fn after_entries(&self) -> State {
        match self.mode {
            Mode::Body => State::AfterMember,
            Mode::Array => State::AfterDocument,
        }
    }

    /// The body's verdict, in `validate_request_with`'s order.
    fn verdict(&mut self) -> Result<(), BodyError> {
        let invalid = |kind, path| {
            Err(BodyError::Invalid {
                error: ValidationError::new(kind, path),
                entry: None,
            })
        };
        if self.bytes_read() > self.options.max_body_bytes as u64 {
            return Err(BodyError::Invalid {
                error: too_large(&self.options),
                entry: None,
            });
        }
        if let Some(error) = self.utf8.error.take() {
            return Err(BodyError::Invalid { error, entry: None });
        }
        if let Some(error) = self.first_error.take() {
            return Err(BodyError::Invalid {
                error,
                entry: self.error_entry,
            });
        }
        match (self.mode, self.user_properties) {
            (Mode::Array, _) if self.entered => return Ok(()),
            (Mode::Array, _) => return invalid(ValidationErrorKind::NotAnArray, Path::root()),
            (Mode::Body, _) if !self.entered => {
                return invalid(ValidationErrorKind::NotAnObject, Path::root())
            }
            (Mode::Body, None) => {
                return invalid(ValidationErrorKind::Required, Path::key(USER_PROPERTIES))
            }
            (Mode::Body, Some(Held::NotArray)) => {
                return invalid(ValidationErrorKind::NotAnArray, Path::key(USER_PROPERTIES))
            }
            (Mode::Body, Some(Held::Array)) => {}
        }
        if let Some((_, key)) = self.unknown_index.take() {
            return invalid(ValidationErrorKind::UnknownKey, Path::key(&key));
        }
        match self.unknown_other.take() {
            Some(Unknown::Key(key)) => invalid(ValidationErrorKind::UnknownKey, Path::key(&key)),
            Some(Unknown::TooLarge { line }) => Err(BodyError::KeyTooLarge {
                line,
                limit: self.max_entry_bytes,
            }),
            None => Ok(()),
        }
    }
}

impl<R: Read> Iterator for BodyReader<R> {
    type Item = Result<BodyEvent, BodyError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            match self.state {
                State::Done => return None,
                State::Finish => {
                    self.state = State::Done;
                    return self.verdict().err().map(Err);
                }
                _ => match self.step() {
                    Ok(Some(event)) => return Some(Ok(event)),
                    Ok(None) => {}
                    Err(err) => {
                        self.state = State::Done;
                        return Some(Err(BodyError::Io(err)));
                    }
                },
            }
        }
    }
}

impl RawEntry {
    /// The entry's position in its array (from 0; counted again from 0 after
    /// [`BodyEvent::Superseded`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BodyEvent, BodyReader};
    ///
    /// let Some(Ok(BodyEvent::Entry(entry))) = BodyReader::array(&b"[1]"[..]).next() else { panic!() };
    /// assert_eq!(entry.index(), 0);
    /// ```
    pub fn index(&self) -> usize {
        self.index
    }

    /// The 1-based line of the input the entry starts on.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BodyEvent, BodyReader};
    ///
    /// let Some(Ok(BodyEvent::Entry(entry))) = BodyReader::array(&b"[\n\n1]"[..]).next() else { panic!() };
    /// assert_eq!(entry.line(), 3);
    /// ```
    pub fn line(&self) -> u64 {
        self.line
    }

    /// The byte offset of the entry's first byte in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BodyEvent, BodyReader};
    ///
    /// let Some(Ok(BodyEvent::Entry(entry))) = BodyReader::array(&b"[  1]"[..]).next() else { panic!() };
    /// assert_eq!(entry.offset(), 3);
    /// ```
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// The entry's text exactly as sent, without the white space around it. It is not
    /// necessarily JSON, nor UTF-8: [`validate`](Self::validate) says.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BodyEvent, BodyReader};
    ///
    /// let Some(Ok(BodyEvent::Entry(entry))) = BodyReader::array(&b"[ {\"a\" : 1} ]"[..]).next() else { panic!() };
    /// assert_eq!(entry.as_bytes(), br#"{"a" : 1}"#);
    /// ```
    pub fn as_bytes(&self) -> &[u8] {
        &self.text
    }

    /// The entry's text, as [`as_bytes`](Self::as_bytes), without a copy.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BodyEvent, BodyReader};
    ///
    /// let Some(Ok(BodyEvent::Entry(entry))) = BodyReader::array(&b"[7]"[..]).next() else { panic!() };
    /// assert_eq!(entry.into_bytes(), b"7");
    /// ```
    pub fn into_bytes(self) -> Vec<u8> {
        self.text
    }

    /// Validates the entry with `options`, with the answer
    /// [`validate_request_with`](super::validate_request_with) gives it in its body.
    ///
    /// # Errors
    ///
    /// The entry, its index and its report, as in [`BulkOutcome::invalid`]: e.g.
    /// `"emial" is not allowed`. Text that is not JSON is `"value" must be valid JSON
    /// (line L, column C)`, counted within the entry (the body's error, at the end,
    /// counts in the body); nesting beyond [`Options::max_depth`] (counted from the body)
    /// is `"value" must not be nested more than N levels deep`.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BodyEvent, BodyReader, Options};
    ///
    /// let body = br#"{"userProperties": [{"firstName": "A", "lastName": "B", "tags": "x"}]}"#;
    /// let Some(Ok(BodyEvent::Entry(entry))) = BodyReader::new(&body[..]).next() else { panic!() };
    /// let invalid = entry.validate(&Options::new()).unwrap_err();
    /// assert_eq!(invalid.error().to_string(), r#"ValidationError: "tags" must be an array"#);
    /// ```
    // The error is what `BulkOutcome::invalid` holds, moved straight into such a list;
    // boxing it would cost an allocation per invalid entry for nothing.
    #[allow(clippy::result_large_err)]
    pub fn validate(&self, options: &Options) -> Result<UserProperty, InvalidEntry> {
        let read = || -> Result<_, ReadError> {
            let limit = options.max_depth.saturating_sub(self.levels);
            let mut reader = Reader::new(&self.text, limit)?;
            let result = read_entry(&mut reader, options)?;
            reader.finish()?;
            Ok(result)
        };
        let report = match read() {
            Ok(Ok(property)) => return Ok(property),
            Ok(Err(report)) => report,
            Err(ReadError::TooDeep { .. }) => ValidationError::new(
                ValidationErrorKind::TooDeep {
                    limit: options.max_depth,
                },
                Path::root(),
            )
            .into(),
            Err(err) => read_error(err, &self.text).into(),
        };
        Err(InvalidEntry {
            index: self.index,
            entry: String::from_utf8_lossy(&self.text).into(),
            report,
        })
    }
}

impl EntryFault {
    /// The entry's position in its array.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BodyEvent, BodyReader};
    ///
    /// let events: Vec<_> = BodyReader::array(&b"[1,,2]"[..]).collect();
    /// let Ok(BodyEvent::Fault(fault)) = &events[1] else { panic!() };
    /// assert_eq!(fault.index(), 1);
    /// ```
    pub fn index(&self) -> usize {
        self.index
    }

    /// The 1-based line the entry starts on (for a missing entry, where it was expected).
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BodyEvent, BodyReader};
    ///
    /// let events: Vec<_> = BodyReader::array(&b"[1,\n{"[..]).collect();
    /// let Ok(BodyEvent::Fault(fault)) = &events[1] else { panic!() };
    /// assert_eq!(fault.line(), 2);
    /// ```
    pub fn line(&self) -> u64 {
        self.line
    }

    /// The byte offset where the entry starts.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BodyEvent, BodyReader};
    ///
    /// let events: Vec<_> = BodyReader::array(&b"[1, {"[..]).collect();
    /// let Ok(BodyEvent::Fault(fault)) = &events[1] else { panic!() };
    /// assert_eq!(fault.offset(), 4);
    /// ```
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// Why the entry could not be read.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BodyEvent, BodyReader, FaultKind};
    ///
    /// let events: Vec<_> = BodyReader::array(&b"[1,]"[..]).collect();
    /// let Ok(BodyEvent::Fault(fault)) = &events[1] else { panic!() };
    /// assert_eq!(fault.kind(), FaultKind::Empty);
    /// ```
    pub fn kind(&self) -> FaultKind {
        self.kind
    }

    /// What was read of a cut-off entry ([`FaultKind::Truncated`]); empty otherwise.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BodyEvent, BodyReader};
    ///
    /// let events: Vec<_> = BodyReader::array(&b"[1, {\"a\":\n"[..]).collect();
    /// let Ok(BodyEvent::Fault(fault)) = &events[1] else { panic!() };
    /// assert_eq!(fault.as_bytes(), br#"{"a":"#);
    /// ```
    pub fn as_bytes(&self) -> &[u8] {
        &self.text
    }
}

impl fmt::Display for EntryFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

/// Validates a whole request body read from `src`, with the same answer as
/// [`validate_request_with`](super::validate_request_with) on the same bytes, holding one
/// entry at a time (plus the outcome) instead of the body.
///
/// # Errors
///
/// [`BodyError::Invalid`] with `validate_request_with`'s error, [`BodyError::Io`] when
/// `src` fails, [`BodyError::KeyTooLarge`] for a body key longer than
/// [`Options::max_body_bytes`].
///
/// # Examples
///
/// ```
/// use contactkit::user_properties::{validate_request_reader, Options};
///
/// let body = std::io::Cursor::new(br#"{"userProperties":[{"firstName":"A","lastName":"B"}, 7]}"#);
/// let outcome = validate_request_reader(body, &Options::new())?;
/// assert_eq!((outcome.valid().len(), outcome.invalid().len()), (1, 1));
///
/// let err = validate_request_reader(&b"{}"[..], &Options::new()).unwrap_err();
/// assert_eq!(err.to_string(), r#"ValidationError: "userProperties" is required"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn validate_request_reader<R: Read>(
    src: R,
    options: &Options,
) -> Result<BulkOutcome, BodyError> {
    let mut outcome = BulkOutcome {
        valid: Vec::new(),
        invalid: Vec::new(),
    };
    let reader = BodyReader::with_options(src, options).max_entry_bytes(options.max_body_bytes);
    for event in reader {
        match event? {
            BodyEvent::Entry(entry) => match entry.validate(options) {
                Ok(property) => outcome.valid.push(ValidEntry {
                    index: entry.index,
                    property,
                }),
                Err(invalid) => outcome.invalid.push(invalid),
            },
            // A fault always comes with a body error: an entry over the body limit, cut
            // off, or missing.
            BodyEvent::Fault(_) => {}
            BodyEvent::Superseded => {
                outcome.valid.clear();
                outcome.invalid.clear();
            }
        }
    }
    Ok(outcome)
}
