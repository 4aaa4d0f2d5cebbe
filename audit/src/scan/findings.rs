//! From the records that matched rules to findings: one a record for a detection rule, one a
//! group for a correlation (`correlate`).

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};
use std::hash::{BuildHasher, BuildHasherDefault, Hasher, RandomState};

use siphasher::sip128::{Hasher128 as _, SipHasher13};
use std::sync::Mutex;

use rayon::prelude::*;

use super::Occurrence;
use super::correlate::{self, Sample};
use super::seen::Fingerprinted;
use crate::rules::Ruleset;

/// A rule that fired, and on what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The rule's place in its ruleset.
    pub rule: usize,
    /// The record; for a correlation, the last record of its group.
    pub occurrence: Occurrence,
    /// How many records: 1, or the size of the group (for `value_count`, the distinct values).
    pub count: u64,
    /// For a correlation, the time of the group's first record.
    pub window_start: Option<String>,
    /// For a correlation, the `group-by` fields and the group's values of them (and, for
    /// `first_seen`, the field met for the first time).
    pub group: Vec<(String, String)>,
    /// For a correlation, its records in time order: the first [`GROUPED_SHOWN`] of them.
    pub events: Vec<Occurrence>,
    /// For a correlation, how many of its records each event name has, by name.
    pub event_counts: Vec<(String, u64)>,
}

/// How many of a correlation's records its finding lists (`event_counts` counts them all).
pub const GROUPED_SHOWN: usize = 20;

impl Finding {
    /// The finding of one record.
    pub fn single(rule: usize, occurrence: Occurrence) -> Finding {
        Finding {
            rule,
            occurrence,
            count: 1,
            window_start: None,
            group: Vec::new(),
            events: Vec::new(),
            event_counts: Vec::new(),
        }
    }
}

/// How many of each rule's findings a scan keeps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Keep {
    /// Every one: the JSON and CSV reports list them all.
    #[default]
    All,
    /// The first `n` by the report's order, and how many there are: all that the text report
    /// shows (its examples, and counts). A rule's records are kept as they are read only while
    /// they are among its first `n`, so that what findings hold stays within rules × `n`
    /// however many records fire (tens of thousands of occurrences, kept until the report,
    /// were the most of a text scan's memory on an archive with many findings).
    First(usize),
}

/// The records that matched each rule, in the order read (or, keeping the first few, the
/// first by the report's order), and what correlations group.
#[derive(Debug, Default)]
pub struct Matches {
    keep: Keep,
    /// With [`Keep::All`]: by rule, every record that matched it.
    by_rule: Vec<Chunks<Occurrence>>,
    /// With [`Keep::First`]: by rule, how many records matched it and the first of them.
    first: Vec<First>,
    /// By correlation: the matches of its rules, with their groups. Kept whole whatever
    /// [`Keep`] says: a correlation's findings are known only once every sample is in.
    samples: Vec<Chunks<Sample>>,
}

/// The records that matched a rule, with [`Keep::First`]: how many, and the first of them by
/// the report's order, at most the number kept. A max-heap, so that the last of those kept,
/// the one a new record may replace, is at hand.
#[derive(Debug, Default)]
struct First {
    count: u64,
    kept: BinaryHeap<Ordered>,
}

/// An occurrence ordered as the report orders them ([`Occurrence::order`]).
#[derive(Debug)]
struct Ordered(Occurrence);

impl Ord for Ordered {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.order(&other.0)
    }
}

impl PartialOrd for Ordered {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Ordered {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Ordered {}

impl First {
    /// Counts a record, keeping it if it is among the first `most`.
    fn push(&mut self, occurrence: Occurrence, most: usize) {
        self.count += 1;
        self.offer(occurrence, most);
    }

    /// Keeps `occurrence` if it is among the first `most` of those kept and it.
    fn offer(&mut self, occurrence: Occurrence, most: usize) {
        if self.kept.len() < most {
            self.kept.push(Ordered(occurrence));
        } else if let Some(mut last) = self.kept.peek_mut()
            && occurrence.order(&last.0).is_lt()
        {
            // (The heap puts the new one in its place when `last` is dropped.)
            *last = Ordered(occurrence);
        }
    }

    /// Adds `other`'s records: the first of both sets are the first of their union, so that
    /// the result does not depend on which thread read which delivery.
    fn merge(&mut self, other: First, most: usize) {
        self.count += other.count;
        for Ordered(occurrence) in other.kept {
            self.offer(occurrence, most);
        }
    }

    /// Those kept, in the report's order.
    fn into_sorted(self) -> Vec<Occurrence> {
        self.kept
            .into_sorted_vec()
            .into_iter()
            .map(|Ordered(occurrence)| occurrence)
            .collect()
    }
}

/// A list kept as the lists of the deliveries merged into it, in order: merging moves those
/// lists, not their items, which are moved once, when the list is taken whole. (A scan
/// merges its deliveries' tallies two by two, so that items extended at each merge were
/// moved once for each level of that tree.)
#[derive(Debug)]
struct Chunks<T>(Vec<Vec<T>>);

impl<T> Default for Chunks<T> {
    fn default() -> Self {
        Chunks(Vec::new())
    }
}

impl<T> Chunks<T> {
    fn push(&mut self, item: T) {
        match self.0.last_mut() {
            Some(last) => last.push(item),
            None => self.0.push(vec![item]),
        }
    }

    fn append(&mut self, other: Chunks<T>) {
        for mut chunk in other.0.into_iter().filter(|chunk| !chunk.is_empty()) {
            // A delivery's list is a few items, in room for more: kept until the end, the
            // room would be a third of it (a no-op once a list is merged again).
            chunk.shrink_to_fit();
            self.0.push(chunk);
        }
    }

    fn into_vec(self) -> Vec<T> {
        match <[Vec<T>; 1]>::try_from(self.0) {
            Ok([only]) => only,
            Err(chunks) => {
                let mut all = Vec::with_capacity(chunks.iter().map(Vec::len).sum());
                for chunk in chunks {
                    all.extend(chunk);
                }
                all
            }
        }
    }
}

/// For `first_seen` correlations: the earliest record of each group and value, shared by every
/// reading thread, so that a record whose group and value were met earlier costs one hash and
/// one look-up, and nothing is made for it. Keyed by a 128-bit SipHash of the correlation, the
/// group and the value, keyed at random for each run (so that no record can be written to
/// collide with another's key); in shards, each alone on its cache lines, so that two threads
/// seldom wait for each other.
#[derive(Debug)]
pub struct FirstSeen {
    key: (u64, u64),
    shards: Vec<FirstShard>,
}

/// A key of [`FirstSeen`]: the fingerprint of a correlation, a group and a value.
pub type FirstKey = (u64, u64);

type FirstMap = HashMap<FirstKey, (usize, Sample), BuildHasherDefault<Fingerprinted>>;

#[derive(Debug, Default)]
#[repr(align(128))]
struct FirstShard(Mutex<FirstMap>);

/// Shards of [`FirstSeen`]: a power of two, more than threads usually.
const FIRST_SHARDS: usize = 16;

impl Default for FirstSeen {
    fn default() -> Self {
        let random = RandomState::new();
        FirstSeen {
            key: (random.hash_one(0u8), random.hash_one(1u8)),
            shards: (0..FIRST_SHARDS).map(|_| FirstShard::default()).collect(),
        }
    }
}

impl Matches {
    /// No matches yet, of which `keep` says what to keep.
    pub fn keeping(keep: Keep) -> Matches {
        Matches {
            keep,
            ..Matches::default()
        }
    }

    /// Adds a record that matched the `rule`th rule.
    pub fn push(&mut self, rule: usize, occurrence: Occurrence) {
        match self.keep {
            Keep::All => grow(&mut self.by_rule, rule).push(occurrence),
            Keep::First(most) => grow(&mut self.first, rule).push(occurrence, most),
        }
    }

    /// Adds a match of one of the `correlation`th rule's rules.
    pub fn push_sample(&mut self, correlation: usize, sample: Sample) {
        grow(&mut self.samples, correlation).push(sample);
    }

    /// Adds `other`'s matches to these, after them. Both keep the same: a scan makes every
    /// tally it merges with one [`Keep`].
    pub fn merge(&mut self, other: Matches) {
        debug_assert_eq!(self.keep, other.keep);
        for (rule, occurrences) in other.by_rule.into_iter().enumerate() {
            match self.keep {
                Keep::All => grow(&mut self.by_rule, rule).append(occurrences),
                Keep::First(most) => {
                    let first = grow(&mut self.first, rule);
                    for occurrence in occurrences.into_vec() {
                        first.push(occurrence, most);
                    }
                }
            }
        }
        for (rule, first) in other.first.into_iter().enumerate() {
            match self.keep {
                Keep::First(most) => grow(&mut self.first, rule).merge(first, most),
                // (Never met: kept as well as can be.)
                Keep::All => {
                    grow(&mut self.by_rule, rule).append(Chunks(vec![first.into_sorted()]))
                }
            }
        }
        for (correlation, samples) in other.samples.into_iter().enumerate() {
            grow(&mut self.samples, correlation).append(samples);
        }
    }
}

impl FirstSeen {
    /// A hasher for a key: the correlation, then the group's values and the value, each
    /// written whole and followed by a byte no UTF-8 text has, so that values cannot run into
    /// each other.
    pub fn hasher(&self, correlation: usize) -> Hasher128 {
        let mut hasher = Hasher128(SipHasher13::new_with_keys(self.key.0, self.key.1));
        hasher.0.write_usize(correlation);
        hasher
    }

    fn shard(&self, key: FirstKey) -> std::sync::MutexGuard<'_, FirstMap> {
        let shard = &self.shards[(key.0 >> 60) as usize % FIRST_SHARDS];
        // A thread that panicked while holding it left whole samples: they are still good.
        shard
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Whether a record of `key` no later than `time` is kept already: one that cannot
    /// replace it need not be made.
    pub fn seen_before(&self, key: FirstKey, time: Option<chrono::DateTime<chrono::Utc>>) -> bool {
        self.shard(key)
            .get(&key)
            .is_some_and(|(_, kept)| kept.occurrence.time <= time)
    }

    /// Keeps `sample`, of the `correlation`th rule, if it is the earliest of its key (by time,
    /// then `eventId`, so that the result does not depend on the order records are read in).
    pub fn keep(&self, correlation: usize, key: FirstKey, sample: Sample) {
        let mut shard = self.shard(key);
        match shard.get_mut(&key) {
            Some((_, kept)) if sample.occurrence.order(&kept.occurrence).is_lt() => {
                *kept = sample;
            }
            Some(_) => {}
            None => {
                shard.insert(key, (correlation, sample));
            }
        }
    }

    /// The samples kept, by correlation.
    fn into_samples(self, rules: usize) -> Vec<Vec<Sample>> {
        let mut samples = vec![Vec::new(); rules];
        for shard in self.shards {
            let map = shard
                .0
                .into_inner()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            for (_, (correlation, sample)) in map {
                if let Some(of) = samples.get_mut(correlation) {
                    of.push(sample);
                }
            }
        }
        samples
    }
}

/// The hasher of a [`FirstSeen`] key.
pub struct Hasher128(SipHasher13);

impl Hasher128 {
    /// Adds a value.
    pub fn value(&mut self, text: &str) {
        self.0.write(text.as_bytes());
        self.0.write_u8(0xff);
    }

    /// Ends a part (the group, then the value).
    pub fn end_part(&mut self) {
        self.0.write_u8(0xfe);
    }

    /// The key.
    pub fn finish(self) -> FirstKey {
        let hash = self.0.finish128();
        (hash.h1, hash.h2)
    }
}

fn grow<T: Default>(lists: &mut Vec<T>, at: usize) -> &mut T {
    if lists.len() <= at {
        lists.resize_with(at + 1, T::default);
    }
    &mut lists[at]
}

/// Each of `rules` lists, whole.
fn whole<T>(mut lists: Vec<Chunks<T>>, rules: usize) -> Vec<Vec<T>> {
    lists.resize_with(rules, Chunks::default);
    lists.into_iter().map(Chunks::into_vec).collect()
}

/// A scan's findings, as [`findings`] makes them.
#[derive(Debug, Default)]
pub struct Found {
    /// The findings, ordered by rule, then time, then `eventId`: every one, or with
    /// [`Keep::First`] the first of each rule.
    pub findings: Vec<Finding>,
    /// By rule, how many findings it has: all of them, kept or not.
    pub counts: Vec<u64>,
}

/// Each of `rules` lists, as the lists of the deliveries merged into it.
fn parts<T>(mut lists: Vec<Chunks<T>>, rules: usize) -> Vec<Vec<Vec<T>>> {
    lists.resize_with(rules, Chunks::default);
    lists.into_iter().map(|chunks| chunks.0).collect()
}

/// The findings of `matches`, ordered by rule, then time, then `eventId`: the same however
/// the records were read; with [`Keep::First`], the first of each rule, the same as the first
/// of all of them. Each rule's findings are made on a thread of the current pool.
pub fn findings(ruleset: &Ruleset, matches: Matches, first_seen: FirstSeen) -> Found {
    let rules = ruleset.rules().len();
    let keep = matches.keep;
    let by_rule = whole(matches.by_rule, rules);
    let mut kept = matches.first;
    kept.resize_with(rules, First::default);
    // Left in their deliveries' lists: made one, they would be held twice while copied, and
    // they are a correlation's most (every match of its rules, kept whatever `keep` says).
    let samples = parts(matches.samples, rules);
    let first = first_seen.into_samples(rules);
    // Each rule's matches (every one, or how many and the first), samples and first records,
    // with the rule's place.
    type Work = (
        usize,
        (Vec<Occurrence>, First),
        Vec<Vec<Sample>>,
        Vec<Sample>,
    );
    let work: Vec<Work> = by_rule
        .into_iter()
        .zip(kept)
        .zip(samples)
        .zip(first)
        .enumerate()
        .map(|(rule, (((occurrences, kept), samples), first))| {
            (rule, (occurrences, kept), samples, first)
        })
        .collect();
    let of_rules: Vec<(Vec<Finding>, u64)> = work
        .into_par_iter()
        .map(|(rule, (mut occurrences, kept), samples, first)| {
            match ruleset.rules()[rule].correlation() {
                None => {
                    let count = match keep {
                        Keep::All => occurrences.len() as u64,
                        Keep::First(_) => kept.count,
                    };
                    // (With `Keep::First`, `occurrences` is empty, and the first come sorted.)
                    occurrences.par_sort_unstable_by(Occurrence::order);
                    occurrences.extend(kept.into_sorted());
                    let found = occurrences
                        .into_iter()
                        .map(|occurrence| Finding::single(rule, occurrence))
                        .collect();
                    (found, count)
                }
                Some(correlation) => {
                    // Made from every sample, but only the first are made findings of with
                    // `Keep::First`.
                    let most = match keep {
                        Keep::All => None,
                        Keep::First(most) => Some(most),
                    };
                    correlate::findings(rule, correlation, (samples, first), most)
                }
            }
        })
        .collect();
    let counts = of_rules.iter().map(|(_, count)| *count).collect();
    Found {
        findings: of_rules.into_iter().flat_map(|(found, _)| found).collect(),
        counts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::Interner;

    /// Occurrences of fixture records, in the trail's order (which is time order).
    fn occurrences(count: usize) -> Vec<Occurrence> {
        let strings = Interner::default();
        ecd_events::fixtures::trail(5)
            .take(count)
            .map(|record| Occurrence::of(&record, record.time().ok(), &strings))
            .collect()
    }

    #[test]
    fn keeping_the_first_holds_at_most_rules_times_examples_and_the_first_by_the_reports_order() {
        const RULES: usize = 4;
        const MOST: usize = 3;
        const PARTS: usize = 7;
        let all = occurrences(5000);
        // Read in another order than the report's, in parts as threads read deliveries.
        let mut parts: Vec<Matches> = (0..PARTS)
            .map(|_| Matches::keeping(Keep::First(MOST)))
            .collect();
        for step in 0..all.len() {
            // A permutation: 7919 is prime, and no factor of 5000.
            let index = step * 7919 % all.len();
            parts[step % PARTS].push(index % RULES, all[index].clone());
        }
        for part in &parts {
            assert!(part.by_rule.is_empty());
            assert!(part.first.iter().all(|first| first.kept.len() <= MOST));
        }
        let mut merged = Matches::keeping(Keep::First(MOST));
        for part in parts {
            merged.merge(part);
        }
        assert!(merged.by_rule.is_empty());
        let kept: usize = merged.first.iter().map(|first| first.kept.len()).sum();
        assert_eq!(kept, RULES * MOST);
        assert_eq!(merged.first.len(), RULES);
        for (rule, first) in merged.first.into_iter().enumerate() {
            let mut expected: Vec<Occurrence> = all
                .iter()
                .enumerate()
                .filter(|(index, _)| index % RULES == rule)
                .map(|(_, occurrence)| occurrence.clone())
                .collect();
            assert_eq!(first.count, expected.len() as u64);
            expected.sort_by(Occurrence::order);
            expected.truncate(MOST);
            assert_eq!(first.into_sorted(), expected, "rule {rule}");
        }
    }

    #[test]
    fn keeping_none_counts_them_all() {
        let mut matches = Matches::keeping(Keep::First(0));
        for occurrence in occurrences(100) {
            matches.push(2, occurrence);
        }
        assert_eq!(matches.first[2].count, 100);
        assert!(matches.first.iter().all(|first| first.kept.is_empty()));
    }
}
