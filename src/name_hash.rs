//! The hash behind `EcdEvent::from_name`.
//!
//! This file is compiled twice: into the library, and into the build script (through
//! `codegen/`), which searches for the seed and per-bucket pilots that make this hash a perfect
//! hash of the catalogue's names. Both sides therefore compute exactly the same function.
//!
//! The hash reads the name's length and its first and last eight bytes (overlapping for short
//! names), never the whole name: the final comparison with the candidate's name rejects every
//! other string. ASCII letters are folded to lower case on the way in, so a name and its
//! case-changed form land in the same slot; that lets one table serve both the exact and the
//! case-insensitive lookup. The build script checks that no two catalogue names look alike
//! through this window.

/// Setting this bit in every byte lower-cases ASCII letters. It also merges a few punctuation
/// pairs (`@` and `` ` ``, `[` and `{`, ...), which only costs a failed final comparison.
const FOLD_CASE: u64 = 0x2020_2020_2020_2020;

/// An odd constant with well-spread bits (2^64 divided by the golden ratio).
const SPREAD: u64 = 0x9E37_79B9_7F4A_7C15;

/// Multiplies as 128 bits and folds the halves together: one `mul` on 64-bit targets, and every
/// input bit reaches the middle of the result.
#[inline(always)]
const fn folded_multiply(x: u64, y: u64) -> u64 {
    let full = (x as u128).wrapping_mul(y as u128);
    (full as u64) ^ ((full >> 64) as u64)
}

/// The bytes of a name that the hash reads, as they are (not case-folded): the first and the
/// last eight bytes, or for names shorter than eight bytes the first and last four, or for
/// names shorter than four bytes the bytes themselves. For names of up to 16 bytes the window
/// covers every byte, so comparing windows compares the names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Window {
    pub(crate) head: u64,
    pub(crate) tail: u64,
}

impl Window {
    #[inline(always)]
    pub(crate) fn of(name: &[u8]) -> Window {
        let len = name.len();
        if len >= 8 {
            Window {
                head: word(name, 0),
                tail: word(name, len - 8),
            }
        } else if len >= 4 {
            let (head, _) = name.split_at(4);
            let (_, tail) = name.split_at(len - 4);
            Window {
                head: u64::from(u32::from_le_bytes(head.try_into().unwrap_or_default())),
                tail: u64::from(u32::from_le_bytes(tail.try_into().unwrap_or_default())),
            }
        } else {
            let mut packed = 0u64;
            for &byte in name {
                packed = (packed << 8) | u64::from(byte);
            }
            Window {
                head: packed,
                tail: 0,
            }
        }
    }

    /// Hashes the window of a name `len` bytes long (case-folded, see the module docs).
    #[inline(always)]
    pub(crate) fn hash(self, len: usize, seed: u64) -> u64 {
        folded_multiply(
            (self.head | FOLD_CASE) ^ seed,
            (self.tail | FOLD_CASE) ^ len as u64,
        )
    }

    /// The window with ASCII case folded as the hash folds it: two names whose folded windows
    /// and lengths are equal hash alike under every seed.
    #[allow(dead_code, reason = "only the build script's generator calls it")]
    pub(crate) fn folded(self) -> Window {
        Window {
            head: self.head | FOLD_CASE,
            tail: self.tail | FOLD_CASE,
        }
    }
}

/// The eight bytes of `bytes` at `at`, little-endian. The caller guarantees `at + 8 <= len`.
#[inline(always)]
pub(crate) fn word(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or_default()),
        None => 0,
    }
}

/// Hashes `name` (case-folded, see the module docs) with `seed`.
#[allow(
    dead_code,
    reason = "the lookup hashes windows it keeps; the generator hashes names"
)]
#[inline(always)]
pub(crate) fn name_hash(name: &[u8], seed: u64) -> u64 {
    Window::of(name).hash(name.len(), seed)
}

/// The bucket of a hash, out of `1 << bucket_bits` buckets: its top bits.
#[inline(always)]
pub(crate) const fn bucket(hash: u64, bucket_bits: u32) -> usize {
    (hash >> (64 - bucket_bits)) as usize
}

/// The slot of a hash displaced by its bucket's pilot, out of `1 << slot_bits` slots: the
/// multiplication carries the pilot's bits into the top bits, which pick the slot.
#[inline(always)]
pub(crate) const fn slot(hash: u64, pilot: u8, slot_bits: u32) -> usize {
    ((hash ^ pilot as u64).wrapping_mul(SPREAD) >> (64 - slot_bits)) as usize
}

/// Sixteen bits of the hash that neither the bucket nor (mostly) the slot depends on. Each slot
/// stores its name's fingerprint, so most names that are not in the catalogue are rejected
/// without reading any name.
#[inline(always)]
pub(crate) const fn fingerprint(hash: u64) -> u16 {
    hash as u16
}
