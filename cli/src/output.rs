//! Where verdicts go: normalized records to `--out`, rejects to `--rejects`.
//!
//! Normalized records are JSON Lines (one `serde_json` object per line, the API's
//! camelCase keys in schema order), or CSV when the output's name ends in `.csv`: a
//! header of the schema's keys, then one row per record (lists joined with `;`). Rejects
//! are always JSON Lines, one per rejected record:
//!
//! ```text
//! {"line":12,"record":{"First Name":"Ann","E-mail":"ann@"},"errors":["ValidationError: \"email\" must be a valid email"]}
//! ```
//!
//! Both are written through large buffers; the writer thread only copies bytes rendered
//! by the workers. Files are written through [`Target`]s: a temporary file each, given
//! its final name by [`Outputs::finish`] (see [`crate::files`]).

use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::Context as _;

use crate::files::Target;
use crate::validate::{Checked, Output, Schema, Verdict};

const BUFFER_BYTES: usize = 256 * 1024;

type Sink = BufWriter<Target>;

/// Whether normalized records written to `path` are CSV (the name ends in `.csv`, any
/// case) rather than JSON Lines.
pub fn is_csv(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

/// Opens `path` for writing (`-` is standard output).
///
/// # Errors
///
/// The file cannot be created; the message names it.
fn create(path: &Path) -> anyhow::Result<Sink> {
    let target =
        Target::create(path).with_context(|| format!("cannot create {}", path.display()))?;
    Ok(BufWriter::with_capacity(BUFFER_BYTES, target))
}

/// The normalized records' destination.
enum Records {
    Jsonl(Sink),
    Csv(Box<csv::Writer<Sink>>),
}

/// The open outputs.
pub struct Outputs {
    records: Records,
    rejects: Option<Sink>,
}

impl Outputs {
    /// Opens `out` (CSV when [`is_csv`], with the schema's keys as header) and, if given,
    /// `rejects`.
    ///
    /// # Errors
    ///
    /// A file cannot be created or the CSV header cannot be written.
    pub fn open(out: &Path, rejects: Option<&Path>, schema: Schema) -> anyhow::Result<Outputs> {
        let sink = create(out)?;
        let records = if is_csv(out) {
            let mut writer = csv::WriterBuilder::new().from_writer(sink);
            writer
                .write_record(schema.keys())
                .map_err(csv_io)
                .with_context(|| format!("cannot write {}", out.display()))?;
            Records::Csv(Box::new(writer))
        } else {
            Records::Jsonl(sink)
        };
        let rejects = rejects.map(create).transpose()?;
        Ok(Outputs { records, rejects })
    }

    /// Writes one verdict: a valid record to the records output, a rejected one to the
    /// rejects output (if any).
    ///
    /// # Errors
    ///
    /// A write fails: the second value says which output (`true`: rejects).
    pub fn write(&mut self, checked: &Checked) -> Result<(), (io::Error, bool)> {
        match &checked.verdict {
            Verdict::Valid { output, .. } => self.write_record(output).map_err(|e| (e, false)),
            Verdict::Rejected { record, problems } => {
                let Some(sink) = &mut self.rejects else {
                    return Ok(());
                };
                let mut line = Vec::with_capacity(record.len() + 64);
                line.extend_from_slice(
                    format!("{{\"line\":{},\"record\":", checked.number).as_bytes(),
                );
                line.extend_from_slice(record);
                line.extend_from_slice(b",\"errors\":");
                crate::json_text::push_str_array(
                    &mut line,
                    problems.iter().map(|p| p.text.as_str()),
                );
                line.extend_from_slice(b"}\n");
                sink.write_all(&line).map_err(|e| (e, true))
            }
        }
    }

    fn write_record(&mut self, output: &Output) -> io::Result<()> {
        match (&mut self.records, output) {
            (Records::Jsonl(sink), Output::Json(line)) => {
                sink.write_all(line.as_bytes())?;
                sink.write_all(b"\n")
            }
            (Records::Csv(writer), Output::Cells(cells)) => {
                writer.write_record(cells).map_err(csv_io)
            }
            // The validator renders what the outputs were opened for; a mismatch would be
            // a bug, and writing the text as it is beats losing the record.
            (Records::Jsonl(sink), Output::Cells(cells)) => {
                let mut line = Vec::new();
                crate::json_text::push_str_array(&mut line, cells.iter().map(String::as_str));
                line.push(b'\n');
                sink.write_all(&line)
            }
            (Records::Csv(writer), Output::Json(line)) => {
                writer.write_record([line]).map_err(csv_io)
            }
        }
    }

    /// Flushes both outputs and gives them their final names.
    ///
    /// # Errors
    ///
    /// A flush or rename fails: the second value says which output (`true`: rejects).
    pub fn finish(self) -> Result<(), (io::Error, bool)> {
        let records = match self.records {
            Records::Jsonl(sink) => sink.into_inner().map_err(io::IntoInnerError::into_error),
            Records::Csv(writer) => writer
                .into_inner()
                .map_err(|e| e.into_error())
                .and_then(|sink| sink.into_inner().map_err(io::IntoInnerError::into_error)),
        };
        let rejects = self
            .rejects
            .map(|sink| sink.into_inner().map_err(io::IntoInnerError::into_error))
            .transpose()
            .map_err(|e| (e, true))?;
        records.and_then(Target::commit).map_err(|e| (e, false))?;
        if let Some(rejects) = rejects {
            rejects.commit().map_err(|e| (e, true))?;
        }
        Ok(())
    }
}

/// The I/O error inside a CSV writer error (the only kind a writer of strings returns).
fn csv_io(err: csv::Error) -> io::Error {
    match err.into_kind() {
        csv::ErrorKind::Io(err) => err,
        other => io::Error::other(format!("{other:?}")),
    }
}
