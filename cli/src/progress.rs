//! A progress bar on standard error, for people waiting on a long run.
//!
//! Shown only when standard error is a terminal (never in pipes, logs or tests), and
//! only once a run has taken a second, so short runs print nothing but their summary.
//! The bar follows the bytes read, since the number of records in a file is not known
//! until its end; the message adds the record count and rate, and the ETA comes from the
//! bytes. Standard input has no known size: a spinner shows the same counts.

use std::io::IsTerminal as _;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a run must take before the bar appears.
const DELAY: Duration = Duration::from_secs(1);

/// The progress display of one run (a no-op when standard error is not a terminal).
pub struct Progress {
    bar: Option<ProgressBar>,
    shown: bool,
    started: Instant,
}

impl Progress {
    /// A bar for an input of `total` bytes (`None`: unknown size, a spinner).
    pub fn new(total: Option<u64>) -> Self {
        let started = Instant::now();
        if !std::io::stderr().is_terminal() {
            return Progress {
                bar: None,
                shown: false,
                started,
            };
        }
        let (bar, template) = match total {
            Some(total) => (
                ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden()),
                "{elapsed_precise} [{bar:25}] {percent:>3}% eta {eta}  {msg}",
            ),
            None => (
                ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()),
                "{spinner} {elapsed_precise} {binary_bytes}  {msg}",
            ),
        };
        let style = ProgressStyle::with_template(template)
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
        Progress {
            bar: Some(bar.with_style(style)),
            shown: false,
            started,
        }
    }

    /// Reports `bytes` read and `records` checked so far.
    pub fn update(&mut self, bytes: u64, records: u64) {
        let Some(bar) = &self.bar else {
            return;
        };
        let elapsed = self.started.elapsed();
        if !self.shown && elapsed >= DELAY {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            self.shown = true;
        }
        let rate = records as f64 / elapsed.as_secs_f64().max(1e-3);
        bar.set_position(bytes);
        bar.set_message(format!("{records} records, {rate:.0}/s"));
    }

    /// Removes the bar before the summary is printed.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
