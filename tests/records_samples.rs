//! The sample records of the ActionTrail format reference (copied into tests/data/samples)
//! parse, each field as its JSON says.
#![cfg(feature = "records")]

use ecd_events::records::{
    Content, EventType, IdentityType, Layout, Record, RecordReader, Resource,
};
use ecd_events::{Access, EcdEvent, EventName};

fn sample(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/data/samples/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn only_record(bytes: &[u8]) -> Record<'static> {
    let mut records: Vec<_> = RecordReader::new(bytes).collect::<Result<_, _>>().unwrap();
    assert_eq!(records.len(), 1);
    records.pop().unwrap()
}

#[test]
fn create_desktops_by_a_ram_user_through_the_sdk() {
    let bytes = sample("create-desktops.json");
    let record: Record = serde_json::from_slice(&bytes).unwrap();

    assert_eq!(record.event_id, "0A1B2C3D-0000-4000-8000-EXAMPLE00001");
    assert_eq!(record.event_version.as_deref(), Some("1"));
    assert_eq!(record.event_category.as_deref(), Some("Management"));
    assert_eq!(record.event_type, Some(EventType::ApiCall));
    assert_eq!(record.event_rw, Some(Access::Write));
    assert_eq!(
        record.event_name,
        EventName::Known(EcdEvent::CreateDesktops)
    );
    assert_eq!(record.event(), Some(EcdEvent::CreateDesktops));
    assert_eq!(
        record.event_source.as_deref(),
        Some("ecd.cn-hangzhou.aliyuncs.com")
    );
    assert_eq!(record.service_name.as_deref(), Some("Ecd"));
    assert_eq!(record.api_version.as_deref(), Some("2020-09-30"));
    assert_eq!(record.event_time, "2025-03-04T02:15:07Z");
    assert_eq!(record.time().unwrap().timestamp(), 1_741_054_507);
    assert_eq!(record.acs_region.as_deref(), Some("cn-hangzhou"));
    assert_eq!(record.is_global, Some(false));
    assert_eq!(
        record.request_id.as_deref(),
        Some("0A1B2C3D-0000-4000-8000-EXAMPLE00001")
    );
    assert_eq!(record.source_ip_address.as_deref(), Some("203.0.113.10"));
    assert_eq!(
        record.user_agent.as_deref(),
        Some("AlibabaCloud (Linux; x86_64) Python/3.11.9 Core/2.0.0 TeaDSL/2")
    );
    assert!(!record.is_error());
    assert!(!record.is_sensitive());

    let identity = record.user_identity.as_ref().unwrap();
    assert_eq!(identity.identity_type, Some(IdentityType::RamUser));
    assert_eq!(identity.principal_id.as_deref(), Some("200000000000000001"));
    assert_eq!(identity.account_id.as_deref(), Some("1000000000000001"));
    assert_eq!(
        identity.access_key_id.as_deref(),
        Some("LTAI5tEXAMPLEEXAMPLE0001")
    );
    assert_eq!(identity.user_name.as_deref(), Some("provisioning-bot"));
    assert_eq!(identity.session_context, None);

    let parameters: serde_json::Value =
        record.request_parameters.as_ref().unwrap().parse().unwrap();
    assert_eq!(parameters["Amount"], 2);
    assert_eq!(parameters["EndUserId.2"], "bob.example");
    let response: serde_json::Value = record.response_elements.as_ref().unwrap().parse().unwrap();
    assert_eq!(response["DesktopId"][1], "ecd-EXAMPLE0000000002");
    let data: serde_json::Value = record
        .additional_event_data
        .as_ref()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(data, serde_json::json!({"Scheme": "https"}));
    assert!(
        record
            .referenced_resources
            .as_ref()
            .unwrap()
            .get()
            .contains("ACS::ECD::Desktop")
    );
    assert_eq!(
        record.resources().collect::<Vec<_>>(),
        [
            Resource {
                resource_type: Some("ACS::ECD::Desktop"),
                name: "ecd-EXAMPLE0000000001"
            },
            Resource {
                resource_type: Some("ACS::ECD::Desktop"),
                name: "ecd-EXAMPLE0000000002"
            },
        ]
    );
    assert!(record.other.is_empty());
}

#[test]
fn delete_desktops_denied_in_the_console_with_mfa() {
    let record = only_record(&sample("delete-desktops-denied.json"));

    assert_eq!(record.event(), Some(EcdEvent::DeleteDesktops));
    assert_eq!(record.source_ip_address.as_deref(), Some("2001:db8::1234"));
    assert_eq!(record.user_agent.as_deref(), Some("ecd.console.aliyun.com"));
    assert!(record.is_error());
    assert_eq!(record.error_code.as_deref(), Some("NoPermission"));
    assert_eq!(
        record.error_message.as_deref(),
        Some("You are not authorized to do this action.")
    );
    assert!(record.is_sensitive());
    assert_eq!(
        record.event_attributes.as_ref().unwrap().sensitive_action,
        Some(true)
    );

    let identity = record.user_identity.as_ref().unwrap();
    assert_eq!(identity.access_key_id, None);
    assert_eq!(identity.mfa_authenticated(), Some(true));
    let attributes = identity
        .session_context
        .as_ref()
        .unwrap()
        .attributes
        .as_ref()
        .unwrap();
    assert_eq!(
        attributes.creation_date.as_deref(),
        Some("2025-03-04T09:30:11Z")
    );
    assert_eq!(record.response_elements, None);
}

#[test]
fn describe_desktops_by_an_assumed_role_in_the_older_typing() {
    let record = only_record(&sample("describe-desktops-assumed-role.json"));

    // The published catalogue does not list DescribeDesktops, but ECD's API defines it, and
    // real records carry it more than any other event.
    assert_eq!(record.event(), Some(EcdEvent::DescribeDesktops));
    assert!(!EcdEvent::DescribeDesktops.in_published_catalogue());
    assert_eq!(record.event_name.as_str(), "DescribeDesktops");
    assert_eq!(record.event_version.as_deref(), Some("1"));
    assert_eq!(record.event_rw, Some(Access::Read));
    // Empty error fields mean no error.
    assert_eq!(
        (record.error_code.as_ref(), record.error_message.as_ref()),
        (None, None)
    );
    assert!(!record.is_error());
    assert_eq!(
        (record.event_category.as_ref(), record.is_global),
        (None, None)
    );
    assert_eq!(record.resources().count(), 0);

    let identity = record.user_identity.as_ref().unwrap();
    assert_eq!(identity.identity_type, Some(IdentityType::AssumedRole));
    assert_eq!(
        identity.access_key_id.as_deref(),
        Some("STS.EXAMPLEEXAMPLEEXAMPLE01")
    );
    assert_eq!(
        identity.user_name.as_deref(),
        Some("ecd-auditor-role:audit-session")
    );
    assert_eq!(identity.mfa_authenticated(), Some(false));
    let parameters: serde_json::Value =
        record.request_parameters.as_ref().unwrap().parse().unwrap();
    assert_eq!(parameters["MaxResults"], 100);
}

#[test]
fn the_oss_body_is_an_array_of_two_records() {
    let body = sample("oss-delivery-body.json");
    let mut reader = RecordReader::new(&body[..]);
    let records: Vec<_> = reader.by_ref().collect::<Result<_, _>>().unwrap();
    let names: Vec<_> = records
        .iter()
        .map(|record| record.event_name.as_str())
        .collect();
    assert_eq!(names, ["CreateDesktops", "DeleteDesktops"]);
    assert_eq!(reader.format().layout, Some(Layout::JsonArray));
    assert_eq!(reader.format().content, Some(Content::Records));

    // The same records as the single samples.
    for (record, file) in records
        .iter()
        .zip(["create-desktops.json", "delete-desktops-denied.json"])
    {
        let single = only_record(&sample(file));
        assert_eq!(
            serde_json::to_value(record).unwrap(),
            serde_json::to_value(&single).unwrap(),
            "{file}"
        );
    }
}

#[test]
fn the_sls_log_carries_the_create_desktops_record_in_its_event_string() {
    let log = sample("sls-log-item.json");
    let mut reader = RecordReader::new(&log[..]);
    let record = reader.next().unwrap().unwrap();
    assert!(reader.next().is_none());
    assert_eq!(reader.format().content, Some(Content::SlsLogs));
    assert_eq!(
        serde_json::to_value(&record).unwrap(),
        serde_json::to_value(only_record(&sample("create-desktops.json"))).unwrap()
    );
}

#[test]
fn strings_and_payloads_borrow_from_the_input() {
    let bytes = sample("create-desktops.json");
    let record: Record = serde_json::from_slice(&bytes).unwrap();
    assert!(record.event_id.is_borrowed());
    assert!(record.user_agent.as_ref().unwrap().is_borrowed());
    assert!(
        record
            .user_identity
            .as_ref()
            .unwrap()
            .user_name
            .as_ref()
            .unwrap()
            .is_borrowed()
    );
    assert!(record.request_parameters.as_ref().unwrap().is_borrowed());

    let owned = record.clone().into_owned();
    assert!(!owned.event_id.is_borrowed());
    assert_eq!(owned, record);
}
