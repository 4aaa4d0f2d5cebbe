//! How a reader turns the text of one record into a value, in full or lazily: the skimmer
//! first, and serde for whatever the skimmer leaves to it.

use std::cell::Cell;

use serde::Deserialize;

use crate::records::json::Skim;
use crate::records::model::{LazyRecord, Record};

/// What JSON counts as whitespace (`str::trim` would take more).
pub(super) const JSON_WHITESPACE: [char; 4] = [' ', '\t', '\n', '\r'];

/// How a reader decodes each record: in full, or lazily. Each kind gives its fast read (the
/// skimmer) and its serde reads; the fast read comes first and serde decides the rest.
pub(super) trait Decode {
    type Value<'a>;

    /// The fast read of the record at the start of `json`.
    fn skim(json: &str) -> Skim<Self::Value<'_>>;

    /// serde's read of the record at the start of `json`, and how long it is.
    fn serde_prefix(json: &str) -> Parsed<Self::Value<'_>>;

    /// serde's read of the record that is all of `json`.
    fn serde_whole(json: &str) -> serde_json::Result<Self::Value<'_>>;

    /// Reads the record at the start of `json`, and how long it is.
    fn parse_prefix(json: &str) -> Parsed<Self::Value<'_>> {
        match Self::skim(json) {
            Skim::Record(record, length) => Parsed::Value(record, length),
            Skim::Incomplete => Parsed::Incomplete,
            Skim::Fallback => {
                count_fallback();
                Self::serde_prefix(json)
            }
        }
    }

    /// Reads the record that is all of `json` (but for whitespace after it).
    fn parse_whole(json: &str) -> serde_json::Result<Self::Value<'_>> {
        match Self::skim(json) {
            Skim::Record(record, length)
                if json[length..].trim_end_matches(JSON_WHITESPACE).is_empty() =>
            {
                Ok(record)
            }
            Skim::Incomplete => Self::serde_whole(json),
            _ => {
                count_fallback();
                Self::serde_whole(json)
            }
        }
    }
}

thread_local! {
    /// How many records this thread's readers left to serde because the skimmer gave up on
    /// them ([`fallbacks_on_this_thread`]).
    static FALLBACKS: Cell<u64> = const { Cell::new(0) };
}

/// Counts one record left to serde. Only the slow path pays for it.
#[cold]
fn count_fallback() {
    FALLBACKS.with(|fallbacks| fallbacks.set(fallbacks.get() + 1));
}

/// How many records the readers on the calling thread have left to serde so far because the
/// skimmer gave up on them (damage, escapes in a key, a field of an unusual type, ...).
///
/// Not part of the API: it is there for `tests/records_fast_path.rs`, which holds the fast path
/// to reading ordinary records itself. A reader parses on the thread that calls it (a
/// background decompression thread only inflates), so a test reads the count before and after
/// its own reads, whatever other tests do on their threads.
#[doc(hidden)]
pub fn fallbacks_on_this_thread() -> u64 {
    FALLBACKS.with(Cell::get)
}

/// Records decoded in full: [`Record`].
pub(super) struct Full;

impl Decode for Full {
    type Value<'a> = Record<'a>;

    fn skim(json: &str) -> Skim<Record<'_>> {
        Record::skim(json)
    }

    fn serde_prefix(json: &str) -> Parsed<Record<'_>> {
        parse_prefix(json)
    }

    fn serde_whole(json: &str) -> serde_json::Result<Record<'_>> {
        serde_json::from_str(json)
    }
}

/// Records decoded lazily: [`LazyRecord`].
pub(super) struct Lazy;

impl Decode for Lazy {
    type Value<'a> = LazyRecord<'a>;

    fn skim(json: &str) -> Skim<LazyRecord<'_>> {
        LazyRecord::skim(json)
    }

    fn serde_prefix(json: &str) -> Parsed<LazyRecord<'_>> {
        match parse_prefix::<LazyRecord<'_>>(json) {
            Parsed::Value(record, length) => {
                Parsed::Value(record.with_json(&json[..length]), length)
            }
            Parsed::Incomplete => Parsed::Incomplete,
            Parsed::Invalid(error) => Parsed::Invalid(error),
        }
    }

    fn serde_whole(json: &str) -> serde_json::Result<LazyRecord<'_>> {
        LazyRecord::from_json(json)
    }
}

/// The result of parsing one value at the start of some bytes.
pub(super) enum Parsed<T> {
    /// The value and how many bytes it took.
    Value(T, usize),
    /// The bytes end before the value does.
    Incomplete,
    Invalid(serde_json::Error),
}

pub(super) fn parse_prefix<'b, T: Deserialize<'b>>(text: &'b str) -> Parsed<T> {
    let mut values = serde_json::Deserializer::from_str(text).into_iter::<T>();
    match values.next() {
        Some(Ok(value)) => Parsed::Value(value, values.byte_offset()),
        Some(Err(error)) if error.is_eof() => Parsed::Incomplete,
        Some(Err(error)) => Parsed::Invalid(error),
        None => Parsed::Incomplete,
    }
}

/// serde_json's message without its position, which counts from the record's start and
/// would contradict the reader's own.
pub(super) fn describe(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(cut) if error.line() > 0 => {
            format!(
                "{} (line {} column {} of the record)",
                &message[..cut],
                error.line(),
                error.column()
            )
        }
        _ => message,
    }
}
