//! Reading deliveries in parallel into one audit: counts, findings and damage.

mod correlate;
pub mod cut;
mod findings;
mod listing;
mod malformed;
mod occurrence;
mod parameters;
mod read;
mod seen;
mod tally;

use rayon::prelude::*;

pub use correlate::Sample;
pub use findings::{Finding, FirstSeen, Found, GROUPED_SHOWN, Keep, Matches, findings};
pub use listing::{Listing, Spool};
pub use malformed::{KEPT, Malformed, MalformedKind, MalformedTally, REASON_LIMIT};
pub use occurrence::{Field, Interner, Occurrence};
pub use parameters::fired_parameters;
pub use read::Context;
pub use seen::{Seen, Sighting};
pub use tally::{Failures, Tally};

use crate::archive::{Input, Selection};
use crate::progress::Progress;
use crate::rules::Ruleset;

/// Everything a run found.
#[derive(Debug)]
pub struct Audit {
    /// The counts; its `matches` have become `findings`.
    pub tally: Tally,
    /// The rules' findings, by rule, then time: every one, or, as the scan's [`Keep`] said,
    /// the first of each rule.
    pub findings: Vec<Finding>,
    /// By rule, how many findings it has, kept in `findings` or not.
    pub counts: Vec<u64>,
}

/// The findings of `rules` on `records`, as a scan of them would give (records without a
/// time are judged by the rules that need none): for rules' tests.
pub fn audit_records(rules: &Ruleset, records: &[ecd_events::records::Record<'_>]) -> Vec<Finding> {
    let mut matches = Matches::default();
    let strings = Interner::default();
    let first_seen = FirstSeen::default();
    for record in records {
        read::apply_rules(
            (&mut matches, &strings, &first_seen),
            rules,
            &crate::sigma::View::new(record),
            record.time().ok(),
        );
    }
    findings(rules, matches, first_seen).findings
}

/// Reads every input on the threads of the current rayon pool and audits the records against
/// `rules`, listing every malformed record to `listing` if there is one, and keeping of each
/// rule's findings what `keep` says. The result is the same for any number of threads.
pub fn scan(
    inputs: &[Input],
    rules: &Ruleset,
    selection: &Selection,
    progress: &Progress,
    (listing, keep): (Option<&Listing>, Keep),
) -> Audit {
    let seen = Seen::default();
    let first_seen = FirstSeen::default();
    let strings = Interner::default();
    let context = Context {
        rules,
        selection,
        seen: &seen,
        first_seen: &first_seen,
        strings: &strings,
        progress,
        listing,
    };
    let mut tally = inputs
        .par_iter()
        .enumerate()
        // One delivery a task, so that a thread never waits behind another's queue: OSS
        // objects are small, and a large one reads with a decompressing thread of its own.
        .with_max_len(1)
        // Each thread counts into a tally of its own, merged once at the end.
        .fold(
            || Tally::keeping(keep),
            |mut tally, (index, input)| {
                read::read(&mut tally, input, index, &context);
                tally
            },
        )
        .reduce(
            || Tally::keeping(keep),
            |mut sum, tally| {
                sum.merge(tally);
                sum
            },
        );
    let matches = std::mem::take(&mut tally.matches);
    tally.conflicting = seen.conflicting();
    tally.unreadable.sort();
    tally.empty.sort();
    let Found { findings, counts } = findings(rules, matches, first_seen);
    Audit {
        findings,
        counts,
        tally,
    }
}
