//! Finds a perfect hash of the catalogue's names for `EcdEvent::from_name` (and one that folds
//! ASCII case for `from_name_ignore_ascii_case`).
//!
//! The scheme is "hash and displace" (PTHash, Pibiri and Trani, 2021): every name hashes to a
//! bucket, and each bucket gets a one-byte pilot that moves all of its names into free slots of
//! a table of `1 << slot_bits` slots. A lookup costs one hash, one pilot read, one slot read and
//! one comparison with the candidate's name. The search is deterministic: seeds are tried in a
//! fixed order, so the same names always give the same tables.

use super::name_hash::{Case, Window, bucket, fingerprint, hash_input, name_hash, slot};
use std::fmt;

/// The tables a name lookup reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PerfectHash {
    pub case: Case,
    pub seed: u64,
    pub bucket_bits: u32,
    pub slot_bits: u32,
    /// One pilot per bucket.
    pub pilots: Vec<u8>,
    /// For each slot, the index of the name it holds.
    pub slots: Vec<Option<usize>>,
    /// For each slot, the fingerprint of its name's hash (0 for empty slots).
    pub fingerprints: Vec<u16>,
}

/// Why no perfect hash exists for a set of names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// Two names give the hash the same input (see `hash_input`): for instance they differ only
    /// in ASCII case, or only by swapping middle words. No seed can separate them.
    Indistinguishable(String, String),
    /// No seed in the search range worked (with these table sizes that takes an astronomically
    /// unlucky set of names; grow the table).
    NoSeed { tried: u64 },
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Indistinguishable(a, b) => write!(
                f,
                "the name hash cannot tell `{a}` from `{b}`: they give it the same input \
                 (see hash_input in src/catalogue/name_hash.rs), so change how it mixes the words"
            ),
            Failure::NoSeed { tried } => write!(
                f,
                "no perfect hash found after {tried} seeds; give `build` in \
                 codegen/perfect_hash.rs more slots per name"
            ),
        }
    }
}

/// How many seeds to try before giving up.
const MAX_SEEDS: u64 = 10_000;

/// Builds the tables: a bucket for every two names and a slot for every two thirds of a name,
/// both rounded up to powers of two so that reductions are shifts (for the 322 names of today:
/// 256 buckets and 512 slots).
pub fn build(names: &[&str], case: Case) -> Result<PerfectHash, Failure> {
    check_distinguishable(names, case)?;
    let bucket_bits = bits_for(names.len().div_ceil(2).max(1));
    let slot_bits = bits_for((names.len() * 3 / 2).max(2));
    for attempt in 0..MAX_SEEDS {
        let seed = seed_for(attempt);
        if let Some(Placement {
            pilots,
            slots,
            fingerprints,
        }) = place(names, case, seed, bucket_bits, slot_bits)
        {
            return Ok(PerfectHash {
                case,
                seed,
                bucket_bits,
                slot_bits,
                pilots,
                slots,
                fingerprints,
            });
        }
    }
    Err(Failure::NoSeed { tried: MAX_SEEDS })
}

/// The smallest number of bits that counts to `n`.
fn bits_for(n: usize) -> u32 {
    n.next_power_of_two().trailing_zeros().max(1)
}

/// A fixed, well-mixed sequence of seeds (SplitMix64 increments).
fn seed_for(attempt: u64) -> u64 {
    let mut z = (attempt + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn check_distinguishable(names: &[&str], case: Case) -> Result<(), Failure> {
    let mut keys: Vec<_> = names
        .iter()
        .map(|name| {
            let bytes = name.as_bytes();
            (hash_input(Window::of(bytes), bytes.len(), case), *name)
        })
        .collect();
    keys.sort();
    match keys.windows(2).find(|pair| pair[0].0 == pair[1].0) {
        Some(pair) => Err(Failure::Indistinguishable(
            pair[0].1.to_owned(),
            pair[1].1.to_owned(),
        )),
        None => Ok(()),
    }
}

/// Where `place` put the names.
struct Placement {
    pilots: Vec<u8>,
    /// Each slot's name.
    slots: Vec<Option<usize>>,
    /// Each slot's fingerprint (0 for empty slots).
    fingerprints: Vec<u16>,
}

/// Tries to give every bucket a pilot, largest buckets first.
fn place(
    names: &[&str],
    case: Case,
    seed: u64,
    bucket_bits: u32,
    slot_bits: u32,
) -> Option<Placement> {
    let hashes: Vec<u64> = names
        .iter()
        .map(|name| name_hash(name.as_bytes(), seed, case))
        .collect();
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); 1 << bucket_bits];
    for (index, &hash) in hashes.iter().enumerate() {
        buckets[bucket(hash, bucket_bits)].push(index);
    }
    let mut order: Vec<usize> = (0..buckets.len()).collect();
    // Largest first; ties by bucket number so the order is fully determined.
    order.sort_by_key(|&b| (std::cmp::Reverse(buckets[b].len()), b));

    let mut pilots = vec![0u8; buckets.len()];
    let mut slots: Vec<Option<usize>> = vec![None; 1 << slot_bits];
    for b in order {
        let members = &buckets[b];
        if members.is_empty() {
            continue;
        }
        let pilot = (0..=u8::MAX).find(|&pilot| {
            let mut taken: Vec<usize> = Vec::with_capacity(members.len());
            members.iter().all(|&index| {
                let s = slot(hashes[index], pilot, slot_bits);
                let free = slots[s].is_none() && !taken.contains(&s);
                taken.push(s);
                free
            })
        })?;
        pilots[b] = pilot;
        for &index in members {
            slots[slot(hashes[index], pilot, slot_bits)] = Some(index);
        }
    }
    let fingerprints = slots
        .iter()
        .map(|entry| entry.map_or(0, |index| fingerprint(hashes[index])))
        .collect();
    Some(Placement {
        pilots,
        slots,
        fingerprints,
    })
}
