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
//!   (`for_each_lazy`, then the event looked up), and the peers. The readers take the bytes
//!   with `RecordReader::from_buf_read`, as a service with a delivery in memory would.
//! - `gzip`: the corpus as a gzip OSS-style JSON Lines object: decompressing it alone, and the
//!   readers on it with decompression on the same thread and on a thread of its own.
//!
//! Before measuring, the bench checks that every reader and peer counts the same records.
//!
//! Run: `cargo bench --features fixtures --bench records`
//! (sonic-rs picks its SIMD code at compile time: add `RUSTFLAGS="-C target-cpu=native"` to
//! give it AVX2; the binary then needs a CPU that has it.)

use criterion::{Criterion, Throughput};

#[path = "support/records_peers.rs"]
mod peers;

use peers::*;

fn main() {
    let corpus = corpus();
    let compressed = compress(&corpus);
    check(&corpus, &compressed);
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
        b.iter(|| typed_background(&compressed))
    });
    group.bench_function("lazy reader, background decompression", |b| {
        b.iter(|| lazy_background(&compressed))
    });
    group.finish();
    criterion.final_summary();
}
