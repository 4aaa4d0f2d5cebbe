//! How serious a finding is.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A rule's severity, from least to most serious; ordered so that `--fail-on high` means
/// "high or critical".
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; no action expected.
    Info,
    /// Unusual but often legitimate.
    Low,
    /// Should be reviewed.
    Medium,
    /// Should be reviewed promptly: a change to who can do what, or an action on desktops.
    High,
    /// Look now: someone may have taken control, or be covering their tracks.
    Critical,
}

impl Severity {
    /// Every severity, least serious first.
    pub const ALL: [Severity; 5] = [
        Severity::Info,
        Severity::Low,
        Severity::Medium,
        Severity::High,
        Severity::Critical,
    ];

    /// The severity of a Sigma `level`: `informational` is [`Severity::Info`].
    pub fn from_level(level: &str) -> Option<Severity> {
        match level {
            "informational" => Some(Severity::Info),
            "low" => Some(Severity::Low),
            "medium" => Some(Severity::Medium),
            "high" => Some(Severity::High),
            "critical" => Some(Severity::Critical),
            _ => None,
        }
    }

    /// The name used in flags and output: `"info"` ... `"critical"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}
