//! `ecd-audit scan`.

use crate::archive::{self, Selection};
use crate::cli::ScanArgs;
use crate::eprintln_escaped;
use crate::plural::count;
use crate::progress::Progress;
use crate::report::{Format, Report};
use crate::scan::Keep;

use super::output::to_stdout;
use super::{Status, malformed, ruleset};

/// Audits the deliveries the arguments name and writes the report, on `--threads` threads
/// (the report's writing too).
pub fn scan(args: &ScanArgs) -> Status {
    match rayon::ThreadPoolBuilder::new()
        .num_threads(usize::from(args.threads))
        .build()
    {
        Ok(pool) => pool.install(|| scan_on_this_pool(args)),
        Err(error) => {
            eprintln_escaped!(
                "ecd-audit: cannot start {}: {error}",
                count(args.threads, "thread", "threads")
            );
            Status::Failed
        }
    }
}

/// The deliveries the paths lead to: files and directories, and with the `oss` feature
/// archives in buckets, listed after them.
fn find(args: &ScanArgs, selection: &Selection) -> archive::Inputs {
    #[cfg(feature = "oss")]
    {
        let (local, archives) = archive::bucket::split(&args.paths, &args.remote.reach());
        // (No paths at all reads the samples; only URLs reads none.)
        let mut inputs = match local.is_empty() && !archives.is_empty() {
            true => archive::Inputs::default(),
            false => archive::find(&local, selection),
        };
        archive::bucket::find(&archives, selection, &mut inputs);
        inputs
    }
    #[cfg(not(feature = "oss"))]
    archive::find(&args.paths, selection)
}

fn scan_on_this_pool(args: &ScanArgs) -> Status {
    let Some(ruleset) = ruleset(&args.rules, &args.filters, false) else {
        return Status::Failed;
    };
    if let (Some(since), Some(until)) = (args.since, args.until)
        && since >= until
    {
        eprintln_escaped!(
            "ecd-audit: --since ({since}) is not before --until ({until}): nothing to audit"
        );
        return Status::Failed;
    }
    if let Some(path) = &args.malformed
        && let Err(error) = malformed::check(path, args.format)
    {
        eprintln_escaped!("ecd-audit: {error}");
        return Status::Failed;
    }
    let selection = Selection {
        since: args.since,
        until: args.until,
        regions: args.region.clone(),
    };

    let inputs = find(args, &selection);
    for problem in &inputs.problems {
        eprintln_escaped!("ecd-audit: {problem}");
    }
    for link in &inputs.loops {
        eprintln_escaped!("ecd-audit: note: {link}");
    }
    for file in &inputs.not_regular {
        eprintln_escaped!("ecd-audit: note: {file}");
    }
    let listing = match args
        .malformed
        .as_deref()
        .map(|path| malformed::open(path, &inputs))
    {
        None => None,
        Some(Ok(listing)) => Some(listing),
        Some(Err(error)) => {
            eprintln_escaped!("ecd-audit: {error}");
            return Status::Failed;
        }
    };
    // Standard input, a pipe or a device named on the command line: read as a stream, whose
    // size is known only at its end.
    let streaming = inputs.inputs.iter().any(|input| input.size.is_none());
    let total = (!streaming).then(|| inputs.inputs.iter().filter_map(|input| input.size).sum());
    let progress = Progress::new(!args.quiet, inputs.inputs.len() as u64, total);
    // The text report shows each rule's count and first few findings: the scan keeps no
    // more, so that its memory does not grow with the findings. The others list every one.
    let keep = match args.format {
        Format::Text => Keep::First(args.examples),
        Format::Json | Format::Csv => Keep::All,
    };
    let audit = crate::scan::scan(
        &inputs.inputs,
        &ruleset,
        &selection,
        &progress,
        (listing.as_ref(), keep),
    );
    progress.finish();
    // (Before the report: on standard output, the listing's lines come first.)
    let listed = listing.map(|listing| listing.finish());
    let listing_failed = matches!(listed, Some(Err(_)));
    if let (Some(Err(error)), Some(path)) = (&listed, &args.malformed) {
        eprintln_escaped!(
            "ecd-audit: --malformed {}: cannot list every malformed record: {error}",
            path.display()
        );
    }

    let listing_name = args
        .malformed
        .as_ref()
        .map(|path| path.display().to_string());
    let report = Report {
        audit: &audit,
        rules: &ruleset,
        inputs: &inputs,
        examples: args.examples,
        listing: listing_name.as_deref(),
    };
    if let Err(error) = to_stdout(|out| report.write(args.format, out)) {
        eprintln_escaped!("ecd-audit: {error}");
        return Status::Failed;
    }

    for (index, why) in &audit.tally.unreadable {
        eprintln_escaped!("ecd-audit: {}: {why}", inputs.inputs[*index].label);
    }
    for &index in &audit.tally.empty {
        eprintln_escaped!("ecd-audit: note: {}: empty", inputs.inputs[index].label);
    }
    let tally = &audit.tally;
    if tally.records == 0 && inputs.problems.is_empty() && tally.unreadable.is_empty() {
        eprintln_escaped!(
            "ecd-audit: warning: nothing was audited: {} read, {} pruned by \
             --since/--until/--region",
            count(tally.deliveries, "delivery", "deliveries"),
            count(inputs.pruned, "object", "objects"),
        );
    } else if tally.records > 0 && tally.records == tally.outside_selection {
        eprintln_escaped!(
            "ecd-audit: warning: nothing was audited: {} read, none within \
             --since/--until/--region",
            count(tally.records, "record", "records"),
        );
    }
    if !inputs.problems.is_empty() || !audit.tally.unreadable.is_empty() || listing_failed {
        Status::Failed
    } else if args.fail_on.is_some_and(|threshold| {
        // By the counts: the findings may be the first few only.
        audit
            .counts
            .iter()
            .zip(ruleset.rules())
            .any(|(&found, rule)| found > 0 && rule.severity >= threshold)
    }) {
        Status::Found
    } else {
        Status::Success
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::rules::Ruleset;
    use ecd_events::fixtures::OssArchive;

    /// The text report of the archive at `root`, scanned on `threads` threads keeping `keep`
    /// of the findings and showing `examples` of each rule; and how many findings it kept.
    fn text_report(root: &Path, threads: usize, keep: Keep, examples: usize) -> (String, usize) {
        let selection = Selection::default();
        let inputs = archive::find(&[root.to_owned()], &selection);
        let rules = Ruleset::bundled();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        let progress = Progress::new(false, 0, None);
        let audit = pool.install(|| {
            crate::scan::scan(&inputs.inputs, &rules, &selection, &progress, (None, keep))
        });
        let report = Report {
            audit: &audit,
            rules: &rules,
            inputs: &inputs,
            examples,
            listing: None,
        };
        let mut out = Vec::new();
        pool.install(|| report.write(Format::Text, &mut out))
            .unwrap();
        (String::from_utf8(out).unwrap(), audit.findings.len())
    }

    #[test]
    fn the_text_report_of_the_first_findings_kept_is_that_of_every_finding() {
        let directory = tempfile::tempdir().unwrap();
        let mut spec = OssArchive::new(&["cn-hangzhou", "cn-shanghai"], 24, 60);
        spec.seed = 1;
        spec.write(directory.path()).unwrap();
        let rules = Ruleset::bundled().rules().len();
        for examples in [0, 1, 3, 10] {
            let (all, every) = text_report(directory.path(), 1, Keep::All, examples);
            // Enough findings that keeping the first few keeps fewer.
            assert!(every > rules * examples, "{every} findings");
            assert!(all.contains(" more (--examples N"));
            for threads in [1, 2] {
                let (first, kept) =
                    text_report(directory.path(), threads, Keep::First(examples), examples);
                assert_eq!(first, all, "-j {threads}, --examples {examples}");
                // What the findings hold is bounded by rules × examples.
                assert!(kept <= rules * examples, "{kept} findings kept");
            }
        }
    }
}
