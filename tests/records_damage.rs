//! Every record a delivery held is either read or reported: damage costs the damaged record an
//! error of its own, never the records around it, and a record the reader cannot read is never
//! skipped without one.
#![cfg(feature = "records")]

use ecd_events::records::{RecordErrorKind, RecordReader};

const GOOD_1: &str = r#"{"eventId":"G-1","eventName":"DeleteDesktops","eventTime":"2025-03-04T09:41:52Z","serviceName":"Ecd"}"#;
const GOOD_2: &str = r#"{"eventId":"G-2","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:53Z","serviceName":"Ecd"}"#;
/// Well-formed JSON, but not a record: it lacks the required `eventName`.
const NO_NAME: &str = r#"{"eventId":"N-1","eventTime":"2025-03-04T09:41:54Z","serviceName":"Ecd"}"#;

/// What both readers make of `delivery`: the IDs of the records read, and the kind and line of
/// every error, in order.
fn read(delivery: &str) -> (Vec<String>, Vec<(RecordErrorKind, u64)>) {
    let mut ids = Vec::new();
    let mut errors = Vec::new();
    RecordReader::new(delivery.as_bytes()).for_each_borrowed(|result| match result {
        Ok(record) => ids.push(record.event_id.to_string()),
        Err(error) => errors.push((error.kind(), error.line())),
    });
    let mut lazy_ids = Vec::new();
    let mut lazy_errors = Vec::new();
    RecordReader::new(delivery.as_bytes()).for_each_lazy(|result| match result {
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
