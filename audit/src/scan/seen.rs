//! Which `eventId`s have been read, shared by the threads that read: the first copy of a
//! record counts, every later one is a duplicate.

use std::collections::HashSet;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher, RandomState};
use std::sync::Mutex;

use siphasher::sip128::{Hasher128, SipHasher13};

/// Shards, so that threads seldom wait for each other.
const SHARDS: usize = 64;

/// The `eventId`s read so far, as 128-bit fingerprints: 16 bytes a record. The fingerprint is
/// SipHash keyed at random for each run, so that no one can write a record whose ID collides
/// with another's to hide it, and a chance collision (about one in 10¹⁹ for a billion
/// records) is far rarer than a damaged disk.
pub struct Seen {
    key: (u64, u64),
    shards: Vec<Shard>,
}

/// One shard, alone on its cache lines, so that threads locking neighbouring shards do not
/// take the line from each other's cores.
#[derive(Default)]
#[repr(align(128))]
struct Shard(Mutex<HashSet<u128, BuildHasherDefault<Fingerprinted>>>);

impl Default for Seen {
    fn default() -> Self {
        let random = RandomState::new();
        Seen {
            key: (random.hash_one(0u8), random.hash_one(1u8)),
            shards: (0..SHARDS).map(|_| Shard::default()).collect(),
        }
    }
}

impl Seen {
    /// Records `event_id`; `false` if it was read before. An empty ID is never a duplicate.
    pub fn first_time(&self, event_id: &str) -> bool {
        if event_id.is_empty() {
            return true;
        }
        let mut hasher = SipHasher13::new_with_keys(self.key.0, self.key.1);
        hasher.write(event_id.as_bytes());
        let fingerprint = hasher.finish128().as_u128();
        let shard = &self.shards[(fingerprint >> 64) as usize % SHARDS];
        // A thread that panicked while holding a shard left a set that is still whole.
        let mut shard = shard
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        shard.insert(fingerprint)
    }
}

/// The set's own hash of a fingerprint: its low bits, which are already uniform.
#[derive(Default)]
struct Fingerprinted(u64);

impl Hasher for Fingerprinted {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u128` is called (the set holds `u128`s); this keeps any other use sound.
        for &byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(byte);
        }
    }

    fn write_u128(&mut self, value: u128) {
        self.0 = value as u64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_second_copy_is_a_duplicate_and_empty_ids_never_are() {
        let seen = Seen::default();
        assert!(seen.first_time("E-1"));
        assert!(seen.first_time("E-2"));
        assert!(!seen.first_time("E-1"));
        assert!(seen.first_time(""));
        assert!(seen.first_time(""));
    }
}
