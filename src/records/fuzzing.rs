//! The readers' fast paths and gzip decoders, for `fuzz/fuzz_targets/skim.rs` and
//! `fuzz/fuzz_targets/gunzip.rs` to hold them to serde_json's and flate2's judgement on
//! arbitrary input. Only under `cargo fuzz` (which sets `cfg(fuzzing)`).

use super::delivery::gzip::Gunzipped;
use super::json::skim::{self, Skim, Skimmed};
use super::model::{LazyRecord, Record};

/// What a fast path made of the text at the start of some input.
#[derive(Debug)]
pub enum Fast<T> {
    /// A whole value (an object, or a record), this many bytes long.
    Whole(T, usize),
    /// The text ends before the value does.
    Incomplete,
    /// Not well formed, or left to serde.
    Other,
}

/// What the skimmer finds: an object (checked, nothing kept, as serde's `IgnoredAny`) and
/// its length, a cut one, or something else.
pub fn skim_object(text: &str) -> Fast<serde::de::IgnoredAny> {
    match skim::object(text, |_| true) {
        Skimmed::Object(length) => Fast::Whole(serde::de::IgnoredAny, length),
        Skimmed::Incomplete => Fast::Incomplete,
        Skimmed::Invalid => Fast::Other,
    }
}

/// The typed reader's fast read.
pub fn skim_record(text: &str) -> Fast<Record<'_>> {
    from_skim(Record::skim(text))
}

/// The lazy reader's fast read.
pub fn skim_lazy(text: &str) -> Fast<LazyRecord<'_>> {
    from_skim(LazyRecord::skim(text))
}

/// The readers' gzip decoder on `gzipped`, decoding `content_bytes` (at least 1) at a
/// time: all the content it gives, and the error it ends with, if any.
pub fn gunzip(gzipped: &[u8], content_bytes: usize) -> (Vec<u8>, Option<std::io::Error>) {
    Gunzipped::new(gzipped, content_bytes.max(1)).drain()
}

/// The whole-object path (feature `libdeflate`): the content of `gzipped` inflated in one call
/// if it is one sound member the path takes, `None` where the readers would stream it.
#[cfg(feature = "libdeflate")]
pub fn gunzip_whole(gzipped: &[u8]) -> Option<Vec<u8>> {
    super::delivery::gzip::inflate_whole(gzipped).map(|content| content.to_vec())
}

fn from_skim<T>(skim: Skim<T>) -> Fast<T> {
    match skim {
        Skim::Record(record, length) => Fast::Whole(record, length),
        Skim::Incomplete => Fast::Incomplete,
        Skim::Fallback => Fast::Other,
    }
}
