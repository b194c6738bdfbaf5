//! The run's tally: records, valid, invalid, duplicates and the most common errors.
//!
//! The summary is read by people at the end of a run and by scripts (`--summary-json`),
//! so its layout is fixed:
//!
//! ```text
//! records 1000  valid 902  invalid 98  duplicates 12
//! top errors:
//!     41  "email" must be a valid email
//!     20  "phoneNumber" must be a valid phone number
//! time 0.05 s  (20000 records/s)
//! ```
//!
//! `duplicates` counts valid records whose contact key
//! ([`contact_key`](crate::validate::contact_key)) was already seen in this run. The set
//! of keys seen holds one 64-bit hash per distinct contact in a hash table of 9 bytes per
//! slot, the slots a power of two above 8/7 of the contacts: 10 million distinct contacts
//! take 151 MB, 226 MB for the moment the table doubles (measured: 3.26 million distinct
//! contacts, 70 MB peak for the whole process). Two different contacts share a hash with
//! probability 2^-64 per pair, so about n²/2^65 false duplicates are expected among n
//! contacts: 3·10^-6 for 10 million.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::time::Duration;

use crate::validate::{Checked, Verdict};

/// How many error messages the text summary lists.
const TOP_ERRORS: usize = 10;

/// How many distinct error messages are tallied; more are counted under one line (a
/// file full of distinct unknown keys must not grow the tally without bound).
const MAX_DISTINCT_ERRORS: usize = 1000;

const OTHER_ERRORS: &str = "(other errors)";

/// A hasher for keys that are already hashes: it passes the `u64` through.
#[derive(Debug, Default, Clone, Copy)]
struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used by `HashSet<u64>`; fold anything else in anyway.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The counts of a run.
#[derive(Debug, Default)]
pub struct Summary {
    records: u64,
    valid: u64,
    invalid: u64,
    duplicates: u64,
    /// CSV rows with a quoting error, and the lines of the file they span.
    quote_errors: u64,
    quote_lines: u64,
    seen: HashSet<u64, BuildHasherDefault<Identity>>,
    errors: HashMap<String, u64>,
}

impl Summary {
    /// An empty tally.
    pub fn new() -> Self {
        Summary::default()
    }

    /// Counts one verdict.
    pub fn add(&mut self, checked: &Checked) {
        self.records += 1;
        if checked.quote_lines > 0 {
            self.quote_errors += 1;
            self.quote_lines += checked.quote_lines;
        }
        match &checked.verdict {
            Verdict::Valid { key, .. } => {
                self.valid += 1;
                if let Some(key) = key {
                    if !self.seen.insert(*key) {
                        self.duplicates += 1;
                    }
                }
            }
            Verdict::Rejected { problems, .. } => {
                self.invalid += 1;
                for problem in problems {
                    if let Some(count) = self.errors.get_mut(&problem.tally) {
                        *count += 1;
                    } else if self.errors.len() < MAX_DISTINCT_ERRORS {
                        self.errors.insert(problem.tally.clone(), 1);
                    } else {
                        *self.errors.entry(OTHER_ERRORS.to_owned()).or_default() += 1;
                    }
                }
            }
        }
    }

    /// Records seen so far.
    pub fn records(&self) -> u64 {
        self.records
    }

    /// Whether any record was rejected (exit status 1).
    pub fn has_rejects(&self) -> bool {
        self.invalid > 0
    }

    /// Error messages by count, most frequent first, ties in message order.
    fn ranked(&self) -> Vec<(&str, u64)> {
        let mut ranked: Vec<(&str, u64)> = self
            .errors
            .iter()
            .map(|(message, count)| (message.as_str(), *count))
            .collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        ranked
    }

    /// The text summary (layout in the module docs), ending in a line break.
    pub fn render(&self, elapsed: Duration) -> String {
        let mut text = format!(
            "records {}  valid {}  invalid {}  duplicates {}\n",
            self.records, self.valid, self.invalid, self.duplicates
        );
        let ranked = self.ranked();
        if !ranked.is_empty() {
            text.push_str("top errors:\n");
            for (message, count) in ranked.iter().take(TOP_ERRORS) {
                text.push_str(&format!("{count:>6}  {message}\n"));
            }
        }
        if self.quote_errors > 0 {
            text.push_str(&format!(
                "unbalanced quotes: {} rows, spanning {} lines of the file (see the rejects)\n",
                self.quote_errors, self.quote_lines
            ));
        }
        let seconds = elapsed.as_secs_f64();
        let rate = if seconds > 0.0 {
            (self.records as f64 / seconds).round()
        } else {
            0.0
        };
        text.push_str(&format!("time {seconds:.2} s  ({rate} records/s)\n"));
        text
    }

    /// The summary as one JSON object: the counts, every tallied error message with its
    /// count (most frequent first), and the time taken.
    pub fn to_json(&self, elapsed: Duration) -> String {
        let errors: Vec<serde_json::Value> = self
            .ranked()
            .into_iter()
            .map(|(message, count)| serde_json::json!({"message": message, "count": count}))
            .collect();
        serde_json::json!({
            "records": self.records,
            "valid": self.valid,
            "invalid": self.invalid,
            "duplicates": self.duplicates,
            "errors": errors,
            "quote_errors": self.quote_errors,
            "quote_error_lines": self.quote_lines,
            "seconds": elapsed.as_secs_f64(),
        })
        .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::{Output, Problem};

    fn valid(key: Option<u64>) -> Checked {
        Checked {
            body_error: None,
            number: 1,
            quote_lines: 0,
            verdict: Verdict::Valid {
                output: Output::Json("{}".into()),
                key,
            },
        }
    }

    fn rejected(messages: &[&str]) -> Checked {
        Checked {
            body_error: None,
            number: 1,
            quote_lines: 0,
            verdict: Verdict::Rejected {
                record: b"null".to_vec(),
                problems: messages
                    .iter()
                    .map(|m| Problem {
                        text: format!("ValidationError: {m}"),
                        tally: m.to_string(),
                    })
                    .collect(),
            },
        }
    }

    #[test]
    fn counts_and_ranks() {
        let mut summary = Summary::new();
        for checked in [
            valid(Some(1)),
            valid(Some(1)),
            valid(None),
            valid(None),
            valid(Some(2)),
            rejected(&["b"]),
            rejected(&["a", "b"]),
            rejected(&["c"]),
        ] {
            summary.add(&checked);
        }
        assert!(summary.has_rejects());
        assert_eq!(
            summary.render(Duration::from_secs(2)),
            "records 8  valid 5  invalid 3  duplicates 1\n\
             top errors:\n     2  b\n     1  a\n     1  c\n\
             time 2.00 s  (4 records/s)\n"
        );
        let json: serde_json::Value =
            serde_json::from_str(&summary.to_json(Duration::from_secs(2))).unwrap();
        assert_eq!(json["duplicates"], 1);
        assert_eq!(json["errors"][0]["message"], "b");
    }
}
