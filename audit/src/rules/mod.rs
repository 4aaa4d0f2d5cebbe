//! Alert rules: what they are, the files they come from, and the bundled default ruleset.

mod file;
mod parameter_fault;
mod rule;
mod severity;

pub use file::{DEFAULT_ORIGIN, DEFAULT_RULES, Loaded, RulesError, suggestion};
pub use rule::{Rule, Threshold};
pub use severity::Severity;

/// Rules in the order of their file; findings are reported in that order.
#[derive(Clone, Debug, PartialEq)]
pub struct Ruleset {
    rules: Vec<Rule>,
}

impl Ruleset {
    /// A ruleset of `rules`, in this order.
    pub fn new(rules: Vec<Rule>) -> Ruleset {
        Ruleset { rules }
    }

    /// The rules, in order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }
}
