//! Whole gzip objects inflated in one call by libdeflate (feature `libdeflate`), for a source
//! whose compressed size is known and small: an OSS object, a file.
//!
//! libdeflate inflates a whole member held in memory faster than any streaming inflater
//! measured here (benches/README.md, "Inflating whole objects": 1.1× to 1.4× zlib-rs on every
//! size and gzip level, and a quarter fewer instructions on the benchmark archive), but it
//! gives nothing before damage and its safe interface (`libdeflater`) does not say where a
//! member ends. So this path takes only what it can prove whole and sound, and answers `None`
//! for everything else, which the streaming decoder ([`GzipDecoder`](super::GzipDecoder)) then
//! reads from the start, with its guarantees: damage reported with its position and the
//! content before it kept, several members, headers that carry a checksum. The content is
//! never larger than [`WHOLE_CONTENT_BYTES`], whatever the compressed bytes claim: a gzip
//! bomb costs at most that, then goes to the streaming decoder.

use std::cell::Cell;
use std::ops::Deref;

/// The largest compressed source read whole into memory to be inflated in one call.
pub(crate) const WHOLE_COMPRESSED_BYTES: u64 = 1024 * 1024;

/// The largest content inflated in one call. An object's content is held whole (what a
/// streaming decoder never does), so this bounds what one reader holds for it; larger content
/// is streamed, on a thread of its own if the reader may start one.
pub(crate) const WHOLE_CONTENT_BYTES: usize = 4 * 1024 * 1024;

/// The header's flags that this path leaves to the streaming decoder: a header checksum
/// (libdeflate skips it unchecked) and the reserved ones (which the streaming decoder reports).
const FHCRC_OR_RESERVED: u8 = 0b1110_0010;

/// The content of `gzipped` if it is exactly one sound gzip member of at most
/// [`WHOLE_CONTENT_BYTES`] of content; `None` for anything else, which is then streamed.
///
/// Why one member is proven so: libdeflate inflates the first member and checks its trailer
/// (CRC-32 and length) right after its deflate data, but ignores whatever follows. The
/// content's CRC-32 and length are then checked against the last 8 bytes of `gzipped`, and
/// those 8 bytes must occur nowhere before the end: the first member's own trailer, which holds
/// those same values, is then the one at the end, so the member ends where `gzipped` does.
pub(crate) fn inflate_whole(gzipped: &[u8]) -> Option<Inflated> {
    // A header (10 bytes), the shortest deflate data (2) and the trailer (8).
    const SHORTEST: usize = 20;
    if gzipped.len() < SHORTEST || gzipped.len() as u64 > WHOLE_COMPRESSED_BYTES {
        return None;
    }
    if gzipped[3] & FHCRC_OR_RESERVED != 0 {
        return None;
    }
    let trailer = &gzipped[gzipped.len() - 8..];
    let (crc, size) = trailer.split_at(4);
    // The length modulo 2^32: content longer than that is over the limit anyway.
    let size = u32::from_le_bytes(size.try_into().ok()?) as usize;
    if size > WHOLE_CONTENT_BYTES {
        return None;
    }
    let mut content = Inflated::with_len(size);
    // (Its tables, some 30 KB, are made for each object: a few microseconds, next to the
    // milliseconds of inflating one.)
    let mut decompressor = libdeflater::Decompressor::new();
    let written = decompressor
        .gzip_decompress(gzipped, content.buffer_mut())
        .ok()?;
    if written != size || crc32fast::hash(&content).to_le_bytes() != crc {
        return None;
    }
    // (From byte 10: the header's fixed part cannot hold the trailer's first occurrence.)
    let first = memchr::memmem::find(&gzipped[10..], trailer)? + 10;
    (first + 8 == gzipped.len()).then_some(content)
}

thread_local! {
    /// The largest buffer an [`Inflated`] of this thread has given back, to be written over
    /// by the next object's content. Safe Rust hands libdeflate only initialized memory, and
    /// zeroing a fresh buffer for every object cost as much as a fifth of inflating it
    /// (`memset`, 156 M instructions on the benchmark archive); a reused buffer is zeroed only
    /// where it grows. It holds at most [`WHOLE_CONTENT_BYTES`].
    static SPARE: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
}

/// An object's content, inflated whole: its bytes are `[..len]` of a buffer that goes back
/// to its thread's spare when dropped (`SPARE`).
pub(crate) struct Inflated {
    buffer: Vec<u8>,
    len: usize,
}

impl Inflated {
    /// `len` bytes of room, in this thread's spare buffer if it has one.
    fn with_len(len: usize) -> Inflated {
        let mut buffer = SPARE.try_with(Cell::take).unwrap_or_default();
        if buffer.len() < len {
            buffer.resize(len, 0);
        }
        Inflated { buffer, len }
    }

    fn buffer_mut(&mut self) -> &mut [u8] {
        &mut self.buffer[..self.len]
    }
}

impl Deref for Inflated {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.buffer[..self.len]
    }
}

impl Drop for Inflated {
    fn drop(&mut self) {
        let buffer = std::mem::take(&mut self.buffer);
        // Kept if it is the larger (a thread that is ending keeps nothing).
        let _ = SPARE.try_with(|spare| {
            let kept = spare.take();
            spare.set(match kept.len() > buffer.len() {
                true => kept,
                false => buffer,
            });
        });
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use flate2::{Compression, GzBuilder};

    use super::*;

    fn gzip(content: &[u8], level: u32) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), Compression::new(level));
        encoder.write_all(content).unwrap();
        encoder.finish().unwrap()
    }

    fn text(bytes: usize) -> Vec<u8> {
        (0..)
            .flat_map(|n: u32| {
                format!(r#"{{"eventId":"E-{n}","eventName":"StopDesktops"}},"#).into_bytes()
            })
            .take(bytes)
            .collect()
    }

    /// The path must take what it is for, or it only adds a second inflate to every object.
    #[test]
    fn one_sound_member_is_inflated_whole_at_every_level_and_with_every_header_field() {
        for bytes in [0, 1, 1000, 300_000, WHOLE_CONTENT_BYTES] {
            let content = text(bytes);
            for level in [0, 1, 6, 9] {
                let gzipped = gzip(&content, level);
                if gzipped.len() as u64 > WHOLE_COMPRESSED_BYTES {
                    continue;
                }
                let whole = inflate_whole(&gzipped);
                // (No content: the deflate data's last zero and the trailer's eight may read
                // as the trailer one byte early, and the member is streamed.)
                if bytes == 0 && whole.is_none() {
                    continue;
                }
                assert!(
                    whole.as_deref() == Some(&content[..]),
                    "{bytes} bytes, level {level}"
                );
            }
        }
        let mut encoder = GzBuilder::new()
            .filename("records.json")
            .comment("a comment")
            .extra(vec![1, 2, 3, 4])
            .write(Vec::new(), Compression::default());
        encoder.write_all(b"[{}]").unwrap();
        let gzipped = encoder.finish().unwrap();
        assert_eq!(inflate_whole(&gzipped).as_deref(), Some(&b"[{}]"[..]));
    }

    /// A thread's objects share one buffer, which is never zeroed again (what the spare is
    /// for), and an object never shows what a larger one before it left there.
    #[test]
    fn a_threads_objects_reuse_one_buffer_and_see_only_their_own_content() {
        let large = text(300_000);
        let small = text(1_000).iter().map(|byte| byte ^ 1).collect::<Vec<u8>>();
        let first = inflate_whole(&gzip(&large, 6)).unwrap();
        let buffer = first.as_ptr();
        drop(first);
        let second = inflate_whole(&gzip(&small, 6)).unwrap();
        assert_eq!(&*second, &small[..]);
        assert_eq!(second.as_ptr(), buffer, "the spare buffer was not reused");
        // A damaged object gives its buffer back too.
        let mut damaged = gzip(&large, 6);
        let middle = damaged.len() / 2;
        damaged[middle] ^= 0x55;
        drop(second);
        assert!(inflate_whole(&damaged).is_none());
        assert_eq!(&*inflate_whole(&gzip(&large, 1)).unwrap(), &large[..]);
    }

    /// Several members, even the same member twice (whose trailers are alike), are streamed:
    /// libdeflate would give the first member's content alone.
    #[test]
    fn several_members_are_left_to_the_streaming_decoder() {
        let member = gzip(b"[{}]", 6);
        for members in [
            [member.clone(), member.clone()].concat(),
            [gzip(b"[{}]", 6), gzip(b"[{}", 6)].concat(),
            [gzip(b"[{}]", 6), gzip(b"[{1}", 6)].concat(),
            [gzip(b"", 6), member.clone()].concat(),
            [member.clone(), gzip(b"", 6)].concat(),
        ] {
            assert_eq!(inflate_whole(&members).as_deref(), None, "{members:?}");
        }
    }

    /// Content past the limit is never inflated whole, however well it compresses (a gzip
    /// bomb): libdeflate is given an output buffer no larger than the limit, and the length
    /// the trailer claims is checked first.
    #[test]
    fn content_past_the_limit_is_streamed() {
        let bomb = gzip(&vec![b' '; WHOLE_CONTENT_BYTES + 1], 9);
        assert!((bomb.len() as u64) < WHOLE_COMPRESSED_BYTES);
        assert_eq!(inflate_whole(&bomb).as_deref(), None);
        // A trailer that understates the content: libdeflate runs out of room and fails.
        let mut lying = bomb.clone();
        let at = lying.len() - 4;
        lying[at..].copy_from_slice(&1000_u32.to_le_bytes());
        assert_eq!(inflate_whole(&lying).as_deref(), None);
    }

    /// What the streaming decoder checks and reports is left to it: a header checksum
    /// (libdeflate skips it), reserved flags, damage, a cut, bytes after the member.
    #[test]
    fn what_only_the_streaming_decoder_reports_is_left_to_it() {
        let member = gzip(&text(5000), 6);
        let mut header_crc = member.clone();
        header_crc[3] |= 0b10;
        let mut reserved = member.clone();
        reserved[3] |= 0b1000_0000;
        let mut trailing = member.clone();
        trailing.push(0);
        let mut cases = vec![
            header_crc,
            reserved,
            trailing,
            member[..member.len() - 1].to_vec(),
        ];
        for at in (0..member.len()).step_by(97) {
            let mut damaged = member.clone();
            damaged[at] ^= 0x55;
            cases.push(damaged);
        }
        for case in cases {
            assert_eq!(inflate_whole(&case).as_deref(), None);
        }
    }
}
