//! Which records have been read, shared by the threads that read, so that a record read twice
//! (overlapping deliveries, an SLS export and its OSS copy) counts once.
//!
//! A record is a copy of another when both have the same `eventId` and the same content as
//! the audit sees it ([`Sighting`]). Records that share an `eventId` but differ are each read and
//! audited, and counted as conflicting: whichever a thread happens to reach first, the report
//! is the same, and a forged record cannot hide the real one by taking its ID.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault, Hasher, RandomState};
use std::sync::Mutex;

use ecd_events::records::Record;
use siphasher::sip::SipHasher13;

/// Shards, so that threads seldom wait for each other.
const SHARDS: usize = 64;

/// What a record is, as [`Seen`] compares them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sighting {
    /// The first record read with this content (of its `eventId`, if any).
    First,
    /// The same `eventId` and content as a record read before.
    Duplicate,
}

/// The records read so far: each `eventId` as a 64-bit fingerprint with a 64-bit digest of its
/// content, 16 bytes a record. Both are SipHash keyed at random for each run, so that no one
/// can write a record that collides with another. Records whose IDs collide by chance (about
/// one pair in 10⁷ for a million records) are only counted as conflicting copies and both
/// audited: a record is dropped as a copy only when its ID and its content both match, a
/// chance of one in 2¹²⁸.
pub struct Seen {
    key: (u64, u64),
    shards: Vec<Shard>,
}

/// One shard, alone on its cache lines, so that threads locking neighbouring shards do not
/// take the line from each other's cores.
#[derive(Default)]
#[repr(align(128))]
struct Shard(Mutex<Contents>);

#[derive(Default)]
struct Contents {
    /// The content of the first record read with each `eventId`.
    first: HashMap<u64, u64, BuildHasherDefault<Fingerprinted>>,
    /// Every other content read with an `eventId` (rare: conflicting records).
    others: HashSet<(u64, u64)>,
}

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
    /// Records `record`, and says whether it is a copy of one read before. A record without
    /// an `eventId` is never a duplicate.
    pub fn read(&self, record: &Record<'_>) -> Sighting {
        if record.event_id.is_empty() {
            return Sighting::First;
        }
        let id = self.fingerprint(&record.event_id);
        let content = self.digest(record);
        let shard = &self.shards[(id >> 58) as usize % SHARDS];
        // A thread that panicked while holding a shard left sets that are still whole.
        let mut shard = shard
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let contents = &mut *shard;
        match contents.first.get(&id) {
            None => {
                contents.first.insert(id, content);
                Sighting::First
            }
            Some(&first) if first == content => Sighting::Duplicate,
            Some(_) if contents.others.insert((id, content)) => Sighting::First,
            Some(_) => Sighting::Duplicate,
        }
    }

    /// How many records shared an `eventId` with a record of other content: each read and
    /// audited. The same however the records were read.
    pub fn conflicting(&self) -> u64 {
        self.shards
            .iter()
            .map(|shard| {
                let shard = shard
                    .0
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                shard.others.len() as u64
            })
            .sum()
    }

    fn fingerprint(&self, event_id: &str) -> u64 {
        let mut hasher = SipHasher13::new_with_keys(self.key.0, self.key.1);
        hasher.write(event_id.as_bytes());
        hasher.finish()
    }

    /// What the audit reads of a record beyond its ID: what it is, when, whose, by whom,
    /// from where, where, on what, with which parameters and how it ended. A record that differs in nothing the
    /// audit reads makes the same report, so which of two such copies is read does not
    /// matter.
    fn digest(&self, record: &Record<'_>) -> u64 {
        let mut hasher = SipHasher13::new_with_keys(self.key.1, self.key.0);
        let identity = record.user_identity.as_ref();
        let access = record.event_rw.map(|access| access.as_str());
        for field in [
            Some(record.event_name.as_str()),
            Some(&*record.event_time),
            access,
            record.service_name.as_deref(),
            record.event_source.as_deref(),
            record.api_version.as_deref(),
            record.acs_region.as_deref(),
            record.error_code.as_deref(),
            record.error_message.as_deref(),
            record.source_ip_address.as_deref(),
            identity.and_then(|identity| identity.account_id.as_deref()),
            identity.and_then(|identity| identity.user_name.as_deref()),
            identity.and_then(|identity| identity.principal_id.as_deref()),
            identity.and_then(|identity| identity.access_key_id.as_deref()),
            identity
                .and_then(|identity| identity.identity_type.as_ref())
                .map(|kind| kind.as_str()),
            record.resource_name.as_deref(),
        ] {
            // 0xFF ends each field: no UTF-8 text holds that byte, so fields cannot run into
            // each other.
            hasher.write(field.unwrap_or("").as_bytes());
            hasher.write_u8(0xFF);
        }
        // The request parameters: rules read them (MFA switched off or on is a finding or
        // not), and whose a record is comes from `AcsProduct` among them when it names
        // neither its service nor its source. Without the whitespace between their tokens:
        // one delivery may pretty-print a record that another writes on one line.
        for parameters in [
            record.request_parameters.as_ref().map(|raw| raw.get()),
            record.request_parameter_json.as_deref(),
        ] {
            write_without_whitespace(&mut hasher, parameters.unwrap_or(""));
            hasher.write_u8(0xFF);
        }
        hasher.finish()
    }
}

/// Feeds the JSON text `json` to `hasher` without the whitespace between its tokens (spaces
/// in strings are kept), in runs between such whitespace.
fn write_without_whitespace(hasher: &mut impl Hasher, json: &str) {
    let bytes = json.as_bytes();
    let mut in_string = false;
    let mut escaped = false;
    let mut run = 0;
    for (at, &byte) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'"' {
                in_string = false;
            }
        } else if matches!(byte, b' ' | b'\t' | b'\n' | b'\r') {
            hasher.write(&bytes[run..at]);
            run = at + 1;
        } else if byte == b'"' {
            in_string = true;
        }
    }
    hasher.write(&bytes[run..]);
}

/// The map's own hash of a fingerprint: the fingerprint, which is already uniform.
#[derive(Default)]
pub(super) struct Fingerprinted(u64);

impl Hasher for Fingerprinted {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is called (the map's keys are `u64`s); this keeps any other use
        // sound.
        for &byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(byte);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: &str, name: &str) -> Record<'static> {
        Record::new(id.to_owned(), name.parse().unwrap(), "2025-03-04T09:41:52Z")
    }

    #[test]
    fn the_same_record_again_is_a_duplicate_and_empty_ids_never_are() {
        let seen = Seen::default();
        assert_eq!(seen.read(&record("E-1", "StopDesktops")), Sighting::First);
        assert_eq!(seen.read(&record("E-2", "StopDesktops")), Sighting::First);
        assert_eq!(
            seen.read(&record("E-1", "StopDesktops")),
            Sighting::Duplicate
        );
        assert_eq!(seen.read(&record("", "StopDesktops")), Sighting::First);
        assert_eq!(seen.read(&record("", "StopDesktops")), Sighting::First);
        assert_eq!(seen.conflicting(), 0);
    }

    fn with_parameters(id: &str, parameters: &str) -> Record<'static> {
        let mut record = record(id, "ModifyOfficeSiteMfaEnabled");
        record.request_parameters =
            Some(ecd_events::records::RawJson::from_json(parameters.to_owned()).unwrap());
        record
    }

    #[test]
    fn copies_that_differ_in_spacing_only_are_duplicates_and_other_parameters_are_not() {
        let seen = Seen::default();
        let compact = r#"{"MfaEnabled":"false","OfficeSiteId":"cn-hangzhou+dir 1"}"#;
        let pretty =
            "{\n  \"MfaEnabled\": \"false\",\n  \"OfficeSiteId\": \"cn-hangzhou+dir 1\"\n}";
        assert_eq!(seen.read(&with_parameters("E-1", compact)), Sighting::First);
        assert_eq!(
            seen.read(&with_parameters("E-1", pretty)),
            Sighting::Duplicate
        );
        // A space inside a string is content.
        let spaced = r#"{"MfaEnabled":"false","OfficeSiteId":"cn-hangzhou+dir1"}"#;
        assert_eq!(seen.read(&with_parameters("E-1", spaced)), Sighting::First);
        let on = r#"{"MfaEnabled":"true","OfficeSiteId":"cn-hangzhou+dir 1"}"#;
        assert_eq!(seen.read(&with_parameters("E-1", on)), Sighting::First);
        assert_eq!(seen.conflicting(), 2);
    }

    #[test]
    fn records_that_share_an_id_but_differ_are_each_read_once_in_any_order() {
        let copies = [
            record("E-1", "DescribeDesktops"),
            record("E-1", "RunCommand"),
            record("E-1", "DescribeDesktops"),
            record("E-1", "RunCommand"),
        ];
        for order in [[0, 1, 2, 3], [1, 0, 3, 2], [1, 3, 0, 2]] {
            let seen = Seen::default();
            let first: Vec<bool> = order
                .iter()
                .map(|&index| seen.read(&copies[index]) == Sighting::First)
                .collect();
            assert_eq!(first.iter().filter(|&&first| first).count(), 2, "{order:?}");
            assert_eq!(seen.conflicting(), 1, "{order:?}");
        }
    }
}
