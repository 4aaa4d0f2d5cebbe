//! The `records` table over archives in a bucket, on a real S3-compatible server (moto's)
//! that the test starts: the same results as over the local copy, and pruning shown by the
//! server's own log of what was listed and fetched.

#[path = "../../bucket/tests/support/mod.rs"]
mod support;

use std::path::Path;

use chrono::{DateTime, TimeDelta};
use ecd_events::fixtures::OssArchive;
use ecd_sql::RemoteArchive;
use ecd_sql::{RecordsTable, context, sources};
use support::python::S3Server;

const BUCKET: &str = "audit-trail";
const PREFIX: &str = "trail/";

/// Five weeks around March 2025 (26 February to 1 April), two regions, two objects a day
/// (12:05 and 12:10), 10 records each: 140 objects.
fn five_weeks(root: &Path) -> usize {
    let first = DateTime::parse_from_rfc3339("2025-02-26T12:00:00Z")
        .unwrap()
        .to_utc();
    let mut objects = 0;
    for day in 0..35 {
        let mut archive = OssArchive::new(&["cn-hangzhou", "cn-shanghai"], 2, 10);
        archive.start = first + TimeDelta::days(day);
        archive.seed = day as u64;
        objects += archive.write(root).unwrap().len();
    }
    objects
}

/// The archive at `server`, as `scheme://audit-trail/trail`.
fn remote(server: &S3Server, scheme: &str) -> RecordsTable {
    let archive = RemoteArchive::parse(&format!("{scheme}://{BUCKET}/{PREFIX}"))
        .unwrap()
        .with_endpoint(&server.endpoint)
        .with_region("us-east-1")
        // moto checks no signature; the credentials' path is the command's test's
        // (audit/tests/remote.rs), which sets them in its environment.
        .unsigned();
    RecordsTable::new(Vec::new()).with_archives(vec![archive])
}

fn local(root: &Path) -> RecordsTable {
    RecordsTable::new(sources::find(&[root]).deliveries)
}

async fn query(table: RecordsTable, sql: &str) -> (String, ecd_sql::ReadTotals) {
    let report = table.report();
    let batches = context(table)
        .unwrap()
        .sql(sql)
        .await
        .unwrap()
        .collect()
        .await
        .unwrap();
    let text = datafusion::arrow::util::pretty::pretty_format_batches(&batches)
        .unwrap()
        .to_string();
    (text, report.totals())
}

/// A server with the archive in its bucket, the archive's local copy, and its object count.
fn setup() -> (S3Server, tempfile::TempDir, usize) {
    let dir = tempfile::tempdir().unwrap();
    let objects = five_weeks(dir.path());
    let server = S3Server::start();
    server.upload(BUCKET, dir.path(), PREFIX);
    (server, dir, objects)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn queries_over_the_bucket_give_what_they_give_over_the_local_copy() {
    let (server, dir, objects) = setup();
    let queries = [
        "SELECT event_name, count(*) AS n FROM records WHERE is_ecd GROUP BY 1 ORDER BY 1",
        "SELECT e.category, count(*) AS n FROM records r JOIN events e ON r.code = e.code \
         WHERE has_tag(r.tags, 'destructive') GROUP BY 1 ORDER BY 1",
        "SELECT region, date, count(*) AS n FROM records GROUP BY 1, 2 ORDER BY 1, 2",
    ];
    for scheme in ["s3", "oss"] {
        for sql in queries {
            let (expected, local_totals) = query(local(dir.path()), sql).await;
            let (got, totals) = query(remote(&server, scheme), sql).await;
            assert_eq!(got, expected, "{scheme}: {sql}");
            assert_eq!(totals.opened, objects as u64, "{scheme}: {sql}");
            assert_eq!(totals.records, local_totals.records);
            assert!(totals.unreadable.is_empty(), "{:?}", totals.unreadable);
        }
    }
}

/// The prefix a list request asked for, if the request is a listing.
fn listed_prefix(request: &str) -> Option<String> {
    let (path, query) = request.strip_prefix("GET /")?.split_once('?')?;
    if path != BUCKET || !query.contains("list-type=2") {
        return None;
    }
    Some(
        query
            .split('&')
            .find_map(|pair| pair.strip_prefix("prefix="))
            .unwrap_or("")
            .to_owned(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_one_day_query_lists_and_fetches_only_that_days_folders_and_objects() {
    let (server, dir, objects) = setup();
    let sql = "SELECT count(*) AS n FROM records WHERE region = 'cn-hangzhou' \
               AND event_time >= '2025-03-15T00:00:00Z' AND event_time < '2025-03-16T00:00:00Z'";
    let (expected, _) = query(local(dir.path()), sql).await;
    let before = server.requests().len();
    let (got, totals) = query(remote(&server, "oss"), sql).await;
    assert_eq!(got, expected);
    assert!(expected.contains("| 20 |"), "two objects of 10: {expected}");

    let requests = server.requests()[before..].to_vec();
    let fetched: Vec<&String> = requests
        .iter()
        .filter(|request| request.starts_with(&format!("GET /{BUCKET}/")))
        .collect();
    // The day's two objects of the region: no other is fetched.
    assert_eq!(fetched.len(), 2, "{requests:#?}");
    assert!(
        fetched
            .iter()
            .all(|request| request
                .contains("/cn-hangzhou/2025/03/15/Actiontrail_cn-hangzhou_20250315")),
        "{fetched:#?}"
    );
    assert_eq!(totals.opened, 2);
    // Folders are listed down to the day and the days of slack either side; no other
    // region's, month's or day's folder is.
    let listed: Vec<String> = requests.iter().filter_map(|r| listed_prefix(r)).collect();
    let root = format!("{PREFIX}AliyunLogs/Actiontrail/");
    let allowed = [
        PREFIX.to_owned(),
        format!("{PREFIX}AliyunLogs/"),
        root.clone(),
        format!("{root}cn-hangzhou/"),
        format!("{root}cn-hangzhou/2025/"),
        format!("{root}cn-hangzhou/2025/03/"),
        format!("{root}cn-hangzhou/2025/03/14/"),
        format!("{root}cn-hangzhou/2025/03/15/"),
        format!("{root}cn-hangzhou/2025/03/16/"),
    ];
    for prefix in &listed {
        assert!(allowed.contains(prefix), "listed {prefix}: {listed:#?}");
    }
    assert!(
        listed.contains(&format!("{root}cn-hangzhou/2025/03/15/")),
        "{listed:#?}"
    );
    assert!(listed.len() <= allowed.len(), "{listed:#?}");

    // Without bounds the archive is listed flat: a request, not one for each folder.
    let before = server.requests().len();
    let (_, totals) = query(remote(&server, "s3"), "SELECT count(*) FROM records").await;
    let listings = server.requests()[before..]
        .iter()
        .filter(|request| listed_prefix(request).is_some())
        .count();
    assert_eq!(listings, 1);
    assert_eq!(totals.opened, objects as u64);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bucket_that_does_not_exist_is_an_error_that_names_it() {
    let server = S3Server::start();
    let table = RecordsTable::new(Vec::new()).with_archives(vec![
        RemoteArchive::parse("s3://no-such-bucket/trail")
            .unwrap()
            .with_endpoint(&server.endpoint)
            .unsigned(),
    ]);
    let error = context(table)
        .unwrap()
        .sql("SELECT count(*) FROM records")
        .await
        .unwrap()
        .collect()
        .await
        .unwrap_err()
        .to_string();
    assert!(error.contains("s3://no-such-bucket/trail"), "{error}");
}
