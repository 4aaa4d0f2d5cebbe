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

// The layers, each importing only those listed before it: the model, the filter that matches
// it, the JSON layer that fills it, and the deliveries read into it.
mod delivery;
mod filter;
#[cfg(fuzzing)]
#[doc(hidden)]
pub mod fuzzing;
mod json;
mod model;

#[doc(hidden)]
pub use delivery::fallbacks_on_this_thread;
pub use delivery::{
    Content, DeliveryFormat, Layout, ObjectKey, RecordError, RecordErrorKind, RecordPosition,
    RecordReader,
};
pub use filter::{Filter, FilterInput, ParameterCondition};
pub use model::{
    EventAttributes, EventType, IdentityType, LazyRecord, OwnedRecord, ParameterValue, RawJson,
    Record, RequestParameters, Resource, Resources, SessionAttributes, SessionContext, Text,
    TimeError, UnlistedValue, UserIdentity,
};
