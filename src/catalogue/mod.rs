//! The catalogue: every event, its category, access, tags, APIs and parameters, the name
//! lookup, and the errors of parsing them. It needs neither `std` nor an allocator (but for [`EventName`]), and
//! imports nothing of the records.
//!
//! `events.toml` is generated into `generated/catalogue.rs` (by `codegen/`); the files here give
//! each generated enum its methods and traits.

mod access;
mod api;
mod category;
mod error;
mod event;
#[cfg(feature = "alloc")]
mod event_name;
mod generated;
mod name_hash;
mod name_lookup;
#[cfg(feature = "parameters")]
mod parameter;
#[cfg(feature = "serde")]
mod serde_impls;
mod string_enum;
mod tag;

pub use access::Access;
pub use api::Api;
pub use category::Category;
pub use error::{UnknownEventName, UnknownValue};
pub use event::EcdEvent;
#[cfg(feature = "alloc")]
pub use event_name::{EventName, UnlistedEventName};
#[cfg(feature = "parameters")]
pub use parameter::{Parameter, ParameterKind};
/// For the records' open enums, which deserialize from strings the same way.
#[cfg(feature = "records")]
pub(crate) use serde_impls::FromStrVisitor;
pub use tag::Tag;
