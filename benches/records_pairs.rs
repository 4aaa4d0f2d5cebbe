//! The records goals' ratios, measured in pairs: each pair runs the reader and the peer it is
//! held against once each, back to back (in alternating order), and gives one ratio; the
//! median of many pairs is the figure. On a shared machine, speed drifts by a fifth or more
//! from one second to the next; within a pair, both runs meet the same drift, so the ratio
//! holds still where criterion's separate estimates (benches/records.rs) do not.
//!
//! A ratio is how many times faster the first is than the second over the same content: the
//! second's time over the first's. Printed for each goal: the goal, the median, the quartiles,
//! and in how many pairs the goal was met.
//!
//! Run: `cargo bench --features fixtures --bench records_pairs [-- PAIRS]` (default 31 pairs;
//! about three minutes on two cores).

use std::hint::black_box;
use std::time::{Duration, Instant};

#[path = "support/records_peers.rs"]
mod peers;

use peers::*;

/// One goal: `first` ÷ `second` at least `goal`; or, without a goal, a ratio that explains
/// one.
struct Goal<'a> {
    name: &'static str,
    goal: Option<f64>,
    first: Box<dyn Fn() -> usize + 'a>,
    second: Box<dyn Fn() -> usize + 'a>,
}

fn timed(run: &dyn Fn() -> usize) -> Duration {
    let start = Instant::now();
    black_box(run());
    start.elapsed()
}

/// The value at `fraction` of the sorted `values` (nearest rank).
fn quantile(sorted: &[f64], fraction: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * fraction).round() as usize]
}

fn main() {
    let pairs: usize = std::env::args()
        .skip(1)
        .find_map(|argument| argument.parse().ok())
        .unwrap_or(31);
    let corpus = corpus();
    let compressed = compress(&corpus);
    check(&corpus, &compressed);
    let corpus = &corpus[..];
    let compressed = &compressed;

    let goals = [
        Goal {
            name: "typed ÷ serde_json Value",
            goal: Some(3.0),
            first: Box::new(|| typed(corpus)),
            second: Box::new(|| serde_value(corpus)),
        },
        Goal {
            name: "typed ÷ IgnoredAny",
            goal: Some(0.85),
            first: Box::new(|| typed(corpus)),
            second: Box::new(|| ignored_any(corpus)),
        },
        Goal {
            name: "typed ÷ sonic-rs Value",
            goal: Some(1.0),
            first: Box::new(|| typed(corpus)),
            second: Box::new(|| sonic_value(corpus)),
        },
        Goal {
            name: "typed ÷ simd-json",
            goal: Some(1.0),
            first: Box::new(|| typed(corpus)),
            second: Box::new(|| simd_value(corpus)),
        },
        Goal {
            name: "lazy ÷ IgnoredAny",
            goal: Some(0.85),
            first: Box::new(|| lazy(corpus)),
            second: Box::new(|| ignored_any(corpus)),
        },
        Goal {
            name: "lazy ÷ sonic-rs Value",
            goal: Some(1.0),
            first: Box::new(|| lazy(corpus)),
            second: Box::new(|| sonic_value(corpus)),
        },
        Goal {
            name: ".gz lazy, background ÷ decompressing alone",
            goal: Some(1.0),
            first: Box::new(|| lazy_background(compressed)),
            second: Box::new(|| gunzip_only(compressed)),
        },
        Goal {
            name: ".gz typed, background ÷ decompressing alone",
            goal: Some(1.0),
            first: Box::new(|| typed_background(compressed)),
            second: Box::new(|| gunzip_only(compressed)),
        },
        // Reading a `.gz` delivery overlaps decompressing and parsing, so it is never faster
        // than the parsing alone: this bounds the ratio above.
        Goal {
            name: "(no goal) typed, in memory ÷ decompressing alone",
            goal: None,
            first: Box::new(|| typed(corpus)),
            second: Box::new(|| gunzip_only(compressed)),
        },
    ];

    println!(
        "{pairs} pairs each; ratio = how many times faster the first is than the second\n\n\
         {:<49} {:>5} {:>7} {:>15} {:>9}",
        "ratio", "goal", "median", "quartiles", "pairs met"
    );
    for goal in &goals {
        // One unmeasured run each, so that neither pays for first use.
        timed(&goal.first);
        timed(&goal.second);
        let mut ratios: Vec<f64> = (0..pairs)
            .map(|pair| {
                let (first, second) = if pair % 2 == 0 {
                    let first = timed(&goal.first);
                    (first, timed(&goal.second))
                } else {
                    let second = timed(&goal.second);
                    (timed(&goal.first), second)
                };
                second.as_secs_f64() / first.as_secs_f64()
            })
            .collect();
        ratios.sort_by(f64::total_cmp);
        let (target, met) = match goal.goal {
            Some(target) => (
                format!("{target:.2}"),
                ratios.iter().filter(|&&ratio| ratio >= target).count(),
            ),
            None => ("—".to_owned(), 0),
        };
        println!(
            "{:<49} {:>5} {:>7.2} {:>15} {:>9}",
            goal.name,
            target,
            quantile(&ratios, 0.5),
            format!(
                "{:.2} – {:.2}",
                quantile(&ratios, 0.25),
                quantile(&ratios, 0.75)
            ),
            if goal.goal.is_some() {
                format!("{met}/{pairs}")
            } else {
                String::new()
            },
        );
    }
}
