//! Parquet out: the `records` table written as `region=.../date=.../*.parquet`, which
//! DuckDB, Spark, Trino and DataFusion read with their partitions.

use std::path::Path;

use datafusion::dataframe::DataFrameWriteOptions;
use datafusion::error::{DataFusionError, Result};
use datafusion::prelude::SessionContext;

/// Writes every row of the `records` table registered in `context` to Parquet files under
/// `directory`, partitioned by `region` and `date` (hive style: those two columns are the
/// folders' names, not columns of the files). Rows without a region or a date go to the
/// folder DataFusion names for nulls.
pub async fn export_parquet(context: &SessionContext, directory: &Path) -> Result<()> {
    let directory = directory.to_str().ok_or_else(|| {
        DataFusionError::Plan(format!(
            "{}: the export's directory must be named in UTF-8",
            directory.display()
        ))
    })?;
    // A trailing slash: a directory of files, not one file.
    let directory = format!("{}/", directory.trim_end_matches('/'));
    let records = context.table("records").await?;
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
