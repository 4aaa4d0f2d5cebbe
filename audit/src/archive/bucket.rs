//! Archives in buckets (`oss://`, `s3://`; feature `oss`): listed with the selection as the
//! window, so that the folders and objects outside it are never listed or fetched, and read
//! in place as streams.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::OnceLock;

use ecd_bucket::{RemoteArchive, Window};
use tokio::runtime::{Handle, Runtime};

use super::{Input, Inputs, Selection, Source};

/// How buckets are reached, beside what the environment says (docs/sql.md).
#[derive(Clone, Debug, Default)]
pub struct Reach {
    /// An S3-compatible server's URL, reached with path-style requests.
    pub endpoint: Option<String>,
    /// The bucket's region.
    pub region: Option<String>,
    /// Unsigned requests, without credentials.
    pub unsigned: bool,
}

/// The paths that are not bucket URLs, and the archives the others name, reached as `reach`
/// says.
pub fn split(paths: &[PathBuf], reach: &Reach) -> (Vec<PathBuf>, Vec<RemoteArchive>) {
    let mut local = Vec::new();
    let mut archives = Vec::new();
    for path in paths {
        let Some(mut archive) = path.to_str().and_then(RemoteArchive::parse) else {
            local.push(path.clone());
            continue;
        };
        if let Some(endpoint) = &reach.endpoint {
            archive = archive.with_endpoint(endpoint);
        }
        if let Some(region) = &reach.region {
            archive = archive.with_region(region);
        }
        if reach.unsigned {
            archive = archive.unsigned();
        }
        archives.push(archive);
    }
    (local, archives)
}

/// The runtime that lists buckets and fetches their objects for the reading threads (which
/// are not its own).
pub fn runtime() -> Result<Handle, String> {
    static RUNTIME: OnceLock<Result<Runtime, String>> = OnceLock::new();
    RUNTIME
        .get_or_init(|| {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .thread_name("ecd-audit-bucket")
                .enable_all()
                .build()
                .map_err(|error| format!("cannot start the threads that read buckets: {error}"))
        })
        .as_ref()
        .map(|runtime| runtime.handle().clone())
        .map_err(Clone::clone)
}

/// Adds the objects of `archives` that `selection` may need to `found`, after what is in it;
/// an archive that cannot be listed is a problem (the audit goes on without it, and exits 2).
pub fn find(archives: &[RemoteArchive], selection: &Selection, found: &mut Inputs) {
    if archives.is_empty() {
        return;
    }
    let runtime = match runtime() {
        Ok(runtime) => runtime,
        Err(problem) => {
            found.problems.push(problem);
            return;
        }
    };
    let window = Window {
        since: selection.since,
        until: selection.until,
        regions: (!selection.regions.is_empty()).then(|| {
            selection
                .regions
                .iter()
                .map(|region| region.to_ascii_lowercase())
                .collect::<BTreeSet<_>>()
        }),
    };
    for archive in archives {
        match runtime.block_on(archive.list(&window)) {
            Ok(listing) => {
                if listing.objects.is_empty() && listing.pruned == 0 {
                    found.problems.push(format!("{archive}: no objects in it"));
                }
                found.pruned += listing.pruned;
                for object in listing.objects {
                    // The window's end is inclusive, --until's not: the selection has the
                    // last word, as for files.
                    if !selection.may_hold(object.path.filename().unwrap_or("")) {
                        found.pruned += 1;
                        continue;
                    }
                    found.inputs.push(Input {
                        label: object.url(),
                        size: Some(object.size),
                        source: Source::Object(object),
                    });
                }
            }
            Err(error) => found.problems.push(error.to_string()),
        }
    }
}
