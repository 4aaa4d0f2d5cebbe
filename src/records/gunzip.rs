//! gzip decompression (RFC 1952) for the readers, on miniz_oxide's inflate core.
//!
//! Why not flate2's `MultiGzDecoder`, which runs the same inflate code: its `Read` inflates
//! into a 32 KiB ring of its own and copies out of it. Here the core inflates straight into
//! the buffer the reader parses, after the last 32 KiB of content that back-references read
//! (the window). That makes decompression about 1.2× faster (benches/records.rs, `gzip`
//! group), which matters because on two cores the background thread's decompression is what
//! bounds reading a `.gz` delivery. It also means every byte inflated before damage is
//! handed over before the error, where a `Read` loses what its failing call inflated.

use std::io::{self, BufRead, Read};

use super::input::{GZIP_MAGIC, fill_buf_retrying};

use miniz_oxide::inflate::TINFLStatus;
use miniz_oxide::inflate::core::inflate_flags::{
    TINFL_FLAG_HAS_MORE_INPUT, TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
};
use miniz_oxide::inflate::core::{DecompressorOxide, decompress};

/// How far back a deflate back-reference can reach: every buffer given to
/// [`GzipDecoder::decode`] starts with this much of the content before it.
pub(crate) const WINDOW: usize = 32 * 1024;

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
    /// Boxed: the decoder's tables are some 11 KB.
    inflater: Box<DecompressorOxide>,
    state: State,
    /// The CRC-32 and length (modulo 2^32) of the member's content so far, which its trailer
    /// must match.
    crc: crc32fast::Hasher,
    size: u32,
    /// Compressed bytes consumed, for saying where damage is.
    consumed: u64,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// At the start of a member: the first one, or after the trailer of another.
    Header,
    Deflate,
    /// The content has ended, or an error has been reported.
    Ended,
}

impl<R: BufRead> GzipDecoder<R> {
    /// A decoder of `source`, which must start with a gzip member.
    pub(crate) fn new(source: R) -> Self {
        GzipDecoder {
            source,
            inflater: Box::default(),
            state: State::Header,
            crc: crc32fast::Hasher::new(),
            size: 0,
            consumed: 0,
        }
    }

    /// Writes content into `buffer[WINDOW..]` until it is full or the content ends;
    /// `buffer[..WINDOW]` must hold the last `WINDOW` bytes of content before (whatever they
    /// are at the start). Returns how many bytes it wrote, none only at the end, and then any
    /// error, which comes after the content it could write before it. After an error, the
    /// content has ended.
    pub(crate) fn decode(&mut self, buffer: &mut [u8]) -> (usize, io::Result<()>) {
        debug_assert!(buffer.len() > WINDOW);
        let mut at = WINDOW;
        let result = self.decode_at(buffer, &mut at);
        if result.is_err() {
            self.state = State::Ended;
        }
        (at - WINDOW, result)
    }

    fn decode_at(&mut self, buffer: &mut [u8], at: &mut usize) -> io::Result<()> {
        while *at < buffer.len() {
            match self.state {
                State::Header => {
                    if !self.member_follows()? {
                        // gzip content is one member or more.
                        if self.consumed == 0 {
                            return Err(self.cut_short());
                        }
                        self.state = State::Ended;
                        return Ok(());
                    }
                    self.header()?;
                    self.inflater.init();
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
            }
        }
        Ok(())
    }

    /// Inflates into `buffer` at `at` until the buffer is full, or the member's deflate data
    /// ends (`true`).
    fn inflate(&mut self, buffer: &mut [u8], at: &mut usize) -> io::Result<bool> {
        let input = fill_buf_retrying(&mut self.source)?;
        let more_input = if input.is_empty() {
            0
        } else {
            TINFL_FLAG_HAS_MORE_INPUT
        };
        let (status, consumed, written) = decompress(
            &mut self.inflater,
            input,
            buffer,
            *at,
            TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF | more_input,
        );
        let no_input = input.is_empty();
        self.source.consume(consumed);
        self.consumed += consumed as u64;
        let content = &buffer[*at..*at + written];
        self.crc.update(content);
        // ISIZE is the length modulo 2^32: truncating is the definition.
        self.size = self.size.wrapping_add(written as u32);
        *at += written;
        match status {
            TINFLStatus::Done => Ok(true),
            TINFLStatus::HasMoreOutput => Ok(false),
            // The core takes all the input it is given before it asks for more: no progress
            // would mean it never will.
            TINFLStatus::NeedsMoreInput if consumed > 0 || written > 0 => Ok(false),
            TINFLStatus::FailedCannotMakeProgress if no_input => Err(self.cut_short()),
            _ => Err(self.damaged("the deflate data is damaged")),
        }
    }

    /// Whether another member starts here: any byte at all after a member must start one.
    fn member_follows(&mut self) -> io::Result<bool> {
        Ok(!fill_buf_retrying(&mut self.source)?.is_empty())
    }

    /// Reads a member's header (RFC 1952, 2.3), checking it where gzip can be checked.
    fn header(&mut self) -> io::Result<()> {
        let mut crc = crc32fast::Hasher::new();
        // The magic a byte at a time, so that a byte or two of anything else is not taken
        // for a member cut short.
        for magic in GZIP_MAGIC {
            if self.bytes(&mut crc)? != [magic] {
                return Err(self.damaged("the bytes after a gzip member do not start another"));
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
            for _ in 0..length {
                self.bytes::<1>(&mut crc)?;
            }
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
        match self.source.read_exact(&mut bytes) {
            Ok(()) => {}
            Err(error) if error.kind() == io::ErrorKind::UnexpectedEof => {
                return Err(self.cut_short());
            }
            Err(error) => return Err(error),
        }
        self.consumed += N as u64;
        crc.update(&bytes);
        Ok(bytes)
    }

    /// Skips a zero-terminated field of the header (a file name or comment), adding it to
    /// `crc`.
    fn zero_terminated(&mut self, crc: &mut crc32fast::Hasher) -> io::Result<()> {
        loop {
            let available = fill_buf_retrying(&mut self.source)?;
            if available.is_empty() {
                return Err(self.cut_short());
            }
            let (taken, ended) = match memchr::memchr(0, available) {
                Some(zero) => (zero + 1, true),
                None => (available.len(), false),
            };
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
    /// The window, then the content not yet consumed, from `at` to `end`.
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
            buffer: vec![0; WINDOW + content_bytes],
            at: WINDOW,
            end: WINDOW,
            error: None,
        }
    }
}

impl<R: BufRead> BufRead for Gunzipped<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.at == self.end {
            if let Some(error) = self.error.take() {
                return Err(error);
            }
            self.buffer.copy_within(self.end - WINDOW..self.end, 0);
            let (written, result) = self.decoder.decode(&mut self.buffer);
            self.at = WINDOW;
            self.end = WINDOW + written;
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
        let available = self.fill_buf()?;
        let copied = available.len().min(out.len());
        out[..copied].copy_from_slice(&available[..copied]);
        self.consume(copied);
        Ok(copied)
    }
}

#[cfg(test)]
mod tests {
    use std::io::{BufRead, BufReader, Read, Write};

    use flate2::{Compression, GzBuilder};
    use proptest::prelude::*;

    use super::*;

    fn gzip(content: &[u8], level: u32) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), Compression::new(level));
        encoder.write_all(content).unwrap();
        encoder.finish().unwrap()
    }

    /// Everything `gzipped` decodes to, decoding `content_bytes` at a time from a source read
    /// `read_bytes` at a time, and the error it ends with, if any.
    fn decode(
        gzipped: &[u8],
        content_bytes: usize,
        read_bytes: usize,
    ) -> (Vec<u8>, Option<io::Error>) {
        let source = BufReader::with_capacity(read_bytes, gzipped);
        let mut gunzipped = Gunzipped::new(source, content_bytes);
        let mut content = Vec::new();
        loop {
            match gunzipped.fill_buf() {
                Ok([]) => return (content, None),
                Ok(available) => {
                    let length = available.len();
                    content.extend_from_slice(available);
                    gunzipped.consume(length);
                }
                Err(error) => return (content, Some(error)),
            }
        }
    }

    /// What flate2 decodes from `gzipped`, 64 bytes per read, before it ends or fails.
    fn flate2_decode(gzipped: &[u8]) -> Vec<u8> {
        let mut decoder = flate2::read::MultiGzDecoder::new(gzipped);
        let mut content = Vec::new();
        let mut chunk = [0; 64];
        while let Ok(read @ 1..) = decoder.read(&mut chunk) {
            content.extend_from_slice(&chunk[..read]);
        }
        content
    }

    /// Text that compresses as deliveries do, with back-references as far as the window
    /// reaches (a block repeated 20–40 KiB later), and stretches of random bytes.
    fn content() -> impl Strategy<Value = Vec<u8>> {
        let piece = prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..3000),
            "[a-z\"{}:,]{0,3000}".prop_map(String::into_bytes),
            (
                proptest::collection::vec(any::<u8>(), 1..2000),
                20_000..40_000_usize
            )
                .prop_map(|(block, distance)| {
                    let mut piece = block.clone();
                    piece.resize(distance, b'x');
                    piece.extend_from_slice(&block);
                    piece
                }),
        ];
        proptest::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever the buffer sizes, the content comes out as it went in.
        #[test]
        fn content_comes_out_as_it_went_in(
            content in content(),
            level in 0..=9_u32,
            content_bytes in prop_oneof![1..300_usize, 30_000..70_000_usize],
            read_bytes in prop_oneof![1..100_usize, 8192..70_000_usize],
        ) {
            let (decoded, error) = decode(&gzip(&content, level), content_bytes, read_bytes);
            prop_assert!(error.is_none(), "{error:?}");
            prop_assert!(decoded == content, "{} bytes decoded of {}", decoded.len(), content.len());
        }

        /// A stream cut anywhere gives content that went in, at least as much as flate2 gives,
        /// and then says it was cut.
        #[test]
        fn a_cut_stream_gives_what_came_before_and_says_so(
            content in content(),
            cut in any::<prop::sample::Index>(),
        ) {
            let gzipped = gzip(&content, 6);
            let cut = 1 + cut.index(gzipped.len() - 1);
            let (decoded, error) = decode(&gzipped[..cut], 4096, 4096);
            prop_assert!(content.starts_with(&decoded));
            prop_assert!(decoded.len() >= flate2_decode(&gzipped[..cut]).len());
            let error = error.expect("the cut is reported");
            prop_assert_eq!(error.kind(), io::ErrorKind::UnexpectedEof);
            prop_assert!(error.to_string().contains("cut short"), "{error}");
        }

        /// A damaged byte never loses content that flate2 would give, and the content is
        /// complete only if no error follows it.
        #[test]
        fn damage_never_loses_what_flate2_gives(
            content in content(),
            at in any::<prop::sample::Index>(),
            byte in any::<u8>(),
        ) {
            let mut gzipped = gzip(&content, 6);
            let at = at.index(gzipped.len());
            gzipped[at] = byte;
            let (decoded, error) = decode(&gzipped, 4096, 4096);
            let intact = |decoded: &[u8]| {
                decoded.iter().zip(&content).take_while(|(a, b)| a == b).count()
            };
            prop_assert!(intact(&decoded) >= intact(&flate2_decode(&gzipped)));
            if error.is_none() {
                prop_assert!(decoded == content, "content changed, and no error says so");
            }
        }
    }

    #[test]
    fn header_fields_are_skipped() {
        let content = b"{\"eventName\":\"CreateDesktops\"}\n".repeat(100);
        let mut encoder = GzBuilder::new()
            .filename("Actiontrail_cn-hangzhou.json")
            .comment("a comment")
            .extra(vec![1, 2, 3, 4, 5])
            .write(Vec::new(), Compression::default());
        encoder.write_all(&content).unwrap();
        let gzipped = encoder.finish().unwrap();
        let (decoded, error) = decode(&gzipped, 1000, 7);
        assert!(error.is_none(), "{error:?}");
        assert_eq!(decoded, content);
    }

    /// The same member with a header checksum (FHCRC), right or wrong.
    fn with_header_crc(content: &[u8], right: bool) -> Vec<u8> {
        let plain = gzip(content, 6);
        let mut header = plain[..10].to_vec();
        header[3] |= FHCRC;
        let crc = crc32fast::hash(&header) as u16 ^ u16::from(!right);
        header.extend_from_slice(&crc.to_le_bytes());
        [&header[..], &plain[10..]].concat()
    }

    #[test]
    fn a_header_checksum_is_checked() {
        let content = b"records".repeat(10);
        let (decoded, error) = decode(&with_header_crc(&content, true), 1000, 1000);
        assert!(error.is_none(), "{error:?}");
        assert_eq!(decoded, content);
        let (decoded, error) = decode(&with_header_crc(&content, false), 1000, 1000);
        assert!(decoded.is_empty());
        let error = error.unwrap();
        assert_eq!(error.kind(), io::ErrorKind::InvalidData);
        assert!(error.to_string().contains("header"), "{error}");
    }

    #[test]
    fn members_one_after_another_are_one_content() {
        let gzipped = [
            gzip(b"first member\n", 6),
            gzip(b"", 1),
            gzip(b"third\n", 9),
        ]
        .concat();
        for content_bytes in [1, 5, 1000] {
            let (decoded, error) = decode(&gzipped, content_bytes, 3);
            assert!(error.is_none(), "{error:?}");
            assert_eq!(decoded, b"first member\nthird\n");
        }
    }

    #[test]
    fn a_wrong_checksum_or_length_comes_after_the_content() {
        let content = b"{\"eventName\":\"DeleteDesktops\"}\n".repeat(50);
        let gzipped = gzip(&content, 6);
        let trailer = gzipped.len() - 8;
        for (at, says) in [(trailer, "checksum"), (trailer + 4, "length")] {
            let mut damaged = gzipped.clone();
            damaged[at] ^= 1;
            let (decoded, error) = decode(&damaged, 100, 100);
            assert_eq!(decoded, content, "the content comes first");
            let error = error.expect("the damage is reported");
            assert_eq!(error.kind(), io::ErrorKind::InvalidData);
            assert!(error.to_string().contains(says), "{error}");
            assert!(
                error
                    .to_string()
                    .contains(&format!("byte {}", gzipped.len())),
                "{error}"
            );
        }
    }

    #[test]
    fn what_is_not_gzip_after_a_member_is_reported() {
        for after in [&b"\n"[..], b"not gzip", b"\x1f\x8c"] {
            let gzipped = [&gzip(b"content\n", 6)[..], after].concat();
            let (decoded, error) = decode(&gzipped, 100, 100);
            assert_eq!(decoded, b"content\n");
            let error = error.unwrap();
            assert_eq!(error.kind(), io::ErrorKind::InvalidData, "{error}");
            assert!(
                error.to_string().contains("do not start another"),
                "{error}"
            );
        }
        // The start of a member, then nothing.
        let gzipped = [&gzip(b"content\n", 6)[..], b"\x1f\x8b"].concat();
        let error = decode(&gzipped, 100, 100).1.unwrap();
        assert_eq!(error.kind(), io::ErrorKind::UnexpectedEof, "{error}");
        // Not even one member.
        let error = decode(b"", 100, 100).1.unwrap();
        assert_eq!(error.kind(), io::ErrorKind::UnexpectedEof, "{error}");
    }

    #[test]
    fn header_values_gzip_does_not_define_are_reported() {
        let gzipped = gzip(b"content", 6);
        for (at, value, says) in [(2, 7, "not deflate"), (3, 0x20, "reserved")] {
            let mut damaged = gzipped.clone();
            damaged[at] = value;
            let (decoded, error) = decode(&damaged, 100, 100);
            assert!(decoded.is_empty());
            assert!(error.unwrap().to_string().contains(says));
        }
    }
}
