//! gzip decompression (RFC 1952) for the readers, on an inflate core of its own choosing
//! (`inflate.rs`: miniz_oxide's, or zlib-rs's with the `zlib-rs` feature).
//!
//! Why not flate2's `MultiGzDecoder`, which runs the same inflate code: its `Read` inflates
//! into a 32 KiB ring of its own and copies out of it. Here the core inflates straight into
//! the buffer the reader parses, after the last 32 KiB of content (the window), which
//! miniz_oxide's back-references read. With miniz_oxide, that takes 14% fewer instructions
//! than flate2's decoder and ran 1.11× as fast alone (interleaved pairs, in a side experiment
//! on the bench's corpus), which matters because on two cores the background thread's
//! decompression is what bounds reading a `.gz` delivery (benches/records_pairs.rs). It also
//! means every byte inflated before damage is handed over before the error, where a `Read`
//! loses what its failing call inflated.

use std::io::{self, BufRead, Read};

use super::inflate::{BUFFER_WINDOW, Inflated, Inflater};
use crate::records::delivery::buf_read::{fill_buf_retrying, read_buffered};

/// The first bytes of every gzip stream.
pub(crate) const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// The gzip header's flags (RFC 1952, 2.3.1).
const FHCRC: u8 = 0b0000_0010;
const FEXTRA: u8 = 0b0000_0100;
const FNAME: u8 = 0b0000_1000;
const FCOMMENT: u8 = 0b0001_0000;
const RESERVED_FLAGS: u8 = 0b1110_0000;

/// The only compression method gzip defines.
const DEFLATE: u8 = 8;

/// Decompresses a gzip stream of one or more members, one buffer at a time.
pub(crate) struct GzipDecoder<R> {
    source: R,
    inflater: Inflater,
    state: State,
    /// The CRC-32 and length (modulo 2^32) of the member's content so far, which its trailer
    /// must match.
    crc: crc32fast::Hasher,
    size: u32,
    /// Compressed bytes consumed, for saying where damage is.
    consumed: u64,
    /// Members started: the first is the content's start, where anything else is not gzip.
    members: u64,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// At the start of a member: the first one, or after the trailer of another.
    Header,
    Deflate,
    /// The content has ended.
    Ended,
    /// An error has been reported: nothing more can be read.
    Failed,
}

impl<R: BufRead> GzipDecoder<R> {
    /// A decoder of `source`, which must start with a gzip member.
    pub(crate) fn new(source: R) -> Self {
        GzipDecoder {
            source,
            inflater: Inflater::new(),
            state: State::Header,
            crc: crc32fast::Hasher::new(),
            size: 0,
            consumed: 0,
            members: 0,
        }
    }

    /// Writes content into `buffer[BUFFER_WINDOW..]` until it is full, a member ends or the
    /// content ends; `buffer[..BUFFER_WINDOW]` must hold the content before (whatever it is at
    /// the start). Returns how many bytes it wrote,
    /// none only at the end, and then any error, which comes after the content it could
    /// write before it. After an error, every call fails.
    pub(crate) fn decode(&mut self, buffer: &mut [u8]) -> (usize, io::Result<()>) {
        debug_assert!(buffer.len() > BUFFER_WINDOW);
        let mut at = BUFFER_WINDOW;
        let result = self.decode_at(buffer, &mut at);
        if result.is_err() {
            self.state = State::Failed;
        }
        (at - BUFFER_WINDOW, result)
    }

    fn decode_at(&mut self, buffer: &mut [u8], at: &mut usize) -> io::Result<()> {
        while *at < buffer.len() {
            match self.state {
                // A member starts in a buffer of its own, so that what it decodes does not
                // depend on where it starts: with miniz_oxide, which reads back-references
                // from the buffer, one from before the member's start (damage) reads the
                // zeroed window, never the member before (`Inflater::start`).
                State::Header if *at > BUFFER_WINDOW => return Ok(()),
                State::Header => {
                    if !self.member_follows()? {
                        if self.members == 0 {
                            return Err(self.not_gzip("it is empty"));
                        }
                        self.state = State::Ended;
                        return Ok(());
                    }
                    self.header()?;
                    self.inflater.start(&mut buffer[..BUFFER_WINDOW]);
                    self.crc = crc32fast::Hasher::new();
                    self.size = 0;
                    self.state = State::Deflate;
                }
                State::Deflate => {
                    if self.inflate(buffer, at)? {
                        self.trailer()?;
                        self.state = State::Header;
                    }
                }
                State::Ended => return Ok(()),
                State::Failed => {
                    return Err(io::Error::other(
                        "the gzip content cannot be read past an earlier error",
                    ));
                }
            }
        }
        Ok(())
    }

    /// Inflates into `buffer` at `at` until the buffer is full, or the member's deflate data
    /// ends (`true`).
    fn inflate(&mut self, buffer: &mut [u8], at: &mut usize) -> io::Result<bool> {
        let input = fill_buf_retrying(&mut self.source)?;
        let (consumed, written, inflated) = self.inflater.inflate(input, buffer, *at);
        self.source.consume(consumed);
        self.consumed += consumed as u64;
        let content = &buffer[*at..*at + written];
        self.crc.update(content);
        // ISIZE is the length modulo 2^32: truncating is the definition.
        self.size = self.size.wrapping_add(written as u32);
        *at += written;
        match inflated {
            Inflated::End => Ok(true),
            Inflated::More => Ok(false),
            Inflated::CutShort => Err(self.cut_short()),
            Inflated::Damaged => Err(self.damaged("the deflate data is damaged")),
        }
    }

    /// Whether another member starts here: any byte at all after a member must start one.
    fn member_follows(&mut self) -> io::Result<bool> {
        Ok(!fill_buf_retrying(&mut self.source)?.is_empty())
    }

    /// Reads a member's header (RFC 1952, 2.3), checking it where gzip can be checked.
    fn header(&mut self) -> io::Result<()> {
        let mut crc = crc32fast::Hasher::new();
        self.members += 1;
        // The magic a byte at a time, so that a byte or two of anything else is not taken
        // for a member cut short.
        for magic in GZIP_MAGIC {
            if self.bytes(&mut crc)? != [magic] {
                return Err(if self.members == 1 {
                    self.not_gzip("it does not start with gzip's magic bytes")
                } else {
                    self.damaged("the bytes after a gzip member do not start another")
                });
            }
        }
        let fixed: [u8; 8] = self.bytes(&mut crc)?;
        if fixed[0] != DEFLATE {
            return Err(self.damaged("the gzip member's compression method is not deflate"));
        }
        let flags = fixed[1];
        if flags & RESERVED_FLAGS != 0 {
            return Err(self.damaged("the gzip header sets reserved flags"));
        }
        if flags & FEXTRA != 0 {
            let length = u16::from_le_bytes(self.bytes(&mut crc)?);
            self.skip(usize::from(length), &mut crc)?;
        }
        if flags & FNAME != 0 {
            self.zero_terminated(&mut crc)?;
        }
        if flags & FCOMMENT != 0 {
            self.zero_terminated(&mut crc)?;
        }
        if flags & FHCRC != 0 {
            // The header's CRC-16 is the low half of its CRC-32.
            let expected = crc.clone().finalize() as u16;
            if u16::from_le_bytes(self.bytes(&mut crc)?) != expected {
                return Err(self.damaged("the gzip header does not match its checksum"));
            }
        }
        Ok(())
    }

    /// Reads a member's trailer: the content's CRC-32 and length must match it.
    fn trailer(&mut self) -> io::Result<()> {
        // The trailer is in no checksum.
        let mut unused = crc32fast::Hasher::new();
        let trailer: [u8; 8] = self.bytes(&mut unused)?;
        let [crc @ .., _, _, _, _] = trailer;
        let [_, _, _, _, size @ ..] = trailer;
        if u32::from_le_bytes(crc) != self.crc.clone().finalize() {
            return Err(self.damaged("the gzip content does not match its checksum"));
        }
        if u32::from_le_bytes(size) != self.size {
            return Err(self.damaged("the gzip content does not match its recorded length"));
        }
        Ok(())
    }

    /// Reads the next `N` bytes of the header or trailer, adding them to `crc`.
    fn bytes<const N: usize>(&mut self, crc: &mut crc32fast::Hasher) -> io::Result<[u8; N]> {
        let mut bytes = [0; N];
        let mut filled = 0;
        self.take(N, crc, |taken| {
            bytes[filled..filled + taken.len()].copy_from_slice(taken);
            filled += taken.len();
        })?;
        Ok(bytes)
    }

    /// Skips the next `length` bytes of the header, adding them to `crc`.
    fn skip(&mut self, length: usize, crc: &mut crc32fast::Hasher) -> io::Result<()> {
        self.take(length, crc, |_| {})
    }

    /// Consumes the next `length` bytes, handing them to `each` as they come and adding them
    /// to `crc`.
    fn take(
        &mut self,
        mut length: usize,
        crc: &mut crc32fast::Hasher,
        mut each: impl FnMut(&[u8]),
    ) -> io::Result<()> {
        if length == 0 {
            return Ok(());
        }
        self.consume_until(crc, |available| {
            let taken = available.len().min(length);
            each(&available[..taken]);
            length -= taken;
            (taken, length == 0)
        })
    }

    /// Skips a zero-terminated field of the header (a file name or comment), adding it to
    /// `crc`.
    fn zero_terminated(&mut self, crc: &mut crc32fast::Hasher) -> io::Result<()> {
        self.consume_until(crc, |available| match memchr::memchr(0, available) {
            Some(zero) => (zero + 1, true),
            None => (available.len(), false),
        })
    }

    /// Consumes header or trailer bytes, adding them to `crc`, until `next` says it has taken
    /// the last: it is handed what the source has, and says how much of it to take and
    /// whether that ends the field. The source ending first is a cut.
    fn consume_until(
        &mut self,
        crc: &mut crc32fast::Hasher,
        mut next: impl FnMut(&[u8]) -> (usize, bool),
    ) -> io::Result<()> {
        loop {
            let available = fill_buf_retrying(&mut self.source)?;
            if available.is_empty() {
                return Err(self.cut_short());
            }
            let (taken, ended) = next(available);
            crc.update(&available[..taken]);
            self.source.consume(taken);
            self.consumed += taken as u64;
            if ended {
                return Ok(());
            }
        }
    }

    fn cut_short(&self) -> io::Error {
        io::Error::new(
            io::ErrorKind::UnexpectedEof,
            format!(
                "the gzip content is cut short: it ends inside a member, after {} compressed bytes",
                self.consumed
            ),
        )
    }

    fn not_gzip(&self, why: &str) -> io::Error {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("the content is not gzip: {why}"),
        )
    }

    fn damaged(&self, what: &str) -> io::Error {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("{what} (found by compressed byte {})", self.consumed),
        )
    }
}

/// A [`GzipDecoder`] with a buffer of its own: gzip content to read on the caller's thread.
pub(crate) struct Gunzipped<R> {
    decoder: GzipDecoder<R>,
    /// How much content it has decoded.
    decoded: u64,
    /// The window the core needs (if any), then the content not yet consumed, from `at` to
    /// `end`.
    buffer: Vec<u8>,
    at: usize,
    end: usize,
    /// An error that comes after the content in the buffer.
    error: Option<io::Error>,
}

impl<R: BufRead> Gunzipped<R> {
    /// Content of `source`, decoded `content_bytes` at a time.
    pub(crate) fn new(source: R, content_bytes: usize) -> Self {
        Gunzipped {
            decoder: GzipDecoder::new(source),
            decoded: 0,
            buffer: vec![0; BUFFER_WINDOW + content_bytes],
            at: BUFFER_WINDOW,
            end: BUFFER_WINDOW,
            error: None,
        }
    }
}

impl<R: BufRead> Gunzipped<R> {
    /// Goes on with `decoder`, after the `window` of content before what it decodes next (as
    /// [`hand_off`](Self::hand_off) gave them), `content_bytes` at a time.
    pub(crate) fn resume(decoder: GzipDecoder<R>, window: &[u8], content_bytes: usize) -> Self {
        let mut buffer = vec![0; BUFFER_WINDOW + content_bytes];
        buffer[..BUFFER_WINDOW].copy_from_slice(window);
        Gunzipped {
            decoder,
            decoded: 0,
            buffer,
            at: BUFFER_WINDOW,
            end: BUFFER_WINDOW,
            error: None,
        }
    }

    /// How much content it has decoded so far.
    pub(crate) fn decoded(&self) -> u64 {
        self.decoded
    }

    /// The decoder, to go on decoding elsewhere, and the window of content before what it
    /// decodes next (see [`GzipDecoder::decode`]); `None` while content or an error is still
    /// to be read from here.
    pub(crate) fn hand_off(self: Box<Self>) -> Result<(GzipDecoder<R>, Vec<u8>), Box<Self>> {
        if self.at < self.end || self.error.is_some() {
            return Err(self);
        }
        let window = self.buffer[self.end - BUFFER_WINDOW..self.end].to_vec();
        let Gunzipped { decoder, .. } = *self;
        Ok((decoder, window))
    }
}

impl<R: BufRead> BufRead for Gunzipped<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.at == self.end {
            if let Some(error) = self.error.take() {
                return Err(error);
            }
            self.buffer
                .copy_within(self.end - BUFFER_WINDOW..self.end, 0);
            let (written, result) = self.decoder.decode(&mut self.buffer);
            self.at = BUFFER_WINDOW;
            self.end = BUFFER_WINDOW + written;
            self.decoded += written as u64;
            match result {
                Err(error) if written == 0 => return Err(error),
                Err(error) => self.error = Some(error),
                Ok(()) => {}
            }
        }
        Ok(&self.buffer[self.at..self.end])
    }

    fn consume(&mut self, amount: usize) {
        self.at += amount;
    }
}

impl<R: BufRead> Read for Gunzipped<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        read_buffered(self, out)
    }
}

#[cfg(any(test, fuzzing))]
impl<R: BufRead> Gunzipped<R> {
    /// All the content, and the error it ends with, if any.
    pub(crate) fn drain(mut self) -> (Vec<u8>, Option<io::Error>) {
        let mut content = Vec::new();
        loop {
            match self.fill_buf() {
                Ok([]) => return (content, None),
                Ok(available) => {
                    let length = available.len();
                    content.extend_from_slice(available);
                    self.consume(length);
                }
                Err(error) => return (content, Some(error)),
            }
        }
    }
}

#[cfg(test)]
mod tests;
