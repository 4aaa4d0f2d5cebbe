//! The `ecd-audit` command; everything it does is in the library (`lib.rs`).
#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // clap exits with 2 on a usage error, 0 for --help and --version.
    let cli = ecd_audit::cli::Cli::parse();
    ecd_audit::run(&cli).into()
}
