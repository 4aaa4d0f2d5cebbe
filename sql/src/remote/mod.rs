//! Archives where ActionTrail writes them: OSS buckets (`oss://`) and S3-compatible stores
//! (`s3://`), read through [`object_store`]'s S3 client.
//!
//! A [`RemoteArchive`] names a bucket and a prefix. The `records` table lists it when a
//! query is planned, walking the layout's folders (`<region>/<YYYY>/<MM>/<DD>/`) and leaving
//! out, unlisted, those the query's filters exclude ([`list`]); each object it keeps is read
//! as a stream, never whole into memory ([`read`]).

mod list;
mod read;
mod store;

pub(crate) use list::list_archive;
pub(crate) use read::ObjectRead;
pub use store::{RemoteArchive, Scheme, StoreKey};
