//! Sources for the reader tests: gzip compression and a source that hands over one byte at a
//! time.

use std::io::{self, Read, Write};

/// `bytes`, gzip-compressed.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// A source that hands over one byte per `read` call, to put every buffer boundary
/// everywhere.
pub struct OneByteAtATime<'a>(pub &'a [u8]);

impl Read for OneByteAtATime<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        match (self.0.split_first(), out.first_mut()) {
            (Some((&byte, rest)), Some(slot)) => {
                *slot = byte;
                self.0 = rest;
                Ok(1)
            }
            _ => Ok(0),
        }
    }
}

/// A source that is interrupted before every read, including at its end, as a slow pipe can
/// be; between interruptions it hands over up to `step` bytes of `inner`.
pub struct Interrupting<R> {
    inner: R,
    step: usize,
    interrupt: bool,
}

impl<R: Read> Interrupting<R> {
    pub fn new(inner: R, step: usize) -> Self {
        Interrupting {
            inner,
            step,
            interrupt: false,
        }
    }
}

impl<R: Read> Read for Interrupting<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        self.interrupt = !self.interrupt;
        if self.interrupt {
            return Err(io::ErrorKind::Interrupted.into());
        }
        let length = self.step.min(out.len());
        self.inner.read(&mut out[..length])
    }
}
