//! What to read: paths walked into deliveries, archives listed in buckets (feature `oss`),
//! and the selection that prunes objects by their names (read by ecd-events'
//! [`ObjectKey`]) before they are opened.

#[cfg(feature = "oss")]
pub mod bucket;
mod inputs;
mod samples;
mod selection;

/// What an OSS object's name says of it: the library's, which `ecd-bucket` reads too.
pub use ecd_events::records::ObjectKey;
pub use inputs::{Input, Inputs, Source, find};
pub use samples::SAMPLES;
pub use selection::{OBJECT_TIME_SLACK, Selection, parse_time_bound};
