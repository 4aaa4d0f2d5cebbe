//! The readers take a fast path to each record (they skim it and borrow what they can); it must
//! give exactly what `serde_json` gives through `Record`'s and `LazyRecord`'s `Deserialize`, for
//! every record, ordinary or odd: this checks both on fixture records bent in the ways real
//! data varies.
#![cfg(feature = "fixtures")]

use ecd_events::records::{
    Content, DeliveryFormat, Layout, LazyRecord, Record, RecordReader, fallbacks_on_this_thread,
};
use ecd_events::{EcdEvent, fixtures};
use proptest::prelude::*;
use serde_json::{Map, Value};

/// Values a field may take in real or damaged data: every JSON type, and the strings that
/// the lenient fields read specially.
const ODD_VALUES: &[&str] = &[
    "null",
    "1",
    "0",
    "-1",
    "1.5",
    "1e3",
    "18446744073709551616",
    "true",
    "false",
    "[]",
    "{}",
    r#""""#,
    r#""x\"y""#,
    r#""\u00e9t\u00e9""#,
    r#""true""#,
    r#""TRUE""#,
    r#""maybe""#,
    r#""Read""#,
    r#""write""#,
    r#""1""#,
    r#""+1""#,
    r#"{"type":"ram-user","userName":"a\nb"}"#,
    r#"{"attributes":{"mfaAuthenticated":"true"}}"#,
    r#"[{"a":[1,2,{"b":null}]}]"#,
];

const FIELDS: &[&str] = &[
    "eventId",
    "eventVersion",
    "eventName",
    "eventSource",
    "eventType",
    "eventCategory",
    "eventRW",
    "eventTime",
    "acsRegion",
    "requestId",
    "errorCode",
    "errorMessage",
    "sourceIpAddress",
    "userAgent",
    "userIdentity",
    "requestParameters",
    "responseElements",
    "isGlobal",
    "eventAttributes",
    "resourceName",
    "extend",
];

/// How a record's JSON is bent.
#[derive(Clone, Debug)]
enum Bend {
    /// A field (maybe one the record lacks, maybe unknown) set to a value.
    Set(usize, usize),
    /// A field written twice.
    Twice(usize, usize),
    /// A key written with an escape (`\u0065` for `e`).
    EscapedKey(usize),
    /// A field of `userIdentity` set to a value.
    Identity(usize, usize),
    /// A member of `userIdentity.sessionContext` (`attributes`) or of its attributes set to
    /// a value.
    Session(usize, usize),
}

/// The keys [`Bend::Session`] sets: `attributes` in the session, the others in its attributes.
const SESSION_KEYS: [&str; 4] = ["attributes", "mfaAuthenticated", "creationDate", "unknown"];

/// A session context with the members `bends` set (given twice where two bends set one key),
/// and the usual attributes where none is set.
fn session_json(bends: &[(&str, &str)]) -> String {
    let usual = [
        ("mfaAuthenticated", r#""true""#),
        ("creationDate", r#""2025-03-03T23:40:34Z""#),
    ];
    let member = |(key, value): (&str, &str)| format!(r#""{key}":{value}"#);
    let attributes: Vec<String> = usual
        .into_iter()
        .filter(|(key, _)| !bends.iter().any(|(bent, _)| bent == key))
        .chain(
            bends
                .iter()
                .copied()
                .filter(|(key, _)| *key != "attributes"),
        )
        .map(member)
        .collect();
    let mut session: Vec<String> = bends
        .iter()
        .copied()
        .filter(|(key, _)| *key == "attributes")
        .map(member)
        .collect();
    if session.is_empty() {
        session.push(format!(r#""attributes":{{{}}}"#, attributes.join(",")));
    }
    format!("{{{}}}", session.join(","))
}

fn bend() -> impl Strategy<Value = Bend> {
    let field = 0..FIELDS.len();
    let value = 0..ODD_VALUES.len();
    prop_oneof![
        (field.clone(), value.clone()).prop_map(|(f, v)| Bend::Set(f, v)),
        (field.clone(), value.clone()).prop_map(|(f, v)| Bend::Twice(f, v)),
        field.prop_map(Bend::EscapedKey),
        (0..5usize, value.clone()).prop_map(|(f, v)| Bend::Identity(f, v)),
        (0..SESSION_KEYS.len(), value).prop_map(|(f, v)| Bend::Session(f, v)),
    ]
}

/// The record's JSON, bent.
fn bent_json(seed: u64, event: usize, bends: &[Bend]) -> String {
    let record = fixtures::record(EcdEvent::ALL[event % EcdEvent::COUNT], seed);
    let Value::Object(mut members) = serde_json::to_value(&record).unwrap() else {
        unreachable!()
    };
    let mut suffix = String::new();
    let mut escaped = Vec::new();
    let mut session = Vec::new();
    for bend in bends {
        match *bend {
            // Written as text, after the other members, so that the value is exactly as above.
            Bend::Set(field, value) => {
                members.remove(FIELDS[field]);
                suffix.push_str(&format!(r#","{}":{}"#, FIELDS[field], ODD_VALUES[value]));
            }
            Bend::Twice(field, value) => {
                suffix.push_str(&format!(r#","{}":{}"#, FIELDS[field], ODD_VALUES[value]))
            }
            Bend::EscapedKey(field) => escaped.push(FIELDS[field]),
            Bend::Identity(field, value) => {
                let key = [
                    "type",
                    "userName",
                    "accessKeyId",
                    "sessionContext",
                    "unknown",
                ][field];
                let identity = members
                    .entry("userIdentity")
                    .or_insert_with(|| Value::Object(Map::new()));
                if let Value::Object(identity) = identity {
                    identity.insert(key.into(), serde_json::from_str(ODD_VALUES[value]).unwrap());
                }
            }
            Bend::Session(key, value) => session.push((SESSION_KEYS[key], ODD_VALUES[value])),
        }
    }
    // The session is written as text, where a key may be given twice.
    const SESSION: &str = "@session@";
    if !session.is_empty() {
        let identity = members
            .entry("userIdentity")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(identity) = identity {
            identity.insert("sessionContext".into(), SESSION.into());
        }
    }
    let mut json = serde_json::to_string(&members).unwrap();
    json = json.replacen(&format!(r#""{SESSION}""#), &session_json(&session), 1);
    if members.is_empty() {
        suffix.remove(0);
    }
    json.insert_str(json.len() - 1, &suffix);
    for key in escaped {
        json = json.replacen(
            &format!(r#""{key}":"#),
            &format!(r#""{}":"#, key.replacen('e', r"\u0065", 1)),
            1,
        );
    }
    json
}

/// Reads `json` both ways and fails naming both results where they differ.
fn check_both_ways(json: &str) {
    let by_serde = serde_json::from_str::<Record>(json);
    let mut by_reader = Vec::new();
    RecordReader::new(json.as_bytes())
        .for_each_borrowed(|result| by_reader.push(result.map(Record::into_owned)));
    assert_eq!(by_reader.len(), 1, "{json}");
    match (&by_serde, &by_reader[0]) {
        (Ok(expected), Ok(read)) => assert_eq!(expected, read, "{json}"),
        (Err(_), Err(_)) => {}
        (expected, read) => panic!("serde: {expected:?}\nreader: {read:?}\n{json}"),
    }
    let lazy_by_serde = LazyRecord::from_json(json).map(|lazy| format!("{lazy:?}"));
    let mut lazy_by_reader = Vec::new();
    RecordReader::new(json.as_bytes())
        .for_each_lazy(|result| lazy_by_reader.push(result.map(|lazy| format!("{lazy:?}"))));
    match (&lazy_by_serde, &lazy_by_reader[0]) {
        (Ok(expected), Ok(read)) => assert_eq!(expected, read, "{json}"),
        (Err(_), Err(_)) => {}
        (expected, read) => panic!("lazy, serde: {expected:?}\nlazy, reader: {read:?}\n{json}"),
    }
}

#[test]
fn every_field_with_every_odd_value_reads_the_same_both_ways() {
    for field in 0..FIELDS.len() {
        check_both_ways(&bent_json(7, 42, &[Bend::EscapedKey(field)]));
        for value in 0..ODD_VALUES.len() {
            check_both_ways(&bent_json(7, 42, &[Bend::Set(field, value)]));
            check_both_ways(&bent_json(7, 42, &[Bend::Twice(field, value)]));
        }
    }
    for value in 0..ODD_VALUES.len() {
        for field in 0..5 {
            check_both_ways(&bent_json(7, 42, &[Bend::Identity(field, value)]));
        }
        for key in 0..SESSION_KEYS.len() {
            check_both_ways(&bent_json(7, 42, &[Bend::Session(key, value)]));
            let twice = [Bend::Session(key, value), Bend::Session(key, 0)];
            check_both_ways(&bent_json(7, 42, &twice));
        }
    }
}

#[test]
fn odd_records_read_the_same_both_ways() {
    let head = r#"{"eventId":"E-1","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:52Z""#;
    for tail in [
        // serde's derived code refuses a key given twice, even after a null.
        r#","userIdentity":{"userName":null,"userName":"x"}}"#,
        r#","userIdentity":{"type":"ram-user","type":"system"}}"#,
        r#","userIdentity":{"unknown":1,"unknown":2}}"#,
        r#","errorCode":"\uD800"}"#,
        r#","errorCode":"\u00e9"}"#,
        r#","requestParameters":{"a":"b"} }"#,
        r#","eventRW":null,"eventRW":"Read"}"#,
        // Keys with escapes, and keys the types do not have, inside the identity and session.
        r#","userIdentity":{"t\u0079pe":"ram-user"}}"#,
        r#","userIdentity":{"sessionContext":{"attributes":{"mfa\u0041uthenticated":"true"}}}}"#,
        r#","userIdentity":{"sessionContext":{"other":1,"attributes":{"creationDate":"x"}}}}"#,
        r#","userIdentity":{"sessionContext":{"attributes":null,"attributes":null}}}"#,
        r#","userIdentity":{"sessionContext":[]}}"#,
        r#","userIdentity":[]}"#,
        // The lazy record keeps the last `userIdentity` and the last `type` in it.
        r#","userIdentity":{"type":"system"},"userIdentity":{"userName":"x"}}"#,
        r#","userIdentity":{"type":"system"},"userIdentity":null}"#,
        r#","userIdentity":null,"userIdentity":{"type":"ram-user"}}"#,
        r#","userIdentity":{"type":"system","type":null}}"#,
        r#","userIdentity":{"sessionContext":{"type":"system"}}}"#,
        r#","userIdentity":"ram-user"}"#,
        "}",
    ] {
        check_both_ways(&format!("{head}{tail}"));
    }
}

/// Records written with whitespace everywhere, and records cut anywhere, read the same both
/// ways (a cut one is an error both ways).
#[test]
fn pretty_and_cut_records_read_the_same_both_ways() {
    for event in (0..EcdEvent::COUNT).step_by(37) {
        let pretty =
            serde_json::to_string_pretty(&fixtures::record(EcdEvent::ALL[event], 5)).unwrap();
        check_both_ways(&pretty);
        let compact = bent_json(5, event, &[Bend::Session(1, 14)]);
        for cut in (1..compact.len()).step_by(7) {
            check_both_ways(&compact[..cut]);
        }
    }
}

/// Ordinary records, in every delivery format, are read by the fast path itself: were the
/// skimmer to give up on them, serde would read them all the same and every test above would
/// pass, only slower. This counts the records the readers leave to serde, and names the first.
#[test]
fn ordinary_records_take_the_fast_path() {
    // A whole trail: every event, unlisted names, other services, failures.
    let records: Vec<_> = fixtures::trail(11).take(1000).collect();
    for layout in [Layout::JsonLines, Layout::JsonArray] {
        for content in [Content::Records, Content::SlsLogs] {
            for gzip in [false, true] {
                let format = DeliveryFormat::new(layout, content, gzip);
                let delivery = fixtures::delivery(&records, format);
                for lazy in [false, true] {
                    let before = fallbacks_on_this_thread();
                    let mut read = 0;
                    let mut first_fallback = None;
                    let mut each = |ok: bool, id: String| {
                        assert!(ok, "{format}: an ordinary record is refused: {id}");
                        read += 1;
                        if first_fallback.is_none() && fallbacks_on_this_thread() > before {
                            first_fallback = Some(id);
                        }
                    };
                    let mut reader = RecordReader::new(&delivery[..]);
                    if lazy {
                        reader.for_each_lazy(|result| match result {
                            Ok(record) => each(true, record.event_id.to_string()),
                            Err(error) => each(false, error.to_string()),
                        });
                    } else {
                        reader.for_each_borrowed(|result| match result {
                            Ok(record) => each(true, record.event_id.to_string()),
                            Err(error) => each(false, error.to_string()),
                        });
                    }
                    let fell_back = fallbacks_on_this_thread() - before;
                    let how = if lazy { "lazily" } else { "in full" };
                    assert_eq!(read, records.len(), "{format}, {how}");
                    assert_eq!(
                        fell_back, 0,
                        "{format}, {how}: {fell_back} of {read} ordinary records fell back to serde, \
                         the first {first_fallback:?}"
                    );
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_typed_reader_gives_what_serde_gives(seed in any::<u64>(), event in 0..EcdEvent::COUNT, bends in prop::collection::vec(bend(), 0..4)) {
        let json = bent_json(seed, event, &bends);
        let by_serde = serde_json::from_str::<Record>(&json);
        let mut by_reader = Vec::new();
        RecordReader::new(json.as_bytes()).for_each_borrowed(|result| by_reader.push(result.map(Record::into_owned)));
        prop_assert_eq!(by_reader.len(), 1, "{}", json);
        match (&by_serde, &by_reader[0]) {
            (Ok(expected), Ok(read)) => prop_assert_eq!(expected, read, "{}", json),
            (Err(_), Err(_)) => {}
            (expected, read) => prop_assert!(false, "serde: {:?}\nreader: {:?}\n{}", expected, read, json),
        }
    }

    #[test]
    fn the_lazy_reader_gives_what_serde_gives(seed in any::<u64>(), event in 0..EcdEvent::COUNT, bends in prop::collection::vec(bend(), 0..4)) {
        let json = bent_json(seed, event, &bends);
        let by_serde = LazyRecord::from_json(&json);
        let mut by_reader = Vec::new();
        RecordReader::new(json.as_bytes()).for_each_lazy(|result| {
            by_reader.push(result.map(|lazy| (lazy.event_id.to_string(), lazy.event_name.clone(), lazy.event_time.to_string(), lazy.event_rw, lazy.identity_type.clone(), lazy.is_error(), lazy.json().to_owned())));
        });
        prop_assert_eq!(by_reader.len(), 1, "{}", json);
        match (&by_serde, &by_reader[0]) {
            (Ok(expected), Ok(read)) => {
                let expected = (expected.event_id.to_string(), expected.event_name.clone(), expected.event_time.to_string(), expected.event_rw, expected.identity_type.clone(), expected.is_error(), expected.json().to_owned());
                prop_assert_eq!(&expected, read, "{}", json);
            }
            (Err(_), Err(_)) => {}
            (expected, read) => prop_assert!(false, "serde: {:?}\nreader: {:?}\n{}", expected, read, json),
        }
    }
}
