//! Deliveries: bytes to records. The source as it comes (gzip or not, on this thread or a
//! second), the delivery formats (JSON Lines, JSON arrays, SLS logs), and the reader that turns
//! each record's text into the model through the JSON layer. Imports the model and the JSON
//! layer; `gzip` imports nothing of the reader.

mod buf_read;
mod decode;
mod error;
mod format;
pub(crate) mod gzip;
mod input;
mod object_key;
mod reader;
mod sls;
mod utf8;

#[doc(hidden)]
pub use decode::fallbacks_on_this_thread;
pub use error::{RecordError, RecordErrorKind, RecordPosition};
pub use format::{Content, DeliveryFormat, Layout};
pub use object_key::ObjectKey;
pub use reader::RecordReader;
