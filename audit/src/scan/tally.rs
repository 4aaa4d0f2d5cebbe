//! What the audit counts, per delivery and then for the whole run. Every part merges by
//! addition or into sorted maps, so the run's tally does not depend on which thread read
//! which delivery, or in what order.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use ecd_events::{Access, Category};

use super::{Keep, MalformedTally, Matches};

/// Counts of one delivery, or of many merged.
#[derive(Debug, Default)]
pub struct Tally {
    /// Deliveries read.
    pub deliveries: u64,
    /// Bytes of content read (after decompression).
    pub content_bytes: u64,
    /// Distinct records read, of every service, inside the selection or not.
    pub records: u64,
    /// Records read before: the same `eventId` and content.
    pub duplicates: u64,
    /// Records that share an `eventId` with a record of other content; each is counted in
    /// `records` and audited. Set once all deliveries are read.
    pub conflicting: u64,
    /// Records outside `--since`, `--until` or `--region`.
    pub outside_selection: u64,
    /// ECD's records in the selection.
    pub ecd_records: u64,
    /// Other services' records in the selection, by product.
    pub other_services: BTreeMap<String, u64>,
    /// The earliest and latest `eventTime` of ECD's records.
    pub first: Option<DateTime<Utc>>,
    /// See `first`.
    pub last: Option<DateTime<Utc>>,
    /// ECD's records by account (`userIdentity.accountId`; `""` for none).
    pub accounts: BTreeMap<String, u64>,
    /// ECD's records by region (`acsRegion`; `""` for none).
    pub regions: BTreeMap<String, u64>,
    /// ECD's records of the catalogue's events, by category, then `[read, write]`.
    pub categories: BTreeMap<Category, [u64; 2]>,
    /// ECD's records by access: read, write, neither said nor known.
    pub access: [u64; 3],
    /// ECD's records whose names the catalogue does not list, by name.
    pub unlisted: BTreeMap<String, u64>,
    /// ECD's failed requests, by event and identity.
    pub failed: BTreeMap<(String, String), Failures>,
    /// The records that matched each rule (ECD's, or of the services a rule names).
    pub matches: Matches,
    /// Records that could not be read: how many, and the first few.
    pub malformed: MalformedTally,
    /// Records read whose `eventTime` is not an RFC 3339 time (counted in `records` too, and
    /// audited by the rules that need no time): how many, and the first few.
    pub untimed: MalformedTally,
    /// Deliveries that could not be read to the end (or at all), or held not one record
    /// that could be read: `(delivery index, why)`.
    pub unreadable: Vec<(usize, String)>,
    /// Deliveries with nothing in them, by index.
    pub empty: Vec<usize>,
}

/// Failed requests of one event by one identity.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Failures {
    /// How many.
    pub count: u64,
    /// By `errorCode` (`""` when a request failed with a message only).
    pub codes: BTreeMap<String, u64>,
}

impl Tally {
    /// Nothing counted yet; of the rules' matches, `keep` says what to keep.
    pub fn keeping(keep: Keep) -> Tally {
        Tally {
            matches: Matches::keeping(keep),
            ..Tally::default()
        }
    }

    /// Counts an ECD record's category and access.
    pub fn count_access(&mut self, category: Option<Category>, access: Option<Access>) {
        let column = usize::from(access == Some(Access::Write));
        if let Some(category) = category {
            self.categories.entry(category).or_default()[column] += 1;
        }
        self.access[match access {
            Some(Access::Read) => 0,
            Some(Access::Write) => 1,
            _ => 2,
        }] += 1;
    }

    /// Widens the time range to `time`.
    pub fn count_time(&mut self, time: DateTime<Utc>) {
        self.first = Some(self.first.map_or(time, |first| first.min(time)));
        self.last = Some(self.last.map_or(time, |last| last.max(time)));
    }

    /// Adds `other` to this tally.
    pub fn merge(&mut self, other: Tally) {
        self.deliveries += other.deliveries;
        self.content_bytes += other.content_bytes;
        self.records += other.records;
        self.duplicates += other.duplicates;
        self.outside_selection += other.outside_selection;
        self.ecd_records += other.ecd_records;
        add_counts(&mut self.other_services, other.other_services);
        if let Some(first) = other.first {
            self.count_time(first);
        }
        if let Some(last) = other.last {
            self.count_time(last);
        }
        add_counts(&mut self.accounts, other.accounts);
        add_counts(&mut self.regions, other.regions);
        for (category, [read, write]) in other.categories {
            let counts = self.categories.entry(category).or_default();
            counts[0] += read;
            counts[1] += write;
        }
        for (sum, add) in self.access.iter_mut().zip(other.access) {
            *sum += add;
        }
        add_counts(&mut self.unlisted, other.unlisted);
        for (key, failures) in other.failed {
            let sum = self.failed.entry(key).or_default();
            sum.count += failures.count;
            add_counts(&mut sum.codes, failures.codes);
        }
        self.matches.merge(other.matches);
        self.malformed.merge(other.malformed);
        self.untimed.merge(other.untimed);
        self.unreadable.extend(other.unreadable);
        self.empty.extend(other.empty);
    }
}

fn add_counts(sum: &mut BTreeMap<String, u64>, add: BTreeMap<String, u64>) {
    for (key, count) in add {
        *sum.entry(key).or_default() += count;
    }
}
