//! How fast the record readers go, next to what a service would otherwise write: each record
//! line parsed into a `serde_json::Value` (what services do today), a `sonic_rs::Value`, a
//! simd-json `BorrowedValue`, and `serde_json` into `IgnoredAny` (checking that the text is
//! JSON and nothing more, the floor for any parser built on serde_json).
//!
//! The corpus is JSON Lines of realistic records from `ecd_events::fixtures` (every event of
//! the catalogue, mostly reads, some names the catalogue does not list), about 56 MB. Every
//! peer gets the same bytes; the peers that parse a line at a time split them at line breaks
//! with `memchr`, which is part of their cost as it would be in a service. Throughput is in
//! bytes of uncompressed JSON (criterion prints MB/s as MiB/s: `MiB/s × 1.048576 = MB/s`).
//!
//! - `parse`: the typed reader (`for_each_borrowed`, every field decoded), the lazy reader
//!   (`for_each_lazy`, then the event looked up), and the peers.
//! - `gzip`: the corpus as a gzip OSS-style JSON Lines object: decompressing it alone, and the
//!   readers on it with decompression on the same thread and on a thread of its own.
//!
//! Before measuring, the bench checks that every reader and peer counts the same records.
//!
//! Run: `cargo bench --features fixtures --bench records`
//! (sonic-rs picks its SIMD code at compile time: add `RUSTFLAGS="-C target-cpu=native"` to
//! give it AVX2; the binary then needs a CPU that has it.)

use std::hint::black_box;
use std::io::{Cursor, Read};
use std::sync::Arc;

use criterion::{Criterion, Throughput};
use ecd_events::fixtures;
use ecd_events::records::{Content, DeliveryFormat, Layout, RecordReader};
use serde::de::IgnoredAny;

/// How many records the corpus has: about 56 MB of JSON.
const RECORDS: usize = 46_000;

fn corpus() -> Vec<u8> {
    fixtures::delivery(
        fixtures::records(2025).take(RECORDS),
        DeliveryFormat::new(Layout::JsonLines, Content::Records, false),
    )
}

fn lines(corpus: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', corpus).map(move |end| {
        let line = &corpus[start..end];
        start = end + 1;
        line
    })
}

fn typed(source: impl Read) -> usize {
    let mut count = 0;
    RecordReader::new(source).for_each_borrowed(|record| {
        count += usize::from(black_box(record).is_ok());
    });
    count
}

fn typed_background(source: impl Read + Send + 'static) -> usize {
    let mut count = 0;
    RecordReader::with_background_decompression(source).for_each_borrowed(|record| {
        count += usize::from(black_box(record).is_ok());
    });
    count
}

fn lazy(source: impl Read) -> usize {
    let mut count = 0;
    RecordReader::new(source).for_each_lazy(|record| {
        count += usize::from(record.map(|record| black_box(record.event())).is_ok());
    });
    count
}

fn lazy_background(source: impl Read + Send + 'static) -> usize {
    let mut count = 0;
    RecordReader::with_background_decompression(source).for_each_lazy(|record| {
        count += usize::from(record.map(|record| black_box(record.event())).is_ok());
    });
    count
}

fn serde_value(corpus: &[u8]) -> usize {
    lines(corpus)
        .map(|line| black_box(serde_json::from_slice::<serde_json::Value>(line).is_ok()))
        .filter(|&ok| ok)
        .count()
}

fn ignored_any(corpus: &[u8]) -> usize {
    lines(corpus)
        .map(|line| black_box(serde_json::from_slice::<IgnoredAny>(line).is_ok()))
        .filter(|&ok| ok)
        .count()
}

fn sonic_value(corpus: &[u8]) -> usize {
    lines(corpus)
        .map(|line| black_box(sonic_rs::from_slice::<sonic_rs::Value>(line).is_ok()))
        .filter(|&ok| ok)
        .count()
}

fn simd_value(corpus: &[u8]) -> usize {
    // simd-json parses in place: each line is copied into a reused buffer first.
    let mut scratch = Vec::new();
    lines(corpus)
        .map(|line| {
            scratch.clear();
            scratch.extend_from_slice(line);
            black_box(simd_json::to_borrowed_value(&mut scratch).is_ok())
        })
        .filter(|&ok| ok)
        .count()
}

fn gunzip_only(compressed: &[u8]) -> usize {
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

fn compress(corpus: &[u8]) -> Arc<[u8]> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(corpus).unwrap();
    encoder.finish().unwrap().into()
}

fn main() {
    let corpus = corpus();
    let compressed = compress(&corpus);
    let expected = RECORDS;
    let counts = [
        ("typed", typed(&corpus[..])),
        ("lazy", lazy(&corpus[..])),
        ("serde_json Value", serde_value(&corpus)),
        ("IgnoredAny", ignored_any(&corpus)),
        ("sonic-rs Value", sonic_value(&corpus)),
        ("simd-json", simd_value(&corpus)),
        ("typed gzip", typed(&compressed[..])),
        (
            "typed gzip background",
            typed_background(Cursor::new(compressed.clone())),
        ),
        (
            "lazy gzip background",
            lazy_background(Cursor::new(compressed.clone())),
        ),
    ];
    for (name, count) in counts {
        assert_eq!(count, expected, "{name} read {count} records of {expected}");
    }
    assert_eq!(gunzip_only(&compressed), corpus.len());
    eprintln!(
        "corpus: {} records, {:.1} MB, {} bytes a record on average; gzip {:.1} MB",
        RECORDS,
        corpus.len() as f64 / 1e6,
        corpus.len() / RECORDS,
        compressed.len() as f64 / 1e6
    );

    let mut criterion = Criterion::default().sample_size(10).configure_from_args();
    let mut group = criterion.benchmark_group("parse");
    group.throughput(Throughput::Bytes(corpus.len() as u64));
    group.bench_function("typed reader", |b| b.iter(|| typed(&corpus[..])));
    group.bench_function("lazy reader", |b| b.iter(|| lazy(&corpus[..])));
    group.bench_function("serde_json Value", |b| b.iter(|| serde_value(&corpus)));
    group.bench_function("sonic-rs Value", |b| b.iter(|| sonic_value(&corpus)));
    group.bench_function("simd-json BorrowedValue", |b| {
        b.iter(|| simd_value(&corpus))
    });
    group.bench_function("serde_json IgnoredAny", |b| b.iter(|| ignored_any(&corpus)));
    group.finish();

    let mut group = criterion.benchmark_group("gzip");
    group.throughput(Throughput::Bytes(corpus.len() as u64));
    group.bench_function("decompress only", |b| b.iter(|| gunzip_only(&compressed)));
    group.bench_function("typed reader, one thread", |b| {
        b.iter(|| typed(&compressed[..]))
    });
    group.bench_function("typed reader, background decompression", |b| {
        b.iter(|| typed_background(Cursor::new(compressed.clone())))
    });
    group.bench_function("lazy reader, background decompression", |b| {
        b.iter(|| lazy_background(Cursor::new(compressed.clone())))
    });
    group.finish();
    criterion.final_summary();
}
