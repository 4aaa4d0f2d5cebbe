//! `Filter`: what an alert rule loaded from configuration matches, on full and lazy records alike.
#![cfg(feature = "records")]

use ecd_events::records::{Filter, LazyRecord, Record};

/// An ECD record as a delivery would carry it, with what the cases below vary.
fn record_json(
    name: &str,
    rw: Option<&str>,
    error_code: &str,
    identity: &str,
    time: &str,
) -> String {
    let rw = rw
        .map(|rw| format!(r#","eventRW":"{rw}""#))
        .unwrap_or_default();
    format!(
        r#"{{"eventId":"E-1","eventName":"{name}","eventTime":"{time}"{rw},"serviceName":"Ecd","errorCode":"{error_code}","userIdentity":{{"type":"{identity}","userName":"carol"}}}}"#
    )
}

const DELETE: &str = "DeleteDesktops";

/// `(rule as JSON, record's name, eventRW, errorCode, identity type, time, whether it matches)`.
type Case = (
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
    &'static str,
    bool,
);

const CASES: &[Case] = &[
    // The empty rule matches every record of ECD's, listed or not.
    (
        r#"{}"#,
        DELETE,
        Some("Write"),
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        true,
    ),
    (
        r#"{}"#,
        "ListTerminal",
        None,
        "",
        "system",
        "not a time",
        true,
    ),
    // Event names, listed or not.
    (
        r#"{"events":["DeleteDesktops","StopDesktops"]}"#,
        DELETE,
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        true,
    ),
    (
        r#"{"events":["StopDesktops"]}"#,
        DELETE,
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        false,
    ),
    (
        r#"{"events":["ListTerminal"]}"#,
        "ListTerminal",
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        true,
    ),
    // Categories and tags come from the catalogue; unlisted events have none.
    (
        r#"{"categories":["desktop"]}"#,
        DELETE,
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        true,
    ),
    (
        r#"{"categories":["billing","image"]}"#,
        DELETE,
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        false,
    ),
    (
        r#"{"categories":["desktop"]}"#,
        "ListTerminal",
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        false,
    ),
    (
        r#"{"tags":["credential","destructive"]}"#,
        DELETE,
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        true,
    ),
    (
        r#"{"tags":["credential"]}"#,
        DELETE,
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        false,
    ),
    (
        r#"{"tags":["destructive"]}"#,
        "ListTerminal",
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        false,
    ),
    // Access: the record's eventRW wins; without one, the catalogue's access of the event.
    (
        r#"{"access":"Write"}"#,
        DELETE,
        Some("Write"),
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        true,
    ),
    (
        r#"{"access":"Read"}"#,
        DELETE,
        Some("Read"),
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        true,
    ),
    (
        r#"{"access":"Write"}"#,
        DELETE,
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        true,
    ),
    (
        r#"{"access":"Read"}"#,
        "DescribeUsers",
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        true,
    ),
    (
        r#"{"access":"Write"}"#,
        "ListTerminal",
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        false,
    ),
    // Failed or not; an empty errorCode is no error.
    (
        r#"{"failed":true}"#,
        DELETE,
        None,
        "NoPermission",
        "ram-user",
        "2025-03-04T09:41:52Z",
        true,
    ),
    (
        r#"{"failed":true}"#,
        DELETE,
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        false,
    ),
    (
        r#"{"failed":false}"#,
        DELETE,
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        true,
    ),
    // Error codes: exactly, or refined after a dot; a success has no code.
    (
        r#"{"error_codes":["Forbidden","NoPermission"]}"#,
        DELETE,
        None,
        "Forbidden.RAM",
        "ram-user",
        "2025-03-04T09:41:52Z",
        true,
    ),
    (
        r#"{"error_codes":["Forbidden","NoPermission"]}"#,
        DELETE,
        None,
        "NoPermission",
        "ram-user",
        "2025-03-04T09:41:52Z",
        true,
    ),
    (
        r#"{"error_codes":["Forbidden"]}"#,
        DELETE,
        None,
        "ForbiddenAccess",
        "ram-user",
        "2025-03-04T09:41:52Z",
        false,
    ),
    (
        r#"{"error_codes":["Forbidden.RAM"]}"#,
        DELETE,
        None,
        "Forbidden",
        "ram-user",
        "2025-03-04T09:41:52Z",
        false,
    ),
    (
        r#"{"error_codes":["Forbidden"]}"#,
        DELETE,
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        false,
    ),
    // Identity types, unlisted ones kept.
    (
        r#"{"identity_types":["assumed-role","root-account"]}"#,
        DELETE,
        None,
        "",
        "root-account",
        "2025-03-04T09:41:52Z",
        true,
    ),
    (
        r#"{"identity_types":["assumed-role"]}"#,
        DELETE,
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        false,
    ),
    (
        r#"{"identity_types":["saml-user"]}"#,
        DELETE,
        None,
        "",
        "saml-user",
        "2025-03-04T09:41:52Z",
        true,
    ),
    // Time: since is inclusive, until exclusive, offsets are honoured; no time, no match.
    (
        r#"{"since":"2025-03-04T09:41:52Z"}"#,
        DELETE,
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        true,
    ),
    (
        r#"{"until":"2025-03-04T09:41:52Z"}"#,
        DELETE,
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        false,
    ),
    (
        r#"{"since":"2025-03-04T17:00:00+08:00","until":"2025-03-04T10:00:00Z"}"#,
        DELETE,
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        true,
    ),
    (
        r#"{"since":"2025-03-04T18:00:00+08:00"}"#,
        DELETE,
        None,
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        false,
    ),
    (
        r#"{"since":"2025-03-04T00:00:00Z"}"#,
        DELETE,
        None,
        "",
        "ram-user",
        "yesterday",
        false,
    ),
    // Every criterion must hold.
    (
        r#"{"tags":["destructive"],"access":"Write","failed":false}"#,
        DELETE,
        Some("Write"),
        "",
        "ram-user",
        "2025-03-04T09:41:52Z",
        true,
    ),
    (
        r#"{"tags":["destructive"],"access":"Write","failed":false}"#,
        DELETE,
        Some("Write"),
        "Forbidden",
        "ram-user",
        "2025-03-04T09:41:52Z",
        false,
    ),
];

#[test]
fn every_case_matches_full_and_lazy_records_alike() {
    for &(rule, name, rw, error_code, identity, time, expected) in CASES {
        let filter: Filter =
            serde_json::from_str(rule).unwrap_or_else(|error| panic!("{rule}: {error}"));
        let json = record_json(name, rw, error_code, identity, time);
        let full: Record = serde_json::from_str(&json).unwrap();
        let lazy = LazyRecord::from_json(&json).unwrap();
        assert_eq!(filter.matches(&full), expected, "{rule} on {json}");
        assert_eq!(filter.matches(&lazy), expected, "{rule} on {json} (lazy)");
    }
}

/// Records of a trail that delivers every service's: ECD's and others' of the same names.
const MIXED: [(&str, &str); 6] = [
    (
        "ecd",
        r#"{"eventId":"E-1","eventName":"RunCommand","eventTime":"2025-03-04T09:41:52Z","serviceName":"Ecd"}"#,
    ),
    (
        "ecs",
        r#"{"eventId":"E-2","eventName":"RunCommand","eventTime":"2025-03-04T09:41:52Z","serviceName":"Ecs"}"#,
    ),
    (
        "ecs",
        r#"{"eventId":"E-3","eventName":"CreateImage","eventTime":"2025-03-04T09:41:52Z","eventSource":"ecs.cn-hangzhou.aliyuncs.com"}"#,
    ),
    (
        "ram",
        r#"{"eventId":"E-4","eventName":"CreateServiceLinkedRole","eventTime":"2025-03-04T09:41:52Z","requestParameters":{"AcsProduct":"Ram"}}"#,
    ),
    (
        "eds-user",
        r#"{"eventId":"E-5","eventName":"ResetUserPassword","eventTime":"2025-03-04T09:41:52Z","eventSource":"eds-user.cn-shanghai.aliyuncs.com"}"#,
    ),
    (
        "oss",
        r#"{"eventId":"E-6","eventName":"PutBucket","eventTime":"2025-03-04T09:41:52Z","serviceName":"Oss"}"#,
    ),
];

/// The IDs of the mixed records a rule matches, read fully and lazily.
fn matched(rule: &str) -> Vec<&'static str> {
    let filter: Filter = serde_json::from_str(rule).unwrap();
    let mut ids = Vec::new();
    for (_, json) in MIXED {
        let full: Record = serde_json::from_str(json).unwrap();
        let lazy = LazyRecord::from_json(json).unwrap();
        assert_eq!(
            filter.matches(&full),
            filter.matches(&lazy),
            "{rule} on {json}"
        );
        if filter.matches(&full) {
            ids.push(&json[12..15]);
        }
    }
    ids
}

#[test]
fn other_services_records_match_only_rules_that_name_their_service() {
    // An alert rule on remote execution fires on ECD's RunCommand, not on ECS's.
    assert_eq!(matched(r#"{"tags":["remote-execution"]}"#), ["E-1"]);
    assert_eq!(matched(r#"{"events":["RunCommand"]}"#), ["E-1"]);
    // ECD's records are those of both ECD's products.
    assert_eq!(matched("{}"), ["E-1", "E-5"]);
    assert_eq!(matched(r#"{"services":["eds-user"]}"#), ["E-5"]);
    // Naming services opens the rule to their records, by name; tags stay ECD's.
    assert_eq!(
        matched(r#"{"services":["ecd","ECS"],"events":["RunCommand"]}"#),
        ["E-1", "E-2"]
    );
    assert_eq!(
        matched(r#"{"services":["ecs"],"tags":["remote-execution"]}"#),
        Vec::<&str>::new()
    );
    assert_eq!(matched(r#"{"services":["ram","oss"]}"#), ["E-4", "E-6"]);
    for (service, json) in MIXED {
        let record: Record = serde_json::from_str(json).unwrap();
        assert_eq!(record.service().as_deref(), Some(service), "{json}");
    }
}

#[test]
fn a_misspelt_or_unknown_criterion_is_an_error_naming_it() {
    let error = serde_json::from_str::<Filter>(r#"{"tag":["destructive"]}"#).unwrap_err();
    assert!(error.to_string().contains("unknown field `tag`"), "{error}");
    let error = serde_json::from_str::<Filter>(r#"{"tags":["destructve"]}"#).unwrap_err();
    assert!(error.to_string().contains("destructve"), "{error}");
    let error = serde_json::from_str::<Filter>(r#"{"since":"last tuesday"}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("since `last tuesday` is not an RFC 3339 time"),
        "{error}"
    );
}

#[test]
fn a_rule_serializes_to_what_it_was_loaded_from() {
    let rule = r#"{"services":["ecd","ecs"],"events":["DeleteDesktops"],"tags":["destructive"],"access":"Write","failed":false,"identity_types":["ram-user"],"since":"2025-03-04T00:00:00Z"}"#;
    let filter: Filter = serde_json::from_str(rule).unwrap();
    assert_eq!(serde_json::to_string(&filter).unwrap(), rule);
    assert_eq!(serde_json::to_string(&Filter::new()).unwrap(), "{}");
}
