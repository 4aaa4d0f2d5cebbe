//! The catalogue holds the published source: its 322 events, marked as published, with the same
//! descriptions, except for the corrections that events.toml marks and docs/catalogue.md lists.
//! (tests/api_actions.rs holds it to ECD's APIs, the other source.)

use std::collections::BTreeMap;

use ecd_events::EcdEvent;

#[allow(dead_code, reason = "this test uses only the catalogue reader")]
#[path = "../codegen/mod.rs"]
mod codegen;

/// A verbatim copy of "ActionTrail: Audit events of ECD" (Alibaba Cloud documentation).
const PUBLISHED: &str = include_str!("data/published-catalogue.txt");
const EVENTS_TOML: &str = include_str!("../events.toml");

/// events.toml, read with the parameters it is checked against.
fn events_toml() -> codegen::catalogue::Catalogue {
    let parameters = codegen::parameters::parse(include_str!("data/api-parameters.tsv"))
        .unwrap_or_else(|error| panic!("{error}"));
    codegen::catalogue::parse_with(EVENTS_TOML, &parameters).expect("events.toml is valid")
}
const README: &str = include_str!("../docs/catalogue.md");

/// What the published source says: event name to description ("None." where undocumented).
fn published() -> BTreeMap<&'static str, &'static str> {
    let lines: Vec<&str> = PUBLISHED
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    let header = lines
        .iter()
        .position(|&line| line == "Description")
        .expect("the table header");
    let rows = &lines[header + 1..];
    assert_eq!(rows.len() % 2, 0, "every event name has a description line");
    rows.chunks(2).map(|row| (row[0], row[1])).collect()
}

/// The corrections that docs/catalogue.md lists: event to (published text, catalogue text).
fn readme_corrections() -> BTreeMap<String, (String, String)> {
    let section = README
        .split("\n## ")
        .find(|section| section.starts_with("Corrections"))
        .expect("docs/catalogue.md has a `## Corrections` section");
    section
        .lines()
        .filter(|line| line.starts_with("| `"))
        .map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let event = cells[1].trim_matches('`').to_owned();
            (event, (cells[2].to_owned(), cells[3].to_owned()))
        })
        .collect()
}

#[test]
fn the_published_source_lists_322_events_82_undocumented() {
    let published = published();
    assert_eq!(published.len(), 322);
    assert_eq!(published.values().filter(|&&d| d == "None.").count(), 82);
}

#[test]
fn the_events_marked_published_are_exactly_the_published_events() {
    let published: Vec<&str> = published().into_keys().collect();
    let mut marked: Vec<&str> = EcdEvent::ALL
        .iter()
        .filter(|event| event.in_published_catalogue())
        .map(|event| event.as_str())
        .collect();
    marked.sort_unstable();
    assert_eq!(marked, published);
}

#[test]
fn descriptions_are_the_published_ones_except_marked_corrections() {
    let catalogue = events_toml();
    for (name, text) in published() {
        let event = EcdEvent::from_name(name).expect("published events are in the catalogue");
        let entry = catalogue
            .events
            .iter()
            .find(|entry| entry.name == name)
            .expect("and in events.toml");
        match (text, &entry.published) {
            // Described from the API where one documents it; otherwise not documented yet.
            ("None.", None) if !event.apis().is_empty() && event.description().is_some() => {}
            ("None.", _) => assert_eq!(event.description(), None, "{name} is undocumented"),
            (text, None) => assert_eq!(event.description(), Some(text), "{name}"),
            (text, Some(quoted)) => {
                assert_eq!(
                    quoted, text,
                    "{name}: `published` must quote the source verbatim"
                );
                assert_ne!(event.description(), Some(text), "{name}");
            }
        }
    }
}

#[test]
fn readme_lists_every_correction_with_both_texts() {
    let catalogue = events_toml();
    let corrected: BTreeMap<String, (String, String)> = catalogue
        .events
        .iter()
        .filter_map(|entry| {
            let published = entry.published.clone()?;
            Some((
                entry.name.clone(),
                (published, entry.description.clone().unwrap_or_default()),
            ))
        })
        .collect();
    assert_eq!(readme_corrections(), corrected);
    for required in [
        "DeleteDesktopGroup",
        "DescribeFlowMetric",
        "RenewDesktops",
        "ExportClientEvents",
    ] {
        assert!(corrected.contains_key(required), "{required} is corrected");
    }
}
