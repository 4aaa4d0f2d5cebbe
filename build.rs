//! Makes sure the library compiles the catalogue that `events.toml` describes.
//!
//! The generated code is committed (`src/catalogue/generated/catalogue.rs`), so a normal build compiles
//! no generator and no TOML parser: this script only checks that the committed code was
//! generated from the current `events.toml` and generator, and stops the build if not.
//! With the `regenerate` feature it runs the generator in `codegen/` instead (checking every
//! rule of `events.toml`) and the library compiles that output.

#[cfg(not(feature = "regenerate"))]
#[path = "codegen/inputs.rs"]
mod inputs;

#[cfg(feature = "regenerate")]
#[path = "codegen/mod.rs"]
mod codegen;
#[cfg(feature = "regenerate")]
use codegen::inputs;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("cargo::rustc-check-cfg=cfg(ecd_events_regenerated)");
    for input in inputs::GENERATOR_INPUTS {
        println!("cargo::rerun-if-changed={input}");
    }
    println!("cargo::rerun-if-changed={}", inputs::COMMITTED_OUTPUT);
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let fingerprint = match inputs::fingerprint(&root) {
        Ok(fingerprint) => fingerprint,
        Err(error) => {
            eprintln!("error: cannot read the generator's inputs: {error}");
            return ExitCode::FAILURE;
        }
    };
    build(&root, fingerprint)
}

/// Without `regenerate`: the committed code must come from the current inputs.
#[cfg(not(feature = "regenerate"))]
fn build(root: &Path, fingerprint: u64) -> ExitCode {
    let committed =
        std::fs::read_to_string(root.join(inputs::COMMITTED_OUTPUT)).unwrap_or_default();
    if inputs::recorded_fingerprint(&committed) == Some(fingerprint) {
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "error: events.toml or the generator in codegen/ changed since {} was generated.\n\
         Build with `--features regenerate` to check events.toml and use the new code, and run\n\
         `REGENERATE=1 cargo test --features regenerate --test codegen` to update the committed file.",
        inputs::COMMITTED_OUTPUT
    );
    ExitCode::FAILURE
}

/// With `regenerate`: check `events.toml`, generate, and have the library compile the output.
#[cfg(feature = "regenerate")]
fn build(root: &Path, fingerprint: u64) -> ExitCode {
    let source = match std::fs::read_to_string(root.join("events.toml")) {
        Ok(source) => source,
        Err(error) => {
            eprintln!("error: cannot read events.toml: {error}");
            return ExitCode::FAILURE;
        }
    };
    let parameters_file = codegen::parameters::FILE;
    let api_parameters = match std::fs::read_to_string(root.join(parameters_file)) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("error: cannot read {parameters_file}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let code = match codegen::generate(&source, &api_parameters, fingerprint) {
        Ok(code) => code,
        Err(problems) => {
            eprint!("error: events.toml or {parameters_file} breaks its rules:\n{problems}");
            return ExitCode::FAILURE;
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("catalogue.rs");
    if let Err(error) = std::fs::write(&out, code) {
        eprintln!("error: cannot write {}: {error}", out.display());
        return ExitCode::FAILURE;
    }
    println!("cargo::rustc-cfg=ecd_events_regenerated");
    ExitCode::SUCCESS
}
