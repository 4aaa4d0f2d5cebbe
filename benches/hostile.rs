//! How long the reader takes over content an attacker can make cheaply, where the cost once
//! grew faster than the content (benches/README.md, "Hostile input"):
//!
//! - `long record`: one record of 15 MiB (a `userAgent` of `a`s; 15 KB of gzip). The reader
//!   parses a record that runs past its buffer again from its start each time it reads more:
//!   64 KiB more at a time, that was 240 parses of up to 15 MiB; twice as much each time, it is
//!   nine.
//! - `records after a cut`: a record cut inside an array, read up to the limit (1 MiB here)
//!   with 65,000 records in it, which the reader then finds and reads one by one in its
//!   buffer. Each record's line was counted from the buffer's start; it is counted from the
//!   last record's.
//! - `whitespace`: 64 MiB of spaces between two records (64 KB of gzip), skipped a run at a
//!   time instead of a byte at a time.
//! - `empty objects`: a million `{}` in an array, each an error: what each error costs.
//!
//! Run: `cargo bench --bench hostile`

use std::hint::black_box;

use criterion::{Criterion, Throughput};
use ecd_events::records::RecordReader;

/// Records read and errors, after reading all of `content` with a limit of `limit` bytes on
/// a record.
fn read(content: &[u8], limit: usize) -> (u64, u64) {
    let (mut records, mut errors) = (0, 0);
    RecordReader::new(content)
        .max_record_bytes(limit)
        .for_each_borrowed(|result| match result {
            Ok(_) => records += 1,
            Err(_) => errors += 1,
        });
    (records, errors)
}

const RECORD: &str =
    r#"{"eventId":"E-1","eventName":"DescribeDesktops","eventTime":"2025-03-04T09:41:52Z"}"#;

fn main() {
    let long_record = format!(
        r#"{{"eventId":"E-1","eventName":"DescribeDesktops","eventTime":"2025-03-04T09:41:52Z","userAgent":"{}"}}"#,
        "a".repeat(15 << 20)
    );
    let cut = format!(
        r#"{{"eventId":"C-1","eventName":"X","eventTime":"t","p":[{}"#,
        r#"{"eventId":"e"},"#.repeat(65_000)
    );
    let whitespace = format!("{RECORD}\n{}\n{RECORD}\n", " ".repeat(64 << 20));
    let empty = format!("[{}{{}}]", "{},".repeat(999_999));

    // What each case reads, checked before it is timed.
    assert_eq!(read(long_record.as_bytes(), 16 << 20), (1, 0));
    assert_eq!(read(cut.as_bytes(), 1 << 20).0, 0);
    assert_eq!(read(whitespace.as_bytes(), 16 << 20), (2, 0));
    assert_eq!(read(empty.as_bytes(), 16 << 20), (0, 1_000_000));

    let mut criterion = Criterion::default().sample_size(10).configure_from_args();
    let mut group = criterion.benchmark_group("hostile");
    for (name, content, limit) in [
        ("long record", &long_record, 16 << 20),
        ("records after a cut", &cut, 1 << 20),
        ("whitespace", &whitespace, 16 << 20),
        ("empty objects", &empty, 16 << 20),
    ] {
        group.throughput(Throughput::Bytes(content.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| read(black_box(content.as_bytes()), limit))
        });
    }
    group.finish();
    criterion.final_summary();
}
