//! `ecd-audit rules`: lists rules, checks them, runs their tests, and says which of the
//! catalogue's tagged events no rule can match. Rules' text is written through `Lines`: a
//! rule's title or description is someone else's text.

use std::path::PathBuf;

use ecd_events::EcdEvent;
use ecd_events::records::Record;

use crate::cli::RulesArgs;
use crate::eprintln_escaped;
use crate::escape::Lines;
use crate::plural::count;
use crate::rules::{DEFAULT_FILES, RulesError, Ruleset};
use crate::scan::audit_records;
use crate::sigma::index;
use crate::sigma::{Body, CorrelationKind, Rule, View};

use super::output::to_stdout;
use super::{Status, ruleset};

/// Lists rules, checks them, runs their tests, lists what they miss, or prints the default
/// ones.
pub fn rules(args: &RulesArgs) -> Status {
    if args.print_default {
        return finish(to_stdout(|out| {
            for (index, (_, text)) in DEFAULT_FILES.iter().enumerate() {
                if index > 0 {
                    out.write_all(b"---\n")?;
                }
                out.write_all(text.as_bytes())?;
            }
            Ok(())
        }));
    }
    if !args.check.is_empty() {
        return check(&args.check);
    }
    let rules: Vec<PathBuf> = match &args.test {
        Some(Some(path)) => [args.rules.as_slice(), std::slice::from_ref(path)].concat(),
        _ => args.rules.clone(),
    };
    let Some(ruleset) = ruleset(&rules, &[], true) else {
        return Status::Failed;
    };
    if args.test.is_some() {
        return test(&ruleset);
    }
    if args.coverage {
        return coverage(&ruleset);
    }
    finish(to_stdout(|out| {
        let mut lines = Lines::new(out);
        for (place, rule) in ruleset.rules().iter().enumerate() {
            describe(&mut lines, &ruleset, place, rule)?;
        }
        Ok(())
    }))
}

fn check(paths: &[PathBuf]) -> Status {
    match Ruleset::load(paths) {
        Ok(loaded) => {
            for skipped in &loaded.skipped {
                eprintln_escaped!("note: {skipped}");
            }
            for warning in &loaded.warnings {
                eprintln_escaped!("warning: {warning}");
            }
            finish(to_stdout(|out| {
                let paths: Vec<String> = paths
                    .iter()
                    .map(|path| path.display().to_string())
                    .collect();
                Lines::new(out).line(format_args!(
                    "{}: {}, no errors ({}{})",
                    paths.join(", "),
                    count(loaded.ruleset.rules().len(), "rule", "rules"),
                    count(loaded.warnings.len(), "warning", "warnings"),
                    match loaded.skipped.len() {
                        0 => String::new(),
                        skipped => format!(", {} skipped", count(skipped, "rule", "rules")),
                    }
                ))
            }))
        }
        Err(errors) => {
            for error in &errors {
                eprintln_escaped!("error: {error}");
            }
            eprintln_escaped!("{}", count(errors.len(), "error", "errors"));
            Status::Found
        }
    }
}

fn describe(
    lines: &mut Lines<'_>,
    ruleset: &Ruleset,
    place: usize,
    rule: &Rule,
) -> std::io::Result<()> {
    lines.line(format_args!(
        "{} [{}] {}",
        rule.title,
        rule.severity,
        rule.id.as_deref().unwrap_or("(no id)")
    ))?;
    if let Some(name) = &rule.name {
        lines.line(format_args!("  name: {name}"))?;
    }
    lines.line(format_args!("  {}", rule.description))?;
    if !rule.mitre.is_empty() {
        lines.line(format_args!("  MITRE ATT&CK: {}", rule.mitre.join(", ")))?;
    }
    match &rule.body {
        Body::Detection(_) => {
            let events = match ruleset.names(place) {
                Some(Some(names)) => {
                    let events = index::events(&Some(names.clone()));
                    format!(
                        "{} of the catalogue",
                        count(events.len(), "event", "events")
                    )
                }
                _ => "records of any event name".to_owned(),
            };
            lines.line(format_args!("  matches: {events}"))?;
            if !ruleset.fires_alone(place) {
                lines.line(format_args!("  fires only through a correlation"))?;
            }
            if !ruleset.filters(place).is_empty() {
                lines.line(format_args!(
                    "  filtered by {}",
                    count(ruleset.filters(place).len(), "filter", "filters")
                ))?;
            }
        }
        Body::Correlation(correlation) => {
            let rules: Vec<&str> = correlation
                .bases
                .iter()
                .map(|&base| ruleset.rules()[base].label())
                .collect();
            let group: Vec<&str> = correlation
                .group_by
                .iter()
                .map(|(name, _)| name.as_str())
                .collect();
            let what = match correlation.kind {
                CorrelationKind::EventCount => format!(
                    "{} matches of {}",
                    correlation.describe_condition(),
                    rules.join(", ")
                ),
                CorrelationKind::ValueCount => format!(
                    "{} distinct {} among the matches of {}",
                    correlation.describe_condition(),
                    correlation.field.as_ref().map_or("", |(name, _)| name),
                    rules.join(", ")
                ),
                CorrelationKind::Temporal => format!("matches of all of {}", rules.join(", ")),
                CorrelationKind::TemporalOrdered => {
                    format!("matches of {}, in this order", rules.join(", then "))
                }
                CorrelationKind::FirstSeen => format!(
                    "a {} first seen in its group among the matches of {}",
                    correlation.field.as_ref().map_or("", |(name, _)| name),
                    rules.join(", ")
                ),
            };
            let within = match correlation.kind {
                CorrelationKind::FirstSeen => String::new(),
                _ => format!(
                    " within {}",
                    crate::sigma::correlation::duration_text(correlation.timespan)
                ),
            };
            lines.line(format_args!(
                "  fires on: {what}{within}, by {}",
                if group.is_empty() {
                    "everything at once".to_owned()
                } else {
                    group.join(", ")
                }
            ))?;
        }
    }
    lines.blank()
}

/// Runs every rule's test cases through the whole ruleset, as a scan of their records would.
fn test(ruleset: &Ruleset) -> Status {
    let mut failures: Vec<RulesError> = Vec::new();
    let mut cases = 0;
    for (place, rule) in ruleset.rules().iter().enumerate() {
        for (must_fire, list) in [(true, &rule.tests.fires), (false, &rule.tests.quiet)] {
            for (line, records) in list {
                cases += 1;
                let error = |message: String| RulesError {
                    origin: rule.origin.clone(),
                    line: *line,
                    rule: Some(rule.title.clone()),
                    message,
                };
                let parsed: Result<Vec<Record<'_>>, _> = records
                    .iter()
                    .map(|json| serde_json::from_str(json))
                    .collect();
                let parsed = match parsed {
                    Ok(parsed) => parsed,
                    Err(fault) => {
                        failures.push(error(format!("a test record does not read: {fault}")));
                        continue;
                    }
                };
                // A rule that fires only through correlations is tested on its matches.
                let fired = match ruleset.fires_alone(place) || rule.correlation().is_some() {
                    true => audit_records(ruleset, &parsed)
                        .iter()
                        .any(|finding| finding.rule == place),
                    false => parsed
                        .iter()
                        .any(|record| ruleset.matches(place, &View::new(record))),
                };
                if fired != must_fire {
                    failures.push(error(match must_fire {
                        true => "does not fire on this case of `fires`".to_owned(),
                        false => "fires on this case of `quiet`".to_owned(),
                    }));
                }
            }
        }
    }
    let untested: Vec<&Rule> = ruleset
        .rules()
        .iter()
        .filter(|rule| rule.tests.fires.is_empty())
        .collect();
    for failure in &failures {
        eprintln_escaped!("FAILED {failure}");
    }
    let status = finish(to_stdout(|out| {
        let mut lines = Lines::new(out);
        for rule in &untested {
            lines.line(format_args!(
                "no case fires `{}` ({}:{})",
                rule.title, rule.origin, rule.line
            ))?;
        }
        lines.line(format_args!(
            "{} of {}: {} passed, {} failed",
            count(cases, "case", "cases"),
            count(ruleset.rules().len(), "rule", "rules"),
            cases - failures.len(),
            failures.len()
        ))
    }));
    match (status, failures.is_empty()) {
        (Status::Success, false) => Status::Found,
        (status, _) => status,
    }
}

/// The catalogue's events with a tag that no rule can match.
fn coverage(ruleset: &Ruleset) -> Status {
    let mut covered = vec![false; EcdEvent::ALL.len()];
    // A rule that can match any name covers events only in passing (a failure, the root
    // account): only rules that name events, by name, tag or category, cover them.
    for place in 0..ruleset.rules().len() {
        if let Some(Some(names)) = ruleset.names(place) {
            for event in index::events(&Some(names.clone())) {
                if let Some(at) = EcdEvent::ALL.iter().position(|&known| known == event) {
                    covered[at] = true;
                }
            }
        }
    }
    let missed: Vec<EcdEvent> = EcdEvent::ALL
        .iter()
        .zip(&covered)
        .filter(|&(event, covered)| !covered && !event.tags().is_empty())
        .map(|(&event, _)| event)
        .collect();
    let tagged = EcdEvent::ALL
        .iter()
        .filter(|event| !event.tags().is_empty())
        .count();
    finish(to_stdout(|out| {
        let mut lines = Lines::new(out);
        lines.line(format_args!(
            "{} of {} tagged events are named by no rule (by eventName, ecd.tags or ecd.category):",
            missed.len(),
            tagged
        ))?;
        for event in &missed {
            let tags: Vec<&str> = event.tags().iter().map(|tag| tag.as_str()).collect();
            lines.line(format_args!("  {event} ({})", tags.join(", ")))?;
        }
        Ok(())
    }))
}

fn finish(result: Result<(), String>) -> Status {
    match result {
        Ok(()) => Status::Success,
        Err(error) => {
            eprintln_escaped!("ecd-audit: {error}");
            Status::Failed
        }
    }
}
