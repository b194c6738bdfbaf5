//! Running a column's rows in chunks on a thread pool, results in input order.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

use pyo3::exceptions::PyValueError;
use pyo3::PyResult;
use rayon::prelude::*;
use rayon::{ThreadPool, ThreadPoolBuilder};

/// Rows per task: large enough that scheduling costs nothing next to ~0.3-3 µs per row,
/// small enough that two cores share a 10,000-row Spark batch evenly.
const CHUNK: usize = 1024;

/// The most threads one call may ask for.
const MAX_THREADS: usize = 1024;

/// Runs `f` over `0..len` in chunks and concatenates the results in order.
///
/// `threads`: `None` uses rayon's global pool (one thread per core, or
/// `RAYON_NUM_THREADS`); `1` runs on the calling thread; `n` uses a pool of `n`
/// threads, built once and kept.
pub(crate) fn run_chunked<T, F>(len: usize, threads: Option<usize>, f: F) -> PyResult<Vec<T>>
where
    T: Send,
    F: Fn(Range<usize>) -> Vec<T> + Sync + Send,
{
    let ranges: Vec<Range<usize>> = (0..len)
        .step_by(CHUNK)
        .map(|start| start..(start + CHUNK).min(len))
        .collect();
    let parallel = || -> Vec<Vec<T>> { ranges.par_iter().map(|r| f(r.clone())).collect() };
    let parts = match threads {
        Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
        Some(1) => ranges.iter().map(|r| f(r.clone())).collect(),
        None => parallel(),
        Some(n) => pool(n.min(MAX_THREADS))?.install(parallel),
    };
    let mut out = Vec::with_capacity(len);
    for part in parts {
        out.extend(part);
    }
    Ok(out)
}

/// The pool of `n` threads, built on first use.
fn pool(n: usize) -> PyResult<Arc<ThreadPool>> {
    static POOLS: OnceLock<Mutex<HashMap<usize, Arc<ThreadPool>>>> = OnceLock::new();
    let pools = POOLS.get_or_init(|| Mutex::new(HashMap::new()));
    // A poisoned lock only means another thread panicked while inserting: the map is
    // still usable.
    let mut pools = pools.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(pool) = pools.get(&n) {
        return Ok(Arc::clone(pool));
    }
    let pool = ThreadPoolBuilder::new()
        .num_threads(n)
        .thread_name(|i| format!("contactkit-{i}"))
        .build()
        .map_err(|e| PyValueError::new_err(format!("cannot start {n} threads: {e}")))?;
    let pool = Arc::new(pool);
    pools.insert(n, Arc::clone(&pool));
    Ok(pool)
}
