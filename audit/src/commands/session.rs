//! Where `sql` and `export` run their statements: a local DataFusion session, or a cluster's
//! (`--cluster`, in a build with `cluster`); and, after a statement, what its scans read and
//! left out, wherever they ran.

use ecd_sql::datafusion::error::Result;
use ecd_sql::datafusion::physical_plan::ExecutionPlan;
use ecd_sql::datafusion::prelude::SessionContext;
use ecd_sql::{ReadReport, ReadTotals, RecordsTable};

/// A session with `table`: on the cluster whose scheduler is at `cluster`, or local.
pub(super) async fn session(cluster: Option<&str>, table: RecordsTable) -> Result<SessionContext> {
    #[cfg(feature = "cluster")]
    if let Some(url) = cluster {
        return ecd_cluster::remote_context(url, table).await;
    }
    #[cfg(not(feature = "cluster"))]
    let _ = cluster;
    ecd_sql::context(table)
}

/// What the scans of `plan`, run to its end in `context`, read and left out. Locally,
/// `report` (the table's) counted it, naming the first malformed records. On a cluster the
/// executors counted it, and the scheduler keeps their counts: the malformed records
/// themselves are named on the executors' standard error.
pub(super) async fn read_totals(
    cluster: Option<&str>,
    plan: &dyn ExecutionPlan,
    context: &SessionContext,
    report: &ReadReport,
) -> Result<ReadTotals> {
    #[cfg(feature = "cluster")]
    if let Some(url) = cluster {
        return Ok(
            ecd_cluster::read_totals(plan, &context.copied_config(), url)
                .await?
                .unwrap_or_default(),
        );
    }
    let _ = (cluster, plan, context);
    Ok(report.totals())
}
