//! Reading a request body from a byte stream, one entry at a time, in bounded memory.

use std::fmt;
use std::io::{self, Read};

use crate::models::json::{self, Json, ReadError, Reader, Scan};
use crate::models::sink::{read_error, too_deep, too_large};
use crate::models::{Path, ValidationError, ValidationErrorKind};

use super::validate::{read_whole_entry, PROTO, USER_PROPERTIES};
use super::{BulkOutcome, InvalidEntry, Options, UserProperty, ValidEntry};

/// Bytes asked of the source per read.
const CHUNK: usize = 64 * 1024;

/// The default [`BodyReader::max_entry_bytes`]: 1 MiB.
pub const DEFAULT_MAX_ENTRY_BYTES: usize = 1 << 20;

mod document;
mod error;
mod event;
mod input;

pub use error::BodyError;
pub use event::{BodyEvent, EntryFault, FaultKind, RawEntry};

use event::Deferred;

use input::{Position, Utf8Check};

/// Reads a BIK request body (or a JSON array of entries) from any [`Read`], yielding each
/// entry's raw JSON text as soon as it has been read, and the body's verdict at the end.
///
/// It decides what a body is exactly as [`BulkOutcome::from_json_with`](crate::user_properties::BulkOutcome::from_json_with)
/// does, without holding the body: keys in any order, the last `userProperties` wins
/// (see [`BodyEvent::Superseded`]), `__proto__` is neither read nor reported, any other
/// key is `"x" is not allowed` after the `userProperties` checks, and the same limits
/// ([`Options::max_body_bytes`], [`Options::max_entries`], [`Options::max_depth`]). With
/// the same options, a body is accepted by one if and only if by the other, with the
/// same entries, and a rejected body ends with the same error (see
/// [`BulkOutcome::from_reader`](crate::user_properties::BulkOutcome::from_reader)). The one difference is [`max_entry_bytes`](Self::max_entry_bytes).
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
/// // A body error comes last, with BulkOutcome::from_json's message.
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
    /// Entries are yielded without checking that they are JSON ([`BodyReader::defer_syntax`]).
    defer_syntax: bool,
    /// The verdict was reached after the UTF-8 and size checks: a deferred entry's syntax
    /// error comes before it ([`BodyReader::settle`]).
    entries_first: bool,
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
            defer_syntax: false,
            entries_first: false,
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

    /// Leaves checking that each entry is JSON to whoever validates it, which parses it
    /// anyway: the reader only finds where each entry ends, and a thread reading for
    /// workers does half the work. Off by default.
    ///
    /// An entry whose check was left ([`RawEntry::is_checked`] is false) and turns out
    /// not to be JSON rejects the body, ahead of any error the reader reports after it:
    /// the caller finds it with [`RawEntry::syntax_error`] (needed only for an entry
    /// that failed validation) and gives the first one, in reading order, to
    /// [`settle`](Self::settle) with the reader's own verdict. Entries nested deeper
    /// than the limit are still checked by the reader, and so is every entry once the
    /// body has an error.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BodyEvent, BodyReader, Options};
    ///
    /// let body = br#"{"userProperties": [{}, {"a": tru}], "x": 1}"#;
    /// let options = Options::new();
    /// let mut reader = BodyReader::new(&body[..]).defer_syntax(true);
    /// let (mut first, mut verdict) = (None, None);
    /// for event in reader.by_ref() {
    ///     match event {
    ///         Ok(BodyEvent::Entry(entry)) => {
    ///             if entry.validate(&options).is_err() && first.is_none() {
    ///                 first = entry.syntax_error();
    ///             }
    ///         }
    ///         Ok(_) => {}
    ///         Err(err) => verdict = Some(err),
    ///     }
    /// }
    /// // The reader alone saw "x"; the entry's syntax error comes first.
    /// assert_eq!(verdict.as_ref().unwrap().to_string(), r#"ValidationError: "x" is not allowed"#);
    /// let error = reader.settle(verdict, first).unwrap();
    /// assert_eq!(
    ///     error.to_string(),
    ///     r#"ValidationError: "value" must be valid JSON (line 1, column 31)"#
    /// );
    /// // As a reader that checks every entry says.
    /// let checked = BodyReader::new(&body[..]).last().unwrap().unwrap_err();
    /// assert_eq!(checked.to_string(), error.to_string());
    /// ```
    pub fn defer_syntax(mut self, defer: bool) -> Self {
        self.defer_syntax = defer;
        self
    }

    /// The body's verdict once the entries whose check was deferred
    /// ([`defer_syntax`](Self::defer_syntax)) are checked: `verdict` is the reader's (its
    /// last item, `None` when it ended without an error) and `entry_error` the first
    /// [`RawEntry::syntax_error`] in reading order. The entry's error wins, except over an
    /// I/O error, a body over [`Options::max_body_bytes`] or one that is not UTF-8, which
    /// the body reports first. Call it once the reader has ended.
    ///
    /// # Examples
    ///
    /// See [`defer_syntax`](Self::defer_syntax).
    pub fn settle(
        &self,
        verdict: Option<BodyError>,
        entry_error: Option<BodyError>,
    ) -> Option<BodyError> {
        match (verdict, entry_error) {
            (Some(BodyError::Io(err)), _) => Some(BodyError::Io(err)),
            (verdict, None) => verdict,
            (Some(verdict), Some(_)) if !self.entries_first => Some(verdict),
            (_, Some(entry_error)) => Some(entry_error),
        }
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

impl BulkOutcome {
    /// Validates a whole request body read from `src`, with the same answer as
    /// [`BulkOutcome::from_json_with`](crate::user_properties::BulkOutcome::from_json_with) on the same bytes, holding one
    /// entry at a time (plus the outcome) instead of the body.
    ///
    /// # Errors
    ///
    /// [`BodyError::Invalid`] with `BulkOutcome::from_json_with`'s error, [`BodyError::Io`] when
    /// `src` fails, [`BodyError::KeyTooLarge`] for a body key longer than
    /// [`Options::max_body_bytes`].
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BulkOutcome, Options};
    ///
    /// let body = std::io::Cursor::new(br#"{"userProperties":[{"firstName":"A","lastName":"B"}, 7]}"#);
    /// let outcome = BulkOutcome::from_reader(body, &Options::new())?;
    /// assert_eq!((outcome.valid().len(), outcome.invalid().len()), (1, 1));
    ///
    /// let err = BulkOutcome::from_reader(&b"{}"[..], &Options::new()).unwrap_err();
    /// assert_eq!(err.to_string(), r#"ValidationError: "userProperties" is required"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_reader<R: Read>(src: R, options: &Options) -> Result<BulkOutcome, BodyError> {
        let mut outcome = BulkOutcome {
            valid: Vec::new(),
            invalid: Vec::new(),
        };
        // Each entry is parsed once, by its validation; the reader only finds its end.
        let mut reader = BodyReader::with_options(src, options)
            .max_entry_bytes(options.common.max_body_bytes)
            .defer_syntax(true);
        let mut entry_error = None;
        let mut verdict = None;
        for event in reader.by_ref() {
            let event = match event {
                Ok(event) => event,
                Err(err) => {
                    verdict = Some(err);
                    break;
                }
            };
            match event {
                BodyEvent::Entry(entry) => match entry.validate(options) {
                    Ok(property) => outcome.valid.push(ValidEntry {
                        index: entry.index,
                        property,
                    }),
                    Err(invalid) => {
                        if entry_error.is_none() {
                            entry_error = entry.syntax_error();
                        }
                        outcome.invalid.push(invalid);
                    }
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
        match reader.settle(verdict, entry_error) {
            Some(err) => Err(err),
            None => Ok(outcome),
        }
    }
}
