//! Properties of records and of `RecordReader` over generated and damaged input: records
//! round-trip through JSON, no input makes the reader panic or lose track of positions, and
//! damage to one record of a delivery costs that record only.
#![cfg(feature = "fixtures")]

#[path = "support/sources.rs"]
mod sources;

use std::io::{BufReader, Read};

use ecd_events::records::{
    Content, DeliveryFormat, Layout, LazyRecord, OwnedRecord, RawJson, Record, RecordError,
    RecordErrorKind, RecordReader,
};
use ecd_events::{EcdEvent, fixtures};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestCaseError;
use sources::{Interrupting, OneByteAtATime, gzip};

/// 256 cases per property unless `PROPTEST_CASES` asks for more (or fewer).
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(256);
    ProptestConfig::with_cases(cases)
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// A fixture record: of any event with any seed, or from anywhere in a fixture stream (which
/// mixes in names the catalogue does not list).
fn any_fixture_record() -> impl Strategy<Value = OwnedRecord> {
    prop_oneof![
        (0..EcdEvent::COUNT, any::<u64>())
            .prop_map(|(event, seed)| fixtures::record(EcdEvent::ALL[event], seed)),
        (any::<u64>(), 0..100usize)
            .prop_map(|(seed, skip)| fixtures::records(seed).nth(skip).unwrap()),
    ]
}

type Results = Vec<Result<OwnedRecord, RecordError>>;

/// Everything the reader yields, failing (not hanging) if it yields more than `most`.
fn drain<R: Read>(mut reader: RecordReader<R>, most: usize) -> Result<Results, TestCaseError> {
    let results: Results = reader.by_ref().take(most + 1).collect();
    prop_assert!(
        results.len() <= most,
        "the reader yielded more than {most} results"
    );
    prop_assert!(
        reader.next().is_none(),
        "the reader yields nothing after None"
    );
    Ok(results)
}

/// What every sequence of results must satisfy. Each result is one record of the delivery,
/// so an error's index is its position among the results; errors come in order of offset; an
/// `Io` error ends the stream. When the uncompressed `content` is known, every other error
/// lies within it, on the line its offset is on.
fn check_positions(results: &Results, content: Option<&[u8]>) -> Result<(), TestCaseError> {
    let mut last_offset = 0;
    for (position, result) in results.iter().enumerate() {
        let Err(error) = result else { continue };
        prop_assert_eq!(error.index(), position as u64, "index of {}", error);
        prop_assert!(
            error.offset() >= last_offset,
            "{} comes before an earlier error at byte {}",
            error,
            last_offset
        );
        last_offset = error.offset();
        if error.kind() == RecordErrorKind::Io {
            prop_assert_eq!(position + 1, results.len(), "nothing after {}", error);
            continue;
        }
        if let Some(content) = content {
            let offset = error.offset() as usize;
            prop_assert!(offset <= content.len(), "{} is past the end", error);
            let line = 1 + content[..offset]
                .iter()
                .filter(|&&byte| byte == b'\n')
                .count();
            prop_assert_eq!(error.line(), line as u64, "line of {}", error);
        }
    }
    Ok(())
}

fn ok_records(results: &Results) -> Vec<&OwnedRecord> {
    results
        .iter()
        .filter_map(|result| result.as_ref().ok())
        .collect()
}

/// Results in a form that compares: records, and errors with all they tell.
fn comparable(results: &Results) -> Vec<Result<&OwnedRecord, String>> {
    results
        .iter()
        .map(|result| match result {
            Ok(record) => Ok(record),
            Err(error) => Err(format!("{:?} {error}", error.kind())),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// (a) Records through serde_json
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    /// Serialized and parsed back, a record is the same record: borrowed, owned, from a
    /// slice, pretty-printed, and lazily read; and serializing it again gives the same JSON.
    #[test]
    fn a_fixture_record_round_trips_through_serde_json(record in any_fixture_record()) {
        let json = serde_json::to_string(&record).unwrap();

        let parsed: Record = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&parsed, &record);
        prop_assert_eq!(serde_json::to_string(&parsed).unwrap(), json.clone());
        prop_assert_eq!(parsed.into_owned(), record.clone());

        let from_slice: Record = serde_json::from_slice(json.as_bytes()).unwrap();
        prop_assert_eq!(from_slice.into_owned(), record.clone());

        let pretty = serde_json::to_string_pretty(&record).unwrap();
        let from_pretty: Record = serde_json::from_str(&pretty).unwrap();
        prop_assert_eq!(&from_pretty, &record);

        let lazy = LazyRecord::from_json(&json).unwrap();
        prop_assert_eq!(lazy.json(), json.as_str());
        prop_assert_eq!(&lazy.event_id, &record.event_id);
        prop_assert_eq!(&lazy.event_name, &record.event_name);
        prop_assert_eq!(lazy.record().unwrap(), record);
    }

    /// Any text in a record's strings survives: quotes, backslashes, control characters and
    /// characters beyond ASCII are escaped on the way out and read back. That includes
    /// `eventVersion`, which is written as a number when its text is one.
    #[test]
    fn a_record_with_arbitrary_text_round_trips(
        record in any_fixture_record(),
        event_id in any::<String>(),
        event_version in prop_oneof![any::<String>(), "[+0-9]{1,3}"],
        user_agent in any::<String>(),
        resource_name in any::<String>(),
        extra in proptest::collection::vec((any::<String>(), any::<String>()), 0..3),
    ) {
        let mut record = record;
        record.event_id = event_id.into();
        record.event_version = Some(event_version.into());
        record.user_agent = Some(user_agent.into());
        record.resource_name = Some(resource_name.into());
        for (key, value) in extra {
            // Keys the record models would be read into their fields, not `other`.
            record.other.push((format!("x-{key}").into(), RawJson::to_json(&value).unwrap()));
        }
        let json = serde_json::to_string(&record).unwrap();
        let parsed: Record = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(parsed.into_owned(), record.clone());

        // And through the reader, in a delivery of each content.
        for content in [Content::Records, Content::SlsLogs] {
            let body = fixtures::delivery([&record], DeliveryFormat::new(Layout::JsonLines, content, false));
            let read: Vec<OwnedRecord> = RecordReader::new(&body[..]).collect::<Result<_, _>>().unwrap();
            prop_assert_eq!(read, vec![record.clone()]);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// (b) No input panics the reader
// ---------------------------------------------------------------------------------------------

/// Pieces of JSON and of records, so that generated input gets past the first byte.
fn json_like_bytes() -> impl Strategy<Value = Vec<u8>> {
    const PIECES: &[&[u8]] = &[
        b"{",
        b"}",
        b"[",
        b"]",
        b",",
        b":",
        b"\"",
        b"\\",
        b" ",
        b"\n",
        b"\r\n",
        b"\"eventId\":\"E-1\"",
        b"\"eventName\":\"StopDesktops\"",
        b"\"eventTime\":\"2025-03-04T09:41:52Z\"",
        b"\"eventRW\":\"Write\"",
        b"\"eventVersion\":1",
        b"\"userIdentity\":{\"type\":\"ram-user\"}",
        b"\"requestParameters\":{\"a\":[1,2,{}]}",
        b"\"__topic__\":\"actiontrail_event\"",
        b"\"__topic__\":\"other\"",
        b"\"event\":",
        b"\"{\\\"eventId\\\":\\\"E-2\\\",\\\"eventName\\\":\\\"DeleteDesktops\\\",\\\"eventTime\\\":\\\"2025-03-04T09:41:52Z\\\"}\"",
        b"{\"eventId\":\"E-3\",\"eventName\":\"StartDesktops\",\"eventTime\":\"2025-03-04T09:45:00Z\"}",
        b"null",
        b"true",
        b"-12.5e3",
        b"\"\\u00e9\\ud83d\\ude00\"",
        "\u{FEFF}".as_bytes(),
        "中文".as_bytes(),
        b"\xFF",
        b"\xE4\xB8",
        b"\x00",
    ];
    proptest::collection::vec(proptest::sample::select(PIECES), 0..64)
        .prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn random_bytes_never_panic_the_reader(
        bytes in proptest::collection::vec(any::<u8>(), 0..2048),
        limit in prop_oneof![Just(usize::MAX), 1..256usize],
    ) {
        let plain = !bytes.starts_with(&[0x1f, 0x8b]);
        let most = if plain { bytes.len() + 1 } else { 1_000_000 };
        let results = drain(RecordReader::new(&bytes[..]).max_record_bytes(limit), most)?;
        check_positions(&results, plain.then_some(&bytes[..]))?;
        if plain {
            prop_assert!(results.iter().all(|result| !matches!(result, Err(error) if error.kind() == RecordErrorKind::Io)));
        }
        RecordReader::new(&bytes[..]).for_each_borrowed(|_| ());
        RecordReader::new(&bytes[..]).for_each_lazy(|_| ());
    }

    /// Input made of JSON pieces reaches every path of the reader; positions stay consistent
    /// with the content, and `for_each_borrowed` sees what the iterator yields.
    #[test]
    fn json_like_input_never_panics_the_reader(
        bytes in json_like_bytes(),
        limit in prop_oneof![Just(usize::MAX), 1..256usize],
    ) {
        let results = drain(RecordReader::new(&bytes[..]).max_record_bytes(limit), bytes.len() + 1)?;
        check_positions(&results, Some(&bytes))?;

        let mut borrowed = Vec::new();
        RecordReader::new(&bytes[..]).max_record_bytes(limit).for_each_borrowed(|result| {
            borrowed.push(result.map(Record::into_owned));
        });
        prop_assert_eq!(comparable(&borrowed), comparable(&results));

        RecordReader::new(&bytes[..]).max_record_bytes(limit).for_each_lazy(|_| ());
    }

    /// The same content gzip-compressed gives the same results.
    #[test]
    fn gzip_json_like_input_reads_as_the_plain_input(bytes in json_like_bytes()) {
        let plain = drain(RecordReader::new(&bytes[..]), bytes.len() + 1)?;
        let zipped = gzip(&bytes);
        let mut reader = RecordReader::new(&zipped[..]);
        let unzipped: Results = reader.by_ref().take(bytes.len() + 2).collect();
        prop_assert!(reader.format().gzip);
        prop_assert_eq!(comparable(&unzipped), comparable(&plain));
    }

    /// The results do not depend on how the source hands over its bytes.
    #[test]
    fn one_byte_reads_match_the_whole_slice(bytes in json_like_bytes(), zipped in any::<bool>()) {
        let bytes = if zipped { gzip(&bytes) } else { bytes };
        let whole = drain(RecordReader::new(&bytes[..]), 1_000_000)?;
        let trickle = drain(RecordReader::new(OneByteAtATime(&bytes)), 1_000_000)?;
        prop_assert_eq!(comparable(&trickle), comparable(&whole));
    }

    /// A source read through its own buffer (`from_buf_read`) gives what any other source
    /// gives, whatever that buffer holds at a time, and however often it is interrupted.
    #[test]
    fn a_buffered_source_reads_as_any_other(
        bytes in json_like_bytes(),
        zipped in any::<bool>(),
        capacity in 1..100_usize,
    ) {
        let bytes = if zipped { gzip(&bytes) } else { bytes };
        let whole = drain(RecordReader::new(&bytes[..]), 1_000_000)?;
        let slice = drain(RecordReader::from_buf_read(&bytes[..]), 1_000_000)?;
        prop_assert_eq!(comparable(&slice), comparable(&whole));
        let small_buffer = BufReader::with_capacity(capacity, Interrupting::new(&bytes[..], 1));
        let trickle = drain(RecordReader::from_buf_read(small_buffer), 1_000_000)?;
        prop_assert_eq!(comparable(&trickle), comparable(&whole));
    }
}

// ---------------------------------------------------------------------------------------------
// (c) Damage to a delivery costs only the damaged record
// ---------------------------------------------------------------------------------------------

/// One change to a delivery's bytes.
#[derive(Clone, Debug)]
enum Damage {
    /// The byte at the index becomes this one.
    Replace(Index, u8),
    /// The delivery ends before the index.
    Truncate(Index),
}

fn any_damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        3 => (any::<Index>(), any::<u8>()).prop_map(|(at, byte)| Damage::Replace(at, byte)),
        1 => any::<Index>().prop_map(Damage::Truncate),
    ]
}

/// Where each record's bytes (the record's JSON, or the log carrying it) are in the plain
/// content of a delivery, worked out from each record's own serialization.
fn spans(records: &[OwnedRecord], format: DeliveryFormat) -> Vec<(usize, usize)> {
    let content = format.content.unwrap();
    let array = format.layout == Some(Layout::JsonArray);
    let mut at = usize::from(array);
    let mut spans = Vec::new();
    for record in records {
        let length = match content {
            Content::Records => serde_json::to_vec(record).unwrap().len(),
            // A log is written as its own delivery of one line would be.
            _ => {
                fixtures::delivery(
                    [record],
                    DeliveryFormat::new(Layout::JsonLines, content, false),
                )
                .len()
                    - 1
            }
        };
        spans.push((at, at + length));
        at += length + 1; // `\n` after a line, `,` or `]` after an element
    }
    spans
}

/// Reads a delivery of `records` after `damage`, and checks what must survive it.
fn check_damage(
    records: &[OwnedRecord],
    format: DeliveryFormat,
    damage: &Damage,
) -> Result<(), TestCaseError> {
    let body = fixtures::delivery(records, format);
    let plain_format = DeliveryFormat::new(format.layout.unwrap(), format.content.unwrap(), false);
    let content = fixtures::delivery(records, plain_format);
    let spans = spans(records, format);
    prop_assert_eq!(
        spans.last().unwrap().1 + 1,
        content.len(),
        "the spans cover the content"
    );

    let mut damaged = body.clone();
    let (at, replaced) = match damage {
        Damage::Replace(index, byte) => {
            let at = index.index(damaged.len());
            damaged[at] = *byte;
            (at, true)
        }
        Damage::Truncate(index) => {
            let at = index.index(damaged.len());
            damaged.truncate(at);
            (at, false)
        }
    };
    let most = if format.gzip {
        1_000_000
    } else {
        damaged.len() + 1
    };
    let results = drain(RecordReader::new(&damaged[..]), most)?;
    let read = ok_records(&results);

    if format.gzip {
        check_positions(&results, None)?;
        // The content that flate2 itself decompresses intact, read in small steps: every
        // record wholly in it is read first, whatever follows.
        let intact = common_prefix(&gunzip_in_small_steps(&damaged), &content);
        let before = spans.iter().filter(|(_, end)| *end <= intact).count();
        check_read_first(records, before, &results)?;
        return check_gzip_damage(records, &results, &read, replaced, at);
    }
    check_positions(&results, Some(&damaged))?;

    // Every record wholly before the damage is read first, in order.
    let before = spans.iter().filter(|(_, end)| *end <= at).count();
    check_read_first(records, before, &results)?;
    if replaced {
        // Every record the damaged byte is not in is read, in order; at most one more record
        // (the damaged one, changed but still a record) can come out.
        let undamaged: Vec<&OwnedRecord> = records
            .iter()
            .zip(&spans)
            .filter(|(_, (start, end))| !(start..end).contains(&&at))
            .map(|(record, _)| record)
            .collect();
        let mut found = read.iter();
        for record in &undamaged {
            prop_assert!(
                found.any(|read| read == record),
                "record {} is lost; read {:?}",
                record.event_id,
                read.iter()
                    .map(|record| &record.event_id)
                    .collect::<Vec<_>>()
            );
        }
        prop_assert!(read.len() <= records.len());
        if damaged == body {
            prop_assert!(results.iter().all(Result::is_ok));
            prop_assert_eq!(read.len(), records.len());
        }
    } else {
        // Cut short: exactly the records wholly before the cut, and an error unless the cut
        // falls between records of JSON Lines.
        prop_assert_eq!(read.len(), before, "records before the cut, and no others");
        let inside_a_record = spans.iter().any(|(start, end)| *start < at && at < *end);
        let open_array = format.layout == Some(Layout::JsonArray) && at > 0;
        if inside_a_record || open_array {
            prop_assert!(results.iter().any(Result::is_err), "the cut is reported");
        } else {
            prop_assert!(results.iter().all(Result::is_ok));
        }
    }
    Ok(())
}

/// The first `before` results are the first `before` records.
fn check_read_first(
    records: &[OwnedRecord],
    before: usize,
    results: &Results,
) -> Result<(), TestCaseError> {
    for (index, record) in records[..before].iter().enumerate() {
        match results.get(index) {
            Some(Ok(read)) => prop_assert_eq!(read, record, "record {} before the damage", index),
            other => prop_assert!(
                false,
                "record {} before the damage: {:?}",
                index,
                other.map(|result| result.as_ref().map(|record| &record.event_id))
            ),
        }
    }
    Ok(())
}

/// What flate2 decompresses from `bytes`, 64 bytes per read, until the stream ends or fails.
fn gunzip_in_small_steps(bytes: &[u8]) -> Vec<u8> {
    let mut decoder = flate2::read::MultiGzDecoder::new(bytes);
    let mut out = Vec::new();
    let mut chunk = [0; 64];
    while let Ok(read @ 1..) = decoder.read(&mut chunk) {
        out.extend_from_slice(&chunk[..read]);
    }
    out
}

fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// Damage to compressed bytes can garble everything after it, and gzip checks its content
/// only at the end of the stream (CRC-32), so a garbled record can come out before the `Io`
/// error that says the stream was corrupt. What must hold: a stream that decompressed without
/// error (the damage hit a header field that is not checked, or changed nothing) gave every
/// record; any record that was not written is followed by an `Io` error; and a stream cut
/// short yields only whole records, in order, then an `Io` error.
fn check_gzip_damage(
    records: &[OwnedRecord],
    results: &Results,
    read: &[&OwnedRecord],
    replaced: bool,
    at: usize,
) -> Result<(), TestCaseError> {
    let io_failed =
        matches!(results.last(), Some(Err(error)) if error.kind() == RecordErrorKind::Io);
    if replaced {
        if !io_failed && at >= 2 {
            prop_assert!(
                results.iter().all(Result::is_ok),
                "{:?}",
                comparable(results)
            );
            prop_assert_eq!(
                read.len(),
                records.len(),
                "an intact stream gives every record"
            );
        }
        if let Some(garbled) = read.iter().find(|record| !records.contains(record)) {
            prop_assert!(
                io_failed,
                "a garbled record without an Io error after it: {:?}",
                garbled.event_id
            );
        }
    } else if at >= 2 {
        prop_assert!(
            io_failed,
            "a cut gzip stream ends with an Io error: {:?}",
            comparable(results).last()
        );
        let (_, before) = results.split_last().unwrap();
        prop_assert!(before.iter().all(Result::is_ok));
        prop_assert_eq!(
            read,
            &records.iter().take(read.len()).collect::<Vec<_>>()[..]
        );
    }
    Ok(())
}

macro_rules! damage_costs_only_the_damaged_record {
    ($($name:ident: $layout:expr, $content:expr, $gzip:expr;)*) => {
        proptest! {
            #![proptest_config(config())]
            $(
                #[test]
                fn $name(seed in any::<u64>(), count in 5..=20usize, damage in any_damage()) {
                    let records: Vec<OwnedRecord> = fixtures::records(seed).take(count).collect();
                    check_damage(&records, DeliveryFormat::new($layout, $content, $gzip), &damage)?;
                }
            )*
        }
    };
}

damage_costs_only_the_damaged_record! {
    damage_to_json_lines_of_records: Layout::JsonLines, Content::Records, false;
    damage_to_json_lines_of_sls_logs: Layout::JsonLines, Content::SlsLogs, false;
    damage_to_a_json_array_of_records: Layout::JsonArray, Content::Records, false;
    damage_to_a_json_array_of_sls_logs: Layout::JsonArray, Content::SlsLogs, false;
    damage_to_gzip_json_lines_of_records: Layout::JsonLines, Content::Records, true;
    damage_to_gzip_json_lines_of_sls_logs: Layout::JsonLines, Content::SlsLogs, true;
    damage_to_a_gzip_json_array_of_records: Layout::JsonArray, Content::Records, true;
    damage_to_a_gzip_json_array_of_sls_logs: Layout::JsonArray, Content::SlsLogs, true;
}

// ---------------------------------------------------------------------------------------------
// Every record is read or reported
// ---------------------------------------------------------------------------------------------

/// One record of a delivery, as written: whole, or damaged one of the ways real ones are.
#[derive(Clone, Debug)]
enum Item {
    Good,
    /// Cut short after this fraction of its text (an interrupted write).
    Cut(Index),
    /// A structural byte after this fraction of its text removed (a syntax error).
    Broken(Index),
    /// Well-formed, but without the required `eventName`.
    NoName,
}

fn any_item() -> impl Strategy<Value = Item> {
    prop_oneof![
        4 => Just(Item::Good),
        1 => any::<Index>().prop_map(Item::Cut),
        1 => any::<Index>().prop_map(Item::Broken),
        1 => Just(Item::NoName),
    ]
}

/// The text of `record` as `item` says, in `content`'s form (a record, or a log carrying it);
/// `unusual` adds, after its first member, one no record has (the model keeps it) holding
/// arrays of objects, which damage must not confuse with a record start. (A record whose
/// first key is unusual, after a record cut inside an array, cannot be told from an element
/// of that array: tests/records_damage.rs tries the cases that can.)
fn item_text(record: &OwnedRecord, item: &Item, content: Content, unusual: bool) -> String {
    let mut json = serde_json::to_string(record).unwrap();
    if matches!(item, Item::NoName) {
        json = json.replacen("\"eventName\"", "\"eventNome\"", 1);
    }
    if unusual {
        let first_member_end = json.find("\",\"").map_or(1, |at| at + 2);
        json.insert_str(
            first_member_end,
            r#""zz":[{"requestId":"r"},{},{"k":[{}]}],"#,
        );
    }
    let mut text = match content {
        Content::Records => json,
        _ => serde_json::json!({"__topic__": "actiontrail_event", "event": json}).to_string(),
    };
    match item {
        // Cut after its first key at least: before that, nothing in it says a record starts
        // there, and after damage inside an array of the record before it, `{` alone cannot be
        // told from an element of that array.
        Item::Cut(at) => {
            let first_key = text[2..].find('"').map_or(1, |at| at + 3);
            text.truncate(first_key + at.index(text.len() - 1 - first_key));
        }
        Item::Broken(at) => {
            // The first `:` or `,` between members from there on (outside strings), or the
            // closing `}`.
            let from = 12 + at.index(text.len() - 12);
            let (mut in_string, mut escaped) = (false, false);
            let mut structural = None;
            for (offset, c) in text.char_indices() {
                match c {
                    _ if escaped => escaped = false,
                    '\\' if in_string => escaped = true,
                    '"' => in_string = !in_string,
                    ':' | ',' if !in_string && offset >= from => {
                        structural = Some(offset);
                        break;
                    }
                    _ => {}
                }
            }
            text.remove(structural.unwrap_or(text.len() - 1));
        }
        Item::Good | Item::NoName => {}
    }
    text
}

proptest! {
    #![proptest_config(config())]

    /// Records read and errors reported add up to the records written, in every format: a
    /// damaged record is one error, and no record, good or not, vanishes.
    #[test]
    fn every_record_written_is_read_or_reported(
        seed in any::<u64>(),
        items in prop::collection::vec(any_item(), 1..12),
        array in any::<bool>(),
        logs in any::<bool>(),
        unusual in any::<bool>(),
    ) {
        let content = if logs { Content::SlsLogs } else { Content::Records };
        let records: Vec<OwnedRecord> = fixtures::records(seed).take(items.len()).collect();
        let texts: Vec<String> = records
            .iter()
            .zip(&items)
            .map(|(record, item)| item_text(record, item, content, unusual))
            .collect();
        let delivery = if array {
            format!("[{}]", texts.join(",\n"))
        } else {
            texts.join("\n") + "\n"
        };
        let results = drain(RecordReader::new(delivery.as_bytes()), items.len() + 5)?;
        prop_assert_eq!(
            results.len(),
            items.len(),
            "one result per record written: {:?}",
            comparable(&results)
        );
        let good: Vec<&str> = records
            .iter()
            .zip(&items)
            .filter(|(_, item)| matches!(item, Item::Good))
            .map(|(record, _)| record.event_id.as_str())
            .collect();
        let read: Vec<&str> = ok_records(&results).iter().map(|record| record.event_id.as_str()).collect();
        prop_assert_eq!(read, good, "every good record, in order");
        let mut lazy = 0;
        RecordReader::new(delivery.as_bytes()).for_each_lazy(|_| lazy += 1);
        prop_assert_eq!(lazy, items.len(), "the lazy reader too");
        // However the delivery is cut into reads.
        let bytewise = drain(RecordReader::new(OneByteAtATime(delivery.as_bytes())), items.len() + 5)?;
        prop_assert_eq!(comparable(&bytewise), comparable(&results), "read a byte at a time");
    }
}
