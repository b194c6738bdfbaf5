//! Reading a contact file as a stream of records, whatever its layout.
//!
//! `contactkit check` must clean files larger than memory, so nothing here holds more
//! than one record and a read buffer: a JSON document is split into its top-level array's
//! elements by a byte-level scanner (string, escape and bracket state only; the library
//! validates each element's JSON), JSON Lines are read line by line, and CSV row by row
//! through `csv-core`, which lets us cap a row's size (the `csv` crate's reader would
//! buffer an unterminated quote to the end of the file).
//!
//! Problems are sorted by how much of the input they spoil:
//!
//! - a *record fault* spoils one record ([`Body::Fault`]: a record over
//!   [`MAX_RECORD_BYTES`], a CSV row with the wrong number of cells or an unbalanced quote
//!   ([`QuoteError`]), a cut-off record at the end of a truncated JSON document); it is
//!   rejected and reading goes on;
//! - an *input error* makes the rest of the input unreadable (an I/O error, a JSON
//!   document that is neither `[...]` nor `{"userProperties": [...]}`, text after the
//!   document's end): [`Input::next_record`] returns `Err` and the run stops with exit 2.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Context as _};
use contactkit::user_properties::{self, BodyError, BodyEvent, BodyReader, FaultKind};
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

/// `--encoding LABEL`: any label of the WHATWG Encoding Standard (`utf-16le`,
/// `windows-1252`, `latin1`, `iso-8859-2`, `windows-1250`, ...).
///
/// # Errors
///
/// An unknown label.
pub fn parse_encoding(label: &str) -> Result<&'static Encoding, String> {
    Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
        format!(
            "{label:?} is not an encoding name (e.g. utf-8, utf-16le, windows-1252, windows-1250)"
        )
    })
}

/// The encoding to read: `forced` if given, else the byte order mark's (UTF-8, UTF-16LE,
/// UTF-16BE), else UTF-8 when the first bytes are UTF-8. Anything else is refused rather
/// than guessed: Windows code pages cannot be told apart (0xEC is `ì` in windows-1252 and
/// `ě` in windows-1250), and a wrong guess writes mojibake into the output.
fn choose_encoding(
    forced: Option<&'static Encoding>,
    prefix: &[u8],
    name: &str,
) -> anyhow::Result<&'static Encoding> {
    if let Some(encoding) = forced {
        return Ok(encoding);
    }
    if let Some((encoding, _)) = Encoding::for_bom(prefix) {
        return Ok(encoding);
    }
    let zeros = |parity: usize| {
        prefix
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let half = prefix.len() / 2;
    // Mostly ASCII text in UTF-16 has a zero in every other byte, and only there
    // (`/dev/zero` has zeros everywhere: not text at all).
    let (odd, even) = (zeros(1), zeros(0));
    if half > 0 && (odd * 4 > half) != (even * 4 > half) {
        let guess = if odd > even { "utf-16le" } else { "utf-16be" };
        bail!(
            "{name} looks like UTF-16 ({guess}) without a byte order mark; rerun with \
             --encoding {guess}"
        );
    }
    if let Err(err) = std::str::from_utf8(prefix) {
        // A character cut off by the end of the prefix is not an error.
        if err.error_len().is_some() {
            let at = err.valid_up_to();
            let byte = prefix.get(at).copied().unwrap_or_default();
            bail!(
                "{name} is not UTF-8 (byte 0x{byte:02X} at offset {at}); spreadsheets save \
                 \"CSV\" in the system's code page: rerun with --encoding naming it, e.g. \
                 --encoding windows-1252 (Western European, Latin-1) or --encoding \
                 windows-1250 (Central European)"
            );
        }
    }
    Ok(UTF_8)
}

/// A reader that decodes `inner` from an encoding to UTF-8 as it goes (invalid sequences
/// become U+FFFD), holding one chunk of each.
struct Decoding<R> {
    inner: R,
    decoder: Decoder,
    input: Vec<u8>,
    in_start: usize,
    in_end: usize,
    output: Vec<u8>,
    out_start: usize,
    out_end: usize,
    eof: bool,
    finished: bool,
}

impl<R: Read> Decoding<R> {
    fn new(inner: R, encoding: &'static Encoding) -> Self {
        Decoding {
            inner,
            // BOM sniffing: a byte order mark is removed, and wins over `encoding`.
            decoder: encoding.new_decoder(),
            input: vec![0; 64 * 1024],
            in_start: 0,
            in_end: 0,
            output: vec![0; 3 * 64 * 1024 + 16],
            out_start: 0,
            out_end: 0,
            eof: false,
            finished: false,
        }
    }
}

impl<R: Read> Read for Decoding<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        // Each turn either hands out bytes, reads input, or decodes some: it ends.
        loop {
            if self.out_start < self.out_end {
                let ready = self
                    .output
                    .get(self.out_start..self.out_end)
                    .unwrap_or_default();
                let n = ready.len().min(buf.len());
                buf.get_mut(..n)
                    .unwrap_or_default()
                    .copy_from_slice(ready.get(..n).unwrap_or_default());
                self.out_start += n;
                return Ok(n);
            }
            if self.finished {
                return Ok(0);
            }
            if self.in_start == self.in_end && !self.eof {
                let n = self.inner.read(&mut self.input)?;
                (self.in_start, self.in_end, self.eof) = (0, n, n == 0);
            }
            let chunk = self
                .input
                .get(self.in_start..self.in_end)
                .unwrap_or_default();
            let (result, read, written, _) =
                self.decoder
                    .decode_to_utf8(chunk, &mut self.output, self.eof);
            self.in_start += read;
            (self.out_start, self.out_end) = (0, written);
            if self.eof && result == CoderResult::InputEmpty {
                self.finished = true;
            }
        }
    }
}

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
    pub fn csv_header(&self) -> Option<&[String]> {
        match self {
            Input::Csv(rows) => Some(rows.header()),
            _ => None,
        }
    }
}

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
            events: events.max_entry_bytes(MAX_RECORD_BYTES),
            body: !array,
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
                Some(Err(BodyError::Invalid {
                    error,
                    entry: Some(index),
                })) => {
                    // The record it lies in is rejected already.
                    eprintln!(
                        "contactkit: warning: the request body as a whole is not valid: {error} \
                         (in record {})",
                        index + 1
                    );
                    return Ok(None);
                }
                Some(Err(err)) => {
                    let hint = if self.body {
                        " (a BIK request body is one object {\"userProperties\": [...]}; \
                         for one record per line, use --format jsonl)"
                    } else {
                        ""
                    };
                    bail!("{err}{hint}");
                }
            };
            let (number, body) = match event {
                BodyEvent::Entry(entry) => (entry.line(), Body::Json(entry.into_bytes())),
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

    fn json_records(text: &[u8]) -> (Vec<Record>, Option<String>) {
        let array = trim_start(text).first() == Some(&b'[');
        let mut doc = JsonDocument::new(text, array);
        let mut records = Vec::new();
        loop {
            match doc.next_record() {
                Ok(Some(record)) => records.push(record),
                Ok(None) => return (records, None),
                Err(err) => return (records, Some(format!("{err:#}"))),
            }
        }
    }

    #[track_caller]
    fn raw(record: &Record) -> (u64, &str) {
        match &record.body {
            Body::Json(raw) => (record.number, std::str::from_utf8(raw).unwrap()),
            other => panic!("not JSON: {other:?}"),
        }
    }

    #[track_caller]
    fn fault(record: &Record) -> (u64, &str) {
        match &record.body {
            Body::Fault(fault) => (record.number, fault.message.as_str()),
            other => panic!("not a fault: {other:?}"),
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
