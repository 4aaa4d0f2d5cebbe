//! Progress on standard error while a scan reads: a bar over the input's total size when it
//! is known, a spinner with bytes and records for standard input, nothing when standard
//! error is not a terminal (or with `--quiet`), so that logs and pipes stay clean.

use std::io::{IsTerminal, Read};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::plural::{count, form};

/// What the threads that read report to, and what the terminal shows of it.
#[derive(Clone)]
pub struct Progress {
    bar: ProgressBar,
    deliveries: u64,
    done: Arc<AtomicU64>,
    records: Arc<AtomicU64>,
}

impl Progress {
    /// Progress over `deliveries` inputs of `bytes` bytes in all (`None`: not known, as for
    /// standard input), drawn when `show` and standard error is a terminal.
    pub fn new(show: bool, deliveries: u64, bytes: Option<u64>) -> Progress {
        let target = if show && std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = match bytes {
            Some(total) => ProgressBar::with_draw_target(Some(total), target).with_style(
                ProgressStyle::with_template(
                    "{bar:30} {binary_bytes}/{binary_total_bytes} ({binary_bytes_per_sec}, {eta} left) {msg}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
            ),
            None => ProgressBar::with_draw_target(None, target).with_style(
                ProgressStyle::with_template("{spinner} {binary_bytes} ({binary_bytes_per_sec}) {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            ),
        };
        if !bar.is_hidden() {
            bar.enable_steady_tick(Duration::from_millis(200));
        }
        Progress {
            bar,
            deliveries,
            done: Arc::default(),
            records: Arc::default(),
        }
    }

    /// `source`, counting the bytes read from it.
    pub fn reading<R: Read>(&self, source: R) -> Counted<R> {
        Counted {
            source,
            bar: self.bar.clone(),
        }
    }

    /// Counts records read.
    pub fn records(&self, count: u64) {
        self.records.fetch_add(count, Ordering::Relaxed);
        self.update_message();
    }

    /// Counts a delivery read to its end.
    pub fn delivery_done(&self) {
        self.done.fetch_add(1, Ordering::Relaxed);
        self.update_message();
    }

    /// Clears what was drawn.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }

    fn update_message(&self) {
        if self.bar.is_hidden() {
            return;
        }
        let records = self.records.load(Ordering::Relaxed);
        let done = self.done.load(Ordering::Relaxed);
        self.bar
            .set_message(message(done, self.deliveries, records));
    }
}

/// What the bar says beside the bytes: "3/11 deliveries, 120 records".
fn message(done: u64, deliveries: u64, records: u64) -> String {
    format!(
        "{done}/{deliveries} {}, {}",
        form(deliveries, "delivery", "deliveries"),
        count(records, "record", "records"),
    )
}

/// A source whose bytes are counted on the progress bar as they are read.
pub struct Counted<R> {
    source: R,
    bar: ProgressBar,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let read = self.source.read(buffer)?;
        self.bar.inc(read as u64);
        Ok(read)
    }
}

#[cfg(test)]
mod tests {
    use super::message;

    #[test]
    fn the_message_counts_one_in_the_singular() {
        assert_eq!(message(0, 1, 1), "0/1 delivery, 1 record");
        assert_eq!(message(1, 11, 0), "1/11 deliveries, 0 records");
        assert_eq!(message(11, 11, 299), "11/11 deliveries, 299 records");
    }
}
