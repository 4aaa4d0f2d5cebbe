//! How `RecordReader` reads deliveries: every format it detects, what it skips, and where it
//! says a damaged record was.
//!
//! Deliveries come from `ecd_events::fixtures`; the expectations are worked out here from the
//! records and their own serialization, not taken from the reader.
#![cfg(feature = "fixtures")]

use std::io::{self, Read};

#[path = "support/formats.rs"]
mod formats;
#[path = "support/sources.rs"]
mod sources;

use ecd_events::fixtures;
use ecd_events::records::{
    Content, DeliveryFormat, Layout, OwnedRecord, RecordError, RecordErrorKind, RecordPosition,
    RecordReader,
};
use formats::all_formats;
use sources::{Interrupting, OneByteAtATime, gzip};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn plain(layout: Layout, content: Content) -> DeliveryFormat {
    DeliveryFormat::new(layout, content, false)
}

/// The bytes one record takes in a delivery of `content`, without separators: the record's
/// JSON, or the Log Service log that carries it.
fn unit(record: &OwnedRecord, content: Content) -> Vec<u8> {
    let mut line = fixtures::delivery([record], plain(Layout::JsonLines, content));
    assert_eq!(
        line.pop(),
        Some(b'\n'),
        "a JSON Lines delivery ends each line"
    );
    line
}

/// Joins units into the plain content of a delivery, as `fixtures::delivery` lays them out.
fn join(units: &[Vec<u8>], layout: Layout) -> Vec<u8> {
    let mut out = Vec::new();
    match layout {
        Layout::JsonArray => {
            out.push(b'[');
            for (index, unit) in units.iter().enumerate() {
                if index > 0 {
                    out.push(b',');
                }
                out.extend_from_slice(unit);
            }
            out.push(b']');
        }
        _ => {
            for unit in units {
                out.extend_from_slice(unit);
                out.push(b'\n');
            }
        }
    }
    out
}

/// Where unit `index` starts in `join(units, layout)`.
fn start_of(units: &[Vec<u8>], layout: Layout, index: usize) -> u64 {
    let before: usize = units[..index].iter().map(|unit| unit.len() + 1).sum();
    let opening = usize::from(layout == Layout::JsonArray);
    (before + opening) as u64
}

/// What gunzipping `bytes` gives before the stream ends or fails, and whether it failed.
fn gunzip_what_survives(bytes: &[u8]) -> (Vec<u8>, bool) {
    let mut decoder = flate2::read::MultiGzDecoder::new(bytes);
    let mut out = Vec::new();
    let mut chunk = [0; 4096];
    loop {
        match decoder.read(&mut chunk) {
            Ok(0) => return (out, false),
            Ok(read) => out.extend_from_slice(&chunk[..read]),
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return (out, true),
        }
    }
}

/// A result of the reader in a form that compares: the record, or everything an error tells.
#[derive(Debug, PartialEq)]
enum Outcome {
    Record(Box<OwnedRecord>),
    Error {
        kind: RecordErrorKind,
        index: u64,
        offset: u64,
        line: u64,
        message: String,
    },
}

impl Outcome {
    fn of(result: Result<OwnedRecord, RecordError>) -> Outcome {
        match result {
            Ok(record) => Outcome::Record(Box::new(record)),
            Err(error) => Outcome::Error {
                kind: error.kind(),
                index: error.index(),
                offset: error.offset(),
                line: error.line(),
                message: error.message().to_owned(),
            },
        }
    }
}

/// Everything a reader yields, then checks that it stays finished.
fn read_all(mut reader: impl Iterator<Item = Result<OwnedRecord, RecordError>>) -> Vec<Outcome> {
    let outcomes: Vec<_> = reader.by_ref().map(Outcome::of).collect();
    assert!(
        reader.next().is_none(),
        "the reader yields nothing after None"
    );
    outcomes
}

fn records_of(outcomes: &[Outcome]) -> Vec<&OwnedRecord> {
    outcomes
        .iter()
        .filter_map(|outcome| match outcome {
            Outcome::Record(record) => Some(&**record),
            Outcome::Error { .. } => None,
        })
        .collect()
}

fn errors_of(outcomes: &[Outcome]) -> Vec<(RecordErrorKind, u64, u64, u64)> {
    outcomes
        .iter()
        .filter_map(|outcome| match outcome {
            Outcome::Error {
                kind,
                index,
                offset,
                line,
                ..
            } => Some((*kind, *index, *offset, *line)),
            Outcome::Record(_) => None,
        })
        .collect()
}

/// An outcome told briefly, so that a failing comparison stays readable: a record by its
/// `eventId` (`checked_against` compares the records themselves), an error by its kind and
/// position (`index`, `offset`, `line`).
#[derive(Debug, PartialEq)]
enum Brief {
    Record(String),
    Error(RecordErrorKind, u64, u64, u64),
}

fn brief(outcomes: &[Outcome]) -> Vec<Brief> {
    outcomes
        .iter()
        .map(|outcome| match outcome {
            Outcome::Record(record) => Brief::Record(record.event_id.to_string()),
            Outcome::Error {
                kind,
                index,
                offset,
                line,
                ..
            } => Brief::Error(*kind, *index, *offset, *line),
        })
        .collect()
}

/// Every record read is, field for field, the written record with its `eventId`.
fn checked_against(outcomes: &[Outcome], written: &[OwnedRecord]) -> Vec<Brief> {
    for record in records_of(outcomes) {
        let original = written
            .iter()
            .find(|original| original.event_id == record.event_id)
            .unwrap_or_else(|| panic!("a record that was not written: {record:?}"));
        assert_eq!(record, original);
    }
    brief(outcomes)
}

/// The cases of a table that did not read as expected, all reported at once, each from the
/// first result that differs.
#[derive(Default)]
struct Mismatches(Vec<String>);

impl Mismatches {
    fn check(&mut self, case: impl std::fmt::Display, read: Vec<Brief>, expected: Vec<Brief>) {
        if read != expected {
            let same = read
                .iter()
                .zip(&expected)
                .take_while(|(a, b)| a == b)
                .count();
            self.0.push(format!(
                "{case}: {} results read, {} expected; from result {same} on\n    read:     {:?}\n    expected: {:?}",
                read.len(),
                expected.len(),
                &read[same..],
                &expected[same..],
            ));
        }
    }

    fn assert_none(self) {
        assert!(
            self.0.is_empty(),
            "{} case(s) not as expected:\n{}",
            self.0.len(),
            self.0.join("\n")
        );
    }
}

/// The outcomes expected when `records` are read with the one at `damaged` replaced by an
/// error of `kind` at `offset` and `line`.
fn expected_with_error_at(
    records: &[OwnedRecord],
    damaged: usize,
    kind: RecordErrorKind,
    offset: u64,
    line: u64,
) -> Vec<Brief> {
    records
        .iter()
        .enumerate()
        .map(|(index, record)| {
            if index == damaged {
                Brief::Error(kind, index as u64, offset, line)
            } else {
                Brief::Record(record.event_id.to_string())
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Every format
// ---------------------------------------------------------------------------------------------

/// Records written in any of the eight formats come back exactly, and the reader says which
/// format it found. 400 records make the plain content larger than the reader's 256 KiB
/// reads, so records straddle buffer refills.
#[test]
fn every_delivery_format_round_trips_fixture_records() {
    let written: Vec<OwnedRecord> = fixtures::records(20250304).take(400).collect();
    assert!(
        join(
            &written
                .iter()
                .map(|record| unit(record, Content::Records))
                .collect::<Vec<_>>(),
            Layout::JsonLines,
        )
        .len()
            > 256 * 1024,
        "the delivery spans more than one read of the reader"
    );
    for format in all_formats() {
        let body = fixtures::delivery(&written, format);
        let mut reader = RecordReader::new(&body[..]);
        assert_eq!(
            reader.format(),
            DeliveryFormat::default(),
            "{format}: nothing is known before reading"
        );
        let read: Vec<OwnedRecord> = reader
            .by_ref()
            .collect::<Result<_, _>>()
            .unwrap_or_else(|error| panic!("{format}: {error}"));
        assert_eq!(read, written, "{format}");
        assert_eq!(reader.format(), format, "{format}");
        assert_eq!(reader.format().to_string(), format.to_string());
        let content = fixtures::delivery(
            &written,
            plain(format.layout.unwrap(), format.content.unwrap()),
        );
        assert_eq!(
            reader.bytes_read(),
            content.len() as u64,
            "{format}: all the content"
        );
    }
}

/// Decompressing on a thread of its own changes nothing that the reader yields, for whole
/// deliveries and for a gzip stream cut short.
#[test]
fn background_decompression_gives_the_same_results() {
    let written: Vec<OwnedRecord> = fixtures::records(23).take(300).collect();
    for format in all_formats() {
        let body = fixtures::delivery(&written, format);
        for body in [&body[..], &body[..body.len() / 2]] {
            let here = read_all(RecordReader::new(body));
            let mut reader =
                RecordReader::with_background_decompression(io::Cursor::new(body.to_vec()));
            let background = read_all(reader.by_ref());
            assert_eq!(
                brief(&background),
                brief(&here),
                "{format}, {} bytes",
                body.len()
            );
            assert!(
                background == here,
                "{format}: the same records and messages"
            );
            assert_eq!(reader.format().gzip, format.gzip);
        }
    }
}

/// A reader can move to another thread part way through a `.gz` delivery, with the decoder
/// (and the decompression thread) it holds: a service hands deliveries to its workers.
#[test]
fn a_reader_can_move_to_another_thread_part_way_through() {
    let written: Vec<OwnedRecord> = fixtures::records(7).take(40).collect();
    let format = DeliveryFormat::new(Layout::JsonLines, Content::Records, true);
    let body = fixtures::delivery(&written, format);
    for background in [false, true] {
        let source = io::Cursor::new(body.clone());
        let mut reader = match background {
            false => RecordReader::new(source),
            true => RecordReader::with_background_decompression(source),
        };
        let first = reader.next().expect("a record").expect("well-formed");
        let rest = std::thread::spawn(move || reader.collect::<Result<Vec<_>, _>>())
            .join()
            .expect("no panic")
            .expect("well-formed");
        assert_eq!(
            [vec![first], rest].concat(),
            written,
            "background: {background}"
        );
    }
}

/// A source that is interrupted before every read, even at its end, gives what any other
/// source gives, whichever way it is read: a delivery cut short is still reported as cut.
#[test]
fn interrupted_reads_are_tried_again() {
    let written: Vec<OwnedRecord> = fixtures::records(41).take(50).collect();
    for format in all_formats() {
        let body = fixtures::delivery(&written, format);
        for body in [&body[..], &body[..body.len() * 2 / 3]] {
            let expected = brief(&read_all(RecordReader::new(body)));
            let ways = [
                read_all(RecordReader::new(Interrupting::new(body, 100))),
                read_all(RecordReader::from_buf_read(io::BufReader::with_capacity(
                    50,
                    Interrupting::new(body, 100),
                ))),
                read_all(RecordReader::with_background_decompression(
                    Interrupting::new(io::Cursor::new(body.to_vec()), 100),
                )),
            ];
            for (way, outcomes) in ways.iter().enumerate() {
                assert_eq!(
                    brief(outcomes),
                    expected,
                    "{format}, way {way}, {} bytes",
                    body.len()
                );
            }
        }
    }
}

/// Deliveries of many megabytes go through the background thread in many chunks, which it
/// fills again once read: every record arrives, in order.
#[test]
fn background_decompression_of_a_large_delivery_loses_nothing() {
    let written: Vec<OwnedRecord> = fixtures::records(29).take(4000).collect();
    let format = DeliveryFormat::new(Layout::JsonLines, Content::Records, true);
    let body = fixtures::delivery(&written, format);
    let mut reader = RecordReader::with_background_decompression(io::Cursor::new(body));
    let read: Vec<OwnedRecord> = reader.by_ref().map(Result::unwrap).collect();
    assert!(reader.format().gzip);
    assert_eq!(read.len(), written.len());
    assert!(read == written, "the records, in order");
}

/// Characters of two, three and four bytes everywhere: the reads of a large delivery, and
/// the chunks of the background thread, end inside some of them, and every one arrives whole.
#[test]
fn characters_cut_between_reads_arrive_whole() {
    let message = "é中😀".repeat(50);
    let records = |seed| -> Vec<OwnedRecord> {
        fixtures::records(seed)
            .take(2000)
            .map(|mut record| {
                record.error_message = Some(message.clone().into());
                record
            })
            .collect()
    };
    let delivery = |written: &[OwnedRecord]| {
        let content = fixtures::delivery(
            written,
            DeliveryFormat::new(Layout::JsonLines, Content::Records, false),
        );
        String::from_utf8(content).unwrap()
    };
    // The background thread hands over 256 KiB at a time, the reader takes 64 KiB at a time:
    // the records are those of the first seed for which some of those ends fall inside
    // characters (which ends do depends on the catalogue the fixtures draw from).
    let cuts = |content: &str, step: usize| {
        (step..content.len())
            .step_by(step)
            .any(|end| !content.is_char_boundary(end))
    };
    let written = (31..131)
        .map(records)
        .find(|written| {
            let content = delivery(written);
            cuts(&content, 256 * 1024) && cuts(&content, 64 * 1024)
        })
        .expect("a seed whose delivery the reads cut inside characters");
    for gzip in [false, true] {
        let format = DeliveryFormat::new(Layout::JsonLines, Content::Records, gzip);
        let body = fixtures::delivery(&written, format);
        let here: Vec<OwnedRecord> = RecordReader::new(&body[..]).map(Result::unwrap).collect();
        assert!(here == written, "{format}: on this thread");
        // Taken from the source's own buffer: the whole slice, or 1,000 bytes at a time.
        let from_slice: Vec<OwnedRecord> = RecordReader::from_buf_read(&body[..])
            .map(Result::unwrap)
            .collect();
        assert!(from_slice == written, "{format}: from a slice's buffer");
        let from_buffer: Vec<OwnedRecord> =
            RecordReader::from_buf_read(io::BufReader::with_capacity(1000, &body[..]))
                .map(Result::unwrap)
                .collect();
        assert!(
            from_buffer == written,
            "{format}: from a BufReader's buffer"
        );
        if gzip {
            let background: Vec<OwnedRecord> =
                RecordReader::with_background_decompression(io::Cursor::new(body))
                    .map(Result::unwrap)
                    .collect();
            assert!(background == written, "{format}: in the background");
        }
    }
}

/// Content that ends inside a character (its last record cut there), gzipped whole: the
/// reader reports the cut record at the same place whether it decompresses on its own thread
/// or in the background, and keeps every record before it.
#[test]
fn content_ending_inside_a_character_is_reported_the_same_either_way() {
    let mut written: Vec<OwnedRecord> = fixtures::records(37).take(30).collect();
    written[29].error_message = Some("中".repeat(20).into());
    let content = fixtures::delivery(
        &written,
        DeliveryFormat::new(Layout::JsonLines, Content::Records, false),
    );
    let inside = content.len() - content.iter().rev().position(|&b| b >= 0x80).unwrap();
    let content = &content[..inside - 1];
    assert!(
        std::str::from_utf8(content).is_err(),
        "ends inside a character"
    );
    let body = gzip(content);

    let here = read_all(RecordReader::new(&body[..]));
    let background = read_all(RecordReader::with_background_decompression(
        io::Cursor::new(body),
    ));
    assert_eq!(brief(&background), brief(&here));
    assert!(background == here, "the same records and messages");
    assert!(records_of(&here) == written[..29].iter().collect::<Vec<_>>());
    assert_eq!(
        errors_of(&here).len(),
        1,
        "then the cut one: {:?}",
        brief(&here)
    );
}

/// `RecordReader::open` reads a delivery file, gzip or not.
#[test]
fn open_reads_a_delivery_file() {
    let written: Vec<OwnedRecord> = fixtures::records(24).take(20).collect();
    let directory =
        std::env::temp_dir().join(format!("ecd-events-records-reader-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    for format in all_formats() {
        let path = directory.join(format.to_string().replace(' ', "-"));
        std::fs::write(&path, fixtures::delivery(&written, format)).unwrap();
        let mut reader = RecordReader::open(&path).unwrap();
        let read: Vec<OwnedRecord> = reader.by_ref().collect::<Result<_, _>>().unwrap();
        assert_eq!(read, written, "{format}");
        assert_eq!(reader.format(), format);
    }
    std::fs::remove_dir_all(&directory).unwrap();
    assert!(RecordReader::open(directory.join("missing")).is_err());
}

/// `for_each_borrowed` lends the same records as the iterator yields, in every format.
#[test]
fn for_each_borrowed_lends_the_same_records() {
    let written: Vec<OwnedRecord> = fixtures::records(11).take(30).collect();
    for format in all_formats() {
        let body = fixtures::delivery(&written, format);
        let mut lent = Vec::new();
        let mut reader = RecordReader::new(&body[..]);
        reader.for_each_borrowed(|result| match result {
            Ok(record) => lent.push(record.into_owned()),
            Err(error) => panic!("{format}: {error}"),
        });
        assert_eq!(lent, written, "{format}");
        assert_eq!(reader.format(), format);
    }
}

/// `for_each_borrowed_with_position` gives each record (and each error) where it starts: its
/// index among them, its line and its byte, as `start_of` works them out, in every layout and
/// content; records that follow damage are placed as well as those before it.
#[test]
fn for_each_borrowed_with_position_places_every_record_where_it_starts() {
    let written: Vec<OwnedRecord> = fixtures::records(13).take(7).collect();
    for layout in [Layout::JsonLines, Layout::JsonArray] {
        for content in [Content::Records, Content::SlsLogs] {
            let mut units: Vec<_> = written.iter().map(|record| unit(record, content)).collect();
            units[3] = b"{\"eventId\": garbage}".to_vec();
            let body = join(&units, layout);
            let mut placed = Vec::new();
            RecordReader::new(&body[..]).for_each_borrowed_with_position(|position, result| {
                let id = result.map(|record| record.event_id.to_string());
                placed.push((position, id.ok()));
            });
            let expected: Vec<_> = (0..units.len())
                .map(|index| {
                    let position = RecordPosition {
                        index: index as u64,
                        line: if layout == Layout::JsonArray {
                            1
                        } else {
                            index as u64 + 1
                        },
                        offset: start_of(&units, layout, index),
                    };
                    let id = (index != 3).then(|| written[index].event_id.to_string());
                    (position, id)
                })
                .collect();
            assert_eq!(placed, expected, "{}", plain(layout, content));
        }
    }
}

/// `for_each_lazy` gives, for every record, the lazily decoded fields and the whole record on
/// request, the same as the iterator yields.
#[test]
fn for_each_lazy_gives_the_same_records() {
    let written: Vec<OwnedRecord> = fixtures::records(12).take(30).collect();
    for format in all_formats() {
        let body = fixtures::delivery(&written, format);
        let mut read = Vec::new();
        RecordReader::new(&body[..]).for_each_lazy(|result| {
            let lazy = result.unwrap_or_else(|error| panic!("{format}: {error}"));
            let record = lazy.record().unwrap().into_owned();
            assert_eq!(lazy.event_id, record.event_id);
            assert_eq!(lazy.event_name, record.event_name);
            assert_eq!(lazy.event_time, record.event_time);
            assert_eq!(lazy.event_rw, record.event_rw);
            assert_eq!(lazy.is_error(), record.is_error());
            read.push(record);
        });
        assert_eq!(read, written, "{format}");
    }
}

/// Records with text beyond ASCII, as user and resource names can have.
fn records_beyond_ascii() -> Vec<OwnedRecord> {
    fixtures::records(22)
        .take(6)
        .enumerate()
        .map(|(index, mut record)| {
            record.user_agent = Some(format!("客户端/{index} (Windows; 中文) ✓ café").into());
            if let Some(identity) = record.user_identity.as_mut() {
                identity.user_name = Some("张三.example 🖥".into());
            }
            record
        })
        .collect()
}

#[test]
fn text_beyond_ascii_round_trips_in_every_format() {
    let written = records_beyond_ascii();
    for format in all_formats() {
        let body = fixtures::delivery(&written, format);
        let read: Vec<OwnedRecord> = RecordReader::new(&body[..])
            .collect::<Result<_, _>>()
            .unwrap_or_else(|error| panic!("{format}: {error}"));
        assert_eq!(read, written, "{format}");
    }
}

/// The content decides the format: the fixtures' bytes are what the test's own model of the
/// layouts says they are, so the positions computed below from that model are the real ones.
#[test]
fn fixture_deliveries_are_laid_out_as_the_tests_assume() {
    let written: Vec<OwnedRecord> = fixtures::records(3).take(7).collect();
    for format in all_formats() {
        let layout = format.layout.unwrap();
        let content = format.content.unwrap();
        let units: Vec<_> = written.iter().map(|record| unit(record, content)).collect();
        if content == Content::Records {
            for (unit, record) in units.iter().zip(&written) {
                assert_eq!(unit, &serde_json::to_vec(record).unwrap());
            }
        }
        let body = fixtures::delivery(&written, format);
        let expected = join(&units, layout);
        if format.gzip {
            assert_eq!(gunzip_what_survives(&body), (expected, false), "{format}");
        } else {
            assert_eq!(body, expected, "{format}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Layouts beyond the fixtures' own
// ---------------------------------------------------------------------------------------------

#[test]
fn a_pretty_printed_json_array_of_records_parses() {
    let written: Vec<OwnedRecord> = fixtures::records(5).take(25).collect();
    let pretty = serde_json::to_string_pretty(&written).unwrap();
    assert!(pretty.lines().count() > 25 * 10, "really pretty-printed");

    let mut reader = RecordReader::new(pretty.as_bytes());
    let read: Vec<OwnedRecord> = reader.by_ref().collect::<Result<_, _>>().unwrap();
    assert_eq!(read, written);
    assert_eq!(reader.format(), plain(Layout::JsonArray, Content::Records));
}

#[test]
fn a_pretty_printed_json_array_of_sls_logs_parses() {
    let written: Vec<OwnedRecord> = fixtures::records(6).take(25).collect();
    let compact = fixtures::delivery(&written, plain(Layout::JsonArray, Content::SlsLogs));
    let logs: serde_json::Value = serde_json::from_slice(&compact).unwrap();
    let pretty = serde_json::to_string_pretty(&logs).unwrap();

    let mut reader = RecordReader::new(pretty.as_bytes());
    let read: Vec<OwnedRecord> = reader.by_ref().collect::<Result<_, _>>().unwrap();
    assert_eq!(read, written);
    assert_eq!(reader.format(), plain(Layout::JsonArray, Content::SlsLogs));
}

/// Objects one after another need no line breaks between them, and any JSON whitespace
/// (spaces, tabs, CRLF) may separate them.
#[test]
fn concatenated_objects_parse_whatever_separates_them() {
    let written: Vec<OwnedRecord> = fixtures::records(8).take(12).collect();
    for content in [Content::Records, Content::SlsLogs] {
        for separator in ["", " ", "\t", "\r\n", "\n\n\n", " \r\n\t "] {
            let mut body = Vec::new();
            for record in &written {
                body.extend_from_slice(&unit(record, content));
                body.extend_from_slice(separator.as_bytes());
            }
            let mut reader = RecordReader::new(&body[..]);
            let read: Vec<OwnedRecord> = reader
                .by_ref()
                .collect::<Result<_, _>>()
                .unwrap_or_else(|error| panic!("{content:?} {separator:?}: {error}"));
            assert_eq!(read, written, "{content:?} separated by {separator:?}");
            assert_eq!(reader.format(), plain(Layout::JsonLines, content));
        }
    }
}

/// The reader documents that several arrays may follow one another.
#[test]
fn several_arrays_one_after_another_parse() {
    let written: Vec<OwnedRecord> = fixtures::records(9).take(6).collect();
    let part = |range: std::ops::Range<usize>| {
        fixtures::delivery(&written[range], plain(Layout::JsonArray, Content::Records))
    };
    let mut body = part(0..2);
    body.extend_from_slice(&part(2..3));
    body.extend_from_slice(b"\n");
    body.extend_from_slice(&part(3..6));
    body.extend_from_slice(b"\n[]\n");

    let read: Vec<OwnedRecord> = RecordReader::new(&body[..])
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(read, written);
}

#[test]
fn empty_and_whitespace_only_inputs_give_no_records_and_no_error() {
    let mut inputs: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("one space", b" ".to_vec()),
        ("one line break", b"\n".to_vec()),
        ("mixed whitespace", b" \r\n\t\n  \n".to_vec()),
        ("an empty array", b"[]".to_vec()),
        ("an empty pretty array", b"[\n  ]\n".to_vec()),
        ("a BOM alone", b"\xEF\xBB\xBF".to_vec()),
        ("gzip of nothing", gzip(b"")),
        ("gzip of whitespace", gzip(b"\n \n")),
    ];
    for format in all_formats() {
        inputs.push(("a fixture delivery of no records", {
            fixtures::delivery(Vec::<OwnedRecord>::new(), format)
        }));
    }
    for (name, input) in &inputs {
        let outcomes = read_all(RecordReader::new(&input[..]));
        assert_eq!(outcomes, [], "{name}: {input:?}");
    }
}

/// A UTF-8 byte order mark (as Windows tools write) is not damage; positions still count it,
/// being bytes of the content.
#[test]
fn a_utf8_bom_at_the_start_is_skipped() {
    let written: Vec<OwnedRecord> = fixtures::records(10).take(5).collect();
    for layout in [Layout::JsonLines, Layout::JsonArray] {
        for content in [Content::Records, Content::SlsLogs] {
            let mut body = b"\xEF\xBB\xBF".to_vec();
            body.extend(fixtures::delivery(&written, plain(layout, content)));
            let mut reader = RecordReader::new(&body[..]);
            let read: Vec<OwnedRecord> = reader
                .by_ref()
                .collect::<Result<_, _>>()
                .unwrap_or_else(|error| panic!("{layout:?} {content:?}: {error}"));
            assert_eq!(read, written, "{layout:?} {content:?}");
            assert_eq!(reader.format(), plain(layout, content));

            // Inside gzip too.
            let read: Vec<OwnedRecord> = RecordReader::new(&gzip(&body)[..])
                .collect::<Result<_, _>>()
                .unwrap_or_else(|error| panic!("gzip {layout:?} {content:?}: {error}"));
            assert_eq!(read, written, "gzip {layout:?} {content:?}");
        }
    }

    let mut body = b"\xEF\xBB\xBFnot json\n".to_vec();
    body.extend(fixtures::delivery(
        &written,
        plain(Layout::JsonLines, Content::Records),
    ));
    let outcomes = read_all(RecordReader::new(&body[..]));
    assert_eq!(
        errors_of(&outcomes),
        [(RecordErrorKind::Syntax, 0, 3, 1)],
        "the damage after the BOM is at byte 3"
    );
    assert_eq!(records_of(&outcomes), written.iter().collect::<Vec<_>>());
}

// ---------------------------------------------------------------------------------------------
// Damage, and where the reader says it is
// ---------------------------------------------------------------------------------------------

/// Ways a record's bytes can be damaged, and the error each must give.
#[derive(Clone, Copy, Debug)]
enum Damage {
    /// The record replaced by text that is not JSON.
    NotJson,
    /// The first half of the record only, as a cut-off write leaves it.
    FirstHalf,
    /// The record without its closing `}`.
    NoClosingBrace,
    /// A well-formed record without `eventName`.
    NoEventName,
    /// The record with a byte in its middle replaced by one that is not UTF-8.
    NotUtf8,
}

impl Damage {
    const ALL: [Damage; 5] = [
        Damage::NotJson,
        Damage::FirstHalf,
        Damage::NoClosingBrace,
        Damage::NoEventName,
        Damage::NotUtf8,
    ];

    fn kind(self) -> RecordErrorKind {
        match self {
            Damage::NoEventName => RecordErrorKind::Data,
            _ => RecordErrorKind::Syntax,
        }
    }

    fn apply(self, record: &OwnedRecord, content: Content) -> Vec<u8> {
        let whole = unit(record, content);
        match self {
            Damage::NotJson => b"this is not JSON: 42".to_vec(),
            Damage::FirstHalf => whole[..whole.len() / 2].to_vec(),
            Damage::NoClosingBrace => whole[..whole.len() - 1].to_vec(),
            Damage::NoEventName => without_event_name(record, content),
            Damage::NotUtf8 => {
                let mut bytes = whole;
                let middle = bytes.len() / 2;
                bytes[middle] = 0xFF;
                bytes
            }
        }
    }
}

/// The record's unit with `eventName` removed (from the record, or from the record inside the
/// log's `event` string).
fn without_event_name(record: &OwnedRecord, content: Content) -> Vec<u8> {
    let mut json: serde_json::Value = serde_json::to_value(record).unwrap();
    assert!(json.as_object_mut().unwrap().remove("eventName").is_some());
    match content {
        Content::SlsLogs => {
            let mut log: serde_json::Value =
                serde_json::from_slice(&unit(record, content)).unwrap();
            log["event"] = json.to_string().into();
            serde_json::to_vec(&log).unwrap()
        }
        _ => serde_json::to_vec(&json).unwrap(),
    }
}

/// A damaged record anywhere in a delivery (first, second, middle or last) is reported where it
/// starts: in JSON Lines at its line (from 1) and the byte where that line starts, in an array
/// on line 1 at the byte where the element starts; its index counts the records before it
/// (from 0). Every other record is read, in order, and there is no other error.
#[test]
fn a_damaged_record_is_reported_where_it_starts_and_the_rest_are_read() {
    let written: Vec<OwnedRecord> = fixtures::records(12).take(9).collect();
    let mut mismatches = Mismatches::default();
    for layout in [Layout::JsonLines, Layout::JsonArray] {
        for content in [Content::Records, Content::SlsLogs] {
            for damage in Damage::ALL {
                for damaged in [0, 1, 4, 8] {
                    let mut units: Vec<_> =
                        written.iter().map(|record| unit(record, content)).collect();
                    units[damaged] = damage.apply(&written[damaged], content);
                    let body = join(&units, layout);
                    let offset = start_of(&units, layout, damaged);
                    let line = match layout {
                        Layout::JsonArray => 1,
                        _ => damaged as u64 + 1,
                    };

                    let outcomes = read_all(RecordReader::new(&body[..]));
                    mismatches.check(
                        format_args!("{}, {damage:?} at record {damaged}", plain(layout, content)),
                        checked_against(&outcomes, &written),
                        expected_with_error_at(&written, damaged, damage.kind(), offset, line),
                    );
                }
            }
        }
    }
    mismatches.assert_none();
}

/// The error's `Display` puts the position before the message, as documented.
#[test]
fn an_error_displays_its_position_then_its_message() {
    let written: Vec<OwnedRecord> = fixtures::records(14).take(3).collect();
    let mut units: Vec<_> = written
        .iter()
        .map(|record| unit(record, Content::Records))
        .collect();
    units[2] = b"garbage".to_vec();
    let body = join(&units, Layout::JsonLines);
    let error = RecordReader::new(&body[..])
        .find_map(Result::err)
        .expect("an error");
    let offset = start_of(&units, Layout::JsonLines, 2);
    let text = error.to_string();
    assert!(
        text.starts_with(&format!("record 2 at line 3 (byte {offset}): ")),
        "{text}"
    );
    assert!(text.ends_with(error.message()), "{text}");
    assert!(!error.message().is_empty());
}

#[test]
fn a_record_missing_event_name_is_a_data_error_and_the_rest_are_read() {
    let written: Vec<OwnedRecord> = fixtures::records(15).take(4).collect();
    for layout in [Layout::JsonLines, Layout::JsonArray] {
        for content in [Content::Records, Content::SlsLogs] {
            let mut units: Vec<_> = written.iter().map(|record| unit(record, content)).collect();
            units[1] = without_event_name(&written[1], content);
            let body = join(&units, layout);

            let results: Vec<_> = RecordReader::new(&body[..]).collect();
            assert_eq!(results.len(), 4, "{layout:?} {content:?}");
            let error = results[1].as_ref().unwrap_err();
            assert_eq!(error.kind(), RecordErrorKind::Data, "{error}");
            assert_eq!(error.index(), 1);
            assert!(error.message().contains("eventName"), "{error}");
            for index in [0, 2, 3] {
                assert_eq!(results[index].as_ref().unwrap(), &written[index]);
            }
        }
    }
}

/// A Log Service log of another topic, or one without `event`, is not an ActionTrail event;
/// the logs around it are read, including when it comes first.
#[test]
fn an_sls_log_with_another_topic_or_no_event_is_not_an_event() {
    let written: Vec<OwnedRecord> = fixtures::records(16).take(5).collect();
    // A log of another topic, or a log without `event`, in place of a record's log.
    let bad_log = |record: &OwnedRecord, change: &str| {
        let mut log: serde_json::Value =
            serde_json::from_slice(&unit(record, Content::SlsLogs)).unwrap();
        match change {
            "another topic" => log["__topic__"] = "sls_operation_log".into(),
            _ => drop(log.as_object_mut().unwrap().remove("event")),
        }
        serde_json::to_vec(&log).unwrap()
    };
    for name in ["another topic", "no event"] {
        for layout in [Layout::JsonLines, Layout::JsonArray] {
            for position in [0, 2, 4] {
                let mut units: Vec<_> = written
                    .iter()
                    .map(|record| unit(record, Content::SlsLogs))
                    .collect();
                units[position] = bad_log(&written[position], name);
                let body = join(&units, layout);
                let offset = start_of(&units, layout, position);
                let line = match layout {
                    Layout::JsonArray => 1,
                    _ => position as u64 + 1,
                };

                let mut reader = RecordReader::new(&body[..]);
                let outcomes = read_all(reader.by_ref());
                assert_eq!(
                    checked_against(&outcomes, &written),
                    expected_with_error_at(
                        &written,
                        position,
                        RecordErrorKind::NotAnEvent,
                        offset,
                        line
                    ),
                    "{name} at {position} in {layout:?}"
                );
                assert_eq!(reader.format(), plain(layout, Content::SlsLogs));
            }
        }
    }
}

/// A gzip stream cut short gives every record whose bytes it still holds, then an `Io` error,
/// then nothing.
#[test]
fn a_truncated_gzip_stream_yields_the_records_before_the_cut_then_an_io_error() {
    let written: Vec<OwnedRecord> = fixtures::records(17).take(60).collect();
    for layout in [Layout::JsonLines, Layout::JsonArray] {
        for content in [Content::Records, Content::SlsLogs] {
            let format = DeliveryFormat::new(layout, content, true);
            let body = fixtures::delivery(&written, format);
            let cut = &body[..body.len() / 2];

            // What survives the cut, and so which records are whole in it.
            let (survivors, failed) = gunzip_what_survives(cut);
            assert!(failed, "flate2 itself reports the cut");
            let units: Vec<_> = written.iter().map(|record| unit(record, content)).collect();
            let whole = (0..units.len())
                .take_while(|&index| {
                    start_of(&units, layout, index) as usize + units[index].len() <= survivors.len()
                })
                .count();
            assert!(0 < whole && whole < written.len(), "{format}: {whole}");

            let mut reader = RecordReader::new(cut);
            let results: Vec<_> = reader.by_ref().collect();
            assert!(
                reader.next().is_none(),
                "{format}: nothing after the Io error"
            );
            let (last, records) = results.split_last().unwrap();
            let records: Vec<&OwnedRecord> = records
                .iter()
                .map(|result| {
                    result
                        .as_ref()
                        .unwrap_or_else(|error| panic!("{format}: {error}"))
                })
                .collect();
            assert_eq!(
                records,
                written[..whole].iter().collect::<Vec<_>>(),
                "{format}"
            );
            let error = last.as_ref().expect_err("the last result is the error");
            assert_eq!(error.kind(), RecordErrorKind::Io, "{format}: {error}");
            assert_eq!(error.index(), whole as u64, "{format}: {error}");
            assert!(reader.format().gzip);
        }
    }
}

/// `max_record_bytes` bounds a record: a longer one is `TooLarge` and skipped, and the records
/// after it are read. Checked over a whole slice and over a source that gives a byte at a time,
/// since the limit must not depend on how the source happens to hand over its bytes.
#[test]
fn a_record_longer_than_max_record_bytes_is_too_large_and_the_rest_are_read() {
    let mut written: Vec<OwnedRecord> = fixtures::records(18).take(5).collect();
    let mut long = written[2].clone();
    long.other.push((
        "padding".into(),
        ecd_events::records::RawJson::to_json(&"x".repeat(20_000)).unwrap(),
    ));
    let limit = 8 * 1024;
    for record in &written {
        assert!(unit(record, Content::SlsLogs).len() < limit / 2);
    }
    written[2] = long;

    let mut mismatches = Mismatches::default();
    for layout in [Layout::JsonLines, Layout::JsonArray] {
        for content in [Content::Records, Content::SlsLogs] {
            let units: Vec<_> = written.iter().map(|record| unit(record, content)).collect();
            assert!(units[2].len() > limit);
            let body = join(&units, layout);
            let offset = start_of(&units, layout, 2);
            let line = if layout == Layout::JsonArray { 1 } else { 3 };
            let expected =
                expected_with_error_at(&written, 2, RecordErrorKind::TooLarge, offset, line);

            let whole = read_all(RecordReader::new(&body[..]).max_record_bytes(limit));
            mismatches.check(
                format_args!("{} from a slice", plain(layout, content)),
                checked_against(&whole, &written),
                expected_with_error_at(&written, 2, RecordErrorKind::TooLarge, offset, line),
            );

            let trickle =
                read_all(RecordReader::new(OneByteAtATime(&body)).max_record_bytes(limit));
            mismatches.check(
                format_args!("{} byte by byte", plain(layout, content)),
                checked_against(&trickle, &written),
                expected,
            );
        }
    }
    mismatches.assert_none();
}

/// An OSS object cut after a `,`: the records before the cut, then a `Syntax` error at the end
/// of the content saying the array was left open.
#[test]
fn a_json_array_cut_after_a_comma_reports_a_syntax_error_at_the_end() {
    let written: Vec<OwnedRecord> = fixtures::records(19).take(3).collect();
    for content in [Content::Records, Content::SlsLogs] {
        let body = fixtures::delivery(&written, plain(Layout::JsonArray, content));
        let units: Vec<_> = written.iter().map(|record| unit(record, content)).collect();
        let cut = start_of(&units, Layout::JsonArray, 2) as usize;
        assert_eq!(body[cut - 1], b',');
        let cut = &body[..cut];

        let outcomes = read_all(RecordReader::new(cut));
        assert_eq!(
            checked_against(&outcomes, &written),
            [
                Brief::Record(written[0].event_id.to_string()),
                Brief::Record(written[1].event_id.to_string()),
                Brief::Error(RecordErrorKind::Syntax, 2, cut.len() as u64, 1),
            ],
            "{content:?}"
        );

        // The same cut inside gzip: the gzip stream is whole, so it is the same Syntax error.
        let outcomes = read_all(RecordReader::new(&gzip(cut)[..]));
        assert_eq!(
            errors_of(&outcomes),
            [(RecordErrorKind::Syntax, 2, cut.len() as u64, 1)]
        );
    }

    // Nothing after the `[`.
    let outcomes = read_all(RecordReader::new(&b"[\n  "[..]));
    assert_eq!(errors_of(&outcomes), [(RecordErrorKind::Syntax, 0, 4, 2)]);
}

/// A JSON Lines delivery cut inside its last record: the records before it, then a `Syntax`
/// error where the cut record starts.
#[test]
fn a_json_lines_delivery_cut_inside_a_record_reports_where_that_record_starts() {
    let written: Vec<OwnedRecord> = fixtures::records(20).take(4).collect();
    for content in [Content::Records, Content::SlsLogs] {
        let units: Vec<_> = written.iter().map(|record| unit(record, content)).collect();
        let body = join(&units, Layout::JsonLines);
        let start = start_of(&units, Layout::JsonLines, 3);
        let cut = &body[..start as usize + units[3].len() - 1];

        let outcomes = read_all(RecordReader::new(cut));
        assert_eq!(
            checked_against(&outcomes, &written),
            expected_with_error_at(&written, 3, RecordErrorKind::Syntax, start, 4),
            "{content:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Buffer boundaries
// ---------------------------------------------------------------------------------------------

/// Deliveries, whole and damaged, to read through different sources.
fn boundary_cases() -> Vec<(String, Vec<u8>)> {
    let written: Vec<OwnedRecord> = fixtures::records(21).take(4).collect();
    let mut cases = Vec::new();
    for format in all_formats() {
        cases.push((format.to_string(), fixtures::delivery(&written, format)));
    }
    for layout in [Layout::JsonLines, Layout::JsonArray] {
        for content in [Content::Records, Content::SlsLogs] {
            let units: Vec<_> = written.iter().map(|record| unit(record, content)).collect();
            let body = join(&units, layout);
            let name = format!("{}", plain(layout, content));

            for damage in Damage::ALL {
                for at in [0, 2] {
                    let mut damaged = units.clone();
                    damaged[at] = damage.apply(&written[at], content);
                    let damaged = join(&damaged, layout);
                    cases.push((format!("{name}, {damage:?} at {at}"), damaged.clone()));
                    cases.push((format!("gzip {name}, {damage:?} at {at}"), gzip(&damaged)));
                }
            }
            let mut with_bom = b"\xEF\xBB\xBF".to_vec();
            with_bom.extend_from_slice(&body);
            cases.push((format!("{name} after a BOM"), with_bom.clone()));
            cases.push((format!("gzip {name} after a BOM"), gzip(&with_bom)));

            let cut = &body[..body.len() * 2 / 3];
            cases.push((format!("{name} cut short"), cut.to_vec()));
            cases.push((format!("gzip {name} cut short"), gzip(cut)));

            let zipped = gzip(&body);
            cases.push((
                format!("gzip {name}, the gzip stream cut short"),
                zipped[..zipped.len() / 2].to_vec(),
            ));
        }
    }
    // Characters of two to four bytes, which a one-byte read splits.
    for format in all_formats() {
        cases.push((
            format!("{format}, beyond ASCII"),
            fixtures::delivery(records_beyond_ascii(), format),
        ));
    }
    // Tiny inputs, where the gzip sniffing itself straddles reads.
    for tiny in [
        &b""[..],
        b" ",
        b"{",
        b"[",
        b"\x1f",
        b"\x1f\x8b",
        b"\xEF",
        b"\xEF\xBB",
        "\u{FEFF}".as_bytes(),
        b"\xFF\xFE",
        "{\"eventId\":\"é".as_bytes(),
        b"{\"eventId\":\"\xC3",
        b"\xE4\xB8",
    ] {
        cases.push((format!("{tiny:?}"), tiny.to_vec()));
    }
    cases
}

/// A source that hands over one byte per `read` gives exactly what the whole slice gives:
/// records, errors, their positions and messages.
#[test]
fn one_byte_reads_give_the_same_results_as_the_whole_slice() {
    let mut differing = Vec::new();
    for (name, body) in boundary_cases() {
        let whole = read_all(RecordReader::new(&body[..]));
        let trickle = read_all(RecordReader::new(OneByteAtATime(&body)));
        if whole != trickle {
            differing.push(format!(
                "{name}:\n  whole slice: {:?}\n  byte by byte: {:?}",
                brief(&whole),
                brief(&trickle),
            ));
        }
    }
    assert!(differing.is_empty(), "{}", differing.join("\n"));
}

/// A source whose length the reader is told (so that, with the `libdeflate` feature, a small
/// `.gz` is inflated whole in one call) gives exactly what it gives untold: records, errors,
/// their positions and messages, for whole, damaged and cut deliveries, several gzip members,
/// a member twice, a gzip bomb, and a length that is wrong.
#[test]
fn a_source_of_known_length_gives_the_same_results() {
    let mut cases = boundary_cases();
    let written: Vec<OwnedRecord> = fixtures::records(29).take(300).collect();
    for format in all_formats() {
        let body = fixtures::delivery(&written, format);
        cases.push((
            format!("{format}, half of it"),
            body[..body.len() / 2].to_vec(),
        ));
        cases.push((format!("{format}, twice"), [&body[..], &body[..]].concat()));
        let mut damaged = body.clone();
        let middle = damaged.len() / 2;
        damaged[middle] ^= 0x20;
        cases.push((format!("{format}, a byte damaged"), damaged));
        cases.push((format!("{format}"), body));
    }
    let lines = fixtures::delivery(&written, plain(Layout::JsonLines, Content::Records));
    let (first, second) = lines.split_at(lines.len() / 3);
    cases.push((
        "two gzip members".into(),
        [gzip(first), gzip(second)].concat(),
    ));
    let mut bomb = lines.clone();
    bomb.resize(8 * 1024 * 1024, b' ');
    bomb.extend_from_slice(&lines);
    cases.push(("8 MiB, mostly spaces, gzip".into(), gzip(&bomb)));
    let mut differing = Vec::new();
    for (name, body) in cases {
        let untold = read_all(RecordReader::new(&body[..]));
        for length in [body.len() as u64, 0, body.len() as u64 / 2] {
            let told = read_all(RecordReader::new(&body[..]).source_length(length));
            if told != untold {
                differing.push(format!(
                    "{name}, told {length} bytes:\n  untold: {:?}\n  told: {:?}",
                    brief(&untold),
                    brief(&told),
                ));
            }
        }
    }
    assert!(differing.is_empty(), "{}", differing.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Seeds for the fuzz targets
// ---------------------------------------------------------------------------------------------

/// Writes the seed corpus of the fuzz targets in `fuzz/corpus` from the fixtures: a few small
/// deliveries of each format, damaged ones, and single records. The seeds need not follow
/// later changes to the fixtures, so this is run by hand:
/// `cargo test --features fixtures --test records_reader -- --ignored write_the_fuzz_seeds`.
#[test]
#[ignore = "writes fuzz/corpus; run by hand"]
fn write_the_fuzz_seeds() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
    let write = |target: &str, name: &str, bytes: &[u8]| {
        let directory = corpus.join(target);
        std::fs::create_dir_all(&directory).unwrap();
        std::fs::write(directory.join(format!("seed-{name}")), bytes).unwrap();
    };
    let two: Vec<OwnedRecord> = fixtures::records(2025).take(2).collect();
    for format in all_formats() {
        let name = format.to_string().replace(' ', "-").to_lowercase();
        write("reader", &name, &fixtures::delivery(&two, format));
    }

    let units: Vec<_> = two
        .iter()
        .map(|record| unit(record, Content::Records))
        .collect();
    let mut damaged = b"\xEF\xBB\xBF".to_vec();
    damaged.extend_from_slice(&units[0][..units[0].len() / 2]);
    damaged.extend_from_slice(b"\nnot json\n");
    damaged.extend_from_slice(&without_event_name(&two[1], Content::Records));
    damaged.extend_from_slice(b"\n");
    damaged.extend_from_slice(&units[1]);
    damaged.extend_from_slice(b"\n[");
    damaged.extend_from_slice(&units[0]);
    damaged.extend_from_slice(b",");
    write("reader", "damaged", &damaged);

    let minimal = concat!(
        r#"{"eventId":"E-1","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:52Z"}"#,
        "\n",
        r#"{"__topic__":"actiontrail_event","event":"{\"eventId\":\"E-2\",\"eventName\":\"X\",\"eventTime\":\"t\"}"}"#,
        "\n",
        r#"{"__topic__":"other","event":"{}"}"#,
        "\n",
    );
    write("reader", "minimal", minimal.as_bytes());

    let one = &two[0];
    for target in ["record", "skim"] {
        write(target, "fixture", &serde_json::to_vec(one).unwrap());
        write(
            target,
            "pretty",
            serde_json::to_string_pretty(one).unwrap().as_bytes(),
        );
        write(
            target,
            "lenient",
            br#"{"eventId":"E-1","eventVersion":"1","eventName":"stopdesktops","eventRW":"write","eventTime":"2025-03-04T09:41:52Z","errorCode":"","isGlobal":"true","eventAttributes":{"SensitiveAction":"true"},"extend":{"a":[1,2.5,null]}}"#,
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Damage that once cost more than its own record

/// JSON Lines of `count` fixture records, with line `cut` (from 0) cut short inside its
/// `requestParameters`, as an interrupted write leaves it.
fn lines_with_a_cut_inside_a_nested_value(count: usize, cut: usize) -> (Vec<OwnedRecord>, Vec<u8>) {
    let records: Vec<OwnedRecord> = fixtures::records(11).take(count).collect();
    let mut text = String::new();
    for (index, record) in records.iter().enumerate() {
        let line = serde_json::to_string(record).unwrap();
        if index == cut {
            let inside = line.find(r#""requestParameters":{"#).unwrap() + 25;
            text.push_str(&line[..inside]);
        } else {
            text.push_str(&line);
        }
        text.push('\n');
    }
    (records, text.into_bytes())
}

#[test]
fn a_line_cut_inside_a_nested_value_costs_that_line_alone_in_both_ways_of_reading() {
    let (records, bytes) = lines_with_a_cut_inside_a_nested_value(400, 10);
    let expected: Vec<&OwnedRecord> = records
        .iter()
        .enumerate()
        .filter(|(index, _)| *index != 10)
        .map(|(_, record)| record)
        .collect();

    let mut full = Vec::new();
    let mut errors = Vec::new();
    RecordReader::new(&bytes[..])
        .max_record_bytes(64 * 1024)
        .for_each_borrowed(|result| match result {
            Ok(record) => full.push(record.into_owned()),
            Err(error) => errors.push((error.kind(), error.line())),
        });
    assert_eq!(full.iter().collect::<Vec<_>>(), expected);
    assert_eq!(errors, [(RecordErrorKind::Syntax, 11)]);

    let mut lazy_ids = Vec::new();
    let mut lazy_errors = Vec::new();
    RecordReader::new(&bytes[..])
        .max_record_bytes(64 * 1024)
        .for_each_lazy(|result| match result {
            Ok(record) => lazy_ids.push(record.event_id.to_string()),
            Err(error) => lazy_errors.push((error.kind(), error.line())),
        });
    let expected_ids: Vec<String> = expected
        .iter()
        .map(|record| record.event_id.to_string())
        .collect();
    assert_eq!(lazy_ids, expected_ids);
    assert_eq!(lazy_errors, [(RecordErrorKind::Syntax, 11)]);
}

#[test]
fn after_damage_the_lazy_reader_resumes_at_what_it_reads_as_a_record() {
    // `eventType` 5 is no event type: a full read refuses the record, a lazy one skips it.
    let delivery = concat!(
        "garbage\n",
        r#"{"eventId":"E-1","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:52Z","eventType":5}"#,
        "\n",
        r#"{"eventId":"E-2","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:53Z"}"#,
        "\n",
    );
    let mut lazy = Vec::new();
    RecordReader::new(delivery.as_bytes()).for_each_lazy(|result| {
        lazy.push(
            result
                .map(|record| record.event_id.to_string())
                .map_err(|error| error.line()),
        )
    });
    assert_eq!(lazy, [Err(1), Ok("E-1".to_owned()), Ok("E-2".to_owned())]);
}

#[test]
fn an_sls_event_with_trailing_characters_that_are_not_json_whitespace_is_refused() {
    for trailing in ["\u{b}", "\u{c}", "\u{a0}", "\u{3000}"] {
        let event = format!(
            r#"{{"eventId":"E-1","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:52Z"}}{trailing}"#
        );
        let log = serde_json::json!({"__topic__": "actiontrail_event", "event": event}).to_string();
        let full: Vec<_> = RecordReader::new(log.as_bytes()).collect();
        assert!(matches!(&full[..], [Err(_)]), "{trailing:?}: {full:?}");
        let mut lazy = Vec::new();
        RecordReader::new(log.as_bytes()).for_each_lazy(|result| lazy.push(result.is_ok()));
        assert_eq!(lazy, [false], "{trailing:?}");
    }
}

/// A source that gives `bytes` and then panics, as a faulty reader of a user's might.
struct PanicsAfter(Vec<u8>);

impl Read for PanicsAfter {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        assert!(!self.0.is_empty(), "the source failed");
        let taken = out.len().min(self.0.len());
        out[..taken].copy_from_slice(&self.0[..taken]);
        self.0.drain(..taken);
        Ok(taken)
    }
}

#[test]
fn a_source_that_panics_on_the_decompression_thread_ends_in_an_io_error_not_a_clean_end() {
    // Enough content (about 6 MB) that the cut falls after the hand-off to a thread.
    let records: Vec<OwnedRecord> = fixtures::records(12).take(5000).collect();
    let compressed = gzip(&fixtures::delivery(
        &records,
        DeliveryFormat::new(Layout::JsonLines, Content::Records, false),
    ));
    let cut = compressed[..compressed.len() / 2].to_vec();
    let results: Vec<_> = RecordReader::with_background_decompression(PanicsAfter(cut)).collect();
    let last = results.last().expect("at least the error");
    assert_eq!(
        last.as_ref().map_err(RecordError::kind).err(),
        Some(RecordErrorKind::Io),
        "{results:?}"
    );
}

/// A large `.gz` delivery is decoded on the reader's thread first and handed to a thread of its
/// own after the first megabyte: wherever that falls (inside a member or between members),
/// nothing is lost or repeated.
#[test]
fn the_hand_off_to_a_decompression_thread_loses_nothing() {
    let records: Vec<OwnedRecord> = fixtures::records(13).take(3000).collect();
    let content = fixtures::delivery(
        &records,
        DeliveryFormat::new(Layout::JsonLines, Content::Records, false),
    );
    assert!(content.len() > 3 << 20, "{} bytes", content.len());
    // Members of every size around the first megabyte; the records are cut anywhere.
    for cuts in [
        vec![],
        vec![1 << 20],
        vec![(1 << 20) - 1, (1 << 20) + 1],
        vec![700_000, 700_010, 2_000_000],
        vec![64 * 1024, 1 << 19, (1 << 20) + 64 * 1024],
    ] {
        let mut gzipped = Vec::new();
        let mut start = 0;
        for end in cuts.iter().copied().chain([content.len()]) {
            gzipped.extend(gzip(&content[start..end]));
            start = end;
        }
        let read: Vec<OwnedRecord> =
            RecordReader::with_background_decompression(io::Cursor::new(gzipped))
                .map(Result::unwrap)
                .collect();
        assert!(read == records, "members cut at {cuts:?}");
    }
}
