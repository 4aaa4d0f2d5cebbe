//! Name lookup through the perfect hashes that the generator builds.
//!
//! A lookup hashes the name (see `name_hash`), reads the bucket's pilot and the slot it points
//! to, and rejects the name unless the slot's fingerprint matches. Only then does it compare
//! the name with the slot's event name, eight bytes at a time: the window already holds the
//! first 16 and the last eight bytes, so names of up to 24 bytes need no further reads, and no
//! comparison calls `memcmp`.
//!
//! There are two tables, one per [`Case`]: the exact table does not fold case, so names that
//! differ from a catalogue name only in case are rejected by their fingerprint like any other.

use super::EcdEvent;
use super::generated::name_table::{EXACT, IGNORE_CASE, MAX_LEN, MIN_LEN};
use super::name_hash::{Case, Window, bucket, fingerprint, hash, hash_input, slot, word};

/// A perfect hash of the catalogue's names: `BUCKETS` pilots and `SLOTS` slots.
#[derive(Debug)]
pub(crate) struct Table<const BUCKETS: usize, const SLOTS: usize> {
    pub(crate) case: Case,
    pub(crate) seed: u64,
    pub(crate) bucket_bits: u32,
    pub(crate) slot_bits: u32,
    /// One pilot per bucket: it moves the bucket's names to free slots.
    pub(crate) pilots: [u8; BUCKETS],
    /// Each slot: the fingerprint of its name's hash, and its event, if any.
    pub(crate) slots: [(u16, Option<EcdEvent>); SLOTS],
}

impl<const BUCKETS: usize, const SLOTS: usize> Table<BUCKETS, SLOTS> {
    /// The only event `name` can be, and the window of `name`; the caller compares the names.
    #[inline(always)]
    fn candidate(&self, name: &[u8]) -> Option<(EcdEvent, Window)> {
        if name.len() < MIN_LEN || name.len() > MAX_LEN {
            return None;
        }
        let window = Window::of(name);
        let hash = hash(hash_input(window, name.len(), self.case), self.seed);
        let pilot = self.pilots[bucket(hash, self.bucket_bits)];
        let (stored_fingerprint, event) = self.slots[slot(hash, pilot, self.slot_bits)];
        if stored_fingerprint != fingerprint(hash) {
            return None;
        }
        Some((event?, window))
    }
}

/// The event named exactly `name`.
#[inline]
pub(crate) fn exact(name: &str) -> Option<EcdEvent> {
    let name = name.as_bytes();
    let (event, window) = EXACT.candidate(name)?;
    let known = event.as_str().as_bytes();
    let equal = known.len() == name.len()
        && Window::of(known) == window
        && (name.len() <= Window::COVERS || middle_words_match(known, name, |k, n| k == n));
    equal.then_some(event)
}

/// The event whose name equals `name` ignoring ASCII case.
#[inline]
pub(crate) fn ignore_ascii_case(name: &str) -> Option<EcdEvent> {
    let name = name.as_bytes();
    let (event, window) = IGNORE_CASE.candidate(name)?;
    let known = event.as_str().as_bytes();
    let known_window = Window::of(known);
    let equal = known.len() == name.len()
        && same_ignoring_case(known_window.head, window.head)
        && same_ignoring_case(known_window.second, window.second)
        && same_ignoring_case(known_window.tail, window.tail)
        && (name.len() <= Window::COVERS || middle_words_match(known, name, same_ignoring_case));
    equal.then_some(event)
}

/// Whether `same` holds for every pair of eight-byte words of two names of equal length that
/// their windows do not cover: at offsets 16, 24, ... while a whole word fits before the tail.
#[inline(always)]
fn middle_words_match(known: &[u8], name: &[u8], same: impl Fn(u64, u64) -> bool) -> bool {
    let mut at = Window::COVERS - 8;
    while at + 8 < name.len() {
        if !same(word(known, at), word(name, at)) {
            return false;
        }
        at += 8;
    }
    true
}

/// Whether a word of a catalogue name equals a word of the input, ignoring ASCII case.
///
/// Catalogue names consist of ASCII letters and digits only (the generator rejects any other
/// name). Letters are exactly the bytes with bit 0x40 set, so `letters` has 0x20 in the letter
/// bytes of `known`: there, setting 0x20 on both sides lower-cases both, and a byte of `name`
/// matches only the same letter in either case; in digit bytes the bytes must be equal.
#[inline(always)]
fn same_ignoring_case(known: u64, name: u64) -> bool {
    let letters = (known & 0x4040_4040_4040_4040) >> 1;
    (known | letters) == (name | letters)
}
