//! ecd-sql's counts against the same counts computed apart, in Python (sql/tests/crosscheck.py):
//! its own gzip and JSON over the files, the catalogue read from events.toml, and DuckDB
//! reading the Parquet export back. Over the local copy and over the bucket (moto's server).

#[path = "../../bucket/tests/support/mod.rs"]
mod support;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use chrono::{DateTime, TimeDelta};
use datafusion::arrow::array::{Array, AsArray};
use datafusion::arrow::datatypes::Int64Type;
use ecd_events::fixtures::OssArchive;
use ecd_sql::RemoteArchive;
use ecd_sql::{RecordsTable, context, export_parquet, sources};
use serde_json::Value;
use support::python::{S3Server, python_packages};

/// `(key, count)` rows of a query, keyed as text (a null key as `null`).
async fn counts(table: RecordsTable, sql: &str) -> BTreeMap<String, i64> {
    let batches = context(table)
        .unwrap()
        .sql(sql)
        .await
        .unwrap()
        .collect()
        .await
        .unwrap();
    let mut counts = BTreeMap::new();
    for batch in batches {
        let keys = batch.column(0).as_string::<i32>();
        let values = batch.column(1).as_primitive::<Int64Type>();
        for row in 0..batch.num_rows() {
            let key = match keys.is_null(row) {
                true => "null".to_owned(),
                false => keys.value(row).to_owned(),
            };
            counts.insert(key, values.value(row));
        }
    }
    counts
}

/// A JSON object of counts as a map.
fn map(value: &Value) -> BTreeMap<String, i64> {
    value
        .as_object()
        .unwrap()
        .iter()
        .map(|(key, count)| (key.clone(), count.as_i64().unwrap()))
        .collect()
}

/// What crosscheck.py says of `archive` and the export in `parquet`.
fn python(archive: &Path, parquet: &Path) -> Value {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = Command::new("python3")
        .arg(here.join("tests/crosscheck.py"))
        .arg(archive)
        .arg(here.join("../events.toml"))
        .arg(parquet)
        .env("PYTHONPATH", python_packages())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "crosscheck.py: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn counts_locally_and_from_the_bucket_are_pythons_and_the_export_duckdbs() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("archive");
    // Four days around 15 March 2025, two regions, four objects a day of 25 records.
    for day in 0..4 {
        let mut fixture = OssArchive::new(&["cn-hangzhou", "cn-shanghai"], 4, 25);
        fixture.start = DateTime::parse_from_rfc3339("2025-03-14T10:00:00Z")
            .unwrap()
            .to_utc()
            + TimeDelta::days(day);
        fixture.seed = 100 + day as u64;
        fixture.write(&archive).unwrap();
    }
    let parquet = dir.path().join("parquet");
    let local = || RecordsTable::new(sources::find(&[&archive]).deliveries);
    export_parquet(&context(local()).unwrap(), &parquet)
        .await
        .unwrap();
    let truth = python(&archive, &parquet);

    let server = S3Server::start();
    server.upload("audit-trail", &archive, "");
    let remote = || {
        RecordsTable::new(Vec::new()).with_archives(vec![
            RemoteArchive::parse("oss://audit-trail/AliyunLogs/Actiontrail")
                .unwrap()
                .with_endpoint(&server.endpoint)
                .with_region("us-east-1")
                .unsigned(),
        ])
    };

    let queries = [
        (
            "by_name",
            "SELECT event_name, count(*) FROM records GROUP BY 1",
        ),
        (
            "ecd_by_name",
            "SELECT event_name, count(*) FROM records WHERE is_ecd GROUP BY 1",
        ),
        (
            "by_region",
            "SELECT region, count(*) FROM records GROUP BY 1",
        ),
        (
            "destructive_by_category",
            "SELECT e.category, count(*) FROM records r JOIN events e ON r.event_name = e.name \
             WHERE has_tag(e.tags, 'destructive') GROUP BY 1",
        ),
        (
            "one_day",
            "SELECT 'one_day', count(*) FROM records \
             WHERE event_time >= '2025-03-15T00:00:00Z' AND event_time < '2025-03-16T00:00:00Z'",
        ),
    ];
    for (name, sql) in queries {
        let expected = match &truth[name] {
            Value::Number(count) => BTreeMap::from([(name.to_owned(), count.as_i64().unwrap())]),
            counts => map(counts),
        };
        assert!(
            !expected.is_empty() && expected.values().all(|&n| n > 0),
            "{name}: {expected:?}"
        );
        assert_eq!(counts(local(), sql).await, expected, "{name}, locally");
        assert_eq!(
            counts(remote(), sql).await,
            expected,
            "{name}, from the bucket"
        );
    }
    // DuckDB reads the export as every record of each region.
    assert_eq!(map(&truth["exported_by_region"]), map(&truth["by_region"]));
    assert!(map(&truth["destructive_by_category"]).len() > 1);
}
