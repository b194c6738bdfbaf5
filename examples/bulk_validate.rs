//! Validates a BIK `userProperties` body and prints how long it took.
//!
//! ```text
//! cargo run --release --example bulk_validate -- --write target/bik-100k.json   # generate
//! /usr/bin/time -v target/release/examples/bulk_validate target/bik-100k.json    # validate
//! cargo run --release --example bulk_validate                                    # both, in memory
//! cargo run --release --example bulk_validate -- --phones 10000000               # phone soak
//! ```
//!
//! `--write PATH [N]` writes the generated body (`benches/support/generator.rs`, 100,000
//! entries unless N says otherwise) and exits. With a PATH the body is read from that
//! file, so a peak-memory measurement sees the body and the validation only; without one
//! it is generated in memory first. The limits are raised to fit the body. The first
//! line is the cold start of phone validation (the first `IntlPhone` parse of the
//! process, metadata setup included). `--phones N` instead parses N numbers of the five
//! regions (valid and invalid, national and international) and prints the resident
//! memory every N/10 calls: it must stay flat.

#[path = "../benches/support/generator.rs"]
mod generator;

use contactkit::user_properties::{BulkOutcome, Options};
use contactkit::{IntlPhone, Region};
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let Ok(india) = Region::parse("IN") else {
        eprintln!("phone metadata has no region IN");
        return ExitCode::FAILURE;
    };
    let start = Instant::now();
    let first = IntlPhone::parse_with_region("9090909090", india);
    let cold = start.elapsed();
    let start = Instant::now();
    let second = IntlPhone::parse_with_region("+420 777 123 456", india);
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
        [flag, n] if flag == "--phones" => {
            let n: usize = n.parse().unwrap_or(10_000_000);
            return phone_soak(n);
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
    let outcome = match BulkOutcome::from_json_with(&body, &options) {
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

/// Parses `n` phone numbers and prints the resident memory as it goes.
fn phone_soak(n: usize) -> ExitCode {
    let Ok(india) = Region::parse("IN") else {
        return ExitCode::FAILURE;
    };
    // Numbers of the generated bodies' regions, including other regions' national numbers
    // read as Indian ones (invalid) and an unknown calling code.
    const NUMBERS: [&str; 12] = [
        "9090909090",
        "+91 81234 56789",
        "09090909090",
        "+420 777 123 456",
        "+49 1512 3456789",
        "+1 (201) 555-0123",
        "+44 7400 123456",
        "+44 (0)20 7946 0000",
        "601123456",
        "+999 123456789",
        "+91 12345",
        "n/a",
    ];
    let start = Instant::now();
    let mut valid = 0usize;
    let step = (n / 10).max(1);
    for i in 0..n {
        let input = NUMBERS[i % NUMBERS.len()];
        if IntlPhone::parse_with_region(std::hint::black_box(input), india).is_ok() {
            valid += 1;
        }
        if i % step == 0 {
            println!("{i:>10} calls: resident {} KiB", resident_kib());
        }
    }
    let elapsed = start.elapsed().as_secs_f64();
    println!(
        "{n} calls ({valid} valid) in {elapsed:.2} s: {:.0} numbers/s; resident {} KiB",
        n as f64 / elapsed,
        resident_kib()
    );
    ExitCode::SUCCESS
}

/// Resident set size from `/proc/self/statm` (Linux; 0 elsewhere), in KiB.
fn resident_kib() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<u64>().ok())
        .map_or(0, |pages| pages * 4)
}
