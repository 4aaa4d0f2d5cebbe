//! From the records that matched rules to findings: one a record for a detection rule, one a
//! group for a correlation (`correlate`).

use std::collections::HashMap;
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

/// The records that matched each rule, in the order read, and what correlations group.
#[derive(Debug, Default)]
pub struct Matches {
    by_rule: Vec<Chunks<Occurrence>>,
    /// By correlation: the matches of its rules, with their groups.
    samples: Vec<Chunks<Sample>>,
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
    /// Adds a record that matched the `rule`th rule.
    pub fn push(&mut self, rule: usize, occurrence: Occurrence) {
        grow(&mut self.by_rule, rule).push(occurrence);
    }

    /// Adds a match of one of the `correlation`th rule's rules.
    pub fn push_sample(&mut self, correlation: usize, sample: Sample) {
        grow(&mut self.samples, correlation).push(sample);
    }

    /// Adds `other`'s matches to these, after them.
    pub fn merge(&mut self, other: Matches) {
        for (rule, occurrences) in other.by_rule.into_iter().enumerate() {
            grow(&mut self.by_rule, rule).append(occurrences);
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

/// The findings of `matches`, ordered by rule, then time, then `eventId`: the same however
/// the records were read. Each rule's findings are made on a thread of the current pool.
pub fn findings(ruleset: &Ruleset, matches: Matches, first_seen: FirstSeen) -> Vec<Finding> {
    let rules = ruleset.rules().len();
    let by_rule = whole(matches.by_rule, rules);
    let samples = whole(matches.samples, rules);
    let first = first_seen.into_samples(rules);
    // Each rule's matches, samples and first records, with the rule's place.
    type Work = (usize, Vec<Occurrence>, Vec<Sample>, Vec<Sample>);
    let work: Vec<Work> = by_rule
        .into_iter()
        .zip(samples)
        .zip(first)
        .enumerate()
        .map(|(rule, ((occurrences, samples), first))| (rule, occurrences, samples, first))
        .collect();
    let of_rules: Vec<Vec<Finding>> = work
        .into_par_iter()
        .map(
            |(rule, mut occurrences, samples, first)| match ruleset.rules()[rule].correlation() {
                None => {
                    occurrences.par_sort_unstable_by(Occurrence::order);
                    occurrences
                        .into_iter()
                        .map(|occurrence| Finding::single(rule, occurrence))
                        .collect()
                }
                Some(correlation) => {
                    let mut found = correlate::findings(rule, correlation, samples, first);
                    found.sort_by(|a, b| {
                        a.occurrence
                            .order(&b.occurrence)
                            .then_with(|| a.group.cmp(&b.group))
                    });
                    found
                }
            },
        )
        .collect();
    of_rules.into_iter().flatten().collect()
}
