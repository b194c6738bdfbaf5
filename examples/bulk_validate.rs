//! Validates a BIK `userProperties` body and prints how long it took.
//!
//! ```text
//! cargo run --release --example bulk_validate -- --write target/bik-100k.json   # generate
//! /usr/bin/time -v target/release/examples/bulk_validate target/bik-100k.json    # validate
//! cargo run --release --example bulk_validate                                    # both, in memory
//! ```
//!
//! `--write PATH [N]` writes the generated body (`benches/support/generator.rs`, 100,000
//! entries unless N says otherwise) and exits. With a PATH the body is read from that
//! file, so a peak-memory measurement sees the body and the validation only; without one
//! it is generated in memory first. The limits are raised to fit the body. The first
//! line is the cold start of phone validation (the first `IntlPhone` parse of the
//! process, metadata setup included).

#[path = "../benches/support/generator.rs"]
mod generator;

use contactkit::user_properties::{validate_request_with, Options};
use contactkit::IntlPhone;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let start = Instant::now();
    let first = IntlPhone::parse_with_region("9090909090", "IN");
    let cold = start.elapsed();
    let start = Instant::now();
    let second = IntlPhone::parse_with_region("+420 777 123 456", "IN");
    let cold_other = start.elapsed();
    if first.is_err() || second.is_err() {
        eprintln!("phone validation is broken");
        return ExitCode::FAILURE;
    }
    println!(
        "first phone parse (IN): {:.3} ms; first of another region (CZ): {:.3} ms",
        cold.as_secs_f64() * 1e3,
        cold_other.as_secs_f64() * 1e3
    );

    let args: Vec<String> = std::env::args().skip(1).collect();
    let body = match args.as_slice() {
        [flag, path, rest @ ..] if flag == "--write" => {
            let n = rest.first().and_then(|n| n.parse().ok()).unwrap_or(100_000);
            let body = generator::bik_body(n, generator::SEED);
            if let Err(e) = std::fs::write(path, &body) {
                eprintln!("{path}: {e}");
                return ExitCode::FAILURE;
            }
            println!("wrote {path}: {n} entries, {} bytes", body.len());
            return ExitCode::SUCCESS;
        }
        [path] => match std::fs::read(path) {
            Ok(body) => body,
            Err(e) => {
                eprintln!("{path}: {e}");
                return ExitCode::FAILURE;
            }
        },
        [] => generator::bik_body(100_000, generator::SEED).into_bytes(),
        _ => {
            eprintln!("usage: bulk_validate [--write PATH [N] | PATH]");
            return ExitCode::from(2);
        }
    };

    let options = Options::new()
        .max_entries(usize::MAX)
        .max_body_bytes(usize::MAX);
    let start = Instant::now();
    let outcome = match validate_request_with(&body, &options) {
        Ok(outcome) => outcome,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let elapsed = start.elapsed().as_secs_f64();
    println!(
        "{} entries ({} valid, {} invalid), {:.1} MB in {:.3} s: {:.0} entries/s, {:.1} MB/s",
        outcome.len(),
        outcome.valid().len(),
        outcome.invalid().len(),
        body.len() as f64 / 1e6,
        elapsed,
        outcome.len() as f64 / elapsed,
        body.len() as f64 / 1e6 / elapsed
    );
    ExitCode::SUCCESS
}
