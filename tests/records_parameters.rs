//! Request parameters read from records as ActionTrail writes them (strings, JSON values,
//! flattened lists and objects, JSON text, SLS's `requestParameterJson`), typed by the
//! catalogue, on full and lazy records; and the filter's `parameters` and `weakening`
//! conditions over them.
#![cfg(feature = "records")]

use ecd_events::records::{Filter, LazyRecord, Record};

/// A record of `event` (of ECD's) with `parameters` as the JSON text of its
/// `requestParameters`.
fn record_json(event: &str, parameters: &str) -> String {
    format!(
        r#"{{"eventId":"E-1","eventName":"{event}","eventTime":"2025-03-04T09:41:52Z","serviceName":"Ecd","requestParameters":{parameters}}}"#
    )
}

/// Runs `check` on the full and the lazy reading of the same record.
fn both(json: &str, check: impl Fn(&str, ecd_events::records::RequestParameters<'_>)) {
    let record: Record<'_> = serde_json::from_str(json).expect("a record");
    check("full", record.parameters().expect("parameters"));
    let lazy = LazyRecord::from_json(json).expect("a lazy record");
    check("lazy", lazy.parameters().expect("parameters"));
}

#[test]
fn a_boolean_reads_as_the_catalogue_types_it_whatever_the_record_wrote() {
    for (written, expected) in [
        (r#""false""#, false),
        ("false", false),
        (r#""False""#, false),
        (r#""FALSE""#, false),
        (r#""true""#, true),
        ("true", true),
        (r#""True""#, true),
    ] {
        let json = record_json(
            "ModifyOfficeSiteMfaEnabled",
            &format!(r#"{{"OfficeSiteId":"cn-hangzhou+dir-1","MfaEnabled":{written}}}"#),
        );
        both(&json, |how, parameters| {
            let mfa = parameters.get("MfaEnabled").expect("present");
            assert_eq!(mfa.as_bool(), Some(expected), "{how} {written}");
            assert_eq!(mfa.json(), Some(written), "{how}: the raw text is kept");
            assert!(mfa.parameter().is_some(), "{how}: typed by the catalogue");
            assert_eq!(mfa.weakens(), !expected, "{how} {written}");
            assert_eq!(mfa.equals("false"), !expected, "{how} {written}");
            assert_eq!(mfa.equals("true"), expected, "{how} {written}");
            let weakening: Vec<&str> = parameters
                .weakening()
                .iter()
                .map(|(p, _)| p.name())
                .collect();
            assert_eq!(
                weakening.is_empty(),
                expected,
                "{how} {written}: {weakening:?}"
            );
        });
    }
}

#[test]
fn a_flattened_list_reads_in_index_order() {
    let json = record_json(
        "StopDesktops",
        r#"{"RegionId":"cn-hangzhou","DesktopId.2":"ecd-b","DesktopId.10":"ecd-j","DesktopId.1":"ecd-a"}"#,
    );
    both(&json, |how, parameters| {
        let ids = parameters.get("DesktopId").expect("present");
        assert_eq!(ids.json(), None, "{how}: flattened over several keys");
        let items: Vec<String> = ids
            .items()
            .iter()
            .map(|i| i.text().unwrap().into_owned())
            .collect();
        assert_eq!(items, ["ecd-a", "ecd-b", "ecd-j"], "{how}");
        assert!(ids.equals("ecd-j") && !ids.equals("ecd-c"), "{how}");
        // The keys as written are there too.
        assert!(
            parameters.entries().any(|(key, _)| key == "DesktopId.10"),
            "{how}"
        );
        assert!(
            parameters.get("Desktop").is_none(),
            "{how}: a prefix is not a name"
        );
    });
}

#[test]
fn three_desktop_ids_read_as_a_list_of_three() {
    let json = record_json(
        "StartDesktops",
        r#"{"DesktopId.1":"ecd-1","DesktopId.2":"ecd-2","DesktopId.3":"ecd-3"}"#,
    );
    both(&json, |how, parameters| {
        assert_eq!(
            parameters.get("DesktopId").unwrap().items().len(),
            3,
            "{how}"
        );
    });
}

#[test]
fn a_list_as_a_json_array_or_as_json_text_reads_the_same() {
    for written in [r#"["ecd-a","ecd-b"]"#, r#""[\"ecd-a\",\"ecd-b\"]""#] {
        let json = record_json("StopDesktops", &format!(r#"{{"DesktopId":{written}}}"#));
        both(&json, |how, parameters| {
            let items: Vec<String> = parameters
                .get("DesktopId")
                .unwrap()
                .items()
                .iter()
                .map(|i| i.text().unwrap().into_owned())
                .collect();
            assert_eq!(items, ["ecd-a", "ecd-b"], "{how} {written}");
        });
    }
}

#[test]
fn objects_read_member_by_member_flattened_or_as_json_text() {
    let json = record_json(
        "CreateDesktops",
        r#"{"Tag.1.Key":"team","Tag.1.Value":"finance","Tag.2.Key":"owner","Tag.2.Value":"carol",
            "DesktopAttachment":"{\"DataDiskSize\":80}","Amount":"2"}"#,
    );
    both(&json, |how, parameters| {
        let tags = parameters.get("Tag").unwrap().items();
        assert_eq!(tags.len(), 2, "{how}");
        let key = tags[1].member("Key").unwrap();
        assert_eq!(key.text().as_deref(), Some("owner"), "{how}");
        assert_eq!(
            key.parameter().map(|p| p.name()),
            Some("Key"),
            "{how}: the member's definition"
        );
        assert!(tags[0].member("Missing").is_none(), "{how}");
        let attachment = parameters.get("DesktopAttachment").unwrap();
        assert_eq!(
            attachment.member("DataDiskSize").and_then(|v| v.as_i64()),
            Some(80),
            "{how}"
        );
        let amount = parameters.get("Amount").unwrap();
        assert_eq!(amount.as_i64(), Some(2), "{how}");
        assert!(
            amount.equals("2.0"),
            "{how}: an integer compares as a number"
        );
    });
}

#[test]
fn a_parameter_the_catalogue_does_not_know_is_still_text() {
    let json = record_json(
        "StopDesktops",
        r#"{"NewParameter":"x\ny","AcsProduct":"ecd"}"#,
    );
    both(&json, |how, parameters| {
        let new = parameters.get("NewParameter").unwrap();
        assert!(new.parameter().is_none(), "{how}");
        assert_eq!(new.text().as_deref(), Some("x\ny"), "{how}");
    });
    // And every parameter of an event the catalogue does not list.
    let json = record_json("ListTerminal", r#"{"Enabled":"False"}"#);
    both(&json, |how, parameters| {
        assert_eq!(parameters.event(), None, "{how}");
        let enabled = parameters.get("Enabled").unwrap();
        assert_eq!(enabled.as_bool(), Some(false), "{how}");
        assert!(!enabled.weakens(), "{how}: untyped values weaken nothing");
    });
}

#[test]
fn sls_request_parameter_json_is_read_where_request_parameters_is_absent() {
    let json = r#"{"eventId":"E-1","eventName":"ModifyNetworkPackageEnabled","eventTime":"2025-03-04T09:41:52Z",
        "requestParameterJson":"{\"NetworkPackageId\":\"np-1\",\"Enabled\":\"true\"}"}"#;
    both(json, |how, parameters| {
        assert_eq!(
            parameters.get("Enabled").unwrap().as_bool(),
            Some(true),
            "{how}"
        );
        assert_eq!(
            parameters.weakening().len(),
            1,
            "{how}: Internet access switched on"
        );
    });
}

#[test]
fn a_record_without_parameters_has_none_and_bad_ones_are_an_error() {
    let json = r#"{"eventId":"E-1","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:52Z"}"#;
    both(json, |how, parameters| {
        assert!(parameters.is_empty(), "{how}")
    });
    let bad = record_json("StopDesktops", "[1, 2]");
    let record: Record<'_> = serde_json::from_str(&bad).unwrap();
    assert!(record.parameters().is_err());
    assert!(LazyRecord::from_json(&bad).unwrap().parameters().is_err());
}

fn filter(json: &str) -> Filter {
    serde_json::from_str(json).unwrap_or_else(|error| panic!("{json}: {error}"))
}

/// Whether `rule` matches the record of `event` with `parameters`, on the full and the lazy
/// record (which must agree).
fn matches(rule: &Filter, event: &str, parameters: &str) -> bool {
    let json = record_json(event, parameters);
    let record: Record<'_> = serde_json::from_str(&json).unwrap();
    let full = rule.matches(&record);
    let lazy = rule.matches(&LazyRecord::from_json(&json).unwrap());
    assert_eq!(full, lazy, "full and lazy disagree on {parameters}");
    full
}

#[test]
fn a_filter_on_mfa_enabled_false_matches_the_switch_off_only() {
    let rule =
        filter(r#"{"events":["ModifyOfficeSiteMfaEnabled"],"parameters":{"MfaEnabled":false}}"#);
    for off in [
        r#"{"MfaEnabled":"false"}"#,
        r#"{"MfaEnabled":false}"#,
        r#"{"MfaEnabled":"False"}"#,
    ] {
        assert!(matches(&rule, "ModifyOfficeSiteMfaEnabled", off), "{off}");
    }
    for on in [
        r#"{"MfaEnabled":"true"}"#,
        r#"{"MfaEnabled":true}"#,
        "{}",
        r#"{"MfaEnabled":"maybe"}"#,
    ] {
        assert!(!matches(&rule, "ModifyOfficeSiteMfaEnabled", on), "{on}");
    }
    // The same from TOML, as the tool's rules are written.
    let toml: Filter = toml::from_str(
        "events = [\"ModifyOfficeSiteMfaEnabled\"]\nparameters = { MfaEnabled = \"False\" }\n",
    )
    .unwrap();
    assert!(matches(
        &toml,
        "ModifyOfficeSiteMfaEnabled",
        r#"{"MfaEnabled":false}"#
    ));
}

#[test]
fn every_operator_of_a_parameter_condition_holds_where_it_should() {
    let policy = "ModifyPolicyGroup";
    let cases: &[(&str, &str, bool)] = &[
        // A list is any of its values; enumerated values ignore case.
        (
            r#"{"Clipboard":["readwrite","write"]}"#,
            r#"{"Clipboard":"ReadWrite"}"#,
            true,
        ),
        (
            r#"{"Clipboard":["readwrite","write"]}"#,
            r#"{"Clipboard":"off"}"#,
            false,
        ),
        (
            r#"{"Clipboard":{"not":"off"}}"#,
            r#"{"Clipboard":"read"}"#,
            true,
        ),
        (
            r#"{"Clipboard":{"not":"off"}}"#,
            r#"{"Clipboard":"OFF"}"#,
            false,
        ),
        (r#"{"Clipboard":{"not":"off"}}"#, r#"{"Name":"x"}"#, true),
        (r#"{"Clipboard":{"exists":true}}"#, r#"{"Name":"x"}"#, false),
        (r#"{"Clipboard":{"exists":false}}"#, r#"{"Name":"x"}"#, true),
        (
            r#"{"Clipboard":{"exists":false}}"#,
            r#"{"Clipboard":"off"}"#,
            false,
        ),
        (
            r#"{"Name":{"contains":"admin"}}"#,
            r#"{"Name":"sysadmins"}"#,
            true,
        ),
        (
            r#"{"Name":{"contains":"admin"}}"#,
            r#"{"Name":"users"}"#,
            false,
        ),
        (
            r#"{"Name":{"starts_with":"prod-"}}"#,
            r#"{"Name":"prod-1"}"#,
            true,
        ),
        (
            r#"{"Name":{"starts_with":"prod-"}}"#,
            r#"{"Name":"dev-prod-1"}"#,
            false,
        ),
        (
            r#"{"AuthorizeAccessPolicyRule.CidrIp":{"cidr":"0.0.0.0/0"}}"#,
            r#"{"AuthorizeAccessPolicyRule.1.CidrIp":"203.0.113.0/24"}"#,
            true,
        ),
        (
            r#"{"AuthorizeAccessPolicyRule.CidrIp":{"cidr":"10.0.0.0/8"}}"#,
            r#"{"AuthorizeAccessPolicyRule.1.CidrIp":"203.0.113.0/24"}"#,
            false,
        ),
        (
            r#"{"AuthorizeAccessPolicyRule.CidrIp":"0.0.0.0/0"}"#,
            r#"{"AuthorizeAccessPolicyRule.1.CidrIp":"10.0.0.0/8","AuthorizeAccessPolicyRule.2.CidrIp":"0.0.0.0/0"}"#,
            true,
        ),
        (
            r#"{"RecordingDuration":{"gt":20}}"#,
            r#"{"RecordingDuration":"30"}"#,
            true,
        ),
        (
            r#"{"RecordingDuration":{"gt":20}}"#,
            r#"{"RecordingDuration":20}"#,
            false,
        ),
        (
            r#"{"RecordingDuration":{"gte":20,"lt":60}}"#,
            r#"{"RecordingDuration":"20"}"#,
            true,
        ),
        (
            r#"{"RecordingDuration":{"lte":"10"}}"#,
            r#"{"RecordingDuration":"30"}"#,
            false,
        ),
        (
            r#"{"RecordingDuration":{"lt":60}}"#,
            r#"{"Name":"x"}"#,
            false,
        ),
        // Every condition must hold.
        (
            r#"{"Clipboard":"readwrite","UsbRedirect":"on"}"#,
            r#"{"Clipboard":"readwrite","UsbRedirect":"off"}"#,
            false,
        ),
    ];
    for &(conditions, parameters, expected) in cases {
        let rule = filter(&format!(
            r#"{{"events":["{policy}"],"parameters":{conditions}}}"#
        ));
        assert_eq!(
            matches(&rule, policy, parameters),
            expected,
            "{conditions} on {parameters}"
        );
    }
}

#[test]
fn a_filter_naming_a_parameter_its_events_lack_is_an_error_with_the_closest_name() {
    let error = |json: &str| {
        serde_json::from_str::<Filter>(json)
            .unwrap_err()
            .to_string()
    };
    let message =
        error(r#"{"events":["ModifyOfficeSiteMfaEnabled"],"parameters":{"MfaEnable":false}}"#);
    assert!(
        message.contains("`MfaEnable`") && message.contains("did you mean `MfaEnabled`?"),
        "{message}"
    );
    let message = error(r#"{"tags":["network-exposure"],"parameters":{"Clipbord":"on"}}"#);
    assert!(message.contains("did you mean `Clipboard`?"), "{message}");
    let message = error(
        r#"{"events":["ModifyPolicyGroup"],"parameters":{"AuthorizeAccessPolicyRule.CidrIP":"x"}}"#,
    );
    assert!(message.contains("did you mean `CidrIp`?"), "{message}");
    let message =
        error(r#"{"events":["ModifyPolicyGroup"],"parameters":{"Clipboard":{"equal":"on"}}}"#);
    assert!(message.contains("unknown field `equal`"), "{message}");
    let message = error(r#"{"events":["ModifyPolicyGroup"],"parameters":{"Name":{"cidr":"ten"}}}"#);
    assert!(message.contains("`ten` is not an IP network"), "{message}");
    // With no event named, any event's parameter will do; with only unlisted events, any name.
    filter(r#"{"parameters":{"MfaEnabled":false}}"#);
    filter(r#"{"events":["ListTerminal"],"parameters":{"Anything":"x"}}"#);
}

#[test]
fn a_filter_of_weakening_calls_skips_the_calls_that_strengthen() {
    let rule = filter(r#"{"tags":["impair-defenses","network-exposure"],"weakening":true}"#);
    assert!(matches(
        &rule,
        "ModifyPolicyGroup",
        r#"{"Watermark":"off"}"#
    ));
    assert!(matches(
        &rule,
        "ModifyPolicyGroup",
        r#"{"AuthorizeAccessPolicyRule.1.CidrIp":"0.0.0.0/0"}"#
    ));
    assert!(!matches(
        &rule,
        "ModifyPolicyGroup",
        r#"{"Watermark":"on","Name":"renamed"}"#
    ));
    assert!(!matches(
        &rule,
        "ModifyPolicyGroup",
        r#"{"AuthorizeAccessPolicyRule.1.CidrIp":"10.0.0.0/8"}"#
    ));
    assert!(matches(
        &rule,
        "ModifyNetworkPackageEnabled",
        r#"{"Enabled":"true"}"#
    ));
    assert!(!matches(
        &rule,
        "ModifyNetworkPackageEnabled",
        r#"{"Enabled":"false"}"#
    ));
    // An event with no parameter of concern is judged by what it is.
    assert!(matches(&rule, "StopRecordContent", "{}"));
    let benign = filter(r#"{"events":["ModifyPolicyGroup"],"weakening":false}"#);
    assert!(
        benign.matches(
            &serde_json::from_str::<Record<'_>>(&record_json(
                "ModifyPolicyGroup",
                r#"{"Name":"x"}"#
            ))
            .unwrap()
        )
    );
}
