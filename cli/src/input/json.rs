//! JSON input: a document (the library's `BodyReader`) or JSON Lines.

use super::*;

/// The elements of a JSON document's top-level array, read one at a time by the
/// library's [`BodyReader`]: a BIK request body (`{"userProperties": [...]}`, read exactly
/// as the API reads it: keys in any order, `__proto__` ignored, the last `userProperties`
/// wins) or a bare array of records.
///
/// A record that is not JSON is handed on (the validator rejects it) and reading goes
/// on; so do records over [`MAX_RECORD_BYTES`] and a record cut off by the end of the
/// input, as faults. A body the API would reject for its own structure (another key, no
/// `userProperties`, broken JSON between the records) is an input error at the end,
/// after the records before it; when the problem lies inside a record, that record is
/// rejected and the body's error is only a warning.
pub struct JsonDocument<R> {
    events: BodyReader<R>,
    /// Whether the document is an object (a request body) rather than an array.
    body: bool,
    /// The reader's verdict, reported by [`settle`](Self::settle) once the records
    /// whose syntax it left to the validator are checked.
    verdict: Option<BodyError>,
}

impl<R: Read> JsonDocument<R> {
    /// Starts reading `src` (a UTF-8 byte order mark must already be stripped): an array
    /// when `array`, else a request body.
    pub fn new(src: R, array: bool) -> Self {
        let options = user_properties::Options::new()
            .max_entries(usize::MAX)
            .max_body_bytes(usize::MAX);
        let events = if array {
            BodyReader::array_with_options(src, &options)
        } else {
            BodyReader::with_options(src, &options)
        };
        JsonDocument {
            // The validator parses every record anyway: the reader only finds where each
            // ends, so that it is not the bottleneck with several jobs (#14).
            events: events.max_entry_bytes(MAX_RECORD_BYTES).defer_syntax(true),
            body: !array,
            verdict: None,
        }
    }

    /// The next element, a fault record for one that cannot be read, `None` at the end.
    ///
    /// # Errors
    ///
    /// An I/O error, or a document whose structure is wrong outside the elements.
    pub fn next_record(&mut self) -> anyhow::Result<Option<Record>> {
        loop {
            let event = match self.events.next() {
                None => return Ok(None),
                Some(Ok(event)) => event,
                Some(Err(err @ BodyError::Io(_))) => return Err(self.fatal(err)),
                Some(Err(err)) => {
                    // A record before the error may still turn out not to be JSON.
                    self.verdict = Some(err);
                    return Ok(None);
                }
            };
            let (number, body) = match event {
                BodyEvent::Entry(entry) => (entry.line(), Body::Entry(entry)),
                BodyEvent::Fault(fault) => {
                    let (echo, message) = match fault.kind() {
                        FaultKind::TooLarge { .. } => (
                            Echo::Nothing,
                            format!("the record is larger than {MAX_RECORD_BYTES} bytes"),
                        ),
                        FaultKind::Truncated if fault.as_bytes().is_empty() => (
                            Echo::Nothing,
                            "the input ends after a ',' (truncated JSON)".to_owned(),
                        ),
                        FaultKind::Truncated => (
                            Echo::Text(String::from_utf8_lossy(fault.as_bytes()).into_owned()),
                            "the input ends inside this record (truncated JSON)".to_owned(),
                        ),
                        _ => (Echo::Nothing, format!("an empty record ({fault})")),
                    };
                    (
                        fault.line(),
                        Body::Fault(Fault {
                            echo,
                            message,
                            quote_lines: 0,
                        }),
                    )
                }
                BodyEvent::Superseded => {
                    eprintln!(
                        "contactkit: warning: a later \"userProperties\" key replaces the \
                         records before it, as the API reads the body; they were checked anyway"
                    );
                    continue;
                }
                _ => continue,
            };
            return Ok(Some(Record { number, body }));
        }
    }
}

impl<R: Read> JsonDocument<R> {
    /// The document's verdict, at the end, given the first record's syntax error.
    ///
    /// # Errors
    ///
    /// A document whose structure is wrong outside the elements.
    pub fn settle(&mut self, entry_error: Option<BodyError>) -> anyhow::Result<()> {
        match self.events.settle(self.verdict.take(), entry_error) {
            None => Ok(()),
            Some(BodyError::Invalid {
                error,
                entry: Some(index),
            }) => {
                // The record it lies in is rejected already.
                eprintln!(
                    "contactkit: warning: the request body as a whole is not valid: {error} \
                     (in record {})",
                    index + 1
                );
                Ok(())
            }
            Some(err) => Err(self.fatal(err)),
        }
    }

    /// The run's error for a document error, with a hint for a body.
    fn fatal(&self, err: BodyError) -> anyhow::Error {
        let hint = if self.body {
            " (a BIK request body is one object {\"userProperties\": [...]}; \
             for one record per line, use --format jsonl)"
        } else {
            ""
        };
        anyhow::anyhow!("{err}{hint}")
    }
}

/// JSON Lines: each non-blank line is one record.
pub struct JsonLines<R> {
    src: R,
    line: u64,
    done: bool,
}

impl<R: BufRead> JsonLines<R> {
    /// Starts reading `src` (a UTF-8 byte order mark must already be stripped).
    pub fn new(src: R) -> Self {
        JsonLines {
            src,
            line: 1,
            done: false,
        }
    }

    /// The next non-blank line, `None` at the end. A line over [`MAX_RECORD_BYTES`] is a
    /// fault record; it is skipped without being held in memory.
    ///
    /// # Errors
    ///
    /// An I/O error.
    pub fn next_record(&mut self) -> io::Result<Option<Record>> {
        while !self.done {
            let number = self.line;
            let mut raw = Vec::new();
            let mut oversize = false;
            let mut scanned = 0u64;
            loop {
                if scanned > MAX_SKIP_BYTES {
                    return Err(runaway(number, "line"));
                }
                let buf = self.src.fill_buf()?;
                if buf.is_empty() {
                    self.done = true;
                    break;
                }
                let newline = buf.iter().position(|&b| b == b'\n');
                let take = newline.unwrap_or(buf.len());
                let chunk = buf.get(..take).unwrap_or_default();
                if !oversize {
                    if raw.len() + chunk.len() > MAX_RECORD_BYTES {
                        oversize = true;
                        raw = Vec::new();
                    } else {
                        raw.extend_from_slice(chunk);
                    }
                }
                self.src.consume(take + usize::from(newline.is_some()));
                scanned += take as u64;
                if newline.is_some() {
                    self.line += 1;
                    break;
                }
            }
            if oversize {
                return Ok(Some(Record {
                    number,
                    body: Body::Fault(Fault {
                        echo: Echo::Nothing,
                        message: format!("the line is longer than {MAX_RECORD_BYTES} bytes"),
                        quote_lines: 0,
                    }),
                }));
            }
            let record = trim(&raw);
            if !record.is_empty() {
                return Ok(Some(Record {
                    number,
                    body: Body::Json(record.to_vec()),
                }));
            }
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_records(text: &[u8]) -> (Vec<Record>, Option<String>) {
        let array = trim_start(text).first() == Some(&b'[');
        let mut doc = JsonDocument::new(text, array);
        let mut records = Vec::new();
        loop {
            match doc.next_record() {
                Ok(Some(record)) => records.push(record),
                Ok(None) => {
                    // No record here is rejected: only the reader's verdict counts.
                    let err = doc.settle(None).err().map(|err| format!("{err:#}"));
                    return (records, err);
                }
                Err(err) => return (records, Some(format!("{err:#}"))),
            }
        }
    }

    #[track_caller]
    fn raw(record: &Record) -> (u64, &str) {
        match &record.body {
            Body::Json(raw) => (record.number, std::str::from_utf8(raw).unwrap()),
            Body::Entry(entry) => (
                record.number,
                std::str::from_utf8(entry.as_bytes()).unwrap(),
            ),
            other => panic!("not JSON: {other:?}"),
        }
    }

    #[test]
    fn splits_an_array_and_a_body_in_any_key_order() {
        for text in [
            &b"[{\"a\":1},\n {\"b\":[1,2]} ,\n{}]"[..],
            b"{\"userProperties\": [{\"a\":1},\n {\"b\":[1,2]} ,\n{}]}\n",
            b"{\"__proto__\": {\"x\": [\"]\"]}, \"userProperties\": [{\"a\":1},\n {\"b\":[1,2]} ,\n{}]}\n",
        ] {
            let (records, err) = json_records(text);
            assert_eq!(err, None);
            let got: Vec<_> = records.iter().map(raw).collect();
            assert_eq!(got, [(1, "{\"a\":1}"), (2, "{\"b\":[1,2]}"), (3, "{}")]);
        }
    }

    #[test]
    fn strings_hide_brackets_commas_and_escaped_quotes() {
        let text = br#"[{"a":"],}[{\"","b":"\\"},{"c":"x\\\"]"}]"#;
        let (records, err) = json_records(text);
        assert_eq!(err, None);
        let got: Vec<_> = records.iter().map(raw).collect();
        assert_eq!(
            got,
            [(1, r#"{"a":"],}[{\"","b":"\\"}"#), (1, r#"{"c":"x\\\"]"}"#)]
        );
    }

    #[test]
    fn crlf_lines_are_counted() {
        let (records, err) = json_records(b"[\r\n{\"a\":1},\r\n\r\n{\"b\":2}\r\n]\r\n");
        assert_eq!(err, None);
        let got: Vec<_> = records.iter().map(raw).collect();
        assert_eq!(got, [(2, "{\"a\":1}"), (4, "{\"b\":2}")]);
    }

    #[test]
    fn a_bom_is_stripped_before_sniffing() {
        let path = Path::new("-");
        let mut prefix = b"\xEF\xBB\xBF[{}]".to_vec();
        if prefix.starts_with(BOM) {
            prefix.drain(..BOM.len());
        }
        assert_eq!(resolve_format(FormatArg::Auto, path, &prefix), Format::Json);
    }

    #[test]
    fn empty_arrays_have_no_records() {
        for text in [&b"[]"[..], b"[ \n ]\n", b"{\"userProperties\":[]}"] {
            let (records, err) = json_records(text);
            assert_eq!((records.len(), err), (0, None), "{text:?}");
        }
    }

    #[test]
    fn truncated_documents_end_with_a_fault() {
        let (records, err) = json_records(b"[{\"a\":1},\n{\"b\":\n");
        assert_eq!(err, None);
        assert_eq!(raw(&records[0]), (1, "{\"a\":1}"));
        assert_eq!(
            fault(&records[1]),
            (2, "the input ends inside this record (truncated JSON)")
        );
        let (records, _) = json_records(b"[{\"a\":1},\n");
        assert_eq!(
            fault(&records[1]),
            (2, "the input ends after a ',' (truncated JSON)")
        );
        let (records, err) = json_records(b"{\"userProperties\":[{}]");
        assert_eq!(records.len(), 1);
        assert!(err
            .unwrap()
            .contains("must be valid JSON (line 1, column 23)"));
    }

    #[test]
    fn empty_elements_are_faults() {
        let (records, err) = json_records(b"[{},,{},]");
        assert_eq!(err, None);
        assert_eq!(fault(&records[1]).1, "an empty record (the entry is empty)");
        assert_eq!(fault(&records[3]).1, "an empty record (the entry is empty)");
        assert_eq!(records.len(), 4);
    }

    #[test]
    fn body_errors_come_with_the_api_message() {
        let (records, err) = json_records(b"{\"users\":[]}");
        assert!(records.is_empty());
        assert!(err
            .unwrap()
            .starts_with("ValidationError: \"userProperties\" is required"));
        let (records, err) = json_records(b"{\"userProperties\":[{}],\n\"x\":1}");
        assert_eq!(records.len(), 1);
        assert!(err
            .unwrap()
            .starts_with("ValidationError: \"x\" is not allowed"));
        let (_, err) = json_records(b"{\"userProperties\":{}}");
        assert!(err.unwrap().contains("\"userProperties\" must be an array"));
        let (records, err) = json_records(b"[{}] [{}]");
        assert_eq!(records.len(), 1);
        assert_eq!(
            err.unwrap(),
            "ValidationError: \"value\" must be valid JSON (line 1, column 6)"
        );
    }

    #[test]
    fn oversized_elements_are_skipped() {
        let big = format!("[{{\"a\":\"{}\"}},{{}}]", "x".repeat(MAX_RECORD_BYTES));
        let (records, err) = json_records(big.as_bytes());
        assert_eq!(err, None);
        assert!(fault(&records[0])
            .1
            .starts_with("the record is larger than"));
        assert_eq!(raw(&records[1]), (1, "{}"));
    }

    #[test]
    fn json_lines_skip_blank_lines() {
        let mut lines = JsonLines::new(&b"{\"a\":1}\r\n\n  \n{\"b\":2}"[..]);
        let mut got = Vec::new();
        while let Some(record) = lines.next_record().unwrap() {
            got.push((record.number, record.body));
        }
        assert_eq!(
            got,
            [
                (1, Body::Json(b"{\"a\":1}".to_vec())),
                (4, Body::Json(b"{\"b\":2}".to_vec()))
            ]
        );
    }
}
