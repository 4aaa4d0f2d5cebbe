//! From the records that matched rules to findings: one a record, or one a burst for rules
//! with a threshold.

use std::collections::BTreeMap;

use rayon::prelude::*;

use super::Occurrence;
use crate::rules::{Ruleset, Threshold};

/// A rule that fired, and on what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The rule's place in its ruleset.
    pub rule: usize,
    /// The record; for a burst, its last record.
    pub occurrence: Occurrence,
    /// How many records: 1, or the size of the burst.
    pub count: u64,
    /// For a burst, the time of its first record.
    pub window_start: Option<String>,
}

/// The records that matched each rule, in the order read.
#[derive(Debug, Default)]
pub struct Matches(Vec<Vec<Occurrence>>);

impl Matches {
    /// Adds a record that matched the `rule`th rule.
    pub fn push(&mut self, rule: usize, occurrence: Occurrence) {
        self.of_rule(rule).push(occurrence);
    }

    /// Adds `other`'s matches to these.
    pub fn merge(&mut self, other: Matches) {
        for (rule, occurrences) in other.0.into_iter().enumerate() {
            self.of_rule(rule).extend(occurrences);
        }
    }

    fn of_rule(&mut self, rule: usize) -> &mut Vec<Occurrence> {
        if self.0.len() <= rule {
            self.0.resize_with(rule + 1, Vec::new);
        }
        &mut self.0[rule]
    }
}

/// The findings of `matches`, ordered by rule, then time, then `eventId`: the same however
/// the records were read. Each rule's findings are made on a thread of the current pool.
pub fn findings(ruleset: &Ruleset, matches: Matches) -> Vec<Finding> {
    let of_rules: Vec<Vec<Finding>> = matches
        .0
        .into_par_iter()
        .enumerate()
        .map(|(rule_index, mut occurrences)| {
            occurrences.par_sort_unstable_by(Occurrence::order);
            match ruleset.rules()[rule_index].threshold {
                None => occurrences
                    .into_iter()
                    .map(|occurrence| Finding {
                        rule: rule_index,
                        occurrence,
                        count: 1,
                        window_start: None,
                    })
                    .collect(),
                Some(threshold) => bursts(rule_index, threshold, occurrences),
            }
        })
        .collect();
    of_rules.into_iter().flatten().collect()
}

/// The bursts among one rule's matches, in time order: for each identity, a run of at least
/// `count` records whose first and last are at most `window` apart. A burst takes every
/// record within the window of its first, and the next burst starts after it, so that each
/// record is in one finding at most.
fn bursts(rule_index: usize, threshold: Threshold, occurrences: Vec<Occurrence>) -> Vec<Finding> {
    let window = chrono::Duration::from_std(threshold.window).unwrap_or(chrono::Duration::MAX);
    let mut by_identity: BTreeMap<_, Vec<Occurrence>> = BTreeMap::new();
    // Without a time a record cannot be placed in a window.
    for occurrence in occurrences
        .into_iter()
        .filter(|occurrence| occurrence.time.is_some())
    {
        by_identity
            .entry(occurrence.who())
            .or_default()
            .push(occurrence);
    }
    let mut found = Vec::new();
    for timeline in by_identity.values() {
        let mut start = 0;
        while start < timeline.len() {
            let first = timeline[start].time;
            let end = timeline[start..]
                .iter()
                .position(|occurrence| match (first, occurrence.time) {
                    (Some(first), Some(time)) => time - first > window,
                    _ => true,
                })
                .map_or(timeline.len(), |offset| start + offset);
            if end - start >= threshold.count as usize {
                found.push(Finding {
                    rule: rule_index,
                    occurrence: timeline[end - 1].clone(),
                    count: (end - start) as u64,
                    window_start: timeline[start].event_time().map(str::to_owned),
                });
                start = end;
            } else {
                start += 1;
            }
        }
    }
    found.sort_by(|a, b| a.occurrence.order(&b.occurrence));
    found
}
