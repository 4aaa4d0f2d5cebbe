//! Instructions per lookup, counted by Cachegrind rather than timed: a count does not move
//! with the machine's load, so it compares `EcdEvent::from_name` with the `phf` and `match`
//! peers (and an `FxHashMap`, the fastest hashing peer of the timed bench) exactly, for known
//! and for unknown names.
//!
//! The program performs COUNT lookups with one lookup over one set of names, cycling through
//! the set. Everything else it does (building the names and the `FxHashMap`, starting up) is
//! the same for any COUNT, so with Ir(COUNT) the instructions Cachegrind reports,
//!
//!     instructions per lookup = (Ir(2N) - Ir(N)) / N.
//!
//! The `none` lookup answers `None` without looking: its count is the loop's own cost, to
//! subtract from the others. `benches/instructions.sh` runs the whole table.
//!
//! Usage: `instructions LOOKUP NAMES COUNT`, with LOOKUP one of `none`, `from_name`, `phf`,
//! `match`, `hashmap_fx`, and NAMES one of `known`, `unknown`, `unknown_sibling_apis`,
//! `unknown_one_char_edits`, `unknown_other_services`. Without arguments (as `cargo bench`
//! runs it) it prints this usage and does nothing.

#[path = "support/inputs.rs"]
#[allow(dead_code, reason = "the lookup bench uses the rest of the inputs")]
mod inputs;
#[path = "peers/match_lookup.rs"]
#[allow(dead_code, reason = "only the exact lookups are counted")]
mod match_lookup;
#[path = "peers/phf_map.rs"]
#[allow(dead_code, reason = "only the exact lookups are counted")]
mod phf_map;

use std::hint::black_box;
use std::process::ExitCode;

use ecd_events::EcdEvent;

const USAGE: &str = "usage: instructions LOOKUP NAMES COUNT\n  \
    LOOKUP: none | from_name | phf | match | hashmap_fx\n  \
    NAMES: known | unknown | unknown_sibling_apis | unknown_one_char_edits | \
    unknown_other_services";

fn names(set: &str) -> Option<Vec<String>> {
    Some(match set {
        "known" => inputs::known_names(),
        "unknown" => all_unknown_names(),
        "unknown_sibling_apis" => inputs::sibling_api_actions(),
        "unknown_one_char_edits" => inputs::one_character_edits(),
        "unknown_other_services" => inputs::other_service_events(),
        _ => return None,
    })
}

/// Every unknown name of the three kinds, in turn.
fn all_unknown_names() -> Vec<String> {
    let mut names = inputs::sibling_api_actions();
    names.extend(inputs::one_character_edits());
    names.extend(inputs::other_service_events());
    let mut rng = inputs::XorShift::new(5);
    rng.shuffle(&mut names);
    names
}

/// Looks up `count` names, cycling through `names`, and counts the hits.
fn look_up(names: &[String], count: usize, lookup: impl Fn(&str) -> Option<EcdEvent>) -> usize {
    let mut hits = 0;
    for name in names.iter().cycle().take(count) {
        if black_box(lookup(black_box(name.as_str()))).is_some() {
            hits += 1;
        }
    }
    hits
}

fn run(lookup: &str, names: &[String], count: usize) -> Option<usize> {
    Some(match lookup {
        "none" => look_up(names, count, |_| None),
        "from_name" => look_up(names, count, EcdEvent::from_name),
        "phf" => look_up(names, count, |name| phf_map::EXACT.get(name).copied()),
        "match" => look_up(names, count, match_lookup::exact),
        "hashmap_fx" => {
            let map: rustc_hash::FxHashMap<&str, EcdEvent> = EcdEvent::ALL
                .iter()
                .map(|&event| (event.as_str(), event))
                .collect();
            look_up(names, count, |name| map.get(name).copied())
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
    let (Some(names), Ok(count)) = (names(set), count.parse()) else {
        eprintln!("{USAGE}");
        return ExitCode::FAILURE;
    };
    match run(lookup, &names, count) {
        Some(hits) => {
            println!("{hits} of {count} lookups found an event");
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("{USAGE}");
            ExitCode::FAILURE
        }
    }
}
