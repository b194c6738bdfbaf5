//! Our side of the Joi differential test (`scripts/joi-differential/run.sh`): reads JSON
//! Lines of BIK entries on standard input and writes, for each line, every error
//! `UserProperty::from_json_report` finds (an empty list for a valid entry).
//!
//! ```text
//! cargo run --release --example joi_differential < entries.jsonl > ours.jsonl
//! ```

use std::io::{self, BufRead, BufWriter, Write};

use contactkit::user_properties::UserProperty;

fn main() -> io::Result<()> {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    for (n, line) in stdin.split(b'\n').enumerate() {
        let line = line?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let errors: Vec<String> = match UserProperty::from_json_report(&line) {
            Ok(_) => Vec::new(),
            Err(report) => report.iter().map(|e| e.message().to_owned()).collect(),
        };
        let record = serde_json::json!({ "line": n + 1, "all_errors": errors });
        serde_json::to_writer(&mut out, &record)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
