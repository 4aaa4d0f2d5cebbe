//! Every public item of ecd-events, used as its documentation shows.

use ecd_events::{Access, Api, Category, EcdEvent, Tag, UnknownEventName, UnknownValue};
use strum::{EnumCount, IntoEnumIterator, VariantArray, VariantNames};

#[test]
fn the_catalogue() {
    assert_eq!(EcdEvent::COUNT, EcdEvent::ALL.len());
    assert_eq!(<EcdEvent as EnumCount>::COUNT, EcdEvent::COUNT);
    assert_eq!(EcdEvent::iter().count(), EcdEvent::COUNT);
    assert_eq!(<EcdEvent as VariantArray>::VARIANTS.len(), EcdEvent::COUNT);
    assert_eq!(
        <EcdEvent as VariantNames>::VARIANTS[0],
        EcdEvent::ALL[0].as_str()
    );
    let name: &'static str = EcdEvent::CreateDesktops.into();
    assert_eq!(name, "CreateDesktops");

    let event = EcdEvent::from_name("DeleteDesktops").unwrap();
    assert_eq!(event.as_str(), "DeleteDesktops");
    assert_eq!(event.description(), Some("Deletes cloud desktops."));
    assert_eq!(event.category(), Category::Desktop);
    assert_eq!(event.access(), Access::Write);
    assert!(event.tags().contains(&Tag::Destructive));
    assert_eq!(EcdEvent::from_code(event.code()), Some(event));
    assert_eq!(
        EcdEvent::from_name_ignore_ascii_case("deletedesktops"),
        Some(event)
    );
    assert_eq!(EcdEvent::try_from("DeleteDesktops"), Ok(event));
    let error: UnknownEventName = "Nope".parse::<EcdEvent>().unwrap_err();
    assert_eq!(error.input(), "Nope");
    assert!(downstream_pages("DeleteDesktops"));
    assert!(!downstream_pages("DescribeUsers"));
}

fn downstream_pages(name: &str) -> bool {
    ecd_events_downstream::pages(name)
}

#[test]
fn groups() {
    assert_eq!(Category::iter().count(), Category::COUNT);
    assert_eq!(Tag::iter().count(), Tag::COUNT);
    let category: Category = "desktop-group".parse().unwrap();
    assert!(category.events().all(|e| e.category() == category));
    let error: UnknownValue = "x".parse::<Tag>().unwrap_err();
    assert_eq!(error.input(), "x");
    assert_eq!("Read".parse::<Access>(), Ok(Access::Read));
    let api: Api = "ecd/2020-10-02".parse().unwrap();
    assert_eq!((api.product(), api.version()), ("ecd", "2020-10-02"));
    assert!(api.events().all(|event| event.apis().contains(&api)));
    assert_eq!(Api::iter().count(), Api::COUNT);
    // A wildcard arm is required: the enums are non_exhaustive.
    let scope = match category {
        Category::Desktop | Category::DesktopGroup => "desktops",
        _ => "other",
    };
    assert_eq!(scope, "desktops");
}

#[cfg(feature = "full")]
#[test]
fn event_names_and_serde() {
    use ecd_events::EventName;

    let known = EventName::parse("RunCommand");
    assert_eq!(known, EventName::Known(EcdEvent::RunCommand));
    let unknown = EventName::parse("ListTerminal");
    match &unknown {
        EventName::Unknown(name) => assert_eq!(name.as_str(), "ListTerminal"),
        EventName::Known(_) => panic!("not in the catalogue"),
    }
    assert_eq!(
        serde_json::to_string(&EcdEvent::RunCommand).unwrap(),
        "\"RunCommand\""
    );
    assert_eq!(
        serde_json::from_str::<EventName>("\"ListTerminal\"").unwrap(),
        unknown
    );
    assert!(serde_json::from_str::<Category>("\"nope\"").is_err());
}

/// A service's unit test of its alert rule, on fixture records in an OSS-style gzip delivery.
#[cfg(feature = "records")]
#[test]
fn records_read_filtered_and_faked_in_a_services_tests() {
    use ecd_events::fixtures;
    use ecd_events::records::{Content, DeliveryFormat, Filter, Layout, OwnedRecord, RecordReader};

    let rule: Filter = serde_json::from_str(r#"{"tags":["destructive"],"failed":false}"#).unwrap();
    let records: Vec<OwnedRecord> = vec![
        fixtures::record(EcdEvent::DeleteDesktops, 1),
        fixtures::record(EcdEvent::DescribeUsers, 2),
    ];
    let delivery = fixtures::delivery(
        &records,
        DeliveryFormat::new(Layout::JsonArray, Content::Records, true),
    );

    let mut alerts = Vec::new();
    RecordReader::new(&delivery[..]).for_each_lazy(|result| {
        let record = result.unwrap();
        if rule.matches(&record) {
            alerts.push(record.record().unwrap().into_owned());
        }
    });
    let expected: Vec<&OwnedRecord> = records
        .iter()
        .filter(|record| rule.matches(*record))
        .collect();
    assert_eq!(alerts.iter().collect::<Vec<_>>(), expected);
}
