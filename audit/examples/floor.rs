//! The physical floor of auditing an OSS archive on this machine: how long inflating its
//! objects alone takes, skimming their content alone (the lazy reader: every record found and
//! checked, its name, time, access, outcome, identity type and service decoded, nothing kept),
//! and both together (the lazy reader on the `.gz` objects, which the library inflates whole
//! with libdeflate), each on 1 and 2 threads, objects spread over the threads as `ecd-audit`
//! spreads them. `audit/benches/compare.sh` prints it beside the tools.
//!
//! Every object is read into memory first (not timed), and for the skim alone inflated first
//! too: the figures are of the work alone, no file system. Medians of `--rounds` (5) rounds, the
//! three kinds interleaved in each.
//!
//! Run: `cargo run --release -p ecd-audit --example floor -- ARCHIVE [--rounds N]`

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use ecd_events::records::RecordReader;
use rayon::prelude::*;

/// Times inflating, skimming, and both, over an archive's `.gz` objects.
#[derive(Debug, Parser)]
struct Args {
    /// The archive: a directory of `.gz` objects, at any depth.
    archive: PathBuf,

    /// Rounds; the median is printed.
    #[arg(long, default_value_t = 5)]
    rounds: usize,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let mut paths = Vec::new();
    if let Err(error) = walk(&args.archive, &mut paths) {
        ecd_audit::eprintln_escaped!("floor: {}: {error}", args.archive.display());
        return ExitCode::FAILURE;
    }
    paths.sort();
    let objects: Vec<Vec<u8>> = match paths.iter().map(std::fs::read).collect() {
        Ok(objects) => objects,
        Err(error) => {
            ecd_audit::eprintln_escaped!("floor: {error}");
            return ExitCode::FAILURE;
        }
    };
    let contents: Vec<Vec<u8>> = objects.iter().map(|gzipped| inflate(gzipped)).collect();
    let records: usize = contents.iter().map(|content| skim(content)).sum();
    let json: usize = contents.iter().map(Vec::len).sum();
    let mut report = vec![
        format!(
            "floor: {} objects, {records} records, {:.1} MB of JSON",
            objects.len(),
            json as f64 / 1e6
        ),
        "| threads | inflate alone (ms) | skim alone (ms) | both (ms) |".to_owned(),
        "| ---: | ---: | ---: | ---: |".to_owned(),
    ];
    for threads in [1, 2] {
        let pool = match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
            Ok(pool) => pool,
            Err(error) => {
                ecd_audit::eprintln_escaped!("floor: no thread pool: {error}");
                return ExitCode::FAILURE;
            }
        };
        let mut times = [Vec::new(), Vec::new(), Vec::new()];
        for round in 0..args.rounds {
            for turn in 0..3 {
                let kind = (round + turn) % 3;
                let start = Instant::now();
                let counted: usize = pool.install(|| match kind {
                    0 => objects
                        .par_iter()
                        .map(|gzipped| inflate(gzipped).len())
                        .sum(),
                    1 => contents.par_iter().map(|content| skim(content)).sum(),
                    _ => objects
                        .par_iter()
                        .map(|gzipped| inflate_and_skim(gzipped))
                        .sum(),
                });
                times[kind].push(start.elapsed().as_secs_f64() * 1e3);
                let expected = if kind == 0 { json } else { records };
                assert_eq!(counted, expected, "every round reads everything");
            }
        }
        let [inflate, skim, both] = times.map(median);
        report.push(format!(
            "| {threads} | {inflate:.1} | {skim:.1} | {both:.1} |"
        ));
    }
    let mut stdout = std::io::stdout().lock();
    let mut lines = ecd_audit::escape::Lines::new(&mut stdout);
    for line in &report {
        if let Err(error) = lines.line(format_args!("{line}")) {
            ecd_audit::eprintln_escaped!("floor: cannot write to standard output: {error}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// An object's content, inflated whole by libdeflate (as the library does for small objects).
fn inflate(gzipped: &[u8]) -> Vec<u8> {
    let size = gzipped
        .last_chunk::<4>()
        .map_or(0, |size| u32::from_le_bytes(*size) as usize);
    let mut content = vec![0; size];
    let written = libdeflater::Decompressor::new()
        .gzip_decompress(gzipped, &mut content)
        .expect("the benchmark's objects are sound");
    content.truncate(written);
    content
}

/// The records in `content`, skimmed by the lazy reader.
fn skim(content: &[u8]) -> usize {
    let mut records = 0;
    RecordReader::from_buf_read(content).for_each_lazy(|record| {
        records += usize::from(record.is_ok());
    });
    records
}

/// The records in a `.gz` object, inflated and skimmed by the library.
fn inflate_and_skim(gzipped: &[u8]) -> usize {
    let mut records = 0;
    RecordReader::new(gzipped)
        .source_length(gzipped.len() as u64)
        .for_each_lazy(|record| records += usize::from(record.is_ok()));
    records
}

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times.get(times.len() / 2).copied().unwrap_or(f64::NAN)
}

fn walk(directory: &Path, paths: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(directory)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, paths)?;
        } else if path.extension().is_some_and(|extension| extension == "gz") {
            paths.push(path);
        }
    }
    Ok(())
}
