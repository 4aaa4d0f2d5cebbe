//! From the records that matched rules to findings: one a record for a detection rule, one a
//! group for a correlation (`correlate`).

use std::collections::HashMap;
use std::sync::Mutex;

use rayon::prelude::*;

use super::Occurrence;
use super::correlate::{self, Sample};
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
    by_rule: Vec<Vec<Occurrence>>,
    /// By correlation: the matches of its rules, with their groups.
    samples: Vec<Vec<Sample>>,
}

/// For `first_seen` correlations: the earliest record of each group and value, by
/// correlation and the group's key, shared by every reading thread, so that a record whose
/// group and value were met earlier costs one look-up and nothing is made for it.
#[derive(Debug, Default)]
pub struct FirstSeen(Mutex<Vec<HashMap<Box<str>, Sample>>>);

impl Matches {
    /// Adds a record that matched the `rule`th rule.
    pub fn push(&mut self, rule: usize, occurrence: Occurrence) {
        grow(&mut self.by_rule, rule).push(occurrence);
    }

    /// Adds a match of one of the `correlation`th rule's rules.
    pub fn push_sample(&mut self, correlation: usize, sample: Sample) {
        grow(&mut self.samples, correlation).push(sample);
    }

    /// Adds `other`'s matches to these.
    pub fn merge(&mut self, other: Matches) {
        for (rule, occurrences) in other.by_rule.into_iter().enumerate() {
            grow(&mut self.by_rule, rule).extend(occurrences);
        }
        for (correlation, samples) in other.samples.into_iter().enumerate() {
            grow(&mut self.samples, correlation).extend(samples);
        }
    }
}

impl FirstSeen {
    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<HashMap<Box<str>, Sample>>> {
        // A thread that panicked while holding it left whole samples: they are still good.
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Whether a record of `key` no later than `time` is kept already: one that cannot
    /// replace it need not be made.
    pub fn seen_before(
        &self,
        correlation: usize,
        key: &str,
        time: Option<chrono::DateTime<chrono::Utc>>,
    ) -> bool {
        self.lock()
            .get(correlation)
            .and_then(|kept| kept.get(key))
            .is_some_and(|kept| kept.occurrence.time <= time)
    }

    /// Keeps `sample` if it is the earliest of its key (by time, then `eventId`, so that
    /// the result does not depend on the order records are read in).
    pub fn keep(&self, correlation: usize, key: &str, sample: Sample) {
        let mut all = self.lock();
        let kept = grow_maps(&mut all, correlation);
        match kept.get_mut(key) {
            Some(kept) if sample.occurrence.order(&kept.occurrence).is_lt() => *kept = sample,
            Some(_) => {}
            None => {
                kept.insert(Box::from(key), sample);
            }
        }
    }

    fn into_samples(self) -> Vec<HashMap<Box<str>, Sample>> {
        self.0
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

fn grow_maps<T>(maps: &mut Vec<HashMap<Box<str>, T>>, at: usize) -> &mut HashMap<Box<str>, T> {
    if maps.len() <= at {
        maps.resize_with(at + 1, HashMap::new);
    }
    &mut maps[at]
}

fn grow<T>(lists: &mut Vec<Vec<T>>, at: usize) -> &mut Vec<T> {
    if lists.len() <= at {
        lists.resize_with(at + 1, Vec::new);
    }
    &mut lists[at]
}

/// The findings of `matches`, ordered by rule, then time, then `eventId`: the same however
/// the records were read. Each rule's findings are made on a thread of the current pool.
pub fn findings(ruleset: &Ruleset, matches: Matches, first_seen: FirstSeen) -> Vec<Finding> {
    let Matches {
        mut by_rule,
        mut samples,
    } = matches;
    let rules = ruleset.rules().len();
    by_rule.resize_with(rules, Vec::new);
    samples.resize_with(rules, Vec::new);
    let mut first: Vec<Vec<Sample>> = first_seen
        .into_samples()
        .into_iter()
        .map(|samples| samples.into_values().collect())
        .collect();
    first.resize_with(rules, Vec::new);
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
