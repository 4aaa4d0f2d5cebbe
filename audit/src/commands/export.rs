//! `ecd-audit export`: deliveries' records as Parquet, partitioned by region and date.

use crate::cli::ExportArgs;
use crate::eprintln_escaped;
use crate::plural::count;

use super::Status;
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
    let report = table.report();
    let written = runtime.block_on(async {
        let context = super::sql::session(cluster(args), table).await?;
        ecd_sql::export_parquet(&context, &args.to).await
    });
    let totals = report.totals();
    let status = match written {
        // On a cluster, the executors read and write: a delivery they could not read failed
        // the export; their standard error says which malformed records they left out
        // (`ecd-audit cluster executor`).
        Ok(()) if cluster(args).is_some() => {
            eprintln_escaped!(
                "ecd-audit: exported to {} on the cluster; the executors say on their standard error which malformed records they left out",
                args.to.display()
            );
            return Status::Success;
        }
        Ok(()) => {
            eprintln_escaped!(
                "ecd-audit: exported {} from {} to {}",
                count(totals.records, "record", "records"),
                count(totals.opened, "delivery", "deliveries"),
                args.to.display()
            );
            super::Status::Success
        }
        Err(error) => {
            eprintln_escaped!("ecd-audit: export to {}: {error}", args.to.display());
            Status::Failed
        }
    };
    status.max(say_what_was_not_read(&totals))
}

/// The cluster `--cluster` names, if any.
fn cluster(args: &ExportArgs) -> Option<&str> {
    #[cfg(feature = "cluster")]
    return args.cluster.as_deref();
    #[cfg(not(feature = "cluster"))]
    {
        let _ = args;
        None
    }
}
