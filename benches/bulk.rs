//! BIK bulk validation on a generated realistic body (`support/generator.rs`: Indian,
//! Czech, German, US and UK contacts, ~10% invalid), in entries and in bytes per second.
//!
//! ```text
//! cargo bench --bench bulk -- --warm-up-time 1 --measurement-time 3
//! cargo bench --bench bulk --features rayon -- validate_request   # both paths
//! cargo bench --bench bulk -- bik_write_entries   # JSON Lines out: write_json vs serde_json
//! ```
//!
//! The body has 10,000 entries, the default `Options::max_entries`. With the `rayon`
//! feature `validate_request_parallel` is the same call with `Options::parallel(true)`,
//! on all cores. The request benches return the outcome, so
//! its drop is not timed (criterion's `iter_with_large_drop`): a server drops it after
//! answering.

#[path = "support/generator.rs"]
mod generator;

#[cfg(feature = "rayon")]
use contactkit::user_properties::Options;
use contactkit::user_properties::{BulkOutcome, UserProperty};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

const ENTRIES: usize = 10_000;

fn bulk(c: &mut Criterion) {
    let body = generator::bik_body(ENTRIES, generator::SEED);
    let entries = generator::bik_entries(ENTRIES, generator::SEED);
    let outcome =
        BulkOutcome::from_json(body.as_bytes()).expect("the generated body is well formed");
    let invalid = outcome.invalid().len();
    assert_eq!(outcome.len(), ENTRIES);
    #[cfg(feature = "rayon")]
    assert_eq!(
        BulkOutcome::from_json_with(body.as_bytes(), &Options::new().parallel(true)).as_ref(),
        Ok(&outcome)
    );
    let entry_bytes: usize = entries.iter().map(String::len).sum();
    let entry_invalid = entries
        .iter()
        .filter(|e| UserProperty::from_json(e.as_bytes()).is_err())
        .count();
    assert_eq!(entry_invalid, invalid);

    for (unit, request, entry) in [
        (
            "entries",
            Throughput::Elements(ENTRIES as u64),
            Throughput::Elements(ENTRIES as u64),
        ),
        (
            "bytes",
            Throughput::Bytes(body.len() as u64),
            Throughput::Bytes(entry_bytes as u64),
        ),
    ] {
        let mut g = c.benchmark_group(format!("bik_bulk_{unit}"));
        g.sample_size(10);
        g.throughput(request);
        // The outcome is returned, so its drop (a server drops it after answering) is
        // not timed; it was checked once above.
        g.bench_function("validate_request", |b| {
            b.iter_with_large_drop(|| BulkOutcome::from_json(black_box(body.as_bytes())))
        });
        #[cfg(feature = "rayon")]
        {
            let parallel = Options::new().parallel(true);
            g.bench_function("validate_request_parallel", |b| {
                b.iter_with_large_drop(|| {
                    BulkOutcome::from_json_with(black_box(body.as_bytes()), &parallel)
                })
            });
        }
        g.throughput(entry);
        g.bench_function("validate_entry_json", |b| {
            b.iter(|| {
                let rejected = entries
                    .iter()
                    .filter(|e| UserProperty::from_json(black_box(e.as_bytes())).is_err())
                    .count();
                assert_eq!(rejected, invalid);
            })
        });
        g.finish();
    }

    // Writing the valid entries as JSON Lines: the serde-free writer and serde_json.
    let mut g = c.benchmark_group("bik_write_entries");
    g.sample_size(20);
    g.throughput(Throughput::Elements(outcome.valid().len() as u64));
    let mut lines = String::new();
    g.bench_function("write_json", |b| {
        b.iter(|| {
            lines.clear();
            for entry in outcome.valid() {
                entry.property().write_json(&mut lines);
                lines.push('\n');
            }
            black_box(lines.len())
        })
    });
    let mut serde_lines = Vec::new();
    g.bench_function("serde_json_to_writer", |b| {
        b.iter(|| {
            serde_lines.clear();
            for entry in outcome.valid() {
                serde_json::to_writer(&mut serde_lines, entry.property())
                    .expect("writes to memory");
                serde_lines.push(b'\n');
            }
            black_box(serde_lines.len())
        })
    });
    g.finish();
    assert_eq!(lines.as_bytes(), serde_lines, "the two writers agree");
}

criterion_group!(benches, bulk);
criterion_main!(benches);
