//! With the `serde` feature, every type serializes as its string form; the enums reject
//! strings they do not know, naming them, and `EventName` accepts any string.
#![cfg(feature = "serde")]

#[cfg(feature = "alloc")]
use ecd_events::EventName;
use ecd_events::{Access, Category, EcdEvent, Tag};
use serde::Serialize;
use serde::de::DeserializeOwned;

fn round_trip<T>(value: T, text: &str)
where
    T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let json = serde_json::to_string(&value).unwrap();
    assert_eq!(json, format!("\"{text}\""));
    assert_eq!(serde_json::from_str::<T>(&json).unwrap(), value);
}

#[test]
fn every_value_serializes_as_its_string_and_back() {
    for &event in EcdEvent::ALL {
        round_trip(event, event.as_str());
        #[cfg(feature = "alloc")]
        round_trip(EventName::Known(event), event.as_str());
    }
    for &category in Category::ALL {
        round_trip(category, category.as_str());
    }
    for &tag in Tag::ALL {
        round_trip(tag, tag.as_str());
    }
    for &access in Access::ALL {
        round_trip(access, access.as_str());
    }
}

#[test]
fn unknown_strings_are_rejected_with_their_name() {
    let error = serde_json::from_str::<EcdEvent>("\"RunInstances\"").unwrap_err();
    assert!(
        error
            .to_string()
            .contains("unknown ECD event name `RunInstances`"),
        "{error}"
    );
    let error = serde_json::from_str::<Category>("\"desktops\"").unwrap_err();
    assert!(error.to_string().contains("`desktops`"), "{error}");
    let error = serde_json::from_str::<Tag>("\"secret\"").unwrap_err();
    assert!(error.to_string().contains("`secret`"), "{error}");
    let error = serde_json::from_str::<Access>("\"read\"").unwrap_err();
    assert!(error.to_string().contains("`read`"), "{error}");
}

#[test]
fn non_strings_are_rejected() {
    assert!(serde_json::from_str::<EcdEvent>("42").is_err());
    #[cfg(feature = "alloc")]
    assert!(serde_json::from_str::<EventName>("null").is_err());
    assert!(serde_json::from_str::<Access>("true").is_err());
}

#[cfg(feature = "alloc")]
#[test]
fn event_name_accepts_any_string_and_keeps_it() {
    let name: EventName = serde_json::from_str("\"ListTerminal\"").unwrap();
    assert_eq!(name.event(), None);
    assert_eq!(name.as_str(), "ListTerminal");
    assert_eq!(serde_json::to_string(&name).unwrap(), "\"ListTerminal\"");

    let escaped: EventName = serde_json::from_str("\"Create\\u0044esktops\"").unwrap();
    assert_eq!(escaped, EventName::Known(EcdEvent::CreateDesktops));
}

#[test]
fn values_work_inside_configuration() {
    #[derive(serde::Deserialize)]
    struct Rule {
        categories: Vec<Category>,
        tags: Vec<Tag>,
        access: Access,
        events: Vec<EcdEvent>,
    }
    let rule: Rule = serde_json::from_str(
        r#"{"categories":["desktop-group"],"tags":["remote-execution"],
            "access":"Write","events":["RunCommand"]}"#,
    )
    .unwrap();
    assert_eq!(rule.categories, [Category::DesktopGroup]);
    assert_eq!(rule.tags, [Tag::RemoteExecution]);
    assert_eq!(rule.access, Access::Write);
    assert_eq!(rule.events, [EcdEvent::RunCommand]);
}
