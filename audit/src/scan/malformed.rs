//! Records the audit cannot take whole: those that could not be read (malformed), and those
//! read whose `eventTime` is not a time. Each is kept as its place and a short reason, and only
//! the first few are kept at all: an input can hold millions (twenty million `{}` fit in a
//! 58 KB `.gz`), and the report shows a few and the count. `--malformed` lists them all, from
//! the [`Listing`](super::Listing), without holding them.

use ecd_events::records::{RecordError, RecordErrorKind, RecordPosition};

use super::cut::shortened;

/// How many of each kind the audit keeps: as many as the text report shows.
pub const KEPT: usize = 20;

/// The longest reason kept, in bytes: a reader's message can quote the record (serde quotes
/// a value of the wrong type, or an unknown field), which can be megabytes long.
pub const REASON_LIMIT: usize = 200;

/// What is wrong with a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MalformedKind {
    /// Not JSON: damaged, cut short, or bytes that are not UTF-8.
    Syntax,
    /// JSON, but not an ActionTrail record.
    Data,
    /// A Log Service log that carries no ActionTrail event.
    NotAnEvent,
    /// Longer than the reader's limit.
    TooLarge,
    /// Read, but its `eventTime` is not an RFC 3339 time: it is audited by the rules that
    /// need no time.
    EventTime,
}

impl MalformedKind {
    /// Its name in `--malformed`'s listing.
    pub fn as_str(self) -> &'static str {
        match self {
            MalformedKind::Syntax => "syntax",
            MalformedKind::Data => "data",
            MalformedKind::NotAnEvent => "not_an_event",
            MalformedKind::TooLarge => "too_large",
            MalformedKind::EventTime => "event_time",
        }
    }

    /// The kind of a reader's error (other than a failure to read the source).
    pub fn of(error: &RecordError) -> MalformedKind {
        match error.kind() {
            RecordErrorKind::Data => MalformedKind::Data,
            RecordErrorKind::NotAnEvent => MalformedKind::NotAnEvent,
            RecordErrorKind::TooLarge => MalformedKind::TooLarge,
            _ => MalformedKind::Syntax,
        }
    }
}

/// A record the audit could not take whole, and where it is.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Malformed {
    /// The delivery's place among the inputs.
    pub delivery: usize,
    /// Where the record is in its delivery.
    pub position: RecordPosition,
    /// What is wrong.
    pub kind: MalformedKind,
    /// What is wrong, as the reader (or the time's parser) says it, cut to [`REASON_LIMIT`].
    pub reason: Box<str>,
}

/// How many malformed records of one sort (not read, or read without a valid time), and the
/// first [`KEPT`] of them in input order (deliveries in the inputs' order, records in theirs):
/// the same for any number of threads.
#[derive(Debug, Default)]
pub struct MalformedTally {
    /// How many.
    pub count: u64,
    /// The first of them, in order.
    pub first: Vec<Malformed>,
}

impl MalformedTally {
    /// Counts a record of the `delivery`th input at `position`, keeping it if it is among
    /// the first.
    pub fn count(
        &mut self,
        delivery: usize,
        position: RecordPosition,
        kind: MalformedKind,
        reason: &str,
    ) {
        self.count += 1;
        let place = (delivery, position.index);
        let last = self
            .first
            .last()
            .map(|kept| (kept.delivery, kept.position.index));
        if self.first.len() == KEPT && last.is_some_and(|last| place >= last) {
            return;
        }
        let malformed = Malformed {
            delivery,
            position,
            kind,
            reason: shortened(reason, REASON_LIMIT).into(),
        };
        let at = self
            .first
            .partition_point(|kept| (kept.delivery, kept.position.index) < place);
        self.first.insert(at, malformed);
        self.first.truncate(KEPT);
    }

    /// Adds `other`'s to these.
    pub fn merge(&mut self, other: MalformedTally) {
        self.count += other.count;
        self.first.extend(other.first);
        self.first.sort();
        self.first.truncate(KEPT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(index: u64) -> RecordPosition {
        RecordPosition {
            index,
            line: index + 1,
            offset: index * 10,
        }
    }

    #[test]
    fn the_first_are_kept_in_input_order_whatever_the_order_of_counting() {
        let mut one = MalformedTally::default();
        let mut other = MalformedTally::default();
        // Deliveries 1 and 3 read by one thread, 0 and 2 by another, each in record order.
        for delivery in [1, 3] {
            for index in 0..15 {
                one.count(
                    delivery,
                    at(index),
                    MalformedKind::Syntax,
                    &format!("{delivery}/{index}"),
                );
            }
        }
        for delivery in [0, 2] {
            for index in 0..15 {
                other.count(
                    delivery,
                    at(index),
                    MalformedKind::Data,
                    &format!("{delivery}/{index}"),
                );
            }
        }
        one.merge(other);
        assert_eq!(one.count, 60);
        let kept: Vec<&str> = one.first.iter().map(|kept| &*kept.reason).collect();
        let expected: Vec<String> = (0..15)
            .map(|index| format!("0/{index}"))
            .chain((0..5).map(|index| format!("1/{index}")))
            .collect();
        assert_eq!(kept, expected);
    }
}
