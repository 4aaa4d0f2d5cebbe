//! gzip (RFC 1952): the readers' streaming decoder and the inflate cores it runs on, and (with
//! the `libdeflate` feature) whole small objects inflated in one call. It imports nothing of
//! the reader.

mod decoder;
mod inflate;
#[cfg(feature = "libdeflate")]
mod whole;

pub(crate) use decoder::{GZIP_MAGIC, Gunzipped, GzipDecoder};
pub(crate) use inflate::BUFFER_WINDOW;
#[cfg(feature = "libdeflate")]
pub(crate) use whole::{Inflated, WHOLE_COMPRESSED_BYTES, inflate_whole};
