//! Which `eventId`s have been read, shared by the threads that read: the first copy of a
//! record counts, every later one is a duplicate.

use std::collections::HashSet;
use std::hash::{BuildHasher, RandomState};
use std::sync::Mutex;

/// Shards, so that threads seldom wait for each other.
const SHARDS: usize = 64;

/// The `eventId`s read so far, as 128-bit fingerprints: 16 bytes a record, where a chance
/// collision (about one in 10¹⁹ for a billion records) is far rarer than a damaged disk.
pub struct Seen {
    keys: [RandomState; 2],
    shards: Vec<Mutex<HashSet<u128>>>,
}

impl Default for Seen {
    fn default() -> Self {
        Seen {
            keys: [RandomState::new(), RandomState::new()],
            shards: (0..SHARDS).map(|_| Mutex::default()).collect(),
        }
    }
}

impl Seen {
    /// Records `event_id`; `false` if it was read before. An empty ID is never a duplicate.
    pub fn first_time(&self, event_id: &str) -> bool {
        if event_id.is_empty() {
            return true;
        }
        let high = self.keys[0].hash_one(event_id);
        let low = self.keys[1].hash_one(event_id);
        let fingerprint = (u128::from(high) << 64) | u128::from(low);
        let shard = &self.shards[(low as usize) % SHARDS];
        // A thread that panicked while holding a shard left a set that is still whole.
        let mut shard = shard
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        shard.insert(fingerprint)
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
