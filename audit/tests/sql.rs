//! `ecd-audit sql` and `ecd-audit export` as a user runs them (feature `sql`): results
//! checked against what the fixture archive says it wrote, exit statuses, and output that
//! records cannot forge.
#![cfg(feature = "sql")]

use std::path::Path;
use std::process::{Command, Output, Stdio};

use ecd_events::fixtures::OssArchive;
use serde_json::Value;

fn ecd_audit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ecd-audit"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("ecd-audit runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

fn path(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temporary path")
}

#[test]
fn counts_are_what_the_archive_holds() {
    let dir = tempfile::tempdir().unwrap();
    let objects = OssArchive::new(&["cn-hangzhou", "cn-shanghai"], 6, 30)
        .write(dir.path())
        .unwrap();
    let records: usize = objects.iter().map(|object| object.records).sum();
    let ecd: usize = objects.iter().map(|object| object.ecd_records).sum();
    let output = ecd_audit(&[
        "sql",
        "SELECT count(*) AS records, count(*) FILTER (WHERE is_ecd) AS ecd FROM records",
        path(dir.path()),
        "--format",
        "json",
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let row: Value = serde_json::from_str(text(&output.stdout).trim()).unwrap();
    assert_eq!(row["records"], records);
    assert_eq!(row["ecd"], ecd);
    assert_eq!(
        text(&output.stderr),
        "",
        "nothing to say of a sound archive"
    );
}

#[test]
fn a_query_that_is_not_valid_or_a_missing_path_exits_2_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    OssArchive::new(&["cn-hangzhou"], 1, 5)
        .write(dir.path())
        .unwrap();
    let output = ecd_audit(&["sql", "SELECT nonsense FROM records", path(dir.path())]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(stderr.starts_with("ecd-audit: sql: "), "{stderr}");
    assert!(stderr.contains("nonsense"), "{stderr}");

    let output = ecd_audit(&["sql", "SELECT 1", path(&dir.path().join("missing"))]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("missing"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn malformed_records_are_said_and_unreadable_deliveries_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let good = r#"{"eventId":"E-1","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:52Z","serviceName":"Ecd"}"#;
    std::fs::write(dir.path().join("a.jsonl"), format!("{good}\nnot json\n")).unwrap();
    let output = ecd_audit(&[
        "sql",
        "SELECT count(*) AS n FROM records",
        path(dir.path()),
        "--format",
        "csv",
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "n\n1\n");
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("1 record not in the result (malformed)"),
        "{stderr}"
    );
    assert!(stderr.contains("a.jsonl: record 1 at line 2"), "{stderr}");

    std::fs::write(dir.path().join("b.gz"), b"\x1f\x8b\x08\x00damaged").unwrap();
    let output = ecd_audit(&[
        "sql",
        "SELECT count(*) AS n FROM records",
        path(dir.path()),
        "--format",
        "csv",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(text(&output.stdout), "n\n1\n", "the rest is still read");
    assert!(
        text(&output.stderr).contains("b.gz: "),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn what_records_hold_cannot_act_on_a_terminal_or_a_spreadsheet() {
    let dir = tempfile::tempdir().unwrap();
    let forged = r#"{"eventId":"=HYPERLINK(\"http://example.invalid\")","eventName":"Stop\u001b]0;pwned\u0007Desktops","eventTime":"2025-03-04T09:41:52Z"}"#;
    std::fs::write(dir.path().join("forged.jsonl"), forged).unwrap();
    let query = "SELECT event_id, event_name FROM records";

    let table = ecd_audit(&["sql", query, path(dir.path())]);
    let shown = text(&table.stdout);
    assert!(
        !shown.contains('\u{1b}') && !shown.contains('\u{7}'),
        "{shown:?}"
    );
    assert!(
        shown.contains(r"Stop\u{1b}]0;pwned\u{7}Desktops"),
        "{shown}"
    );
    assert!(shown.ends_with("(1 row)\n"), "{shown}");

    let json = ecd_audit(&["sql", query, path(dir.path()), "--format", "json"]);
    let written = text(&json.stdout);
    assert!(!written.contains('\u{1b}'), "{written:?}");
    let row: Value = serde_json::from_str(written.trim()).unwrap();
    assert_eq!(
        row["event_name"], "Stop\u{1b}]0;pwned\u{7}Desktops",
        "exact"
    );

    let csv = ecd_audit(&["sql", query, path(dir.path()), "--format", "csv"]);
    let written = text(&csv.stdout);
    assert!(written.contains("\"'=HYPERLINK("), "{written}");
}

#[test]
fn standard_input_cannot_be_queried() {
    let output = ecd_audit(&["sql", "SELECT 1", "-"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("standard input cannot be queried"));
}

#[test]
fn export_writes_partitions_of_every_record_and_refuses_a_used_directory() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("archive");
    let objects = OssArchive::new(&["cn-hangzhou", "cn-shanghai"], 3, 20)
        .write(&archive)
        .unwrap();
    let records: usize = objects.iter().map(|object| object.records).sum();
    let out = dir.path().join("parquet");
    let output = ecd_audit(&["export", "--to", path(&out), path(&archive)]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stderr).contains(&format!("exported {records} records from 6 deliveries")),
        "{}",
        text(&output.stderr)
    );
    for region in ["cn-hangzhou", "cn-shanghai"] {
        let partition = out.join(format!("region={region}")).join("date=2025-03-04");
        let files = std::fs::read_dir(&partition).unwrap().count();
        assert!(files > 0, "{}", partition.display());
    }
    let again = ecd_audit(&["export", "--to", path(&out), path(&archive)]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        text(&again.stderr).contains("is not empty"),
        "{}",
        text(&again.stderr)
    );
}

#[test]
fn a_filter_on_the_region_leaves_other_regions_objects_unopened() {
    let dir = tempfile::tempdir().unwrap();
    OssArchive::new(&["cn-hangzhou", "cn-shanghai", "cn-beijing"], 2, 5)
        .write(dir.path())
        .unwrap();
    let output = ecd_audit(&[
        "sql",
        "EXPLAIN SELECT count(*) FROM records WHERE region = 'cn-shanghai'",
        path(dir.path()),
        "--format",
        "json",
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let plan = text(&output.stdout);
    assert!(
        plan.contains("RecordsExec: deliveries=2, pruned=4"),
        "{plan}"
    );
}
