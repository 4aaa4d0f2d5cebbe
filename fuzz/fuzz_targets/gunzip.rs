//! The readers' gzip decoder agrees with flate2 on any stream: both succeed or both fail; where
//! both succeed the content is the same, and where flate2 fails the decoder gives at least the
//! content flate2 gives before it does.
//!
//! With `--features libdeflate`, the whole-object path is held to the decoder too: where it
//! takes the stream, the decoder must succeed with the same content.
//!
//! The first byte chooses how much content the decoder writes at a time, and whether the rest
//! of the input is a gzip stream as it is, or content that is compressed and then has one
//! byte replaced (the two bytes after the first say which, and with what).
#![no_main]

use std::io::{Read, Write};

use ecd_events::records::fuzzing;
use libfuzzer_sys::fuzz_target;

/// What flate2 decodes from `gzipped`, 64 bytes per read, and whether it ended without error.
fn flate2_gunzip(gzipped: &[u8]) -> (Vec<u8>, bool) {
    let mut decoder = flate2::read::MultiGzDecoder::new(gzipped);
    let mut content = Vec::new();
    let mut chunk = [0; 64];
    loop {
        match decoder.read(&mut chunk) {
            Ok(0) => return (content, true),
            Ok(read) => content.extend_from_slice(&chunk[..read]),
            Err(_) => return (content, false),
        }
    }
}

fuzz_target!(|input: &[u8]| {
    let Some((&choice, rest)) = input.split_first() else {
        return;
    };
    let content_bytes = 1 + usize::from(choice >> 1) * 257;
    let gzipped = if choice & 1 == 0 {
        rest.to_vec()
    } else {
        let [at, byte, content @ ..] = rest else {
            return;
        };
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(content).unwrap();
        let mut gzipped = encoder.finish().unwrap();
        let at = usize::from(*at) * gzipped.len() / 256;
        gzipped[at] = *byte;
        gzipped
    };
    let (ours, error) = fuzzing::gunzip(&gzipped, content_bytes);
    let (theirs, ok) = flate2_gunzip(&gzipped);
    #[cfg(feature = "libdeflate")]
    if let Some(whole) = fuzzing::gunzip_whole(&gzipped) {
        assert!(error.is_none(), "inflated whole, where the decoder reports {error:?}");
        assert!(whole == ours, "inflated whole, to other content");
    }
    assert_eq!(error.is_none(), ok, "{error:?}");
    if ok {
        assert!(ours == theirs, "the content differs");
    } else {
        assert!(ours.starts_with(&theirs), "content flate2 gives is missing");
    }
});
