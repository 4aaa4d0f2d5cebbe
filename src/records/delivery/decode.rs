//! How a reader turns the text of one record into a value, in full or lazily: the skimmer
//! first, and serde for whatever the skimmer leaves to it.

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
            Skim::Fallback => Self::serde_prefix(json),
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
            _ => Self::serde_whole(json),
        }
    }
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
