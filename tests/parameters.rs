//! The catalogue's request parameters against their source: tests/data/api-parameters.tsv,
//! which scripts/import_api_actions.py writes from the SDK packages. Every (action, parameter)
//! pair of the file is found through the public API with its kind, required flag, encoding,
//! valid values and APIs; every event has exactly the parameters its APIs list, in the API's
//! order; the lookup by name finds each of them and nothing else.

use std::collections::BTreeMap;

use ecd_events::{Api, EcdEvent, Parameter, ParameterKind};

const API_PARAMETERS: &str = include_str!("data/api-parameters.tsv");

/// One row of the file.
struct Row<'a> {
    line: usize,
    api: Api,
    action: &'a str,
    /// `Name`, or `Parent.Member` for a member.
    path: &'a str,
    kind: &'a str,
    json: bool,
    required: bool,
    values: Vec<&'a str>,
}

fn rows() -> Vec<Row<'static>> {
    API_PARAMETERS
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.starts_with('#') && !line.is_empty())
        .map(|(index, line)| {
            let fields: Vec<&str> = line.split('\t').collect();
            let [
                product,
                version,
                action,
                path,
                kind,
                encoding,
                required,
                values,
            ] = fields[..]
            else {
                panic!("api-parameters.tsv:{}: not 8 columns: `{line}`", index + 1);
            };
            let api: Api = format!("{product}/{version}")
                .parse()
                .unwrap_or_else(|_| panic!("line {}: unknown API {product}/{version}", index + 1));
            Row {
                line: index + 1,
                api,
                action,
                path,
                kind,
                json: encoding == "json",
                required: required == "true",
                values: values.split('|').filter(|v| !v.is_empty()).collect(),
            }
        })
        .collect()
}

/// The catalogue's parameter at `path` of `event`, through the public lookups only.
fn find(event: EcdEvent, path: &str) -> Option<&'static Parameter> {
    let mut names = path.split('.');
    let mut parameter = event.parameter(names.next()?)?;
    for member in names {
        parameter = parameter.member(member)?;
    }
    Some(parameter)
}

#[test]
fn every_parameter_of_the_sdk_packages_is_in_the_catalogue_as_its_api_defines_it() {
    let rows = rows();
    assert!(rows.len() > 3000, "the file has {} rows", rows.len());
    // Which rows give the same (action, path), for the flags the APIs must agree on.
    let mut by_pair: BTreeMap<(&str, &str), Vec<&Row<'_>>> = BTreeMap::new();
    for row in &rows {
        by_pair.entry((row.action, row.path)).or_default().push(row);
    }
    for row in &rows {
        let at = format!(
            "api-parameters.tsv:{}: {} {}",
            row.line, row.action, row.path
        );
        let event =
            EcdEvent::from_name(row.action).unwrap_or_else(|| panic!("{at}: no such event"));
        assert!(
            event.apis().contains(&row.api),
            "{at}: the event lacks {}",
            row.api
        );
        let parameter = find(event, row.path).unwrap_or_else(|| panic!("{at}: not found"));
        assert_eq!(parameter.kind().name(), row.kind, "{at}: kind");
        assert!(
            parameter.apis().contains(&row.api),
            "{at}: {} not among its APIs",
            row.api
        );
        if !row.path.contains('.') {
            assert_eq!(parameter.is_json_encoded(), row.json, "{at}: encoding");
        }
        // Required when every API that takes it requires it.
        let required = by_pair[&(row.action, row.path)].iter().all(|r| r.required);
        assert_eq!(parameter.is_required(), required, "{at}: required");
        for value in &row.values {
            assert!(
                parameter.values().contains(value),
                "{at}: valid value {value} missing"
            );
        }
    }
}

#[test]
fn every_event_has_exactly_its_apis_parameters_in_the_apis_order() {
    // (action, API) to the top-level names in file order, which is the API's order.
    let mut listed: BTreeMap<(&str, Api), Vec<&str>> = BTreeMap::new();
    for row in rows().iter().filter(|row| !row.path.contains('.')) {
        listed
            .entry((row.action, row.api))
            .or_default()
            .push(row.path);
    }
    let mut with_parameters = 0;
    for &event in EcdEvent::ALL {
        let mut expected: Vec<&str> = Vec::new();
        for &api in event.apis() {
            for name in listed.get(&(event.as_str(), api)).into_iter().flatten() {
                if !expected.contains(name) {
                    expected.push(name);
                }
            }
        }
        let names: Vec<&str> = event.parameters().iter().map(|p| p.name()).collect();
        assert_eq!(names, expected, "{event}");
        with_parameters += usize::from(!names.is_empty());
        if event.is_retired() {
            assert!(names.is_empty(), "{event} is retired but has parameters");
        }
        // Each parameter's APIs are those of the event that list it.
        for parameter in event.parameters() {
            let apis: Vec<Api> = event
                .apis()
                .iter()
                .copied()
                .filter(|&api| {
                    listed
                        .get(&(event.as_str(), api))
                        .is_some_and(|names| names.contains(&parameter.name()))
                })
                .collect();
            assert_eq!(parameter.apis(), apis, "{event} {}", parameter.name());
        }
    }
    let pairs = listed.len();
    assert!(
        with_parameters > 380,
        "{with_parameters} events take parameters ({pairs} pairs)"
    );
}

#[test]
fn the_lookup_finds_every_parameter_by_its_exact_name_and_nothing_else() {
    for &event in EcdEvent::ALL {
        for parameter in event.parameters() {
            let found = event.parameter(parameter.name());
            assert_eq!(
                found.map(Parameter::name),
                Some(parameter.name()),
                "{event}"
            );
            assert_eq!(found.unwrap(), parameter, "{event} {}", parameter.name());
            let lower = parameter.name().to_ascii_lowercase();
            if lower != parameter.name() {
                assert!(event.parameter(&lower).is_none(), "{event} {lower}");
            }
            assert!(
                event
                    .parameter(&format!("{}.1", parameter.name()))
                    .is_none()
            );
        }
        assert!(event.parameter("").is_none());
        assert!(event.parameter("NoSuchParameter").is_none());
    }
}

#[test]
fn mfa_enabled_is_a_required_boolean_whose_false_weakens() {
    let mfa = EcdEvent::ModifyOfficeSiteMfaEnabled
        .parameter("MfaEnabled")
        .unwrap();
    assert_eq!(mfa.kind(), ParameterKind::Boolean);
    assert!(mfa.is_required());
    assert_eq!(mfa.values(), ["true", "false"]);
    assert_eq!(mfa.weakening_values(), ["false"]);
    assert!(mfa.weakens("false") && mfa.weakens("FALSE") && mfa.weakens(" False "));
    assert!(!mfa.weakens("true") && !mfa.weakens("") && !mfa.weakens("0"));
}

/// The security meaning that events.toml gives, as a security engineer reads it: each value
/// that must weaken, and its benign counterpart that must not.
#[test]
fn the_weakening_values_are_those_a_security_engineer_expects() {
    let cases: &[(EcdEvent, &str, &[&str], &[&str])] = &[
        (
            EcdEvent::ModifyOfficeSiteMfaEnabled,
            "MfaEnabled",
            &["false"],
            &["true"],
        ),
        (
            EcdEvent::ModifyNetworkPackageEnabled,
            "Enabled",
            &["true"],
            &["false"],
        ),
        (
            EcdEvent::ModifyPolicyGroup,
            "Clipboard",
            &["readwrite", "write", "read"],
            &["off"],
        ),
        (
            EcdEvent::ModifyPolicyGroup,
            "UsbRedirect",
            &["on"],
            &["off"],
        ),
        (
            EcdEvent::ModifyPolicyGroup,
            "Watermark",
            &["off"],
            &["on", "blind"],
        ),
        (
            EcdEvent::ModifyPolicyGroup,
            "Recording",
            &["OFF", "off"],
            &["ALLTIME", "session"],
        ),
        (
            EcdEvent::ModifyPolicyGroup,
            "LocalDrive",
            &["readwrite", "read"],
            &["off"],
        ),
        (
            EcdEvent::ModifyPolicyGroup,
            "Html5FileTransfer",
            &["all", "download"],
            &["off"],
        ),
        (
            EcdEvent::ModifyPolicyGroup,
            "RemoteCoordinate",
            &["fullControl"],
            &["disableControl"],
        ),
        (
            EcdEvent::ModifyPolicyGroup,
            "AuthorizeAccessPolicyRule.CidrIp",
            &["0.0.0.0/0"],
            &["10.0.0.0/8"],
        ),
        (
            EcdEvent::ModifyCenterPolicy,
            "Recording",
            &["off"],
            &["alltime"],
        ),
        (
            EcdEvent::ModifyOfficeSiteAttribute,
            "EnableAdminAccess",
            &["true"],
            &["false"],
        ),
        (
            EcdEvent::ModifyOfficeSiteAttribute,
            "NeedVerifyLoginRisk",
            &["false"],
            &["true"],
        ),
        (
            EcdEvent::ModifyOfficeSiteAttribute,
            "DesktopAccessType",
            &["INTERNET", "Any"],
            &["VPC"],
        ),
        (
            EcdEvent::ModifyOfficeSiteCrossDesktopAccess,
            "EnableCrossDesktopAccess",
            &["true"],
            &["false"],
        ),
        (
            EcdEvent::ModifyImagePermission,
            "AddAccount",
            &["1234567890123456"],
            &[""],
        ),
        (EcdEvent::CreateUsers, "IsLocalAdmin", &["true"], &["false"]),
        // Internet access allowed, or forbidden, for a workspace or desktops.
        (
            EcdEvent::ModifyAclEntries,
            "Policy",
            &["allow"],
            &["disable", "deny"],
        ),
        (
            EcdEvent::ModifySecurityGroupAttribute,
            "AuthorizeIngress.SourceCidrIp",
            &["0.0.0.0/0", "::/0"],
            &["10.0.0.0/8"],
        ),
    ];
    for &(event, path, weak, benign) in cases {
        let parameter = find(event, path).unwrap_or_else(|| panic!("{event} {path}"));
        assert!(parameter.concerns_security(), "{event} {path}");
        for value in weak {
            assert!(
                parameter.weakens(value),
                "{event} {path} = {value} must weaken"
            );
        }
        for value in benign {
            assert!(
                !parameter.weakens(value),
                "{event} {path} = {value} must not weaken"
            );
        }
    }
    // What only renames or describes is no concern.
    for (event, path) in [
        (EcdEvent::ModifyPolicyGroup, "Name"),
        (EcdEvent::ModifyOfficeSiteMfaEnabled, "OfficeSiteId"),
        (EcdEvent::ModifyImagePermission, "RemoveAccount"),
        (EcdEvent::ModifySecurityGroupAttribute, "RevokeIngress"),
    ] {
        assert!(
            !find(event, path).unwrap().concerns_security(),
            "{event} {path}"
        );
    }
}

#[test]
fn weakening_values_are_valid_values_of_their_parameter() {
    fn check(event: EcdEvent, parameter: &Parameter) {
        for value in parameter.weakening_values() {
            if parameter.kind().item() == ParameterKind::Boolean {
                assert!(
                    ["true", "false"].contains(value),
                    "{event} {}",
                    parameter.name()
                );
            } else if !parameter.values().is_empty() {
                assert!(
                    parameter.values().contains(value),
                    "{event} {} {value}",
                    parameter.name()
                );
            }
        }
        for member in parameter.members() {
            check(event, member);
        }
    }
    let mut concerning = 0;
    for &event in EcdEvent::ALL {
        for parameter in event.parameters() {
            check(event, parameter);
            concerning += usize::from(parameter.concerns_security());
        }
    }
    assert!(concerning >= 40, "{concerning} parameters concern security");
}

#[test]
fn kinds_name_themselves_as_the_file_does() {
    let item = |kind: &'static ParameterKind| ParameterKind::List(kind).name();
    assert_eq!(item(&ParameterKind::String), "list<string>");
    assert_eq!(item(&ParameterKind::Object), "list<object>");
    let tag = EcdEvent::CreateDesktops.parameter("Tag").unwrap();
    assert!(tag.kind().is_list());
    assert_eq!(tag.members().len(), 2);
    assert_eq!(tag.kind().item(), ParameterKind::Object);
}
