//! One rule: what it is about, how serious it is, and which records (or bursts of them) fire it.

use std::time::Duration;

use ecd_events::records::{Filter, Record};

use super::Severity;

/// An alert rule: records that match its conditions are findings of it, one each, or, with a
/// [`Threshold`], one finding for each burst of matching records by the same identity.
#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    /// A short identifier, in lower case with dashes (`"desktop-remote-command"`).
    pub name: String,
    /// How serious a finding of it is.
    pub severity: Severity,
    /// What a finding means, and what to check.
    pub description: String,
    /// MITRE ATT&CK technique IDs (`"T1059"`, `"T1098.001"`).
    pub mitre: Vec<String>,
    /// The record conditions, as the library's `Filter` reads them: ECD's records only
    /// unless `services` names others.
    pub when: Filter,
    /// Fire only on bursts: at least this many matching records by one identity.
    pub threshold: Option<Threshold>,
}

/// At least `count` matching records by the same identity within `window`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Threshold {
    /// How many records make a burst; at least 2.
    pub count: u32,
    /// How close together, from the first record of the burst to the last.
    pub window: Duration,
}

impl Rule {
    /// Whether `record` meets the rule's conditions (for a rule with a threshold: whether it
    /// counts toward a burst).
    pub fn matches(&self, record: &Record<'_>) -> bool {
        self.when.matches(record)
    }
}
