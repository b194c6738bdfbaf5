//! CSV input: rows after a header, read with `csv-core`, every cap enforced while reading.

use super::*;

/// CSV rows after a header row, read with `csv-core` (RFC 4180 quoting: `"a ""b"""`).
pub struct CsvRecords<R> {
    src: R,
    core: csv_core::Reader,
    line: u64,
    header: Vec<String>,
    out: Vec<u8>,
    ends: Vec<usize>,
    /// How many of `ends` belong to the row last read.
    fields: usize,
    /// How many bytes of `out` the row last read holds.
    row_bytes: usize,
    quotes: QuoteScan,
    /// Whether the header row has been read: an oversized header stops the reading at
    /// once instead of being skipped.
    header_read: bool,
    done: bool,
}

/// Where a CSV row starts, whether it went over the size cap, and how many cells it has.
struct RowShape {
    line: u64,
    /// The line the row's last byte is on.
    last_line: u64,
    oversize: bool,
    /// Whether the row went over [`MAX_CSV_CELLS`] (else over [`MAX_RECORD_BYTES`]), when
    /// `oversize`.
    too_many_cells: bool,
    cells: usize,
    quote: Option<QuoteError>,
}

/// A quoting error in a CSV row, which csv-core reads without complaint: the rows after
/// an unbalanced quote become part of one cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QuoteError {
    /// A quote opened on this line runs to the end of the input.
    Unterminated { opened: u64 },
    /// A quote closed on this line is followed by more text in its cell (`"a"b`), which
    /// is how a stray quote shows when a later quote closes it.
    TextAfterClose { line: u64 },
}

impl QuoteError {
    fn describe(self) -> String {
        match self {
            QuoteError::Unterminated { opened } => {
                format!("the quote opened on line {opened} is never closed")
            }
            QuoteError::TextAfterClose { line } => {
                format!("a quote closed on line {line} is followed by more text in its cell")
            }
        }
    }
}

/// Where the quoting of a CSV row stands, byte by byte (RFC 4180, as csv-core reads it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QuoteState {
    FieldStart,
    Unquoted,
    Quoted,
    /// A quote inside a quoted cell: `""` (an escaped quote) or the closing quote.
    QuoteInQuoted,
}

/// Follows the quoting of the row being read alongside csv-core, to find [`QuoteError`]s.
#[derive(Debug)]
struct QuoteScan {
    delimiter: u8,
    state: QuoteState,
    opened: u64,
    after_close: Option<u64>,
    /// The line of the last byte fed.
    last_line: u64,
}

impl QuoteScan {
    fn new(delimiter: u8) -> Self {
        QuoteScan {
            delimiter,
            state: QuoteState::FieldStart,
            opened: 0,
            after_close: None,
            last_line: 0,
        }
    }

    fn start_row(&mut self) {
        self.state = QuoteState::FieldStart;
        self.after_close = None;
    }

    /// Follows `bytes`, the first of which is on line `line`.
    fn feed(&mut self, bytes: &[u8], mut line: u64) {
        use QuoteState::{FieldStart, QuoteInQuoted, Quoted, Unquoted};
        for &b in bytes {
            let separator = b == self.delimiter || b == b'\n' || b == b'\r';
            self.state = match (self.state, b) {
                (FieldStart, b'"') => {
                    self.opened = line;
                    Quoted
                }
                (Quoted, b'"') => QuoteInQuoted,
                (Quoted, _) => Quoted,
                (QuoteInQuoted, b'"') => Quoted,
                (_, _) if separator => FieldStart,
                (QuoteInQuoted, _) => {
                    self.after_close.get_or_insert(line);
                    Unquoted
                }
                (FieldStart | Unquoted, _) => Unquoted,
            };
            self.last_line = line;
            if b == b'\n' {
                line += 1;
            }
        }
    }

    /// The row's quoting error, once it has ended (`eof`: at the end of the input).
    fn error(&self, eof: bool) -> Option<QuoteError> {
        if eof && self.state == QuoteState::Quoted {
            return Some(QuoteError::Unterminated {
                opened: self.opened,
            });
        }
        self.after_close
            .map(|line| QuoteError::TextAfterClose { line })
    }
}

impl<R: BufRead> CsvRecords<R> {
    /// Starts reading `src` and reads its header row (none in an empty input).
    ///
    /// # Errors
    ///
    /// An I/O error, or a header row over [`MAX_RECORD_BYTES`].
    pub fn new(src: R, delimiter: u8) -> anyhow::Result<Self> {
        let mut rows = CsvRecords {
            src,
            core: csv_core::ReaderBuilder::new().delimiter(delimiter).build(),
            line: 1,
            header: Vec::new(),
            out: vec![0; 4096],
            ends: vec![0; 64],
            fields: 0,
            row_bytes: 0,
            quotes: QuoteScan::new(delimiter),
            header_read: false,
            done: false,
        };
        if let Some(shape) = rows.read_row()? {
            if let Some(error) = shape.quote {
                bail!(
                    "the CSV header row has an unbalanced quote: {}",
                    error.describe()
                );
            }
            if shape.oversize && shape.too_many_cells {
                bail!("the CSV header has more than {MAX_CSV_CELLS} columns");
            }
            if shape.oversize {
                bail!("the CSV header row is larger than {MAX_RECORD_BYTES} bytes");
            }
            rows.header = rows
                .cells()
                .map(|cell| String::from_utf8_lossy(cell).trim().to_owned())
                .collect();
        }
        rows.header_read = true;
        Ok(rows)
    }

    /// The header's cells, trimmed (empty for an empty input).
    pub fn header(&self) -> &[String] {
        &self.header
    }

    /// The cells of the row last read.
    fn cells(&self) -> impl Iterator<Item = &[u8]> + '_ {
        let ends = self.ends.get(..self.fields).unwrap_or_default();
        ends.iter().scan(0usize, |start, &end| {
            let cell = self.out.get(*start..end).unwrap_or_default();
            *start = end;
            Some(cell)
        })
    }

    /// Reads one row into `out`/`ends`; `None` at the end.
    fn read_row(&mut self) -> io::Result<Option<RowShape>> {
        use csv_core::ReadRecordResult as Res;
        if self.done {
            return Ok(None);
        }
        // Skip blank lines ourselves, so a row's number is the line of its first byte.
        loop {
            let buf = self.src.fill_buf()?;
            let n = buf
                .iter()
                .position(|&b| b != b'\n' && b != b'\r')
                .unwrap_or(buf.len());
            let stop = buf.is_empty() || n < buf.len();
            let newlines = count_newlines(buf.get(..n).unwrap_or_default());
            self.src.consume(n);
            self.line += newlines;
            if stop {
                break;
            }
        }
        let line = self.line;
        let (mut outlen, mut endlen, mut oversize, mut dropped) = (0, 0, false, 0);
        let mut too_many_cells = false;
        let mut scanned = 0u64;
        self.quotes.start_row();
        loop {
            if oversize && !self.header_read {
                // A header that never ends (`/dev/zero`) must not be scanned to its end.
                self.done = true;
                return Ok(Some(RowShape {
                    line,
                    last_line: line,
                    oversize,
                    too_many_cells,
                    cells: dropped + endlen,
                    quote: None,
                }));
            }
            if scanned > MAX_SKIP_BYTES {
                return Err(runaway(line, "CSV row"));
            }
            let input = self.src.fill_buf()?;
            let eof = input.is_empty();
            let (result, nin, nout, nend) = self.core.read_record(
                input,
                self.out.get_mut(outlen..).unwrap_or_default(),
                self.ends.get_mut(endlen..).unwrap_or_default(),
            );
            let consumed = input.get(..nin).unwrap_or_default();
            self.quotes.feed(consumed, self.line);
            let newlines = count_newlines(consumed);
            self.src.consume(nin);
            self.line += newlines;
            scanned += nin as u64;
            outlen += nout;
            endlen += nend;
            match result {
                Res::InputEmpty if eof => {
                    self.done = true;
                    return Ok(None);
                }
                Res::InputEmpty => {}
                Res::OutputFull => {
                    if self.out.len() >= MAX_RECORD_BYTES {
                        // Keep scanning to the row's end, dropping its text.
                        oversize = true;
                        outlen = 0;
                    } else {
                        self.out.resize(self.out.len() * 2, 0);
                    }
                }
                Res::OutputEndsFull => {
                    if oversize || self.ends.len() >= MAX_CSV_CELLS {
                        too_many_cells |= self.ends.len() >= MAX_CSV_CELLS;
                        oversize = true;
                        dropped += endlen;
                        endlen = 0;
                    } else {
                        self.ends.resize(self.ends.len() * 2, 0);
                    }
                }
                Res::Record => {
                    self.fields = if oversize { 0 } else { endlen };
                    self.row_bytes = if oversize { 0 } else { outlen };
                    let last_line = self.quotes.last_line.max(line);
                    return Ok(Some(RowShape {
                        line,
                        last_line,
                        oversize,
                        too_many_cells,
                        cells: dropped + endlen,
                        quote: self.quotes.error(eof),
                    }));
                }
                Res::End => {
                    self.done = true;
                    return Ok(None);
                }
            }
        }
    }

    /// The next row, as cells or as a fault (wrong cell count, not UTF-8, too large).
    ///
    /// # Errors
    ///
    /// An I/O error.
    pub fn next_record(&mut self) -> io::Result<Option<Record>> {
        let Some(shape) = self.read_row()? else {
            return Ok(None);
        };
        let fault = |echo, message| {
            Ok(Some(Record {
                number: shape.line,
                body: Body::Fault(Fault {
                    echo,
                    message,
                    quote_lines: 0,
                }),
            }))
        };
        if let Some(error) = shape.quote {
            let lines = shape.last_line - shape.line + 1;
            let span = if lines > 1 {
                format!(
                    "; lines {} to {} were read as this one record",
                    shape.line, shape.last_line
                )
            } else {
                String::new()
            };
            let message = format!("unbalanced quote: {}{span}", error.describe());
            let echo = if shape.oversize {
                Echo::Nothing
            } else {
                Echo::Cells(
                    self.cells()
                        .map(|c| String::from_utf8_lossy(c).into_owned())
                        .collect(),
                )
            };
            return Ok(Some(Record {
                number: shape.line,
                body: Body::Fault(Fault {
                    echo,
                    message,
                    quote_lines: lines,
                }),
            }));
        }
        if shape.oversize {
            return fault(
                Echo::Nothing,
                if shape.too_many_cells {
                    format!("the row has more than {MAX_CSV_CELLS} cells")
                } else {
                    format!("the row is larger than {MAX_RECORD_BYTES} bytes")
                },
            );
        }
        let lossy = || -> Vec<String> {
            self.cells()
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect()
        };
        if shape.cells != self.header.len() {
            return fault(
                Echo::Cells(lossy()),
                format!(
                    "the row has {} cells, the header has {}",
                    shape.cells,
                    self.header.len()
                ),
            );
        }
        let ends = self.ends.get(..self.fields).unwrap_or_default();
        // Valid as a whole with every cell end on a char boundary: each cell is valid.
        let text = std::str::from_utf8(self.out.get(..self.row_bytes).unwrap_or_default())
            .ok()
            .filter(|text| ends.iter().all(|&end| text.is_char_boundary(end)));
        let Some(text) = text else {
            let bad = self
                .cells()
                .position(|cell| std::str::from_utf8(cell).is_err())
                .unwrap_or(0);
            return fault(
                Echo::Cells(lossy()),
                format!("cell {} is not valid UTF-8", bad + 1),
            );
        };
        Ok(Some(Record {
            number: shape.line,
            body: Body::Cells(Cells {
                text: text.to_owned(),
                ends: ends.to_vec(),
            }),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn cells(record: &Record) -> Vec<&str> {
        match &record.body {
            Body::Cells(cells) => cells.iter().collect(),
            other => panic!("not cells: {other:?}"),
        }
    }

    fn csv_rows(text: &[u8]) -> (Vec<String>, Vec<Record>) {
        let mut rows = CsvRecords::new(text, b',').unwrap();
        let mut records = Vec::new();
        while let Some(record) = rows.next_record().unwrap() {
            records.push(record);
        }
        (rows.header().to_vec(), records)
    }

    #[test]
    fn csv_rows_keep_their_line_numbers() {
        let text = b"first name, email\r\nAnn,\"a@b.cz\"\r\n\r\nBob,\"multi\nline\"\nCid\nDan,\"x\"\"y\"\n";
        let (header, records) = csv_rows(text);
        assert_eq!(header, ["first name", "email"]);
        assert_eq!(records[0].number, 2);
        assert_eq!(cells(&records[0]), ["Ann", "a@b.cz"]);
        assert_eq!(records[1].number, 4);
        assert_eq!(cells(&records[1]), ["Bob", "multi\nline"]);
        assert_eq!(
            fault(&records[2]),
            (6, "the row has 1 cells, the header has 2")
        );
        assert_eq!(records[3].number, 7);
        assert_eq!(cells(&records[3]), ["Dan", "x\"y"]);
    }

    #[test]
    fn csv_quoting_errors_are_faults_that_name_their_lines() {
        // (input after the header, the faults as (line, message), the cells of good rows)
        let (_, records) = csv_rows(b"a,b\n1,\"2\n3,4\n5,6\n");
        assert_eq!(
            fault(&records[0]),
            (
                2,
                "unbalanced quote: the quote opened on line 2 is never closed; lines 2 to 4 \
                 were read as this one record"
            )
        );
        assert_eq!(records.len(), 1);
        let (_, records) = csv_rows(b"a,b\n1,\"2\n3,\"4\"\n5,6\n");
        assert_eq!(
            fault(&records[0]),
            (
                2,
                "unbalanced quote: a quote closed on line 3 is followed by more text in its \
                 cell; lines 2 to 3 were read as this one record"
            )
        );
        assert_eq!(cells(&records[1]), ["5", "6"]);
        let (_, records) = csv_rows(b"a,b\n1,\"x\"y\n");
        assert_eq!(
            fault(&records[0]).1,
            "unbalanced quote: a quote closed on line 2 is followed by more text in its cell"
        );
        // Quotes that are fine: escaped, spanning lines, inside an unquoted cell, CRLF.
        let (_, records) = csv_rows(b"a,b\r\n\"x\"\"y\",\"1\r\n2\"\r\n5'10\",z\"\r\n");
        assert_eq!(cells(&records[0]), ["x\"y", "1\r\n2"]);
        assert_eq!(cells(&records[1]), ["5'10\"", "z\""]);
    }

    #[test]
    fn csv_without_final_newline_and_empty_csv() {
        let (_, records) = csv_rows(b"a,b\n1,2");
        assert_eq!(cells(&records[0]), ["1", "2"]);
        let (header, records) = csv_rows(b"");
        assert!(header.is_empty() && records.is_empty());
    }

    #[test]
    fn csv_invalid_utf8_is_a_fault() {
        let (_, records) = csv_rows(b"a,b\n1,\xff\n3,4\n\xc3,\xa9\n");
        assert_eq!(fault(&records[0]), (2, "cell 2 is not valid UTF-8"));
        assert_eq!(records[1].number, 3);
        // Valid UTF-8 once the cells are joined, but not cell by cell.
        assert_eq!(fault(&records[2]), (4, "cell 1 is not valid UTF-8"));
    }
}
