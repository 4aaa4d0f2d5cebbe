//! How fast `EcdEvent::from_name` turns an `eventName` into an event, next to what a user
//! would otherwise reach for: a `phf` map, strum's generated `match`, `HashMap` with SipHash,
//! FxHash or foldhash, a frozen-collections string map, and a linear scan.
//!
//! An audit pipeline calls the lookup once per record, on names it mostly knows but also on
//! names it does not: ECD actions newer than the catalogue, typos, and the events of every
//! other service in the same trail. So each input set below is its own criterion group with
//! every peer in it, and the report compares them directly, per lookup
//! (`Throughput::Elements`):
//!
//! - `known`: every catalogue name, shuffled;
//! - `unknown_sibling_apis`: actions of ECD's sibling APIs (hardware terminals, App Streaming),
//!   which the catalogue does not list: the unknown names that look most like ECD's;
//! - `unknown_one_char_edits`: one substitution, deletion, insertion or case flip of each name;
//! - `unknown_other_services`: events of ECS, OSS, RAM, STS, ...;
//! - `mixed_80_20`: 80% known and 20% unknown names, shuffled;
//! - `ignore_case_lower` and `ignore_case_upper`: case-insensitive lookup of the known names
//!   (the hashing peers keep lower-cased keys and lower-case the input into a reused buffer;
//!   the `match` is strum's `ascii_case_insensitive` expansion);
//!
//! plus `as_str` over every event and `EventName::parse` on the mixed stream.
//!
//! Before measuring, the bench checks that the generated peers are current and that every
//! peer gives the same answer as `from_name` on every input, so a wrong peer cannot look fast.
//!
//! Run: `cargo bench --bench lookup`
//! (add `-- --warm-up-time 1 --measurement-time 3` for a run of a few minutes).

#[path = "support/inputs.rs"]
mod inputs;
#[path = "peers/match_lookup.rs"]
mod match_lookup;
#[path = "peers/codegen.rs"]
mod peer_codegen;
#[path = "peers/phf_map.rs"]
mod phf_map;

use std::collections::HashMap;
use std::hint::black_box;
use std::path::Path;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput};
use ecd_events::{EcdEvent, EventName};
use frozen_collections::FzStringMap;

/// Whether an input set is looked up exactly or ignoring ASCII case.
#[derive(Clone, Copy)]
enum Case {
    Exact,
    IgnoreAscii,
}

/// Which of an input set's names the catalogue lists.
#[derive(Clone, Copy)]
enum Listed {
    All,
    None,
    Some,
}

/// The names of one criterion group.
struct InputSet {
    group: &'static str,
    case: Case,
    listed: Listed,
    names: Vec<String>,
}

fn input_sets() -> Vec<InputSet> {
    use Case::{Exact, IgnoreAscii};
    [
        ("known", Exact, Listed::All, inputs::known_names()),
        (
            "unknown_sibling_apis",
            Exact,
            Listed::None,
            inputs::sibling_api_actions(),
        ),
        (
            "unknown_one_char_edits",
            Exact,
            Listed::None,
            inputs::one_character_edits(),
        ),
        (
            "unknown_other_services",
            Exact,
            Listed::None,
            inputs::other_service_events(),
        ),
        ("mixed_80_20", Exact, Listed::Some, inputs::mixed_names()),
        (
            "ignore_case_lower",
            IgnoreAscii,
            Listed::All,
            inputs::lowercase_names(),
        ),
        (
            "ignore_case_upper",
            IgnoreAscii,
            Listed::All,
            inputs::uppercase_names(),
        ),
    ]
    .into_iter()
    .map(|(group, case, listed, names)| InputSet {
        group,
        case,
        listed,
        names,
    })
    .collect()
}

/// The maps the hashing peers build at run time, all with the same keys.
struct HashTables {
    sip: HashMap<&'static str, EcdEvent>,
    fx: rustc_hash::FxHashMap<&'static str, EcdEvent>,
    foldhash: foldhash::HashMap<&'static str, EcdEvent>,
    frozen: FzStringMap<&'static str, EcdEvent>,
}

impl HashTables {
    fn new(entries: &[(&'static str, EcdEvent)]) -> Self {
        HashTables {
            sip: entries.iter().copied().collect(),
            fx: entries.iter().copied().collect(),
            foldhash: entries.iter().copied().collect(),
            frozen: FzStringMap::new_for_str(entries.to_vec()),
        }
    }

    /// Keyed by the exact names.
    fn exact() -> Self {
        let entries: Vec<_> = EcdEvent::ALL
            .iter()
            .map(|&event| (event.as_str(), event))
            .collect();
        Self::new(&entries)
    }

    /// Keyed by the names in ASCII lower case, for case-insensitive lookup.
    fn lowercase() -> Self {
        let entries: Vec<_> = EcdEvent::ALL
            .iter()
            .map(|&event| {
                // Leaked once per run, so that both tables have the same `&'static str` keys.
                let key: &'static str = event.as_str().to_ascii_lowercase().leak();
                (key, event)
            })
            .collect();
        Self::new(&entries)
    }
}

/// Something done with each peer in turn: checking its answers, or measuring it.
trait PeerVisitor {
    fn visit(&mut self, peer: &str, lookup: impl FnMut(&str) -> Option<EcdEvent>);
}

/// Every exact lookup, `from_name` first.
fn visit_exact_peers(tables: &HashTables, visitor: &mut impl PeerVisitor) {
    visitor.visit("from_name", EcdEvent::from_name);
    visitor.visit("phf", |name| phf_map::EXACT.get(name).copied());
    visitor.visit("match", match_lookup::exact);
    visitor.visit("hashmap_sip", |name| tables.sip.get(name).copied());
    visitor.visit("hashmap_fx", |name| tables.fx.get(name).copied());
    visitor.visit("hashmap_foldhash", |name| {
        tables.foldhash.get(name).copied()
    });
    visitor.visit("frozen_string_map", |name| tables.frozen.get(name).copied());
    visitor.visit("linear_scan", |name| {
        EcdEvent::ALL
            .iter()
            .copied()
            .find(|event| event.as_str() == name)
    });
}

/// Every case-insensitive lookup, `from_name_ignore_ascii_case` first. `tables` must be keyed
/// by lower-cased names.
fn visit_ignore_case_peers(tables: &HashTables, visitor: &mut impl PeerVisitor) {
    visitor.visit(
        "from_name_ignore_ascii_case",
        EcdEvent::from_name_ignore_ascii_case,
    );
    visitor.visit(
        "phf",
        lowercased(|name| phf_map::LOWERCASE.get(name).copied()),
    );
    visitor.visit("match", match_lookup::ignore_ascii_case);
    visitor.visit(
        "hashmap_sip",
        lowercased(|name| tables.sip.get(name).copied()),
    );
    visitor.visit(
        "hashmap_fx",
        lowercased(|name| tables.fx.get(name).copied()),
    );
    visitor.visit(
        "hashmap_foldhash",
        lowercased(|name| tables.foldhash.get(name).copied()),
    );
    visitor.visit(
        "frozen_string_map",
        lowercased(|name| tables.frozen.get(name).copied()),
    );
    visitor.visit("linear_scan", |name| {
        EcdEvent::ALL
            .iter()
            .copied()
            .find(|event| event.as_str().eq_ignore_ascii_case(name))
    });
}

/// `lookup` applied to `name` in ASCII lower case, lowered into a buffer that is allocated once
/// and reused: what a careful user of a map with lower-cased keys writes.
fn lowercased(lookup: impl Fn(&str) -> Option<EcdEvent>) -> impl FnMut(&str) -> Option<EcdEvent> {
    let mut lowered = String::new();
    move |name| {
        lowered.clear();
        lowered.push_str(name);
        lowered.make_ascii_lowercase();
        lookup(&lowered)
    }
}

/// Panics unless every peer gives, on every name of the set, the answer of `from_name` (or of
/// `from_name_ignore_ascii_case` for case-insensitive sets).
struct AgreementCheck<'a> {
    set: &'a InputSet,
    expected: Vec<Option<EcdEvent>>,
}

impl<'a> AgreementCheck<'a> {
    fn new(set: &'a InputSet) -> Self {
        let reference = match set.case {
            Case::Exact => EcdEvent::from_name,
            Case::IgnoreAscii => EcdEvent::from_name_ignore_ascii_case,
        };
        let expected = set.names.iter().map(|name| reference(name)).collect();
        AgreementCheck { set, expected }
    }

    /// Panics unless the catalogue lists the set's names as the set says.
    fn assert_listed_as_declared(&self) {
        let known = match self.set.listed {
            Listed::All => true,
            Listed::None => false,
            Listed::Some => return,
        };
        for (name, expected) in self.set.names.iter().zip(&self.expected) {
            let group = self.set.group;
            assert_eq!(expected.is_some(), known, "{name:?} in set {group}");
        }
    }
}

impl PeerVisitor for AgreementCheck<'_> {
    fn visit(&mut self, peer: &str, mut lookup: impl FnMut(&str) -> Option<EcdEvent>) {
        for (name, &expected) in self.set.names.iter().zip(&self.expected) {
            assert_eq!(
                lookup(name),
                expected,
                "peer {peer} disagrees with from_name on {name:?} in set {}",
                self.set.group
            );
        }
    }
}

fn check_input_sets(sets: &[InputSet], exact: &HashTables, lowercase: &HashTables) {
    inputs::assert_unknown_names_are_unknown();
    for set in sets {
        let mut check = AgreementCheck::new(set);
        check.assert_listed_as_declared();
        match set.case {
            Case::Exact => visit_exact_peers(exact, &mut check),
            Case::IgnoreAscii => visit_ignore_case_peers(lowercase, &mut check),
        }
    }
}

/// Panics if `benches/peers/` no longer matches the catalogue.
fn check_committed_peers() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/peers");
    peer_codegen::assert_committed_peers_are_current(&dir);
}

/// Measures each peer over one whole pass of the set's names.
struct Measure<'g, 'c> {
    group: &'g mut BenchmarkGroup<'c, WallTime>,
    names: &'g [String],
}

impl PeerVisitor for Measure<'_, '_> {
    fn visit(&mut self, peer: &str, mut lookup: impl FnMut(&str) -> Option<EcdEvent>) {
        let names = self.names;
        self.group
            .bench_function(peer, |b| b.iter(|| look_up_all(names, &mut lookup)));
    }
}

fn look_up_all(names: &[String], lookup: &mut impl FnMut(&str) -> Option<EcdEvent>) {
    for name in names {
        black_box(lookup(black_box(name.as_str())));
    }
}

fn bench_input_set(
    criterion: &mut Criterion,
    set: &InputSet,
    exact: &HashTables,
    lowercase: &HashTables,
) {
    let mut group = criterion.benchmark_group(set.group);
    group.throughput(Throughput::Elements(set.names.len() as u64));
    let mut measure = Measure {
        group: &mut group,
        names: &set.names,
    };
    match set.case {
        Case::Exact => visit_exact_peers(exact, &mut measure),
        Case::IgnoreAscii => visit_ignore_case_peers(lowercase, &mut measure),
    }
    group.finish();
}

/// `as_str` over every event, in shuffled order.
fn bench_as_str(criterion: &mut Criterion) {
    let mut events = EcdEvent::ALL.to_vec();
    inputs::XorShift::new(7).shuffle(&mut events);
    let mut group = criterion.benchmark_group("as_str");
    group.throughput(Throughput::Elements(events.len() as u64));
    group.bench_function("as_str", |b| {
        b.iter(|| {
            for &event in &events {
                black_box(black_box(event).as_str());
            }
        })
    });
    group.finish();
}

/// `EventName::parse` on the mixed stream (it allocates for each unknown name), with
/// `from_name` on the same stream for reference.
fn bench_event_name_parse(criterion: &mut Criterion) {
    let names = inputs::mixed_names();
    let mut group = criterion.benchmark_group("event_name_parse_mixed_80_20");
    group.throughput(Throughput::Elements(names.len() as u64));
    group.bench_function("EventName_parse", |b| {
        b.iter(|| {
            for name in &names {
                black_box(EventName::parse(black_box(name)));
            }
        })
    });
    group.bench_function("from_name", |b| {
        b.iter(|| look_up_all(&names, &mut EcdEvent::from_name))
    });
    group.finish();
}

fn main() {
    check_committed_peers();
    let sets = input_sets();
    let exact = HashTables::exact();
    let lowercase = HashTables::lowercase();
    check_input_sets(&sets, &exact, &lowercase);

    let mut criterion = Criterion::default().configure_from_args();
    for set in &sets {
        bench_input_set(&mut criterion, set, &exact, &lowercase);
    }
    bench_as_str(&mut criterion);
    bench_event_name_parse(&mut criterion);
    criterion.final_summary();
}
