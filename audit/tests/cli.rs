//! `ecd-audit` as a user runs it: exit codes, what goes to standard output and standard
//! error, the JSON and CSV reports, and scans of a generated OSS archive.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use chrono::{DateTime, Duration, Utc};
use ecd_events::fixtures::{OssArchive, OssObject};
use ecd_events::records::{Content, DeliveryFormat, Layout};
use serde_json::Value;

fn ecd_audit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ecd-audit"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("ecd-audit runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 errors")
}

/// The report of `--format json`: the findings, and the summary line.
fn json_report(output: &Output) -> (Vec<Value>, Value) {
    json_lines(&stdout(output))
}

/// JSON Lines as `--format json` writes them: the findings, and the summary line.
fn json_lines(text: &str) -> (Vec<Value>, Value) {
    let mut lines: Vec<Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).expect("every line is JSON"))
        .collect();
    let summary = lines.pop().expect("a summary line");
    (lines, summary["summary"].clone())
}

/// A Sigma rule for ActionTrail titled `title` at `level`, with the `detection` given as its
/// YAML lines (indented by four).
fn sigma_rule(title: &str, level: &str, detection: &str) -> String {
    format!(
        "title: {title}\nid: 5d0c5d8e-6b3a-4b7e-9a51-0c1f4a7b2e10\nlogsource:\n    product: alibaba_cloud\n    service: actiontrail\ndetection:\n{detection}level: {level}\n"
    )
}

fn path(path: &Path) -> &str {
    path.to_str().expect("UTF-8 temporary path")
}

#[test]
fn no_path_audits_the_bundled_samples() {
    let output = ecd_audit(&["scan"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    for expected in [
        "Read 299 records from 11 deliveries",
        // The same records in several formats and spacings: copies, not conflicting records.
        "4 malformed, 3 duplicates",
        "Other services (not audited): ecs",
        "ECD events the catalogue does not list: ",
        "ListTerminal",
        "Malformed records: 4",
        "records.jsonl: record 30 at line 31",
        "[critical] Multi-factor authentication switched off or a device removed",
    ] {
        assert!(text.contains(expected), "lacks {expected:?}:\n{text}");
    }
    assert!(!text.contains("share an eventId"), "{text}");
    // Nothing but the report on standard output, and no progress when not on a terminal.
    assert_eq!(stderr(&output), "");
    // README's first command: no subcommand at all is the same scan.
    let bare = ecd_audit(&[]);
    assert_eq!(bare.status.code(), Some(0));
    assert_eq!(stdout(&bare), text);
}

#[test]
fn a_missing_path_is_named_and_the_rest_still_audited_with_status_2() {
    let output = ecd_audit(&[
        "scan",
        "no/such/delivery.json",
        "../tests/data/deliveries/records.jsonl",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no/such/delivery.json"),
        "{}",
        stderr(&output)
    );
    assert!(
        stdout(&output).contains("from 1 delivery "),
        "{}",
        stdout(&output)
    );
}

#[test]
fn usage_errors_exit_with_2() {
    for args in [
        &["scan", "--json"][..],
        &["scan", "--since", "yesterday"],
        &["scan", "--format", "yaml"],
        &["scan", "--since", "2025-03-05", "--until", "2025-03-04"],
        &["frobnicate"],
    ] {
        let output = ecd_audit(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(!stderr(&output).is_empty(), "{args:?} says why");
        assert_eq!(stdout(&output), "", "{args:?}");
    }
}

#[test]
fn fail_on_exits_with_1_when_a_finding_reaches_the_severity() {
    assert_eq!(
        ecd_audit(&["scan", "--fail-on", "critical"]).status.code(),
        Some(1)
    );
    let quiet = tempfile::tempdir().unwrap();
    let rules = quiet.path().join("rules.yml");
    std::fs::write(
        &rules,
        sigma_rule(
            "never",
            "critical",
            "    selection:\n        eventName: NoSuchEvent\n    condition: selection\n",
        ),
    )
    .unwrap();
    let output = ecd_audit(&["scan", "--rules", path(&rules), "--fail-on", "info"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stderr(&output).contains("`NoSuchEvent` is not an event of the catalogue"));
}

#[test]
fn json_lines_has_one_object_per_finding_then_a_summary_whose_counts_add_up() {
    let output = ecd_audit(&["scan", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let (findings, summary) = json_report(&output);
    assert_eq!(summary["findings"], findings.len());
    for finding in &findings {
        for field in ecd_audit::report::FINDING_FIELDS {
            assert!(finding.get(field).is_some(), "{field} in {finding}");
        }
        assert!(
            finding["event_id"]
                .as_str()
                .is_some_and(|id| !id.is_empty())
        );
    }
    let count = |field: &str| summary[field].as_u64().unwrap_or_else(|| panic!("{field}"));
    assert_eq!(
        count("records"),
        count("ecd_records") + count("other_services") + count("outside_selection")
    );
    assert_eq!(count("deliveries"), 11);
    assert_eq!(count("malformed"), 4);
    assert_eq!(count("pruned_objects"), 0);
    assert!(count("other_services") > 0 && count("duplicates") > 0);
}

#[test]
fn json_lines_give_a_findings_fields_in_their_order() {
    // The report writes a finding's line field by field, not by a derived `Serialize`: the
    // order of FINDING_FIELDS is part of the interface.
    let text = stdout(&ecd_audit(&["scan", "--format", "json"]));
    let findings: Vec<&str> = text
        .lines()
        .filter(|line| !line.starts_with("{\"summary\""))
        .collect();
    assert!(!findings.is_empty());
    for line in findings {
        let places: Vec<usize> = ecd_audit::report::FINDING_FIELDS
            .iter()
            .map(|field| {
                line.find(&format!("\"{field}\":"))
                    .unwrap_or_else(|| panic!("{field} in {line}"))
            })
            .collect();
        assert!(places.is_sorted(), "{line}");
        assert!(
            line.starts_with("{\"rule\":") && line.ends_with('}'),
            "{line}"
        );
    }
}

#[test]
fn csv_has_a_header_and_a_row_per_finding() {
    let csv = stdout(&ecd_audit(&["scan", "--format", "csv"]));
    let (findings, _) = json_report(&ecd_audit(&["scan", "--format", "json"]));
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(ecd_audit::report::FINDING_FIELDS.join(",").as_str())
    );
    assert_eq!(lines.count(), findings.len());
}

#[test]
fn standard_input_is_read_with_its_format_from_its_content() {
    let file = std::fs::File::open("../tests/data/deliveries/sls/shipped-to-oss.jsonl.gz").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_ecd-audit"))
        .args(["scan", "--format", "json", "-"])
        .stdin(file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let (_, summary) = json_report(&output);
    assert_eq!(summary["records"], 60);
}

/// An archive of four regions, four hours of five-minute windows, 20 records an object.
struct Archive {
    _directory: tempfile::TempDir,
    root: PathBuf,
    objects: Vec<OssObject>,
    start: DateTime<Utc>,
}

fn archive() -> Archive {
    let directory = tempfile::tempdir().unwrap();
    let root = directory.path().join("bucket");
    let mut spec = OssArchive::new(
        &["cn-hangzhou", "cn-shanghai", "cn-beijing", "ap-southeast-1"],
        48,
        20,
    );
    spec.prefix = Some("trail-prefix".into());
    let objects = spec.write(&root).unwrap();
    Archive {
        start: spec.start,
        _directory: directory,
        root,
        objects,
    }
}

#[test]
fn since_until_and_region_open_only_matching_objects_and_report_exactly_their_records() {
    let archive = archive();
    let since = archive.start + Duration::hours(3);
    let until = since + Duration::minutes(30);
    let regions = ["cn-shanghai", "ap-southeast-1"];
    let output = ecd_audit(&[
        "scan",
        "--format",
        "json",
        "--since",
        &since.to_rfc3339(),
        "--until",
        &until.to_rfc3339(),
        "--region",
        regions[0],
        "--region",
        regions[1],
        path(&archive.root),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let (_, summary) = json_report(&output);

    // Objects are named by the end of their five-minute window; one is opened if its name
    // puts it within an hour of the bounds (OBJECT_TIME_SLACK) and in a selected region.
    let slack = Duration::hours(1);
    let opened: Vec<&OssObject> = archive
        .objects
        .iter()
        .filter(|object| {
            regions.contains(&object.region.as_str())
                && object.time + slack >= since
                && object.time - slack < until
        })
        .collect();
    assert!(opened.len() < archive.objects.len() / 2);
    assert_eq!(summary["deliveries"], opened.len());
    assert_eq!(
        summary["pruned_objects"],
        archive.objects.len() - opened.len()
    );
    // Every record of an object lies in its window: those of windows inside the bounds are
    // the selection.
    let selected: usize = opened
        .iter()
        .filter(|object| object.time - Duration::minutes(5) >= since && object.time <= until)
        .map(|object| object.ecd_records)
        .sum();
    assert!(selected > 0);
    assert_eq!(summary["ecd_records"], selected);
    assert_eq!(summary["regions"].as_object().unwrap().len(), 2);
}

#[test]
fn the_report_is_the_same_for_any_number_of_threads() {
    let archive = archive();
    let run = |threads: &str| {
        let output = ecd_audit(&[
            "scan",
            "--format",
            "json",
            "-j",
            threads,
            path(&archive.root),
        ]);
        assert_eq!(output.status.code(), Some(0));
        stdout(&output)
    };
    let one = run("1");
    assert!(one.lines().count() > 10, "the archive has findings");
    assert_eq!(one, run("2"));
    assert_eq!(one, run("5"));
}

#[test]
fn a_record_read_twice_is_counted_once_and_reported_as_a_duplicate() {
    let archive = archive();
    let copy = archive.root.parent().unwrap().join("copy.json.gz");
    std::fs::copy(&archive.objects[3].path, &copy).unwrap();
    let output = ecd_audit(&["scan", "--format", "json", path(&archive.root), path(&copy)]);
    let (_, summary) = json_report(&output);
    let total: usize = archive.objects.iter().map(|object| object.records).sum();
    assert_eq!(summary["records"], total);
    assert_eq!(summary["duplicates"], archive.objects[3].records);
}

#[cfg(unix)]
#[test]
fn directories_are_walked_once_however_many_links_lead_to_them() {
    let directory = tempfile::tempdir().unwrap();
    let deliveries = directory.path().join("deliveries");
    std::fs::create_dir(&deliveries).unwrap();
    let records: Vec<_> = ecd_events::fixtures::records(3).take(10).collect();
    let body = ecd_events::fixtures::delivery(
        &records,
        DeliveryFormat::new(Layout::JsonLines, Content::Records, false),
    );
    std::fs::write(deliveries.join("a.jsonl"), body).unwrap();
    std::os::unix::fs::symlink(&deliveries, deliveries.join("loop")).unwrap();
    std::os::unix::fs::symlink(&deliveries, directory.path().join("again")).unwrap();
    let output = ecd_audit(&[
        "scan",
        "--format",
        "json",
        path(directory.path()),
        path(&deliveries),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let (_, summary) = json_report(&output);
    assert_eq!(summary["deliveries"], 1);
    assert_eq!(summary["records"], 10);
    assert_eq!(summary["duplicates"], 0);
}

#[test]
fn rules_lists_the_default_rules_and_check_names_line_and_rule() {
    let listing = stdout(&ecd_audit(&["rules"]));
    assert!(
        listing.contains("Burst of deletions by one identity [high] "),
        "{listing}"
    );
    assert!(
        listing.contains(
            "fires on: at least 10 matches of resource-deleted within 10m, by userIdentity.accountId, ecd.identity"
        ),
        "{listing}"
    );

    let directory = tempfile::tempdir().unwrap();
    let file = directory.path().join("mine.yml");
    let good = sigma_rule(
        "ok",
        "low",
        "    selection:\n        eventName: DeleteDesktops\n    condition: selection\n",
    );
    // The second rule: a modifier misspelt on the file's line 19, a condition
    // naming no selection on line 20.
    let bad = sigma_rule(
        "bad",
        "low",
        "    selection:\n        eventName|startwith: Delete\n    condition: selecton\n",
    );
    std::fs::write(&file, format!("{good}---\n{bad}")).unwrap();
    let output = ecd_audit(&["rules", "--check", path(&file)]);
    assert_eq!(output.status.code(), Some(1));
    let errors = stderr(&output);
    let expected = format!(
        "{}:19: rule `bad`: unknown modifier `startwith`; did you mean `startswith`?",
        path(&file)
    );
    assert!(errors.contains(&expected), "{errors}");
    let expected = format!(
        "{}:20: rule `bad`: the condition names `selecton`, which is not a selection of the detection; did you mean `selection`?",
        path(&file)
    );
    assert!(errors.contains(&expected), "{errors}");

    let default = stdout(&ecd_audit(&["rules", "--print-default"]));
    std::fs::write(&file, default).unwrap();
    let output = ecd_audit(&["rules", "--check", path(&file)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("no errors (0 warnings)"));
    // And the rules' own tests pass, run from that one file.
    let output = ecd_audit(&["rules", "--test", path(&file)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains(" passed, 0 failed"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn events_looks_names_up_with_suggestions_and_lists_by_tag() {
    let output = ecd_audit(&["events", "RunCommand"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("tags:        remote-execution"));

    let output = ecd_audit(&["events", "DeleteDesktop"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("did you mean `DeleteDesktops`?"));

    let listing = stdout(&ecd_audit(&["events", "--tag", "remote-execution"]));
    assert!(listing.contains("RunCommand") && !listing.contains("DescribeDesktops"));
    assert_eq!(
        ecd_audit(&["events", "--tag", "nonsense"]).status.code(),
        Some(2)
    );
}

#[test]
fn a_name_found_ignoring_case_is_found_and_one_found_in_no_case_is_not() {
    let output = ecd_audit(&["events", "runcommand"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let entry = stdout(&output);
    assert!(
        entry.contains("`runcommand` is `RunCommand`") && entry.contains("\nRunCommand\n"),
        "{entry}"
    );
    assert!(entry.contains("tags:        remote-execution"), "{entry}");
    assert_eq!(stderr(&output), "");

    // Not an event in any case: nothing on standard output, the closest name on standard error.
    let output = ecd_audit(&["events", "RunComand"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert!(
        stderr(&output).contains("did you mean `RunCommand`?"),
        "{}",
        stderr(&output)
    );
    // One name not found among found ones still exits 1.
    let output = ecd_audit(&["events", "RUNCOMMAND", "DeleteDesktop"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("\nRunCommand\n"));
    assert!(stderr(&output).contains("did you mean `DeleteDesktops`?"));
}

#[test]
fn event_listings_count_one_event_in_the_singular() {
    let mut singular = 0;
    for tag in ecd_events::Tag::ALL {
        let listing = stdout(&ecd_audit(&["events", "--tag", tag.as_str()]));
        assert!(!listing.contains("(1 events)"), "{listing}");
        singular += listing.matches(" (1 event): ").count();
    }
    // Some category has a single event of some tag: the check above is not idle.
    assert!(singular > 0);
    let overview = stdout(&ecd_audit(&["events"]));
    assert!(!overview.contains(" 1 events"), "{overview}");
}

/// The library's sample of one `CreateDesktops` record.
const ONE_RECORD: &str = "../tests/data/samples/create-desktops.json";

#[test]
fn counts_of_one_are_singular_in_the_report_and_the_messages() {
    let output = ecd_audit(&["scan", ONE_RECORD]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with("Read 1 record from 1 delivery ("),
        "{text}"
    );
    assert!(
        text.contains("; 0 malformed, 0 duplicates, 0 objects pruned."),
        "{text}"
    );
    for plural in ["1 records", "1 deliveries", "1 findings"] {
        assert!(!text.contains(plural), "{plural:?} in:\n{text}");
    }

    // One record outside the selection: the report and the warning say so in the singular.
    let output = ecd_audit(&["scan", "--region", "cn-nowhere", ONE_RECORD]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output)
            .contains("\n1 record lies outside --since/--until/--region and is not audited.\n"),
        "{}",
        stdout(&output)
    );
    assert!(
        stderr(&output).contains("nothing was audited: 1 record read, none within"),
        "{}",
        stderr(&output)
    );

    // The record twice (one record, read twice), and one rule that fires on it: one duplicate,
    // one finding.
    let directory = tempfile::tempdir().unwrap();
    for name in ["a.json", "b.json"] {
        std::fs::copy(ONE_RECORD, directory.path().join(name)).unwrap();
    }
    let rules = directory.path().join("rules.yml");
    std::fs::write(
        &rules,
        sigma_rule(
            "created",
            "low",
            "    selection:\n        eventName: CreateDesktops\n    condition: selection\n",
        ),
    )
    .unwrap();
    let output = ecd_audit(&[
        "scan",
        "--rules",
        path(&rules),
        path(&directory.path().join("a.json")),
        path(&directory.path().join("b.json")),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with("Read 1 record from 2 deliveries ("),
        "{text}"
    );
    assert!(
        text.contains("; 0 malformed, 1 duplicate, 0 objects pruned."),
        "{text}"
    );
    assert!(
        text.contains("\nFindings: 1 of 1 rule fired, 1 finding\n"),
        "{text}"
    );

    let output = ecd_audit(&["rules", "--check", path(&rules)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).ends_with(": 1 rule, no errors (0 warnings)\n"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn records_that_share_an_id_but_differ_are_all_audited_whichever_thread_reads_first() {
    use ecd_events::EcdEvent;
    let directory = tempfile::tempdir().unwrap();
    let format = DeliveryFormat::new(Layout::JsonLines, Content::Records, false);
    // A large delivery whose last record takes an ID that a small one gives a remote command.
    let mut large: Vec<_> = ecd_events::fixtures::records(9).take(3000).collect();
    let mut read = ecd_events::fixtures::record(EcdEvent::DescribeDesktops, 1);
    read.event_id = "DUP-1".into();
    large.push(read);
    let mut command = ecd_events::fixtures::record(EcdEvent::RunCommand, 2);
    command.event_id = "DUP-1".into();
    command.error_code = None;
    command.error_message = None;
    let write = |name: &str, records: &[ecd_events::records::OwnedRecord]| {
        let path = directory.path().join(name);
        std::fs::write(&path, ecd_events::fixtures::delivery(records, format)).unwrap();
    };
    write("a-large.jsonl", &large);
    write("b-small.jsonl", &[command.clone(), command]);

    let run = |threads: &str| {
        let output = ecd_audit(&[
            "scan",
            "--format",
            "json",
            "-j",
            threads,
            path(directory.path()),
        ]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        stdout(&output)
    };
    let one = run("1");
    for _ in 0..3 {
        assert_eq!(run("2"), one);
    }
    let (findings, summary) = json_lines(&one);
    assert_eq!(summary["records"], 3002);
    assert_eq!(summary["duplicates"], 1);
    assert_eq!(summary["conflicting_copies"], 1);
    assert!(
        findings
            .iter()
            .any(|finding| finding["rule"] == "Command run on cloud desktops"
                && finding["event_id"] == "DUP-1")
    );
}

#[test]
fn a_path_with_nothing_to_read_or_no_record_in_it_is_named_with_status_2() {
    let directory = tempfile::tempdir().unwrap();
    let empty = directory.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let output = ecd_audit(&["scan", path(&empty)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("empty: no files in it"),
        "{}",
        stderr(&output)
    );

    let notes = directory.path().join("notes.txt");
    std::fs::write(&notes, "not a delivery\nat all\n").unwrap();
    let output = ecd_audit(&[
        "scan",
        path(&notes),
        "../tests/data/deliveries/records.jsonl",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let errors = stderr(&output);
    assert!(
        errors.contains("notes.txt: not one ActionTrail record in it"),
        "{errors}"
    );
    assert!(!errors.contains("records.jsonl"), "{errors}");
}

#[test]
fn regions_match_in_any_case_and_a_selection_of_nothing_is_said() {
    let archive = archive();
    let (_, upper) = json_report(&ecd_audit(&[
        "scan",
        "--format",
        "json",
        "--region",
        "CN-Shanghai",
        path(&archive.root),
    ]));
    let (_, lower) = json_report(&ecd_audit(&[
        "scan",
        "--format",
        "json",
        "--region",
        "cn-shanghai",
        path(&archive.root),
    ]));
    assert_eq!(upper, lower);
    assert!(upper["ecd_records"].as_u64().unwrap() > 0);

    let output = ecd_audit(&["scan", "--region", "cn-nowhere", path(&archive.root)]);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stderr(&output).contains("warning: nothing was audited"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_reader_that_stops_early_is_no_error_in_any_format() {
    use std::io::{BufRead, BufReader};
    let archive = archive();
    for format in ["text", "json", "csv"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ecd-audit"))
            .args([
                "scan",
                "--examples",
                "100000",
                "--format",
                format,
                path(&archive.root),
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        // The pipe closes here, with most of the report unread.
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{format}");
        assert_eq!(stderr(&output), "", "{format}");
    }
}

/// A successful `ModifyOfficeSiteMfaEnabled` with ID `id` at `time` that sets `MfaEnabled` to
/// `value` (JSON, as the record writes it).
fn mfa_record(id: &str, time: &str, value: &str) -> ecd_events::records::OwnedRecord {
    let mut record =
        ecd_events::fixtures::record(ecd_events::EcdEvent::ModifyOfficeSiteMfaEnabled, 1);
    record.event_id = id.to_owned().into();
    record.event_time = time.to_owned().into();
    record.error_code = None;
    record.error_message = None;
    // A RAM user's, so that only rules on MFA fire.
    let identity = record.user_identity.get_or_insert_with(Default::default);
    identity.identity_type = Some(ecd_events::records::IdentityType::RamUser);
    identity.user_name = Some("alice.example".into());
    let parameters = format!(
        r#"{{"RegionId":"cn-hangzhou","OfficeSiteId":"cn-hangzhou+dir-1","MfaEnabled":{value}}}"#
    );
    record.request_parameters = Some(ecd_events::records::RawJson::from_json(parameters).unwrap());
    record
}

/// Writes `records` as a JSON Lines delivery named `name` in `directory`.
fn write_delivery(
    directory: &Path,
    name: &str,
    records: &[ecd_events::records::OwnedRecord],
) -> PathBuf {
    let format = DeliveryFormat::new(Layout::JsonLines, Content::Records, false);
    let path = directory.join(name);
    std::fs::write(&path, ecd_events::fixtures::delivery(records, format)).unwrap();
    path
}

#[test]
fn mfa_switched_off_is_found_with_its_parameter_and_switched_on_is_not() {
    let directory = tempfile::tempdir().unwrap();
    let delivery = write_delivery(
        directory.path(),
        "mfa.jsonl",
        &[
            mfa_record("MFA-ON", "2025-03-04T09:00:00Z", r#""true""#),
            mfa_record("MFA-OFF", "2025-03-04T09:05:00Z", r#""false""#),
            mfa_record("MFA-ON-AGAIN", "2025-03-04T09:10:00Z", "true"),
        ],
    );

    let output = ecd_audit(&["scan", "--format", "json", path(&delivery)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let (findings, _) = json_report(&output);
    let mfa: Vec<&Value> = findings
        .iter()
        .filter(|finding| {
            finding["rule"] == "Multi-factor authentication switched off or a device removed"
        })
        .collect();
    assert_eq!(mfa.len(), 1, "{findings:?}");
    assert_eq!(mfa[0]["event_id"], "MFA-OFF");
    assert_eq!(mfa[0]["severity"], "critical");
    assert_eq!(mfa[0]["rule_id"], "90f4da6b-7104-428e-8b95-3a192f08b3e1");
    assert_eq!(
        mfa[0]["parameters"],
        serde_json::json!({"MfaEnabled": "false"})
    );
    // A finding of a rule that reads no parameter has an empty object.
    for finding in &findings {
        assert!(finding["parameters"].is_object(), "{finding}");
    }

    let output = ecd_audit(&["scan", "--examples", "10", path(&delivery)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let section: Vec<&str> = text
        .lines()
        .skip_while(|line| {
            !line.contains(
                "[critical] Multi-factor authentication switched off or a device removed: 1 ",
            )
        })
        .take(3)
        .collect();
    assert_eq!(section.len(), 3, "{text}");
    assert!(
        section[2].starts_with("    2025-03-04T09:05:00Z  ModifyOfficeSiteMfaEnabled  ")
            && section[2].ends_with(r#"  with {"MfaEnabled":"false"}"#),
        "{text}"
    );
    // The switch-ons fire nothing.
    for time in ["09:00:00Z", "09:10:00Z"] {
        assert!(!text.contains(&format!("{time}  Modify")), "{text}");
    }

    let output = ecd_audit(&["scan", "--format", "csv", path(&delivery)]);
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|header| header == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let row = rows
        .iter()
        .find(|row| &row[column("rule_id")] == "90f4da6b-7104-428e-8b95-3a192f08b3e1")
        .expect("a row of mfa-weakened");
    assert_eq!(
        &row[column("rule")],
        "Multi-factor authentication switched off or a device removed"
    );
    assert_eq!(&row[column("parameters")], r#"{"MfaEnabled":"false"}"#);
    // A record's finding has no group.
    assert_eq!(&row[column("group")], "{}");
    assert_eq!(&row[column("events")], "[]");
}

#[test]
fn a_parameter_in_a_finding_cannot_change_the_terminal_or_forge_a_line() {
    let directory = tempfile::tempdir().unwrap();
    // Raw in the record's JSON: a CSI (U+009B), a right-to-left override, a line separator.
    // An ESC and a line break can only come escaped (`\u001b`, `\n`), and stay so.
    let hostile = "\"false\u{9b}2J\u{202e}\u{2028}\\u001b[31m\\n[critical] forged\"";
    let delivery = write_delivery(
        directory.path(),
        "hostile.jsonl",
        &[mfa_record("MFA-HOSTILE", "2025-03-04T09:05:00Z", hostile)],
    );
    // "false" with more after it is no boolean: MFA is not switched off. A rule that reads the
    // parameter shows it.
    let rules = directory.path().join("rules.yml");
    std::fs::write(
        &rules,
        sigma_rule(
            "mfa-set",
            "high",
            "    selection:\n        eventName: ModifyOfficeSiteMfaEnabled\n        requestParameters.MfaEnabled|exists: true\n    condition: selection\n",
        ),
    )
    .unwrap();
    let output = ecd_audit(&["scan", "--rules", path(&rules), path(&delivery)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let example = text
        .lines()
        .find(|line| line.contains("ModifyOfficeSiteMfaEnabled"))
        .expect("the example");
    assert!(
        example.ends_with(
            r#"  with {"MfaEnabled":"false\u009b2J\u202e\u2028\u001b[31m\n[critical] forged"}"#
        ),
        "{example}"
    );
    assert!(
        !text.contains(['\u{9b}', '\u{202e}', '\u{2028}', '\u{1b}']),
        "{text}"
    );
    assert!(
        !text.lines().any(|line| line.starts_with("[critical]")),
        "{text}"
    );

    // JSON keeps the value exactly, on its line.
    let output = ecd_audit(&[
        "scan",
        "--format",
        "json",
        "--rules",
        path(&rules),
        path(&delivery),
    ]);
    let (findings, _) = json_report(&output);
    assert_eq!(
        findings[0]["parameters"]["MfaEnabled"],
        "false\u{9b}2J\u{202e}\u{2028}\u{1b}[31m\n[critical] forged"
    );
}

#[test]
fn records_that_share_an_id_but_differ_in_their_parameters_are_each_audited() {
    let directory = tempfile::tempdir().unwrap();
    // The same ID, MFA switched on in the delivery read first, off in the other: the
    // switch-off is no copy of the switch-on, whichever thread reads first.
    write_delivery(
        directory.path(),
        "a-on.jsonl",
        &[mfa_record("MFA-1", "2025-03-04T09:00:00Z", r#""true""#)],
    );
    write_delivery(
        directory.path(),
        "b-off.jsonl",
        &[mfa_record("MFA-1", "2025-03-04T09:00:00Z", r#""false""#)],
    );
    for threads in ["1", "2", "2", "2"] {
        let output = ecd_audit(&[
            "scan",
            "--format",
            "json",
            "-j",
            threads,
            path(directory.path()),
        ]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let (findings, summary) = json_report(&output);
        assert_eq!(summary["duplicates"], 0);
        assert_eq!(summary["conflicting_copies"], 1);
        assert!(
            findings.iter().any(|finding| finding["rule_id"]
                == "90f4da6b-7104-428e-8b95-3a192f08b3e1"
                && finding["event_id"] == "MFA-1"),
            "-j {threads}: {findings:?}"
        );
    }
}

#[test]
fn rules_check_warns_at_the_line_of_a_parameter_no_event_takes_with_the_closest_name() {
    let directory = tempfile::tempdir().unwrap();
    let file = directory.path().join("mine.yml");
    std::fs::write(
        &file,
        sigma_rule(
            "mfa-off",
            "high",
            "    selection:\n        eventName: ModifyOfficeSiteMfaEnable\n        requestParameters.MfaEnable: 'false'\n        requestParameters.Clipboard: readwrite\n    condition: selection\n",
        ),
    )
    .unwrap();
    let output = ecd_audit(&["rules", "--check", path(&file)]);
    // Warnings: the rule reads, and may be what its author means.
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let warnings = stderr(&output);
    let expected = format!(
        "{}:8: rule `mfa-off`: `ModifyOfficeSiteMfaEnable` is not an event of the catalogue; the rule matches records that carry it exactly (did you mean `ModifyOfficeSiteMfaEnabled`?)",
        path(&file)
    );
    assert!(warnings.contains(&expected), "{warnings}");
    std::fs::write(
        &file,
        sigma_rule(
            "mfa-off",
            "high",
            "    selection:\n        eventName: ModifyOfficeSiteMfaEnabled\n        requestParameters.MfaEnable: 'false'\n        requestParameters.MfaEnabled: 'off'\n    condition: selection\n",
        ),
    )
    .unwrap();
    let output = ecd_audit(&["rules", "--check", path(&file)]);
    let warnings = stderr(&output);
    for expected in [
        format!(
            "{}:9: rule `mfa-off`: `requestParameters.MfaEnable` is not a parameter of ModifyOfficeSiteMfaEnabled; did you mean `MfaEnabled`?",
            path(&file)
        ),
        format!(
            "{}:10: rule `mfa-off`: `off` is not a value of `requestParameters.MfaEnabled` (it takes",
            path(&file)
        ),
    ] {
        assert!(warnings.contains(&expected), "{warnings}");
    }
    // A scan says the same, and audits.
    let output = ecd_audit(&["scan", "--rules", path(&file)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("did you mean `MfaEnabled`?"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn an_event_s_entry_lists_its_parameters_as_rules_name_them() {
    let output = ecd_audit(&[
        "events",
        "ModifyOfficeSiteMfaEnabled",
        "ModifySecurityGroupAttribute",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let line = |name: &str| {
        text.lines()
            .find(|line| line.split_whitespace().any(|word| word == name))
            .unwrap_or_else(|| panic!("no {name} in:\n{text}"))
            .to_owned()
    };
    assert!(
        line("MfaEnabled")
            .ends_with("boolean, required: true|false; weakens protection when false"),
        "{text}"
    );
    assert!(line("OfficeSiteId").ends_with("string, required"), "{text}");
    assert!(
        line("AuthorizeIngress.SourceCidrIp")
            .ends_with("string; weakens protection when 0.0.0.0/0 or ::/0"),
        "{text}"
    );
    assert!(
        line("RevokeIngress.SourceCidrIp").ends_with("string"),
        "{text}"
    );
}

#[test]
fn a_sigma_filter_given_with_filters_leaves_out_what_it_allows_from_the_default_rules() {
    let directory = tempfile::tempdir().unwrap();
    let delivery = write_delivery(
        directory.path(),
        "mfa.jsonl",
        &[mfa_record("MFA-OFF", "2025-03-04T09:05:00Z", r#""false""#)],
    );
    let mfa = "Multi-factor authentication switched off or a device removed";
    let fired = |filters: &[&Path]| {
        let mut args = vec!["scan", "--format", "json"];
        for filter in filters {
            args.extend(["--filters", path(filter)]);
        }
        args.push(path(&delivery));
        let output = ecd_audit(&args);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let (findings, _) = json_report(&output);
        findings.iter().any(|finding| finding["rule"] == mfa)
    };
    assert!(fired(&[]));
    // An allowlist of alice.example for mfa-weakened: her switch-off is left out.
    let allow = |user: &str, file: &str| {
        let file = directory.path().join(file);
        std::fs::write(
            &file,
            format!(
                "title: MFA changes by {user}\nlogsource:\n    product: alibaba_cloud\n    service: actiontrail\nfilter:\n    rules:\n        - mfa-weakened\n    allowed:\n        userIdentity.userName: {user}\n    condition: not allowed\n"
            ),
        )
        .unwrap();
        file
    };
    let alice = allow("alice.example", "alice.yml");
    let bob = allow("bob.example", "bob.yml");
    assert!(!fired(&[&alice]));
    assert!(fired(&[&bob]));
    assert!(!fired(&[&bob, &alice]));
}
