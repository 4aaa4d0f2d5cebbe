//! What to read: paths walked into deliveries, archives listed in buckets (feature `oss`),
//! OSS object names, and the selection that prunes objects before they are opened.

#[cfg(feature = "oss")]
pub mod bucket;
mod inputs;
mod layout;
mod samples;
mod selection;

pub use inputs::{Input, Inputs, Source, find};
pub use layout::ObjectKey;
pub use samples::SAMPLES;
pub use selection::{OBJECT_TIME_SLACK, Selection, parse_time_bound};
