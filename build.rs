//! Generates `EcdEvent`, `Category`, `Tag` and the name lookup table from `events.toml`.
//! All the work is in `codegen/`, which is tested on its own (`tests/codegen.rs`).

#[path = "codegen/mod.rs"]
mod codegen;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    for input in codegen::INPUTS {
        println!("cargo::rerun-if-changed={input}");
    }
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let source = match std::fs::read_to_string(root.join("events.toml")) {
        Ok(source) => source,
        Err(error) => {
            eprintln!("error: cannot read events.toml: {error}");
            return ExitCode::FAILURE;
        }
    };
    let code = match codegen::generate(&source) {
        Ok(code) => code,
        Err(problems) => {
            eprint!("error: events.toml breaks its rules:\n{problems}");
            return ExitCode::FAILURE;
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("catalogue.rs");
    if let Err(error) = std::fs::write(&out, code) {
        eprintln!("error: cannot write {}: {error}", out.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
