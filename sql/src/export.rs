//! Parquet out: the `records` table written as `region=.../date=.../*.parquet`, which
//! DuckDB, Spark, Trino and DataFusion read with their partitions.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use datafusion::datasource::file_format::format_as_file_type;
use datafusion::datasource::file_format::parquet::ParquetFormatFactory;
use datafusion::error::{DataFusionError, Result};
use datafusion::logical_expr::LogicalPlanBuilder;
use datafusion::physical_plan::{ExecutionPlan, collect};
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
    let plan = export_plan(context, directory).await?;
    collect(plan, context.task_ctx()).await?;
    Ok(())
}

/// The plan that [`export_parquet`] runs: for a caller that runs it itself and then reads
/// its metrics (a cluster's client, which asks the scheduler what the executors' scans
/// left out).
pub async fn export_plan(
    context: &SessionContext,
    directory: &Path,
) -> Result<Arc<dyn ExecutionPlan>> {
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
    // `DataFrame::write_parquet`'s plan, which that method runs without returning it.
    let copy = LogicalPlanBuilder::copy_to(
        records.into_unoptimized_plan(),
        directory,
        format_as_file_type(Arc::new(ParquetFormatFactory::new())),
        HashMap::new(),
        vec!["region".to_owned(), "date".to_owned()],
    )?
    .build()?;
    context.state().create_physical_plan(&copy).await
}
