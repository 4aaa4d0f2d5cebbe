//! `ecd-audit`: audits Alibaba Cloud Elastic Cloud Desktop (ECD) activity in ActionTrail
//! deliveries, on top of the `ecd-events` library.
//!
//! The binary is thin (`main.rs` parses the command line and calls [`run`]); the layers,
//! each using only those above it in this list:
//! - [`plural`]: counts in words ("1 record", "2 records") for everything people read;
//! - [`escape`]: text for people that records cannot forge: what would change a terminal or
//!   break a line is shown escaped, in the text report and in every message;
//! - [`sigma`]: Sigma rules for ActionTrail: YAML with lines, fields, modifiers, conditions,
//!   correlations, the index by event name, the linter;
//! - [`rules`]: rulesets from files and directories, and the bundled default ruleset;
//! - [`archive`]: from paths to deliveries, with OSS object names pruned by the selection;
//! - [`progress`]: what a terminal shows while a scan reads;
//! - [`scan`]: reading deliveries in parallel into counts and findings;
//! - [`report`]: text, JSON Lines and CSV;
//! - [`cli`] and [`commands`]: the command line.
#![forbid(unsafe_code)]

pub mod archive;
pub mod cli;
pub mod commands;
pub mod escape;
pub mod plural;
pub mod progress;
pub mod report;
pub mod rules;
pub mod scan;
pub mod sigma;

pub use commands::Status;

/// Runs a parsed command line.
pub fn run(cli: &cli::Cli) -> Status {
    match &cli.command {
        None => commands::scan(&cli::ScanArgs::samples()),
        Some(cli::Command::Scan(args)) => commands::scan(args),
        Some(cli::Command::Rules(args)) => commands::rules(args),
        Some(cli::Command::Events(args)) => commands::events(args),
        #[cfg(feature = "sql")]
        Some(cli::Command::Sql(args)) => commands::sql(args),
        #[cfg(feature = "sql")]
        Some(cli::Command::Export(args)) => commands::export(args),
        #[cfg(feature = "cluster")]
        Some(cli::Command::Cluster(args)) => commands::cluster(args),
    }
}
