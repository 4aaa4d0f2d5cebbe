//! Every management event that Alibaba Cloud ActionTrail records for Elastic Cloud Desktop
//! (ECD), as a Rust type.
//!
//! ActionTrail names each event by the API action that caused it (`CreateDesktops`,
//! `RemoveUsers`, ...) and delivers the records to Log Service (SLS) Logstores and OSS buckets.
//! This crate turns those names into [`EcdEvent`]: every action of ECD's public APIs ([`Api`])
//! and every event of ActionTrail's published catalogue, with each event's description,
//! [`Category`], [`Access`] (ActionTrail's `eventRW`), [`Tag`]s, sources and a stable numeric
//! code, and a name lookup built for the hot path of an audit pipeline.
//!
//! ```
//! use ecd_events::{Access, Category, EcdEvent, Tag};
//!
//! let event = EcdEvent::from_name("DeleteDesktops").expect("listed in the catalogue");
//! assert_eq!(event, EcdEvent::DeleteDesktops);
//! assert_eq!(event.description(), Some("Deletes cloud desktops."));
//! assert_eq!(event.category(), Category::Desktop);
//! assert_eq!(event.access(), Access::Write);
//! assert!(event.has_tag(Tag::Destructive));
//!
//! // Names the catalogue does not list are not events of ECD.
//! assert_eq!(EcdEvent::from_name("RunInstances"), None);
//! ```
//!
//! Records carry names newer than any release of this crate. [`EventName`] keeps them instead
//! of rejecting them:
//!
//! ```
//! # #[cfg(feature = "alloc")] {
//! use ecd_events::{EcdEvent, EventName};
//!
//! assert_eq!(EventName::parse("StartDesktops").event(), Some(EcdEvent::StartDesktops));
//! let unlisted = EventName::parse("ListTerminal");
//! assert_eq!(unlisted.event(), None);
//! assert_eq!(unlisted.as_str(), "ListTerminal");
//! # }
//! ```
//!
//! # Features
//!
//! - `std` (default): enables `alloc`. Without it the crate is `no_std`.
//! - `alloc`: [`EventName`], which needs to own the text of unknown names.
//! - `serde`: `Serialize` and `Deserialize` for every type, as its string form. The enums reject
//!   strings they do not know, naming them; [`EventName`] accepts any string.
//!
//! - `parameters`: every event's request parameters ([`EcdEvent::parameters`], [`Parameter`]),
//!   with their kinds, valid values and the values that weaken protection. A feature of its
//!   own because its tables are most of what the catalogue costs to compile; `records`
//!   enables it.
//! - `records`: [`records`], ActionTrail records and readers for every SLS and OSS delivery
//!   format, and filters for alert rules. Pulls serde_json, chrono, miniz_oxide, crc32fast,
//!   memchr, simdutf8 and (on x86_64) safe_arch.
//! - `zlib-rs`: the readers inflate gzip with zlib-rs in place of miniz_oxide, about a third
//!   faster, for some four seconds more of build. Enables `records`.
//! - `fixtures`: [`fixtures`], realistic records and deliveries for tests. Pulls flate2.
//!
//! The catalogue itself (everything but [`EventName`]) works with no features at all.
//!
//! # How the source is laid out
//!
//! In layers, each importing only those below it: the catalogue (`src/catalogue/`, with the code
//! generated from `events.toml`); then, with `records`, the record model
//! (`src/records/model/`), the filter over it, the JSON layer that fills it
//! (`src/records/json/`), and the deliveries read into it (`src/records/delivery/`); and the
//! fixtures on top. CONTRIBUTING.md ("How it is built") says where a change belongs.
//!
//! # Stability
//!
//! [`EcdEvent`], [`Category`], [`Tag`] and [`Api`] are `#[non_exhaustive]`: new releases add
//! events as ECD's APIs grow. An event's [`code`](EcdEvent::code) never changes and is never
//! reused, so it can be stored.

// The catalogue needs neither `std` nor an allocator; only the records module uses `std`.
#![cfg_attr(not(feature = "records"), no_std)]
#![forbid(unsafe_code)]
#![deny(missing_docs, missing_debug_implementations)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;

// The layers, each importing only those listed before it: the catalogue, the records (model,
// filter, JSON, deliveries), and the fixtures made of both. CONTRIBUTING.md, "How it is built",
// draws them.
mod catalogue;
#[cfg(feature = "fixtures")]
#[cfg_attr(docsrs, doc(cfg(feature = "fixtures")))]
pub mod fixtures;
#[cfg(feature = "records")]
#[cfg_attr(docsrs, doc(cfg(feature = "records")))]
pub mod records;

pub use catalogue::{Access, Api, Category, EcdEvent, Tag, UnknownEventName, UnknownValue};
#[cfg(feature = "alloc")]
pub use catalogue::{EventName, UnlistedEventName};
#[cfg(feature = "parameters")]
pub use catalogue::{Parameter, ParameterKind};

/// The examples in README.md, run as doctests so that they cannot go stale.
#[cfg(all(doctest, feature = "records"))]
#[doc = include_str!("../README.md")]
struct ReadmeExamples;

/// The examples in docs/records.md.
#[cfg(all(doctest, feature = "records"))]
#[doc = include_str!("../docs/records.md")]
struct RecordsDocExamples;
