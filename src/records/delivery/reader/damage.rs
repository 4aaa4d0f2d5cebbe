//! What a reader does with damage: the error at its position, skipping what it cannot read,
//! finding the next record, and the end of content cut short.

use std::io::Read;

use super::{Nesting, RecordReader, Resync};
use crate::records::delivery::decode::{JSON_WHITESPACE, describe};
use crate::records::delivery::error::{RecordError, RecordErrorKind};

impl<R: Read> RecordReader<R> {
    /// An error for the `length` bytes at `self.at`, which are consumed.
    pub(super) fn reject(
        &mut self,
        length: usize,
        kind: RecordErrorKind,
        error: &serde_json::Error,
    ) -> RecordError {
        self.reject_message(length, kind, describe(error))
    }

    pub(super) fn reject_message(
        &mut self,
        length: usize,
        kind: RecordErrorKind,
        message: String,
    ) -> RecordError {
        let error = self.error_here(kind, message);
        self.consume_record(length);
        error
    }

    pub(super) fn error_here(&self, kind: RecordErrorKind, message: String) -> RecordError {
        RecordError {
            kind,
            index: self.index,
            offset: self.offset_of(self.at),
            line: self.line_of(self.at),
            message,
            source: None,
        }
    }

    /// Reports the damage at `self.at` and moves past its first character; the reader then
    /// skips to where the next record starts ([`resync`](Self::resync)). The error covers all
    /// it skips: what it skips holds no record start, so no record is lost without one.
    pub(super) fn skip_damage(&mut self, message: String) -> RecordError {
        let error = self.error_here(RecordErrorKind::Syntax, message);
        self.index += 1;
        // Past the character where the damage starts (which may be longer than a byte).
        self.at += self.buffered().chars().next().map_or(1, char::len_utf8);
        self.resyncing = true;
        if self.nesting == Nesting::ArraySeparator {
            self.nesting = Nesting::ArrayValue;
        }
        error
    }

    /// Moves to the next place in the buffer where a record or log starts, whatever comes
    /// before it: it is read from there, and reported if it is damaged too. A record starts
    /// with `{` and one of a record's or a log's keys ([`record_start`]) anywhere (so that a
    /// damaged separator costs no record), and with any `{` at the start of a line of JSON
    /// Lines, or of an array element where no key follows (a record cut short or damaged
    /// there is reported on its own, not swallowed by the damage before it).
    pub(super) fn resync(&mut self) -> Resync {
        loop {
            let Some(skip) = memchr::memchr(b'{', &self.text.as_bytes()[self.at..]) else {
                self.at = self.text.len();
                return Resync::Skipped;
            };
            self.at += skip;
            let boundary = self.boundary();
            let at_element = matches!(boundary, Boundary::Line | Boundary::Element);
            let starts = match object_start(self.buffered()) {
                ObjectStart::Record => Some(true),
                // Each line of JSON Lines starts a record.
                _ if boundary == Boundary::Line && self.nesting == Nesting::Top => Some(true),
                // A nested object of a damaged record.
                ObjectStart::Nested => Some(false),
                ObjectStart::Damaged => Some(at_element),
                ObjectStart::Unknown if self.source_done => Some(at_element),
                ObjectStart::Unknown => None,
            };
            match starts {
                Some(true) => return Resync::Found,
                Some(false) => self.at += 1,
                None => return Resync::NeedMore,
            }
        }
    }

    /// What comes before `self.at`: a line break (after whitespace), an array's `[` or `,`, or
    /// anything else.
    fn boundary(&self) -> Boundary {
        let before = self.text[..self.at].trim_end_matches(JSON_WHITESPACE);
        let mut line_break = self.text[before.len()..self.at].contains('\n');
        // The same answer however the content was cut into reads.
        let previous = match before.bytes().next_back() {
            Some(byte) => byte,
            None => {
                line_break |= self.dropped_line_break;
                self.dropped_significant
            }
        };
        match previous {
            b',' | b'[' => Boundary::Element,
            _ if line_break => Boundary::Line,
            _ => Boundary::Inside,
        }
    }

    pub(super) fn too_large_message(&self) -> String {
        format!(
            "the record is longer than the limit of {} bytes",
            self.max_record_bytes
        )
    }

    /// Reports a record longer than the limit and skips it.
    pub(super) fn skip_too_large(&mut self) -> RecordError {
        let error = self.error_here(RecordErrorKind::TooLarge, self.too_large_message());
        self.index += 1;
        self.at = self.text.len();
        self.resyncing = true;
        error
    }

    /// The end of the content: an array left open is damage too (records after the cut
    /// are lost, and the reader says so).
    pub(super) fn finish(&mut self) -> Option<RecordError> {
        let open = matches!(self.nesting, Nesting::ArrayValue | Nesting::ArraySeparator);
        self.nesting = Nesting::Top;
        // A damaged last element takes the array's `]` with it; the content still ends with it.
        let last = self
            .text
            .trim_end_matches(JSON_WHITESPACE)
            .bytes()
            .next_back();
        if open && last.unwrap_or(self.dropped_significant) != b']' {
            let error = self.error_here(
                RecordErrorKind::Syntax,
                "the content ends inside a JSON array (no closing `]`): it was cut short".into(),
            );
            self.index += 1;
            return Some(error);
        }
        None
    }
}

/// Where a `{` stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Boundary {
    /// At the start of a line.
    Line,
    /// After an array's `[` or `,`.
    Element,
    /// Anywhere else.
    Inside,
}

/// The keys a record or a log can start with: a record's top-level members, and a Log
/// Service log's (`event`, or reserved ones such as `__topic__`). Nested objects of a record
/// (`userIdentity`, `requestParameters`, ...) have other keys, so that skipping damage stops
/// at the next record, not inside the damaged one.
const RECORD_KEYS: [&str; 29] = [
    "eventId",
    "eventVersion",
    "eventName",
    "eventSource",
    "eventType",
    "eventCategory",
    "eventRW",
    "eventTime",
    "acsRegion",
    "serviceName",
    "requestId",
    "apiVersion",
    "errorCode",
    "errorMessage",
    "sourceIpAddress",
    "userAgent",
    "userIdentity",
    "requestParameters",
    "requestParameterJson",
    "responseElements",
    "additionalEventData",
    "referencedResources",
    "resourceName",
    "resourceType",
    "isGlobal",
    "eventAttributes",
    "vpcId",
    "recipientAccountId",
    "event",
];

/// Whether `text`, which starts with `{`, starts with one of a record's or a log's keys.
pub(super) fn starts_a_record(text: &str) -> bool {
    matches!(object_start(text), ObjectStart::Record)
}

/// What an object at the start of `text` (which starts with `{`) begins with.
enum ObjectStart {
    /// One of [`RECORD_KEYS`], or a reserved key (`__...`): a record or a log.
    Record,
    /// Another key: an object nested in a record.
    Nested,
    /// Not a key at all: the object is damaged or cut short.
    Damaged,
    /// The text ends too soon to tell.
    Unknown,
}

fn object_start(text: &str) -> ObjectStart {
    let after = text[1..].trim_start_matches(JSON_WHITESPACE);
    let Some(key) = after.strip_prefix('"') else {
        return if after.is_empty() {
            ObjectStart::Unknown
        } else {
            ObjectStart::Damaged
        };
    };
    // No record key is longer, or has an escape or a control character.
    let Some(end) = key
        .bytes()
        .take(40)
        .position(|b| b == b'"' || b == b'\\' || b < 0x20)
    else {
        return if key.len() < 40 {
            ObjectStart::Unknown
        } else {
            ObjectStart::Nested
        };
    };
    match key.as_bytes()[end] {
        b'"' if key[..end].starts_with("__") || RECORD_KEYS.contains(&&key[..end]) => {
            ObjectStart::Record
        }
        b'"' | b'\\' => ObjectStart::Nested,
        _ => ObjectStart::Damaged,
    }
}
