//! What the reader yields: an entry's raw text, a fault that spoils one entry, or the
//! news that a later `userProperties` key superseded the entries so far.

#[allow(unused_imports)]
use super::*;

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
    pub(super) index: usize,
    pub(super) line: u64,
    pub(super) offset: u64,
    /// The entry's text; for a deferred entry, followed by the white space after it.
    pub(super) text: Vec<u8>,
    /// The length of the entry's own text in `text` (`usize::MAX`: all of it).
    pub(super) len: usize,
    /// Levels enclosing the entry (2 in a body, 1 in an array).
    pub(super) levels: usize,
    /// Set when the reader left checking that the text is JSON to the caller.
    pub(super) deferred: Option<Deferred>,
}

/// What an entry whose check was deferred needs to place its syntax error in the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Deferred {
    /// The body's line and column at the entry's first byte.
    pub(super) start: Position,
    /// The body's depth limit.
    pub(super) max_depth: usize,
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
    pub(super) index: usize,
    pub(super) line: u64,
    pub(super) offset: u64,
    pub(super) kind: FaultKind,
    pub(super) text: Vec<u8>,
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
        self.text.get(..self.len).unwrap_or(&self.text)
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
    pub fn into_bytes(mut self) -> Vec<u8> {
        self.text.truncate(self.len);
        self.text
    }

    /// Whether the reader checked that the entry is JSON: always, unless
    /// [`BodyReader::defer_syntax`] left it to the caller.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BodyEvent, BodyReader};
    ///
    /// let Some(Ok(BodyEvent::Entry(entry))) = BodyReader::array(&b"[7]"[..]).next() else { panic!() };
    /// assert!(entry.is_checked());
    /// let mut reader = BodyReader::array(&b"[7]"[..]).defer_syntax(true);
    /// let Some(Ok(BodyEvent::Entry(entry))) = reader.next() else { panic!() };
    /// assert!(!entry.is_checked());
    /// ```
    pub fn is_checked(&self) -> bool {
        self.deferred.is_none()
    }

    /// For an entry the reader did not check ([`is_checked`](Self::is_checked) is false),
    /// the body's error when its text is not JSON, as the reader would have reported it
    /// (`"value" must be valid JSON (line L, column C)`, counted in the body, with the
    /// entry's index); `None` when it is JSON or was checked. It parses the text: call
    /// it only for an entry that failed [`validate`](Self::validate) or another parse.
    ///
    /// # Examples
    ///
    /// ```
    /// use contactkit::user_properties::{BodyEvent, BodyReader};
    ///
    /// let mut reader = BodyReader::array(&b"[1,\n {\"a\": 1,}]"[..]).defer_syntax(true);
    /// let Some(Ok(BodyEvent::Entry(first))) = reader.next() else { panic!() };
    /// assert!(first.syntax_error().is_none());
    /// let Some(Ok(BodyEvent::Entry(second))) = reader.next() else { panic!() };
    /// assert_eq!(
    ///     second.syntax_error().unwrap().to_string(),
    ///     r#"ValidationError: "value" must be valid JSON (line 2, column 10)"#
    /// );
    /// ```
    pub fn syntax_error(&self) -> Option<BodyError> {
        let deferred = self.deferred?;
        let limit = deferred.max_depth.saturating_sub(self.levels);
        let result = Reader::new(&self.text, limit).and_then(|mut r| {
            r.skip()?;
            r.finish()
        });
        let kind = match result.err()? {
            ReadError::Syntax { offset } => {
                let mut at = deferred.start;
                at.advance(self.text.get(..offset).unwrap_or(&self.text));
                ValidationErrorKind::InvalidJson {
                    line: at.line as usize + 1,
                    column: at.column as usize + 1,
                }
            }
            ReadError::TooDeep { .. } => ValidationErrorKind::TooDeep {
                limit: deferred.max_depth,
            },
        };
        Some(BodyError::Invalid {
            error: ValidationError::new(kind, Path::root()),
            entry: Some(self.index),
        })
    }

    /// Validates the entry with `options`, with the answer
    /// [`BulkOutcome::from_json_with`](crate::user_properties::BulkOutcome::from_json_with) gives it in its body.
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
        // The entry sits `levels` deep in the body: the body's limit, reported as such.
        let limit = options.common.max_depth.saturating_sub(self.levels);
        let text = self.as_bytes();
        let read = Reader::new(text, limit).and_then(|r| read_whole_entry(r, options));
        let report = match read {
            Ok(Ok(property)) => return Ok(property),
            Ok(Err(report)) => report,
            Err(ReadError::TooDeep { .. }) => too_deep(options.common.max_depth).into(),
            Err(err) => read_error(err, text).into(),
        };
        Err(InvalidEntry {
            index: self.index,
            entry: String::from_utf8_lossy(text).into(),
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
