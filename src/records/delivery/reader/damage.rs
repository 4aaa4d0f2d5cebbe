//! What a reader does with damage: the error at its position, skipping what it cannot read,
//! finding the next record, and the end of content cut short.

use std::io::Read;

use super::{Nesting, RecordReader, Resync};
use crate::records::delivery::decode::{Decode, JSON_WHITESPACE, Parsed, describe, parse_prefix};
use crate::records::delivery::error::{RecordError, RecordErrorKind};
use crate::records::delivery::format::Content;
use crate::records::delivery::sls::SlsLog;

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

    /// Reports the damaged bytes from `self.at` up to the next `{` where a record parses,
    /// and moves there. Any `{` is tried, not only those after `,`, `[` or a line break: a
    /// damaged separator must not cost the record after it.
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

    /// Moves to the next `{` in the buffer where a record parses.
    pub(super) fn resync<K: Decode>(&mut self) -> Resync {
        loop {
            let skip = self.buffered().find('{').unwrap_or(self.buffered().len());
            self.at += skip;
            if self.at == self.text.len() {
                return Resync::Skipped;
            }
            match self.parses_as_record::<K>() {
                Some(true) => {
                    return Resync::Found;
                }
                Some(false) => self.at += 1,
                None => return Resync::NeedMore,
            }
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

    /// Whether a record of the delivery's content parses at `self.at`; `None` if more must be
    /// read to tell. Before the content is known (the first object was damaged), either kind
    /// will do, and the one found decides it.
    pub(super) fn parses_as_record<K: Decode>(&mut self) -> Option<bool> {
        if let Some(content) = self.format.content {
            return self.parses_as::<K>(content);
        }
        let as_record = self.parses_as::<K>(Content::Records);
        if as_record == Some(true) {
            self.format.content = Some(Content::Records);
            return as_record;
        }
        let as_log = self.parses_as::<K>(Content::SlsLogs);
        if as_log == Some(true) {
            self.format.content = Some(Content::SlsLogs);
            return as_log;
        }
        if as_record.is_none() || as_log.is_none() {
            None
        } else {
            Some(false)
        }
    }

    pub(super) fn parses_as<K: Decode>(&self, content: Content) -> Option<bool> {
        let parsed = match content {
            Content::SlsLogs => match parse_prefix::<SlsLog<'_>>(self.buffered()) {
                Parsed::Value(log, _) => Parsed::Value(log.problem().is_none(), 0),
                Parsed::Incomplete => Parsed::Incomplete,
                Parsed::Invalid(error) => Parsed::Invalid(error),
            },
            // What counts as a record is what this reader reads as one.
            Content::Records => match K::parse_prefix(self.buffered()) {
                Parsed::Value(_, _) => Parsed::Value(true, 0),
                Parsed::Incomplete => Parsed::Incomplete,
                Parsed::Invalid(error) => Parsed::Invalid(error),
            },
        };
        match parsed {
            Parsed::Value(valid, _) => Some(valid),
            Parsed::Incomplete if self.can_read_more() => None,
            _ => Some(false),
        }
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
