//! `--format json`: JSON Lines, one object per finding, then the summary.
//!
//! Strings are the records' text exactly, escaped as JSON and so that no byte acts on a
//! terminal ([`escape::json`](crate::escape::json)). A field cut to its bound
//! ([`FIELD_BYTES`](crate::scan::cut::FIELD_BYTES)) keeps its first bytes exactly, and the
//! finding's `truncated` object names it with its length in the record:
//! `"truncated": {"resources": 10485760}`. Findings with nothing cut have no `truncated`.

use std::collections::BTreeMap;
use std::io::{self, Write};

use chrono::SecondsFormat;
use rayon::prelude::*;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_json::value::RawValue;

use super::Report;
use crate::escape::json::to_writer;
use crate::scan::{Field, Finding};

/// The fields of a finding's object, in order, and the columns of CSV. They are part of the
/// tool's interface: new ones may come, these keep their names and meanings. A finding's JSON
/// object also has `truncated` when one of them was cut (the module's documentation says how).
///
/// `parameters` is an object: the request parameters that made the rule fire (those its
/// `parameters` conditions name, and, for a rule with a `weakening` condition, those that
/// weakened protection), under the record's own keys (`MfaEnabled`; a list flattened as
/// `AddAccount.1`, `AddAccount.2` stays so) with each value exactly as the record wrote it
/// (`"false"` a string, `false` a boolean, JSON text a string); for a burst, its last
/// record's; `{}` for a rule that reads none, or a record that had none of them. When they
/// did not fit in a field's bound, the one that did not is a string of the start of its JSON,
/// none follows it, and `truncated` gives the length the object had.
///
/// `rule` is the rule's `title`, `rule_id` its `id`. A correlation's finding (a burst, a
/// sequence, a count of distinct values, a first use) describes its last record, with `count`
/// its records (distinct values for `value_count`), `window_start` the time of its first,
/// `group` the `group-by` fields with the group's values (`{"ecd.identity": "alice"}`),
/// `event_counts` its records by event name, and `events` the first 20 of them in time order
/// (`event_time`, `event_id`, `event_name`, `identity`); a record's finding has `{}`, `{}` and
/// `[]`. CSV writes these three as the text of their JSON.
pub const FINDING_FIELDS: [&str; 20] = [
    "rule",
    "rule_id",
    "severity",
    "mitre",
    "event_time",
    "event_id",
    "event_name",
    "identity",
    "identity_type",
    "account_id",
    "source_ip",
    "region",
    "error_code",
    "resources",
    "count",
    "window_start",
    "parameters",
    "group",
    "event_counts",
    "events",
];

/// What every finding of a rule says of the rule: the first fields of its lines.
#[derive(Serialize)]
struct RuleFields<'a> {
    rule: &'a str,
    rule_id: Option<&'a str>,
    severity: &'a str,
    mitre: &'a [String],
}

/// A record of a correlation's group, as its finding lists it.
#[derive(Serialize)]
pub struct GroupedEvent<'a> {
    event_time: Option<&'a str>,
    event_id: &'a str,
    event_name: &'a str,
    identity: &'a str,
}

/// The records a correlation's finding lists.
pub fn grouped_events(finding: &Finding) -> Vec<GroupedEvent<'_>> {
    finding
        .events
        .iter()
        .map(|occurrence| GroupedEvent {
            event_time: occurrence.event_time(),
            event_id: occurrence.event_id(),
            event_name: occurrence.event_name.as_str(),
            identity: &occurrence.identity,
        })
        .collect()
}

/// A finding's `group`, as an object.
pub fn group(finding: &Finding) -> BTreeMap<&str, &str> {
    finding
        .group
        .iter()
        .map(|(field, value)| (field.as_str(), value.as_str()))
        .collect()
}

/// A finding's `event_counts`, as an object.
pub fn event_counts(finding: &Finding) -> BTreeMap<&str, u64> {
    finding
        .event_counts
        .iter()
        .map(|(name, count)| (name.as_str(), *count))
        .collect()
}

/// The fields of a finding that were cut, as an object of their lengths in the record.
struct Truncated<'a>(&'a [(Field, u64)]);

impl Truncated<'_> {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Truncated<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (field, length) in self.0 {
            map.serialize_entry(field.as_str(), length)?;
        }
        map.end()
    }
}

/// A finding's parameters: the JSON object text an occurrence keeps, written as it is.
struct Parameters<'a>(Option<&'a str>);

impl Serialize for Parameters<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::Error;
        match self.0 {
            // The text is the scan's own, and one JSON object; checked again here, so that
            // nothing but JSON can reach the report.
            Some(json) => serde_json::from_str::<&RawValue>(json)
                .map_err(S::Error::custom)?
                .serialize(serializer),
            None => serializer.serialize_map(Some(0))?.end(),
        }
    }
}

#[derive(Serialize)]
struct SummaryLine<'a> {
    summary: Summary<'a>,
}

/// The run's counts. `records` = `ecd_records` + `other_services` + `outside_selection`;
/// `duplicates` and `malformed` are records not counted there; `untimed` (read, but
/// `eventTime` is not a time) are counted there too.
#[derive(Serialize)]
struct Summary<'a> {
    deliveries: u64,
    unreadable_deliveries: usize,
    pruned_objects: u64,
    records: u64,
    ecd_records: u64,
    other_services: u64,
    outside_selection: u64,
    duplicates: u64,
    conflicting_copies: u64,
    malformed: u64,
    untimed: u64,
    not_regular_files: usize,
    failed: u64,
    findings: usize,
    first_event_time: Option<String>,
    last_event_time: Option<String>,
    findings_by_rule: BTreeMap<&'a str, u64>,
    other_services_by_product: &'a BTreeMap<String, u64>,
    unlisted_events: &'a BTreeMap<String, u64>,
    accounts: &'a BTreeMap<String, u64>,
    regions: &'a BTreeMap<String, u64>,
    categories: BTreeMap<&'static str, [u64; 2]>,
}

/// Findings a thread serializes at a time. The report holds one part a thread before
/// writing them: parts for sixteen threads, as it held first, were some 13 MB on the bench
/// archive's 18,000 findings, the scan's peak of memory.
const PART: usize = 1024;

/// Bytes a finding's line takes, about (600 on the bench archive): the room a part starts with.
const LINE_BYTES: usize = 640;

pub fn write(report: &Report<'_>, out: &mut dyn Write) -> io::Result<()> {
    // Serializing every finding is most of writing the report; on an archive with many
    // findings, doing it on one thread was the largest part of a scan that does not scale
    // with threads.
    let starts = rule_starts(report)?;
    // Serialized in parallel, in order, then written.
    let batch = PART * rayon::current_num_threads();
    for batch in report.audit.findings.chunks(batch) {
        let parts: Vec<Vec<u8>> = batch
            .par_chunks(PART)
            .map(|findings| {
                let mut part = Vec::with_capacity(findings.len() * LINE_BYTES);
                for finding in findings {
                    write_line(&mut part, &starts[finding.rule], finding)?;
                    part.push(b'\n');
                }
                Ok(part)
            })
            .collect::<serde_json::Result<_>>()?;
        for part in parts {
            out.write_all(&part)?;
        }
    }
    let tally = &report.audit.tally;
    let mut findings_by_rule: BTreeMap<&str, u64> = BTreeMap::new();
    for finding in &report.audit.findings {
        *findings_by_rule
            .entry(&report.rules.rules()[finding.rule].title)
            .or_default() += 1;
    }
    let summary = Summary {
        deliveries: tally.deliveries,
        unreadable_deliveries: tally.unreadable.len() + report.inputs.problems.len(),
        pruned_objects: report.inputs.pruned,
        records: tally.records,
        ecd_records: tally.ecd_records,
        other_services: report.other_services(),
        outside_selection: tally.outside_selection,
        duplicates: tally.duplicates,
        conflicting_copies: tally.conflicting,
        malformed: tally.malformed.count,
        untimed: tally.untimed.count,
        not_regular_files: report.inputs.not_regular.len(),
        failed: tally.failed.values().map(|failures| failures.count).sum(),
        findings: report.audit.findings.len(),
        first_event_time: tally
            .first
            .map(|time| time.to_rfc3339_opts(SecondsFormat::Secs, true)),
        last_event_time: tally
            .last
            .map(|time| time.to_rfc3339_opts(SecondsFormat::Secs, true)),
        findings_by_rule,
        other_services_by_product: &tally.other_services,
        unlisted_events: &tally.unlisted,
        accounts: &tally.accounts,
        regions: &tally.regions,
        categories: tally
            .categories
            .iter()
            .map(|(category, counts)| (category.as_str(), *counts))
            .collect(),
    };
    to_writer(&mut *out, &SummaryLine { summary })?;
    out.write_all(b"\n")
}

/// The start of the lines of each rule's findings: its [`RuleFields`] as JSON, without the
/// object's end. The same on each line of the rule, so written once.
fn rule_starts(report: &Report<'_>) -> serde_json::Result<Vec<Vec<u8>>> {
    let start = |rule: &crate::sigma::Rule| {
        let mut start = Vec::new();
        to_writer(
            &mut start,
            &RuleFields {
                rule: &rule.title,
                rule_id: rule.id.as_deref(),
                severity: rule.severity.as_str(),
                mitre: &rule.mitre,
            },
        )?;
        // The object's `}`: the finding's own fields follow.
        start.pop();
        Ok(start)
    };
    report.rules.rules().iter().map(start).collect()
}

/// Writes `finding`'s line, without its newline, from `start`, its rule's: the fields of
/// [`FINDING_FIELDS`] in their order, as a derived `Serialize` of them would, each name
/// written as it is (none needs an escape: serializing them was most of the time spent on
/// a finding's line), each value through serde.
fn write_line(out: &mut Vec<u8>, start: &[u8], finding: &Finding) -> serde_json::Result<()> {
    out.extend_from_slice(start);
    write_record(out, finding)?;
    write_correlation(out, finding)?;
    let truncated = Truncated(finding.occurrence.cuts());
    if !truncated.is_empty() {
        member(out, "truncated", &truncated)?;
    }
    out.push(b'}');
    Ok(())
}

/// The fields of the record: `event_time` to `resources`.
fn write_record(out: &mut Vec<u8>, finding: &Finding) -> serde_json::Result<()> {
    let occurrence = &finding.occurrence;
    member(out, "event_time", &occurrence.event_time())?;
    member(out, "event_id", occurrence.event_id())?;
    member(out, "event_name", occurrence.event_name.as_str())?;
    member(out, "identity", &*occurrence.identity)?;
    let identity_type = occurrence.identity_type.as_ref().map(|kind| kind.as_str());
    member(out, "identity_type", &identity_type)?;
    member(out, "account_id", &occurrence.account_id.as_deref())?;
    member(out, "source_ip", &occurrence.source_ip.as_deref())?;
    member(out, "region", &occurrence.region.as_deref())?;
    member(out, "error_code", &occurrence.error_code.as_deref())?;
    member(out, "resources", &occurrence.resources())
}

/// `count` to `events`: what a correlation adds (and a record's finding has as `1`, `null`,
/// `{}`, `{}`, `{}`, `[]`), with `parameters` among them.
fn write_correlation(out: &mut Vec<u8>, finding: &Finding) -> serde_json::Result<()> {
    member(out, "count", &finding.count)?;
    member(out, "window_start", &finding.window_start.as_deref())?;
    member(
        out,
        "parameters",
        &Parameters(finding.occurrence.parameters()),
    )?;
    member(out, "group", &group(finding))?;
    member(out, "event_counts", &event_counts(finding))?;
    member(out, "events", &grouped_events(finding))
}

/// Writes `,"name":` and `value`.
fn member<T: Serialize + ?Sized>(
    out: &mut Vec<u8>,
    name: &str,
    value: &T,
) -> serde_json::Result<()> {
    out.extend_from_slice(b",\"");
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\":");
    to_writer(&mut *out, value)
}
