//! Queries over generated archives, each checked against counts taken by the `ecd-events`
//! reader directly (not by the code under test), and pruning shown by the deliveries opened.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, Utc};
use datafusion::arrow::array::{Array, AsArray, RecordBatch};
use datafusion::arrow::datatypes::Int64Type;
use ecd_events::Tag;
use ecd_events::fixtures::OssArchive;
use ecd_events::records::RecordReader;
use ecd_sql::{RecordsTable, context, sources};

/// What the reader finds in every delivery under `root`.
struct Truth {
    records: Vec<Fact>,
    malformed: u64,
}

/// What a test asks of one record.
struct Fact {
    name: String,
    time: Option<DateTime<Utc>>,
    region: Option<String>,
    is_ecd: bool,
    event: Option<ecd_events::EcdEvent>,
}

fn truth(root: &Path) -> Truth {
    let mut truth = Truth {
        records: Vec::new(),
        malformed: 0,
    };
    for entry in walk(root) {
        RecordReader::open(&entry)
            .unwrap()
            .for_each_borrowed(|result| match result {
                Ok(record) => truth.records.push(Fact {
                    name: record.event_name.as_str().to_owned(),
                    time: record.time().ok(),
                    region: record.acs_region.as_deref().map(str::to_owned),
                    is_ecd: record.is_ecd(),
                    event: record.event(),
                }),
                Err(_) => truth.malformed += 1,
            });
    }
    truth
}

fn walk(root: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![root.to_owned()];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(
                std::fs::read_dir(&path)
                    .unwrap()
                    .map(|entry| entry.unwrap().path()),
            );
        } else {
            files.push(path);
        }
    }
    files
}

fn archive(root: &Path, regions: &[&str], windows: u32, records: usize) -> usize {
    OssArchive::new(regions, windows, records)
        .write(root)
        .unwrap()
        .len()
}

fn table(root: &Path) -> RecordsTable {
    let found = sources::find(&[root]);
    assert!(found.problems.is_empty(), "{:?}", found.problems);
    RecordsTable::new(found.deliveries)
}

async fn query(table: RecordsTable, sql: &str) -> (Vec<RecordBatch>, ecd_sql::ReadTotals) {
    let report = table.report();
    let context = context(table).unwrap();
    let batches = context.sql(sql).await.unwrap().collect().await.unwrap();
    (batches, report.totals())
}

/// The rows of a `(text, count)` result.
fn counts(batches: &[RecordBatch]) -> BTreeMap<String, i64> {
    let mut counts = BTreeMap::new();
    for batch in batches {
        let names = batch.column(0).as_string::<i32>();
        let values = batch.column(1).as_primitive::<Int64Type>();
        for row in 0..batch.num_rows() {
            counts.insert(names.value(row).to_owned(), values.value(row));
        }
    }
    counts
}

fn single_count(batches: &[RecordBatch]) -> i64 {
    let batch = batches.iter().find(|batch| batch.num_rows() > 0).unwrap();
    batch.column(0).as_primitive::<Int64Type>().value(0)
}

#[tokio::test]
async fn counts_by_event_of_ecds_records_are_the_readers() {
    let dir = tempfile::tempdir().unwrap();
    archive(dir.path(), &["cn-hangzhou", "cn-shanghai"], 12, 40);
    let truth = truth(dir.path());
    let mut expected: BTreeMap<String, i64> = BTreeMap::new();
    for fact in truth.records.iter().filter(|fact| fact.is_ecd) {
        *expected.entry(fact.name.clone()).or_default() += 1;
    }
    assert_eq!(truth.malformed, 0);
    assert!(expected.len() > 10, "a varied archive: {expected:?}");

    let (batches, totals) = query(
        table(dir.path()),
        "SELECT event_name, count(*) FROM records WHERE is_ecd GROUP BY 1",
    )
    .await;
    assert_eq!(counts(&batches), expected);
    assert_eq!(totals.records, truth.records.len() as u64);
    assert_eq!((totals.opened, totals.pruned, totals.malformed), (24, 0, 0));
}

#[tokio::test]
async fn a_one_day_range_opens_only_that_days_objects_and_the_slack() {
    let dir = tempfile::tempdir().unwrap();
    // Three days of one region, an object each five minutes, a few records each.
    let objects = archive(dir.path(), &["cn-hangzhou"], 3 * 288, 2);
    let truth = truth(dir.path());
    let day = |text: &str| DateTime::parse_from_rfc3339(text).unwrap().to_utc();
    let (since, until) = (day("2025-03-05T00:00:00Z"), day("2025-03-06T00:00:00Z"));
    let expected = truth
        .records
        .iter()
        .filter(|fact| fact.time.is_some_and(|time| since <= time && time < until))
        .count() as i64;
    assert!(expected > 0);

    let (batches, totals) = query(
        table(dir.path()),
        "SELECT count(*) FROM records \
         WHERE event_time >= '2025-03-05T00:00:00Z' AND event_time < '2025-03-06T00:00:00Z'",
    )
    .await;
    assert_eq!(single_count(&batches), expected);
    // The day's 288 objects (named for the end of their window: 00:05 to 24:00), and those
    // within the hour's slack either side: 12 before, 12 after (the bound is kept inclusive).
    assert_eq!(totals.opened, 288 + 12 + 13, "of {objects}");
    assert_eq!(totals.opened + totals.pruned, objects as u64);

    // `date` prunes as its day's range does, and counts the same.
    let (batches, by_date) = query(
        table(dir.path()),
        "SELECT count(*) FROM records WHERE date = DATE '2025-03-05'",
    )
    .await;
    assert_eq!(single_count(&batches), expected);
    assert_eq!(by_date.opened, totals.opened);
}

#[tokio::test]
async fn a_region_opens_only_its_objects() {
    let dir = tempfile::tempdir().unwrap();
    archive(
        dir.path(),
        &["cn-hangzhou", "cn-shanghai", "cn-beijing"],
        4,
        10,
    );
    let truth = truth(dir.path());
    let expected = truth
        .records
        .iter()
        .filter(|fact| fact.region.as_deref() == Some("cn-shanghai"))
        .count() as i64;
    let (batches, totals) = query(
        table(dir.path()),
        "SELECT count(*) FROM records WHERE region = 'cn-shanghai'",
    )
    .await;
    assert_eq!(single_count(&batches), expected);
    assert_eq!((totals.opened, totals.pruned), (4, 8));
}

#[tokio::test]
async fn a_join_with_the_catalogue_by_tag_counts_as_the_catalogue_says() {
    let dir = tempfile::tempdir().unwrap();
    archive(dir.path(), &["cn-hangzhou"], 20, 50);
    let truth = truth(dir.path());
    let expected = truth
        .records
        .iter()
        .filter(|fact| {
            fact.event
                .is_some_and(|event| event.has_tag(Tag::Credential))
        })
        .count() as i64;
    assert!(expected > 0);
    let (joined, _) = query(
        table(dir.path()),
        "SELECT count(*) FROM records r JOIN events e ON r.code = e.code \
         WHERE has_tag(e.tags, 'credential')",
    )
    .await;
    assert_eq!(single_count(&joined), expected);
    let (direct, _) = query(
        table(dir.path()),
        "SELECT count(*) FROM records WHERE has_tag(tags, 'Credential')",
    )
    .await;
    assert_eq!(single_count(&direct), expected);
}

#[tokio::test]
async fn damaged_records_are_counted_and_named_and_the_others_read() {
    let dir = tempfile::tempdir().unwrap();
    let good = r#"{"eventId":"E-1","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:52Z","serviceName":"Ecd","acsRegion":"cn-hangzhou"}"#;
    let bad_time = r#"{"eventId":"E-3","eventName":"StopDesktops","eventTime":"yesterday","serviceName":"Ecd"}"#;
    std::fs::write(
        dir.path().join("records.jsonl"),
        format!("{good}\n{{\"eventId\": \n{bad_time}\n"),
    )
    .unwrap();
    let (batches, totals) = query(
        table(dir.path()),
        "SELECT count(*), count(event_time) FROM records",
    )
    .await;
    let batch = &batches[0];
    assert_eq!(batch.column(0).as_primitive::<Int64Type>().value(0), 2);
    assert_eq!(batch.column(1).as_primitive::<Int64Type>().value(0), 1);
    assert_eq!(
        (totals.records, totals.malformed, totals.times_not_times),
        (2, 1, 1)
    );
    assert!(
        totals.malformed_examples[0].contains("records.jsonl: record 1 at line 2"),
        "{:?}",
        totals.malformed_examples
    );
}

#[tokio::test]
async fn a_delivery_that_cannot_be_read_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir
        .path()
        .join("Actiontrail_cn-hangzhou_20250304000500_1002_1_1_x.gz");
    std::fs::write(&path, b"\x1f\x8b\x08\x00not gzip at all").unwrap();
    let (_, totals) = query(table(dir.path()), "SELECT count(*) FROM records").await;
    assert_eq!(totals.unreadable.len(), 1, "{totals:?}");
    assert!(
        totals.unreadable[0].contains("Actiontrail_cn-hangzhou"),
        "{totals:?}"
    );
}

#[tokio::test]
async fn columns_of_the_full_record_and_parameters_read_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let record = r#"{"eventId":"E-1","eventName":"ModifyOfficeSiteMfaEnabled","eventTime":"2025-03-04T09:41:52Z","serviceName":"Ecd","acsRegion":"cn-hangzhou","eventRW":"Write","sourceIpAddress":"203.0.113.9","userIdentity":{"type":"ram-user","accountId":"1000000000000001","userName":"alice","accessKeyId":"AK-1"},"requestParameters":{"OfficeSiteId":"cn-hangzhou+dir-1","MfaEnabled":"False"},"resourceName":"dir-1","resourceType":"ACS::ECD::OfficeSite","errorCode":"Forbidden","requestId":"R-1"}"#;
    std::fs::write(dir.path().join("one.json"), record).unwrap();
    let (batches, _) = query(
        table(dir.path()),
        "SELECT identity, identity_type, account_id, access_key_id, source_ip, error_code, \
                request_id, region, category, access, parameter(request_parameters, 'MfaEnabled'), \
                array_to_string(resources, ','), CAST(date AS VARCHAR), CAST(event_time AS VARCHAR), \
                delivery, code IS NOT NULL, event_rw, service \
         FROM records",
    )
    .await;
    let batch = &batches[0];
    let text = |index: usize| -> String {
        let column = datafusion::arrow::compute::cast(
            batch.column(index),
            &datafusion::arrow::datatypes::DataType::Utf8,
        )
        .unwrap();
        column.as_string::<i32>().value(0).to_owned()
    };
    let values: Vec<String> = (0..batch.num_columns()).map(text).collect();
    let delivery = dir.path().join("one.json").display().to_string();
    assert_eq!(
        values,
        [
            "alice",
            "ram-user",
            "1000000000000001",
            "AK-1",
            "203.0.113.9",
            "Forbidden",
            "R-1",
            "cn-hangzhou",
            ecd_events::EcdEvent::ModifyOfficeSiteMfaEnabled
                .category()
                .as_str(),
            "Write",
            "False",
            "dir-1",
            "2025-03-04",
            "2025-03-04T09:41:52Z",
            &delivery,
            "true",
            "Write",
            "ecd",
        ]
    );
    assert!(batch.column(0).null_count() == 0);
}
