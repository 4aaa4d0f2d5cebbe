//! Where a reader's bytes come from: the source as it is, or gunzipped, on this thread or on
//! a thread of its own so that decompression and parsing overlap.

use std::io::{self, BufRead, Chain, Cursor, Read};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread;

use flate2::read::MultiGzDecoder;

/// The first bytes of every gzip stream.
pub(crate) const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// The bytes already read while sniffing, then the rest of the source.
pub(crate) type Replayed<R> = Chain<Cursor<Vec<u8>>, R>;

/// Starts decompressing `source` on a thread of its own.
pub(crate) type Spawner<R> = fn(Replayed<R>) -> io::Result<Background>;

pub(crate) enum Input<R> {
    /// Nothing read yet: the first bytes decide whether the content is gzip.
    Unsniffed(R),
    Plain(R),
    Gzip(Box<MultiGzDecoder<Replayed<R>>>),
    Background(Background),
    /// Only while switching from one variant to another.
    Switching,
}

impl<R: Read> Input<R> {
    /// Reads into `out` once the content is known not to start with the gzip magic, or
    /// replaces itself with a decoder of `sniffed` and the rest of the source. `sniffed` is
    /// what the caller has read so far (at least two bytes unless the source is shorter).
    pub(crate) fn settle(
        &mut self,
        sniffed: &[u8],
        spawner: Option<Spawner<R>>,
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
        let replayed = Cursor::new(sniffed.to_vec()).chain(source);
        *self = match spawner {
            Some(spawn) => Input::Background(spawn(replayed)?),
            None => Input::Gzip(Box::new(MultiGzDecoder::new(replayed))),
        };
        Ok(true)
    }

    pub(crate) fn is_unsniffed(&self) -> bool {
        matches!(self, Input::Unsniffed(_))
    }
}

impl<R: Read> Read for Input<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        match self {
            Input::Unsniffed(source) | Input::Plain(source) => source.read(out),
            Input::Gzip(decoder) => decoder.read(out),
            Input::Background(background) => background.read(out),
            Input::Switching => Ok(0),
        }
    }
}

/// How much decompressed content the background thread hands over at a time.
const CHUNK_BYTES: usize = 256 * 1024;

/// How many chunks may wait for the parser: memory stays bounded by a few chunks.
const CHUNKS_IN_FLIGHT: usize = 2;

/// Decompressed content arriving from a thread that runs the gzip decoder.
pub(crate) struct Background {
    chunks: Receiver<io::Result<Vec<u8>>>,
    /// Chunks read, going back to the thread to be filled again: a fresh chunk would cost
    /// the thread zeroing it and the system mapping its pages, every time.
    spent: SyncSender<Vec<u8>>,
    current: Vec<u8>,
    at: usize,
    /// The thread, joined when it stops sending: its panic must not pass for the end.
    thread: Option<thread::JoinHandle<()>>,
}

/// Starts a thread that decompresses `source` and sends the content in chunks; fails only if
/// the system cannot start a thread.
pub(crate) fn spawn_decoder<R: Read + Send + 'static>(
    source: Replayed<R>,
) -> io::Result<Background> {
    let (sender, chunks) = sync_channel(CHUNKS_IN_FLIGHT);
    // Room for every chunk that can be out at once: those in flight and the one being read.
    let (spent, reusable) = sync_channel(CHUNKS_IN_FLIGHT + 1);
    let thread = thread::Builder::new()
        .name("ecd-events-gunzip".into())
        .spawn(move || decompress(MultiGzDecoder::new(source), &sender, &reusable))?;
    Ok(Background {
        chunks,
        spent,
        current: Vec::new(),
        at: 0,
        thread: Some(thread),
    })
}

/// The background thread: stops at the end of the content, at an error (which it passes on),
/// or when the reader is dropped.
fn decompress(
    mut decoder: impl Read,
    sender: &SyncSender<io::Result<Vec<u8>>>,
    reusable: &Receiver<Vec<u8>>,
) {
    loop {
        let mut chunk = match reusable.try_recv() {
            Ok(mut spent) => {
                // Only a chunk's last read can be short, and it was filled before: no zeroing.
                spent.resize(CHUNK_BYTES, 0);
                spent
            }
            Err(_) => vec![0; CHUNK_BYTES],
        };
        let mut filled = 0;
        while filled < CHUNK_BYTES {
            match decoder.read(&mut chunk[filled..]) {
                Ok(0) => break,
                Ok(read) => filled += read,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(error) => {
                    if filled > 0 {
                        chunk.truncate(filled);
                        let _ = sender.send(Ok(chunk));
                    }
                    let _ = sender.send(Err(error));
                    return;
                }
            }
        }
        if filled == 0 {
            return;
        }
        chunk.truncate(filled);
        if sender.send(Ok(chunk)).is_err() || filled < CHUNK_BYTES {
            return;
        }
    }
}

impl Read for Background {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let copied = available.len().min(out.len());
        out[..copied].copy_from_slice(&available[..copied]);
        self.consume(copied);
        Ok(copied)
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
                    self.at = 0;
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
