//! [`RecordError`]: a record that could not be read, and where it was.

use std::fmt;
use std::io;

/// A record, or a stretch of input, that could not be read as a record, with where it was.
///
/// A reader reports the error and goes on with the next record: nothing before or after the
/// damage is lost. Only an [`Io`](RecordErrorKind::Io) error (the source failed, or its gzip
/// stream is corrupt) ends the stream.
///
/// ```
/// use ecd_events::records::{RecordErrorKind, RecordReader};
///
/// let delivery = concat!(
///     r#"{"eventId":"E-1","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:52Z"}"#, "\n",
///     r#"{"eventId":"E-2","eventName":"#, "\n",
///     r#"{"eventId":"E-3","eventName":"StartDesktops","eventTime":"2025-03-04T09:45:00Z"}"#, "\n",
/// );
/// let results: Vec<_> = RecordReader::new(delivery.as_bytes()).collect();
/// assert_eq!(results.len(), 3);
///
/// let error = results[1].as_ref().unwrap_err();
/// assert_eq!(error.kind(), RecordErrorKind::Syntax);
/// assert_eq!((error.index(), error.line(), error.offset()), (1, 2, 80));
/// assert!(error.to_string().starts_with("record 1 at line 2 (byte 80): "), "{error}");
/// assert_eq!(results[2].as_ref().unwrap().event_id, "E-3");
/// ```
#[derive(Debug)]
pub struct RecordError {
    pub(crate) kind: RecordErrorKind,
    pub(crate) index: u64,
    pub(crate) offset: u64,
    pub(crate) line: u64,
    pub(crate) message: String,
    pub(crate) source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

/// What was wrong with a [`RecordError`]'s input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordErrorKind {
    /// The bytes are not JSON (damaged or truncated); the reader skipped to the next record.
    Syntax,
    /// Valid JSON that is not an ActionTrail record: a required field is missing or a field
    /// has a type no record uses.
    Data,
    /// A Log Service log that is not an ActionTrail event (another `__topic__`, or no `event`).
    NotAnEvent,
    /// One record longer than the reader's limit
    /// ([`RecordReader::max_record_bytes`](crate::records::RecordReader::max_record_bytes)).
    TooLarge,
    /// Reading the source failed; the stream ends here.
    Io,
}

impl RecordError {
    /// What was wrong.
    pub fn kind(&self) -> RecordErrorKind {
        self.kind
    }

    /// The position of the record in its delivery, counting from 0 and counting malformed
    /// records too.
    pub fn index(&self) -> u64 {
        self.index
    }

    /// The byte offset where the record (or the damaged stretch) starts, in the delivery's
    /// uncompressed content; for an [`Io`](RecordErrorKind::Io) error, where the record being
    /// read when the source failed starts.
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// The line (from 1) where the record starts, in the uncompressed content.
    pub fn line(&self) -> u64 {
        self.line
    }

    /// What was wrong, without the position.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// [`index`](Self::index), [`line`](Self::line) and [`offset`](Self::offset) together.
    pub fn position(&self) -> RecordPosition {
        RecordPosition {
            index: self.index,
            line: self.line,
            offset: self.offset,
        }
    }

    pub(crate) fn io(error: io::Error, index: u64, offset: u64, line: u64) -> RecordError {
        RecordError {
            kind: RecordErrorKind::Io,
            index,
            offset,
            line,
            message: error.to_string(),
            source: Some(Box::new(error)),
        }
    }
}

/// Where a record (or a damaged one) is in its delivery: what
/// [`RecordReader::for_each_borrowed_with_position`](crate::records::RecordReader::for_each_borrowed_with_position)
/// gives with each record, and [`RecordError::position`] with each error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RecordPosition {
    /// The record's place in its delivery, counting from 0 and counting malformed records too.
    pub index: u64,
    /// The line (from 1) where it starts, in the uncompressed content.
    pub line: u64,
    /// The byte offset where it starts, in the uncompressed content.
    pub offset: u64,
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "record {} at line {} (byte {}): {}",
            self.index, self.line, self.offset, self.message
        )
    }
}

impl std::error::Error for RecordError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|source| source as &(dyn std::error::Error + 'static))
    }
}
