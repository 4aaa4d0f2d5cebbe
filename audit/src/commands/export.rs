//! `ecd-audit export`: deliveries' records as Parquet, partitioned by region and date.

use std::sync::Arc;

use ecd_sql::datafusion::error::DataFusionError;
use ecd_sql::datafusion::physical_plan::collect;

use crate::cli::ExportArgs;
use crate::eprintln_escaped;
use crate::plural::count;

use super::Status;
use super::session::{read_totals, session};
use super::sql::{records_table, runtime, say_what_was_not_read};

/// Writes the records of the deliveries the arguments name under `--to`.
pub fn export(args: &ExportArgs) -> Status {
    // Files of an earlier export would mix with this one's, under names no one can tell apart.
    match std::fs::read_dir(&args.to).map(|mut entries| entries.next().is_some()) {
        Ok(true) => {
            eprintln_escaped!(
                "ecd-audit: export: {} is not empty: name a new or empty directory",
                args.to.display()
            );
            return Status::Failed;
        }
        Ok(false) => {}
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(error) => {
            eprintln_escaped!("ecd-audit: export: {}: {error}", args.to.display());
            return Status::Failed;
        }
    }
    let Some(table) = records_table(&args.paths, &args.remote) else {
        return Status::Failed;
    };
    let Some(runtime) = runtime() else {
        return Status::Failed;
    };
    let cluster = args.cluster.url();
    let report = table.report();
    let exported = runtime.block_on(async {
        let context = session(cluster, table).await?;
        let plan = ecd_sql::export_plan(&context, &args.to).await?;
        collect(Arc::clone(&plan), context.task_ctx()).await?;
        // Written: what the scans left out is asked for apart, and said apart if unknown.
        Ok::<_, DataFusionError>(read_totals(cluster, plan.as_ref(), &context, &report).await)
    });
    let totals = match exported {
        Ok(Ok(totals)) => totals,
        Ok(Err(error)) => {
            eprintln_escaped!(
                "ecd-audit: exported to {} on the cluster, but what its scans left out is unknown: {error}",
                args.to.display()
            );
            return Status::Failed;
        }
        Err(error) => {
            eprintln_escaped!("ecd-audit: export to {}: {error}", args.to.display());
            // What a local export could not read is still worth saying.
            if cluster.is_none() {
                say_what_was_not_read(&report.totals());
            }
            return Status::Failed;
        }
    };
    // On a cluster, the executors read and wrote: a delivery they could not read failed
    // the export, and they name the malformed records they left out on their standard error.
    let place = match cluster {
        Some(_) => " on the cluster",
        None => "",
    };
    eprintln_escaped!(
        "ecd-audit: exported {} from {} to {}{place}",
        count(totals.records, "record", "records"),
        count(totals.opened, "delivery", "deliveries"),
        args.to.display()
    );
    say_what_was_not_read(&totals)
}
