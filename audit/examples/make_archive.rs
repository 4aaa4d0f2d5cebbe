//! Writes an OSS archive of ActionTrail fixture records, as a trail delivers them to a bucket:
//! for each five-minute window and each region, one gzip object (a JSON array) of a whole
//! trail's records, about one in four of another service than ECD. The records are the
//! library's fixtures (`ecd_events::fixtures::OssArchive`), the same for the same arguments.
//!
//! The default, 200 windows × 3 regions × 250 records, is 600 objects of about 290 KB of JSON
//! each (150,000 records, some 173 MB of JSON and 17 MB compressed in all): an archive like
//! the one in the issue, which `audit/benches/compare.sh` times.
//!
//! `--root-writes PERCENT` makes that share of ECD's successful writes the root account's (as in
//! an account whose owner works as root every day), each of which fires the default rules'
//! `root-account-write`: with 45, 28% of ECD's records fire a rule, against 14% by default
//! (`audit/benches/compare.sh`'s second archive).
//!
//! Run: `cargo run --release -p ecd-audit --example make_archive -- target/audit-bench/archive`
//! (`--help` lists the options).

use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use ecd_events::Access;
use ecd_events::fixtures::{self, OssArchive, OssObject};
use ecd_events::records::{
    Content, DeliveryFormat, IdentityType, Layout, OwnedRecord, RecordReader, UserIdentity,
};

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

    /// The share of ECD's successful writes, in percent, that the root account makes.
    #[arg(long, value_parser = clap::value_parser!(u8).range(0..=100))]
    root_writes: Option<u8>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let regions: Vec<&str> = args.regions.iter().map(String::as_str).collect();
    let mut archive = OssArchive::new(&regions, args.windows, args.records);
    archive.seed = args.seed;
    let written = archive.write(&args.output).and_then(|mut objects| {
        if let Some(percent) = args.root_writes {
            for object in &mut objects {
                root_writes(object, percent)?;
            }
        }
        Ok(objects)
    });
    let objects = match written {
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

/// Rewrites `object` with `percent` of ECD's successful writes made by the root account (which
/// ones, by their `eventId`), under a name that gives its new size.
fn root_writes(object: &mut OssObject, percent: u8) -> io::Result<()> {
    let records: Vec<OwnedRecord> = RecordReader::open(&object.path)?
        .collect::<Result<_, _>>()
        .map_err(io::Error::other)?;
    let records: Vec<OwnedRecord> = records
        .into_iter()
        .map(|mut record| {
            let write = record.event_rw == Some(Access::Write) && !record.is_error();
            if record.is_ecd()
                && write
                && fnv(record.event_id.as_bytes()) % 100 < u64::from(percent)
            {
                let account = record
                    .user_identity
                    .as_ref()
                    .and_then(|identity| identity.account_id.clone());
                let mut root = UserIdentity::default();
                root.identity_type = Some(IdentityType::RootAccount);
                root.principal_id = account.clone();
                root.account_id = account;
                root.access_key_id = Some("LTAI5tEXAMPLEROOT0001".into());
                root.user_name = Some("root".into());
                record.user_identity = Some(root);
            }
            record
        })
        .collect();
    let mut body = Vec::new();
    let format = DeliveryFormat::new(Layout::JsonArray, Content::Records, true);
    fixtures::write_delivery(&mut body, &records, format)?;
    std::fs::remove_file(&object.path)?;
    object.path = renamed(&object.path, body.len(), fnv(&body));
    std::fs::write(&object.path, &body)
}

/// `path` with the size and checksum in its OSS object name replaced.
fn renamed(path: &Path, size: usize, checksum: u64) -> PathBuf {
    let name = path
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or_default();
    let fields: Vec<&str> = name.trim_end_matches(".gz").split('_').collect();
    let kept = &fields[..fields.len().saturating_sub(2)];
    path.with_file_name(format!("{}_{size}_{checksum:032x}.gz", kept.join("_")))
}

/// FNV-1a: which records the root account makes, and a checksum for the name.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
