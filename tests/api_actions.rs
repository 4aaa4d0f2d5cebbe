//! The catalogue holds every action of ECD's public APIs: tests/data/api-actions.tsv, which
//! scripts/import_api_actions.py writes from the SDK packages, lists them by API, and each
//! event's `apis()` must be exactly the APIs that list it.

use std::collections::{BTreeMap, BTreeSet};

use ecd_events::{Api, EcdEvent};

/// One line per (product, API version, action), as the SDK packages define them.
const API_ACTIONS: &str = include_str!("data/api-actions.tsv");

/// Action to the APIs (`product/version`) that define it.
fn api_actions() -> BTreeMap<&'static str, BTreeSet<String>> {
    let mut actions: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for line in API_ACTIONS.lines().filter(|line| !line.starts_with('#')) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [product, version, action] = fields[..] else {
            panic!("api-actions.tsv: `{line}` is not product, version and action");
        };
        actions
            .entry(action)
            .or_default()
            .insert(format!("{product}/{version}"));
    }
    actions
}

#[test]
fn the_file_is_sorted_and_names_the_packages_it_came_from() {
    let rows: Vec<&str> = API_ACTIONS
        .lines()
        .filter(|line| !line.starts_with('#'))
        .collect();
    if let Some(pair) = rows.windows(2).find(|pair| pair[0] >= pair[1]) {
        panic!(
            "api-actions.tsv must be sorted without duplicates: `{}` comes after `{}`",
            pair[1], pair[0]
        );
    }
    for package in [
        "alibabacloud-ecd20200930",
        "alibabacloud-ecd20201001",
        "alibabacloud-ecd20201002",
        "alibabacloud-ecd20210602",
        "alibabacloud-eds-user20210308",
    ] {
        assert!(
            API_ACTIONS.contains(&format!("#   {package} ")),
            "the header names {package} and its version"
        );
    }
    assert_eq!(
        api_actions().len(),
        391,
        "distinct actions of the five APIs"
    );
}

#[test]
fn the_apis_are_those_the_file_lists() {
    let listed: BTreeSet<String> = api_actions().into_values().flatten().collect();
    let declared: BTreeSet<String> = Api::ALL.iter().map(|api| api.to_string()).collect();
    assert_eq!(declared, listed);
    for &api in Api::ALL {
        assert_eq!(api.as_str(), format!("{}/{}", api.product(), api.version()));
    }
}

#[test]
fn every_action_of_every_api_is_an_event() {
    let missing: Vec<&str> = api_actions()
        .into_keys()
        .filter(|action| EcdEvent::from_name(action).is_none())
        .collect();
    assert!(
        missing.is_empty(),
        "events.toml lacks these actions of ECD's APIs: {missing:?}"
    );
}

#[test]
fn each_event_names_exactly_the_apis_that_define_it() {
    let actions = api_actions();
    for &event in EcdEvent::ALL {
        let ours: BTreeSet<String> = event.apis().iter().map(|api| api.to_string()).collect();
        let theirs = actions.get(event.as_str()).cloned().unwrap_or_default();
        assert!(
            ours == theirs,
            "{event}: events.toml's `sources` name the APIs {ours:?}, api-actions.tsv {theirs:?}"
        );
        assert!(
            event.apis().windows(2).all(|pair| pair[0] < pair[1]),
            "{event}: APIs in Api::ALL's order"
        );
        for api in event.apis() {
            assert!(
                api.events().any(|member| member == event),
                "{api} lists {event}"
            );
        }
    }
    for &api in Api::ALL {
        let defined = actions
            .values()
            .filter(|apis| apis.contains(api.as_str()))
            .count();
        assert_eq!(api.events().len(), defined, "{api}");
    }
}

#[test]
fn published_events_no_api_defines_are_kept_as_retired() {
    // Security Center actions that none of ECD's APIs defines; records may carry them.
    for retired in [
        "DescribeVulList",
        "HandleSecurityEvents",
        "StartVirusScanTask",
    ] {
        let event = EcdEvent::from_name(retired).expect("kept in the catalogue");
        assert!(event.is_retired(), "{retired}");
        assert!(event.in_published_catalogue(), "{retired}");
    }
}
