//! Rulesets: Sigma rules (`crate::sigma`) read from files and directories or the bundled
//! default set, put together (correlations and filters joined to the rules they name, every
//! detection filed in the index by event name), with errors that name the file, the line and
//! the rule.

mod bundled;
mod load;

use std::fmt;

use ecd_events::records::Record;

pub use crate::sigma::Severity;
pub use bundled::{DEFAULT_FILES, DEFAULT_ORIGIN};
pub use load::Loaded;

use crate::sigma::index::{self, Index, Names};
use crate::sigma::{Body, Detection, Filter, Rule, View};

/// What is wrong with a rule, or looks wrong, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RulesError {
    /// The file's path.
    pub origin: String,
    /// The line, counted from 1; 0 when the error is of the whole file (it cannot be read).
    pub line: usize,
    /// The rule it is in, by title (or name), when it has one.
    pub rule: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for RulesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            0 => write!(f, "{}: ", self.origin)?,
            line => write!(f, "{}:{line}: ", self.origin)?,
        }
        if let Some(rule) = &self.rule {
            write!(f, "rule `{rule}`: ")?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for RulesError {}

/// Rules in the order of their files; findings are reported in that order.
#[derive(Clone, Debug)]
pub struct Ruleset {
    rules: Vec<Rule>,
    /// The filters that apply to each rule.
    filters: Vec<Vec<Detection>>,
    /// The correlations that group each rule's matches, by their place.
    grouped_by: Vec<Vec<usize>>,
    /// Whether each rule fires on its own: a detection that no correlation groups, or one
    /// grouped by a correlation with `generate: true`; never a correlation (its findings
    /// come from the groups).
    fires_alone: Vec<bool>,
    /// The names each detection can match (`None`: any; correlations: none).
    names: Vec<Option<Names>>,
    index: Index,
}

impl Ruleset {
    /// Puts `rules` and `filters` together: each correlation and filter joined to the rules it
    /// names (by id or name), every detection filed by the event names it can match.
    pub fn new(mut rules: Vec<Rule>, filters: Vec<Filter>) -> Result<Ruleset, Vec<RulesError>> {
        let mut errors = Vec::new();
        let error = |rule: &str, origin: &str, line: usize, message: String| RulesError {
            origin: origin.to_owned(),
            line,
            rule: Some(rule.to_owned()),
            message,
        };
        for (place, rule) in rules.iter().enumerate() {
            let same = |other: &Rule| {
                rule.id.is_some() && other.id == rule.id
                    || rule.name.is_some() && other.name == rule.name
            };
            if let Some(first) = rules[..place].iter().find(|other| same(other)) {
                errors.push(error(
                    rule.label(),
                    &rule.origin,
                    rule.line,
                    format!(
                        "another rule has this id or name ({}:{})",
                        first.origin, first.line
                    ),
                ));
            }
        }
        let mut grouped_by = vec![Vec::new(); rules.len()];
        let mut generates = vec![false; rules.len()];
        let find =
            |reference: &str, rules: &[Rule]| rules.iter().position(|rule| rule.is(reference));
        for place in 0..rules.len() {
            let Body::Correlation(correlation) = &rules[place].body else {
                continue;
            };
            let mut bases = Vec::new();
            for (reference, line) in &correlation.rules {
                match find(reference, &rules) {
                    Some(base) if rules[base].correlation().is_some() => errors.push(error(
                        rules[place].label(),
                        &rules[place].origin,
                        *line,
                        format!(
                            "`{reference}` is a correlation: correlations group detection rules"
                        ),
                    )),
                    Some(base) => {
                        bases.push(base);
                        grouped_by[base].push(place);
                        generates[base] |= correlation.generate;
                    }
                    None => errors.push(error(
                        rules[place].label(),
                        &rules[place].origin,
                        *line,
                        format!("no rule has the id or name `{reference}`"),
                    )),
                }
            }
            if let Body::Correlation(correlation) = &mut rules[place].body {
                correlation.bases = bases;
            }
        }
        let mut applied = vec![Vec::new(); rules.len()];
        for filter in filters {
            for (reference, line) in &filter.rules {
                match find(reference, &rules) {
                    Some(target) if rules[target].detection().is_some() => {
                        applied[target].push(filter.detection.clone());
                    }
                    Some(_) => errors.push(error(
                        &filter.title,
                        &filter.origin,
                        *line,
                        format!("`{reference}` is a correlation: filters apply to detection rules"),
                    )),
                    None => errors.push(error(
                        &filter.title,
                        &filter.origin,
                        *line,
                        format!("no rule has the id or name `{reference}`"),
                    )),
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let names: Vec<Option<Names>> = rules
            .iter()
            .map(|rule| rule.detection().map(index::names))
            .collect();
        let filed: Vec<(usize, Names)> = names
            .iter()
            .enumerate()
            .filter_map(|(place, names)| Some((place, names.clone()?)))
            .collect();
        let fires_alone = rules
            .iter()
            .enumerate()
            .map(|(place, rule)| {
                rule.detection().is_some() && (grouped_by[place].is_empty() || generates[place])
            })
            .collect();
        Ok(Ruleset {
            index: Index::new(&filed),
            rules,
            filters: applied,
            grouped_by,
            fires_alone,
            names,
        })
    }

    /// The rules, in order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The rules `record` may fire, by their place (each once).
    pub fn candidates<'s>(&'s self, record: &Record<'_>) -> impl Iterator<Item = usize> + 's {
        self.index
            .candidates(record.event_name.as_str(), record.event_name.event())
    }

    /// Whether the `rule`th rule holds for `view`: its detection and every filter applied to it.
    pub fn matches(&self, rule: usize, view: &View<'_>) -> bool {
        self.rules[rule].matches(view)
            && self.filters[rule].iter().all(|filter| filter.matches(view))
    }

    /// Whether the `rule`th rule's matches are findings of their own.
    pub fn fires_alone(&self, rule: usize) -> bool {
        self.fires_alone[rule]
    }

    /// The correlations that group the `rule`th rule's matches.
    pub fn grouped_by(&self, rule: usize) -> &[usize] {
        &self.grouped_by[rule]
    }

    /// The event names the `rule`th rule can match: `None` for a correlation, `Some(None)`
    /// for any name.
    pub fn names(&self, rule: usize) -> Option<&Names> {
        self.names[rule].as_ref()
    }

    /// The filters applied to the `rule`th rule.
    pub fn filters(&self, rule: usize) -> &[Detection] {
        &self.filters[rule]
    }
}
