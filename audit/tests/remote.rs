//! `ecd-audit scan` (feature `oss`), `sql` and `export` (feature `sql`) over an archive in a
//! bucket, as a user runs them: a real S3-compatible server (moto's) started by the test,
//! credentials in the environment, and every result the same as over the local copy.
#![cfg(feature = "oss")]

#[path = "../../bucket/tests/support/mod.rs"]
mod support;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use ecd_events::fixtures::OssArchive;
use support::python::{KEY_ID, S3Server, SECRET};

/// The variables that give credentials, all unset but those a test sets.
const CREDENTIALS: [&str; 8] = [
    "ALIBABA_CLOUD_ACCESS_KEY_ID",
    "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
    "ALIBABA_CLOUD_SECURITY_TOKEN",
    "OSS_ACCESS_KEY_ID",
    "OSS_ACCESS_KEY_SECRET",
    "OSS_SESSION_TOKEN",
    "OSS_REGION",
    "OSS_ENDPOINT",
];

fn ecd_audit(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ecd-audit"));
    for name in CREDENTIALS {
        command.env_remove(name);
    }
    command
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("ecd-audit runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn path(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temporary path")
}

const CREDENTIALS_SET: [(&str, &str); 2] = [
    ("ALIBABA_CLOUD_ACCESS_KEY_ID", KEY_ID),
    ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET),
];

#[cfg(feature = "sql")]
#[test]
fn sql_and_export_over_oss_give_what_they_give_over_the_local_copy() {
    let dir = tempfile::tempdir().unwrap();
    OssArchive::new(&["cn-hangzhou", "cn-shanghai"], 6, 20)
        .write(dir.path())
        .unwrap();
    let server = S3Server::start();
    server.upload("audit-trail", dir.path(), "");
    let url = "oss://audit-trail/AliyunLogs/Actiontrail";
    let remote = ["--endpoint", server.endpoint.as_str()];

    for query in [
        "SELECT event_name, count(*) AS n FROM records WHERE is_ecd GROUP BY 1 ORDER BY 1",
        "SELECT e.category, count(*) AS n FROM records r JOIN events e ON r.code = e.code \
         WHERE has_tag(r.tags, 'credential') GROUP BY 1 ORDER BY 1",
        "SELECT region, count(*) AS n FROM records WHERE region = 'cn-shanghai' GROUP BY 1",
    ] {
        let local = ecd_audit(&["sql", query, path(dir.path()), "--format", "csv"], &[]);
        assert!(local.status.success(), "{}", text(&local.stderr));
        let mut args = vec!["sql", query, url, "--format", "csv"];
        args.extend(remote);
        let got = ecd_audit(&args, &CREDENTIALS_SET);
        assert!(got.status.success(), "{query}: {}", text(&got.stderr));
        assert_eq!(text(&got.stdout), text(&local.stdout), "{query}");
        assert!(text(&got.stdout).lines().count() > 1, "{query}: rows");
    }

    // The export of the bucket holds every record.
    let exported = tempfile::tempdir().unwrap();
    let to = exported.path().join("parquet");
    let mut args = vec!["export", "--to", path(&to), url];
    args.extend(remote);
    let output = ecd_audit(&args, &CREDENTIALS_SET);
    assert!(output.status.success(), "{}", text(&output.stderr));
    // Every record of the archive's 12 objects (6 windows of 2 regions, 20 records each).
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("exported 240 records from 12 deliveries"),
        "{stderr}"
    );
    assert!(to.join("region=cn-hangzhou").is_dir());
    assert!(to.join("region=cn-shanghai").is_dir());
}

#[cfg(feature = "sql")]
#[test]
fn missing_credentials_or_endpoint_and_a_missing_bucket_exit_2_named() {
    let server = S3Server::start();
    let query = "SELECT count(*) FROM records";
    // No credentials in the environment.
    let output = ecd_audit(
        &[
            "sql",
            query,
            "oss://audit-trail/x",
            "--endpoint",
            &server.endpoint,
        ],
        &[],
    );
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with("ecd-audit: sql: ")
            && stderr.contains("oss://audit-trail: no credentials"),
        "{stderr}"
    );
    // No region nor endpoint: OSS's endpoint cannot be known.
    let output = ecd_audit(&["sql", query, "oss://audit-trail/x"], &CREDENTIALS_SET);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    assert!(
        text(&output.stderr).contains("no endpoint"),
        "{}",
        text(&output.stderr)
    );
    // A bucket the server does not have.
    let output = ecd_audit(
        &[
            "sql",
            query,
            "oss://no-such-bucket/x",
            "--endpoint",
            &server.endpoint,
        ],
        &CREDENTIALS_SET,
    );
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    assert!(
        text(&output.stderr).contains("oss://no-such-bucket/x: cannot list"),
        "{}",
        text(&output.stderr)
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn scan_of_the_bucket_reports_what_the_local_copy_does_and_opens_only_the_selection() {
    let dir = tempfile::tempdir().unwrap();
    // A day of objects every five minutes of two regions: 576 objects of 3 records.
    OssArchive::new(&["cn-hangzhou", "cn-shanghai"], 288, 3)
        .write(dir.path())
        .unwrap();
    let server = S3Server::start();
    server.upload("audit-trail", dir.path(), "");
    let remote = ["--endpoint", server.endpoint.as_str()];

    let local = ecd_audit(&["scan", path(dir.path()), "--quiet"], &[]);
    let mut args = vec!["scan", "oss://audit-trail", "--quiet"];
    args.extend(remote);
    let got = ecd_audit(&args, &CREDENTIALS_SET);
    assert_eq!(
        got.status.code(),
        local.status.code(),
        "{}",
        text(&got.stderr)
    );
    // The same report, the objects named by their URLs instead of their paths.
    let expected = text(&local.stdout).replace(path(dir.path()), "oss://audit-trail");
    assert_eq!(text(&got.stdout), expected);
    assert!(expected.contains("from 576 deliveries"), "{expected}");

    // Two hours of one region: that region's objects of those hours and the hour of slack
    // either side are fetched, no other.
    let before = server.requests().len();
    let mut args = vec![
        "scan",
        "oss://audit-trail/AliyunLogs/Actiontrail",
        "--quiet",
        "--since",
        "2025-03-04T10:00:00Z",
        "--until",
        "2025-03-04T12:00:00Z",
        "--region",
        "cn-shanghai",
    ];
    args.extend(remote);
    let got = ecd_audit(&args, &CREDENTIALS_SET);
    assert!(got.status.success(), "{}", text(&got.stderr));
    let fetched: Vec<String> = server.requests()[before..]
        .iter()
        .filter(|request| request.starts_with("GET /audit-trail/"))
        .cloned()
        .collect();
    assert!(
        fetched
            .iter()
            .all(|request| request.contains("/cn-shanghai/")),
        "{fetched:#?}"
    );
    // Objects are named for the end of their five minutes: 09:00 to 13:00 inclusive, as
    // --until is exclusive and the slack an hour.
    assert_eq!(fetched.len(), 48, "{fetched:#?}");
    let report = text(&got.stdout);
    assert!(report.contains("from 48 deliveries"), "{report}");
}
