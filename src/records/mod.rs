//! ActionTrail records as SLS and OSS deliver them: a typed [`Record`] and a
//! [`RecordReader`] for every delivery format (feature `records`).
//!
//! ```
//! use ecd_events::Tag;
//! use ecd_events::records::RecordReader;
//!
//! // An SLS log as GetLogs returns it: the record is a JSON string in `event`.
//! let logs = r#"[{"__topic__":"actiontrail_event","__time__":"1741054507","event":"{\"eventId\":\"E-1\",\"eventName\":\"DeleteDesktops\",\"eventTime\":\"2025-03-04T02:15:07Z\",\"userIdentity\":{\"type\":\"ram-user\",\"userName\":\"carol\"}}"}]"#;
//!
//! for record in RecordReader::new(logs.as_bytes()) {
//!     let record = record?;
//!     if record.event().is_some_and(|event| event.has_tag(Tag::Destructive)) {
//!         let who = record.user_identity.as_ref().and_then(|identity| identity.user_name.as_deref());
//!         assert_eq!((record.event_name.as_str(), who), ("DeleteDesktops", Some("carol")));
//!     }
//! }
//! # Ok::<(), ecd_events::records::RecordError>(())
//! ```

mod attributes;
mod error;
mod filter;
mod gunzip;
mod identity;
mod inflate;
mod input;
mod lazy;
mod lenient;
mod open_enum;
mod reader;
mod record;
mod record_skim;
mod resources;
mod skim;
mod sls;
mod text;
mod time;

pub use attributes::EventAttributes;
pub use error::{RecordError, RecordErrorKind};
pub use filter::{Filter, FilterInput};
pub use identity::{SessionAttributes, SessionContext, UserIdentity};
pub use lazy::LazyRecord;
pub use open_enum::{EventType, IdentityType, UnlistedValue};
pub use reader::{Content, DeliveryFormat, Layout, RecordReader};
pub use record::{OwnedRecord, Record};
pub use resources::{Resource, Resources};
pub use text::{RawJson, Text};
pub use time::TimeError;

/// The readers' fast paths and gzip decoder, for `fuzz/fuzz_targets/skim.rs` and
/// `fuzz/fuzz_targets/gunzip.rs` to hold them to serde_json's and flate2's judgement on
/// arbitrary input. Only under `cargo fuzz` (which sets `cfg(fuzzing)`).
#[cfg(fuzzing)]
#[doc(hidden)]
pub mod fuzzing {
    use super::skim::{self, Skim, Skimmed};
    use super::{LazyRecord, Record};

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
        super::gunzip::Gunzipped::new(gzipped, content_bytes.max(1)).drain()
    }

    fn from_skim<T>(skim: Skim<T>) -> Fast<T> {
        match skim {
            Skim::Record(record, length) => Fast::Whole(record, length),
            Skim::Incomplete => Fast::Incomplete,
            Skim::Fallback => Fast::Other,
        }
    }
}
