//! The deliveries a `records` table reads: files, and the files of directories.

use std::path::{Path, PathBuf};

use ecd_bucket::Object;

use crate::ObjectKey;

/// One delivery: a file or object of records, in any format the `ecd-events` reader
/// detects (JSON Lines or arrays, gzip or not, records or Log Service logs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    location: Location,
    label: String,
    object: Option<ObjectKey>,
}

/// Where a delivery's bytes are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// A local file.
    File(PathBuf),
    /// An object in a bucket.
    Object(Object),
}

impl Delivery {
    /// The delivery in the file at `path`, named by its path. An ActionTrail object's name
    /// ([`ObjectKey`]) lets queries prune it by region and time without opening it.
    pub fn file(path: impl Into<PathBuf>) -> Delivery {
        let path = path.into();
        let object = path
            .file_name()
            .and_then(|name| name.to_str())
            .and_then(ObjectKey::parse);
        Delivery {
            label: path.display().to_string(),
            location: Location::File(path),
            object,
        }
    }

    /// The delivery in an object of a bucket, named by its URL (`oss://bucket/key`).
    pub fn bucket_object(object: Object) -> Delivery {
        Delivery {
            label: object.url(),
            object: object.key.clone(),
            location: Location::Object(object),
        }
    }

    /// Where its bytes are.
    pub fn location(&self) -> &Location {
        &self.location
    }

    /// Its path, if it is a local file.
    pub fn path(&self) -> Option<&Path> {
        match &self.location {
            Location::File(path) => Some(path),
            Location::Object(_) => None,
        }
    }

    /// How the `delivery` column and messages name it.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// What its name says of it, if it is named as ActionTrail names objects.
    pub fn object(&self) -> Option<&ObjectKey> {
        self.object.as_ref()
    }
}

/// What [`find`] found under the paths given.
#[derive(Debug, Default)]
pub struct Found {
    /// The deliveries, in order: the paths in the order given, each directory's files in
    /// name order.
    pub deliveries: Vec<Delivery>,
    /// Paths that could not be read, or that lead to no file, each with why.
    pub problems: Vec<String>,
}

/// Finds the deliveries under `paths`: a file is a delivery; a directory is walked, following
/// links (each loop named in [`Found::problems`] and not followed), for its regular files but
/// hidden ones (`.name`), in name order.
///
/// (`ecd-audit` gives its own walk's files, which also read each file once however many links
/// lead to it, and standard input.)
pub fn find(paths: &[impl AsRef<Path>]) -> Found {
    let mut found = Found::default();
    for path in paths {
        let path = path.as_ref();
        let before = found.deliveries.len();
        let problems_before = found.problems.len();
        let walk = walkdir::WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|entry| {
                entry.depth() == 0 || !entry.file_name().to_string_lossy().starts_with('.')
            });
        for entry in walk {
            match entry {
                Ok(entry) if entry.file_type().is_file() || entry.depth() == 0 => {
                    if !entry.file_type().is_dir() {
                        found.deliveries.push(Delivery::file(entry.path()));
                    }
                }
                Ok(_) => {}
                Err(error) => found.problems.push(match error.io_error() {
                    Some(io) => format!("{}: {io}", error.path().unwrap_or(path).display()),
                    None => format!("{}: {error}", error.path().unwrap_or(path).display()),
                }),
            }
        }
        if found.deliveries.len() == before && found.problems.len() == problems_before {
            found
                .problems
                .push(format!("{}: no files in it", path.display()));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_are_recognised_by_name_and_other_files_kept_unnamed() {
        let object = Delivery::file(
            "archive/AliyunLogs/Actiontrail/cn-hangzhou/2025/03/04/Actiontrail_cn-hangzhou_20250304120000_1002_4_1146_x.gz",
        );
        assert_eq!(
            object.object().map(|key| key.region.as_str()),
            Some("cn-hangzhou")
        );
        assert_eq!(Delivery::file("records.jsonl").object(), None);
    }

    #[test]
    fn directories_are_walked_in_name_order_without_hidden_files() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.jsonl", "a.jsonl", ".hidden.jsonl"] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        std::fs::create_dir(dir.path().join("empty")).unwrap();
        let found = find(&[dir.path()]);
        let names: Vec<_> = found
            .deliveries
            .iter()
            .map(|delivery| delivery.path().unwrap().file_name().unwrap().to_owned())
            .collect();
        assert_eq!(names, ["a.jsonl", "b.jsonl"]);
        assert!(found.problems.is_empty(), "{:?}", found.problems);

        let missing = find(&[dir.path().join("missing")]);
        assert!(missing.deliveries.is_empty());
        assert_eq!(missing.problems.len(), 1, "{:?}", missing.problems);
        let empty = find(&[dir.path().join("empty")]);
        assert!(
            empty.problems[0].ends_with("no files in it"),
            "{:?}",
            empty.problems
        );
    }
}
