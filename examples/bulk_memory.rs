//! How much memory `BulkOutcome::from_json_with` takes beyond the body it reads: the peak
//! of heap bytes in use during the call, counted by a wrapping global allocator, as a
//! multiple of the body's size.
//!
//! ```text
//! cargo run --release --example bulk_validate -- --write target/bik-100k.json
//! cargo run --release --example bulk_memory -- target/bik-100k.json
//! ```
//!
//! Heap bytes are what the program asked for; the resident size that `/usr/bin/time -v`
//! reports adds the allocator's own overhead, the executable and the stack (and counts
//! the body too), so the two are printed side by side.

use contactkit::user_properties::{BulkOutcome, Options};
use std::alloc::{GlobalAlloc, Layout, System};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// The system allocator, counting the bytes in use and their high-water mark.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let now = IN_USE.fetch_add(bytes, Relaxed) + bytes;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every call is forwarded to `System` with the caller's own arguments; the
// counters never affect what is allocated.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size >= layout.size() {
            grew(new_size - layout.size());
        } else {
            IN_USE.fetch_sub(layout.size() - new_size, Relaxed);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: bulk_memory BODY.json");
        return ExitCode::from(2);
    };
    let body = match std::fs::read(&path) {
        Ok(body) => body,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let options = Options::new()
        .max_entries(usize::MAX)
        .max_body_bytes(usize::MAX);
    let before = IN_USE.load(Relaxed);
    PEAK.store(before, Relaxed);
    let outcome = match BulkOutcome::from_json_with(&body, &options) {
        Ok(outcome) => outcome,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let peak = PEAK.load(Relaxed) - before;
    let kept = IN_USE.load(Relaxed) - before;
    let ratio = |bytes: usize| bytes as f64 / body.len() as f64;
    println!(
        "body {} bytes, {} entries ({} valid); during from_json_with: peak {} bytes of heap \
         ({:.2}x the body), {} bytes kept in the outcome ({:.2}x)",
        body.len(),
        outcome.len(),
        outcome.valid().len(),
        peak,
        ratio(peak),
        kept,
        ratio(kept),
    );
    ExitCode::SUCCESS
}
