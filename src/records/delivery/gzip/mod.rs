//! gzip (RFC 1952): the readers' decoder and the inflate cores it runs on. It imports nothing of
//! the reader.

mod decoder;
mod inflate;

pub(crate) use decoder::{GZIP_MAGIC, Gunzipped, GzipDecoder};
pub(crate) use inflate::BUFFER_WINDOW;
