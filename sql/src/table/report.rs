//! What scans of a `records` table read, pruned and could not read: the damage a query's
//! result does not show, kept for the caller to report.

use std::sync::Mutex;

/// How many malformed records [`ReadTotals::malformed_examples`] names; the rest are counted.
pub const MALFORMED_EXAMPLES: usize = 20;

/// The running totals of every scan of one table (a query that reads the table twice counts
/// its deliveries twice). Shared between the table and its scans' threads.
#[derive(Debug, Default)]
pub struct ReadReport {
    totals: Mutex<ReadTotals>,
}

/// What scans read so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReadTotals {
    /// Deliveries opened.
    pub opened: u64,
    /// Deliveries not opened, their names putting them outside the query's filters.
    pub pruned: u64,
    /// Records read (malformed ones not among them).
    pub records: u64,
    /// Records that could not be read: not JSON, not a record, too large. Their rows are
    /// missing from the result.
    pub malformed: u64,
    /// The first [`MALFORMED_EXAMPLES`] of them: the delivery, then the reader's error
    /// (record index, line, byte and why).
    pub malformed_examples: Vec<String>,
    /// Records read whose `eventTime` is not a time: their `event_time` and `date` are null.
    pub times_not_times: u64,
    /// Deliveries that could not be read (to their end), each with why: missing, unreadable,
    /// a corrupt gzip stream. Rows read before the failure are in the result.
    pub unreadable: Vec<String>,
}

impl ReadReport {
    /// The totals so far.
    pub fn totals(&self) -> ReadTotals {
        self.lock().clone()
    }

    /// Adds `delivery`'s totals: what reading one delivery found, or what another report
    /// counted (an executor gathers its tasks' reports so).
    pub fn add(&self, delivery: ReadTotals) {
        let mut totals = self.lock();
        totals.opened += delivery.opened;
        totals.pruned += delivery.pruned;
        totals.records += delivery.records;
        totals.malformed += delivery.malformed;
        totals.times_not_times += delivery.times_not_times;
        let room = MALFORMED_EXAMPLES.saturating_sub(totals.malformed_examples.len());
        totals
            .malformed_examples
            .extend(delivery.malformed_examples.into_iter().take(room));
        totals.unreadable.extend(delivery.unreadable);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, ReadTotals> {
        // A thread that panicked while adding left whole numbers behind: still worth reading.
        self.totals
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl ReadTotals {
    /// Counts a malformed record, keeping its description while examples are wanted.
    pub(crate) fn malformed(&mut self, delivery: &str, error: impl std::fmt::Display) {
        self.malformed += 1;
        if self.malformed_examples.len() < MALFORMED_EXAMPLES {
            self.malformed_examples.push(format!("{delivery}: {error}"));
        }
    }
}
