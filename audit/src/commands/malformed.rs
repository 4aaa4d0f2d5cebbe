//! `scan --malformed FILE`: where the listing of every malformed record goes.

use std::fs::File;
use std::io::{self, BufWriter};
use std::path::Path;

use crate::archive::{Inputs, Source};
use crate::report::Format;
use crate::scan::Listing;

/// Whether `--malformed` can write to `path` with this format: `-` is standard output, where
/// only a JSON Lines report can take the listing's lines. Checked before anything is read.
pub fn check(path: &Path, format: Format) -> Result<(), String> {
    if path == Path::new("-") && format != Format::Json {
        return Err(
            "--malformed - writes to standard output, where the report goes: name a file, or \
             use --format json (the listing's lines then come before the findings)"
                .into(),
        );
    }
    Ok(())
}

/// The listing, to standard output for `-` or to `path`, made anew, once the inputs are found:
/// a file among them would be read while it is written, and a file made before the walk
/// would be found by it.
pub fn open(path: &Path, inputs: &Inputs) -> Result<Listing, String> {
    if path == Path::new("-") {
        return Ok(Listing::new(Box::new(BufWriter::new(io::stdout()))));
    }
    let is_input = inputs.inputs.iter().any(|input| match &input.source {
        Source::File(input) => same_file(input, path),
        _ => false,
    });
    if is_input {
        return Err(format!(
            "--malformed {}: it is one of the inputs, and would be read as it is written",
            path.display()
        ));
    }
    match File::create(path) {
        Ok(file) => Ok(Listing::new(Box::new(BufWriter::new(file)))),
        Err(error) => Err(format!("--malformed {}: {error}", path.display())),
    }
}

/// Whether `a` and `b` are the same existing file, however named.
fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(a), Ok(b)) = (std::fs::canonicalize(a), std::fs::canonicalize(b)) else {
        return false;
    };
    a == b
}
