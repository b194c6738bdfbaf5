//! One record in, one verdict out: the only place the CLI calls the library.
//!
//! A [`Validator`] is shared by the worker threads, so it holds only settings; checking a
//! record does everything that can run in parallel: validating, serializing the
//! normalized record for the output, hashing its contact key for duplicate counting and
//! rendering the errors and the echo of a rejected record. What is left for the single
//! writer thread is copying bytes.

use std::hash::{DefaultHasher, Hasher};

use contactkit::models::FieldValue;
use contactkit::update_profile::{self, UpdateProfile};
use contactkit::user_properties::BodyError;
use contactkit::user_properties::{self, ContactId, UserProperty};
use contactkit::{Report, ValidationError, ValidationErrorKind};

use crate::csv_fields::{ColumnOptions, FieldMap};
use crate::input::{Body, Echo, Record};
use crate::json_text;

/// Which API's rules a record is checked against (`--schema`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Schema {
    /// One entry of BIK's `userProperties` (phones read with `--region`).
    Bik,
    /// A BizKitHub update-profile body.
    UpdateProfile,
}

impl Schema {
    /// The API's field names in schema order: the CSV header matching targets and the
    /// columns of CSV output.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            Schema::Bik => &user_properties::FIELDS,
            Schema::UpdateProfile => &update_profile::FIELDS,
        }
    }

    /// The `--schema` value naming it.
    pub fn name(self) -> &'static str {
        match self {
            Schema::Bik => "bik",
            Schema::UpdateProfile => "update-profile",
        }
    }
}

/// What the summary counts CSV quoting errors under.
const QUOTE_TALLY: &str = "unbalanced quote in a CSV row";

/// The settings every record is checked with.
#[derive(Debug, Clone)]
pub struct Validator {
    schema: Schema,
    bik: user_properties::Options,
    profile: update_profile::Options,
    /// The CSV header's reading (empty for JSON input).
    fields: FieldMap,
    /// The CSV header as written, for echoing rejected rows.
    header: Vec<String>,
    /// Whether valid records are rendered as CSV cells instead of a JSON line.
    csv_out: bool,
    /// Whether CSV cells that a spreadsheet would run as a formula are escaped.
    escape_formulas: bool,
}

/// What checking a record found, with the record's number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The record's line in the input ([`Record::number`]).
    pub number: u64,
    /// For a CSV row with a quoting error, the lines it spans ([`Fault::quote_lines`]).
    ///
    /// [`Fault::quote_lines`]: crate::input::Fault::quote_lines
    pub quote_lines: u64,
    /// Valid (normalized) or rejected (why).
    pub verdict: Verdict,
    /// For a JSON document's record that is not JSON and that the reader left to the
    /// validator ([`RawEntry::is_checked`](contactkit::user_properties::RawEntry::is_checked)): the error it gives the document as a whole
    /// and the record's index, for [`Input::settle`](crate::input::Input::settle).
    pub body_error: Option<(usize, ValidationError)>,
}

/// The verdict on one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The record is valid.
    Valid {
        /// The normalized record, ready to write.
        output: Output,
        /// A 64-bit hash of the contact's identity, if it has one (see [`contact_key`]).
        key: Option<u64>,
    },
    /// The record is rejected.
    Rejected {
        /// The original record as JSON text: the record itself for JSON input (without
        /// its line breaks), an object of header to cell for a CSV row, a string for
        /// text that is not JSON, an array of cells for a row that does not fit the
        /// header, `null` when there is nothing to show.
        record: Vec<u8>,
        /// Every error found (only the first unless `--all-errors`).
        problems: Vec<Problem>,
    },
}

/// A normalized record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// One JSON object, no line break.
    Json(String),
    /// One cell per key of the schema, in [`Schema::keys`] order.
    Cells(Vec<String>),
}

/// One reason a record was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// As written to the rejects file: `ValidationError: "email" must be a valid email`,
    /// or `InputError: ...` for a record that could not be read.
    pub text: String,
    /// What the summary counts it under: the message without the prefix, with the
    /// position dropped from JSON syntax errors so they add up.
    pub tally: String,
}

impl Validator {
    /// A validator for `schema`, phones read in `region` (BIK only), every error of a
    /// record or the first only, reading CSV rows by `header` and the column options
    /// (JSON input: `None`), and
    /// rendering valid records as CSV cells when `csv_out` (with [`escape_formula`]
    /// applied unless [`Validator::raw_formulas`]).
    ///
    /// # Errors
    ///
    /// Two CSV columns match the same field, or a `--map` names no column or field.
    pub fn new(
        schema: Schema,
        region: contactkit::Region,
        all_errors: bool,
        columns: Option<(&[String], &ColumnOptions)>,
        csv_out: bool,
    ) -> Result<(Validator, Vec<String>), String> {
        let default = ColumnOptions::default();
        let (header, options) = columns.unwrap_or((&[], &default));
        let header = header.to_vec();
        let (fields, warnings) = FieldMap::new(schema, &header, options)?;
        let validator = Validator {
            schema,
            bik: user_properties::Options::new()
                .default_region(region)
                .abort_early(!all_errors),
            profile: update_profile::Options::new().abort_early(!all_errors),
            fields,
            header,
            csv_out,
            escape_formulas: true,
        };
        Ok((validator, warnings))
    }

    /// Writes CSV cells as they are, even those a spreadsheet would run as a formula
    /// (`--no-escape-formulas`).
    pub fn raw_formulas(mut self) -> Self {
        self.escape_formulas = false;
        self
    }

    /// Checks one record.
    pub fn check(&self, record: &Record) -> Checked {
        let mut body_error = None;
        let verdict = match &record.body {
            Body::Json(raw) => self.validate(raw, || echo_json(raw)),
            Body::Entry(entry) => {
                let raw = entry.as_bytes();
                let verdict = self.validate(raw, || echo_json(raw));
                // Only a rejected record can be other than JSON: parse it again then only.
                if matches!(verdict, Verdict::Rejected { .. }) {
                    if let Some(BodyError::Invalid {
                        error,
                        entry: Some(index),
                    }) = entry.syntax_error()
                    {
                        body_error = Some((index, error));
                    }
                }
                verdict
            }
            Body::Cells(cells) => {
                let json = self.fields.to_json(cells.iter());
                self.validate(&json, || echo_cells(&self.header, cells.iter()))
            }
            Body::Fault(fault) => {
                let mut problem = input_problem(&fault.message);
                if fault.quote_lines > 0 {
                    // The message names lines; the summary adds the records up.
                    QUOTE_TALLY.clone_into(&mut problem.tally);
                }
                Verdict::Rejected {
                    record: echo_fault(&fault.echo),
                    problems: vec![problem],
                }
            }
        };
        Checked {
            number: record.number,
            quote_lines: match &record.body {
                Body::Fault(fault) => fault.quote_lines,
                _ => 0,
            },
            verdict,
            body_error,
        }
    }

    fn validate(&self, json: &[u8], echo: impl FnOnce() -> Vec<u8>) -> Verdict {
        let result = match self.schema {
            Schema::Bik => UserProperty::from_json_with(json, &self.bik).map(|user| {
                let key = contact_key(&user);
                (self.render_user(&user), key)
            }),
            Schema::UpdateProfile => {
                UpdateProfile::from_json_with(json, &self.profile).map(|profile| {
                    let key = Some(hash_key(b'e', &profile.email().dedup_key()));
                    (self.render_profile(&profile), key)
                })
            }
        };
        match result {
            Ok((Ok(output), key)) => Verdict::Valid { output, key },
            Ok((Err(err), _)) => Verdict::Rejected {
                record: echo(),
                problems: vec![input_problem(&format!(
                    "the normalized record could not be written: {err}"
                ))],
            },
            Err(report) => Verdict::Rejected {
                record: echo(),
                problems: problems(&report),
            },
        }
    }

    fn render_user(&self, user: &UserProperty) -> serde_json::Result<Output> {
        if self.csv_out {
            Ok(Output::Cells(self.escape(cells(user.fields()))))
        } else {
            Ok(Output::Json(user.to_json()))
        }
    }

    fn render_profile(&self, profile: &UpdateProfile) -> serde_json::Result<Output> {
        if self.csv_out {
            Ok(Output::Cells(self.escape(cells(profile.fields()))))
        } else {
            Ok(Output::Json(profile.to_json()))
        }
    }
}

impl Validator {
    fn escape(&self, mut cells: Vec<String>) -> Vec<String> {
        if self.escape_formulas {
            for cell in &mut cells {
                escape_formula(cell);
            }
        }
        cells
    }
}

/// Makes a CSV cell safe to open in a spreadsheet, as OWASP's "CSV Injection" page
/// recommends: a cell starting with `=`, `+`, `-`, `@`, tab or carriage return, which
/// Excel, LibreOffice and Google Sheets would run as a formula (`=HYPERLINK(...)`), gets
/// a leading `'`, which they read as "this cell is text" and do not show. Quoting the
/// cell is left to the CSV writer.
pub fn escape_formula(cell: &mut String) {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        cell.insert(0, '\'');
    }
}

/// The identity two records share when they are the same contact, the library's
/// [`UserProperty::contact_id`] (what `BulkOutcome::contacts` groups by); `None` for an
/// entry with neither email nor phone. Hashed, so the set of keys seen costs 8
/// bytes per contact (see `summary`).
pub fn contact_key(user: &UserProperty) -> Option<u64> {
    Some(match user.contact_id()? {
        ContactId::Email(key) => hash_key(b'e', &key),
        ContactId::Phone(phone) => hash_key(b'p', &phone.e164()),
    })
}

/// SipHash-1-3 with std's fixed zero keys (`DefaultHasher::new`), deterministic within a
/// run; the tag keeps an email and a phone with the same text apart.
fn hash_key(tag: u8, text: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    hasher.write_u8(tag);
    hasher.write(text.as_bytes());
    hasher.finish()
}

/// A normalized record's fields as CSV cells in schema order: strings as they are,
/// booleans `true`/`false`, dates as their ISO text, lists joined with `;`, absent fields
/// empty.
fn cells<'a>(fields: impl Iterator<Item = (&'static str, Option<FieldValue<'a>>)>) -> Vec<String> {
    fields
        .map(|(_, value)| match value {
            None => String::new(),
            Some(FieldValue::Text(text)) => text.to_owned(),
            Some(FieldValue::Bool(flag)) => flag.to_string(),
            Some(FieldValue::Timestamp(at)) => at.to_string(),
            Some(FieldValue::List(items)) => items.collect::<Vec<_>>().join(";"),
            // A kind added to the library later: its JSON text, never nothing.
            Some(other) => serde_json::to_string(&other).unwrap_or_default(),
        })
        .collect()
}

fn problems(report: &Report) -> Vec<Problem> {
    report
        .iter()
        .map(|err| Problem {
            text: err.to_string(),
            tally: match err.kind() {
                // The line and column differ per record; the summary adds them up.
                ValidationErrorKind::InvalidJson { .. } => "\"value\" must be valid JSON".into(),
                _ => err.message().to_owned(),
            },
        })
        .collect()
}

fn input_problem(message: &str) -> Problem {
    Problem {
        text: format!("InputError: {message}"),
        tally: message.to_owned(),
    }
}

/// A JSON record as itself on one line (every token as sent), or as a string when it is
/// not JSON.
fn echo_json(raw: &[u8]) -> Vec<u8> {
    contactkit::models::compact_json(raw).unwrap_or_else(|| {
        let mut out = Vec::with_capacity(raw.len() + 2);
        json_text::push_str(&mut out, &String::from_utf8_lossy(raw));
        out
    })
}

/// A CSV row as an object of header to cell, every column kept, in header order.
fn echo_cells<'a>(header: &[String], cells: impl Iterator<Item = &'a str>) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    out.push(b'{');
    for (i, (name, cell)) in header.iter().zip(cells).enumerate() {
        if i > 0 {
            out.push(b',');
        }
        json_text::push_str(&mut out, name);
        out.push(b':');
        json_text::push_str(&mut out, cell);
    }
    out.push(b'}');
    out
}

fn echo_fault(echo: &Echo) -> Vec<u8> {
    let mut out = Vec::new();
    match echo {
        Echo::Nothing => out.extend_from_slice(b"null"),
        Echo::Text(text) => json_text::push_str(&mut out, text),
        Echo::Cells(cells) => json_text::push_str_array(&mut out, cells.iter().map(String::as_str)),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_record(raw: &str) -> Record {
        Record {
            number: 7,
            body: Body::Json(raw.as_bytes().to_vec()),
        }
    }

    #[test]
    fn valid_bik_entries_are_normalized_with_a_key() {
        let (validator, _) =
            Validator::new(Schema::Bik, contactkit::Region::IN, false, None, false).unwrap();
        let checked = validator.check(&json_record(
            r#"{"firstName":" Ann ","lastName":"Lee","email":"A.nn+x@GMAIL.com"}"#,
        ));
        let Verdict::Valid { output, key } = checked.verdict else {
            panic!("rejected")
        };
        assert_eq!(
            output,
            Output::Json(
                r#"{"firstName":"Ann","lastName":"Lee","email":"a.nn+x@gmail.com"}"#.into()
            )
        );
        // Gmail ignores dots and +tags: the same contact as ann@gmail.com.
        let other = validator.check(&json_record(
            r#"{"firstName":"A","lastName":"L","email":"ann@gmail.com"}"#,
        ));
        assert!(matches!(other.verdict, Verdict::Valid { key: k, .. } if k == key));
    }

    #[test]
    fn rejected_records_keep_their_text_and_errors() {
        let (validator, _) =
            Validator::new(Schema::Bik, contactkit::Region::IN, true, None, false).unwrap();
        let checked = validator.check(&json_record("{\n\"emial\": \"x\"\n}"));
        let Verdict::Rejected { record, problems } = checked.verdict else {
            panic!("accepted")
        };
        assert_eq!(record, br#"{"emial":"x"}"#);
        let texts: Vec<&str> = problems.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                r#"ValidationError: "firstName" is required"#,
                r#"ValidationError: "lastName" is required"#,
                r#"ValidationError: "emial" is not allowed"#,
            ]
        );
        let checked = validator.check(&json_record("{\"a\":"));
        let Verdict::Rejected { record, problems } = checked.verdict else {
            panic!("accepted")
        };
        assert_eq!(record, br#""{\"a\":""#);
        assert_eq!(problems[0].tally, r#""value" must be valid JSON"#);
    }

    #[test]
    fn csv_output_has_one_cell_per_key() {
        let (validator, _) =
            Validator::new(Schema::Bik, contactkit::Region::IN, false, None, true).unwrap();
        let checked = validator.check(&json_record(
            r#"{"firstName":"Ann","lastName":"Lee","phoneNumber":"9090909090","tags":["a","b"],"smsMarketingConsent":"TRUE"}"#,
        ));
        let Verdict::Valid {
            output: Output::Cells(cells),
            ..
        } = checked.verdict
        else {
            panic!("not cells")
        };
        assert_eq!(cells.len(), user_properties::FIELDS.len());
        // A leading `+` would make a spreadsheet read the phone as a formula.
        assert_eq!(cells[3], "'+91 9090909090");
        assert_eq!(cells[14], "true");
        assert_eq!(cells[15], "a;b");
        assert_eq!(cells[16], "");
    }

    #[test]
    fn formulas_are_escaped_owasp_style() {
        // (cell, as written to CSV output); from OWASP's CSV Injection page.
        let table = [
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "'=HYPERLINK(\"http://x\",\"y\")",
            ),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("Pune", "Pune"),
            ("a=b", "a=b"),
            ("", ""),
        ];
        for (cell, escaped) in table {
            let mut cell = cell.to_owned();
            escape_formula(&mut cell);
            assert_eq!(cell, escaped);
        }
    }
}
