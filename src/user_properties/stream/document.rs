//! The body's grammar: the document, its members and the entries of its array, read
//! one step at a time, and the verdict at the end.

#[allow(unused_imports)]
use super::*;

/// Where a scanned value ended.
pub(super) struct Scanned {
    /// Its text in the buffer (white space trimmed; empty when skipped as too large).
    pub(super) start: usize,
    pub(super) end: usize,
    /// Where it ends before trimming: the reader must see the white space that a
    /// syntax error's position may count.
    pub(super) raw_end: usize,
    /// Its absolute offset and 1-based line.
    pub(super) offset: u64,
    pub(super) line: u64,
    /// The `,` or closer after it, `None` at the end of the input.
    pub(super) stop: Option<u8>,
    pub(super) oversize: bool,
    /// The deepest bracket nesting in it (see `Scan::deepest`).
    pub(super) deepest: usize,
}

impl<R: Read> BodyReader<R> {
    /// Scans the value at the next non-blank byte up to the `,` or `close` that ends it
    /// (not consumed), keeping its text in the buffer unless it is over the limit.
    pub(super) fn scan_value(&mut self, close: Option<u8>) -> io::Result<Scanned> {
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
                    deepest: scan.deepest(),
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
                    deepest: scan.deepest(),
                });
            }
            start -= keep;
            scanned -= keep;
        }
    }

    /// Checks that a scanned value other than an entry is JSON (`levels` deep).
    pub(super) fn check_value(&mut self, value: &Scanned, levels: usize) {
        if value.oversize || self.first_error.is_some() {
            return;
        }
        let text = self.buf.get(value.start..value.raw_end).unwrap_or_default();
        let limit = self.options.common.max_depth.saturating_sub(levels);
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

    pub(super) fn step(&mut self) -> io::Result<Option<BodyEvent>> {
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

    pub(super) fn start_document(&mut self) -> io::Result<State> {
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
                let value = self.scan_value(None)?;
                self.check_value(&value, 0);
                // A top-level value ends at the end of the input; the scan stops early
                // only at a stray `,`, after which the rest is still read (for the UTF-8
                // check, which outranks a syntax error).
                if let Some(b',') = value.stop {
                    return Ok(self.broken(self.base + self.pos as u64));
                }
                // The whole rest was read (unchecked past the limit).
                Ok(State::Finish)
            }
        }
    }

    pub(super) fn member(&mut self, first: bool) -> io::Result<Option<BodyEvent>> {
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
        let value = self.scan_value(Some(b'}'))?;
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
    pub(super) fn key(&mut self) -> io::Result<Option<Option<String>>> {
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
                // A key cut off by the end of the input: its first error is where the
                // reader finds it (a control byte or a bad escape inside), else the end.
                let start = start - keep.min(start);
                let at = match self.buf.get(start..).map(|text| Reader::new(text, 1)) {
                    Some(Ok(mut reader)) if !oversize => match reader.value() {
                        Err(ReadError::Syntax { offset: at }) => self.base + (start + at) as u64,
                        _ => self.base + self.buf.len() as u64,
                    },
                    _ => self.base + self.buf.len() as u64,
                };
                self.state = self.broken(at);
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

    pub(super) fn remember_unknown(&mut self, key: Option<String>) {
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

    pub(super) fn entry(&mut self, first: bool) -> io::Result<Option<BodyEvent>> {
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

    pub(super) fn read_entry(&mut self, first: bool) -> io::Result<Option<BodyEvent>> {
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
        let value = self.scan_value(Some(b']'))?;
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
        let levels = self.levels();
        let max_depth = self.options.common.max_depth;
        // Deferred: only an entry that may be too deep is checked here (the scan's depth is
        // the reader's up to the first error), so that the caller's check can only find a
        // syntax error, which comes before any error the reader meets later.
        let checked = !self.defer_syntax
            || self.first_error.is_some()
            || self.cursor.offset != value.offset
            || value.deepest > max_depth.saturating_sub(levels);
        let (text, len) = if checked {
            self.check_value(&value, levels);
            (text, usize::MAX)
        } else {
            // Keep the white space after the entry: an error at the end of its text is
            // placed after it, as the reader would place it.
            let len = text.len();
            let raw = self.buf.get(value.start..value.raw_end).unwrap_or_default();
            let mut text = text;
            text.extend_from_slice(raw.get(len..).unwrap_or_default());
            (text, len)
        };
        Ok(Some(BodyEvent::Entry(RawEntry {
            index,
            line: value.line,
            offset: value.offset,
            text,
            len,
            levels,
            deferred: (!checked).then_some(Deferred {
                start: self.cursor,
                max_depth,
            }),
        })))
    }

    pub(super) fn fault(
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
    pub(super) fn levels(&self) -> usize {
        match self.mode {
            Mode::Body => 2,
            Mode::Array => 1,
        }
    }

    pub(super) fn array_path(&self) -> Path {
        match self.mode {
            Mode::Body => Path::key(USER_PROPERTIES),
            Mode::Array => Path::root(),
        }
    }

    pub(super) fn after_entries(&self) -> State {
        match self.mode {
            Mode::Body => State::AfterMember,
            Mode::Array => State::AfterDocument,
        }
    }

    /// The body's verdict, in `BulkOutcome::from_json_with`'s order.
    pub(super) fn verdict(&mut self) -> Result<(), BodyError> {
        let invalid = |kind, path| {
            Err(BodyError::Invalid {
                error: ValidationError::new(kind, path),
                entry: None,
            })
        };
        if self.bytes_read() > self.options.common.max_body_bytes as u64 {
            return Err(BodyError::Invalid {
                error: too_large(self.options.common.max_body_bytes),
                entry: None,
            });
        }
        if let Some(error) = self.utf8.error.take() {
            return Err(BodyError::Invalid { error, entry: None });
        }
        self.entries_first = true;
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
