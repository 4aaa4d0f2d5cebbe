//! The JSON layer: the skimmer, which finds and checks a record's members without building
//! them, and the fast paths that fill the model from what it finds ([`Record`] and
//! [`LazyRecord`]), leaving to serde whatever they cannot read exactly as serde would. Imports
//! the model only.
//!
//! [`Record`]: crate::records::Record
//! [`LazyRecord`]: crate::records::LazyRecord

mod lazy;
mod record;
pub(crate) mod skim;

pub(crate) use skim::Skim;
