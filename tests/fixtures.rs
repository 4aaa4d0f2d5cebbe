//! The fixtures' records, held to the catalogue: a record of an event is a call of one of the
//! APIs that define it, judged ECD's, carrying every parameter that API requires, each of the
//! kind and among the valid values the catalogue gives, spelt as ActionTrail spells them; and
//! the calls that can weaken protection do so in some records and not in others.
#![cfg(feature = "fixtures")]

use std::collections::BTreeSet;

use ecd_events::records::{OwnedRecord, ParameterValue};
use ecd_events::{Api, EcdEvent, ParameterKind, fixtures};

/// Seeds enough for every choice of a fixture to be seen, few enough to be quick.
const SEEDS: std::ops::Range<u64> = 0..40;

/// The API a record says it called: the one of its event's whose product its `serviceName`
/// names and whose version its `apiVersion` is.
fn api_of(record: &OwnedRecord, event: EcdEvent) -> Api {
    let service = record.service_name.as_deref().expect("a serviceName");
    let version = record.api_version.as_deref().expect("an apiVersion");
    *event
        .apis()
        .iter()
        .find(|api| api.product().eq_ignore_ascii_case(service) && api.version() == version)
        .unwrap_or_else(|| panic!("{event} seed: {service} {version} is none of its APIs"))
}

/// Whether one value (an item of a list, not an object) is of `kind`, and one of `values`
/// where the catalogue lists them.
fn fits(value: &ParameterValue<'_>, kind: ParameterKind, values: &[&str]) -> bool {
    let Some(text) = value.text() else {
        return false;
    };
    let typed = match kind {
        ParameterKind::Boolean => value.as_bool().is_some(),
        ParameterKind::Integer => value.as_i64().is_some(),
        ParameterKind::Number => value.as_f64().is_some(),
        _ => true,
    };
    typed && (values.is_empty() || values.iter().any(|valid| value.equals(valid))) && {
        // Flattened values are strings, as ActionTrail writes them.
        value.json().is_some_and(|json| json.starts_with('"')) && !text.is_empty()
    }
}

#[test]
fn every_event_is_a_call_of_one_of_its_apis_with_what_it_requires() {
    for &event in EcdEvent::ALL {
        for seed in SEEDS.step_by(8) {
            let record = fixtures::record(event, seed);
            assert!(record.is_ecd(), "{event} {seed}");
            assert_eq!(record.event(), Some(event), "{event} {seed}");
            if event.apis().is_empty() {
                // Retired: no API defines it, and the catalogue knows no parameters of it.
                assert!(event.parameters().is_empty(), "{event}");
                continue;
            }
            let api = api_of(&record, event);
            let parameters = record.parameters().expect("a JSON object");
            for parameter in event.parameters() {
                if !parameter.apis().contains(&api) {
                    assert!(
                        parameters.get(parameter.name()).is_none(),
                        "{event} {seed}: {} is not {api}'s",
                        parameter.name()
                    );
                    continue;
                }
                let Some(value) = parameters.get(parameter.name()) else {
                    assert!(
                        !parameter.is_required(),
                        "{event} {seed}: {} is required",
                        parameter.name()
                    );
                    continue;
                };
                let kind = parameter.kind();
                if parameter.is_json_encoded() {
                    let text = value.text().expect("JSON text, in a string");
                    let json: serde_json::Value = serde_json::from_str(&text)
                        .unwrap_or_else(|e| panic!("{event} {}: {e}: {text}", parameter.name()));
                    assert_eq!(json.is_array(), kind.is_list(), "{event} {text}");
                    continue;
                }
                if parameter.members().is_empty() && kind.item() != ParameterKind::Map {
                    let items = value.items();
                    assert!(!items.is_empty(), "{event} {}", parameter.name());
                    // A list is flattened (`Name.1`), one value is under its own name.
                    assert_eq!(value.json().is_none(), kind.is_list(), "{event} {seed}");
                    for item in items {
                        assert!(
                            fits(&item, kind.item(), parameter.values()),
                            "{event} {seed}: {} = {:?}",
                            parameter.name(),
                            item.text()
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn objects_and_lists_of_them_are_flattened_as_actiontrail_writes_them() {
    let mut keys = BTreeSet::new();
    for seed in SEEDS {
        let record = fixtures::record(EcdEvent::CreateDesktops, seed);
        for (key, _) in record.parameters().unwrap().entries() {
            keys.insert(key.to_owned());
        }
    }
    assert!(
        keys.contains("Tag.1.Key") && keys.contains("Tag.1.Value"),
        "{keys:?}"
    );
    assert!(keys.contains("UserCommands.1.Content"), "{keys:?}");
    // The parameters the API takes as JSON text.
    assert!(keys.contains("DesktopAttachment"), "{keys:?}");
    assert!(!keys.iter().any(|key| key.starts_with("DesktopAttachment.")));
    // Every member of a flattened object is its parameter's.
    let tag = EcdEvent::CreateDesktops.parameter("Tag").unwrap();
    for key in keys.iter().filter(|key| key.starts_with("Tag.")) {
        let member = key.rsplit('.').next().unwrap();
        assert!(tag.member(member).is_some(), "{key}");
    }
}

#[test]
fn ids_and_regions_look_like_the_resources_they_name() {
    let starts = |record: &OwnedRecord, name: &str, prefix: &str| {
        let parameters = record.parameters().unwrap();
        let value = parameters.get(name).unwrap_or_else(|| panic!("{name}"));
        for item in value.items() {
            let text = item.text().unwrap();
            assert!(text.starts_with(prefix), "{name} = {text}");
        }
    };
    for seed in SEEDS {
        let record = fixtures::record(EcdEvent::DeleteDesktops, seed);
        let region = record.acs_region.as_deref().unwrap().to_owned();
        starts(&record, "DesktopId", "ecd-");
        starts(&record, "RegionId", &region);
        // The record's resources are the desktops it names.
        let ids: Vec<String> = record
            .parameters()
            .unwrap()
            .get("DesktopId")
            .unwrap()
            .items()
            .iter()
            .map(|item| item.text().unwrap().into_owned())
            .collect();
        assert_eq!(
            record.resource_name.as_deref(),
            Some(ids.join(",").as_str())
        );

        let record = fixtures::record(EcdEvent::ModifyOfficeSiteMfaEnabled, seed);
        let region = record.acs_region.as_deref().unwrap();
        starts(&record, "OfficeSiteId", &format!("{region}+dir-"));
        starts(
            &fixtures::record(EcdEvent::ModifyImagePermission, seed),
            "ImageId",
            "m-",
        );
        starts(
            &fixtures::record(EcdEvent::ModifyPolicyGroup, seed),
            "PolicyGroupId",
            "pg-",
        );
    }
}

#[test]
fn actiontrails_own_keys_are_kept() {
    for seed in SEEDS {
        let record = fixtures::record(EcdEvent::StopDesktops, seed);
        let parameters = record.parameters().unwrap();
        let host = record.event_source.as_deref().unwrap();
        assert_eq!(
            parameters.get("AcsHost").unwrap().text().as_deref(),
            Some(host)
        );
        assert_eq!(
            parameters.get("HostId").unwrap().text().as_deref(),
            Some(host)
        );
        assert_eq!(
            parameters.get("AcsProduct").unwrap().text().as_deref(),
            Some("ecd")
        );
        assert_eq!(
            parameters.get("RequestId").unwrap().text().as_deref(),
            Some(record.event_id.as_ref())
        );
    }
}

#[test]
fn records_carry_the_service_and_version_of_the_api_they_called() {
    // An action of eds-user's API only: its product, and still ECD's.
    for seed in SEEDS.step_by(5) {
        let record = fixtures::record(EcdEvent::ResetUserPassword, seed);
        assert_eq!(EcdEvent::ResetUserPassword.apis(), [Api::EdsUser20210308]);
        assert!(
            record
                .service_name
                .as_deref()
                .unwrap()
                .eq_ignore_ascii_case("eds-user")
        );
        assert_eq!(record.api_version.as_deref(), Some("2021-03-08"));
        assert!(
            record
                .event_source
                .as_deref()
                .unwrap()
                .starts_with("eds-user.")
        );
        assert!(record.is_ecd());
        assert_eq!(record.service().as_deref(), Some("eds-user"));
        assert_eq!(record.event(), Some(EcdEvent::ResetUserPassword));
    }
    // An action of two APIs: calls of either.
    let apis: BTreeSet<Api> = SEEDS
        .map(|seed| {
            let record = fixtures::record(EcdEvent::GetConnectionTicket, seed);
            api_of(&record, EcdEvent::GetConnectionTicket)
        })
        .collect();
    assert_eq!(
        apis.into_iter().collect::<Vec<_>>(),
        EcdEvent::GetConnectionTicket.apis()
    );
}

#[test]
fn calls_that_can_weaken_protection_do_in_some_records_and_not_in_others() {
    let seeds = 0..60;
    for &event in EcdEvent::ALL {
        if !event.parameters().iter().any(|p| p.concerns_security()) {
            continue;
        }
        let weakening = seeds
            .clone()
            .filter(|&seed| {
                let record = fixtures::record(event, seed);
                !record.parameters().unwrap().weakening().is_empty()
            })
            .count();
        // A realistic share: fewer than the benign calls, but never none.
        assert!(
            (5..=30).contains(&weakening),
            "{event}: {weakening} of {} records weaken",
            seeds.end
        );
    }
    // MFA switched off and on, booleans spelt as the caller's tool spells them.
    let mut seen = BTreeSet::new();
    for seed in seeds {
        let record = fixtures::record(EcdEvent::ModifyOfficeSiteMfaEnabled, seed);
        let parameters = record.parameters().unwrap();
        let mfa = parameters.get("MfaEnabled").unwrap();
        let text = mfa.text().unwrap().into_owned();
        let python = record.user_agent.as_deref().unwrap().contains("Python");
        let spelt = if python {
            ["True", "False"]
        } else {
            ["true", "false"]
        };
        assert!(
            spelt.contains(&text.as_str()),
            "{text} by {:?}",
            record.user_agent
        );
        seen.insert(text);
    }
    assert_eq!(seen.len(), 4, "{seen:?}");
}

#[test]
fn an_archive_s_records_are_of_their_object_s_region_through_and_through() {
    use ecd_events::fixtures::OssArchive;
    use ecd_events::records::RecordReader;
    let root = std::env::temp_dir().join(format!(
        "ecd-events-fixtures-archive-{}",
        std::process::id()
    ));
    let objects = OssArchive::new(&["cn-shanghai", "eu-central-1"], 2, 40)
        .write(&root)
        .unwrap();
    let mut checked = 0;
    for object in &objects {
        for record in RecordReader::open(&object.path).unwrap() {
            let record = record.unwrap();
            assert_eq!(record.acs_region.as_deref(), Some(object.region.as_str()));
            let host = record.event_source.as_deref().unwrap();
            assert!(
                host.contains(&format!(".{}.", object.region)),
                "{host} in {}",
                object.region
            );
            let parameters = record.parameters().unwrap();
            // Where the API enumerates its regions (the global APIs' `Shanghai`, `Singapore`),
            // one of those.
            if let Some(region) = parameters.get("RegionId")
                && region.parameter().is_none_or(|p| p.values().is_empty())
            {
                assert_eq!(region.text().as_deref(), Some(object.region.as_str()));
                checked += 1;
            }
        }
    }
    std::fs::remove_dir_all(&root).unwrap();
    assert!(checked > 50, "{checked}");
}
