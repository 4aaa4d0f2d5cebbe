//! The record model: [`Record`] and its parts, [`LazyRecord`], borrowed text, open enums,
//! lenient fields, time and resources. Plain data and their serde; imports nothing of the
//! records' other layers.

mod attributes;
mod identity;
mod lazy;
pub(crate) mod lenient;
mod open_enum;
mod record;
mod resources;
mod service;
mod text;
mod time;

pub use attributes::EventAttributes;
pub use identity::{SessionAttributes, SessionContext, UserIdentity};
pub use lazy::LazyRecord;
pub use open_enum::{EventType, IdentityType, UnlistedValue};
pub(crate) use record::access_from_text;
pub use record::{OwnedRecord, Record};
pub use resources::{Resource, Resources};
pub use text::{RawJson, Text};
pub use time::TimeError;
pub(crate) use time::parse_time;
