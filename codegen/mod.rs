//! The generator that `build.rs` calls: `events.toml` in, Rust source out.
//!
//! It lives apart from `build.rs` so that it can be tested on its own: `tests/codegen.rs`
//! includes this module the same way `build.rs` does.

pub mod catalogue;
#[path = "../src/name_hash.rs"]
pub mod name_hash;
pub mod perfect_hash;
pub mod render;

use catalogue::{Problem, Problems};
use perfect_hash::Failure;

/// Every file the generated code depends on, relative to the crate root: `build.rs` asks Cargo
/// to rerun it when one of them changes, and for nothing else.
pub const INPUTS: &[&str] = &[
    "build.rs",
    "events.toml",
    "codegen/mod.rs",
    "codegen/catalogue.rs",
    "codegen/perfect_hash.rs",
    "codegen/render.rs",
    "src/name_hash.rs",
];

/// Reads and checks `events.toml` (its text in `source`) and renders the generated module.
pub fn generate(source: &str) -> Result<String, Problems> {
    let catalogue = catalogue::parse(source)?;
    let names: Vec<&str> = catalogue
        .events
        .iter()
        .map(|event| event.name.as_str())
        .collect();
    let hash = perfect_hash::build(&names).map_err(|failure| {
        let (line, entry) = match &failure {
            Failure::Indistinguishable(_, later) => catalogue
                .events
                .iter()
                .find(|event| event.name == *later)
                .map_or((1, String::new()), |event| {
                    (event.line, format!("event `{}`", event.name))
                }),
            Failure::NoSeed { .. } => (1, String::new()),
        };
        Problems(vec![Problem {
            line,
            entry,
            message: failure.to_string(),
        }])
    })?;
    Ok(render::render(&catalogue, &hash))
}
