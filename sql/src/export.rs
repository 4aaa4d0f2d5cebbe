//! Parquet out: the `records` table written as `region=.../date=.../*.parquet`, which
//! DuckDB, Spark, Trino and DataFusion read with their partitions.

use std::path::Path;

use datafusion::dataframe::DataFrameWriteOptions;
use datafusion::error::{DataFusionError, Result};
use datafusion::prelude::SessionContext;

use crate::columns::Column;

/// The folder of rows whose `region` or `date` is null, as Hive, Spark and Trino name it
/// (DataFusion would write an empty region and 1970-01-01 for a null date).
pub const NULL_PARTITION: &str = "__HIVE_DEFAULT_PARTITION__";

/// Writes every row of the `records` table registered in `context` to Parquet files under
/// `directory`, partitioned by `region` and `date` (hive style: those two columns are the
/// folders' names, not columns of the files). Rows without a region or a date (an `eventTime`
/// that is not a time) go to [`NULL_PARTITION`].
pub async fn export_parquet(context: &SessionContext, directory: &Path) -> Result<()> {
    let directory = directory.to_str().ok_or_else(|| {
        DataFusionError::Plan(format!(
            "{}: the export's directory must be named in UTF-8",
            directory.display()
        ))
    })?;
    // A trailing slash: a directory of files, not one file.
    let directory = format!("{}/", directory.trim_end_matches('/'));
    let columns: Vec<String> = Column::ALL
        .iter()
        .map(|column| match column {
            Column::Region => format!("coalesce(region, '{NULL_PARTITION}') AS region"),
            Column::Date => format!("coalesce(CAST(date AS VARCHAR), '{NULL_PARTITION}') AS date"),
            other => other.name().to_owned(),
        })
        .collect();
    let records = context
        .sql(&format!("SELECT {} FROM records", columns.join(", ")))
        .await?;
    records
        .write_parquet(
            &directory,
            DataFrameWriteOptions::new()
                .with_partition_by(vec!["region".to_owned(), "date".to_owned()]),
            None,
        )
        .await?;
    Ok(())
}
