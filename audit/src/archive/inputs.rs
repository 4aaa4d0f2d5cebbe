//! From the paths a user gives to the deliveries to read: directories walked once each, in
//! name order, with objects outside the selection pruned by name before they are opened.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use super::{Selection, samples};

/// Where a delivery's bytes come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A file.
    File(PathBuf),
    /// Standard input (`-`).
    Stdin,
    /// One of the sample deliveries built into the tool.
    Bundled(&'static [u8]),
    /// An object in a bucket.
    #[cfg(feature = "oss")]
    Object(ecd_bucket::Object),
}

/// One delivery to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    /// How the report names it: the path as found, `-`, or the sample's name.
    pub label: String,
    /// Where to read it from.
    pub source: Source,
    /// Its size in bytes, when known before reading (not for standard input, nor for a pipe
    /// or device named on the command line, which are read as streams).
    pub size: Option<u64>,
}

/// What the paths given lead to.
#[derive(Debug, Default)]
pub struct Inputs {
    /// The deliveries to read, in order: the paths in the order given, each directory's
    /// files in name order.
    pub inputs: Vec<Input>,
    /// Objects not opened because their names put them outside the selection.
    pub pruned: u64,
    /// Paths that could not be read (missing, unreadable directories): the audit goes on
    /// without them and exits with 2.
    pub problems: Vec<String>,
    /// Links that lead back into a directory being walked: not followed again.
    pub loops: Vec<String>,
    /// Files found in directories that are not regular files (pipes, sockets, devices): not
    /// opened, since opening a pipe waits for a writer, forever, and a device can be read
    /// forever. Each is named, with what it is.
    pub not_regular: Vec<String>,
}

/// Finds the deliveries under `paths` (`-` is standard input). No paths: the samples.
///
/// Directories are walked following links, each directory and file once however many ways
/// lead to it; hidden entries (`.name`) are skipped, as `fd` and `rg` skip them, and so are
/// files that are not regular files ([`Inputs::not_regular`]). A path named itself is read
/// whatever it is: a pipe or a device as a stream, as standard input is.
pub fn find(paths: &[PathBuf], selection: &Selection) -> Inputs {
    let mut found = Inputs::default();
    if paths.is_empty() {
        found.inputs = samples::inputs();
        return found;
    }
    // Files already taken: a directory named twice, or reached through a link as well, is
    // read once.
    let mut seen: HashSet<FileIdentity> = HashSet::new();
    let mut stdin_taken = false;
    for path in paths {
        if path == Path::new("-") {
            if !stdin_taken {
                found.inputs.push(Input {
                    label: "-".into(),
                    source: Source::Stdin,
                    size: None,
                });
                stdin_taken = true;
            }
            continue;
        }
        let problems_before = found.problems.len();
        let not_regular_before = found.not_regular.len();
        let mut files = 0usize;
        let walk = WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|entry| entry.depth() == 0 || !is_hidden(entry.file_name()));
        for entry in walk {
            let entry = match entry {
                Ok(entry) => entry,
                Err(error) => {
                    if let Some(ancestor) = error.loop_ancestor() {
                        found.loops.push(format!(
                            "{}: a link back to {}, not followed",
                            error.path().unwrap_or(path).display(),
                            ancestor.display()
                        ));
                    } else {
                        found.problems.push(describe_walk_error(path, &error));
                    }
                    continue;
                }
            };
            let file_type = entry.file_type();
            if file_type.is_dir() {
                continue;
            }
            // (Named on the command line, at depth 0, it is what the user asked to read.)
            let named = entry.depth() == 0;
            if !file_type.is_file() && !named {
                found.not_regular.push(format!(
                    "{}: {}, not read (only regular files are read from directories)",
                    entry.path().display(),
                    describe_file_type(file_type)
                ));
                continue;
            }
            files += 1;
            let metadata = entry.metadata().ok();
            if !seen.insert(identity(entry.path(), metadata.as_ref())) {
                continue;
            }
            let name = entry.file_name().to_string_lossy();
            if !selection.may_hold(&name) {
                found.pruned += 1;
                continue;
            }
            found.inputs.push(Input {
                label: entry.path().display().to_string(),
                source: Source::File(entry.path().to_owned()),
                size: metadata
                    .filter(|metadata| metadata.is_file())
                    .map(|metadata| metadata.len()),
            });
        }
        // A path that leads to nothing to read is a mistake (a wrong or empty directory),
        // not an audit that found nothing.
        if files == 0 && found.problems.len() == problems_before {
            let what = if found.not_regular.len() > not_regular_before {
                "no regular files in it, only pipes, sockets or devices (not read)"
            } else {
                "no files in it"
            };
            found.problems.push(format!("{}: {what}", path.display()));
        }
    }
    found
}

/// What makes a file the same file however it is reached.
#[derive(PartialEq, Eq, Hash)]
enum FileIdentity {
    /// Device and inode: what the one `stat` the walk makes anyway says.
    #[cfg_attr(not(unix), allow(dead_code))]
    Inode(u64, u64),
    /// Elsewhere, the canonical path (several system calls a file).
    #[cfg_attr(unix, allow(dead_code))]
    Path(PathBuf),
}

fn identity(path: &Path, metadata: Option<&std::fs::Metadata>) -> FileIdentity {
    #[cfg(unix)]
    if let Some(metadata) = metadata {
        use std::os::unix::fs::MetadataExt;
        return FileIdentity::Inode(metadata.dev(), metadata.ino());
    }
    let _ = metadata;
    FileIdentity::Path(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned()))
}

/// What a file that is neither a directory nor a regular file is.
fn describe_file_type(file_type: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
    }
    let _ = file_type;
    "not a regular file"
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|name| name.starts_with('.'))
}

fn describe_walk_error(root: &Path, error: &walkdir::Error) -> String {
    let path = error.path().unwrap_or(root).display();
    match error.io_error() {
        Some(io) => format!("{path}: {io}"),
        None => format!("{path}: {error}"),
    }
}
