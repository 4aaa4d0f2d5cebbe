//! Reading from a [`BufRead`] source, for the gzip decoder and the reader alike.

use std::io::{self, BufRead};

/// `Read` for a source that has a buffer of its own: copies from it.
pub(crate) fn read_buffered(source: &mut impl BufRead, out: &mut [u8]) -> io::Result<usize> {
    let available = source.fill_buf()?;
    let copied = available.len().min(out.len());
    out[..copied].copy_from_slice(&available[..copied]);
    source.consume(copied);
    Ok(copied)
}

/// `source.fill_buf()`, tried again when interrupted.
pub(crate) fn fill_buf_retrying<B: BufRead + ?Sized>(source: &mut B) -> io::Result<&[u8]> {
    loop {
        match source.fill_buf() {
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
            // The end: asking again would read the source again.
            Ok([]) => return Ok(&[]),
            Ok(_) => break,
        }
    }
    // What the first call filled, returned again without reading (the borrow checker cannot
    // yet see that the first call's borrow ends in the loop).
    source.fill_buf()
}
