//! What a small delivery costs beyond its content: OSS writes one gzip object per five-minute
//! window, often of a few records, and an archive holds thousands of them.
//!
//! Writes two archives of OSS-style gzip objects (JSON arrays of a whole trail's fixture
//! records) under `target/small-objects/`: 3,000 objects of 10 records and 600 objects of 400.
//! Each archive is also written as one stream: its objects' bytes one after another, which is
//! one gzip stream of several members holding the same arrays. Then, in back-to-back pairs
//! (alternating which goes first), it reads every object with `RecordReader::open` (what
//! services and the audit use) and the one stream the same way, with the lazy reader, and
//! prints the overhead per object, `(objects − stream) ÷ objects`, and the ratio of the two.
//!
//! Goals: under 50 µs per object, and the 600-object archive within 1.2× of its one-stream
//! read. A last row reads the objects two at a time (one thread each), as an archive reader on
//! two cores would: the one stream overlaps decompression and parsing on two cores, which one
//! object after another on one thread cannot.
//!
//! Run: `cargo bench --features fixtures --bench small_objects`

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use ecd_events::fixtures;
use ecd_events::records::{Content, DeliveryFormat, Layout, RecordReader};

/// Rounds of pairs.
const PAIRS: usize = 15;

struct Archive {
    objects: Vec<PathBuf>,
    stream: PathBuf,
    records: usize,
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/small-objects");
    println!("{PAIRS} pairs each; times are medians (quartiles)\n");
    println!(
        "{:<28} {:>12} {:>12} {:>22} {:>20}",
        "archive", "objects", "one stream", "overhead per object", "objects ÷ stream"
    );
    for (count, records) in [(3000, 10), (600, 400)] {
        let archive = write_archive(&root, count, records);
        measure(
            &format!("{count} objects of {records}"),
            &archive,
            read_one_by_one,
        );
    }
    let archive = write_archive(&root, 600, 400);
    measure("600 of 400, two at a time", &archive, read_two_at_a_time);
}

/// Every object, one after another.
fn read_one_by_one(objects: &[PathBuf]) -> usize {
    objects.iter().map(|path| read(path)).sum()
}

/// Every object, on two threads that take every other one.
fn read_two_at_a_time(objects: &[PathBuf]) -> usize {
    std::thread::scope(|scope| {
        let halves: Vec<_> = (0..2)
            .map(|half| {
                scope.spawn(move || {
                    objects
                        .iter()
                        .skip(half)
                        .step_by(2)
                        .map(|path| read(path))
                        .sum::<usize>()
                })
            })
            .collect();
        halves.into_iter().map(|half| half.join().unwrap()).sum()
    })
}

/// Writes the archive once (the same bytes on every run: the fixtures are deterministic).
fn write_archive(root: &Path, count: usize, records: usize) -> Archive {
    let directory = root.join(format!("{count}x{records}"));
    let stream = root.join(format!("{count}x{records}.json.gz"));
    let objects: Vec<PathBuf> = (0..count)
        .map(|index| directory.join(format!("Actiontrail_cn-hangzhou_{index:06}.json.gz")))
        .collect();
    if !stream.exists() {
        fs::create_dir_all(&directory).expect("create the archive's folder");
        let format = DeliveryFormat::new(Layout::JsonArray, Content::Records, true);
        let mut all = Vec::new();
        let mut trail = fixtures::trail(count as u64 * 1000 + records as u64);
        for path in &objects {
            let object = fixtures::delivery(trail.by_ref().take(records), format);
            fs::write(path, &object).expect("write an object");
            all.extend_from_slice(&object);
        }
        fs::write(&stream, all).expect("write the one stream");
    }
    Archive {
        objects,
        stream,
        records: count * records,
    }
}

/// Reads `path` lazily on this thread only (`RecordReader::new`), as content costs at least.
fn read_on_one_thread(path: &Path) -> usize {
    let mut records = 0;
    let file = std::io::BufReader::new(fs::File::open(path).expect("open"));
    RecordReader::new(file).for_each_lazy(|result| {
        result.expect("well-formed");
        records += 1;
    });
    records
}

/// Reads `path` lazily as services do; the records read.
fn read(path: &Path) -> usize {
    let mut records = 0;
    RecordReader::open(path)
        .expect("open")
        .for_each_lazy(|result| {
            result.expect("well-formed");
            records += 1;
        });
    records
}

fn seconds(work: impl FnOnce() -> usize, expected: usize) -> f64 {
    let start = Instant::now();
    let records = work();
    let elapsed = start.elapsed().as_secs_f64();
    assert_eq!(records, expected, "every record is read");
    elapsed
}

fn measure(name: &str, archive: &Archive, read_objects: fn(&[PathBuf]) -> usize) {
    let objects = || read_objects(&archive.objects);
    let stream = || read(&archive.stream);
    // Warm the page cache and the allocator.
    seconds(objects, archive.records);
    seconds(stream, archive.records);
    let (mut object_times, mut stream_times, mut overheads, mut ratios) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for round in 0..PAIRS {
        let (o, s) = if round % 2 == 0 {
            let o = seconds(objects, archive.records);
            (o, seconds(stream, archive.records))
        } else {
            let s = seconds(stream, archive.records);
            (seconds(objects, archive.records), s)
        };
        object_times.push(o);
        stream_times.push(s);
        overheads.push((o - s) / archive.objects.len() as f64 * 1e6);
        ratios.push(o / s);
    }
    let ms = |values: &mut Vec<f64>| {
        let (low, median, high) = quartiles(values);
        format!("{:.1} ms", median * 1e3) + &format!(" ({:.0}–{:.0})", low * 1e3, high * 1e3)
    };
    let mut one_thread: Vec<f64> = (0..5)
        .map(|_| seconds(|| read_on_one_thread(&archive.stream), archive.records))
        .collect();
    let (_, one_thread, _) = quartiles(&mut one_thread);
    let (low, overhead, high) = quartiles(&mut overheads);
    let (ratio_low, ratio, ratio_high) = quartiles(&mut ratios);
    println!(
        "{name:<28} {:>12} {:>12} {:>22} {:>20}",
        ms(&mut object_times),
        ms(&mut stream_times),
        format!("{overhead:.1} µs ({low:.1}–{high:.1})"),
        format!("{ratio:.2} ({ratio_low:.2}–{ratio_high:.2})"),
    );
    let (_, objects, _) = quartiles(&mut object_times);
    println!(
        "{:<28} {:>12} {:>12.1} ms (the stream on one thread; objects ÷ it: {:.2})",
        "",
        "",
        one_thread * 1e3,
        objects / one_thread
    );
}

/// Lower quartile, median and upper quartile.
fn quartiles(values: &mut [f64]) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    let at = |fraction: f64| values[((values.len() - 1) as f64 * fraction).round() as usize];
    (at(0.25), at(0.5), at(0.75))
}
