//! What each subcommand does, from its parsed flags to its exit status.

#[cfg(feature = "cluster")]
mod cluster;
mod events;
#[cfg(feature = "sql")]
mod export;
mod malformed;
mod output;
mod rules;
mod scan;
#[cfg(feature = "sql")]
mod session;
#[cfg(feature = "sql")]
mod sql;
#[cfg(feature = "sql")]
mod sql_output;

#[cfg(feature = "cluster")]
pub use cluster::cluster;
pub use events::events;
#[cfg(feature = "sql")]
pub use export::export;
pub use rules::rules;
pub use scan::scan;
#[cfg(feature = "sql")]
pub use sql::sql;

use std::path::PathBuf;

use crate::eprintln_escaped;
use crate::rules::Ruleset;

/// How a command ended, as its exit status says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// 0: done, and nothing reached `--fail-on`.
    Success = 0,
    /// 1: done, and something was found: a finding at `--fail-on` or above, rules with
    /// errors or failing tests, a name not in the catalogue (even ignoring case).
    Found = 1,
    /// 2: not everything asked could be done: a usage error, an input that could not be read.
    Failed = 2,
}

impl From<Status> for std::process::ExitCode {
    fn from(status: Status) -> Self {
        std::process::ExitCode::from(status as u8)
    }
}

/// The rules of `--rules` (or the bundled ones without any), with `--filters` added, and
/// their `tests` if asked (a scan needs none). Notes of
/// skipped rules, warnings and errors are said on standard error; `None`: they cannot be used.
fn ruleset(rules: &[PathBuf], filters: &[PathBuf], tests: bool) -> Option<Ruleset> {
    let loaded = match rules.is_empty() {
        true => Ruleset::bundled_reading(filters, tests),
        false => Ruleset::load_reading(&[rules, filters].concat(), tests),
    };
    match loaded {
        Ok(loaded) => {
            for skipped in &loaded.skipped {
                eprintln_escaped!("ecd-audit: note: {skipped}");
            }
            for warning in &loaded.warnings {
                eprintln_escaped!("ecd-audit: warning: {warning}");
            }
            Some(loaded.ruleset)
        }
        Err(errors) => {
            for error in &errors {
                eprintln_escaped!("ecd-audit: {error}");
            }
            None
        }
    }
}
