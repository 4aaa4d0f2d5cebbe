//! The decoder held to flate2: content in and out at any buffer and read size, cuts and damage
//! anywhere across members, and the header fields gzip defines.

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
///
/// With the `libdeflate` feature, every case is inflated whole as well (`inflate_whole`, which
/// a reader tries first on a small source of known length): where that takes the content, it
/// must be the streaming decoder's, with no error; where it does not, the reader streams.
fn decode(gzipped: &[u8], content_bytes: usize, read_bytes: usize) -> (Vec<u8>, Option<io::Error>) {
    let source = BufReader::with_capacity(read_bytes, gzipped);
    let streamed = Gunzipped::new(source, content_bytes).drain();
    #[cfg(feature = "libdeflate")]
    if let Some(whole) = super::super::inflate_whole(gzipped) {
        assert!(
            streamed.1.is_none(),
            "inflated whole, where the streaming decoder reports {:?}",
            streamed.1
        );
        assert!(*whole == streamed.0[..], "inflated whole, to other content");
    }
    streamed
}

/// A source that hands over a few bytes per read and is interrupted before every read and
/// at its end, again and again, as a slow pipe can be; then, if `failing`, fails.
struct Jagged<'a> {
    bytes: &'a [u8],
    step: usize,
    interrupt: bool,
    failing: bool,
}

impl Read for Jagged<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        self.interrupt = !self.interrupt;
        if self.interrupt {
            return Err(io::ErrorKind::Interrupted.into());
        }
        if self.bytes.is_empty() && self.failing {
            return Err(io::Error::other("the source failed"));
        }
        let length = self.step.min(out.len()).min(self.bytes.len());
        out[..length].copy_from_slice(&self.bytes[..length]);
        self.bytes = &self.bytes[length..];
        Ok(length)
    }
}

fn decode_jagged(gzipped: &[u8], failing: bool) -> (Vec<u8>, Option<io::Error>) {
    let source = Jagged {
        bytes: gzipped,
        step: 7,
        interrupt: false,
        failing,
    };
    Gunzipped::new(BufReader::with_capacity(5, source), 100).drain()
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

/// `content()` in one to three gzip members, and the members.
fn members() -> impl Strategy<Value = (Vec<u8>, Vec<Vec<u8>>)> {
    (
        content(),
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(content, first, second)| {
            let mut ends = [
                first.index(content.len() + 1),
                second.index(content.len() + 1),
            ];
            ends.sort_unstable();
            let [first, second] = ends;
            let members = [
                &content[..first],
                &content[first..second],
                &content[second..],
            ]
            .iter()
            .filter(|part| !part.is_empty())
            .map(|part| gzip(part, 6))
            .collect::<Vec<_>>();
            let members = if members.is_empty() {
                vec![gzip(b"", 6)]
            } else {
                members
            };
            (content, members)
        })
}

/// 64 cases per property unless `PROPTEST_CASES` asks for more (or fewer).
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(64);
    ProptestConfig::with_cases(cases)
}

proptest! {
    #![proptest_config(config())]

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
    /// and then says it was cut and where, unless the cut falls between members.
    #[test]
    fn a_cut_stream_gives_what_came_before_and_says_so(
        (content, members) in members(),
        cut in any::<prop::sample::Index>(),
        content_bytes in 1..70_000_usize,
    ) {
        let gzipped: Vec<u8> = members.concat();
        let cut = 1 + cut.index(gzipped.len() - 1);
        let (decoded, error) = decode(&gzipped[..cut], content_bytes, 4096);
        prop_assert!(content.starts_with(&decoded));
        prop_assert!(decoded.len() >= flate2_decode(&gzipped[..cut]).len());
        let between_members = members
            .iter()
            .scan(0, |end, member| { *end += member.len(); Some(*end) })
            .any(|end| end == cut);
        if between_members {
            prop_assert!(error.is_none(), "{error:?}");
        } else {
            let error = error.expect("the cut is reported");
            prop_assert_eq!(error.kind(), io::ErrorKind::UnexpectedEof);
            let says = format!("cut short: it ends inside a member, after {cut} compressed bytes");
            prop_assert!(error.to_string().contains(&says), "{error}");
        }
    }

    /// A damaged byte never loses content that flate2 would give, errs where flate2
    /// errs, and the content is complete only if no error follows it.
    #[test]
    fn damage_never_loses_what_flate2_gives(
        (content, members) in members(),
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let mut gzipped = members.concat();
        let at = at.index(gzipped.len());
        gzipped[at] = byte;
        let (decoded, error) = decode(&gzipped, 4096, 4096);
        let intact = |decoded: &[u8]| {
            decoded.iter().zip(&content).take_while(|(a, b)| a == b).count()
        };
        prop_assert!(intact(&decoded) >= intact(&flate2_decode(&gzipped)));
        let flate2_fails = flate2::read::MultiGzDecoder::new(&gzipped[..])
            .read_to_end(&mut Vec::new())
            .is_err();
        prop_assert_eq!(error.is_some(), flate2_fails, "{:?}", error);
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

/// A member with every optional header field and a header checksum (FHCRC), right or
/// wrong: the checksum covers the whole header before it.
fn with_header_crc(content: &[u8], right: bool) -> Vec<u8> {
    let mut encoder = GzBuilder::new()
        .filename("delivery.json")
        .comment("a comment")
        .extra(vec![9; 300])
        .write(Vec::new(), Compression::default());
    encoder.write_all(content).unwrap();
    let plain = encoder.finish().unwrap();
    let header_end = 10 + 2 + 300 + "delivery.json\0a comment\0".len();
    let mut header = plain[..header_end].to_vec();
    header[3] |= FHCRC;
    let crc = crc32fast::hash(&header) as u16 ^ u16::from(!right);
    header.extend_from_slice(&crc.to_le_bytes());
    [&header[..], &plain[header_end..]].concat()
}

#[test]
fn a_header_checksum_is_checked() {
    let content = b"records".repeat(10);
    for read_bytes in [1, 3, 1000] {
        let (decoded, error) = decode(&with_header_crc(&content, true), 1000, read_bytes);
        assert!(error.is_none(), "{error:?}");
        assert_eq!(decoded, content);
        let error = decode(&with_header_crc(&content, false), 1000, read_bytes).1;
        let error = error.unwrap();
        assert_eq!(error.kind(), io::ErrorKind::InvalidData);
        assert!(
            error
                .to_string()
                .contains("header does not match its checksum"),
            "{error}"
        );
    }
}

/// A back-reference from before a member's start (damage that gzip's checksum of the
/// zeros it reads cannot see) decodes the same wherever the member starts in a buffer:
/// with miniz_oxide as flate2 decodes it (zeros, which the member's CRC-32 happens to
/// match here), with zlib-rs as damage after the member before it, never reading that
/// member.
#[test]
fn a_member_decodes_the_same_wherever_it_starts() {
    // A fixed-Huffman block whose first symbol copies 3 bytes from distance 1, then the
    // CRC-32 and length of three zeros.
    let too_far = b"\x1f\x8b\x08\0\0\0\0\0\0\xff\x03\x02\0\x12\xd9\x41\xff\x03\0\0\0";
    let gzipped = [&gzip(b"abc", 6)[..], too_far].concat();
    // flate2 inflates with miniz_oxide, unless a crate in the same build asks for its zlib-rs
    // backend (parquet does, in the workspace's `--all-features` build, through ecd-sql),
    // which stops at the damage as ours does with the `zlib-rs` feature.
    let miniz_decoded = b"abc\0\0\0";
    let flate2_decoded = flate2_decode(&gzipped);
    assert!(
        flate2_decoded == miniz_decoded || flate2_decoded == b"abc",
        "{flate2_decoded:?}"
    );
    for content_bytes in [1, 2, 3, 4, 5, 100, 70_000] {
        let (decoded, error) = decode(&gzipped, content_bytes, 4096);
        if cfg!(feature = "zlib-rs") {
            assert_eq!(decoded, b"abc", "{content_bytes} bytes at a time");
            let error = error.expect("an error");
            assert!(
                error.to_string().contains("the deflate data is damaged"),
                "{error}"
            );
        } else {
            assert!(error.is_none(), "{error:?}");
            assert_eq!(decoded, miniz_decoded, "{content_bytes} bytes at a time");
        }
    }
}

/// Interruptions are tried again, wherever they come, even after the end; an error of the
/// source comes after the content before it, and then every read fails.
#[test]
fn a_slow_or_failing_source_loses_nothing() {
    let content = b"{\"eventName\":\"RebootDesktops\"}\n".repeat(40);
    let gzipped = [gzip(&content, 6), gzip(b"second member\n", 6)].concat();
    let whole = [&content[..], b"second member\n"].concat();
    let (decoded, error) = decode_jagged(&gzipped, false);
    assert!(error.is_none(), "{error:?}");
    assert_eq!(decoded, whole);

    // Cut inside the second member's header.
    let cut = gzip(&content, 6).len() + 5;
    let (decoded, error) = decode_jagged(&gzipped[..cut], false);
    assert_eq!(decoded, content);
    assert_eq!(error.unwrap().kind(), io::ErrorKind::UnexpectedEof);

    let (decoded, error) = decode_jagged(&gzipped[..cut], true);
    assert_eq!(decoded, content);
    assert_eq!(error.unwrap().to_string(), "the source failed");

    let mut gunzipped = Gunzipped::new(&gzipped[..cut], 100);
    let error = loop {
        match gunzipped.fill_buf() {
            Ok([]) => panic!("a cut is an error, not the end"),
            Ok(available) => {
                let length = available.len();
                gunzipped.consume(length);
            }
            Err(error) => break error,
        }
    };
    assert_eq!(error.kind(), io::ErrorKind::UnexpectedEof);
    assert!(
        gunzipped.fill_buf().is_err(),
        "still failing after the error"
    );
}

#[test]
fn what_is_not_gzip_at_all_is_reported_so() {
    for (bytes, says) in [
        (&b""[..], "it is empty"),
        (
            b"{\"eventName\"",
            "it does not start with gzip's magic bytes",
        ),
    ] {
        let error = decode(bytes, 100, 100).1.unwrap();
        assert_eq!(error.kind(), io::ErrorKind::InvalidData);
        assert!(error.to_string().contains(says), "{error}");
    }
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
}

#[test]
fn header_values_gzip_does_not_define_are_reported() {
    let gzipped = gzip(b"content", 6);
    for (at, value, says) in [(2, 7, "not deflate"), (3, 0x20, "reserved")] {
        let mut damaged = gzipped.clone();
        damaged[at] = value;
        let error = decode(&damaged, 100, 100).1.unwrap();
        assert!(error.to_string().contains(says), "{error}");
    }
}
