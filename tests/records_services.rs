//! A trail delivers every service's records together, and many of ECD's event names are other
//! services' too (ECS has its own `RunCommand`). In every delivery format and with both
//! readers, exactly ECD's records are ECD's, and only they have an ECD event.
#![cfg(feature = "fixtures")]

use ecd_events::fixtures;
use ecd_events::records::{OwnedRecord, Record, RecordReader};
use formats::all_formats;

#[path = "support/formats.rs"]
mod formats;

/// Records that say whose they are in each of the ways the judgement looks at, alone: by
/// `serviceName`, by `eventSource`, by `requestParameters.AcsProduct`, by `apiVersion`, and by
/// nothing but the name. `(whether it is ECD's, the record)`.
fn said_every_way() -> Vec<(bool, OwnedRecord)> {
    let lines = [
        (true, r#""serviceName":"ecd""#),
        (false, r#""serviceName":"Ecs""#),
        (true, r#""eventSource":"ecd-share.aliyuncs.com""#),
        (false, r#""eventSource":"ecs-cn-hangzhou.aliyuncs.com""#),
        (true, r#""requestParameters":{"AcsProduct":"Ecd"}"#),
        (false, r#""requestParameters":{"AcsProduct":"Ecs"}"#),
        (true, r#""apiVersion":"2020-09-30""#),
        (false, r#""apiVersion":"2014-05-26""#),
        // No word of the service: judged by the name, which ECD's catalogue lists.
        (true, r#""acsRegion":"cn-hangzhou""#),
    ];
    lines
        .iter()
        .enumerate()
        .map(|(index, (ecd, says))| {
            let json = format!(
                r#"{{"eventId":"S-{index}","eventName":"RunCommand","eventTime":"2025-03-04T09:41:52Z",{says}}}"#
            );
            let record: Record<'_> = serde_json::from_str(&json).unwrap();
            (*ecd, record.into_owned())
        })
        .collect()
}

#[test]
fn exactly_ecds_records_are_ecds_in_every_format_with_both_readers() {
    let mut written: Vec<(bool, OwnedRecord)> = fixtures::trail(11)
        .take(400)
        // The fixtures write ECD's records as `Ecd` or, for the eds-user API's actions,
        // `Eds-user`; other services' as `Ecs`, `Ram`, `Oss`, `Vpc`.
        .map(|record| {
            let ecd = matches!(record.service_name.as_deref(), Some("Ecd" | "Eds-user"));
            (ecd, record)
        })
        .collect();
    written.extend(said_every_way());
    let ecd = written.iter().filter(|(ecd, _)| *ecd).count();
    assert!(ecd > 0 && ecd < written.len(), "a mixed trail");
    for format in all_formats() {
        let delivery = fixtures::delivery(written.iter().map(|(_, record)| record), format);

        let mut typed = Vec::new();
        RecordReader::new(&delivery[..]).for_each_borrowed(|result| {
            let record = result.unwrap();
            typed.push((record.is_ecd(), record.event(), record.event_name.event()));
        });
        let mut lazy = Vec::new();
        RecordReader::new(&delivery[..]).for_each_lazy(|result| {
            let record = result.unwrap();
            lazy.push((record.is_ecd(), record.event(), record.event_name.event()));
        });

        assert_eq!(typed.len(), written.len(), "{format}");
        assert_eq!(
            lazy, typed,
            "{format}: the lazy reader judges as the typed one"
        );
        for ((ecd, record), (is_ecd, event, by_name)) in written.iter().zip(&typed) {
            let id = record.event_id.as_str();
            assert_eq!(is_ecd, ecd, "{format}: {id} ({:?})", record.service_name);
            if *ecd {
                assert_eq!(event, by_name, "{format}: {id}");
            } else {
                assert_eq!(*event, None, "{format}: {id} is another service's");
            }
        }
    }
}

#[test]
fn other_services_records_carry_ecd_names_but_no_ecd_event() {
    // What makes the test above worth running: the other services' names are ECD's too.
    let others: Vec<OwnedRecord> = (0..fixtures::OTHER_SERVICE_EVENTS.len() as u64)
        .map(fixtures::other_service_record)
        .collect();
    let with_ecd_names = others
        .iter()
        .filter(|record| record.event_name.event().is_some())
        .count();
    assert!(with_ecd_names >= 6, "{with_ecd_names}");
    for record in &others {
        assert!(!record.is_ecd(), "{}", record.event_name);
        assert_eq!(record.event(), None);
        assert_ne!(record.service().as_deref(), Some("ecd"));
    }
}
