//! The generator: `events.toml` in, Rust source out.
//!
//! `build.rs` calls it with the `regenerate` feature, and `tests/codegen.rs` includes this
//! module the same way to test it on its own and to keep the committed output
//! (`src/catalogue/generated/catalogue.rs`) current.

pub mod catalogue;
pub mod inputs;
#[path = "../src/catalogue/name_hash.rs"]
pub mod name_hash;
pub mod parameters;
pub mod perfect_hash;
pub mod render;

use catalogue::{Problem, Problems};
use name_hash::Case;
use perfect_hash::Failure;

/// Reads and checks `events.toml` (its text in `source`) with the parameters of
/// `tests/data/api-parameters.tsv` (its text in `api_parameters`), and renders the generated
/// module, recording `fingerprint` (of the generator's inputs, see [`inputs`]) in its header.
pub fn generate(source: &str, api_parameters: &str, fingerprint: u64) -> Result<String, Problems> {
    let api_parameters = parameters::parse(api_parameters).map_err(|error| {
        Problems(vec![Problem {
            file: parameters::FILE,
            line: error.line,
            entry: String::new(),
            message: error.message,
        }])
    })?;
    let catalogue = catalogue::parse_with(source, &api_parameters)?;
    distinct_parameter_fingerprints(&catalogue)?;
    let names: Vec<&str> = catalogue
        .events
        .iter()
        .map(|event| event.name.as_str())
        .collect();
    let table =
        |case| perfect_hash::build(&names, case).map_err(|failure| problem(&catalogue, &failure));
    let exact = table(Case::Sensitive)?;
    let ignore_case = table(Case::Insensitive)?;
    Ok(render::render(
        &catalogue,
        &exact,
        &ignore_case,
        fingerprint,
    ))
}

/// The lookup of a parameter by name compares fingerprints first: no two parameters of one
/// event may share one (with 32 bits and at most a few dozen names an event, a change of
/// `render::PARAMETER_SEED` fixes the unlikely clash).
fn distinct_parameter_fingerprints(catalogue: &catalogue::Catalogue) -> Result<(), Problems> {
    for event in &catalogue.events {
        let mut seen = std::collections::BTreeMap::new();
        for parameter in &event.parameters {
            let fingerprint = render::parameter_fingerprint(&parameter.name);
            if let Some(other) = seen.insert(fingerprint, &parameter.name) {
                return Err(Problems(vec![Problem {
                    file: catalogue::FILE,
                    line: event.line,
                    entry: format!("event `{}`", event.name),
                    message: format!(
                        "parameters `{other}` and `{}` share a fingerprint: change \
                         PARAMETER_SEED in codegen/render.rs",
                        parameter.name
                    ),
                }]));
            }
        }
    }
    Ok(())
}

/// Reports a failed perfect-hash search at an entry that caused it.
fn problem(catalogue: &catalogue::Catalogue, failure: &Failure) -> Problems {
    let (line, entry) = match failure {
        Failure::Indistinguishable(_, second) => catalogue
            .events
            .iter()
            .find(|event| event.name == *second)
            .map_or((1, String::new()), |event| {
                (event.line, format!("event `{}`", event.name))
            }),
        Failure::NoSeed { .. } => (1, String::new()),
    };
    Problems(vec![Problem {
        file: catalogue::FILE,
        line,
        entry,
        message: failure.to_string(),
    }])
}
