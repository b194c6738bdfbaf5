//! The `rayon` path: entries validated on rayon's thread pool, results in input order.
//!
//! A quick scan splits the array into its items' text (strings and brackets only, no
//! values built); each item is then parsed and validated on its own, in parallel. The
//! answer is the sequential one whenever this path gives one: if any item is not a
//! complete JSON value within the depth limit, if the scan finds no well-formed array,
//! or if there are more items than allowed, it gives up and the sequential reader runs
//! and reports the body's error exactly as without the feature.

use std::ops::Range;

use rayon::prelude::*;

use crate::models::json::{Reader, Splitter};

use super::validate::read_whole_entry;
use super::{BulkOutcome, InvalidEntry, Options, ValidEntry};

/// Below this many entries threads cost more than they save (measured: a 64-entry
/// body takes about 30 µs on one core).
const MIN_ENTRIES: usize = 64;

/// Entries validated per parallel step: the results waiting to be moved into the
/// outcome stay small (~2 MB), and each step is long enough (~20 ms) for the pool's
/// start and stop to be negligible.
const CHUNK: usize = 8_192;

/// The first step is short: splitting the body is the one sequential part, and after
/// the first step it overlaps the validation of the step before.
const FIRST_CHUNK: usize = 512;

pub(super) fn scan_entries(
    reader: &mut Reader<'_>,
    options: &Options,
    depth: usize,
) -> Option<BulkOutcome> {
    if reader.peek() != Some(b'[') {
        return None;
    }
    let text = reader.text();
    let item_depth = options.common.max_depth.checked_sub(depth)?;
    let mut splitter = Splitter::new(text.as_bytes(), reader.position())?;
    let mut chunk = splitter.next_items(FIRST_CHUNK)?;
    if splitter.end().is_some() && chunk.len() < MIN_ENTRIES {
        return None;
    }
    let validate = |span: &Range<usize>| {
        // The body was checked to be UTF-8 when its reader was made.
        let item = text.get(span.clone())?;
        read_whole_entry(Reader::from_text(item, item_depth), options).ok()
    };
    let mut outcome = BulkOutcome {
        // Reserving for the whole body at once, from the first step's entry size,
        // avoids most of the doubling copies (and their memory peak).
        valid: Vec::with_capacity(splitter.estimate_items(chunk.len(), options.max_entries)),
        invalid: Vec::new(),
    };
    let mut index = 0;
    // The results of the step before, moved into the outcome while this step validates:
    // moving is sequential, and on the main thread alone it left the pool idle.
    let mut pending: Option<Step> = None;
    loop {
        // Over the limit, or malformed below: `None` hands the body to the sequential
        // reader, which reports the error at its place.
        if chunk.len()
            > options
                .max_entries
                .saturating_sub(index + pending_len(&pending))
        {
            return None;
        }
        let last = splitter.end().is_some();
        let (results, (next, moved)) = rayon::join(
            || {
                chunk
                    .par_iter()
                    .with_min_len(64)
                    .map(validate)
                    .collect::<Vec<_>>()
            },
            || {
                let moved = pending.take().map_or(Some(()), |(results, spans)| {
                    collect(&mut outcome, &mut index, results, &spans, text)
                });
                let next = match last {
                    true => Some(Vec::new()),
                    false => splitter.next_items(CHUNK),
                };
                (next, moved)
            },
        );
        moved?;
        pending = Some((results, chunk));
        if last {
            break;
        }
        chunk = next?;
    }
    if let Some((results, spans)) = pending {
        collect(&mut outcome, &mut index, results, &spans, text)?;
    }
    reader.skip_to(splitter.end()?);
    // As in the sequential scan: no capacity kept beyond the entries.
    outcome.valid.shrink_to_fit();
    outcome.invalid.shrink_to_fit();
    Some(outcome)
}

/// One entry's verdict, or `None` when its text is not a complete JSON value (the
/// sequential reader then reports the body's error).
type Checked = Result<super::UserProperty, crate::models::Report>;

/// A validated step: each entry's verdict and its text's place in the body.
type Step = (Vec<Option<Checked>>, Vec<Range<usize>>);

/// How many entries a step waiting to be moved holds.
fn pending_len(pending: &Option<Step>) -> usize {
    pending.as_ref().map_or(0, |(results, _)| results.len())
}

/// Moves one step's results into the outcome in input order; `None` if an entry was not
/// JSON.
fn collect(
    outcome: &mut BulkOutcome,
    index: &mut usize,
    results: Vec<Option<Checked>>,
    spans: &[Range<usize>],
    text: &str,
) -> Option<()> {
    for (result, span) in results.into_iter().zip(spans) {
        match result? {
            Ok(property) => outcome.valid.push(ValidEntry {
                index: *index,
                property,
            }),
            Err(report) => outcome.invalid.push(InvalidEntry {
                index: *index,
                entry: text.get(span.clone()).unwrap_or_default().into(),
                report,
            }),
        }
        *index += 1;
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::user_properties::BulkOutcome;

    /// Entries of every shape: valid, invalid, not objects, strings with brackets,
    /// commas and escapes, nesting.
    const ENTRIES: [&str; 8] = [
        r#"{"firstName":"A","lastName":"B","phoneNumber":"9090909090","email":"A@B.cz"}"#,
        r#"{"firstName":"A, [x]","lastName":"B \"q\" {y}","tags":["a","b,c"]}"#,
        r#"{"firstName":"A","lastName":"B","emial":"x"}"#,
        r#"7"#,
        r#"{"firstName":"A","lastName":"B","x":[[1,{"y":[2]}]]}"#,
        r#"{"firstName":"\u00e9\\","lastName":"B","createdAt":"2024-02-30"}"#,
        r#"[ {"firstName":"A"} ]"#,
        r#"{"__proto__":{"firstName":"P"},"lastName":"B"}"#,
    ];

    fn body(n: usize) -> String {
        let items: Vec<&str> = (0..n).map(|i| ENTRIES[i % ENTRIES.len()]).collect();
        format!(
            "{{\"userProperties\": [\n{}\n], \"__proto__\": {{}} }}",
            items.join(" ,\n")
        )
    }

    fn same(body: &[u8], options: &Options) {
        let parallel = BulkOutcome::from_json_with(body, &options.clone().parallel(true));
        let sequential = BulkOutcome::from_json_with(body, &options.clone().parallel(false));
        assert_eq!(parallel, sequential, "{:?}", String::from_utf8_lossy(body));
    }

    #[test]
    fn parallel_equals_sequential() {
        let options = Options::new();
        for n in [0, 1, 63, 64, 65, 200] {
            same(body(n).as_bytes(), &options);
        }
        // Limits: entries, depth (entries are two levels deep, three under __proto__).
        same(body(200).as_bytes(), &options.clone().max_entries(199));
        same(body(200).as_bytes(), &options.clone().max_entries(200));
        for depth in 0..8 {
            same(body(100).as_bytes(), &options.clone().max_depth(depth));
            let inherited = format!("{{\"__proto__\":{}}}", body(100));
            same(inherited.as_bytes(), &options.clone().max_depth(depth));
        }
        // More than one chunk, and a syntax error in the second one.
        let long = body(CHUNK + 100);
        same(long.as_bytes(), &options);
        let at = long
            .match_indices("\"firstName\":\"A\"")
            .nth(CHUNK)
            .map_or(0, |(at, _)| at);
        let broken = format!("{},{}", &long[..at], &long[at..]);
        assert!(BulkOutcome::from_json_with(broken.as_bytes(), &options).is_err());
        same(broken.as_bytes(), &options);
        // Every single-byte corruption of a body: the answer (often a syntax error at
        // a position) must not depend on the path taken.
        let text = body(70);
        let bytes = text.as_bytes();
        let noise = [b'"', b'[', b']', b'{', b'}', b',', b'\\', b' ', b'x', 0x01];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..3000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let at = (seed % bytes.len() as u64) as usize;
            let mut corrupted = bytes.to_vec();
            match (seed >> 32) % 3 {
                0 => {
                    corrupted.remove(at);
                }
                1 => corrupted.insert(at, noise[((seed >> 40) % 10) as usize]),
                _ => corrupted[at] = noise[((seed >> 40) % 10) as usize],
            }
            same(&corrupted, &options);
        }
    }
}
