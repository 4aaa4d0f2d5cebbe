//! From the records that matched rules to findings: one a record, or one a burst for rules
//! with a threshold.

use std::collections::BTreeMap;

use rayon::slice::ParallelSliceMut;

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

/// The findings of `matches` (rule index, record), ordered by rule, then time, then
/// `eventId`: the same however the records were read.
pub fn findings(ruleset: &Ruleset, mut matches: Vec<(usize, Occurrence)>) -> Vec<Finding> {
    matches.par_sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.order(&b.1)));
    let mut findings = Vec::with_capacity(matches.len());
    let mut matches = matches.into_iter().peekable();
    while let Some((rule_index, first)) = matches.next() {
        match ruleset.rules()[rule_index].threshold {
            None => findings.push(Finding {
                rule: rule_index,
                occurrence: first,
                count: 1,
                window_start: None,
            }),
            Some(threshold) => {
                let mut of_rule = vec![first];
                while let Some((_, occurrence)) = matches.next_if(|(index, _)| *index == rule_index)
                {
                    of_rule.push(occurrence);
                }
                findings.extend(bursts(rule_index, threshold, of_rule));
            }
        }
    }
    findings
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
                    window_start: Some(timeline[start].event_time.to_string()),
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
