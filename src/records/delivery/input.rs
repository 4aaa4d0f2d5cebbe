//! Where a reader's bytes come from: the source as it is, or gunzipped, on this thread or on
//! a thread of its own so that decompression and parsing overlap.
//!
//! A thread pays only for content large enough: starting one, and waiting for its first chunk,
//! cost more than decompressing a small OSS object (one per five-minute window, often a few
//! kilobytes). So gzip content is decoded on the reader's thread first, and handed to a
//! thread of its own only once it has run past [`INLINE_BYTES`]; the thread's chunks start
//! small and grow, so that parsing starts soon after it.

use std::io::{self, BufRead, BufReader, Chain, Cursor, Read};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread;

use super::buf_read::read_buffered;
use super::gzip::{BUFFER_WINDOW, GZIP_MAGIC, Gunzipped, GzipDecoder};
#[cfg(feature = "libdeflate")]
use super::gzip::{Inflated, WHOLE_COMPRESSED_BYTES, inflate_whole};

/// The bytes already read while sniffing, then the rest of the source.
pub(crate) type Replayed<R> = Chain<Cursor<Vec<u8>>, R>;

/// The decoder of a gzip source, with its buffered compressed input.
pub(crate) type Decoder<R> = GzipDecoder<BufReader<Replayed<R>>>;

/// Goes on decompressing on a thread of its own, from a decoder and the window of content
/// before what it decodes next; gives them back if no thread can be started.
pub(crate) type Spawner<R> = fn(Decoder<R>, Vec<u8>) -> Result<Background, HandBack<R>>;

/// A decoder and its window, back from a thread that could not be started.
pub(crate) type HandBack<R> = Box<(Decoder<R>, Vec<u8>)>;

/// The source as a [`BufRead`], for a source that is one.
pub(crate) type AsBufRead<R> = fn(&mut R) -> &mut dyn BufRead;

/// `AsBufRead` for a source that is a `BufRead`.
pub(crate) fn as_buf_read<R: BufRead>(source: &mut R) -> &mut dyn BufRead {
    source
}

pub(crate) enum Input<R> {
    /// Nothing read yet: the first bytes decide whether the content is gzip.
    Unsniffed(R),
    Plain(R),
    Gzip(Box<Gunzipped<BufReader<Replayed<R>>>>),
    Background(Background),
    /// The content of a small gzip source, inflated whole (feature `libdeflate`).
    #[cfg(feature = "libdeflate")]
    Whole(Whole),
    /// Only while switching from one variant to another.
    Switching,
}

impl<R: Read> Input<R> {
    /// Reads into `out` once the content is known not to start with the gzip magic, or
    /// replaces itself with a decoder of `sniffed` and the rest of the source. `sniffed` is
    /// what the caller has read so far (at least two bytes unless the source is shorter).
    ///
    /// `length` is the source's length in bytes where it is known (a file's), counting what
    /// was sniffed: with the `libdeflate` feature, a gzip source that short is read whole and
    /// inflated in one call if it is one sound member (`gzip::inflate_whole`), and streamed like any
    /// other otherwise.
    pub(crate) fn settle(
        &mut self,
        sniffed: &[u8],
        spawner: Option<Spawner<R>>,
        length: Option<u64>,
    ) -> io::Result<bool> {
        let source = match std::mem::replace(self, Input::Switching) {
            Input::Unsniffed(source) => source,
            settled => {
                *self = settled;
                return Ok(false);
            }
        };
        if !sniffed.starts_with(&GZIP_MAGIC) {
            *self = Input::Plain(source);
            return Ok(false);
        }
        #[cfg(feature = "libdeflate")]
        let (sniffed, source) = match Whole::read(sniffed, source, length) {
            Ok(whole) => {
                *self = Input::Whole(whole);
                return Ok(true);
            }
            Err(back) => back,
        };
        #[cfg(not(feature = "libdeflate"))]
        let (sniffed, _) = (sniffed.to_vec(), length);
        let replayed = Cursor::new(sniffed).chain(source);
        // Content that may go to a thread is decoded here in smaller pieces until it does.
        let piece = if spawner.is_some() {
            INLINE_PIECE_BYTES
        } else {
            CHUNK_BYTES
        };
        *self = Input::Gzip(Box::new(Gunzipped::new(
            BufReader::with_capacity(COMPRESSED_READ_BYTES, replayed),
            piece,
        )));
        Ok(true)
    }

    /// Hands gzip content decoded on this thread so far over to a thread of its own once it
    /// has run past [`INLINE_BYTES`] and everything decoded here has been read. If no thread
    /// can be started, decoding goes on here.
    pub(crate) fn hand_off(&mut self, spawn: Spawner<R>) {
        let ready =
            matches!(self, Input::Gzip(gunzipped) if gunzipped.decoded() >= INLINE_BYTES as u64);
        if !ready {
            return;
        }
        let Input::Gzip(gunzipped) = std::mem::replace(self, Input::Switching) else {
            unreachable!("matched above");
        };
        *self = match gunzipped.hand_off() {
            Ok((decoder, window)) => match spawn(decoder, window) {
                Ok(background) => Input::Background(background),
                Err(back) => {
                    let (decoder, window) = *back;
                    Input::Gzip(Box::new(Gunzipped::resume(
                        decoder,
                        &window,
                        INLINE_PIECE_BYTES,
                    )))
                }
            },
            Err(gunzipped) => Input::Gzip(gunzipped),
        };
    }

    /// The input as a [`BufRead`] if it has a buffer of its own, which the reader can take
    /// content from without copying it first: decompressed content always, content as it is
    /// if `plain` says how.
    pub(crate) fn buffered(&mut self, plain: Option<AsBufRead<R>>) -> Option<&mut dyn BufRead> {
        match self {
            Input::Gzip(gunzipped) => Some(&mut **gunzipped),
            Input::Background(background) => Some(background),
            #[cfg(feature = "libdeflate")]
            Input::Whole(whole) => Some(whole),
            Input::Plain(source) => plain.map(|as_buf_read| as_buf_read(source)),
            Input::Unsniffed(_) | Input::Switching => None,
        }
    }

    pub(crate) fn is_unsniffed(&self) -> bool {
        matches!(self, Input::Unsniffed(_))
    }
}

impl<R: Read> Read for Input<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        match self {
            Input::Unsniffed(source) | Input::Plain(source) => source.read(out),
            Input::Gzip(gunzipped) => gunzipped.read(out),
            Input::Background(background) => background.read(out),
            #[cfg(feature = "libdeflate")]
            Input::Whole(whole) => whole.read(out),
            Input::Switching => Ok(0),
        }
    }
}

/// The content of a small gzip source, inflated whole, handed to the reader in pieces of
/// [`CHUNK_BYTES`] so that the reader's own buffer stays as small as with streamed content.
#[cfg(feature = "libdeflate")]
pub(crate) struct Whole {
    content: Inflated,
    at: usize,
}

#[cfg(feature = "libdeflate")]
impl Whole {
    /// Reads the rest of `source` after `sniffed` and inflates it whole, if `length` says the
    /// source is short enough and it is one sound member; otherwise gives back what it read
    /// (`sniffed` and what followed, to be streamed) and the source. A source that fails
    /// while it is read is given back likewise: the streaming decoder reads it again, and
    /// reports the failure after the content before it.
    fn read<R: Read>(
        sniffed: &[u8],
        mut source: R,
        length: Option<u64>,
    ) -> Result<Self, (Vec<u8>, R)> {
        let mut gzipped = sniffed.to_vec();
        if length.is_none_or(|length| length > WHOLE_COMPRESSED_BYTES) {
            return Err((gzipped, source));
        }
        // One byte more than the limit: a source longer than it said is streamed.
        let limit = WHOLE_COMPRESSED_BYTES + 1 - gzipped.len() as u64;
        let read = (&mut source).take(limit).read_to_end(&mut gzipped);
        if read.is_err() || gzipped.len() as u64 > WHOLE_COMPRESSED_BYTES {
            return Err((gzipped, source));
        }
        match inflate_whole(&gzipped) {
            Some(content) => Ok(Whole { content, at: 0 }),
            None => Err((gzipped, source)),
        }
    }
}

#[cfg(feature = "libdeflate")]
impl BufRead for Whole {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        let end = self.content.len().min(self.at + CHUNK_BYTES);
        Ok(&self.content[self.at..end])
    }

    fn consume(&mut self, amount: usize) {
        self.at += amount;
    }
}

#[cfg(feature = "libdeflate")]
impl Read for Whole {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        read_buffered(self, out)
    }
}

/// How much decompressed content is decoded at a time; the background thread hands it over
/// in chunks of this size, once they have grown to it.
const CHUNK_BYTES: usize = 256 * 1024;

/// How much gzip content a reader that may decompress on a thread decodes on its own thread
/// first: all of a small delivery, which then costs no thread at all. Handing content between
/// threads costs a wake-up each time, and starting costs a wait for the first chunk; on the
/// 2-core VM of benches/small_objects.rs, a thread started at once made reading 480 kB objects
/// a third slower than decoding them inline, and overlapping pays from about a megabyte on.
pub(crate) const INLINE_BYTES: usize = 1024 * 1024;

/// The pieces content is decoded in on the reader's own thread, before any hand-off.
const INLINE_PIECE_BYTES: usize = 64 * 1024;

/// The background thread's first chunk; each next one is twice as large, up to
/// `CHUNK_BYTES`, so that the reader waits less for the first.
const FIRST_CHUNK_BYTES: usize = 64 * 1024;

/// How many compressed bytes the decoder asks its source for at a time.
const COMPRESSED_READ_BYTES: usize = 64 * 1024;

/// How many chunks may wait for the parser: memory stays bounded by a few chunks.
const CHUNKS_IN_FLIGHT: usize = 2;

/// Decompressed content arriving from a thread that runs the gzip decoder.
pub(crate) struct Background {
    /// Each chunk starts with the window its content was decoded after, where the inflate
    /// core needs one (`BUFFER_WINDOW` bytes, not content).
    chunks: Receiver<io::Result<Vec<u8>>>,
    /// Chunks read, going back to the thread to be filled again: a fresh chunk would cost
    /// the thread zeroing it and the system mapping its pages, every time.
    spent: SyncSender<Vec<u8>>,
    current: Vec<u8>,
    at: usize,
    /// The thread, joined when it stops sending: its panic must not pass for the end.
    thread: Option<thread::JoinHandle<()>>,
}

/// Starts a thread that goes on decompressing with `decoder` (after the content in `window`)
/// and sends the content in chunks; fails only if the system cannot start a thread.
pub(crate) fn spawn_decoder<R: Read + Send + 'static>(
    decoder: Decoder<R>,
    window: Vec<u8>,
) -> Result<Background, HandBack<R>> {
    let (sender, chunks) = sync_channel(CHUNKS_IN_FLIGHT);
    // Room for the chunks the reader sends back; one that finds no room is freed. At most five
    // are out at once: two in flight, the one being read, the one being sent, the next one.
    let (spent, reusable) = sync_channel(CHUNKS_IN_FLIGHT + 1);
    // The decoder goes to the thread once it runs, so that it comes back if none can start.
    let (job, jobs) = sync_channel::<HandBack<R>>(1);
    let started = thread::Builder::new()
        .name("ecd-events-gunzip".into())
        .spawn(move || {
            if let Ok(job) = jobs.recv() {
                let (decoder, window) = *job;
                decompress(decoder, &window, &sender, &reusable);
            }
        });
    let thread = match started {
        Ok(thread) => thread,
        Err(_) => return Err(Box::new((decoder, window))),
    };
    if let Err(back) = job.send(Box::new((decoder, window))) {
        return Err(back.0);
    }
    Ok(Background {
        chunks,
        spent,
        current: Vec::new(),
        at: 0,
        thread: Some(thread),
    })
}

/// The background thread: stops at the end of the content, at an error (which it passes on
/// after the content before it), or when the reader is dropped.
fn decompress(
    mut decoder: GzipDecoder<impl BufRead>,
    window: &[u8],
    sender: &SyncSender<io::Result<Vec<u8>>>,
    reusable: &Receiver<Vec<u8>>,
) {
    let mut size = FIRST_CHUNK_BYTES;
    let mut chunk = empty_chunk(reusable, size);
    chunk[..BUFFER_WINDOW].copy_from_slice(window);
    loop {
        let (written, result) = decoder.decode(&mut chunk);
        chunk.truncate(BUFFER_WINDOW + written);
        if written == 0 || result.is_err() {
            // The end of the content, or an error after the content before it.
            if written > 0 {
                let _ = sender.send(Ok(chunk));
            }
            if let Err(error) = result {
                let _ = sender.send(Err(error));
            }
            return;
        }
        // The next chunk starts with the end of this one, which back-references can reach.
        size = (size * 2).min(CHUNK_BYTES);
        let mut next = empty_chunk(reusable, size);
        next[..BUFFER_WINDOW].copy_from_slice(&chunk[chunk.len() - BUFFER_WINDOW..]);
        if sender.send(Ok(chunk)).is_err() {
            return;
        }
        chunk = next;
    }
}

/// A chunk to decode `size` bytes into: a spent one if the reader has sent one back.
fn empty_chunk(reusable: &Receiver<Vec<u8>>, size: usize) -> Vec<u8> {
    match reusable.try_recv() {
        Ok(mut spent) => {
            // What a spent chunk held was filled before: at most what it lacks is zeroed.
            spent.resize(BUFFER_WINDOW + size, 0);
            spent
        }
        Err(_) => vec![0; BUFFER_WINDOW + size],
    }
}

impl Read for Background {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        read_buffered(self, out)
    }
}

/// The reader takes the content straight from the chunk this way, without copying it into a
/// buffer of its own first.
impl BufRead for Background {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.at == self.current.len() {
            match self.chunks.recv() {
                Ok(Ok(chunk)) => {
                    let spent = std::mem::replace(&mut self.current, chunk);
                    // The first `current` is empty, not worth sending back; and if the thread
                    // has stopped, the chunk is dropped.
                    if spent.capacity() > 0 {
                        let _ = self.spent.try_send(spent);
                    }
                    self.at = BUFFER_WINDOW;
                }
                Ok(Err(error)) => return Err(error),
                // The thread has finished: the content is complete, unless it panicked
                // (in the source it reads, say).
                Err(_) => {
                    return match self.thread.take().map(thread::JoinHandle::join) {
                        Some(Err(_)) => {
                            Err(io::Error::other("the gzip decompression thread panicked"))
                        }
                        _ => Ok(&[]),
                    };
                }
            }
        }
        Ok(&self.current[self.at..])
    }

    fn consume(&mut self, amount: usize) {
        self.at += amount;
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;
    use crate::records::delivery::buf_read::fill_buf_retrying;

    /// A spawner for which no thread can ever start.
    fn never_starts<R>(decoder: Decoder<R>, window: Vec<u8>) -> Result<Background, HandBack<R>> {
        Err(Box::new((decoder, window)))
    }

    /// Every byte of `input`, taken as the reader takes it: a hand-off tried before each fill.
    fn drain<'a>(mut input: Input<&'a [u8]>, spawn: Spawner<&'a [u8]>) -> Vec<u8> {
        let mut content = Vec::new();
        loop {
            input.hand_off(spawn);
            let source = input.buffered(None).expect("gzip content has a buffer");
            let available = fill_buf_retrying(source).unwrap();
            if available.is_empty() {
                return content;
            }
            let length = available.len();
            content.extend_from_slice(available);
            source.consume(length);
        }
    }

    #[test]
    fn content_past_the_first_megabyte_is_decoded_here_when_no_thread_can_start() {
        // Text that back-references reach across the hand-off point.
        let content: Vec<u8> = (0..200_000u32)
            .flat_map(|n| format!("record {} of {}\n", n % 977, n % 13).into_bytes())
            .collect();
        assert!(content.len() > 3 * INLINE_BYTES);
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(&content).unwrap();
        let gzipped = encoder.finish().unwrap();

        let mut input = Input::Unsniffed(&gzipped[2..]);
        assert!(
            input
                .settle(&gzipped[..2], Some(never_starts), None)
                .unwrap()
        );
        assert!(
            drain(input, never_starts) == content,
            "nothing lost or repeated"
        );
    }
}
