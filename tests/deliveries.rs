//! The sample deliveries in tests/data/deliveries, which `ecd-audit scan` (audit/) audits when given no
//! path: every delivery format, records of many events (some the catalogue does not list, and
//! in one delivery other services' records), and a few damaged records. This test makes them
//! from the fixtures, checks the committed copies have not drifted, and checks what the reader
//! makes of each.
//!
//! To write them anew:
//! `REGENERATE_DELIVERIES=1 cargo test --features fixtures --test deliveries -- --test-threads=1`.
#![cfg(feature = "fixtures")]

use std::io::Read;
use std::path::PathBuf;

use ecd_events::fixtures;
use ecd_events::records::{
    Content, DeliveryFormat, Layout, OwnedRecord, RecordErrorKind, RecordReader,
};

/// One sample delivery: where it goes, what it holds, and the damage done to it.
struct Sample {
    path: &'static str,
    format: DeliveryFormat,
    seed: u64,
    records: usize,
    /// Whether the delivery is of a trail that every service delivers to, ECD's records mixed
    /// with other services' ([`fixtures::trail`]).
    whole_trail: bool,
    damage: Damage,
}

/// What is done to a delivery's content after writing it, and what the reader must report.
#[derive(Clone, Copy)]
enum Damage {
    None,
    /// Drops the closing quote of the first `"eventTime"` key of record `index`: a syntax error.
    BreakKey {
        index: usize,
    },
    /// Cuts JSON-Lines record `index` short, as an interrupted write would.
    TruncateLine {
        index: usize,
    },
    /// Renames record `index`'s `eventName` key, so that the record lacks a required field.
    DropEventName {
        index: usize,
    },
    /// Gives log `index` another Log Service topic.
    OtherTopic {
        index: usize,
    },
}

fn samples() -> Vec<Sample> {
    let format = DeliveryFormat::new;
    vec![
        Sample {
            path: "oss/Actiontrail_cn-hangzhou_20250304000000_1002_60_0d1f0b3c.json.gz",
            format: format(Layout::JsonArray, Content::Records, true),
            seed: 1,
            records: 60,
            whole_trail: true,
            damage: Damage::None,
        },
        Sample {
            path: "oss/Actiontrail_cn-shanghai_20250304001000_1002_40_5e2a7c91.json",
            format: format(Layout::JsonArray, Content::Records, false),
            seed: 2,
            records: 40,
            whole_trail: false,
            damage: Damage::BreakKey { index: 12 },
        },
        Sample {
            path: "sls/getlogs-actiontrail_audit.json",
            format: format(Layout::JsonArray, Content::SlsLogs, false),
            seed: 3,
            records: 50,
            whole_trail: false,
            damage: Damage::OtherTopic { index: 7 },
        },
        Sample {
            path: "sls/shipped-to-oss.jsonl.gz",
            format: format(Layout::JsonLines, Content::SlsLogs, true),
            seed: 4,
            records: 60,
            whole_trail: false,
            damage: Damage::None,
        },
        Sample {
            path: "records.jsonl",
            format: format(Layout::JsonLines, Content::Records, false),
            seed: 5,
            records: 80,
            whole_trail: false,
            damage: Damage::TruncateLine { index: 30 },
        },
        Sample {
            path: "records-missing-name.jsonl",
            format: format(Layout::JsonLines, Content::Records, false),
            seed: 6,
            records: 10,
            whole_trail: false,
            damage: Damage::DropEventName { index: 4 },
        },
    ]
}

fn directory() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/deliveries")
}

fn records_of(sample: &Sample) -> Vec<OwnedRecord> {
    let records = if sample.whole_trail {
        fixtures::trail(sample.seed)
    } else {
        fixtures::records(sample.seed)
    };
    records.take(sample.records).collect()
}

/// The uncompressed content of a sample, damage included.
fn content(sample: &Sample) -> Vec<u8> {
    let plain = DeliveryFormat::new(
        sample.format.layout.unwrap(),
        sample.format.content.unwrap(),
        false,
    );
    let records = records_of(sample);
    let mut bytes = fixtures::delivery(&records, plain);
    let text = String::from_utf8(bytes.clone()).unwrap();
    // Where record `index` starts: after the records before it, each as long as it is alone in
    // a delivery of the same format, less that delivery's frame (a line break after it, or
    // `[` and `]` around it), and a separator (a line break, or a comma). A record's strings
    // can hold `},{` (JSON text of a list of objects), so the separators cannot be searched.
    let start_of = |index: usize| -> usize {
        let lines = sample.format.layout == Some(Layout::JsonLines);
        let before: usize = records[..index]
            .iter()
            .map(|record| fixtures::delivery([record], plain).len() - if lines { 1 } else { 2 } + 1)
            .sum();
        before + usize::from(!lines)
    };
    match sample.damage {
        Damage::None => {}
        Damage::BreakKey { index } => {
            let key = start_of(index) + text[start_of(index)..].find("\"eventTime\"").unwrap();
            bytes.remove(key + "\"eventTime".len());
        }
        Damage::TruncateLine { index } => {
            let start = start_of(index);
            let end = start + text[start..].find('\n').unwrap();
            bytes.drain(start + (end - start) / 2..end);
        }
        Damage::DropEventName { index } => {
            let at = start_of(index) + text[start_of(index)..].find("\"eventName\"").unwrap();
            bytes[at + 1] = b'E';
        }
        Damage::OtherTopic { index } => {
            let at = start_of(index) + text[start_of(index)..].find("actiontrail_event").unwrap();
            bytes.splice(
                at..at + "actiontrail_event".len(),
                b"k8s_event__________".iter().copied(),
            );
        }
    }
    bytes
}

fn compress(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

fn decompress(bytes: &[u8]) -> Vec<u8> {
    let mut plain = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .read_to_end(&mut plain)
        .unwrap();
    plain
}

#[test]
fn committed_deliveries_are_what_the_fixtures_make() {
    let regenerate = std::env::var_os("REGENERATE_DELIVERIES").is_some();
    for sample in samples() {
        let path = directory().join(sample.path);
        let expected = content(&sample);
        if regenerate {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            let bytes = if sample.format.gzip {
                compress(&expected)
            } else {
                expected.clone()
            };
            std::fs::write(&path, bytes).unwrap();
        }
        let committed =
            std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        // Compressed bytes depend on the gzip encoder's version; the content must not drift.
        let committed = if sample.format.gzip {
            decompress(&committed)
        } else {
            committed
        };
        assert!(
            committed == expected,
            "{} has drifted from the fixtures; see this file's header",
            sample.path
        );
    }
}

#[test]
fn each_delivery_reads_as_its_records_with_the_damage_reported_where_it_is() {
    for sample in samples() {
        let path = directory().join(sample.path);
        let mut reader = RecordReader::open(&path).unwrap();
        let results: Vec<_> = reader.by_ref().collect();
        assert_eq!(reader.format(), sample.format, "{}", sample.path);

        let written = records_of(&sample);
        let damaged = match sample.damage {
            Damage::None => None,
            Damage::BreakKey { index }
            | Damage::TruncateLine { index }
            | Damage::DropEventName { index }
            | Damage::OtherTopic { index } => Some(index),
        };
        let read: Vec<_> = results
            .iter()
            .filter_map(|result| result.as_ref().ok())
            .collect();
        let undamaged: Vec<_> = written
            .iter()
            .enumerate()
            .filter(|(index, _)| Some(*index) != damaged)
            .map(|(_, record)| record)
            .collect();
        assert_eq!(
            read, undamaged,
            "{}: every undamaged record, in order",
            sample.path
        );

        let errors: Vec<_> = results
            .iter()
            .filter_map(|result| result.as_ref().err())
            .collect();
        match damaged {
            None => assert!(errors.is_empty(), "{}: {errors:?}", sample.path),
            Some(index) => {
                assert_eq!(errors.len(), 1, "{}: {errors:?}", sample.path);
                assert_eq!(errors[0].index(), index as u64, "{}", sample.path);
                let kind = match sample.damage {
                    Damage::DropEventName { .. } => RecordErrorKind::Data,
                    Damage::OtherTopic { .. } => RecordErrorKind::NotAnEvent,
                    _ => RecordErrorKind::Syntax,
                };
                assert_eq!(errors[0].kind(), kind, "{}: {}", sample.path, errors[0]);
                if sample.format.layout == Some(Layout::JsonLines) {
                    assert_eq!(errors[0].line(), index as u64 + 1, "{}", sample.path);
                }
            }
        }
    }
}

/// `ecd-audit`'s first command (README; CI greps its report for `[critical] mfa-weakened`)
/// audits these samples: they must hold MFA switched off for a workspace, successfully, as
/// that rule fires on. The fixtures' seeds above make two such records; this says so should a
/// change of the fixtures lose them.
#[test]
fn the_samples_hold_mfa_switched_off() {
    let mut switched_off = 0;
    for sample in samples() {
        for record in RecordReader::open(directory().join(sample.path)).unwrap() {
            let Ok(record) = record else { continue };
            let off = record.event() == Some(ecd_events::EcdEvent::ModifyOfficeSiteMfaEnabled)
                && !record.is_error()
                && record
                    .parameters()
                    .is_ok_and(|p| p.get("MfaEnabled").and_then(|v| v.as_bool()) == Some(false));
            switched_off += usize::from(off);
        }
    }
    assert!(switched_off > 0, "no sample switches MFA off");
}
