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

    /// What is wrong with the object at `self.at`, which `error` says does not parse: serde's
    /// message, or, where it stopped at a byte that is not UTF-8 (a NUL in the text), that
    /// byte and where it is.
    pub(super) fn describe_damage(&self, error: &serde_json::Error) -> String {
        match self.not_utf8_at(error) {
            Some(NotUtf8At { at, column, byte }) => format!(
                "invalid UTF-8: byte {byte:#04X} at byte {} (line {} column {column} of the record)",
                self.offset_of(self.at + at),
                error.line(),
            ),
            None => describe(error),
        }
    }

    /// Where `error` stopped, if at a byte that is not UTF-8.
    fn not_utf8_at(&self, error: &serde_json::Error) -> Option<NotUtf8At> {
        let text = self.buffered().as_bytes();
        let line_start = match error.line() {
            0 => return None,
            1 => 0,
            line => memchr::memchr_iter(b'\n', text).nth(line - 2)? + 1,
        };
        // serde_json places an error at the column of the byte at fault (counting from 1),
        // but for a control character in a string sometimes one column before it.
        let control_character = error.to_string().starts_with("control character");
        let columns = [
            Some(error.column()),
            control_character.then(|| error.column() + 1),
        ];
        columns.into_iter().flatten().find_map(|column| {
            let at = line_start + column.checked_sub(1)?;
            if text.get(at) != Some(&0) {
                return None;
            }
            let byte = self.not_utf8.at(self.offset_of(self.at + at))?;
            Some(NotUtf8At { at, column, byte })
        })
    }

    /// Reports the damage at `self.at` and moves past its first character; the reader then
    /// skips to where the next record starts ([`resync`](Self::resync)). The error covers all
    /// it skips: what it skips holds no record start, so no record is lost without one.
    pub(super) fn skip_damage(&mut self, message: String) -> RecordError {
        let error = self.error_here(RecordErrorKind::Syntax, message);
        self.index += 1;
        // What is skipped is read as JSON as far as it goes: inside the damaged record (past
        // its `{`), or between records.
        let in_a_record = self.buffered().starts_with('{');
        self.skipping = Skipping::from(in_a_record);
        // Text that is not a record, on a line of JSON Lines: an object later on that line
        // (`this is garbage {"x": 1`) is the same damage, one error for the line, unless it
        // starts as a record does.
        self.skipping.loose_line = !in_a_record && self.nesting == Nesting::Top;
        // Past the character where the damage starts (which may be longer than a byte).
        self.at += self.buffered().chars().next().map_or(1, char::len_utf8);
        self.resyncing = true;
        if self.nesting == Nesting::ArraySeparator {
            self.nesting = Nesting::ArrayValue;
        }
        error
    }

    /// Moves to the next place in the buffer where a record or log starts, whatever comes
    /// before it: it is read from there, and reported if it is damaged too.
    ///
    /// What is skipped is followed as JSON (strings, and the brackets open since the damaged
    /// record's `{`, objects told from arrays), so that objects nested in the damaged record,
    /// or in its strings, are not taken for records. A record starts:
    /// - with any `{` once the damaged record's brackets are closed, and at the start of each
    ///   line of JSON Lines (a line ends a damaged record there); but on a line of JSON Lines
    ///   whose damage starts with text that is not an object, only with a `{` and a record's key
    ///   as below, so that `this is garbage {"x": 1` is one damaged line, not two;
    /// - in an array, with a `{` after a `,` where the damage left an object open: in an
    ///   object, `,` is followed by a key, so the `{` is the array's next element;
    /// - with `{` and a key only a record or log starts with (`eventId`, `eventTime`,
    ///   `__topic__`, ...) anywhere else, where the damage left the brackets or the strings
    ///   uncertain: a bracket or a quote may be what was damaged, and such an object cannot be
    ///   inside a string (its quote would end the string).
    ///
    /// What cannot be told apart: after a record cut inside one of its arrays, an element
    /// whose first key is unusual (or that is cut before its first key) reads as an element of
    /// that array, and is reported with the cut record rather than on its own.
    pub(super) fn resync(&mut self) -> Resync {
        let bytes = self.text.as_bytes();
        while self.at < bytes.len() {
            let byte = bytes[self.at];
            let state = &mut self.skipping;
            if state.in_string {
                match byte {
                    // A raw line break cannot be inside a string, nor escaped: the record was
                    // cut inside one, and what follows the line break is the next element or
                    // line.
                    b'\n' => {
                        if self.nesting == Nesting::Top {
                            *state = Skipping::from(false);
                        } else {
                            state.in_string = false;
                            state.escaped = false;
                            state.last = b',';
                        }
                    }
                    _ if state.escaped => state.escaped = false,
                    b'\\' => state.escaped = true,
                    b'"' => state.in_string = false,
                    // `{"eventId"` cannot be inside a string (the quote would end it): the
                    // damage took a quote, and a record starts here.
                    b'{' => match object_start(&self.text[self.at..]) {
                        ObjectStart::Record(_) => return Resync::Found,
                        ObjectStart::Unknown if !self.source_done => return Resync::NeedMore,
                        _ => {}
                    },
                    _ => {}
                }
                self.at += 1;
                continue;
            }
            // (Only in arrays: in JSON Lines, a record's line is all of it.)
            let in_array = self.nesting != Nesting::Top;
            let after_comma_in_object = in_array && state.last == b',' && state.in_object();
            match byte {
                b'"' => state.in_string = true,
                b'\n' if self.nesting == Nesting::Top => *state = Skipping::from(false),
                b'[' => state.open(false),
                b'}' | b']' => state.close(),
                b'{' => {
                    let depth = state.depth;
                    let object = object_start(&self.text[self.at..]);
                    let starts = match object {
                        _ if depth == 0 && !state.loose_line => Some(true),
                        // In an object, `,` is followed by a key: a `{` there is an array's
                        // element, an array the damage took the record's end out of.
                        _ if after_comma_in_object => Some(true),
                        // (Each line of JSON Lines starts at depth 0: a line break resets it.)
                        ObjectStart::Record(true) => Some(true),
                        // After loose text on a line, any record's key at the top.
                        ObjectStart::Record(false) if depth == 0 => Some(true),
                        ObjectStart::Unknown if !self.source_done => None,
                        _ => Some(false),
                    };
                    match starts {
                        Some(true) => return Resync::Found,
                        None => return Resync::NeedMore,
                        Some(false) => self.skipping.open(true),
                    }
                }
                _ => {}
            }
            // (After the decision on a `{`, which may be taken again once more is read.)
            if !JSON_WHITESPACE.contains(&char::from(byte)) {
                self.skipping.last = byte;
            }
            self.at += 1;
        }
        Resync::Skipped
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
        // Only past its `{`: a record cut inside an array value reads on over every record
        // after it, which are found again from here.
        self.skipping = Skipping::from(true);
        self.at += 1;
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
        if open && last.unwrap_or(self.dropped_significant) != b']' && !self.cut_reported {
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

/// A byte that is not UTF-8 where a record's parse stopped.
struct NotUtf8At {
    /// Where, from the record's start.
    at: usize,
    /// Its column in its line of the record, from 1.
    column: usize,
    /// What it was.
    byte: u8,
}

/// How the reader follows what it skips after damage, as JSON.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Skipping {
    in_string: bool,
    escaped: bool,
    /// Brackets open since the damaged record's `{` (itself included).
    depth: u32,
    /// Which of the innermost 64 of them are objects (a bit each, the innermost lowest).
    objects: u64,
    /// The last byte other than whitespace, outside strings.
    last: u8,
    /// Whether the damage started with text that is not an object, on a line of JSON Lines,
    /// and that line has not ended: an object on it is taken for a record only if it starts
    /// with a record's key. A line break clears it (with the rest of the state).
    loose_line: bool,
}

impl Skipping {
    /// From inside a damaged record (past its `{`), or between records.
    pub(super) fn from(inside_a_record: bool) -> Self {
        let mut skipping = Skipping::default();
        if inside_a_record {
            skipping.open(true);
        }
        skipping
    }

    fn open(&mut self, object: bool) {
        self.depth += 1;
        self.objects = (self.objects << 1) | u64::from(object);
    }

    fn close(&mut self) {
        self.depth = self.depth.saturating_sub(1);
        self.objects >>= 1;
    }

    fn in_object(&self) -> bool {
        self.depth > 0 && self.objects & 1 == 1
    }
}

/// Keys that only a record or a log starts with (and a log's reserved `__...` keys): an object
/// nested in a record does not start with them.
const FIRST_KEYS: [&str; 11] = [
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
    "__topic__",
];

/// A record's other top-level members, and a log's `event`: a record or a log can start with
/// them too, but so can an object nested in a record (`requestId`, `errorCode`, `event`, ...).
const OTHER_KEYS: [&str; 19] = [
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
    matches!(object_start(text), ObjectStart::Record(_))
}

/// What an object at the start of `text` (which starts with `{`) begins with.
enum ObjectStart {
    /// A key a record or log starts with: `true` for one that only a record or log starts
    /// with ([`FIRST_KEYS`], `__...`), `false` for one a nested object may too ([`OTHER_KEYS`]).
    Record(bool),
    /// Another key, or none (`{}`, or damage): not a record's start.
    Other,
    /// The text ends too soon to tell.
    Unknown,
}

fn object_start(text: &str) -> ObjectStart {
    let after = text[1..].trim_start_matches(JSON_WHITESPACE);
    let Some(key) = after.strip_prefix('"') else {
        return if after.is_empty() {
            ObjectStart::Unknown
        } else {
            ObjectStart::Other
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
            ObjectStart::Other
        };
    };
    if key.as_bytes()[end] != b'"' {
        return ObjectStart::Other;
    }
    let key = &key[..end];
    if key.starts_with("__") || FIRST_KEYS.contains(&key) {
        ObjectStart::Record(true)
    } else if OTHER_KEYS.contains(&key) {
        ObjectStart::Record(false)
    } else {
        ObjectStart::Other
    }
}
