//! The files the generated catalogue is made from, and their fingerprint.
//!
//! The generated code is committed (`src/catalogue/generated/catalogue.rs`), so that users of the crate
//! never build the generator's dependencies: the idea chrono-tz adopted after users asked for it
//! (chrono-tz issue 192). Its header records the fingerprint of the inputs it was generated
//! from, and `build.rs` refuses to build when the inputs have changed since, so stale code can
//! never compile. This file needs nothing beyond `std`: `build.rs` includes it on its own in
//! every build, while the rest of `codegen/` is compiled only with the `regenerate` feature.

use std::io;
use std::path::Path;

/// The generator's inputs, relative to the crate root: the catalogue, the API parameters it
/// reads, the generator itself and the hash it shares with the library.
pub const GENERATOR_INPUTS: &[&str] = &[
    "events.toml",
    "tests/data/api-parameters.tsv",
    "codegen/mod.rs",
    "codegen/catalogue.rs",
    "codegen/inputs.rs",
    "codegen/parameters.rs",
    "codegen/perfect_hash.rs",
    "codegen/render.rs",
    "src/catalogue/name_hash.rs",
];

/// The committed output, relative to the crate root.
pub const COMMITTED_OUTPUT: &str = "src/catalogue/generated/catalogue.rs";

/// What precedes the fingerprint in the generated file's header.
const FINGERPRINT_LABEL: &str = "// Fingerprint of the generator's inputs: ";

/// FNV-1a over every input's path and contents, with carriage returns dropped so that a
/// checkout with Windows line endings has the same fingerprint.
pub fn fingerprint(root: &Path) -> io::Result<u64> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for input in GENERATOR_INPUTS {
        let contents = std::fs::read(root.join(input))?;
        let bytes = input
            .bytes()
            .chain([0])
            .chain(contents.into_iter().filter(|&b| b != b'\r'));
        for byte in bytes {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    Ok(hash)
}

/// The header line that records `fingerprint`.
#[allow(
    dead_code,
    reason = "build.rs writes headers only with the `regenerate` feature"
)]
pub fn fingerprint_line(fingerprint: u64) -> String {
    format!("{FINGERPRINT_LABEL}{fingerprint:#018x}")
}

/// The fingerprint recorded in a generated file, if it has one.
#[allow(
    dead_code,
    reason = "build.rs checks headers only without the `regenerate` feature"
)]
pub fn recorded_fingerprint(generated: &str) -> Option<u64> {
    generated
        .lines()
        .take(10)
        .find_map(|line| line.strip_prefix(FINGERPRINT_LABEL))
        .and_then(|hex| u64::from_str_radix(hex.trim_start_matches("0x"), 16).ok())
}
