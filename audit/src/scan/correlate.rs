//! Correlation rules' findings from their rules' matches: each group (the `group-by` values)
//! in time order, judged in windows of the `timespan`.
//!
//! A window starts at a record and takes every later record of the group within the
//! timespan of it. `event_count` and `value_count` fire when the window's count meets the
//! condition, and the next window starts after it, so that each record is in one finding at
//! most (today's bursts); otherwise the window starts at the next record. `temporal` fires at
//! the record that completes the set of its rules within a window; `temporal_ordered` at the
//! record that completes them in the order listed, its finding listing that chain. Records
//! without a time cannot be placed in a window and are left out.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::cut::key;
use super::findings::{Finding, GROUPED_SHOWN, Hasher128};
use super::{Interner, Occurrence};
use crate::sigma::{Correlation, CorrelationKind, Field, View};

/// A record that matched one of a correlation's rules, with its group.
#[derive(Clone, Debug)]
pub struct Sample {
    /// The rule it matched, by its place in the ruleset.
    pub base: usize,
    /// The values of the `group-by` fields, shared ([`Interner::group`]).
    pub group: Arc<[Arc<str>]>,
    /// The values of the counted field (`value_count`, `first_seen`).
    pub values: Box<[Arc<str>]>,
    /// The record.
    pub occurrence: Occurrence,
}

/// The groups of `view` under `group_by`: one for each combination of the fields' values (a
/// field with a list gives each item), a field without a value as `""`; none when no field
/// has a value, so that records that name nothing of the group are not grouped together.
pub fn groups(
    view: &View<'_>,
    group_by: &[(String, Field)],
    strings: &Interner,
) -> Vec<Arc<[Arc<str>]>> {
    /// More combinations than this from one record are cut (lists of many desktops).
    const MOST: usize = 64;
    // Each field's values, one field after another, and where each field's end: one
    // allocation for them all, which is the group when each field has one value.
    let mut values: Vec<Arc<str>> = Vec::with_capacity(group_by.len());
    let mut ends: Vec<usize> = Vec::with_capacity(group_by.len());
    let mut any = group_by.is_empty();
    for (_, field) in group_by {
        let start = values.len();
        view.any(field, &mut |value| {
            // Cut to a key's bound, as the counts' keys are: a group is named in findings.
            // Shared: groups repeat from record to record.
            let value = key(value);
            if !values[start..].iter().any(|known| **known == *value) {
                values.push(strings.intern(&value));
            }
            values.len() - start >= MOST
        });
        if values.len() == start {
            values.push(strings.intern(""));
        } else {
            any = true;
        }
        ends.push(values.len());
    }
    if !any {
        return Vec::new();
    }
    // Almost always one value a field: one group, made without copying.
    if values.len() == group_by.len() {
        return vec![strings.group(&values)];
    }
    let mut groups: Vec<Vec<Arc<str>>> = vec![Vec::new()];
    let mut start = 0;
    for end in ends {
        let field = &values[start..end];
        groups = groups
            .into_iter()
            .flat_map(|group| {
                field.iter().map(move |value| {
                    let mut group = group.clone();
                    group.push(value.clone());
                    group
                })
            })
            .take(MOST)
            .collect();
        start = end;
    }
    groups.iter().map(|group| strings.group(group)).collect()
}

/// Adds the first value of each `group-by` field (cut to a key's bound) to `hasher`;
/// whether any field has a value. The key of a record's group for `first_seen`, which groups
/// by the first values.
pub fn hash_group(view: &View<'_>, group_by: &[(String, Field)], hasher: &mut Hasher128) -> bool {
    let mut any = group_by.is_empty();
    for (_, field) in group_by {
        view.any(field, &mut |value| {
            hasher.value(&key(value));
            any = true;
            true
        });
        hasher.end_part();
    }
    any
}

/// The values of `field` in `view`, each once.
pub fn values(view: &View<'_>, field: &Field, strings: &Interner) -> Box<[Arc<str>]> {
    let mut values: Vec<Arc<str>> = Vec::new();
    view.any(field, &mut |value| {
        let value = key(value);
        if !values.iter().any(|known| **known == *value) {
            values.push(strings.intern(&value));
        }
        false
    });
    values.into_boxed_slice()
}

/// The findings of the `rule`th rule, the correlation `correlation`, from its samples, in the
/// lists of the deliveries they were read from, in order (and, for `first_seen`, the earliest
/// sample of each group and value): in the report's order (by their last record, then
/// their group), the first `most` of them if given; and how many there are in all.
pub fn findings(
    rule: usize,
    correlation: &Correlation,
    (samples, first): (Vec<Vec<Sample>>, Vec<Sample>),
    most: Option<usize>,
) -> (Vec<Finding>, u64) {
    if correlation.kind == CorrelationKind::FirstSeen {
        let mut found = first_seen(rule, correlation, first);
        found.sort_by(|a, b| {
            a.occurrence
                .order(&b.occurrence)
                .then_with(|| a.group.cmp(&b.group))
        });
        let count = found.len() as u64;
        found.truncate(most.unwrap_or(usize::MAX));
        return (found, count);
    }
    // By group and then in time order, sorted as references: a sample holds its occurrence
    // whole, which a sort would move many times over.
    let mut samples: Vec<&Sample> = samples
        .iter()
        .flatten()
        .filter(|sample| sample.occurrence.time.is_some())
        .collect();
    samples.sort_by(|a, b| {
        a.group
            .cmp(&b.group)
            .then_with(|| a.occurrence.order(&b.occurrence))
            .then_with(|| position(correlation, a.base).cmp(&position(correlation, b.base)))
    });
    // Each window that fires: its group's timeline, its records there and its count. A
    // finding is made only for those kept: each lists up to `GROUPED_SHOWN` records of its
    // own, which for every window of a busy correlation came to more than its samples.
    let mut windows: Vec<(&[&Sample], Vec<usize>, u64)> = Vec::new();
    for timeline in samples.chunk_by(|a, b| a.group == b.group) {
        let fired = match correlation.kind {
            CorrelationKind::EventCount | CorrelationKind::ValueCount => {
                counted(correlation, timeline)
            }
            CorrelationKind::Temporal => temporal(correlation, timeline, false),
            CorrelationKind::TemporalOrdered => temporal(correlation, timeline, true),
            CorrelationKind::FirstSeen => Vec::new(),
        };
        windows.extend(
            fired
                .into_iter()
                .map(|(members, count)| (timeline, members, count)),
        );
    }
    let count = windows.len() as u64;
    // The report's order, as its findings sort: by the last record (the finding's), then the
    // group (the group-by fields are the same for every window, in the same order, so that
    // their values decide). Stable, from the groups' order, as the findings were sorted.
    fn last<'s>((timeline, members, _): &(&[&'s Sample], Vec<usize>, u64)) -> &'s Sample {
        // A window always holds the record that starts it.
        timeline[members[members.len() - 1]]
    }
    windows.sort_by(|a, b| {
        last(a)
            .occurrence
            .order(&last(b).occurrence)
            .then_with(|| a.0[0].group.cmp(&b.0[0].group))
    });
    windows.truncate(most.unwrap_or(usize::MAX));
    let found = windows
        .into_iter()
        .map(|(timeline, members, count)| {
            let group = correlation
                .group_by
                .iter()
                .map(|(name, _)| name.clone())
                .zip(timeline[0].group.iter().map(|value| value.to_string()))
                .collect();
            finding(rule, group, members.iter().map(|&at| timeline[at]), count)
        })
        .collect();
    (found, count)
}

fn position(correlation: &Correlation, base: usize) -> usize {
    correlation
        .bases
        .iter()
        .position(|&known| known == base)
        .unwrap_or(usize::MAX)
}

/// The end of the window that starts at `start`: the first record past the timespan.
fn window_end(correlation: &Correlation, timeline: &[&Sample], start: usize) -> usize {
    let first = timeline[start].occurrence.time;
    timeline[start..]
        .iter()
        .position(|sample| match (first, sample.occurrence.time) {
            (Some(first), Some(time)) => time - first > correlation.timespan,
            _ => true,
        })
        .map_or(timeline.len(), |offset| start + offset)
}

/// `event_count` and `value_count`: the windows whose count meets the condition, each with
/// its records and count.
fn counted(correlation: &Correlation, timeline: &[&Sample]) -> Vec<(Vec<usize>, u64)> {
    let mut windows = Vec::new();
    let mut start = 0;
    while start < timeline.len() {
        let end = window_end(correlation, timeline, start);
        // A record that matched two of the rules is one event: its samples are next to each
        // other in the timeline's order.
        let mut members: Vec<usize> = Vec::with_capacity(end - start);
        for at in start..end {
            let repeated = members
                .last()
                .is_some_and(|&kept| timeline[kept].occurrence == timeline[at].occurrence);
            if !repeated {
                members.push(at);
            }
        }
        let count = match correlation.kind {
            CorrelationKind::ValueCount => members
                .iter()
                .flat_map(|&at| timeline[at].values.iter())
                .collect::<BTreeSet<_>>()
                .len() as u64,
            _ => members.len() as u64,
        };
        if correlation.holds(count) {
            windows.push((members, count));
            start = end;
        } else {
            start += 1;
        }
    }
    windows
}

/// `temporal` (and, `ordered`, `temporal_ordered`): the windows in which every rule matched,
/// up to the record that completes them.
fn temporal(
    correlation: &Correlation,
    timeline: &[&Sample],
    ordered: bool,
) -> Vec<(Vec<usize>, u64)> {
    let wanted = correlation.bases.len();
    let mut windows = Vec::new();
    let mut start = 0;
    while start < timeline.len() {
        if ordered && timeline[start].base != correlation.bases[0] {
            start += 1;
            continue;
        }
        let end = window_end(correlation, timeline, start);
        let mut members = Vec::new();
        let mut seen: BTreeSet<usize> = BTreeSet::new();
        let mut next = 0;
        let mut complete = None;
        for (at, sample) in timeline.iter().enumerate().take(end).skip(start) {
            let base = sample.base;
            if ordered {
                if next < wanted && base == correlation.bases[next] {
                    members.push(at);
                    next += 1;
                }
                if next == wanted {
                    complete = Some(at);
                    break;
                }
            } else {
                members.push(at);
                seen.insert(base);
                if seen.len() == wanted {
                    complete = Some(at);
                    break;
                }
            }
        }
        match complete {
            Some(at) => {
                let count = members.len() as u64;
                windows.push((members, count));
                start = at + 1;
            }
            None => start += 1,
        }
    }
    windows
}

/// `first_seen`: each group's first record of a value, once the baseline has passed since
/// the first record of the correlation's rules.
fn first_seen(rule: usize, correlation: &Correlation, first: Vec<Sample>) -> Vec<Finding> {
    let Some(start) = first
        .iter()
        .filter_map(|sample| sample.occurrence.time)
        .min()
    else {
        return Vec::new();
    };
    let field = correlation
        .field
        .as_ref()
        .map_or_else(String::new, |(name, _)| name.clone());
    first
        .iter()
        .filter(|sample| {
            sample
                .occurrence
                .time
                .is_some_and(|time| time - start >= correlation.baseline)
        })
        .map(|sample| {
            let mut group: Vec<(String, String)> = correlation
                .group_by
                .iter()
                .map(|(name, _)| name.clone())
                .zip(sample.group.iter().map(|value| value.to_string()))
                .collect();
            group.push((field.clone(), sample.values.join(",")));
            finding(rule, group, std::iter::once(sample), 1)
        })
        .collect()
}

fn finding<'s>(
    rule: usize,
    group: Vec<(String, String)>,
    members: impl Iterator<Item = &'s Sample>,
    count: u64,
) -> Finding {
    let members: Vec<&Sample> = members.collect();
    let mut event_counts: BTreeMap<String, u64> = BTreeMap::new();
    for sample in &members {
        *event_counts
            .entry(sample.occurrence.event_name.as_str().to_owned())
            .or_default() += 1;
    }
    // A window always holds the record that starts it.
    let last = members[members.len() - 1].occurrence.clone();
    Finding {
        rule,
        window_start: members[0].occurrence.event_time().map(str::to_owned),
        events: members
            .iter()
            .take(GROUPED_SHOWN)
            .map(|sample| sample.occurrence.clone())
            .collect(),
        event_counts: event_counts.into_iter().collect(),
        group,
        count,
        occurrence: last,
    }
}
