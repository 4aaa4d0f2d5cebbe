//! The Parquet export, read back by DataFusion's own Parquet reader and compared with the
//! records as the `ecd-events` reader reads them.

use std::collections::BTreeMap;

use datafusion::arrow::array::AsArray;
use datafusion::arrow::datatypes::{DataType, Int64Type};
use datafusion::prelude::{ParquetReadOptions, SessionContext};
use ecd_events::fixtures::OssArchive;
use ecd_events::records::RecordReader;
use ecd_sql::{RecordsTable, context, export_parquet, sources};

#[tokio::test]
async fn the_export_reads_back_partition_by_partition_as_the_records_are() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("archive");
    // Windows across midnight: two dates.
    let mut fixture = OssArchive::new(&["cn-hangzhou", "cn-beijing"], 6, 25);
    fixture.start = "2025-03-04T23:45:00Z".parse().unwrap();
    let objects = fixture.write(&archive).unwrap();

    // What the reader finds: records by region and UTC date.
    let mut expected: BTreeMap<(String, String), i64> = BTreeMap::new();
    for object in &objects {
        RecordReader::open(&object.path)
            .unwrap()
            .for_each_borrowed(|record| {
                let record = record.unwrap();
                let date = record.time().unwrap().date_naive().to_string();
                let region = record.acs_region.as_deref().unwrap().to_owned();
                *expected.entry((region, date)).or_default() += 1;
            });
    }
    assert_eq!(expected.len(), 4, "{expected:?}");

    let table = RecordsTable::new(sources::find(&[&archive]).deliveries);
    let exported = dir.path().join("parquet");
    export_parquet(&context(table).unwrap(), &exported)
        .await
        .unwrap();

    let reader = SessionContext::new();
    reader
        .register_parquet(
            "exported",
            exported.to_str().unwrap(),
            ParquetReadOptions::default().table_partition_cols(vec![
                ("region".into(), DataType::Utf8),
                ("date".into(), DataType::Utf8),
            ]),
        )
        .await
        .unwrap();
    let batches = reader
        .sql("SELECT region, date, count(*), count(DISTINCT event_id), count(event_time) FROM exported GROUP BY 1, 2")
        .await
        .unwrap()
        .collect()
        .await
        .unwrap();
    let mut found = BTreeMap::new();
    for batch in &batches {
        for row in 0..batch.num_rows() {
            let column = |index: usize| {
                datafusion::arrow::compute::cast(batch.column(index), &DataType::Utf8).unwrap()
            };
            let (region, date) = (column(0), column(1));
            let count = batch.column(2).as_primitive::<Int64Type>().value(row);
            assert_eq!(
                batch.column(3).as_primitive::<Int64Type>().value(row),
                count
            );
            assert_eq!(
                batch.column(4).as_primitive::<Int64Type>().value(row),
                count
            );
            found.insert(
                (
                    region.as_string::<i32>().value(row).to_owned(),
                    date.as_string::<i32>().value(row).to_owned(),
                ),
                count,
            );
        }
    }
    assert_eq!(found, expected);
}

#[tokio::test]
async fn rows_without_a_region_or_a_date_go_to_hives_null_partition() {
    let dir = tempfile::tempdir().unwrap();
    let deliveries = dir.path().join("deliveries");
    std::fs::create_dir(&deliveries).unwrap();
    std::fs::write(
        deliveries.join("a.jsonl"),
        concat!(
            r#"{"eventId":"E-1","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:52Z"}"#,
            "\n",
            r#"{"eventId":"E-2","eventName":"StopDesktops","eventTime":"yesterday","acsRegion":"cn-hangzhou"}"#,
            "\n",
        ),
    )
    .unwrap();
    let table = RecordsTable::new(sources::find(&[&deliveries]).deliveries);
    let exported = dir.path().join("parquet");
    export_parquet(&context(table).unwrap(), &exported)
        .await
        .unwrap();
    let null = ecd_sql::NULL_PARTITION;
    // Not an empty region, and not 1970-01-01 for a time that is not one.
    assert!(
        exported
            .join(format!("region={null}/date=2025-03-04"))
            .is_dir()
    );
    assert!(
        exported
            .join(format!("region=cn-hangzhou/date={null}"))
            .is_dir()
    );
    assert_eq!(std::fs::read_dir(&exported).unwrap().count(), 2);
}
