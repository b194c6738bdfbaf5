//! `contactkit check`: bulk-clean contact files with the contactkit library.
//!
//! The binary turns arguments into library calls and nothing more: it reads records from
//! a file (a BIK request body, a JSON array, JSON Lines or CSV; [`input`]), validates and
//! normalizes each with `contactkit` ([`validate`]), writes the clean records and the
//! rejects ([`output`]) and prints a summary ([`summary`]).
//!
//! Memory is bounded by a window of records, not by the file: the reader fills a window
//! of up to [`WINDOW_RECORDS`] records (or [`WINDOW_BYTES`]), the window is checked on
//! `--jobs` threads while the next one is read and the previous one written, and results
//! are written in input order.
//!
//! Exit status: 0 every record valid, 1 some rejected, 2 usage, input structure or I/O
//! error (with the path in the message). A closed standard output (`| head`) ends the
//! run quietly with 0.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod csv_fields;
mod files;
mod input;
mod json_text;
mod output;
mod progress;
mod summary;
mod validate;

use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use anyhow::{bail, Context as _};
use clap::{Args, Parser, Subcommand};
use rayon::prelude::*;

use contactkit::user_properties::BodyError;

use crate::input::{display_name, is_stdio, FormatArg, Input, Record};
use crate::output::Outputs;
use crate::progress::Progress;
use crate::summary::Summary;
use crate::validate::{Checked, Schema, Validator};

/// Every record allocates on the worker that checks it; with glibc's allocator two workers
/// contended on its arenas (issue #14), mimalloc keeps a heap per thread.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Records checked per window: enough to keep every thread busy, small enough to bound
/// memory (a window of typical contacts is about 1 MB).
const WINDOW_RECORDS: usize = 4096;

/// Bytes of records per window at most, so that large records cannot make a window big
/// (a record is at most [`input::MAX_RECORD_BYTES`]).
const WINDOW_BYTES: usize = 8 << 20;

/// Validate and normalize customer-contact files with contactkit.
#[derive(Debug, Parser)]
#[command(name = "contactkit", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Bulk-clean a contact file: normalized records out, rejects with reasons, a summary.
    ///
    /// Exit status: 0 all records valid, 1 some rejected, 2 usage or I/O error.
    Check(CheckArgs),
}

/// The arguments of `contactkit check`.
#[derive(Debug, Args)]
struct CheckArgs {
    /// The contact file: a BIK request body, a JSON array, JSON Lines or CSV with a
    /// header; `-` reads standard input.
    input: PathBuf,

    /// The API whose rules apply to each record.
    #[arg(long, value_enum, default_value_t = Schema::Bik)]
    schema: Schema,

    /// The region national phone numbers are read in (a two-letter region code with phone numbers; BIK only).
    #[arg(long, default_value = "IN", value_name = "CC")]
    region: String,

    /// Where normalized records go: JSON Lines, or CSV when the name ends in `.csv`;
    /// `-` is standard output.
    #[arg(long, default_value = "-", value_name = "FILE")]
    out: PathBuf,

    /// Where rejected records go (JSON Lines with line, record and errors); `-` is
    /// standard output. Without it rejects are only counted in the summary.
    #[arg(long, value_name = "FILE")]
    rejects: Option<PathBuf>,

    /// The input layout; `auto` goes by the file extension, else the first bytes.
    #[arg(long, value_enum, default_value_t = FormatArg::Auto)]
    format: FormatArg,

    /// Worker threads (default and maximum: the number of cores).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,

    /// Report every error of a rejected record, not only the first.
    #[arg(long)]
    all_errors: bool,

    /// Also write the summary as JSON to this file.
    #[arg(long, value_name = "FILE")]
    summary_json: Option<PathBuf>,

    /// Read the CSV column COLUMN as the field FIELD (both compared ignoring case and
    /// separators); repeat for more columns. Overrides names and built-in aliases.
    #[arg(long = "map", value_name = "COLUMN=FIELD", value_parser = csv_fields::parse_map)]
    maps: Vec<(String, String)>,

    /// Leave CSV columns that match no field out of the records instead of rejecting
    /// rows with text in them.
    #[arg(long)]
    ignore_unknown_columns: bool,

    /// Write CSV output cells as they are, even those starting with `=`, `+`, `-`, `@`,
    /// tab or CR, which spreadsheets run as formulas (by default they get a leading `'`).
    #[arg(long)]
    no_escape_formulas: bool,

    /// The input's character encoding, a WHATWG label (utf-16le, windows-1252, latin1,
    /// windows-1250, ...). Default: UTF-8, or what a byte order mark says; other input
    /// is refused with a message, never guessed.
    #[arg(long, value_name = "LABEL", value_parser = input::parse_encoding)]
    encoding: Option<&'static encoding_rs::Encoding>,

    /// How long to wait for a process to open a FIFO input for writing.
    #[arg(long, value_name = "SECONDS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=86_400))]
    open_timeout: u64,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Check(args) => check(args),
    };
    match result {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("contactkit: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// Whether `err` is a write to a closed pipe (`contactkit check big.csv | head`).
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// `--region` as a region with phone metadata (two letters, any case).
fn region(text: &str) -> anyhow::Result<contactkit::Region> {
    match contactkit::Region::parse(text.trim()) {
        Ok(region) => Ok(region),
        Err(_) => {
            bail!("--region {text:?} is not a region code with phone numbers (e.g. IN, CZ, US)")
        }
    }
}

/// The worker threads for `--jobs`: the number of cores at most (more threads only cost
/// memory and start-up: `--jobs 10000` took 77 s and 192 MB for a one-record file),
/// with a warning when the request is capped.
fn jobs(requested: Option<u16>) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    match requested.map(usize::from) {
        Some(n) if n > cores => {
            eprintln!(
                "contactkit: warning: --jobs {n} is more than the {cores} cores; using {cores}"
            );
            cores
        }
        Some(n) => n,
        None => cores,
    }
}

/// Runs `contactkit check`; the exit status for a finished run, `Err` for exit 2.
fn check(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let region = region(&args.region)?;
    let rejects = args.rejects.as_deref();
    if is_stdio(&args.out) && rejects.is_some_and(is_stdio) {
        bail!("--out and --rejects cannot both be standard output");
    }
    let outputs: Vec<(&str, &Path)> = [
        ("--out", Some(args.out.as_path())),
        ("--rejects", rejects),
        ("--summary-json", args.summary_json.as_deref()),
    ]
    .into_iter()
    .filter_map(|(flag, path)| Some((flag, path?)))
    .collect();
    files::refuse_overlaps(&args.input, &outputs)?;
    let jobs = jobs(args.jobs);

    let opened = input::open(
        &args.input,
        args.format,
        std::time::Duration::from_secs(args.open_timeout),
        args.encoding,
    )?;
    let header = opened.input.csv_header();
    if header.is_none() && (!args.maps.is_empty() || args.ignore_unknown_columns) {
        bail!("--map and --ignore-unknown-columns apply to CSV input only");
    }
    let column_options = csv_fields::ColumnOptions {
        maps: args.maps.clone(),
        ignore_unknown: args.ignore_unknown_columns,
    };
    let (validator, warnings) = Validator::new(
        args.schema,
        region,
        args.all_errors,
        header.map(|header| (header, &column_options)),
        output::is_csv(&args.out),
    )
    .map_err(anyhow::Error::msg)
    .with_context(|| display_name(&args.input))?;
    let validator = if args.no_escape_formulas {
        validator.raw_formulas()
    } else {
        validator
    };
    for warning in &warnings {
        eprintln!("contactkit: warning: {warning}");
    }
    let outputs = Outputs::open(&args.out, rejects, args.schema)?;

    let mut reader = Reader {
        input: opened.input,
        name: display_name(&args.input),
        fatal: None,
        done: false,
    };
    let mut writer = Writer {
        outputs,
        summary: Summary::new(),
        progress: Progress::new(opened.total_bytes),
        bytes_read: opened.bytes_read,
        out: args.out.clone(),
        rejects: args.rejects.clone(),
        entry_error: None,
    };

    let run = if jobs > 1 {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build()
            .context("cannot start the worker threads")?;
        pool.install(|| pipelined(&mut reader, &mut writer, &validator))
    } else {
        sequential(&mut reader, &mut writer, &validator)
    };
    // Clear the bar before anything else is printed, the error of a failed run included.
    writer.progress.finish();
    run?;
    // The document's verdict, now that every record is checked (a record that is not
    // JSON may come before the error the reader met).
    if reader.fatal.is_none() {
        let entry_error = writer
            .entry_error
            .take()
            .map(|(index, error)| BodyError::Invalid {
                error,
                entry: Some(index),
            });
        if let Err(err) = reader.input.settle(entry_error) {
            reader.fatal = Some(err.context(reader.name.clone()));
        }
    }

    let Writer {
        outputs,
        summary,
        out,
        rejects,
        ..
    } = writer;
    outputs.finish().map_err(|(err, in_rejects)| {
        write_error(
            err,
            if in_rejects {
                rejects.as_deref()
            } else {
                Some(out.as_path())
            },
        )
    })?;

    let elapsed = started.elapsed();
    let text = summary.render(elapsed);
    let data_on_stdout = is_stdio(&args.out) || args.rejects.as_deref().is_some_and(is_stdio);
    if data_on_stdout {
        eprint!("{text}");
    } else {
        let mut stdout = io::stdout().lock();
        stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.flush())
            .context("cannot write the summary to standard output")?;
    }
    if let Some(path) = &args.summary_json {
        let mut target = files::Target::create(path)
            .with_context(|| format!("cannot create {}", path.display()))?;
        target
            .write_all((summary.to_json(elapsed) + "\n").as_bytes())
            .and_then(|()| target.commit())
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    if let Some(err) = reader.fatal {
        // The records before the error were checked and written; the rest is unreadable.
        return Err(err);
    }
    Ok(if summary.has_rejects() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// An output error with the output's name.
fn write_error(err: io::Error, path: Option<&Path>) -> anyhow::Error {
    let name = match path {
        Some(path) if !is_stdio(path) => path.display().to_string(),
        _ => "standard output".to_owned(),
    };
    anyhow::Error::new(err).context(format!("cannot write {name}"))
}

/// The input side: fills windows of records, remembering an input error for the end.
struct Reader {
    input: Input,
    name: String,
    fatal: Option<anyhow::Error>,
    done: bool,
}

impl Reader {
    /// Replaces `window` with the next records (none at the end of the input).
    fn fill(&mut self, window: &mut Vec<Record>) {
        window.clear();
        let mut bytes = 0;
        while !self.done && window.len() < WINDOW_RECORDS && bytes < WINDOW_BYTES {
            match self.input.next_record() {
                Ok(Some(record)) => {
                    bytes += record.weight();
                    window.push(record);
                }
                Ok(None) => self.done = true,
                Err(err) => {
                    self.fatal = Some(err.context(self.name.clone()));
                    self.done = true;
                }
            }
        }
    }
}

/// The output side: writes verdicts in order, counts them, moves the progress bar.
struct Writer {
    outputs: Outputs,
    summary: Summary,
    progress: Progress,
    bytes_read: Arc<AtomicU64>,
    out: PathBuf,
    rejects: Option<PathBuf>,
    /// The first record's error for the document as a whole ([`Checked::body_error`]).
    entry_error: Option<(usize, contactkit::ValidationError)>,
}

impl Writer {
    fn write(&mut self, checked: &[Checked]) -> anyhow::Result<()> {
        for verdict in checked {
            if self.entry_error.is_none() {
                self.entry_error.clone_from(&verdict.body_error);
            }
            self.summary.add(verdict);
            if let Err((err, in_rejects)) = self.outputs.write(verdict) {
                let path = if in_rejects {
                    self.rejects.as_deref()
                } else {
                    Some(self.out.as_path())
                };
                return Err(write_error(err, path));
            }
        }
        self.progress.update(
            self.bytes_read.load(Ordering::Relaxed),
            self.summary.records(),
        );
        Ok(())
    }
}

/// `--jobs 1`: read, check and write one window after another on this thread.
fn sequential(
    reader: &mut Reader,
    writer: &mut Writer,
    validator: &Validator,
) -> anyhow::Result<()> {
    let mut window = Vec::with_capacity(WINDOW_RECORDS);
    loop {
        reader.fill(&mut window);
        if window.is_empty() {
            return Ok(());
        }
        let checked: Vec<Checked> = window.iter().map(|r| validator.check(r)).collect();
        writer.write(&checked)?;
    }
}

/// `--jobs N`: while the pool checks window k, one task writes the verdicts of window
/// k-1 and reads window k+1, so reading and writing overlap the checking.
fn pipelined(
    reader: &mut Reader,
    writer: &mut Writer,
    validator: &Validator,
) -> anyhow::Result<()> {
    let mut current = Vec::with_capacity(WINDOW_RECORDS);
    let mut next = Vec::with_capacity(WINDOW_RECORDS);
    let mut previous: Vec<Checked> = Vec::new();
    reader.fill(&mut current);
    while !current.is_empty() {
        let (written, checked) = rayon::join(
            || {
                let written = writer.write(&previous);
                if written.is_ok() {
                    reader.fill(&mut next);
                }
                written
            },
            || {
                current
                    .par_iter()
                    .map(|record| validator.check(record))
                    .collect::<Vec<_>>()
            },
        );
        written?;
        previous = checked;
        std::mem::swap(&mut current, &mut next);
    }
    writer.write(&previous)
}
