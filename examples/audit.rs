//! Audits ActionTrail deliveries of Elastic Cloud Desktop: what happened, what failed, and every
//! event with a security tag (destructive, credential, permission, remote-execution, network
//! exposure, impaired defenses) with who did it, when, from where and on what.
//!
//! ```text
//! cargo run --example audit --features records              # the bundled sample deliveries
//! cargo run --example audit --features records -- PATH...   # files, .gz files, directories
//! cat delivery.json.gz | cargo run --example audit --features records -- -
//! ```
//!
//! The format of each input (gzip or not, JSON Lines or array, records or SLS logs) comes from
//! its content. Malformed records are listed with their positions; the rest are still read.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use ecd_events::records::{LazyRecord, Record, RecordError, RecordReader};
use ecd_events::{Access, Category, Tag};
use indicatif::{ProgressBar, ProgressStyle};

/// The tags whose every event the audit lists: all but billing.
const WATCHED: [Tag; 6] = [
    Tag::Destructive,
    Tag::Credential,
    Tag::Permission,
    Tag::RemoteExecution,
    Tag::NetworkExposure,
    Tag::ImpairDefenses,
];

/// Inputs larger than this in total get a progress bar.
const PROGRESS_BYTES: u64 = 64 * 1024 * 1024;

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    if arguments
        .iter()
        .any(|argument| argument == "-h" || argument == "--help")
    {
        println!("usage: audit [PATH | -]...   (no PATH: the bundled sample deliveries)");
        return ExitCode::SUCCESS;
    }
    let inputs = match inputs(&arguments) {
        Ok(inputs) => inputs,
        Err(message) => {
            eprintln!("audit: {message}");
            return ExitCode::from(2);
        }
    };
    let total: u64 = inputs.iter().filter_map(|input| input.size).sum();
    let progress = if total > PROGRESS_BYTES {
        let bar = ProgressBar::new(total);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };

    let started = Instant::now();
    let mut audit = Audit::default();
    for input in &inputs {
        if let Err(error) = audit.read(input, &progress) {
            audit
                .malformed
                .push(format!("{}: cannot read: {error}", input.label));
        }
    }
    progress.finish_and_clear();
    print!(
        "{}",
        audit.report(inputs.len(), started.elapsed().as_secs_f64())
    );
    ExitCode::SUCCESS
}

/// One delivery to read: a file, or standard input.
struct Input {
    label: String,
    path: Option<PathBuf>,
    size: Option<u64>,
}

/// The files to read: the arguments, with directories walked in name order; with no
/// arguments, the sample deliveries that come with the crate.
fn inputs(arguments: &[String]) -> Result<Vec<Input>, String> {
    let roots: Vec<PathBuf> = if arguments.is_empty() {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        vec![data.join("deliveries"), data.join("samples")]
    } else {
        arguments.iter().map(PathBuf::from).collect()
    };
    let mut inputs = Vec::new();
    for root in roots {
        if root == Path::new("-") {
            inputs.push(Input {
                label: "-".into(),
                path: None,
                size: None,
            });
            continue;
        }
        let mut files = Vec::new();
        walk(&root, &mut files).map_err(|error| format!("{}: {error}", root.display()))?;
        let here = Path::new(env!("CARGO_MANIFEST_DIR"));
        for file in files {
            let size = std::fs::metadata(&file).ok().map(|metadata| metadata.len());
            let label = file
                .strip_prefix(here)
                .unwrap_or(&file)
                .display()
                .to_string();
            inputs.push(Input {
                label,
                path: Some(file),
                size,
            });
        }
    }
    Ok(inputs)
}

fn walk(path: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    if !path.is_dir() {
        files.push(path.to_owned());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
        .map(|entry| entry.map(|entry| entry.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for entry in entries {
        walk(&entry, files)?;
    }
    Ok(())
}

/// What the audit has seen so far.
#[derive(Default)]
struct Audit {
    bytes: u64,
    records: u64,
    /// By category name, then `[read, write]`.
    by_category: BTreeMap<&'static str, [u64; 2]>,
    unlisted: BTreeMap<String, [u64; 2]>,
    /// Records of other services in the same trail, by product: counted, never audited.
    other_services: BTreeMap<String, u64>,
    access: [u64; 3],
    failed: u64,
    error_codes: BTreeMap<String, u64>,
    watched: Vec<String>,
    malformed: Vec<String>,
}

impl Audit {
    fn read(&mut self, input: &Input, progress: &ProgressBar) -> io::Result<()> {
        let source: Box<dyn Read + Send> = match &input.path {
            Some(path) => Box::new(progress.wrap_read(File::open(path)?)),
            None => Box::new(io::stdin()),
        };
        let mut reader = RecordReader::with_background_decompression(source);
        reader.for_each_lazy(|result| match result {
            Ok(record) => self.count(&record),
            Err(error) => self.malformed.push(malformed(&input.label, &error)),
        });
        self.bytes += reader.bytes_read();
        Ok(())
    }

    fn count(&mut self, record: &LazyRecord<'_>) {
        self.records += 1;
        if !record.is_ecd() {
            let service = record.service().unwrap_or("(no service named)".into());
            *self.other_services.entry(service.into_owned()).or_default() += 1;
            return;
        }
        let access = record
            .event_rw
            .or(record.event().map(|event| event.access()));
        let column = usize::from(access == Some(Access::Write));
        self.access[match access {
            Some(Access::Read) => 0,
            Some(Access::Write) => 1,
            _ => 2,
        }] += 1;
        match record.event() {
            Some(event) => {
                self.by_category
                    .entry(event.category().as_str())
                    .or_default()[column] += 1
            }
            None => {
                self.unlisted
                    .entry(record.event_name.to_string())
                    .or_default()[column] += 1
            }
        }
        let watched = record
            .event()
            .is_some_and(|event| WATCHED.iter().any(|&tag| event.has_tag(tag)));
        if !record.is_error() && !watched {
            return;
        }
        // Only these records are decoded in full.
        let full = match record.record() {
            Ok(full) => full,
            Err(error) => {
                self.malformed
                    .push(format!("record {}: {error}", record.event_id));
                return;
            }
        };
        if full.is_error() {
            self.failed += 1;
            let code = full.error_code.as_deref().unwrap_or("(no code)");
            *self.error_codes.entry(code.to_owned()).or_default() += 1;
        }
        if watched {
            self.watched.push(describe(&full));
        }
    }

    fn report(&self, deliveries: usize, seconds: f64) -> String {
        let mut out = String::new();
        let _ = self.write_report(&mut out, deliveries, seconds);
        out
    }

    fn write_report(&self, out: &mut String, deliveries: usize, seconds: f64) -> std::fmt::Result {
        writeln!(
            out,
            "Read {} records from {deliveries} deliveries ({:.1} MB) in {seconds:.2} s; {} malformed.\n",
            self.records,
            self.bytes as f64 / 1e6,
            self.malformed.len()
        )?;
        writeln!(
            out,
            "{:<24} {:>7} {:>7} {:>7}",
            "Category", "Read", "Write", "Total"
        )?;
        for category in Category::ALL {
            let [read, write] = self
                .by_category
                .get(category.as_str())
                .copied()
                .unwrap_or_default();
            if read + write > 0 {
                writeln!(
                    out,
                    "{:<24} {read:>7} {write:>7} {:>7}",
                    category.as_str(),
                    read + write
                )?;
            }
        }
        let [read, write] = self.unlisted.values().fold([0, 0], |sum, counts| {
            [sum[0] + counts[0], sum[1] + counts[1]]
        });
        if read + write > 0 {
            writeln!(
                out,
                "{:<24} {read:>7} {write:>7} {:>7}",
                "(not in the catalogue)",
                read + write
            )?;
        }
        let [read, write, unknown] = self.access;
        writeln!(
            out,
            "{:<24} {read:>7} {write:>7} {:>7}",
            "All of ECD's",
            read + write + unknown
        )?;
        if !self.other_services.is_empty() {
            let mut others: Vec<(&String, &u64)> = self.other_services.iter().collect();
            others.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let others: Vec<String> = others
                .iter()
                .map(|(service, count)| format!("{service} {count}"))
                .collect();
            writeln!(out, "Other services (not audited): {}", others.join(", "))?;
        }
        if unknown > 0 {
            writeln!(
                out,
                "({unknown} records say neither Read nor Write and name no catalogued event.)"
            )?;
        }

        writeln!(out, "\nECD events the catalogue does not list:")?;
        for (name, [read, write]) in &self.unlisted {
            writeln!(out, "  {name:<30} {:>5}", read + write)?;
        }

        writeln!(out, "\nFailed requests: {}", self.failed)?;
        for (code, count) in &self.error_codes {
            writeln!(out, "  {code:<30} {count:>5}")?;
        }

        writeln!(
            out,
            "\nEvents with a security tag ({}): {}",
            WATCHED.map(Tag::as_str).join(", "),
            self.watched.len()
        )?;
        // Each line starts with the event's time.
        let mut watched: Vec<&String> = self.watched.iter().collect();
        watched.sort();
        for line in watched {
            writeln!(out, "  {line}")?;
        }

        writeln!(out, "\nMalformed records: {}", self.malformed.len())?;
        for line in &self.malformed {
            writeln!(out, "  {line}")?;
        }
        Ok(())
    }
}

/// When, what, who, from where, on what, and how it ended.
fn describe(record: &Record<'_>) -> String {
    let tags: Vec<&str> = record
        .event()
        .map(|event| {
            event
                .tags()
                .iter()
                .filter(|tag| WATCHED.contains(tag))
                .map(|tag| tag.as_str())
                .collect()
        })
        .unwrap_or_default();
    let identity = record.user_identity.as_ref();
    let who = identity
        .and_then(|identity| identity.user_name.as_deref())
        .unwrap_or("?");
    let kind = identity
        .and_then(|identity| identity.identity_type.as_ref())
        .map_or("?", |kind| kind.as_str());
    let mfa = match identity.and_then(|identity| identity.mfa_authenticated()) {
        Some(true) => ", MFA",
        _ => "",
    };
    let from = record.source_ip_address.as_deref().unwrap_or("?");
    let region = record.acs_region.as_deref().unwrap_or("?");
    let on: Vec<&str> = record.resources().map(|resource| resource.name).collect();
    let outcome = match &record.error_code {
        Some(code) => format!("  FAILED {code}"),
        None => String::new(),
    };
    format!(
        "{}  {:<28} [{}]  {who} ({kind}{mfa}) from {from} in {region} on {}{outcome}",
        record.event_time,
        record.event_name.as_str(),
        tags.join(", "),
        if on.is_empty() {
            "-".to_owned()
        } else {
            on.join(",")
        },
    )
}

fn malformed(label: &str, error: &RecordError) -> String {
    format!("{label}: {error}")
}
