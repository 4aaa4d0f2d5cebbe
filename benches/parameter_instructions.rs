//! Instructions per parameter lookup, counted by Cachegrind rather than timed:
//! `EcdEvent::parameter` (a binary search over the event's names, sorted at generation) against
//! what a user would otherwise write: a linear scan of `EcdEvent::parameters()`, and an
//! `FxHashMap` keyed by (event, name) built at start.
//!
//! As in benches/instructions.rs, the program performs COUNT lookups of one kind over one set
//! of (event, name) pairs, so `(Ir(2N) - Ir(N)) / N` is the cost of a lookup, and the `none`
//! lookup's count is the loop's own. `benches/parameter-instructions.sh` runs the table.
//!
//! Usage: `parameter_instructions LOOKUP PAIRS COUNT`, with LOOKUP one of `none`, `parameter`,
//! `scan`, `hashmap_fx`, and PAIRS one of `known` (every parameter of every event), `unknown`
//! (each event with the names of another event's parameters that it does not take),
//! `large` (the known pairs of the events with at least 30 parameters). Without arguments (as
//! `cargo bench` runs it) it prints this usage and does nothing.

use std::hint::black_box;
use std::process::ExitCode;

use ecd_events::{EcdEvent, Parameter};

const USAGE: &str = "usage: parameter_instructions LOOKUP PAIRS COUNT\n  \
    LOOKUP: none | parameter | scan | hashmap_fx\n  \
    PAIRS: known | unknown | large";

fn pairs(set: &str) -> Option<Vec<(EcdEvent, String)>> {
    let known = || {
        EcdEvent::ALL.iter().flat_map(|&event| {
            event
                .parameters()
                .iter()
                .map(move |parameter| (event, parameter.name().to_owned()))
        })
    };
    Some(match set {
        "known" => known().collect(),
        "large" => known()
            .filter(|(event, _)| event.parameters().len() >= 30)
            .collect(),
        "unknown" => {
            let names: Vec<String> = known().map(|(_, name)| name).collect();
            EcdEvent::ALL
                .iter()
                .enumerate()
                .flat_map(|(index, &event)| {
                    names
                        .iter()
                        .skip(index * 7 % names.len())
                        .filter(move |name| event.parameter(name).is_none())
                        .take(5)
                        .map(move |name| (event, name.clone()))
                })
                .collect()
        }
        _ => return None,
    })
}

/// Looks up `count` pairs, cycling through `pairs`, and counts the hits.
fn look_up(
    pairs: &[(EcdEvent, String)],
    count: usize,
    lookup: impl Fn(EcdEvent, &str) -> Option<&'static Parameter>,
) -> usize {
    let mut hits = 0;
    for (event, name) in pairs.iter().cycle().take(count) {
        if black_box(lookup(black_box(*event), black_box(name.as_str()))).is_some() {
            hits += 1;
        }
    }
    hits
}

fn run(lookup: &str, pairs: &[(EcdEvent, String)], count: usize) -> Option<usize> {
    Some(match lookup {
        "none" => look_up(pairs, count, |_, _| None),
        "parameter" => look_up(pairs, count, EcdEvent::parameter),
        "scan" => look_up(pairs, count, |event, name| {
            event.parameters().iter().find(|p| p.name() == name)
        }),
        "hashmap_fx" => {
            let map: rustc_hash::FxHashMap<(EcdEvent, &str), &'static Parameter> = EcdEvent::ALL
                .iter()
                .flat_map(|&event| {
                    event
                        .parameters()
                        .iter()
                        .map(move |p| ((event, p.name()), p))
                })
                .collect();
            look_up(pairs, count, |event, name| map.get(&(event, name)).copied())
        }
        _ => return None,
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| arg != "--bench")
        .collect();
    let [lookup, set, count] = args.as_slice() else {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    };
    let (Some(pairs), Ok(count)) = (pairs(set), count.parse()) else {
        eprintln!("{USAGE}");
        return ExitCode::FAILURE;
    };
    match run(lookup, &pairs, count) {
        Some(hits) => {
            println!(
                "{hits} of {count} lookups found a parameter ({} pairs)",
                pairs.len()
            );
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("{USAGE}");
            ExitCode::FAILURE
        }
    }
}
