//! Reading a contact file as a stream of records, whatever its layout.
//!
//! `contactkit check` must clean files larger than memory, so nothing here holds more
//! than one record and a read buffer: a JSON document is read entry by entry by the
//! library's [`BodyReader`] (`json.rs`), which decides what a body is as the API does;
//! JSON Lines are read line by line (`json.rs`), and CSV row by row through `csv-core`
//! (`csv.rs`), which lets us cap a row's size (the `csv` crate's reader would buffer an
//! unterminated quote to the end of the file). Input in another encoding than UTF-8 is
//! decoded first (`encoding.rs`).
//!
//! Problems are sorted by how much of the input they spoil:
//!
//! - a *record fault* spoils one record ([`Body::Fault`]: a record over
//!   [`MAX_RECORD_BYTES`], a CSV row with the wrong number of cells or an unbalanced quote,
//!   a cut-off record at the end of a truncated JSON document); it is rejected and
//!   reading goes on;
//! - an *input error* makes the rest of the input unreadable (an I/O error, a JSON
//!   document the API would reject for its own structure, text after the document's
//!   end): [`Input::next_record`] returns `Err` and the run stops with exit 2.
//!
//! [`BodyReader`]: contactkit::user_properties::BodyReader

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

mod csv;
mod encoding;
mod json;

pub use csv::CsvRecords;
pub use encoding::parse_encoding;
use encoding::{choose_encoding, Decoding};
pub use json::{JsonDocument, JsonLines};

use anyhow::{bail, Context as _};
use contactkit::user_properties::{self, BodyError, BodyEvent, BodyReader, FaultKind, RawEntry};
use encoding_rs::{CoderResult, Decoder, Encoding, UTF_8};
use serde_json::value::RawValue;

/// The most bytes one record may take (1 MiB, the update-profile API's own body limit);
/// a longer record is rejected on its own and reading goes on after it.
pub const MAX_RECORD_BYTES: usize = 1 << 20;

/// The most cells a CSV row may have; more is a record fault like an oversized row.
const MAX_CSV_CELLS: usize = 4096;

/// The most bytes an oversized record is skipped over in search of its end: a record that
/// runs on (`/dev/zero`, a binary file, an unterminated quote in a huge file) is an input
/// error after this, not a run that never ends.
pub const MAX_SKIP_BYTES: u64 = 64 << 20;

/// How much of the input is read ahead to guess its format and CSV delimiter.
const SNIFF_BYTES: usize = 4096;

/// The read buffer: large enough that `fill_buf` rarely splits a record.
const BUFFER_BYTES: usize = 256 * 1024;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The input layout asked for with `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    /// By the file name's extension, else by the first bytes.
    Auto,
    /// One JSON document: a BIK request body `{"userProperties": [...]}` or an array.
    Json,
    /// JSON Lines: one JSON object per line (also `.ndjson`).
    Jsonl,
    /// CSV with a header row.
    Csv,
}

/// The layout actually read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A JSON document whose top-level array holds the records.
    Json,
    /// One JSON value per line.
    Jsonl,
    /// CSV with a header row, cells separated by the given byte.
    Csv {
        /// `,` unless the header line has none and `;`, tab or `|` instead.
        delimiter: u8,
    },
}

/// One record of the input and where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The 1-based line the record starts on (for CSV, with a header on line 1, this is
    /// the row number unless a quoted cell spans lines).
    pub number: u64,
    /// The record's content.
    pub body: Body,
}

impl Record {
    /// Roughly how many bytes the record holds, for bounding a window of records.
    pub fn weight(&self) -> usize {
        match &self.body {
            Body::Json(raw) => raw.len(),
            Body::Entry(entry) => entry.as_bytes().len(),
            Body::Cells(cells) => cells.weight(),
            Body::Fault(fault) => fault.message.len() + fault.echo.weight(),
        }
    }
}

/// What a record holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// The raw bytes of one JSON value (not yet checked to be JSON: the library does that).
    Json(Vec<u8>),
    /// An element of a JSON document as the library's reader found it; unless
    /// [`RawEntry::is_checked`], its check for JSON syntax was left to the validator (on
    /// a worker thread), and its syntax error goes to [`Input::settle`].
    Entry(RawEntry),
    /// One CSV row, as many cells as the header has, valid UTF-8.
    Cells(Cells),
    /// A record that could not be read; it is rejected with the message.
    Fault(Fault),
}

/// The cells of one CSV row, in one buffer (one allocation per row, not per cell).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cells {
    text: String,
    /// Where each cell ends in `text`; every one is a char boundary.
    ends: Vec<usize>,
}

impl Cells {
    /// The cells in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.ends.iter().scan(0, |start, &end| {
            let cell = self.text.get(*start..end).unwrap_or_default();
            *start = end;
            Some(cell)
        })
    }

    fn weight(&self) -> usize {
        self.text.len() + self.ends.len() * 8
    }
}

/// A record that cannot be validated, with what is known of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    /// What the rejects file shows as the record.
    pub echo: Echo,
    /// Why it was rejected, e.g. `the row has 5 cells, the header has 6`.
    pub message: String,
    /// For a CSV row with a quoting error, how many lines of the file it spans (they were
    /// read as this one record); 0 otherwise.
    pub quote_lines: u64,
}

/// The original text of a faulty record, for the rejects file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Echo {
    /// Nothing worth showing (an oversized record, or no record at all).
    Nothing,
    /// Text that is not a whole JSON value, such as a cut-off record.
    Text(String),
    /// The cells of a CSV row that does not fit the header.
    Cells(Vec<String>),
}

impl Echo {
    fn weight(&self) -> usize {
        match self {
            Echo::Nothing => 0,
            Echo::Text(text) => text.len(),
            Echo::Cells(cells) => cells.iter().map(|c| c.len() + 8).sum(),
        }
    }
}

/// A reader over a source that counts the bytes read, for the progress bar.
#[derive(Debug)]
pub struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// The buffered byte stream every reader works on: the sniffed prefix, then the rest, as
/// UTF-8 (decoded from `--encoding` or a UTF-16 byte order mark).
pub type Source = BufReader<Box<dyn Read + Send>>;

/// An open input: its records, and what the progress bar needs to know.
pub struct Opened {
    /// The records.
    pub input: Input,
    /// The file's size, when it is a regular file.
    pub total_bytes: Option<u64>,
    /// Bytes read from the file so far (a little ahead of the records handed out).
    pub bytes_read: Arc<AtomicU64>,
}

/// Whether `path` names standard input / output (`-`).
pub fn is_stdio(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// How `path` is named in messages.
pub fn display_name(path: &Path) -> String {
    if is_stdio(path) {
        "standard input".to_owned()
    } else {
        path.display().to_string()
    }
}

/// Opens `path`, waiting at most `timeout` for a writer when it is a FIFO (opening a FIFO
/// blocks until a process opens it for writing; the thread left waiting ends with the
/// process).
fn open_file(path: &Path, timeout: Duration) -> io::Result<File> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if std::fs::metadata(path)?.file_type().is_fifo() {
            let (tx, rx) = std::sync::mpsc::channel();
            let fifo = path.to_path_buf();
            std::thread::spawn(move || {
                let _ = tx.send(File::open(fifo));
            });
            return rx.recv_timeout(timeout).unwrap_or_else(|_| {
                Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    format!(
                        "no process opened this FIFO for writing within {} s (--open-timeout)",
                        timeout.as_secs()
                    ),
                ))
            });
        }
    }
    File::open(path)
}

/// Opens `path` (`-` for standard input) and decides its format; a FIFO with no writer
/// is given up on after `open_timeout`.
///
/// # Errors
///
/// The file cannot be opened or read (the message names it), or it is a directory, or
/// it is a CSV file whose header row is over [`MAX_RECORD_BYTES`].
///
/// The input is read as UTF-8 unless `encoding` names another, or a byte order mark
/// does; input that is not UTF-8 and has no byte order mark is refused (see
/// [`choose_encoding`]).
pub fn open(
    path: &Path,
    format: FormatArg,
    open_timeout: Duration,
    encoding: Option<&'static Encoding>,
) -> anyhow::Result<Opened> {
    let name = display_name(path);
    let (raw, total_bytes): (Box<dyn Read + Send>, Option<u64>) = if is_stdio(path) {
        (Box::new(io::stdin()), None)
    } else {
        let file = open_file(path, open_timeout).with_context(|| format!("cannot open {name}"))?;
        let meta = file
            .metadata()
            .with_context(|| format!("cannot read {name}"))?;
        if meta.is_dir() {
            bail!("cannot read {name}: it is a directory");
        }
        (Box::new(file), meta.is_file().then_some(meta.len()))
    };
    let bytes_read = Arc::new(AtomicU64::new(0));
    let mut counting = Counting {
        inner: raw,
        count: Arc::clone(&bytes_read),
    };
    let mut prefix = Vec::with_capacity(SNIFF_BYTES);
    (&mut counting)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut prefix)
        .with_context(|| format!("cannot read {name}"))?;
    let chosen = choose_encoding(encoding, &prefix, &name)?;
    let rest: Box<dyn Read + Send> = if chosen == UTF_8 {
        if prefix.starts_with(BOM) {
            prefix.drain(..BOM.len());
        }
        Box::new(counting)
    } else {
        // The prefix is decoded again, and the decoded prefix sniffed.
        let mut decoded = Decoding::new(Cursor::new(prefix).chain(counting), chosen);
        prefix = Vec::with_capacity(SNIFF_BYTES);
        (&mut decoded)
            .take(SNIFF_BYTES as u64)
            .read_to_end(&mut prefix)
            .with_context(|| format!("cannot read {name}"))?;
        Box::new(decoded)
    };
    let format = resolve_format(format, path, &prefix);
    // The first bytes that are not white space, enough to tell an array from a body.
    let prefix_start = trim_start(&prefix).get(..1).unwrap_or_default().to_vec();
    let src: Source =
        BufReader::with_capacity(BUFFER_BYTES, Box::new(Cursor::new(prefix).chain(rest)));
    let input = match format {
        // An empty document holds no records (the API would say it is not JSON).
        Format::Json if trim_start(&prefix_start).is_empty() => Input::Lines(JsonLines::new(src)),
        Format::Json => Input::Json(Box::new(JsonDocument::new(
            src,
            prefix_start.first() == Some(&b'['),
        ))),
        Format::Jsonl => Input::Lines(JsonLines::new(src)),
        Format::Csv { delimiter } => Input::Csv(Box::new(
            CsvRecords::new(src, delimiter).with_context(|| format!("cannot read {name}"))?,
        )),
    };
    Ok(Opened {
        input,
        total_bytes,
        bytes_read,
    })
}

/// Chooses the layout: `--format` if given, else the extension (`.json`, `.jsonl`,
/// `.ndjson`, `.csv`, any case), else the first bytes (see [`sniff`]).
pub fn resolve_format(arg: FormatArg, path: &Path, prefix: &[u8]) -> Format {
    let csv = Format::Csv {
        delimiter: sniff_delimiter(prefix),
    };
    match arg {
        FormatArg::Json => Format::Json,
        FormatArg::Jsonl => Format::Jsonl,
        FormatArg::Csv => csv,
        FormatArg::Auto => {
            let extension = path
                .extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase);
            match extension.as_deref() {
                Some("json") => Format::Json,
                Some("jsonl" | "ndjson") => Format::Jsonl,
                Some("csv") => csv,
                _ => sniff(prefix).unwrap_or(csv),
            }
        }
    }
}

/// Guesses a JSON layout from the first bytes: `[` is an array; `{` is a BIK request body
/// when its first line is a whole object with a top-level `"userProperties"` key, ends
/// inside a value (a document over several lines), or is not JSON but mentions
/// `"userProperties"` (a body's keys may come in any order); any other `{` starts JSON
/// Lines, one whole object per line; white space only is read as (empty) JSON Lines.
/// `None`: not JSON, so CSV.
pub fn sniff(prefix: &[u8]) -> Option<Format> {
    let rest = trim_start(prefix);
    match rest.first() {
        None => Some(Format::Jsonl),
        Some(b'[') => Some(Format::Json),
        Some(b'{') => {
            let line = rest.split(|&b| b == b'\n').next().unwrap_or_default();
            let mentions = || line.windows(16).any(|w| w == b"\"userProperties\"");
            let body = match serde_json::from_slice::<HashMap<String, &RawValue>>(line) {
                Ok(object) => object.contains_key("userProperties"),
                // A first line that ends inside a value: a document over several lines
                // (unless the line is longer than the prefix).
                Err(e) if e.is_eof() && line.len() < rest.len() => true,
                Err(_) => mentions(),
            };
            Some(if body { Format::Json } else { Format::Jsonl })
        }
        Some(_) => None,
    }
}

/// The CSV delimiter: `,` if the first line has one outside quotes, else the most
/// frequent of `;`, tab and `|` (spreadsheets in many locales export `;`).
pub fn sniff_delimiter(prefix: &[u8]) -> u8 {
    let mut counts = [0usize; 4];
    let candidates = [b',', b';', b'\t', b'|'];
    let mut quoted = false;
    for &b in prefix {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            _ if !quoted => {
                if let Some(i) = candidates.iter().position(|&c| c == b) {
                    if let Some(count) = counts.get_mut(i) {
                        *count += 1;
                    }
                }
            }
            _ => {}
        }
    }
    if counts[0] > 0 {
        return b',';
    }
    let best = (1..4).max_by_key(|&i| (counts[i], std::cmp::Reverse(i)));
    match best {
        Some(i) if counts[i] > 0 => candidates[i],
        _ => b',',
    }
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().position(|&b| !is_ws(b)).unwrap_or(bytes.len());
    bytes.get(start..).unwrap_or_default()
}

fn trim(bytes: &[u8]) -> &[u8] {
    let rest = trim_start(bytes);
    let end = rest.iter().rposition(|&b| !is_ws(b)).map_or(0, |i| i + 1);
    rest.get(..end).unwrap_or_default()
}

fn count_newlines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u64
}

/// The records of an open input.
pub enum Input {
    /// A JSON document's array elements.
    Json(Box<JsonDocument<Source>>),
    /// JSON Lines.
    Lines(JsonLines<Source>),
    /// CSV rows.
    Csv(Box<CsvRecords<Source>>),
}

impl Input {
    /// The next record, `Ok(None)` at the end.
    ///
    /// # Errors
    ///
    /// An I/O error, or a JSON document whose structure makes the rest unreadable.
    pub fn next_record(&mut self) -> anyhow::Result<Option<Record>> {
        match self {
            Input::Json(doc) => doc.next_record(),
            Input::Lines(lines) => Ok(lines.next_record()?),
            Input::Csv(rows) => Ok(rows.next_record()?),
        }
    }

    /// The CSV header's cells (trimmed), for CSV input.
    /// Ends a JSON document: its verdict, once the records are checked, with
    /// `entry_error`, the first record's syntax error the validator found
    /// ([`Checked::body_error`](crate::validate::Checked::body_error)). Other inputs have
    /// none.
    ///
    /// # Errors
    ///
    /// A document the API rejects for its own structure.
    pub fn settle(&mut self, entry_error: Option<BodyError>) -> anyhow::Result<()> {
        match self {
            Input::Json(doc) => doc.settle(entry_error),
            _ => Ok(()),
        }
    }

    pub fn csv_header(&self) -> Option<&[String]> {
        match self {
            Input::Csv(rows) => Some(rows.header()),
            _ => None,
        }
    }
}

/// The input error for a record that does not end within [`MAX_SKIP_BYTES`].
#[cold]
fn runaway(line: u64, what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!(
            "the {what} starting on line {line} runs on for more than {} MiB without ending; \
             reading stopped (is this a text file in the format read?)",
            MAX_SKIP_BYTES >> 20
        ),
    )
}

/// A fault record's line and message (for the readers' tests).
#[cfg(test)]
#[track_caller]
fn fault(record: &Record) -> (u64, &str) {
    match &record.body {
        Body::Fault(fault) => (record.number, fault.message.as_str()),
        other => panic!("not a fault: {other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing() {
        assert_eq!(sniff(b" [ {}"), Some(Format::Json));
        assert_eq!(sniff(b"{ \"userProperties\": ["), Some(Format::Json));
        assert_eq!(sniff(b"{\n  \"__proto__\": {},"), Some(Format::Json));
        assert_eq!(
            sniff(b"{\"x\": 1, \"userProperties\": []}"),
            Some(Format::Json)
        );
        assert_eq!(
            sniff(b"{\"x\": 1, \"userProperties\": [{}, \n"),
            Some(Format::Json)
        );
        assert_eq!(sniff(b"{\"firstName\":\"A\"}\n{}"), Some(Format::Jsonl));
        assert_eq!(sniff(b"first_name,email"), None);
        assert_eq!(sniff_delimiter(b"a,b;c\n"), b',');
        assert_eq!(sniff_delimiter(b"a;b;c\nx,y"), b';');
        assert_eq!(sniff_delimiter(b"\"a;b\"\tc\n"), b'\t');
        assert_eq!(sniff_delimiter(b"abc\n"), b',');
        let csv = Format::Csv { delimiter: b',' };
        let auto =
            |name: &str, prefix: &[u8]| resolve_format(FormatArg::Auto, Path::new(name), prefix);
        assert_eq!(auto("x.CSV", b"[]"), csv);
        assert_eq!(auto("x.ndjson", b""), Format::Jsonl);
        assert_eq!(auto("x.txt", b"name,email"), csv);
        assert_eq!(auto("-", b"[{}]"), Format::Json);
    }
}
