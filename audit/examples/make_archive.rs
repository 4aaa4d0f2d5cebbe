//! Writes an OSS archive of ActionTrail fixture records, as a trail delivers them to a bucket:
//! for each five-minute window and each region, one gzip object (a JSON array) of a whole
//! trail's records, about one in four of another service than ECD. The records are the
//! library's fixtures (`ecd_events::fixtures::OssArchive`), the same for the same arguments.
//!
//! The default, 200 windows × 3 regions × 250 records, is 600 objects of about 290 KB of JSON
//! each (150,000 records, some 173 MB of JSON and 17 MB compressed in all): an archive like
//! the one in the issue, which `audit/benches/compare.sh` times.
//!
//! Run: `cargo run --release -p ecd-audit --example make_archive -- target/audit-bench/archive`
//! (`--help` lists the options).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use ecd_events::fixtures::OssArchive;

/// Writes an OSS archive of fixture ActionTrail records.
#[derive(Debug, Parser)]
struct Args {
    /// The directory to write the archive in (created if need be).
    output: PathBuf,

    /// Five-minute windows: each is one object per region.
    #[arg(long, default_value_t = 200)]
    windows: u32,

    /// Records in each object.
    #[arg(long, default_value_t = 250)]
    records: usize,

    /// Regions, each a directory of its own; separate with commas.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "cn-hangzhou,cn-shanghai,cn-beijing"
    )]
    regions: Vec<String>,

    /// The trail's seed: another seed, other records.
    #[arg(long, default_value_t = 0)]
    seed: u64,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let regions: Vec<&str> = args.regions.iter().map(String::as_str).collect();
    let mut archive = OssArchive::new(&regions, args.windows, args.records);
    archive.seed = args.seed;
    let objects = match archive.write(&args.output) {
        Ok(objects) => objects,
        Err(error) => {
            ecd_audit::eprintln_escaped!("make_archive: {}: {error}", args.output.display());
            return ExitCode::FAILURE;
        }
    };
    let records: usize = objects.iter().map(|object| object.records).sum();
    let ecd_records: usize = objects.iter().map(|object| object.ecd_records).sum();
    let compressed: u64 = objects
        .iter()
        .filter_map(|object| object.path.metadata().ok())
        .map(|metadata| metadata.len())
        .sum();
    let summary = ecd_audit::escape::Lines::new(&mut std::io::stdout().lock()).line(format_args!(
        "{}: {} objects, {records} records, {ecd_records} ECD records, {compressed} bytes compressed",
        args.output.display(),
        objects.len(),
    ));
    if let Err(error) = summary {
        ecd_audit::eprintln_escaped!("make_archive: cannot write to standard output: {error}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
