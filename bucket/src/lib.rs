//! Alibaba Cloud ActionTrail archives where ActionTrail writes them: OSS buckets
//! (`oss://BUCKET/PREFIX`) and S3-compatible stores (`s3://BUCKET/PREFIX`), read through
//! [`object_store`]'s S3 client.
//!
//! A [`RemoteArchive`] names a bucket and a prefix. [`RemoteArchive::list`] walks the
//! layout's folders (`<region>/<YYYY>/<MM>/<DD>/`), leaving out unlisted those a [`Window`]
//! excludes, and prunes the objects it lists by their names ([`ObjectKey`]); each
//! [`Object`] is then read as a stream, a chunk at a time ([`Object::open`]), by
//! `ecd_events::records::RecordReader` on a thread of its own.
//!
//! ```no_run
//! use ecd_bucket::{RemoteArchive, Window};
//! use ecd_events::records::RecordReader;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let runtime = tokio::runtime::Runtime::new()?;
//! // Credentials from ALIBABA_CLOUD_ACCESS_KEY_ID and _SECRET, the region from OSS_REGION.
//! let archive = RemoteArchive::parse("oss://audit-trail/AliyunLogs/Actiontrail").unwrap();
//! let window = Window {
//!     since: Some("2025-03-04T00:00:00Z".parse()?),
//!     until: Some("2025-03-05T00:00:00Z".parse()?),
//!     ..Window::default()
//! };
//! let listing = runtime.block_on(archive.list(&window))?;
//! for object in &listing.objects {
//!     let reader = RecordReader::new(object.open(runtime.handle().clone())?);
//!     for record in reader {
//!         println!("{}: {}", object.url(), record?.event_name);
//!     }
//! }
//! # Ok(()) }
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod error;
pub mod layout;
mod list;
mod read;
mod store;
mod window;

pub use error::Error;
pub use layout::{OBJECT_TIME_SLACK, ObjectKey};
pub use list::{Listing, Object};
pub use read::ObjectRead;
pub use store::{RemoteArchive, Scheme, StoreKey};
pub use window::Window;

/// The `object_store` this crate is built on (0.13, DataFusion 55's), for its paths and
/// stores.
pub use object_store;
