//! An object's bytes as a blocking [`Read`], for the reader, which runs on a blocking
//! thread: fetched a chunk at a time, so that memory holds a chunk, not the object.

use std::io::{self, Read};
use std::sync::Arc;

use futures::StreamExt;
use futures::stream::BoxStream;
use object_store::path::Path;
use object_store::{ObjectStore, ObjectStoreExt};
use tokio::runtime::Handle;

/// The bytes of one object as a blocking [`Read`], requested when first read
/// ([`Object::open`](crate::Object::open)). Each chunk is awaited on the runtime it was
/// opened with, so it must be read from a thread that is not one of that runtime's workers.
pub struct ObjectRead {
    runtime: Handle,
    store: Arc<dyn ObjectStore>,
    path: Path,
    body: Option<BoxStream<'static, object_store::Result<bytes::Bytes>>>,
    chunk: bytes::Bytes,
}

impl ObjectRead {
    /// The object at `path` in `store`, fetched on `runtime` (from a thread that is not
    /// one of its workers).
    pub(crate) fn new(runtime: Handle, store: Arc<dyn ObjectStore>, path: Path) -> ObjectRead {
        ObjectRead {
            runtime,
            store,
            path,
            body: None,
            chunk: bytes::Bytes::new(),
        }
    }
}

impl Read for ObjectRead {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.chunk.is_empty() {
            let body = match &mut self.body {
                Some(body) => body,
                None => {
                    let result = self
                        .runtime
                        .block_on(self.store.get(&self.path))
                        .map_err(io::Error::other)?;
                    self.body.insert(result.into_stream())
                }
            };
            match self.runtime.block_on(body.next()) {
                Some(chunk) => self.chunk = chunk.map_err(io::Error::other)?,
                None => return Ok(0),
            }
        }
        let n = buf.len().min(self.chunk.len());
        buf[..n].copy_from_slice(&self.chunk[..n]);
        let _ = self.chunk.split_to(n);
        Ok(n)
    }
}
