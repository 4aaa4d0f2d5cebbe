//! What `ecd-audit scan` writes when records (and file names) are an attacker's: the text report
//! and the messages show every character that would act on a terminal or break a line as an
//! escape, CSV has no cell a spreadsheet would read as a formula, JSON keeps the text exactly
//! without a raw control character, and fields of megabytes are cut, with a marker, so that a
//! scan's memory does not grow with them (issue 20).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use flate2::Compression;
use flate2::write::GzEncoder;
use serde_json::{Value, json};

/// The forged text of the issue: an OSC sequence that retitles the terminal, then a line of its
/// own that looks like a finding.
const FORGED: &str = "\u{1b}]0;pwned\u{7}\n  [critical] injected: 999";

/// `FORGED` as the text report and the messages must show it: Rust's escapes, on one line.
const FORGED_SHOWN: &str = r"\u{1b}]0;pwned\u{7}\n  [critical] injected: 999";

/// Characters that change what a terminal shows beyond their own place, besides the controls
/// (`char::is_control`: C0, DEL, C1): Unicode's bidirectional embeddings, overrides, isolates
/// and marks, and the line and paragraph separators.
const REORDERING: [char; 14] = [
    '\u{61c}', '\u{200e}', '\u{200f}', '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}',
    '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{2028}', '\u{2029}',
];

/// Whether `c` would act on a terminal, or end a line, if written raw inside a line.
fn acts_on_a_terminal(c: char) -> bool {
    c.is_control() || REORDERING.contains(&c)
}

/// A Sigma rule that every ECD record fires, so that every field of every record is shown
/// in a finding.
const EVERY_RECORD: &str = "title: every-record\nid: 3f1c7a52-9a0e-4d55-8d7e-6b1e2c4f9a01\n\
                            description: Every record.\nlogsource:\n    product: alibaba_cloud\n\
                            \x20   service: actiontrail\ndetection:\n    selection:\n\
                            \x20       ecd.service: ecd\n    condition: selection\n\
                            level: informational\n";

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
    path.to_str().expect("UTF-8 temporary path")
}

/// A successful ECD `RunCommand` record, with `changes` made to it (`null` removes a field).
fn record(id: &str, changes: Value) -> Value {
    let mut record = json!({
        "eventId": id,
        "eventVersion": 1,
        "eventName": "RunCommand",
        "eventSource": "ecd.cn-hangzhou.aliyuncs.com",
        "eventType": "ApiCall",
        "eventRW": "Write",
        "eventTime": "2025-03-04T09:41:52Z",
        "acsRegion": "cn-hangzhou",
        "serviceName": "Ecd",
        "requestId": id,
        "sourceIpAddress": "203.0.113.7",
        "userAgent": "AlibabaCloud (Linux; x86_64) Python/3.11.9",
        "userIdentity": {
            "type": "ram-user",
            "principalId": "200000000000000001",
            "accountId": "1000000000000001",
            "userName": "alice"
        },
        "requestParameters": {"RegionId": "cn-hangzhou", "DesktopId.1": "ecd-1", "CommandContent": "ipconfig"},
        "resourceName": "ecd-1",
        "resourceType": "ACS::ECD::Desktop"
    });
    merge(&mut record, changes);
    record
}

fn merge(into: &mut Value, changes: Value) {
    for (key, value) in changes.as_object().expect("an object of changes") {
        match (into.get_mut(key), value) {
            (Some(inner @ Value::Object(_)), Value::Object(_)) => merge(inner, value.clone()),
            (_, Value::Null) => {
                into.as_object_mut().unwrap().remove(key);
            }
            _ => {
                into[key] = value.clone();
            }
        }
    }
}

fn write_lines(file: &Path, records: &[Value]) {
    let lines: Vec<String> = records.iter().map(Value::to_string).collect();
    std::fs::write(file, lines.join("\n") + "\n").unwrap();
}

fn rules_file(directory: &Path) -> PathBuf {
    let rules = directory.join("every-record.yml");
    std::fs::write(&rules, EVERY_RECORD).unwrap();
    rules
}

/// Asserts that `output` (a report, or messages) holds no character that acts on a terminal
/// but the line breaks that end its lines, and no line that starts as a forged one does.
fn assert_unforged(output: &str, what: &str) {
    if let Some(c) = output.chars().find(|&c| c != '\n' && acts_on_a_terminal(c)) {
        panic!("{what} writes U+{:04X} raw:\n{output}", c as u32);
    }
    if let Some(line) = output
        .lines()
        .find(|line| line.trim_start().starts_with("[critical] injected"))
    {
        panic!("{what} has a forged line {line:?}:\n{output}");
    }
}

#[test]
fn the_text_report_shows_every_field_of_a_record_escaped_on_its_own_line() {
    let directory = tempfile::tempdir().unwrap();
    let forged = |field: &str| format!("{field}{FORGED}\u{202e}\u{2028}\u{9b}");
    let shown = |field: &str| format!(r"{field}{FORGED_SHOWN}\u{{202e}}\u{{2028}}\u{{9b}}");
    let records = [
        record(
            "E-1",
            json!({
                "userIdentity": {"userName": forged("user"), "type": forged("kind"), "accountId": forged("account")},
                "sourceIpAddress": forged("ip"),
                "acsRegion": forged("region"),
                // The issue's own case.
                "resourceName": format!("ecd-1{FORGED}"),
            }),
        ),
        // Failed, with a name the catalogue does not list: the failures list names both.
        record(
            "E-2",
            json!({"eventName": forged("event"), "errorCode": forged("code"), "errorMessage": "denied"}),
        ),
        // Another service's record, listed by its product (which is shown in lower case).
        record("E-3", json!({"serviceName": forged("service")})),
        // A time that is not one.
        record("E-4", json!({"eventTime": forged("time")})),
    ];
    let deliveries = directory.path().join("deliveries");
    std::fs::create_dir(&deliveries).unwrap();
    write_lines(&deliveries.join("records.jsonl"), &records);
    // A file whose name is forged, with a damaged record, which the report names it for.
    let named = deliveries.join(format!("named{FORGED}.jsonl"));
    std::fs::write(
        &named,
        format!(
            "{}\n{{\"eventId\": \"E-6\", \"eventName\":\n",
            record("E-5", json!({}))
        ),
    )
    .unwrap();

    let rules = rules_file(directory.path());
    let output = ecd_audit(&[
        "scan",
        "--rules",
        path(&rules),
        "--examples",
        "100",
        path(&deliveries),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let report = text(&output.stdout);
    assert_unforged(&report, "the text report");
    // Each field is in the report, escaped: shown, not dropped.
    for field in ["user", "kind", "account", "ip", "region", "event", "code"] {
        assert!(report.contains(&shown(field)), "{field}:\n{report}");
    }
    // `;` separates types of resources, which the report lists with commas.
    assert!(report.contains(r"on ecd-1\u{1b}]0,pwned\u{7}\n  [critical] injected: 999"));
    assert!(
        report.contains(&format!(
            "Other services (not audited): {} 1",
            shown("service")
        )),
        "{report}"
    );
    assert!(
        report.contains(&format!("named{FORGED_SHOWN}.jsonl: record 1 at line 2")),
        "{report}"
    );
}

#[test]
fn messages_escape_the_names_of_files() {
    let directory = tempfile::tempdir().unwrap();
    let empty = directory.path().join(format!("empty{FORGED}.json"));
    std::fs::write(&empty, "").unwrap();
    let not_records = directory.path().join(format!("garbage{FORGED}.json"));
    std::fs::write(&not_records, "\u{1b}[2J not JSON at all\n").unwrap();
    let missing = directory.path().join(format!("missing{FORGED}.json"));
    let good = directory.path().join("good.jsonl");
    write_lines(&good, &[record("E-1", json!({}))]);

    let output = ecd_audit(&[
        "scan",
        path(&empty),
        path(&not_records),
        path(&missing),
        path(&good),
    ]);
    assert_eq!(output.status.code(), Some(2));
    let errors = text(&output.stderr);
    assert_unforged(&errors, "standard error");
    assert!(
        errors.lines().all(|line| line.starts_with("ecd-audit: ")),
        "{errors}"
    );
    for (name, says) in [
        ("empty", "json: empty"),
        ("garbage", "json: not one ActionTrail record"),
        ("missing", "json: "),
    ] {
        let line = format!("{name}{FORGED_SHOWN}.{says}");
        assert!(errors.contains(&line), "{line:?} in\n{errors}");
    }
    let report = text(&output.stdout);
    assert_unforged(&report, "the text report");
    assert!(
        report.contains(&format!("missing{FORGED_SHOWN}.json: ")),
        "{report}"
    );
}

/// What a spreadsheet would read as the start of a formula (OWASP's list, the line feed, and
/// the full-width forms some locales read as the same).
const FORMULA_STARTS: [char; 11] = [
    '=', '+', '-', '@', '\t', '\r', '\n', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
];

/// A cell as CSV must carry `text`: after a single quote when it starts a formula.
fn as_text(text: &str) -> String {
    if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[test]
fn csv_has_no_cell_a_spreadsheet_would_read_as_a_formula() {
    let directory = tempfile::tempdir().unwrap();
    let mut records = Vec::new();
    for (index, start) in FORMULA_STARTS.iter().enumerate() {
        let formula = |field: &str| format!("{start}HYPERLINK(\"http://example.invalid/{field}\")");
        records.push(record(
            &formula(&format!("id-{index}")),
            json!({
                "eventName": formula("event"),
                "userIdentity": {"userName": formula("user"), "type": formula("kind"), "accountId": formula("account")},
                "sourceIpAddress": formula("ip"),
                "acsRegion": formula("region"),
                "errorCode": formula("code"),
                "errorMessage": "denied",
                "resourceName": formula("resource"),
            }),
        ));
        records.push(record(
            &format!("time-{index}"),
            json!({"eventTime": format!("{start}2025-03-04T09:41:52Z")}),
        ));
    }
    // A negative number in a record is text like any other.
    records.push(record("negative", json!({"resourceName": "-1"})));
    let file = directory.path().join("formulas.jsonl");
    write_lines(&file, &records);
    let rules = rules_file(directory.path());

    let output = ecd_audit(&[
        "scan",
        "--format",
        "csv",
        "--rules",
        path(&rules),
        path(&file),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|field| field == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), records.len());
    for row in &rows {
        for (name, cell) in header.iter().zip(row) {
            assert!(!cell.starts_with(FORMULA_STARTS), "{name}: {cell:?}");
        }
        // The tool's own number stays a number.
        assert_eq!(&row[column("count")], "1");
    }
    let row_of = |id: &str| {
        let id = as_text(id);
        rows.iter()
            .find(|row| row[column("event_id")] == id)
            .unwrap_or_else(|| panic!("no row for {id:?}"))
    };
    for (index, start) in FORMULA_STARTS.iter().enumerate() {
        let formula = |field: &str| format!("{start}HYPERLINK(\"http://example.invalid/{field}\")");
        let row = row_of(&formula(&format!("id-{index}")));
        for (column_name, field) in [
            ("event_name", "event"),
            ("identity", "user"),
            ("identity_type", "kind"),
            ("account_id", "account"),
            ("source_ip", "ip"),
            ("region", "region"),
            ("error_code", "code"),
        ] {
            assert_eq!(row[column(column_name)], as_text(&formula(field)));
        }
        // Resource names are trimmed of white space, as the report lists them.
        let resource = formula("resource");
        assert_eq!(
            row[column("resources")],
            as_text(resource.trim_start()),
            "{start:?}"
        );
        // A time that is not one is not shown (the record keeps it; docs/audit.md).
        let row = row_of(&format!("time-{index}"));
        assert_eq!(&row[column("event_time")], "");
    }
    assert_eq!(&row_of("negative")[column("resources")], "'-1");
}

#[test]
fn json_keeps_the_text_of_records_exactly_with_no_raw_control_character() {
    // Every C0 control, DEL and the C1 controls, the characters that reorder lines, quotes, a
    // backslash, and text of other scripts, between letters (resource names are trimmed).
    let mut hostile = String::from("a");
    hostile.extend((0..0x20).chain(0x7f..0xa0).filter_map(char::from_u32));
    hostile.extend(REORDERING);
    hostile.push_str("\"'\\ 张伟 e\u{301} 😀 z");
    let hostile = hostile.as_str();
    let directory = tempfile::tempdir().unwrap();
    let file = directory.path().join("exact.jsonl");
    write_lines(
        &file,
        &[record(
            hostile,
            json!({
                "eventName": hostile,
                "userIdentity": {"userName": hostile, "type": hostile, "accountId": hostile},
                "sourceIpAddress": hostile,
                "acsRegion": hostile,
                "errorCode": hostile,
                "errorMessage": "denied",
                "resourceName": hostile,
            }),
        )],
    );
    let rules = rules_file(directory.path());

    let output = ecd_audit(&[
        "scan",
        "--format",
        "json",
        "--rules",
        path(&rules),
        path(&file),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let lines = text(&output.stdout);
    assert_unforged(&lines, "JSON Lines");
    let mut objects: Vec<Value> = lines
        .lines()
        .map(|line| serde_json::from_str(line).expect("every line is JSON"))
        .collect();
    let summary = objects.pop().unwrap();
    assert_eq!(objects.len(), 1);
    for field in [
        "event_id",
        "event_name",
        "identity",
        "identity_type",
        "account_id",
        "source_ip",
        "region",
        "error_code",
        "resources",
    ] {
        assert_eq!(objects[0][field], hostile, "{field}");
    }
    assert_eq!(objects[0].get("truncated"), None);
    assert_eq!(summary["summary"]["accounts"][hostile], 1);
    assert_eq!(summary["summary"]["regions"][hostile], 1);
}

/// The bytes of a field a finding keeps, as the documentation says: 64 KiB.
const KEPT: usize = 64 * 1024;
/// What a key of a count keeps of a field (ecd_audit::scan::cut::KEY_BYTES).
const KEY_BYTES: usize = 256;

/// The issue's `resourceName`: 10 MiB of desktop IDs.
const TEN_MB: usize = 10 * 1024 * 1024;

/// How many records of a 10 MB `resourceName`: the issue had 100 in one delivery (1.0 GB of
/// peak memory for text, 2.0 GB for JSON); 25, one a delivery so that each is read at the
/// speed of a delivery's first record in a test build, took 0.3 GB (text and CSV) and 0.6 GB
/// (JSON) before findings were bounded, and take under 60 MB since (docs/reports.md).
const LARGE_RECORDS: usize = 25;

/// The peak memory allowed a scan of them.
const PEAK_KIB: u64 = 200 * 1024;

/// `LARGE_RECORDS` deliveries of one `RunCommand` record each, with a `resourceName` of
/// `TEN_MB` bytes; and that `resourceName`. Each is gzip of three members, the one in the middle
/// (the long name) compressed once for all.
fn large_records(directory: &Path) -> String {
    let ids = "ecd-0123456789abcdefg,".repeat(TEN_MB / 22 + 1);
    let name = format!("{}x", &ids[..TEN_MB - 1]);
    let gzip = |text: &str| {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
        encoder.write_all(text.as_bytes()).unwrap();
        encoder.finish().unwrap()
    };
    let middle = gzip(&name);
    for index in 0..LARGE_RECORDS {
        let whole = record(&format!("E-{index:03}"), json!({"resourceName": "NAME"})).to_string();
        let (before, after) = whole.split_once("NAME").unwrap();
        let mut delivery = gzip(before);
        delivery.extend_from_slice(&middle);
        delivery.extend(gzip(&format!("{after}\n")));
        std::fs::write(
            directory.join(format!("large-{index:03}.json.gz")),
            delivery,
        )
        .unwrap();
    }
    name
}

/// Runs a scan of `directory` in `format` on two threads, under GNU time: its output, and its
/// peak resident memory in KiB.
fn scan_measured(directory: &Path, format: &str) -> (Output, u64) {
    let peak = tempfile::NamedTempFile::new().unwrap();
    let output = Command::new("/usr/bin/time")
        .args(["-f", "%M", "-o", path(peak.path())])
        .arg(env!("CARGO_BIN_EXE_ecd-audit"))
        .args(["scan", "-q", "-j", "2", "--format", format, path(directory)])
        .stdin(Stdio::null())
        .output()
        .expect("GNU time runs ecd-audit");
    let measured = std::fs::read_to_string(peak.path()).unwrap();
    let kib = measured
        .trim()
        .lines()
        .last()
        .and_then(|line| line.parse().ok())
        .unwrap_or_else(|| panic!("GNU time says {measured:?}"));
    (output, kib)
}

fn assert_large_records_scan(output: &Output, peak: u64, format: &str) {
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(
        peak < PEAK_KIB,
        "--format {format} peaked at {} MB",
        peak / 1024
    );
}

#[test]
fn fields_of_megabytes_are_cut_in_the_text_report_within_200_mb() {
    let directory = tempfile::tempdir().unwrap();
    let name = large_records(directory.path());
    let (output, peak) = scan_measured(directory.path(), "text");
    assert_large_records_scan(&output, peak, "text");
    let report = text(&output.stdout);
    // Three examples, each with the first 64 KiB of the names and the cut's marker.
    let example = format!("{}...[cut from {TEN_MB} bytes]", &name[..KEPT]);
    assert_eq!(report.matches(&example).count(), 3, "{}", &report[..2000]);
    assert!(report.len() < 4 * KEPT, "{} bytes of report", report.len());
}

#[test]
fn fields_of_megabytes_are_cut_in_json_within_200_mb() {
    let directory = tempfile::tempdir().unwrap();
    let name = large_records(directory.path());
    let (output, peak) = scan_measured(directory.path(), "json");
    assert_large_records_scan(&output, peak, "json");
    let lines = text(&output.stdout);
    let findings: Vec<Value> = lines
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).expect("every line is JSON"))
        .filter(|line| line.get("summary").is_none())
        .collect();
    assert_eq!(findings.len(), LARGE_RECORDS);
    for finding in &findings {
        assert_eq!(finding["resources"], name[..KEPT]);
        assert_eq!(finding["truncated"], json!({"resources": TEN_MB}));
        assert_eq!(finding["event_name"], "RunCommand");
    }
}

#[test]
fn fields_of_megabytes_are_cut_in_csv_within_200_mb() {
    let directory = tempfile::tempdir().unwrap();
    let name = large_records(directory.path());
    let (output, peak) = scan_measured(directory.path(), "csv");
    assert_large_records_scan(&output, peak, "csv");
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let resources = reader
        .headers()
        .unwrap()
        .iter()
        .position(|field| field == "resources")
        .unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), LARGE_RECORDS);
    let cell = format!("{}...[cut from {TEN_MB} bytes]", &name[..KEPT]);
    for row in &rows {
        assert_eq!(row[resources], cell);
    }
}

#[test]
fn every_field_a_finding_keeps_and_every_key_a_count_keeps_is_cut_with_its_length() {
    // Each field a little over the bound, in a record that fails (so that it is counted by its
    // error code) and whose name the catalogue does not list (so that it is counted by it).
    let long = |field: &str| format!("{field}-{}", "x".repeat(KEPT));
    let directory = tempfile::tempdir().unwrap();
    let file = directory.path().join("long.jsonl");
    write_lines(
        &file,
        &[
            record(
                &long("id"),
                json!({
                    "eventName": long("event"),
                    "eventTime": long("time"),
                    "userIdentity": {"userName": long("user"), "type": long("kind"), "accountId": long("account")},
                    "sourceIpAddress": long("ip"),
                    "acsRegion": long("region"),
                    "errorCode": long("code"),
                    "errorMessage": "denied",
                    "resourceName": long("resource"),
                }),
            ),
            record("E-2", json!({"serviceName": long("service")})),
        ],
    );
    let rules = rules_file(directory.path());
    let output = ecd_audit(&[
        "scan",
        "--format",
        "json",
        "--rules",
        path(&rules),
        path(&file),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let lines: Vec<Value> = text(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("every line is JSON"))
        .collect();
    let [finding, summary] = lines.as_slice() else {
        panic!("{lines:?}")
    };
    let mut truncated = serde_json::Map::new();
    for (key, field) in [
        ("event_id", "id"),
        ("event_name", "event"),
        ("identity", "user"),
        ("identity_type", "kind"),
        ("account_id", "account"),
        ("source_ip", "ip"),
        ("region", "region"),
        ("error_code", "code"),
        ("resources", "resource"),
    ] {
        let original = long(field);
        assert_eq!(finding[key], original[..KEPT], "{key}");
        truncated.insert(key.into(), original.len().into());
    }
    assert_eq!(finding["truncated"], Value::Object(truncated));
    // A time that is not one is not kept at all, whatever its length.
    assert_eq!(finding["event_time"], Value::Null);

    // The summary's counts are kept by keys cut shorter (there is one for each distinct
    // value), with the marker in the key.
    let key = |field: &str| {
        let original = long(field);
        format!(
            "{}...[cut from {} bytes]",
            &original[..KEY_BYTES],
            original.len()
        )
    };
    let summary = &summary["summary"];
    assert_eq!(summary["accounts"][key("account")], 1);
    assert_eq!(summary["regions"][key("region")], 1);
    assert_eq!(summary["unlisted_events"][key("event")], 1);
    assert_eq!(summary["other_services_by_product"][key("service")], 1);

    // The text report's list of failures names the event and the identity by their keys.
    let output = ecd_audit(&["scan", "--rules", path(&rules), path(&file)]);
    let report = text(&output.stdout);
    let failure = format!("{} by {}: {} 1", key("event"), key("user"), key("code"));
    assert!(report.contains(&failure), "{}", &report[..2000]);
}
