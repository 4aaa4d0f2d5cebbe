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

use std::path::Path;

use crate::eprintln_escaped;
use crate::rules::Ruleset;

/// How a command ended, as its exit status says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// 0: done, and nothing reached `--fail-on`.
    Success = 0,
    /// 1: done, and something was found: a finding at `--fail-on` or above, a rules file
    /// with errors, a name not in the catalogue (even ignoring case).
    Found = 1,
    /// 2: not everything asked could be done: a usage error, an input that could not be read.
    Failed = 2,
}

impl From<Status> for std::process::ExitCode {
    fn from(status: Status) -> Self {
        std::process::ExitCode::from(status as u8)
    }
}

/// The rules of a `--rules FILE`, or the bundled ones without one. The file's warnings and
/// errors are said on standard error; `None`: it cannot be used.
fn ruleset(file: Option<&Path>) -> Option<Ruleset> {
    let Some(path) = file else {
        return Some(Ruleset::bundled());
    };
    match Ruleset::load(path) {
        Ok(loaded) => {
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
