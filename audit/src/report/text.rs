//! `--format text`: the audit for people, most useful first after the overview.
//!
//! Everything is written through [`Lines`], which escapes the whole of each line: what records
//! hold, the names of files and the reader's messages about them cannot end a line early or
//! act on a terminal, wherever in a line they are shown.

use std::collections::BTreeMap;
use std::io::{self, Write};

use chrono::SecondsFormat;
use ecd_events::Category;

use super::shown_parameters::shown as shown_parameters;
use super::{Report, shown};
use crate::escape::Lines;
use crate::plural::{count, form};
use crate::rules::Severity;
use crate::scan::{Field, Finding, MalformedTally, Occurrence};

/// How many lines of a long list are shown before "and N more".
const LIST_LIMIT: usize = 20;

pub fn write(report: &Report<'_>, out: &mut dyn Write) -> io::Result<()> {
    // The only way to the output from here on.
    let out = &mut Lines::new(out);
    let tally = &report.audit.tally;
    let inputs = report.inputs;
    out.line(format_args!(
        "Read {} from {} ({:.1} MB of JSON); {} malformed, {}, {} pruned.",
        count(tally.records, "record", "records"),
        count(tally.deliveries, "delivery", "deliveries"),
        tally.content_bytes as f64 / 1e6,
        tally.malformed.count,
        count(tally.duplicates, "duplicate", "duplicates"),
        count(inputs.pruned, "object", "objects"),
    ))?;
    if tally.conflicting > 0 {
        out.line(format_args!(
            "{} {} an eventId with a record of other content: each is audited.",
            count(tally.conflicting, "record", "records"),
            form(tally.conflicting, "shares", "share"),
        ))?;
    }
    if tally.untimed.count > 0 {
        out.line(format_args!(
            "{} {} no valid eventTime: audited by the rules that need no time, whatever \
             --since/--until say.",
            count(tally.untimed.count, "record", "records"),
            form(tally.untimed.count, "has", "have"),
        ))?;
    }
    if !inputs.not_regular.is_empty() {
        let skipped = inputs.not_regular.len() as u64;
        out.line(format_args!(
            "{} in the directories walked {} not a regular file (a pipe, socket or device) \
             and {} not read.",
            count(skipped, "file", "files"),
            form(skipped, "is", "are"),
            form(skipped, "was", "were"),
        ))?;
    }
    if tally.outside_selection > 0 {
        out.line(format_args!(
            "{} {} outside --since/--until/--region and {} not audited.",
            count(tally.outside_selection, "record", "records"),
            form(tally.outside_selection, "lies", "lie"),
            form(tally.outside_selection, "is", "are"),
        ))?;
    }
    match (tally.first, tally.last) {
        (Some(first), Some(last)) => out.line(format_args!(
            "ECD's records from {} to {}.",
            first.to_rfc3339_opts(SecondsFormat::Secs, true),
            last.to_rfc3339_opts(SecondsFormat::Secs, true)
        ))?,
        _ => out.line(format_args!("No ECD record with a time."))?,
    }
    out.line(format_args!(
        "Accounts: {}",
        counted(&tally.accounts, "(none named)")
    ))?;
    out.line(format_args!(
        "Regions: {}",
        counted(&tally.regions, "(none named)")
    ))?;

    out.blank()?;
    out.line(format_args!(
        "{:<24} {:>8} {:>8} {:>8}",
        "ECD records", "Read", "Write", "Total"
    ))?;
    for category in Category::ALL {
        if let Some(&[read, write]) = tally.categories.get(category) {
            out.line(format_args!(
                "{:<24} {read:>8} {write:>8} {:>8}",
                category.as_str(),
                read + write
            ))?;
        }
    }
    let unlisted: u64 = tally.unlisted.values().sum();
    if unlisted > 0 {
        out.line(format_args!(
            "{:<24} {:>8} {:>8} {unlisted:>8}",
            "(not in the catalogue)", "", ""
        ))?;
    }
    let [read, write, neither] = tally.access;
    out.line(format_args!(
        "{:<24} {read:>8} {write:>8} {:>8}",
        "All of ECD's",
        read + write + neither
    ))?;
    if neither > 0 {
        out.line(format_args!(
            "({neither} {} neither Read nor Write and {} no event of the catalogue.)",
            form(neither, "says", "say"),
            form(neither, "names", "name"),
        ))?;
    }
    if !tally.other_services.is_empty() {
        out.line(format_args!(
            "Other services (not audited): {}",
            by_count(&tally.other_services)
        ))?;
    }
    if !tally.unlisted.is_empty() {
        out.line(format_args!(
            "ECD events the catalogue does not list: {}",
            by_count(&tally.unlisted)
        ))?;
    }

    let failed: u64 = tally.failed.values().map(|failures| failures.count).sum();
    out.blank()?;
    out.line(format_args!("Failed requests: {failed}"))?;
    let mut failures: Vec<_> = tally.failed.iter().collect();
    failures.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(b.0)));
    for ((event, identity), failures) in failures.iter().take(LIST_LIMIT) {
        out.line(format_args!(
            "  {:>6}  {event} by {identity}: {}",
            failures.count,
            counted(&failures.codes, "no code")
        ))?;
    }
    more(out, failures.len())?;

    write_findings(report, out)?;

    out.blank()?;
    out.line(format_args!("Malformed records: {}", tally.malformed.count))?;
    write_malformed(report, &tally.malformed, out)?;
    if tally.untimed.count > 0 {
        out.blank()?;
        out.line(format_args!(
            "Records without a valid eventTime: {} (audited by the rules that need no time)",
            tally.untimed.count
        ))?;
        write_malformed(report, &tally.untimed, out)?;
    }

    let unreadable = inputs.problems.len() + tally.unreadable.len();
    if unreadable > 0 {
        out.blank()?;
        out.line(format_args!("Inputs that could not be read: {unreadable}"))?;
        for problem in &inputs.problems {
            out.line(format_args!("  {problem}"))?;
        }
        for (index, why) in &tally.unreadable {
            out.line(format_args!("  {}: {why}", report.label(*index)))?;
        }
    }
    Ok(())
}

/// The first malformed records of `tally`, and how to list them all when there are more.
fn write_malformed(
    report: &Report<'_>,
    tally: &MalformedTally,
    out: &mut Lines<'_>,
) -> io::Result<()> {
    for malformed in &tally.first {
        let position = malformed.position;
        out.line(format_args!(
            "  {}: record {} at line {} (byte {}): {}",
            report.label(malformed.delivery),
            position.index,
            position.line,
            position.offset,
            malformed.reason
        ))?;
    }
    let more = tally.count - tally.first.len() as u64;
    if more > 0 {
        let all = match report.listing {
            Some(file) => format!("all of them in {file}"),
            None => "--malformed FILE lists them all".into(),
        };
        out.line(format_args!("  ... and {more} more ({all})"))?;
    }
    Ok(())
}

fn write_findings(report: &Report<'_>, out: &mut Lines<'_>) -> io::Result<()> {
    // Each rule's count, and its examples: the first of its findings, which are all the scan
    // kept of them for this report (`Keep::First`), or all of them.
    let counts = &report.audit.counts;
    let mut examples: BTreeMap<usize, Vec<&Finding>> = BTreeMap::new();
    for finding in &report.audit.findings {
        let shown = examples.entry(finding.rule).or_default();
        if shown.len() < report.examples {
            shown.push(finding);
        }
    }
    let mut fired: Vec<(usize, u64)> = counts
        .iter()
        .enumerate()
        .filter(|&(_, &found)| found > 0)
        .map(|(rule, &found)| (rule, found))
        .collect();
    out.blank()?;
    out.line(format_args!(
        "Findings: {} of {} fired, {}",
        fired.len(),
        count(report.rules.rules().len(), "rule", "rules"),
        count(counts.iter().sum::<u64>(), "finding", "findings"),
    ))?;
    // The most serious first, then in the ruleset's order.
    fired.sort_by_key(|&(rule, _)| (std::cmp::Reverse(severity(report, rule)), rule));
    for (rule_index, found) in fired {
        let rule = &report.rules.rules()[rule_index];
        let mitre = if rule.mitre.is_empty() {
            String::new()
        } else {
            format!(" ({})", rule.mitre.join(", "))
        };
        out.blank()?;
        out.line(format_args!(
            "  [{}] {}: {found}{mitre}",
            rule.severity, rule.title,
        ))?;
        out.line(format_args!("    {}", first_sentence(&rule.description)))?;
        for finding in examples.get(&rule_index).into_iter().flatten() {
            out.line(format_args!("    {}", example(finding)))?;
            if let Some(grouped) = grouped(finding) {
                out.line(format_args!("      {grouped}"))?;
            }
        }
        let shown = report.examples as u64;
        if found > shown {
            out.line(format_args!(
                "    ... and {} more (--examples N, or --format json for all)",
                found - shown
            ))?;
        }
    }
    Ok(())
}

fn severity(report: &Report<'_>, rule: usize) -> Severity {
    report.rules.rules()[rule].severity
}

/// When, what, who, from where, on what, how it ended, and with which parameters; a field
/// cut to its bound ends with the cut's marker.
fn example(finding: &Finding) -> String {
    let occurrence = &finding.occurrence;
    let Occurrence {
        event_name,
        identity,
        identity_type,
        source_ip,
        region,
        error_code,
        ..
    } = occurrence;
    let field = |field: Field, text: &'_ str| shown(occurrence, field, text).into_owned();
    let burst = match &finding.window_start {
        Some(start) => format!(
            "{} from {start} to ",
            count(finding.count, "record", "records")
        ),
        None => String::new(),
    };
    let kind = identity_type.as_ref().map_or("?", |kind| kind.as_str());
    let failed = match error_code {
        Some(code) => format!("  FAILED {}", field(Field::ErrorCode, code)),
        None => String::new(),
    };
    // The request parameters that made the rule fire.
    let with = match occurrence.parameters() {
        Some(parameters) => format!(
            "  with {}",
            field(Field::Parameters, &shown_parameters(parameters))
        ),
        None => String::new(),
    };
    format!(
        "{burst}{}  {}  {} ({}) from {} in {} on {}{failed}{with}",
        occurrence.event_time().unwrap_or("(no valid eventTime)"),
        field(Field::EventName, event_name.as_str()),
        field(Field::Identity, identity),
        field(Field::IdentityType, kind),
        field(Field::SourceIp, source_ip.as_deref().unwrap_or("?")),
        field(Field::Region, region.as_deref().unwrap_or("?")),
        occurrence
            .resources()
            .map_or("-".into(), |resources| field(Field::Resources, resources)),
    )
}

/// What a correlation's finding grouped: the group, and its records by event name.
fn grouped(finding: &Finding) -> Option<String> {
    if finding.event_counts.is_empty() {
        return None;
    }
    let group: Vec<String> = finding
        .group
        .iter()
        .map(|(field, value)| format!("{field}={value}"))
        .collect();
    let events: Vec<String> = finding
        .event_counts
        .iter()
        .map(|(name, count)| format!("{name} {count}"))
        .collect();
    Some(format!(
        "{}: {}",
        match group.is_empty() {
            true => "grouped".to_owned(),
            false => format!("group {}", group.join(", ")),
        },
        events.join(", ")
    ))
}

fn first_sentence(text: &str) -> &str {
    match text.find(". ") {
        Some(end) => &text[..=end],
        None => text,
    }
}

/// `key count, key count, ...`, most first, at most [`LIST_LIMIT`] of them.
fn by_count(counts: &BTreeMap<String, u64>) -> String {
    let mut sorted: Vec<(&String, &u64)> = counts.iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let mut shown: Vec<String> = sorted
        .iter()
        .take(LIST_LIMIT)
        .map(|(key, count)| format!("{key} {count}"))
        .collect();
    if sorted.len() > LIST_LIMIT {
        shown.push(format!("and {} more", sorted.len() - LIST_LIMIT));
    }
    shown.join(", ")
}

/// As [`by_count`], with `empty` naming the `""` key.
fn counted(counts: &BTreeMap<String, u64>, empty: &str) -> String {
    if counts.is_empty() {
        return "none".into();
    }
    let named: BTreeMap<String, u64> = counts
        .iter()
        .map(|(key, &count)| {
            let key = if key.is_empty() {
                empty.to_owned()
            } else {
                key.clone()
            };
            (key, count)
        })
        .collect();
    by_count(&named)
}

fn more(out: &mut Lines<'_>, total: usize) -> io::Result<()> {
    if total > LIST_LIMIT {
        out.line(format_args!("  ... and {} more", total - LIST_LIMIT))?;
    }
    Ok(())
}
