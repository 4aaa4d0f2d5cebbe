//! Peak memory while reading a 1 GB delivery: the readers hold one record and their buffers,
//! never the delivery.
//!
//! Writes a gzip OSS-style JSON array of fixture records, 1 GB uncompressed, to
//! `target/peak-memory-delivery.json.gz` (once; streamed, so writing it takes little memory
//! too), then reads it in a child process of its own, as `RecordReader::open` does (gzip
//! decompressed on a second thread), and prints the child's peak resident set size (`VmHWM`,
//! Linux) next to the delivery's size.
//!
//! Run: `cargo bench --features fixtures --bench peak_memory`

use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::process::Command;

use ecd_events::fixtures;
use ecd_events::records::{Content, DeliveryFormat, Layout, RecordReader};

/// Uncompressed size of the delivery.
const TARGET_BYTES: u64 = 1_000_000_000;

/// Records of about 1.2 kB each make `TARGET_BYTES`.
const RECORDS: usize = 830_000;

fn main() {
    let arguments: Vec<String> = std::env::args().collect();
    if let Some(at) = arguments.iter().position(|argument| argument == "--read") {
        read(Path::new(&arguments[at + 1]));
        return;
    }
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/peak-memory-delivery.json.gz");
    if !path.exists() {
        eprintln!("writing {} ...", path.display());
        let file = BufWriter::new(File::create(&path).expect("create the delivery"));
        let format = DeliveryFormat::new(Layout::JsonArray, Content::Records, true);
        fixtures::write_delivery(file, fixtures::records(1).take(RECORDS), format)
            .expect("write the delivery");
    }
    let output = Command::new(std::env::current_exe().expect("this program"))
        .arg("--read")
        .arg(&path)
        .output()
        .expect("run the reading child");
    print!("{}", String::from_utf8_lossy(&output.stdout));
    eprint!("{}", String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success());
}

/// Reads the delivery and prints what it read and the peak memory.
fn read(path: &Path) {
    let compressed = std::fs::metadata(path)
        .map(|metadata| metadata.len())
        .unwrap_or(0);
    let mut reader = RecordReader::open(path).expect("open the delivery");
    let (mut records, mut errors) = (0u64, 0u64);
    reader.for_each_borrowed(|result| match result {
        Ok(_) => records += 1,
        Err(_) => errors += 1,
    });
    let content = reader.bytes_read();
    assert!(
        content >= TARGET_BYTES,
        "the delivery holds {content} bytes"
    );
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let peak = status
        .lines()
        .find(|line| line.starts_with("VmHWM:"))
        .unwrap_or("VmHWM: unknown (not Linux)");
    println!(
        "read {records} records ({errors} errors), {:.2} GB of JSON from {:.1} MB of gzip; peak memory {}",
        content as f64 / 1e9,
        compressed as f64 / 1e6,
        peak.trim_start_matches("VmHWM:").trim()
    );
}
