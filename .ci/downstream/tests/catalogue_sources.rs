//! What the catalogue promises a user about its sources, checked from outside with the public
//! API only: every action of ECD's five APIs is an event, the events of the published
//! catalogue kept their codes and descriptions, and the security-relevant ones carry the tags
//! alert rules look for.

use std::collections::BTreeSet;

use ecd_events::{Access, Api, EcdEvent, Tag};

/// Every action of ECD's APIs, a copy of ecd-events' tests/data/api-actions.tsv.
const API_ACTIONS: &str = include_str!("data/api-actions.tsv");
/// Every event of the release before, with its code and description.
const BEFORE: &str = include_str!("data/events-before-apis.tsv");

fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| line.split('\t').collect())
}

#[test]
fn every_action_of_the_five_apis_is_found_by_name() {
    let mut apis = BTreeSet::new();
    for row in rows(API_ACTIONS) {
        let (product, version, action) = (row[0], row[1], row[2]);
        let event = EcdEvent::from_name(action).unwrap_or_else(|| panic!("{action} is not found"));
        let api = event
            .apis()
            .iter()
            .find(|api| api.product() == product && api.version() == version);
        assert!(api.is_some(), "{action}: apis() lacks {product}/{version}");
        apis.insert(format!("{product}/{version}"));
    }
    assert_eq!(apis.len(), 5);
    assert_eq!(Api::COUNT, 5);
}

#[test]
fn the_published_events_keep_their_codes_and_descriptions() {
    let mut count = 0;
    for row in rows(BEFORE) {
        let (name, code, description) = (row[0], row[1], row[2]);
        let event = EcdEvent::from_name(name).unwrap_or_else(|| panic!("{name} is not found"));
        assert!(event.in_published_catalogue(), "{name}");
        assert_eq!(event.code().to_string(), code, "{name}");
        let before = (!description.is_empty()).then_some(description);
        if name == "DescribeKmsKeys" {
            // Corrected: the page said certificates; the API queries KMS keys.
            assert_eq!(
                event.description(),
                Some("Queries the keys of Key Management Service (KMS).")
            );
        } else if before.is_none() && !event.apis().is_empty() {
            // Undocumented on the page: described now where the API documents it.
            assert!(
                event.description().is_none_or(|text| text.ends_with('.')),
                "{name}"
            );
        } else {
            assert_eq!(event.description(), before, "{name}");
        }
        count += 1;
    }
    assert_eq!(count, 322);
    let published = EcdEvent::ALL
        .iter()
        .filter(|event| event.in_published_catalogue())
        .count();
    assert_eq!(published, 322);
}

#[test]
fn security_relevant_events_carry_the_tags_alerts_look_for() {
    let tagged = |tag: Tag, names: &[&str]| {
        for name in names {
            let event = EcdEvent::from_name(name).unwrap_or_else(|| panic!("{name} is not found"));
            assert!(event.has_tag(tag), "{name} is tagged {tag}");
        }
    };
    tagged(
        Tag::Credential,
        &[
            "DescribeUsersPassword",
            "GetConnectionTicket",
            "GetLoginToken",
            "ChangePassword",
            "ResetPassword",
        ],
    );
    tagged(Tag::ImpairDefenses, &["StopRecordContent"]);
    tagged(
        Tag::NetworkExposure,
        &[
            "CreateForwardEntry",
            "AssociateIpAddress",
            "ModifyAclEntries",
        ],
    );
    assert_eq!("network-exposure".parse::<Tag>(), Ok(Tag::NetworkExposure));
    assert_eq!("impair-defenses".parse::<Tag>(), Ok(Tag::ImpairDefenses));

    let describe = EcdEvent::DescribeDesktops;
    assert!(describe.description().is_some());
    assert!(describe.tags().is_empty());
    assert_eq!(describe.access(), Access::Read);
    assert!(!describe.in_published_catalogue());
    assert!(!describe.is_retired());
}
