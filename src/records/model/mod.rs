//! The record model: [`Record`] and its parts, [`LazyRecord`], borrowed text, open enums,
//! lenient fields, time, resources and request parameters. Plain data and their serde; imports nothing of the
//! records' other layers.

mod attributes;
mod identity;
mod lazy;
pub(crate) mod lenient;
mod open_enum;
mod parameters;
mod record;
mod resources;
mod service;
mod text;
mod time;

pub use attributes::EventAttributes;
pub use identity::{SessionAttributes, SessionContext, UserIdentity};
pub use lazy::LazyRecord;
pub use open_enum::{EventType, IdentityType, UnlistedValue};
pub use parameters::{ParameterValue, RequestParameters};
pub(crate) use record::access_from_text;
pub use record::{OwnedRecord, Record};
pub use resources::{Resource, Resources};
pub use text::{RawJson, Text};
pub use time::TimeError;
pub(crate) use time::parse_time;
