//! Name lookup through the perfect hash that `build.rs` generates.

use crate::EcdEvent;
use crate::generated::name_table::{BUCKET_BITS, MAX_LEN, MIN_LEN, PILOTS, SEED, SLOT_BITS, SLOTS};
use crate::name_hash::{bucket, name_hash, slot};

/// The only event `name` can be, ignoring ASCII case; the caller compares the names.
#[inline(always)]
fn candidate(name: &[u8]) -> Option<EcdEvent> {
    if name.len() < MIN_LEN || name.len() > MAX_LEN {
        return None;
    }
    let hash = name_hash(name, SEED);
    let pilot = PILOTS[bucket(hash, BUCKET_BITS)];
    SLOTS[slot(hash, pilot, SLOT_BITS)]
}

/// The event named exactly `name`.
#[inline]
pub(crate) fn exact(name: &str) -> Option<EcdEvent> {
    candidate(name.as_bytes()).filter(|event| event.as_str().as_bytes() == name.as_bytes())
}

/// The event whose name equals `name` ignoring ASCII case.
#[inline]
pub(crate) fn ignore_ascii_case(name: &str) -> Option<EcdEvent> {
    candidate(name.as_bytes()).filter(|event| event.as_str().eq_ignore_ascii_case(name))
}
