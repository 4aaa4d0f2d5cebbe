//! `ecd-audit rules`.

use std::io::Write;

use crate::cli::RulesArgs;
use crate::eprintln_escaped;
use crate::escape::Lines;
use crate::plural::count;
use crate::rules::{DEFAULT_RULES, Rule, Ruleset};

use super::output::to_stdout;
use super::{Status, ruleset};

/// Lists rules, checks a rules file, or prints the default one.
pub fn rules(args: &RulesArgs) -> Status {
    if args.print_default {
        return finish(to_stdout(|out| out.write_all(DEFAULT_RULES.as_bytes())));
    }
    if let Some(path) = &args.check {
        return match Ruleset::load(path) {
            Ok(loaded) => {
                for warning in &loaded.warnings {
                    eprintln_escaped!("warning: {warning}");
                }
                finish(to_stdout(|out| {
                    Lines::new(out).line(format_args!(
                        "{}: {}, no errors ({})",
                        path.display(),
                        count(loaded.ruleset.rules().len(), "rule", "rules"),
                        count(loaded.warnings.len(), "warning", "warnings"),
                    ))
                }))
            }
            Err(errors) => {
                for error in &errors {
                    eprintln_escaped!("error: {error}");
                }
                eprintln_escaped!(
                    "{}: {}",
                    path.display(),
                    count(errors.len(), "error", "errors")
                );
                Status::Found
            }
        };
    }
    let Some(ruleset) = ruleset(args.rules.as_deref()) else {
        return Status::Failed;
    };
    finish(to_stdout(|out| {
        for rule in ruleset.rules() {
            describe(out, rule)?;
        }
        Ok(())
    }))
}

fn describe(out: &mut dyn Write, rule: &Rule) -> std::io::Result<()> {
    writeln!(out, "{} [{}]", rule.name, rule.severity)?;
    writeln!(out, "  {}", rule.description)?;
    if !rule.mitre.is_empty() {
        writeln!(out, "  MITRE ATT&CK: {}", rule.mitre.join(", "))?;
    }
    // The conditions as a rules file would write them.
    let when = serde_json::to_string(&rule.when).unwrap_or_default();
    writeln!(out, "  when: {when}")?;
    if let Some(threshold) = rule.threshold {
        writeln!(
            out,
            "  fires on: {} or more matching records by one identity within {}",
            threshold.count,
            humantime::format_duration(threshold.window)
        )?;
    }
    writeln!(out)
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
