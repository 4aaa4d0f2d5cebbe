//! Sigma rules (specification 2.x) for ActionTrail records: their YAML with lines, fields,
//! modifiers, conditions, correlations, the index by event name, and the linter.
//!
//! docs/sigma.md says what is read and how: the log source, the fields, the modifiers, the
//! correlations and ecd-audit's own keys (`tests`, `first_seen`).

pub mod condition;
pub mod correlation;
pub mod detection;
pub mod fields;
pub mod index;
pub mod lint;
pub mod modifiers;
pub mod rule;
mod severity;
pub mod yaml;

pub use correlation::{Correlation, CorrelationKind};
pub use detection::Detection;
pub use fields::{Field, View};
pub use rule::{Body, Filter, Read, Rule, RuleTests, Skipped};
pub use severity::Severity;

/// "; did you mean `X`?" for the closest of `known` to `name` (ignoring case, then by edit
/// distance), or nothing.
pub fn fields_hint(name: &str, known: &[&str]) -> String {
    known
        .iter()
        .map(|candidate| {
            let distance = match candidate.eq_ignore_ascii_case(name) {
                true => 0,
                false => strsim::damerau_levenshtein(name, candidate),
            };
            (distance, *candidate)
        })
        .filter(|&(distance, candidate)| distance <= 2.max(candidate.len() / 6))
        .min()
        .map(|(_, candidate)| format!("; did you mean `{candidate}`?"))
        .unwrap_or_default()
}
