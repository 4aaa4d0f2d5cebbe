//! Sigma as the specification (2.x) says, end to end: a directory of rules written from the
//! specification alone (one rule for each modifier of its appendix, conditions, wildcards,
//! keywords, flattened lists, an `event_count` and a `temporal_ordered` correlation) is run by
//! `ecd-audit scan --rules DIR` on an archive of records written here, and fires exactly where
//! the specification says. Every expectation below was worked out by hand from the records
//! and the specification (the base64 forms with Python's `base64`), not read from the tool.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};

use serde_json::{Value, json};

/// A record of ActionTrail's shape, ECD's.
fn record(id: &str, name: &str, user: &str, time: &str, more: Value) -> Value {
    let mut record = json!({
        "eventId": id,
        "eventName": name,
        "eventTime": time,
        "eventVersion": "1",
        "serviceName": "Ecd",
        "acsRegion": "cn-hangzhou",
        "userIdentity": {"type": "ram-user", "userName": user, "accountId": "1000000000000001"},
    });
    if let (Some(record), Value::Object(more)) = (record.as_object_mut(), more) {
        record.extend(more);
    }
    record
}

fn records() -> Vec<Value> {
    vec![
        // R1: alice runs a PowerShell command with -enc on two desktops, from 10.1.2.3.
        record(
            "R1",
            "RunCommand",
            "alice",
            "2025-03-04T09:00:00Z",
            json!({
                "sourceIpAddress": "10.1.2.3",
                "userAgent": "Mozilla/5.0 (Windows NT 10.0)",
                "requestParameters": {
                    "CommandContent": "powershell -enc SQBFAFgA",
                    "DesktopId.1": "ecd-1",
                    "DesktopId.2": "ecd-2",
                    "Timeout": "60",
                    "EndUserId": "alice"
                }
            }),
        ),
        // R2: bob lists desktops with the CLI from a private address.
        record(
            "R2",
            "DescribeDesktops",
            "bob",
            "2025-03-04T09:01:00Z",
            json!({"sourceIpAddress": "192.168.0.5", "userAgent": "aliyun-cli/3.0.200",
                   "requestParameters": {"RegionId": "cn-hangzhou"}}),
        ),
        // R3: carol is refused a deletion of dave's desktop, from an IPv6 address.
        record(
            "R3",
            "DeleteDesktops",
            "carol",
            "2025-03-04T09:02:00Z",
            json!({"sourceIpAddress": "2001:db8::7", "errorCode": "Forbidden.RAM",
                   "errorMessage": "denied, see https://evil.example/help",
                   "requestParameters": {"DesktopId.1": "ecd-9", "EndUserId": "dave"}}),
        ),
        // R4: eve resets her own password.
        record(
            "R4",
            "ResetPassword",
            "eve",
            "2025-03-04T09:03:00Z",
            json!({"sourceIpAddress": "203.0.113.9", "requestParameters": {"EndUserId": "eve"}}),
        ),
        // R5: eve runs a command, a script in base64 ("whoami") and /enc with a slash.
        record(
            "R5",
            "RunCommand",
            "eve",
            "2025-03-04T09:08:00Z",
            json!({"sourceIpAddress": "203.0.113.9",
                   "requestParameters": {"CommandContent": "powershell /enc AAAA",
                                         "Script": "d2hvYW1p", "Timeout": "10",
                                         "DesktopId.1": "ecd-5"}}),
        ),
        // R6: a command whose content holds `echo /bin/bash` in base64 (the specification's
        // example value, 5 bytes in), and a script of UTF-16LE `cmd /c ping 8.8.8.8` in base64.
        record(
            "R6",
            "RunCommand",
            "frank",
            "2025-03-04T09:20:00Z",
            json!({"requestParameters": {
                "CommandContent": "echo ZWNobyAvYmluL2Jhc2g= | base64 -d | sh",
                "Script": "YwBtAGQAIAAvAGMAIABwAGkAbgBnACAAOAAuADgALgA4AC4AOAA=",
                "Timeout": "30"}}),
        ),
        // R7-R9: carol deletes three desktops within four minutes (a burst of 3).
        record(
            "R7",
            "DeleteDesktops",
            "carol",
            "2025-03-04T10:00:00Z",
            json!({"requestParameters": {"DesktopId.1": "ecd-71"}}),
        ),
        record(
            "R8",
            "DeleteDesktops",
            "carol",
            "2025-03-04T10:02:00Z",
            json!({"requestParameters": {"DesktopId.1": "ecd-72"}}),
        ),
        record(
            "R9",
            "DeleteDesktops",
            "carol",
            "2025-03-04T10:04:00Z",
            json!({"requestParameters": {"DesktopId.1": "ecd-73"}}),
        ),
        // R10-R11: grace deletes twice (no burst); R12 her command before her reset R13.
        record(
            "R10",
            "DeleteDesktops",
            "grace",
            "2025-03-04T10:00:00Z",
            json!({}),
        ),
        record(
            "R11",
            "DeleteDesktops",
            "grace",
            "2025-03-04T10:01:00Z",
            json!({}),
        ),
        record(
            "R12",
            "RunCommand",
            "grace",
            "2025-03-04T11:00:00Z",
            json!({}),
        ),
        record(
            "R13",
            "ResetPassword",
            "grace",
            "2025-03-04T11:05:00Z",
            json!({}),
        ),
    ]
}

/// A rule of the log source with this title and detection (YAML lines under `detection:`).
fn rule(title: &str, detection: &str) -> String {
    format!(
        "title: {title}\nname: {title}\nid: {}\nstatus: test\nlogsource:\n    product: alibaba_cloud\n    service: actiontrail\ndetection:\n{detection}level: medium\n",
        id_of(title)
    )
}

/// A UUID of its own for each title.
fn id_of(title: &str) -> String {
    let sum: u64 = title.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3)
    });
    format!(
        "{:08x}-0000-4000-8000-{:012x}",
        sum >> 32,
        sum & 0xffff_ffff_ffff
    )
}

/// The rules, each with the records it must fire on (a correlation: its last record).
fn rules() -> Vec<(String, &'static [&'static str])> {
    let s = |field: &str, value: &str| {
        format!("    selection:\n        {field}: {value}\n    condition: selection\n")
    };
    vec![
        // Plain values compare whole, ignoring case.
        (
            rule("plain", &s("eventName", "runcommand")),
            &["R1", "R5", "R6", "R12"],
        ),
        (
            rule("contains", &s("userAgent|contains", "windows")),
            &["R1"],
        ),
        (
            rule("startswith", &s("userAgent|startswith", "ALIYUN-cli")),
            &["R2"],
        ),
        (
            rule("endswith", &s("eventName|endswith", "desktops")),
            &["R2", "R3", "R7", "R8", "R9", "R10", "R11"],
        ),
        // `all`: every value; without it, any.
        (
            rule("all", &s("userAgent|contains|all", "[mozilla, windows]")),
            &["R1"],
        ),
        (
            rule(
                "all-fails",
                &s("userAgent|contains|all", "[mozilla, linux]"),
            ),
            &[],
        ),
        (rule("re", &s("eventName|re", "'^Reset'")), &["R4", "R13"]),
        (rule("re-case", &s("eventName|re", "'^reset'")), &[]),
        (
            rule("re-i", &s("eventName|re|i", "'^reset'")),
            &["R4", "R13"],
        ),
        (rule("re-m", &s("errorMessage|re|m", "'help$'")), &["R3"]),
        (
            rule(
                "re-s",
                &s(
                    "requestParameters.CommandContent|re|s",
                    "'^powershell.+AAAA$'",
                ),
            ),
            &["R5"],
        ),
        (
            rule(
                "cidr",
                &s("sourceIpAddress|cidr", "['10.0.0.0/8', '2001:db8::/32']"),
            ),
            &["R1", "R3"],
        ),
        (rule("exists", &s("errorCode|exists", "true")), &["R3"]),
        (
            rule("exists-false", &s("sourceIpAddress|exists", "false")),
            &["R7", "R8", "R9", "R10", "R11", "R12", "R13", "R6"],
        ),
        (rule("cased", &s("eventName|cased", "runcommand")), &[]),
        (
            rule("cased-exact", &s("eventName|cased", "ResetPassword")),
            &["R4", "R13"],
        ),
        (
            rule(
                "neq",
                "    selection:\n        eventName|neq: RunCommand\n        userIdentity.userName: [alice, bob]\n    condition: selection\n",
            ),
            &["R2"],
        ),
        // fieldref: the user's own password, or a command for the caller.
        (
            rule(
                "fieldref",
                &s(
                    "requestParameters.EndUserId|fieldref",
                    "userIdentity.userName",
                ),
            ),
            &["R1", "R4"],
        ),
        (
            rule("base64", &s("requestParameters.Script|base64", "whoami")),
            &["R5"],
        ),
        (
            rule(
                "base64offset",
                &s(
                    "requestParameters.CommandContent|base64offset|contains",
                    "/bin/bash",
                ),
            ),
            &["R6"],
        ),
        (
            rule(
                "utf16le",
                &s(
                    "requestParameters.Script|utf16le|base64offset|contains",
                    "ping",
                ),
            ),
            &["R6"],
        ),
        (
            rule(
                "wide",
                &s(
                    "requestParameters.Script|wide|base64offset|contains",
                    "ping",
                ),
            ),
            &["R6"],
        ),
        (
            rule(
                "windash",
                &s(
                    "requestParameters.CommandContent|windash|contains",
                    "' -enc '",
                ),
            ),
            &["R1", "R5"],
        ),
        (
            rule("gt", &s("requestParameters.Timeout|gt", "30")),
            &["R1"],
        ),
        (
            rule("gte", &s("requestParameters.Timeout|gte", "30")),
            &["R1", "R6"],
        ),
        (
            rule("lt", &s("requestParameters.Timeout|lt", "30")),
            &["R5"],
        ),
        (
            rule("lte", &s("requestParameters.Timeout|lte", "10")),
            &["R5"],
        ),
        // null: the field is absent.
        (
            rule(
                "null-value",
                "    selection:\n        eventName: RunCommand\n        requestParameters.Timeout: null\n    condition: selection\n",
            ),
            &["R12"],
        ),
        // Wildcards: * any text, ? one character, \* a star.
        (
            rule("wildcard", &s("eventName", "'Reset*'")),
            &["R4", "R13"],
        ),
        (
            rule("wildcard-one", &s("eventName", "'Run?ommand'")),
            &["R1", "R5", "R6", "R12"],
        ),
        (rule("escaped-star", &s("eventName", "'Run\\*'")), &[]),
        // A list of maps: any map.
        (
            rule(
                "list-of-maps",
                "    selection:\n        - eventName: DescribeDesktops\n        - userIdentity.userName: eve\n    condition: selection\n",
            ),
            &["R2", "R4", "R5"],
        ),
        (
            rule(
                "keywords",
                "    keywords:\n        - '*evil.example*'\n    condition: keywords\n",
            ),
            &["R3"],
        ),
        // Flattened lists: as written, and as a list.
        (
            rule("flat-written", &s("requestParameters.DesktopId.2", "ecd-2")),
            &["R1"],
        ),
        (
            rule("flat-list", &s("requestParameters.DesktopId", "ecd-2")),
            &["R1"],
        ),
        (
            rule("flat-index", &s("requestParameters.DesktopId.1", "ecd-5")),
            &["R5"],
        ),
        // Conditions.
        (
            rule(
                "one-of",
                "    sel_run:\n        eventName: RunCommand\n    sel_alice:\n        userIdentity.userName: bob\n    condition: 1 of sel_*\n",
            ),
            &["R1", "R2", "R5", "R6", "R12"],
        ),
        (
            rule(
                "all-of",
                "    sel_run:\n        eventName: RunCommand\n    sel_eve:\n        userIdentity.userName: eve\n    condition: all of sel_*\n",
            ),
            &["R5"],
        ),
        (
            rule(
                "all-of-them",
                "    run:\n        eventName: RunCommand\n    ip:\n        sourceIpAddress|cidr: 203.0.113.0/24\n    condition: all of them\n",
            ),
            &["R5"],
        ),
        (
            rule(
                "not-and-or",
                "    run:\n        eventName: RunCommand\n    reset:\n        eventName: ResetPassword\n    grace:\n        userIdentity.userName: grace\n    condition: (run or reset) and not grace\n",
            ),
            &["R1", "R4", "R5", "R6"],
        ),
        (
            rule(
                "precedence",
                "    run:\n        eventName: RunCommand\n    reset:\n        eventName: ResetPassword\n    grace:\n        userIdentity.userName: grace\n    condition: run or reset and not grace\n",
            ),
            &["R1", "R4", "R5", "R6", "R12"],
        ),
    ]
}

/// The correlations, written with two base rules of their own.
const CORRELATIONS: &str = "title: deletions
name: deletions
id: 7a1e4f10-0000-4000-8000-000000000001
logsource:
    product: alibaba_cloud
    service: actiontrail
detection:
    selection:
        eventName: DeleteDesktops
    condition: selection
level: low
---
title: deletion-burst
id: 7a1e4f10-0000-4000-8000-000000000002
correlation:
    type: event_count
    rules:
        - deletions
    group-by:
        - userIdentity.userName
    timespan: 5m
    condition:
        gte: 3
level: high
---
title: resets
name: resets
id: 7a1e4f10-0000-4000-8000-000000000003
logsource:
    product: alibaba_cloud
    service: actiontrail
detection:
    selection:
        eventName: ResetPassword
    condition: selection
level: low
---
title: commands
name: commands
id: 7a1e4f10-0000-4000-8000-000000000004
logsource:
    product: alibaba_cloud
    service: actiontrail
detection:
    selection:
        eventName: RunCommand
    condition: selection
level: low
---
title: reset-then-command
id: 7a1e4f10-0000-4000-8000-000000000005
correlation:
    type: temporal_ordered
    rules:
        - resets
        - commands
    group-by:
        - userIdentity.userName
    timespan: 10m
level: critical
---
title: reset-and-command
id: 7a1e4f10-0000-4000-8000-000000000007
correlation:
    type: temporal
    rules:
        - resets
        - commands
    group-by:
        - userIdentity.userName
    timespan: 10m
level: high
---
title: windows
id: 7a1e4f10-0000-4000-8000-000000000006
logsource:
    product: windows
    category: process_creation
detection:
    selection:
        Image|endswith: '\\cmd.exe'
    condition: selection
level: high
";

fn ecd_audit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ecd-audit"))
        .args(args)
        .output()
        .expect("ecd-audit runs")
}

fn write_archive(directory: &Path) {
    let archive = directory.join("archive");
    std::fs::create_dir_all(&archive).unwrap();
    let records = records();
    let (first, rest) = records.split_at(6);
    for (name, part) in [("a.jsonl", first), ("b.jsonl", rest)] {
        let lines: Vec<String> = part.iter().map(Value::to_string).collect();
        std::fs::write(archive.join(name), lines.join("\n") + "\n").unwrap();
    }
}

#[test]
fn every_modifier_condition_and_correlation_fires_where_the_specification_says() {
    let directory = tempfile::tempdir().unwrap();
    write_archive(directory.path());
    let rules_dir = directory.path().join("rules");
    std::fs::create_dir_all(&rules_dir).unwrap();
    let rules = rules();
    for (index, (text, _)) in rules.iter().enumerate() {
        std::fs::write(rules_dir.join(format!("{index:02}.yml")), text).unwrap();
    }
    std::fs::write(rules_dir.join("correlations.yaml"), CORRELATIONS).unwrap();
    let archive = directory.path().join("archive");
    let output = ecd_audit(&[
        "scan",
        "--format",
        "json",
        "--rules",
        rules_dir.to_str().unwrap(),
        archive.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    // The Windows rule is skipped, and said so.
    assert!(
        stderr.contains("rule `windows`: skipped: its log source is not ActionTrail's"),
        "{stderr}"
    );
    let findings: Vec<Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .filter(|line: &Value| line.get("summary").is_none())
        .collect();
    let mut wrong = Vec::new();
    for (text, expected) in &rules {
        let title = text.lines().next().unwrap().trim_start_matches("title: ");
        let fired: BTreeSet<&str> = findings
            .iter()
            .filter(|finding| finding["rule"] == title)
            .map(|finding| finding["event_id"].as_str().unwrap())
            .collect();
        let expected: BTreeSet<&str> = expected.iter().copied().collect();
        if fired != expected {
            wrong.push(format!("{title}: expected {expected:?}, fired {fired:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // Findings name the rule by its title and carry its id.
    let plain = findings
        .iter()
        .find(|finding| finding["rule"] == "plain")
        .unwrap();
    assert_eq!(plain["rule_id"], id_of("plain"));

    // event_count: carol's three deletions within four minutes are one burst, ending at R9;
    // grace's two are none, nor is carol's refused R3 an hour before.
    let bursts: Vec<&Value> = findings
        .iter()
        .filter(|finding| finding["rule"] == "deletion-burst")
        .collect();
    assert_eq!(bursts.len(), 1, "{bursts:?}");
    assert_eq!(bursts[0]["event_id"], "R9");
    assert_eq!(bursts[0]["count"], 3);
    assert_eq!(bursts[0]["window_start"], "2025-03-04T10:00:00Z");
    assert_eq!(
        bursts[0]["group"],
        json!({"userIdentity.userName": "carol"})
    );
    assert_eq!(bursts[0]["event_counts"], json!({"DeleteDesktops": 3}));
    let listed: Vec<&str> = bursts[0]["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|event| event["event_id"].as_str().unwrap())
        .collect();
    assert_eq!(listed, ["R7", "R8", "R9"]);
    // temporal_ordered: eve's reset (R4, 09:03) then her command (R5, 09:08); grace's command
    // came before her reset.
    let sequences: Vec<&Value> = findings
        .iter()
        .filter(|finding| finding["rule"] == "reset-then-command")
        .collect();
    assert_eq!(sequences.len(), 1, "{sequences:?}");
    assert_eq!(sequences[0]["event_id"], "R5");
    assert_eq!(sequences[0]["count"], 2);
    assert_eq!(
        sequences[0]["group"],
        json!({"userIdentity.userName": "eve"})
    );
    // temporal: in either order. eve's reset then command (ending at R5), grace's command then
    // reset (R12 at 11:00, R13 at 11:05, ending at R13); alice and frank ran commands only.
    let either: BTreeSet<&str> = findings
        .iter()
        .filter(|finding| finding["rule"] == "reset-and-command")
        .map(|finding| finding["event_id"].as_str().unwrap())
        .collect();
    assert_eq!(either, ["R13", "R5"].into());
    // The base rules of correlations (generate: false) fire no findings of their own.
    for base in ["deletions", "resets", "commands"] {
        assert!(
            !findings.iter().any(|finding| finding["rule"] == base),
            "{base}"
        );
    }
}

#[test]
fn expand_is_refused_with_its_reason_and_line() {
    let directory = tempfile::tempdir().unwrap();
    let file = directory.path().join("expand.yml");
    std::fs::write(
        &file,
        rule("expand", "    selection:\n        sourceIpAddress|expand: '%admin_ips%'\n    condition: selection\n"),
    )
    .unwrap();
    let output = ecd_audit(&["rules", "--check", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(":10: rule `expand`: `expand` needs placeholders"),
        "{stderr}"
    );
}
