//! The hash behind `EcdEvent::from_name`.
//!
//! This file is compiled twice: into the library, and into the generator (`codegen/`), which
//! searches for the seed and per-bucket pilots that make this hash a perfect
//! hash of the catalogue's names. Both sides therefore compute exactly the same function.
//!
//! The hash reads three words (eight bytes each) of the name: the first, the second and the
//! last, overlapping for short names, and its length. They go into one multiplication.
//! Together they cover every byte of names up to 24 bytes, so most names that differ from a
//! catalogue name never reach the final comparison. The table for case-insensitive lookup
//! hashes with ASCII letters folded to lower case ([`Case::Insensitive`]), so a name and its
//! case-changed forms land in the same slot; the exact table does not fold, so case-changed
//! names are rejected as early as any other. The generator checks that no two catalogue names
//! give the same input to the multiplication.

/// Setting this bit in every byte lower-cases ASCII letters. It also merges a few punctuation
/// pairs (`@` and `` ` ``, `[` and `{`, ...), which only costs a failed final comparison.
const FOLD_CASE: u64 = 0x2020_2020_2020_2020;

/// Whether a hash tells ASCII upper and lower case apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// Bytes are hashed as they are: for `from_name`.
    Sensitive,
    /// ASCII letters are folded to lower case first: for `from_name_ignore_ascii_case`.
    Insensitive,
}

impl Case {
    /// The bits to set in every word before hashing.
    #[inline(always)]
    const fn fold(self) -> u64 {
        match self {
            Case::Sensitive => 0,
            Case::Insensitive => FOLD_CASE,
        }
    }
}

/// An odd constant with well-spread bits (2^64 divided by the golden ratio).
const SPREAD: u64 = 0x9E37_79B9_7F4A_7C15;

/// Multiplies as 128 bits and folds the halves together: one `mul` on 64-bit targets, and every
/// input bit reaches the middle of the result.
#[inline(always)]
const fn folded_multiply(x: u64, y: u64) -> u64 {
    let full = (x as u128).wrapping_mul(y as u128);
    (full as u64) ^ ((full >> 64) as u64)
}

/// The three words of a name the hash reads, as they are (not case-folded): its first, second
/// and last eight bytes (overlapping for names shorter than 24 bytes); for names shorter than
/// eight bytes the first and last four, and for names shorter than four bytes the bytes
/// themselves. For names of up to [`Window::COVERS`] bytes the window holds every byte, so
/// comparing windows compares the names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Window {
    pub(crate) head: u64,
    pub(crate) second: u64,
    pub(crate) tail: u64,
}

impl Window {
    /// The longest names a window holds entirely.
    #[allow(dead_code, reason = "only the library's lookup uses it")]
    pub(crate) const COVERS: usize = 24;

    #[inline(always)]
    pub(crate) fn of(name: &[u8]) -> Window {
        let len = name.len();
        if len >= 8 {
            Window {
                head: word(name, 0),
                // Bytes 8..16, or for names shorter than 16 bytes, the last eight.
                second: word(name, len.min(16) - 8),
                tail: word(name, len - 8),
            }
        } else if len >= 4 {
            let (head, _) = name.split_at(4);
            let (_, tail) = name.split_at(len - 4);
            Window {
                head: u64::from(u32::from_le_bytes(head.try_into().unwrap_or_default())),
                second: 0,
                tail: u64::from(u32::from_le_bytes(tail.try_into().unwrap_or_default())),
            }
        } else {
            let mut packed = 0u64;
            for &byte in name {
                packed = (packed << 8) | u64::from(byte);
            }
            Window {
                head: packed,
                second: 0,
                tail: 0,
            }
        }
    }
}

/// What the hash multiplies, for a name `len` bytes long whose window is `window`: the head
/// word, and the tail word mixed with the length and the second word, all case-folded if
/// `case` says so. Two names with equal inputs hash alike under every seed, so the generator
/// checks that catalogue names never do.
#[inline(always)]
pub(crate) fn hash_input(window: Window, len: usize, case: Case) -> (u64, u64) {
    let fold = case.fold();
    (
        window.head | fold,
        (window.tail | fold) ^ len as u64 ^ (window.second | fold).rotate_left(29),
    )
}

/// Hashes a [`hash_input`] with `seed`.
#[inline(always)]
pub(crate) fn hash(input: (u64, u64), seed: u64) -> u64 {
    folded_multiply(input.0 ^ seed, input.1)
}

/// The eight bytes of `bytes` at `at`, little-endian. The caller guarantees `at + 8 <= len`.
#[inline(always)]
pub(crate) fn word(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or_default()),
        None => 0,
    }
}

/// Hashes `name` with `seed`, folding ASCII case if `case` says so.
#[allow(
    dead_code,
    reason = "the lookup keeps the window it hashes; the generator hashes names"
)]
#[inline(always)]
pub(crate) fn name_hash(name: &[u8], seed: u64, case: Case) -> u64 {
    hash(hash_input(Window::of(name), name.len(), case), seed)
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
