//! From the records that matched rules to findings: one a record, or one a burst for rules
//! with a threshold.

use std::collections::BTreeMap;

use super::Occurrence;
use crate::rules::{Rule, Ruleset};

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
    matches.sort();
    let mut findings = Vec::new();
    let mut rest = matches.as_slice();
    while let Some(&(rule_index, _)) = rest.first() {
        let end = rest
            .iter()
            .position(|(index, _)| *index != rule_index)
            .unwrap_or(rest.len());
        let (of_rule, after) = rest.split_at(end);
        rest = after;
        let occurrences = of_rule.iter().map(|(_, occurrence)| occurrence);
        let rule = &ruleset.rules()[rule_index];
        match rule.threshold {
            None => findings.extend(occurrences.map(|occurrence| Finding {
                rule: rule_index,
                occurrence: occurrence.clone(),
                count: 1,
                window_start: None,
            })),
            Some(_) => findings.extend(bursts(rule_index, rule, occurrences)),
        }
    }
    findings
}

/// The bursts among one rule's matches: for each identity, in time order, a run of at least
/// `count` records whose first and last are at most `window` apart. A burst takes every
/// record within the window of its first, and the next burst starts after it, so that each
/// record is in one finding at most.
fn bursts<'a>(
    rule_index: usize,
    rule: &Rule,
    occurrences: impl Iterator<Item = &'a Occurrence>,
) -> Vec<Finding> {
    let Some(threshold) = rule.threshold else {
        return Vec::new();
    };
    let window = chrono::Duration::from_std(threshold.window).unwrap_or(chrono::Duration::MAX);
    let mut by_identity: BTreeMap<(&str, &str), Vec<&Occurrence>> = BTreeMap::new();
    for occurrence in occurrences {
        // Without a time a record cannot be placed in a window.
        if occurrence.time.is_some() {
            by_identity
                .entry(occurrence.who())
                .or_default()
                .push(occurrence);
        }
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
                    window_start: Some(timeline[start].event_time.clone()),
                });
                start = end;
            } else {
                start += 1;
            }
        }
    }
    found.sort_by(|a, b| a.occurrence.cmp(&b.occurrence));
    found
}
