//! The corpus the records benches read, and every way of reading it that they compare: the
//! crate's readers and what a service would otherwise write. Shared by `records.rs`
//! (criterion's throughput) and `records_pairs.rs` (the goals' ratios).

use std::hint::black_box;
use std::io::{BufRead, Cursor, Read, Write};
use std::sync::Arc;

use ecd_events::fixtures;
use ecd_events::records::{Content, DeliveryFormat, Layout, RecordReader};
use serde::de::IgnoredAny;

/// How many records the corpus has: about 56 MB of JSON.
pub const RECORDS: usize = 46_000;

/// JSON Lines of realistic records (every event of the catalogue, mostly reads, some names the
/// catalogue does not list).
pub fn corpus() -> Vec<u8> {
    fixtures::delivery(
        fixtures::records(2025).take(RECORDS),
        DeliveryFormat::new(Layout::JsonLines, Content::Records, false),
    )
}

/// `corpus`, as a gzip OSS object.
pub fn compress(corpus: &[u8]) -> Arc<[u8]> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(corpus).unwrap();
    encoder.finish().unwrap().into()
}

/// The lines of `corpus`, split with `memchr`, as a service reading line by line would.
fn lines(corpus: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', corpus).map(move |end| {
        let line = &corpus[start..end];
        start = end + 1;
        line
    })
}

/// The records `reader` reads with every field decoded.
fn count_typed<R: Read>(mut reader: RecordReader<R>) -> usize {
    let mut count = 0;
    reader.for_each_borrowed(|record| {
        count += usize::from(black_box(record).is_ok());
    });
    count
}

/// The records `reader` reads lazily, each record's event looked up.
fn count_lazy<R: Read>(mut reader: RecordReader<R>) -> usize {
    let mut count = 0;
    reader.for_each_lazy(|record| {
        count += usize::from(record.map(|record| black_box(record.event())).is_ok());
    });
    count
}

/// `compressed`, read with decompression on a thread of its own.
fn background(compressed: &Arc<[u8]>) -> RecordReader<Cursor<Arc<[u8]>>> {
    RecordReader::with_background_decompression(Cursor::new(compressed.clone()))
}

/// The typed reader, every field decoded; bytes in memory go through `from_buf_read`, as a
/// service with a delivery in memory would read them.
pub fn typed(source: impl BufRead) -> usize {
    count_typed(RecordReader::from_buf_read(source))
}

/// The typed reader on a gzip delivery, decompressing on a thread of its own.
pub fn typed_background(compressed: &Arc<[u8]>) -> usize {
    count_typed(background(compressed))
}

/// The lazy reader, then each record's event looked up.
pub fn lazy(source: impl BufRead) -> usize {
    count_lazy(RecordReader::from_buf_read(source))
}

/// The lazy reader on a gzip delivery, decompressing on a thread of its own.
pub fn lazy_background(compressed: &Arc<[u8]>) -> usize {
    count_lazy(background(compressed))
}

/// How many lines of `corpus` `parses` accepts: each peer below is one way of parsing a line.
fn count_parsed(corpus: &[u8], mut parses: impl FnMut(&[u8]) -> bool) -> usize {
    lines(corpus).filter(|line| black_box(parses(line))).count()
}

/// Each line into a `serde_json::Value`: what services do today.
pub fn serde_value(corpus: &[u8]) -> usize {
    count_parsed(corpus, |line| {
        serde_json::from_slice::<serde_json::Value>(line).is_ok()
    })
}

/// Each line into `IgnoredAny`: checking that it is JSON and nothing more, the floor for any
/// parser built on serde_json.
pub fn ignored_any(corpus: &[u8]) -> usize {
    count_parsed(corpus, |line| {
        serde_json::from_slice::<IgnoredAny>(line).is_ok()
    })
}

/// Each line into a `sonic_rs::Value`.
pub fn sonic_value(corpus: &[u8]) -> usize {
    count_parsed(corpus, |line| {
        sonic_rs::from_slice::<sonic_rs::Value>(line).is_ok()
    })
}

/// Each line into a simd-json `BorrowedValue`; simd-json parses in place, so each line is
/// copied into a reused buffer first.
pub fn simd_value(corpus: &[u8]) -> usize {
    let mut scratch = Vec::new();
    count_parsed(corpus, |line| {
        scratch.clear();
        scratch.extend_from_slice(line);
        simd_json::to_borrowed_value(&mut scratch).is_ok()
    })
}

/// Decompressing alone, as a service would with flate2 (its default backend, miniz_oxide),
/// 256 KiB at a time; returns the content's length.
pub fn gunzip_only(compressed: &[u8]) -> usize {
    let mut decoder = flate2::read::MultiGzDecoder::new(compressed);
    let mut buffer = vec![0; 256 * 1024];
    let mut total = 0;
    loop {
        match decoder.read(&mut buffer) {
            Ok(0) | Err(_) => return total,
            Ok(read) => total += black_box(read),
        }
    }
}

/// Checks that every reader and peer reads every record of the corpus, and decompressing alone
/// all its bytes, before anything is measured.
pub fn check(corpus: &[u8], compressed: &Arc<[u8]>) {
    let counts = [
        ("typed", typed(corpus)),
        ("lazy", lazy(corpus)),
        ("serde_json Value", serde_value(corpus)),
        ("IgnoredAny", ignored_any(corpus)),
        ("sonic-rs Value", sonic_value(corpus)),
        ("simd-json", simd_value(corpus)),
        ("typed gzip", typed(&compressed[..])),
        ("typed gzip background", typed_background(compressed)),
        ("lazy gzip background", lazy_background(compressed)),
    ];
    for (name, count) in counts {
        assert_eq!(count, RECORDS, "{name} read {count} records of {RECORDS}");
    }
    assert_eq!(gunzip_only(compressed), corpus.len());
}
