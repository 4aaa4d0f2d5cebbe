//! Every record a delivery held is either read or reported: damage costs the damaged record an
//! error of its own, never the records around it, and a record the reader cannot read is never
//! skipped without one.
#![cfg(feature = "records")]

use ecd_events::records::{RecordErrorKind, RecordReader};

const GOOD_1: &str = r#"{"eventId":"G-1","eventName":"DeleteDesktops","eventTime":"2025-03-04T09:41:52Z","serviceName":"Ecd"}"#;
const GOOD_2: &str = r#"{"eventId":"G-2","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:53Z","serviceName":"Ecd"}"#;
/// Well-formed JSON, but not a record: it lacks the required `eventName`.
const NO_NAME: &str = r#"{"eventId":"N-1","eventTime":"2025-03-04T09:41:54Z","serviceName":"Ecd"}"#;

/// A record whose first key is not one of ActionTrail's (the model keeps unknown keys).
const ODD_FIRST_KEY: &str = r#"{"sharedEventId":"S","eventId":"G-3","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:53Z","serviceName":"Ecd"}"#;

/// What both readers make of `delivery`: the IDs of the records read, and the kind and line of
/// every error, in order.
fn read(delivery: &str) -> (Vec<String>, Vec<(RecordErrorKind, u64)>) {
    read_at_most(delivery, None)
}

/// As `read`, with a limit on a record's length.
fn read_at_most(delivery: &str, max: Option<usize>) -> (Vec<String>, Vec<(RecordErrorKind, u64)>) {
    let reader = |bytes| match max {
        Some(max) => RecordReader::new(bytes).max_record_bytes(max),
        None => RecordReader::new(bytes),
    };
    let mut ids = Vec::new();
    let mut errors = Vec::new();
    reader(delivery.as_bytes()).for_each_borrowed(|result| match result {
        Ok(record) => ids.push(record.event_id.to_string()),
        Err(error) => errors.push((error.kind(), error.line())),
    });
    let mut lazy_ids = Vec::new();
    let mut lazy_errors = Vec::new();
    reader(delivery.as_bytes()).for_each_lazy(|result| match result {
        Ok(record) => lazy_ids.push(record.event_id.to_string()),
        Err(error) => lazy_errors.push((error.kind(), error.line())),
    });
    assert_eq!(
        (&lazy_ids, &lazy_errors),
        (&ids, &errors),
        "the lazy reader agrees"
    );
    (ids, errors)
}

#[test]
fn in_json_lines_each_damaged_line_is_one_error_and_no_record_vanishes() {
    let delivery = [
        "garbage",
        NO_NAME,
        GOOD_1,
        r#"{"eventId": "cut"#,
        NO_NAME,
        GOOD_2,
    ]
    .join("\n");
    let (ids, errors) = read(&delivery);
    assert_eq!(ids, ["G-1", "G-2"]);
    assert_eq!(
        errors,
        [
            (RecordErrorKind::Syntax, 1),
            (RecordErrorKind::Data, 2),
            (RecordErrorKind::Syntax, 4),
            (RecordErrorKind::Data, 5),
        ]
    );
}

/// A line that starts with text that is not a record and opens an object after it is one
/// damaged line, one error at its line, whether more follows or the content ends there; a record
/// after loose text on a line is still read.
#[test]
fn in_json_lines_loose_text_and_an_object_on_one_line_are_one_error() {
    let garbage = r#"this is garbage {"x": 1"#;
    for (delivery, ids, lines) in [
        (garbage.to_owned(), vec![], vec![1]),
        ([GOOD_1, garbage].join("\n"), vec!["G-1"], vec![2]),
        (
            [GOOD_1, garbage, GOOD_2].join("\n"),
            vec!["G-1", "G-2"],
            vec![2],
        ),
        (
            [garbage, garbage, GOOD_2].join("\n"),
            vec!["G-2"],
            vec![1, 2],
        ),
        // Closed, and something after it on the line.
        (
            [GOOD_1, r#"x {"x": 1} y"#, GOOD_2].join("\n"),
            vec!["G-1", "G-2"],
            vec![2],
        ),
        // A string opened in the loose text, then a record on the next line.
        ([r#"x "{"x": 1"#, GOOD_2].join("\n"), vec!["G-2"], vec![1]),
        // A record after loose text on its line is read, and the loose text reported.
        (format!("x {GOOD_1}\n{GOOD_2}"), vec!["G-1", "G-2"], vec![1]),
        (format!("{GOOD_1} x {GOOD_2}"), vec!["G-1", "G-2"], vec![1]),
        (
            format!("x {{}} {GOOD_1}\n{GOOD_2}"),
            vec!["G-1", "G-2"],
            vec![1],
        ),
    ] {
        let (read_ids, errors) = read(&delivery);
        assert_eq!(read_ids, ids, "{delivery}");
        let syntax = lines.iter().map(|&line| (RecordErrorKind::Syntax, line));
        assert_eq!(errors, syntax.collect::<Vec<_>>(), "{delivery}");
    }
}

#[test]
fn in_an_oss_array_a_damaged_element_does_not_take_the_next_with_it() {
    let delivery =
        format!("[{GOOD_1},\n{{\"eventId\": \"BAD\", \"eventName\": }},\n{NO_NAME},\n{GOOD_2}]");
    let (ids, errors) = read(&delivery);
    assert_eq!(ids, ["G-1", "G-2"]);
    assert_eq!(
        errors,
        [(RecordErrorKind::Syntax, 2), (RecordErrorKind::Data, 3)]
    );
}

#[test]
fn a_record_cut_between_tokens_does_not_swallow_the_next_line() {
    // Cut after a member's colon: JSON could read on into the next line's record.
    let cut = r#"{"eventId":"C-1","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:55Z","requestParameters":"#;
    let delivery = [GOOD_1, cut, GOOD_2, NO_NAME].join("\n");
    let (ids, errors) = read(&delivery);
    assert_eq!(ids, ["G-1", "G-2"]);
    assert_eq!(
        errors,
        [(RecordErrorKind::Syntax, 2), (RecordErrorKind::Data, 4)]
    );
}

#[test]
fn damage_inside_a_record_costs_that_record_only() {
    // A damaged value inside a nested object: the rest of the record holds objects too
    // (`userIdentity`), none of which is taken for a record.
    let damaged = r#"{"eventId":"D-1","eventName":"X","eventTime":"t","requestParameters":{"A":tru},"userIdentity":{"type":"ram-user"},"referencedResources":{"ACS::ECD::Desktop":["a"]}}"#;
    for separator in ["\n", ",", ", "] {
        let delivery = format!("[{GOOD_1}{separator}{damaged}{separator}{GOOD_2}]");
        let (ids, errors) = read(&delivery);
        assert_eq!(ids, ["G-1", "G-2"], "{separator:?}");
        assert_eq!(errors.len(), 1, "{separator:?}: {errors:?}");
    }
    // A damaged separator is a stretch skipped, reported as such; the records around it are
    // read all the same.
    let delivery = format!("[{GOOD_1};{GOOD_2}]");
    let (ids, errors) = read(&delivery);
    assert_eq!(ids, ["G-1", "G-2"]);
    assert_eq!(errors, [(RecordErrorKind::Syntax, 1)]);
}

#[test]
fn a_cut_record_that_would_parse_with_the_next_line_does_not_take_it() {
    // Cut after a colon; the next line, damaged by a `}` too many, would close it as JSON.
    let cut =
        r#"{"eventId":"C-1","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:55Z","p":"#;
    let closes_it = format!("{}}}", &GOOD_2);
    let delivery = [GOOD_1, cut, &closes_it, NO_NAME].join("\n");
    let (ids, errors) = read(&delivery);
    // C-1 and the line after it are reported each; G-2 is read, with the `}` too many
    // reported after it.
    assert_eq!(ids, ["G-1", "G-2"]);
    assert_eq!(
        errors,
        [
            (RecordErrorKind::Syntax, 2),
            (RecordErrorKind::Syntax, 3),
            (RecordErrorKind::Data, 4),
        ]
    );
}

#[test]
fn after_damage_a_record_is_found_whatever_its_first_key() {
    let damaged = r#"{"eventId":"D-1","eventName":"X" "eventTime":"t"}"#;
    assert_eq!(read(&format!("[{ODD_FIRST_KEY}]")).0, ["G-3"]);
    // The record after the damaged one is read, not skipped with a second error: the IDs say
    // which records are read, and the errors where each is.
    assert_eq!(
        read(&format!("[{GOOD_1},{damaged},{ODD_FIRST_KEY},{GOOD_2}]")),
        (
            vec!["G-1".to_owned(), "G-3".to_owned(), "G-2".to_owned()],
            vec![(RecordErrorKind::Syntax, 1)]
        )
    );
    // A line cut after a comma, then a record whose first key is unusual.
    let cut = r#"{"eventId":"C-1","eventName":"StopDesktops","#;
    assert_eq!(
        read(&[GOOD_1, cut, ODD_FIRST_KEY, GOOD_2].join("\n")),
        (
            vec!["G-1".to_owned(), "G-3".to_owned(), "G-2".to_owned()],
            vec![(RecordErrorKind::Syntax, 2)]
        )
    );
    // A log whose first key is Log Service's `owner_id`, after a damaged log.
    let event = serde_json::to_string(GOOD_2).unwrap();
    let bad = r#"{"__topic__":"actiontrail_event" "event":"x"}"#;
    let log = format!(r#"{{"owner_id":"1","__topic__":"actiontrail_event","event":{event}}}"#);
    assert_eq!(
        read(&format!("[{bad},{log}]")),
        (vec!["G-2".to_owned()], vec![(RecordErrorKind::Syntax, 1)])
    );
}

#[test]
fn objects_inside_a_damaged_record_are_not_taken_for_records() {
    let damaged = [
        // Inside a JSON string.
        r#"{"eventId":"D-1","eventName":"X" "eventTime":"t","requestParameterJson":"{\"Tag\":[{\"Key\":\"a\"},{\"Key\":\"b\"}]}"}"#,
        // Empty, in an array.
        r#"{"eventId":"D-1","eventName":"X" "eventTime":"t","requestParameters":{"Ids":[{}]}}"#,
        // Starting with a key records have too.
        r#"{"eventId":"D-1","eventName":"X" "eventTime":"t","responseElements":{"requestId":"r"}}"#,
    ];
    for damaged in damaged {
        for delivery in [
            format!("[{GOOD_1},{damaged},{GOOD_2}]"),
            [GOOD_1, damaged, GOOD_2].join("\n"),
        ] {
            let (ids, errors) = read(&delivery);
            assert_eq!((ids.len(), errors.len()), (2, 1), "{delivery}");
        }
    }
    // A log whose record holds an array of objects, in its `event` string.
    let record = r#"{"eventId":"D-1","eventName":"X","eventTime":"t","requestParameters":{"Tag":[{"Key":"a"}]}}"#;
    let event = serde_json::to_string(record).unwrap();
    let good = serde_json::json!({"__topic__": "actiontrail_event", "event": GOOD_1}).to_string();
    let bad = format!(r#"{{"__topic__":"actiontrail_event" "event":{event}}}"#);
    for delivery in [
        format!("[{good},{bad},{good}]"),
        [good.as_str(), &bad, &good].join("\n"),
    ] {
        let (ids, errors) = read(&delivery);
        assert_eq!((ids.len(), errors.len()), (2, 1), "{delivery}");
    }
}

#[test]
fn a_record_cut_inside_an_array_value_costs_no_record_after_it() {
    // It reads on over every element after it, past the limit on a record's length.
    let cut = r#"{"eventId":"C-1","eventName":"StopDesktops","eventTime":"t","requestParameters":{"DesktopId":["ecd-1""#;
    let mut elements = vec![GOOD_1.to_owned(), cut.to_owned()];
    elements.extend((0..50).map(|index| GOOD_2.replace("G-2", &format!("G-{}", 100 + index))));
    let (ids, errors) = read_at_most(&format!("[{}]", elements.join(",")), Some(1024));
    assert_eq!((ids.len(), errors.len()), (51, 1));
}

#[test]
fn an_array_cut_inside_its_last_record_is_one_error() {
    let (ids, errors) = read(&format!("[{GOOD_1},{}", &GOOD_2[..40]));
    assert_eq!((ids.len(), errors.len()), (1, 1), "{errors:?}");
}

#[test]
fn a_pretty_printed_record_is_read_whole() {
    let pretty = "{\n  \"eventId\": \"P-1\",\n  \"eventName\": \"StopDesktops\",\n  \"eventTime\": \"t\",\n  \"responseElements\": {\n    \"Results\": [\n      {\n        \"errorCode\": \"\"\n      }\n    ]\n  }\n}";
    let (ids, errors) = read(&format!("{pretty}\n{GOOD_2}\n"));
    assert_eq!(ids, ["P-1", "G-2"], "{errors:?}");
}

#[test]
fn a_damaged_first_log_does_not_decide_what_the_delivery_holds() {
    // After it, the reader finds the `{}` inside its record: neither a record nor a log.
    let record =
        r#"{"eventId":"D-1","eventName":"X","eventTime":"t","requestParameters":{"Ids":[{}]}}"#;
    let event = serde_json::to_string(record).unwrap();
    let bad = format!(r#"{{"__topic__":"actiontrail_event" "event":{event}}}"#);
    let good = serde_json::json!({"__topic__": "actiontrail_event", "event": GOOD_1}).to_string();
    let (ids, errors) = read(&[bad.as_str(), &good, &good, &good].join("\n"));
    assert_eq!((ids.len(), errors.len()), (3, 1), "{errors:?}");
}

/// The messages of the errors of `delivery`, read whole and one byte at a time (which must
/// agree: a character may be cut between reads).
fn messages(delivery: &[u8]) -> Vec<String> {
    struct OneByte<'a>(&'a [u8]);
    impl std::io::Read for OneByte<'_> {
        fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
            let Some((&first, rest)) = self.0.split_first() else {
                return Ok(0);
            };
            if buffer.is_empty() {
                return Ok(0);
            }
            buffer[0] = first;
            self.0 = rest;
            Ok(1)
        }
    }
    let mut whole = Vec::new();
    RecordReader::new(delivery).for_each_borrowed(|result| {
        if let Err(error) = result {
            whole.push(error.to_string());
        }
    });
    let mut trickled = Vec::new();
    RecordReader::new(OneByte(delivery)).for_each_lazy(|result| {
        if let Err(error) = result {
            trickled.push(error.to_string());
        }
    });
    assert_eq!(whole, trickled, "one byte at a time");
    whole
}

/// `GOOD_1` and `GOOD_2` as JSON Lines, with `byte` in place of the `at`th byte of the second
/// line's record; and where that byte is in the delivery.
fn with_byte_in_second_record(at: usize, byte: u8) -> (Vec<u8>, usize) {
    let mut delivery = format!("{GOOD_1}\n{GOOD_2}\n").into_bytes();
    let place = GOOD_1.len() + 1 + at;
    delivery[place] = byte;
    (delivery, place)
}

#[test]
fn a_byte_that_is_not_utf8_is_reported_as_such_with_where_it_is() {
    // In a string: `StopDesktops`' `S`.
    let at = GOOD_2.find("StopDesktops").unwrap();
    let (delivery, place) = with_byte_in_second_record(at, 0xFF);
    let start = GOOD_1.len() + 1;
    assert_eq!(
        messages(&delivery),
        [format!(
            "record 1 at line 2 (byte {start}): invalid UTF-8: byte 0xFF at byte {place} \
             (line 1 column {} of the record)",
            at + 1
        )]
    );
    // Between tokens: in place of the `"` that opens the key `eventName`.
    let at = GOOD_2.find("\"eventName").unwrap();
    let (delivery, place) = with_byte_in_second_record(at, 0xC3);
    assert_eq!(
        messages(&delivery),
        [format!(
            "record 1 at line 2 (byte {start}): invalid UTF-8: byte 0xC3 at byte {place} \
             (line 1 column {} of the record)",
            at + 1
        )]
    );
    // Where a record should start.
    let delivery = [GOOD_1.as_bytes(), b"\n\xFE\xFF\n", GOOD_2.as_bytes()].concat();
    assert_eq!(
        messages(&delivery),
        [format!(
            "record 1 at line 2 (byte {start}): invalid UTF-8: byte 0xFE, where a JSON object \
             (a record) was expected"
        )]
    );
    // On the third line of a pretty-printed record, after characters of two bytes.
    let pretty = "{\n  \"eventId\": \"P-1\",\n  \"eventName\": \"Stopé\u{FF}\",\n  \"eventTime\": \"t\"\n}\n";
    let mut delivery = pretty.as_bytes().to_vec();
    let place = pretty.find('\u{FF}').unwrap();
    // ÿ is two bytes, C3 BF: C3 followed by `"` is not UTF-8.
    delivery.remove(place + 1);
    let column = place - pretty[..place].rfind('\n').unwrap();
    assert_eq!(
        messages(&delivery),
        [format!(
            "record 0 at line 1 (byte 0): invalid UTF-8: byte 0xC3 at byte {place} \
             (line 3 column {column} of the record)"
        )]
    );
}

#[test]
fn a_control_character_that_is_utf8_is_still_a_control_character() {
    let at = GOOD_2.find("StopDesktops").unwrap();
    let (delivery, _) = with_byte_in_second_record(at, 0);
    let messages = messages(&delivery);
    assert_eq!(messages.len(), 1);
    assert!(
        messages[0].contains("control character") && !messages[0].contains("UTF-8"),
        "{messages:?}"
    );
}

#[test]
fn a_byte_that_is_not_utf8_in_a_log_or_a_gzip_delivery_is_reported_as_such() {
    use std::io::Write;
    let log = serde_json::json!({"__topic__": "actiontrail_event", "event": GOOD_2}).to_string();
    let mut delivery = format!("{log}\n").into_bytes();
    let place = log.find("StopDesktops").unwrap();
    delivery[place] = 0xFF;
    let expected = format!(
        "record 0 at line 1 (byte 0): invalid UTF-8: byte 0xFF at byte {place} \
         (line 1 column {} of the record)",
        place + 1
    );
    assert_eq!(messages(&delivery), std::slice::from_ref(&expected));
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gzip.write_all(&delivery).unwrap();
    assert_eq!(messages(&gzip.finish().unwrap()), [expected]);
}

/// A record cut inside an array and read up to the limit leaves the records inside it to be
/// found, one by one, in a buffer of the limit's size: here 300,000 of them. Each record's line
/// was counted from the buffer's start, which made this run past the deadline (and a gzip bomb
/// of it a hang); the deadline turns such a regression into a failure instead.
#[test]
fn a_cut_past_the_limit_with_many_records_in_the_buffer_does_not_hang() {
    let limit = 4 << 20;
    let elements = 300_000;
    let delivery = format!(
        "{{\"eventId\":\"C-1\",\"eventName\":\"X\",\"eventTime\":\"t\",\"p\":[{}\n{GOOD_1}\n",
        r#"{"eventId":"e"},"#.repeat(elements)
    );
    assert!(delivery.len() > limit);
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let (mut records, mut errors) = (Vec::new(), 0);
        RecordReader::new(delivery.as_bytes())
            .max_record_bytes(limit)
            .for_each_borrowed(|result| match result {
                Ok(record) => records.push(record.event_id.to_string()),
                Err(_) => errors += 1,
            });
        let _ = sender.send((records, errors));
    });
    let deadline = std::time::Duration::from_secs(120);
    let (records, errors) = receiver
        .recv_timeout(deadline)
        .expect("read within the deadline: it hangs");
    // The cut record, then each element (not a record: no `eventName`) and each comma after
    // it (where a record should start) reported; the record after the array read.
    assert_eq!(records, ["G-1"]);
    assert!(errors > elements, "{errors}");
}
