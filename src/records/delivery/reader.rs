//! [`RecordReader`]: the records of an SLS or OSS delivery, one at a time.

use std::cell::Cell;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, Read};
use std::path::Path;

use serde::de::IgnoredAny;

use super::buf_read::fill_buf_retrying;
use super::decode::{Decode, Full, JSON_WHITESPACE, Lazy, Parsed, describe, parse_prefix};
use super::error::{RecordError, RecordErrorKind, RecordPosition};
use super::format::{Content, DeliveryFormat, Layout};
use super::input::{AsBufRead, Input, Spawner, as_buf_read, spawn_decoder};
use super::sls::{ContentProbe, SlsLog};
use super::utf8::{NotUtf8, push_utf8};
use crate::records::model::{LazyRecord, OwnedRecord, Record};

mod damage;

/// How many bytes the reader asks its source for at a time.
const READ_BYTES: usize = 64 * 1024;

/// The default for [`RecordReader::max_record_bytes`]: Log Service caps a value at 1 MB, so
/// no real record comes near it.
const DEFAULT_MAX_RECORD_BYTES: usize = 16 * 1024 * 1024;

/// Reads ActionTrail records from a delivery, whatever its format, one record at a time.
///
/// The format comes from the content, not from a file name:
/// - gzip-compressed or not (OSS objects are `.gz`);
/// - JSON Lines or any stream of JSON objects, or a JSON array of them (the OSS object body),
///   or several arrays one after another;
/// - records themselves, or Log Service logs that carry each record as a JSON string in their
///   `event` field (`__topic__` `actiontrail_event` or `actiontrail_audit_event`), as GetLogs,
///   consumer groups and SLS-to-OSS shipping deliver them.
///
/// A record that cannot be read comes out as a [`RecordError`] with its position, and the
/// reader goes on where the next record starts; nothing before or after the damage is lost,
/// and every record the delivery held is either read or reported: what the reader skips
/// after damage holds no record start, and each record it cannot read is an error of its own. Memory
/// stays bounded by one record (plus the read buffer), however long the delivery.
///
/// gzip checks a stream's checksum only at its end, so damage to a `.gz` delivery may first
/// come out as garbled but well-formed records and then as an [`Io`](RecordErrorKind::Io)
/// error, after which nothing more can be read. A delivery that ends in such an error should
/// not be trusted.
///
/// As an [`Iterator`] it yields [`OwnedRecord`]s. [`for_each_borrowed`](Self::for_each_borrowed)
/// lends each record borrowed from the read buffer instead, which saves copying every string.
///
/// ```
/// use ecd_events::EcdEvent;
/// use ecd_events::records::RecordReader;
///
/// let oss_body = br#"[
///   {"eventId":"E-1","eventName":"CreateDesktops","eventTime":"2025-03-04T02:15:07Z","eventRW":"Write"},
///   {"eventId":"E-2","eventName":"DescribeDesktops","eventTime":"2025-03-05T00:00:03Z","eventRW":"Read"}
/// ]"#;
/// let mut names = Vec::new();
/// for record in RecordReader::new(&oss_body[..]) {
///     names.push(record?.event_name.to_string());
/// }
/// assert_eq!(names, ["CreateDesktops", "DescribeDesktops"]);
/// # Ok::<(), ecd_events::records::RecordError>(())
/// ```
pub struct RecordReader<R> {
    input: Input<R>,
    spawner: Option<Spawner<R>>,
    /// The source's length in bytes, where the caller knows it ([`source_length`]).
    ///
    /// [`source_length`]: Self::source_length
    source_length: Option<u64>,
    /// Set when the source is a `BufRead`, whose content the reader takes straight from its
    /// buffer.
    plain_buffered: Option<AsBufRead<R>>,
    /// The content read and not yet consumed is `text[at..]`. It is kept as a `String`,
    /// checked as UTF-8 once as it is read, so that the JSON parser need not check every
    /// string again (a third faster). Bytes that are not UTF-8 become NUL, which no record
    /// may contain, so the record around them is reported, at the same offsets; `not_utf8`
    /// remembers them, for the error to say so.
    text: String,
    at: usize,
    not_utf8: NotUtf8,
    /// Bytes read from the source and not yet in `text`: the start of a character that the
    /// next read completes.
    raw: Vec<u8>,
    raw_len: usize,
    source_done: bool,
    failed: bool,
    /// Where `text[0]` is in the content: byte offset and line (from 1).
    buffer_offset: u64,
    buffer_line: u64,
    /// A place in `text` and its line, from which [`line_of`](Self::line_of) counts: each
    /// record's line costs the line breaks since the last one asked for, not since the start
    /// of the buffer (which can hold a million small records after damage).
    /// (A `Cell`: it moves while a record borrows the buffer.)
    line_cursor: Cell<(usize, u64)>,
    index: u64,
    nesting: Nesting,
    /// After damage: skipping bytes until a `{` where a record starts.
    resyncing: bool,
    /// The last byte other than whitespace that was dropped from the front of the buffer.
    dropped_significant: u8,
    /// After damage: how the skipped text stands as JSON.
    skipping: damage::Skipping,
    /// Whether a record was reported cut short by the end of the content.
    cut_reported: bool,
    /// Whether the delivery has one record a line (JSON Lines, not pretty-printed), as its
    /// first record says.
    /// (A `Cell`: it is learnt while the record borrows the buffer.)
    one_record_a_line: Cell<bool>,
    max_record_bytes: usize,
    format: DeliveryFormat,
}

/// Where the reader is in the structure of the content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Nesting {
    /// Between top-level values.
    Top,
    /// Inside a JSON array, before a record (after `[` or `,`).
    ArrayValue,
    /// Inside a JSON array, after a record.
    ArraySeparator,
}

impl<R> fmt::Debug for RecordReader<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecordReader")
            .field("format", &self.format)
            .field("records", &self.index)
            .field("offset", &(self.buffer_offset + self.at as u64))
            .finish_non_exhaustive()
    }
}

impl RecordReader<File> {
    /// Opens a delivery file, of any size. A large gzip file is decompressed on a second
    /// thread while this one parses; a small one (most OSS objects) on this thread, which costs
    /// less than starting a thread (see [`with_background_decompression`]).
    ///
    /// [`with_background_decompression`]: Self::with_background_decompression
    ///
    /// ```no_run
    /// use ecd_events::records::RecordReader;
    ///
    /// for record in RecordReader::open("Actiontrail_cn-hangzhou_20250304021507_1002_4_1146.json.gz")? {
    ///     println!("{}", record?.event_name);
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn open(path: impl AsRef<Path>) -> io::Result<RecordReader<File>> {
        let file = File::open(path)?;
        // A file that is not a regular one (a pipe, a device) says nothing of its length.
        let length = file
            .metadata()
            .ok()
            .filter(|metadata| metadata.is_file())
            .map(|metadata| metadata.len());
        let reader = RecordReader::with_background_decompression(file);
        Ok(match length {
            Some(length) => reader.source_length(length),
            None => reader,
        })
    }
}

impl<R: Read> RecordReader<R> {
    /// A reader of `source`, which needs no buffering of its own. Everything happens on the
    /// caller's thread.
    pub fn new(source: R) -> Self {
        RecordReader {
            input: Input::Unsniffed(source),
            spawner: None,
            source_length: None,
            plain_buffered: None,
            text: String::new(),
            at: 0,
            not_utf8: NotUtf8::default(),
            raw: Vec::new(),
            raw_len: 0,
            source_done: false,
            failed: false,
            buffer_offset: 0,
            buffer_line: 1,
            line_cursor: Cell::new((0, 1)),
            index: 0,
            nesting: Nesting::Top,
            resyncing: false,
            dropped_significant: b' ',
            skipping: damage::Skipping::default(),
            cut_reported: false,
            one_record_a_line: Cell::new(true),
            max_record_bytes: DEFAULT_MAX_RECORD_BYTES,
            format: DeliveryFormat::default(),
        }
    }

    /// A reader of `source`, which has a buffer of its own (bytes in memory, a `BufReader`):
    /// content that is not compressed is taken straight from that buffer, one copy fewer than
    /// [`new`](Self::new) makes. This is the fastest way to read a delivery that is already
    /// in memory, such as a body from Log Service's API.
    ///
    /// ```
    /// use ecd_events::records::RecordReader;
    ///
    /// let body: Vec<u8> = br#"{"eventId":"E-1","eventName":"StopDesktops","eventTime":"2025-03-04T02:15:07Z"}"#.to_vec();
    /// let mut names = Vec::new();
    /// RecordReader::from_buf_read(&body[..]).for_each_borrowed(|record| {
    ///     names.push(record.expect("well-formed").event_name.to_string());
    /// });
    /// assert_eq!(names, ["StopDesktops"]);
    /// ```
    pub fn from_buf_read(source: R) -> Self
    where
        R: BufRead,
    {
        RecordReader {
            plain_buffered: Some(as_buf_read::<R>),
            ..RecordReader::new(source)
        }
    }

    /// A reader of `source` that, if the content is gzip and large, decompresses it on a
    /// thread of its own, so that decompression and parsing overlap on two cores. The first
    /// megabyte of content is decompressed on the caller's thread: a delivery no larger costs
    /// no thread at all, and a larger one is handed to a thread only then (handing content
    /// between threads costs more than it saves on smaller ones; benches/README.md, "Small
    /// deliveries").
    pub fn with_background_decompression(source: R) -> Self
    where
        R: Send + 'static,
    {
        RecordReader {
            spawner: Some(spawn_decoder::<R>),
            ..RecordReader::new(source)
        }
    }

    /// Tells the reader how long the source is, in bytes, where that is known (a file's length,
    /// an OSS object's size); [`open`](RecordReader::open) tells it a file's.
    ///
    /// With the `libdeflate` feature, a gzip source of at most 1 MiB is then read whole and
    /// inflated in one call of libdeflate, 1.1× to 1.4× as fast as the streaming decoder
    /// (benches/README.md), if it is one sound gzip member of at most 4 MiB of content;
    /// anything else (several members, damage, more content) is streamed as without it, with
    /// the same records and errors. A source longer than it was said to be is streamed
    /// likewise. Without the feature, or for content that is not gzip, the length changes
    /// nothing.
    pub fn source_length(mut self, bytes: u64) -> Self {
        self.source_length = Some(bytes);
        self
    }

    /// Sets the longest record the reader accepts (16 MiB unless set). A longer one is
    /// reported as [`TooLarge`](RecordErrorKind::TooLarge) and skipped, so that a damaged
    /// delivery cannot make the reader hold more than this in memory.
    pub fn max_record_bytes(mut self, bytes: usize) -> Self {
        self.max_record_bytes = bytes.max(1);
        self
    }

    /// What the reader has found the delivery to be so far.
    pub fn format(&self) -> DeliveryFormat {
        self.format
    }

    /// How many bytes of content (uncompressed) the reader has consumed.
    pub fn bytes_read(&self) -> u64 {
        self.offset_of(self.at)
    }

    /// Calls `each` with every record, borrowed from the read buffer, or the error for it.
    /// Faster than iterating: strings and payloads are not copied.
    ///
    /// ```
    /// use ecd_events::{Access, EcdEvent};
    /// use ecd_events::records::RecordReader;
    ///
    /// let lines = concat!(
    ///     r#"{"eventId":"E-1","eventName":"DeleteDesktops","eventTime":"2025-03-04T09:41:52Z","eventRW":"Write"}"#, "\n",
    ///     "not json\n",
    ///     r#"{"eventId":"E-2","eventName":"DescribeDesktops","eventTime":"2025-03-05T00:00:03Z","eventRW":"Read"}"#, "\n",
    /// );
    /// let (mut writes, mut errors) = (0, Vec::new());
    /// RecordReader::new(lines.as_bytes()).for_each_borrowed(|result| match result {
    ///     Ok(record) => writes += usize::from(record.event_rw == Some(Access::Write)),
    ///     Err(error) => errors.push((error.index(), error.line())),
    /// });
    /// assert_eq!(writes, 1);
    /// assert_eq!(errors, [(1, 2)]);
    /// ```
    pub fn for_each_borrowed(&mut self, mut each: impl FnMut(Result<Record<'_>, RecordError>)) {
        while let Some(result) = self.step::<Full, _, _>(|_, record| each(Ok(record))) {
            if let Err(error) = result {
                each(Err(error));
            }
        }
    }

    /// Calls `each` with every record as a [`LazyRecord`], or the error for it: the fastest
    /// way through a delivery, decoding in full only the records that
    /// [`LazyRecord::record`] is called on.
    ///
    /// ```
    /// use ecd_events::Tag;
    /// use ecd_events::records::RecordReader;
    ///
    /// let lines = concat!(
    ///     r#"{"eventId":"E-1","eventName":"DescribeUsers","eventTime":"2025-03-04T09:41:50Z"}"#, "\n",
    ///     r#"{"eventId":"E-2","eventName":"DeleteDesktops","eventTime":"2025-03-04T09:41:52Z","acsRegion":"cn-hangzhou"}"#, "\n",
    /// );
    /// let mut regions = Vec::new();
    /// RecordReader::new(lines.as_bytes()).for_each_lazy(|result| {
    ///     let lazy = result.expect("well-formed");
    ///     if lazy.event().is_some_and(|event| event.has_tag(Tag::Destructive)) {
    ///         regions.push(lazy.record().unwrap().acs_region.unwrap().into_owned());
    ///     }
    /// });
    /// assert_eq!(regions, ["cn-hangzhou"]);
    /// ```
    pub fn for_each_lazy(&mut self, mut each: impl FnMut(Result<LazyRecord<'_>, RecordError>)) {
        while let Some(result) = self.step::<Lazy, _, _>(|_, record| each(Ok(record))) {
            if let Err(error) = result {
                each(Err(error));
            }
        }
    }

    /// Calls `each` with every record, borrowed from the read buffer, or the error for it, as
    /// [`for_each_borrowed`](Self::for_each_borrowed) does, and where it is: for a record as
    /// much as for an error, so that whatever is wrong with a record that reads (a field a
    /// program cannot use) can be reported at its place in the delivery.
    ///
    /// ```
    /// use ecd_events::records::{RecordPosition, RecordReader};
    ///
    /// let lines = concat!(
    ///     r#"{"eventId":"E-1","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:52Z"}"#, "\n",
    ///     "not json\n",
    ///     r#"{"eventId":"E-2","eventName":"StopDesktops","eventTime":"yesterday"}"#, "\n",
    /// );
    /// let mut untimed = Vec::new();
    /// RecordReader::new(lines.as_bytes()).for_each_borrowed_with_position(|position, result| {
    ///     if result.is_ok_and(|record| record.time().is_err()) {
    ///         untimed.push(position);
    ///     }
    /// });
    /// // After a line of 79 bytes and one of 8, each with its line break.
    /// assert_eq!(untimed, [RecordPosition { index: 2, line: 3, offset: 89 }]);
    /// ```
    pub fn for_each_borrowed_with_position(
        &mut self,
        mut each: impl FnMut(RecordPosition, Result<Record<'_>, RecordError>),
    ) {
        while let Some(result) =
            self.step::<Full, _, _>(|reader, record| each(reader.position_here(), Ok(record)))
        {
            if let Err(error) = result {
                each(error.position(), Err(error));
            }
        }
    }

    /// The position of the record (or log) at `self.at`.
    fn position_here(&self) -> RecordPosition {
        RecordPosition {
            index: self.index,
            line: self.line_of(self.at),
            offset: self.offset_of(self.at),
        }
    }

    /// Reads the next record and hands it to `on_record`, or returns the error for it; `None`
    /// at the end of the content (or after an I/O error).
    fn step<K: Decode, T, F: FnOnce(&Self, K::Value<'_>) -> T>(
        &mut self,
        on_record: F,
    ) -> Option<Result<T, RecordError>> {
        let mut on_record = on_record;
        loop {
            if self.failed {
                return None;
            }
            if self.at == self.text.len() {
                if self.source_done {
                    return self.finish().map(Err);
                }
                if let Err(error) = self.fill() {
                    return Some(Err(self.io_error(error)));
                }
                continue;
            }
            if self.resyncing {
                match self.resync() {
                    Resync::Found => self.resyncing = false,
                    Resync::Skipped => continue,
                    Resync::NeedMore => {
                        if let Err(error) = self.fill() {
                            return Some(Err(self.io_error(error)));
                        }
                        continue;
                    }
                }
            }
            match (self.text.as_bytes()[self.at], self.nesting) {
                // A run of whitespace at once: a gigabyte of it is a cheap gzip bomb.
                (b' ' | b'\n' | b'\r' | b'\t', _) => {
                    let rest = &self.text.as_bytes()[self.at..];
                    self.at += rest
                        .iter()
                        .position(|&byte| !is_json_whitespace(byte))
                        .unwrap_or(rest.len());
                }
                (0xEF, _)
                    if self.offset_of(self.at) == 0 && self.buffered().starts_with('\u{FEFF}') =>
                {
                    self.at += '\u{FEFF}'.len_utf8();
                }
                (b'[', Nesting::Top) => {
                    self.format.layout.get_or_insert(Layout::JsonArray);
                    self.nesting = Nesting::ArrayValue;
                    self.at += 1;
                }
                (b',', Nesting::ArraySeparator) => {
                    self.nesting = Nesting::ArrayValue;
                    self.at += 1;
                }
                (b']', Nesting::ArrayValue | Nesting::ArraySeparator) => {
                    self.nesting = Nesting::Top;
                    self.at += 1;
                }
                // A record; also where an array's `,` is missing, so that the record survives.
                (b'{', _) => {
                    self.format.layout.get_or_insert(Layout::JsonLines);
                    match self.read_object::<K, T, F>(on_record) {
                        Attempt::Done(result) => return Some(result),
                        Attempt::NeedMore(back) => {
                            on_record = back;
                            if let Err(error) = self.fill_for_object() {
                                return Some(Err(self.io_error(error)));
                            }
                        }
                    }
                }
                _ => {
                    let message = match self.not_utf8.at(self.offset_of(self.at)) {
                        Some(byte) => format!(
                            "invalid UTF-8: byte {byte:#04X}, where a JSON object (a record) \
                             was expected"
                        ),
                        None => "expected a JSON object (a record)".into(),
                    };
                    return Some(Err(self.skip_damage(message)));
                }
            }
        }
    }

    /// Reads the object at `self.at`.
    fn read_object<K: Decode, T, F: FnOnce(&Self, K::Value<'_>) -> T>(
        &mut self,
        on_record: F,
    ) -> Attempt<T, F> {
        if self.format.content.is_none() {
            match parse_prefix::<ContentProbe>(self.buffered()) {
                Parsed::Value(probe, _) => self.format.content = probe.content(),
                Parsed::Incomplete if self.can_read_more() => return Attempt::NeedMore(on_record),
                _ => {}
            }
        }
        let outcome = match self.format.content {
            Some(Content::SlsLogs) => self.read_log::<K, T, F>(on_record),
            _ => match K::parse_prefix(self.buffered()) {
                Parsed::Value(_, length) if length > self.max_record_bytes => {
                    Outcome::TooLarge(length)
                }
                Parsed::Value(record, length) => match self.next_line_record(length) {
                    Some(next) => Outcome::Swallowing(next),
                    None => Outcome::Record(on_record(self, record), length),
                },
                Parsed::Incomplete => Outcome::Incomplete(on_record),
                Parsed::Invalid(error) => Outcome::Invalid(error, on_record),
            },
        };
        let error = match outcome {
            Outcome::Record(value, length) => {
                self.consume_record(length);
                return Attempt::Done(Ok(value));
            }
            Outcome::Rejected(error) => return Attempt::Done(Err(error)),
            Outcome::Swallowing(next) => {
                let error = self.error_here(
                    RecordErrorKind::Syntax,
                    "the record is cut short: it runs on into the next line, where another \
                     record starts"
                        .into(),
                );
                self.index += 1;
                self.at += next;
                return Attempt::Done(Err(error));
            }
            Outcome::TooLarge(length) => {
                let message = self.too_large_message();
                return Attempt::Done(Err(self.reject_message(
                    length,
                    RecordErrorKind::TooLarge,
                    message,
                )));
            }
            Outcome::Incomplete(on_record) if self.can_read_more() => {
                return Attempt::NeedMore(on_record);
            }
            Outcome::Incomplete(_) if self.source_done => {
                let error = self.skip_damage("the content ends inside this record".into());
                // If an array is left open at the end, that is this cut, reported already.
                self.cut_reported = true;
                return Attempt::Done(Err(error));
            }
            Outcome::Incomplete(_) => return Attempt::Done(Err(self.skip_too_large())),
            Outcome::Invalid(error, on_record) => match parse_prefix::<IgnoredAny>(self.buffered())
            {
                // Well-formed JSON that is not a record: skip exactly that value.
                Parsed::Value(_, length) => {
                    return Attempt::Done(Err(self.reject(length, RecordErrorKind::Data, &error)));
                }
                Parsed::Incomplete if self.can_read_more() => return Attempt::NeedMore(on_record),
                _ => error,
            },
        };
        let message = self.describe_damage(&error);
        Attempt::Done(Err(self.skip_damage(message)))
    }

    /// Where, in the `length` bytes at `self.at` that parse as one value, a line of JSON Lines
    /// starts another record: a record cut short between tokens can read on into the next line
    /// (a raw line break cannot be inside a string, but can be between tokens), which must not
    /// take that record with it.
    ///
    /// Only in a delivery of one record a line: its first record says which it is, and
    /// pretty-printed records, whose lines may start nested objects, are never cut.
    fn next_line_record(&self, length: usize) -> Option<usize> {
        if self.nesting != Nesting::Top || !self.one_record_a_line.get() {
            return None;
        }
        let text = &self.buffered()[..length];
        if self.index == 0 {
            let one_line = memchr::memchr(b'\n', text.as_bytes()).is_none();
            self.one_record_a_line.set(one_line);
            return None;
        }
        memchr::memchr_iter(b'\n', text.as_bytes()).find_map(|line_break| {
            let line = &text[line_break + 1..];
            let next = line.trim_start_matches(JSON_WHITESPACE);
            let starts = next.starts_with('{') && damage::starts_a_record(next);
            starts.then(|| length - next.len())
        })
    }

    /// Whether the object at `self.at` may still be completed by reading more.
    fn can_read_more(&self) -> bool {
        !self.source_done && self.buffered().len() < self.max_record_bytes
    }

    /// Reads a Log Service log at `self.at` and the record in its `event` string.
    fn read_log<K: Decode, T, F: FnOnce(&Self, K::Value<'_>) -> T>(
        &mut self,
        on_record: F,
    ) -> Outcome<T, F> {
        let (log, length) = match parse_prefix::<SlsLog<'_>>(self.buffered()) {
            Parsed::Value(_, length) if length > self.max_record_bytes => {
                return Outcome::TooLarge(length);
            }
            Parsed::Value(log, length) => match self.next_line_record(length) {
                Some(next) => return Outcome::Swallowing(next),
                None => (log, length),
            },
            Parsed::Incomplete => return Outcome::Incomplete(on_record),
            Parsed::Invalid(error) => return Outcome::Invalid(error, on_record),
        };
        if let Some(problem) = log.problem() {
            return Outcome::Rejected(self.reject_message(
                length,
                RecordErrorKind::NotAnEvent,
                problem,
            ));
        }
        let event = log.event.unwrap_or_default();
        let error = match K::parse_whole(&event) {
            Ok(record) => return Outcome::Record(on_record(self, record), length),
            Err(error) => error,
        };
        drop(event);
        let message = format!("its `event` is not a record: {}", describe(&error));
        let kind = match error.classify() {
            serde_json::error::Category::Data => RecordErrorKind::Data,
            _ => RecordErrorKind::Syntax,
        };
        Outcome::Rejected(self.reject_message(length, kind, message))
    }

    /// The unconsumed bytes.
    fn buffered(&self) -> &str {
        &self.text[self.at..]
    }

    fn offset_of(&self, at: usize) -> u64 {
        self.buffer_offset + at as u64
    }

    fn line_of(&self, at: usize) -> u64 {
        let (from, line) = self.line_cursor.get();
        let bytes = self.text.as_bytes();
        let line = if at >= from {
            line + count_newlines(&bytes[from..at])
        } else {
            line - count_newlines(&bytes[at..from])
        };
        self.line_cursor.set((at, line));
        line
    }

    fn consume_record(&mut self, length: usize) {
        self.at += length;
        self.index += 1;
        if self.nesting == Nesting::ArrayValue {
            self.nesting = Nesting::ArraySeparator;
        }
    }

    fn io_error(&mut self, error: io::Error) -> RecordError {
        self.failed = true;
        RecordError::io(
            error,
            self.index,
            self.offset_of(self.at),
            self.line_of(self.at),
        )
    }

    /// Reads more of the object at `self.at`, which runs past the buffer: as much again as
    /// is buffered of it (up to the limit on a record), so that each attempt to read it, which
    /// parses it from its start, reads twice as far as the last. A long record is parsed a
    /// few times over, not once more for every 64 KiB (which took a second for a record of
    /// 16 MiB, and made a gzip bomb of them a hang).
    fn fill_for_object(&mut self) -> io::Result<()> {
        let buffered = self.text.len() - self.at;
        let wanted = buffered.saturating_mul(2).min(self.max_record_bytes);
        loop {
            self.fill()?;
            if self.source_done || self.text.len() - self.at >= wanted {
                return Ok(());
            }
        }
    }

    /// Drops the consumed text and reads more, sniffing for gzip first.
    fn fill(&mut self) -> io::Result<()> {
        if self.at > 0 {
            // (By bytes: a gigabyte of whitespace is a cheap gzip bomb.)
            let dropped = &self.text.as_bytes()[..self.at];
            if let Some(&last) = dropped
                .iter()
                .rev()
                .find(|&&byte| !is_json_whitespace(byte))
            {
                self.dropped_significant = last;
            }
            self.buffer_line = self.line_of(self.at);
            self.buffer_offset += self.at as u64;
            self.text.drain(..self.at);
            self.at = 0;
            self.line_cursor.set((0, self.buffer_line));
            self.not_utf8.forget_before(self.buffer_offset);
        }
        if self.raw.len() < READ_BYTES {
            self.raw.resize(READ_BYTES, 0);
        }
        if let Some(spawn) = self.spawner {
            self.input.hand_off(spawn);
        }
        // Content in a buffer already (the decoder's, or a `BufRead` source's) is taken
        // straight from it: one copy less.
        if self.raw_len == 0
            && let Some(buffered) = self.input.buffered(self.plain_buffered)
        {
            let chunk = fill_buf_retrying(buffered)?;
            let chunk = &chunk[..read_end(chunk)];
            let length = chunk.len();
            // (The fields, not `offset_of`: the source's buffer is borrowed.)
            let offset = self.buffer_offset + self.text.len() as u64;
            let taken = push_utf8(
                &mut self.text,
                chunk,
                length == 0,
                offset,
                &mut self.not_utf8,
            );
            // A character cut at the end of the chunk waits in `raw` for the rest of it.
            self.raw[..length - taken].copy_from_slice(&chunk[taken..]);
            self.raw_len = length - taken;
            buffered.consume(length);
            self.source_done = length == 0;
            return Ok(());
        }
        loop {
            let read = match self.input.read(&mut self.raw[self.raw_len..]) {
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                other => other?,
            };
            self.raw_len += read;
            if self.input.is_unsniffed() {
                // Nothing is parsed before the first two bytes say whether this is gzip.
                if self.raw_len < 2 && read > 0 {
                    continue;
                }
                let sniffed = &self.raw[..self.raw_len];
                if self
                    .input
                    .settle(sniffed, self.spawner, self.source_length)?
                {
                    // The bytes read so far were compressed: they went to the decoder.
                    self.format.gzip = true;
                    self.raw_len = 0;
                    continue;
                }
            }
            let offset = self.offset_of(self.text.len());
            let bytes = &self.raw[..self.raw_len];
            let taken = push_utf8(&mut self.text, bytes, read == 0, offset, &mut self.not_utf8);
            self.raw.copy_within(taken..self.raw_len, 0);
            self.raw_len -= taken;
            if read == 0 {
                self.source_done = true;
            }
            return Ok(());
        }
    }
}

impl<R: Read> Iterator for RecordReader<R> {
    type Item = Result<OwnedRecord, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.step::<Full, _, _>(|_, record| record.into_owned())
    }
}

/// How much of `available` to take in one read: all of it, or `READ_BYTES` moved back to the
/// start of a character if it falls inside one (so that its bytes need not wait in `raw`).
fn read_end(available: &[u8]) -> usize {
    if available.len() <= READ_BYTES {
        return available.len();
    }
    let is_continuation = |at: usize| available[at] & 0b1100_0000 == 0b1000_0000;
    (READ_BYTES - 3..=READ_BYTES)
        .rev()
        .find(|&end| !is_continuation(end))
        .unwrap_or(READ_BYTES)
}

/// What became of an attempt to read the object at the reader's position.
enum Attempt<T, F> {
    Done(Result<T, RecordError>),
    /// The object runs past the buffer: the caller reads more and tries again.
    NeedMore(F),
}

enum Outcome<T, F> {
    Record(T, usize),
    /// A record of JSON Lines that reads on into a line where another record starts, this
    /// far from its start: it was cut short, and the next record is read from there.
    Swallowing(usize),
    /// A whole record, longer than the limit.
    TooLarge(usize),
    Rejected(RecordError),
    Incomplete(F),
    Invalid(serde_json::Error, F),
}

enum Resync {
    /// A record starts at the reader's position.
    Found,
    /// Nothing in the buffer starts a record.
    Skipped,
    /// A `{` at the reader's position may start a record; more must be read to tell.
    NeedMore,
}

fn is_json_whitespace(byte: u8) -> bool {
    matches!(byte, b' ' | b'\n' | b'\r' | b'\t')
}

fn count_newlines(bytes: &[u8]) -> u64 {
    memchr::memchr_iter(b'\n', bytes).count() as u64
}
