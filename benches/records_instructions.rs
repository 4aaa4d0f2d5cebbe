//! One way of reading a corpus of records, chosen by the first argument, for
//! `benches/records-instructions.sh` to count instructions with Cachegrind: counts are the same
//! from run to run, whatever else the machine is doing, where wall times drift.
//!
//! Modes: `none` (makes the corpus and nothing else), `typed`, `lazy`, `value`
//! (`serde_json::Value` per line), `sonic` (`sonic_rs::Value` per line), `ignored` (`IgnoredAny`
//! per line), and `typed-gz` and `lazy-gz` (a gzip delivery of the corpus, read with background
//! decompression; `none-gz` makes and compresses the corpus, their baseline). The second argument is the number of records (default 5000), the third how many
//! times to read them (default 1).

use ecd_events::fixtures;
use ecd_events::records::{Content, DeliveryFormat, Layout, RecordReader};
use serde::de::IgnoredAny;

fn main() {
    let arguments: Vec<String> = std::env::args()
        .skip(1)
        .filter(|argument| argument != "--bench")
        .collect();
    let mode = arguments.first().map_or("none", String::as_str);
    let records = arguments
        .get(1)
        .and_then(|count| count.parse().ok())
        .unwrap_or(5000);
    let corpus = fixtures::delivery(
        fixtures::records(2025).take(records),
        DeliveryFormat::new(Layout::JsonLines, Content::Records, false),
    );
    // Compressed only for the modes that read it, so that `none` stays the others' baseline.
    let compressed: std::sync::Arc<[u8]> = if mode.ends_with("-gz") {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut encoder, &corpus).unwrap();
        encoder.finish().unwrap().into()
    } else {
        std::sync::Arc::new([])
    };
    let corpus = &corpus[..];
    // Split as the criterion bench does, with memchr.
    let lines = || {
        let mut start = 0;
        memchr::memchr_iter(b'\n', corpus).map(move |end| {
            let line = &corpus[start..end];
            start = end + 1;
            line
        })
    };
    // A third argument reads the corpus that many times, for a profiler to see the reading
    // rather than the making of the corpus (`perf record ... typed 5000 50`).
    let passes: usize = arguments
        .get(2)
        .and_then(|count| count.parse().ok())
        .unwrap_or(1);
    for _ in 0..passes {
        read_once(mode, corpus, &compressed, records, lines);
    }
}

fn read_once<'a, I: Iterator<Item = &'a [u8]>>(
    mode: &str,
    corpus: &[u8],
    compressed: &std::sync::Arc<[u8]>,
    records: usize,
    lines: impl Fn() -> I,
) {
    let mut read = 0;
    match mode {
        "none" | "none-gz" => read = records,
        "typed" => RecordReader::from_buf_read(corpus)
            .for_each_borrowed(|record| read += usize::from(record.is_ok())),
        "lazy" => RecordReader::from_buf_read(corpus)
            .for_each_lazy(|record| read += usize::from(record.is_ok())),
        "typed-gz" => {
            RecordReader::with_background_decompression(std::io::Cursor::new(compressed.clone()))
                .for_each_borrowed(|record| read += usize::from(record.is_ok()))
        }
        "lazy-gz" => {
            RecordReader::with_background_decompression(std::io::Cursor::new(compressed.clone()))
                .for_each_lazy(|record| read += usize::from(record.is_ok()))
        }
        "value" => {
            read = lines()
                .filter(|line| serde_json::from_slice::<serde_json::Value>(line).is_ok())
                .count();
        }
        "sonic" => {
            read = lines()
                .filter(|line| sonic_rs::from_slice::<sonic_rs::Value>(line).is_ok())
                .count()
        }
        "ignored" => {
            read = lines()
                .filter(|line| serde_json::from_slice::<IgnoredAny>(line).is_ok())
                .count()
        }
        other => panic!("unknown mode {other}"),
    }
    assert_eq!(read, records, "{mode}");
}
