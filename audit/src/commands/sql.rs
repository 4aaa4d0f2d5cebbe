//! `ecd-audit sql`: a query over deliveries, on DataFusion (the `ecd-sql` crate).

use std::path::PathBuf;

use ecd_sql::{Delivery, ReadTotals, RecordsTable};
use std::io::Write;

use futures::StreamExt;

use crate::archive::{self, Selection, Source};
use crate::cli::{RemoteArgs, SqlArgs};
use crate::eprintln_escaped;
use crate::plural::count;

use super::Status;
use super::sql_output::ResultWriter;

/// Runs the query over the deliveries the arguments name and writes its result.
pub fn sql(args: &SqlArgs) -> Status {
    let Some(table) = records_table(&args.paths, &args.remote) else {
        return Status::Failed;
    };
    let Some(runtime) = runtime() else {
        return Status::Failed;
    };
    let report = table.report();
    let status = runtime.block_on(async {
        let context = match context(args, table).await {
            Ok(context) => context,
            Err(error) => {
                eprintln_escaped!("ecd-audit: sql: {error}");
                return Status::Failed;
            }
        };
        let stream = match context.sql(&args.query).await {
            Ok(frame) => frame.execute_stream().await,
            Err(error) => Err(error),
        };
        let mut stream = match stream {
            Ok(stream) => stream,
            Err(error) => {
                eprintln_escaped!("ecd-audit: sql: the query cannot run: {error}");
                return Status::Failed;
            }
        };
        let mut writer = ResultWriter::new(args.format, stream.schema());
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        let mut written = Ok(());
        let mut failed = None;
        while let Some(batch) = stream.next().await {
            match batch {
                Ok(batch) => written = writer.push(&batch, &mut out),
                Err(error) => failed = Some(error),
            }
            if written.is_err() || failed.is_some() {
                break;
            }
        }
        // A query that failed gets no closing header or table: what was written is not a
        // result to be read as whole (and the exit status says so).
        let written = match failed {
            None => written.and_then(|()| writer.finish(&mut out)),
            Some(_) => written,
        }
        .and_then(|()| out.flush());
        match written {
            // A reader that stopped reading (`| head`) is not an error.
            Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
                eprintln_escaped!("ecd-audit: cannot write to standard output: {error}");
                return Status::Failed;
            }
            _ => {}
        }
        match failed {
            Some(error) => {
                eprintln_escaped!("ecd-audit: sql: the query failed: {error}");
                Status::Failed
            }
            None => Status::Success,
        }
    });
    #[cfg(feature = "cluster")]
    if args.cluster.is_some() {
        // The executors read the deliveries: a delivery they could not read failed the
        // query; the malformed records they left out are on their standard error
        // (`ecd-audit cluster executor` says them there), not here.
        eprintln_escaped!(
            "ecd-audit: note: on a cluster, the executors say on their standard error which malformed records they left out"
        );
        return status;
    }
    status.max(say_what_was_not_read(&report.totals()))
}

/// A session with `table`: local, or on the cluster `--cluster` names.
async fn context(
    args: &SqlArgs,
    table: RecordsTable,
) -> ecd_sql::datafusion::error::Result<ecd_sql::datafusion::prelude::SessionContext> {
    #[cfg(feature = "cluster")]
    return session(args.cluster.as_deref(), table).await;
    #[cfg(not(feature = "cluster"))]
    {
        let _ = args;
        session(None, table).await
    }
}

/// A session with `table`: on the cluster whose scheduler is at `cluster`, or local.
pub(super) async fn session(
    cluster: Option<&str>,
    table: RecordsTable,
) -> ecd_sql::datafusion::error::Result<ecd_sql::datafusion::prelude::SessionContext> {
    #[cfg(feature = "cluster")]
    if let Some(url) = cluster {
        return ecd_cluster::remote_context(url, table).await;
    }
    #[cfg(not(feature = "cluster"))]
    let _ = cluster;
    ecd_sql::context(table)
}

/// The table of the deliveries `paths` name: files and directories walked as `scan` walks
/// them, and archives in buckets (`oss://`, `s3://`, reached as `remote` says), listed when
/// the query is planned. `None`, with why on standard error, if a path cannot be read or
/// names standard input (a query reads its deliveries by path).
pub(super) fn records_table(paths: &[PathBuf], remote: &RemoteArgs) -> Option<RecordsTable> {
    let (local, archives) = archive::bucket::split(paths, &remote.reach());
    let deliveries = match local.is_empty() {
        true => Vec::new(),
        false => deliveries(&local)?,
    };
    Some(RecordsTable::new(deliveries).with_archives(archives))
}

/// The deliveries under `paths`, walked as `scan` walks them (each file once, hidden ones and
/// pipes left out); `None`, with why on standard error, if a path cannot be read or names
/// standard input.
fn deliveries(paths: &[PathBuf]) -> Option<Vec<Delivery>> {
    let inputs = archive::find(paths, &Selection::default());
    for problem in &inputs.problems {
        eprintln_escaped!("ecd-audit: {problem}");
    }
    for link in &inputs.loops {
        eprintln_escaped!("ecd-audit: note: {link}");
    }
    for file in &inputs.not_regular {
        eprintln_escaped!("ecd-audit: note: {file}");
    }
    let mut deliveries = Vec::with_capacity(inputs.inputs.len());
    let mut usable = inputs.problems.is_empty();
    for input in inputs.inputs {
        match input.source {
            Source::File(path) => deliveries.push(Delivery::file(path)),
            Source::Object(object) => deliveries.push(Delivery::bucket_object(object)),
            Source::Stdin | Source::Bundled(_) => {
                eprintln_escaped!(
                    "ecd-audit: {}: standard input cannot be queried: save it to a file and name that",
                    input.label
                );
                usable = false;
            }
        }
    }
    usable.then_some(deliveries)
}

/// The runtime queries run on: a thread for each core.
pub(super) fn runtime() -> Option<tokio::runtime::Runtime> {
    // Timers and the I/O driver: buckets are read over HTTP, a cluster's client talks gRPC.
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => Some(runtime),
        Err(error) => {
            eprintln_escaped!("ecd-audit: cannot start the query's threads: {error}");
            None
        }
    }
}

/// Says on standard error what the result does not hold: malformed records (counted, the
/// first named) and deliveries that could not be read (each named: then 2).
pub(super) fn say_what_was_not_read(totals: &ReadTotals) -> Status {
    if totals.malformed > 0 {
        eprintln_escaped!(
            "ecd-audit: note: {} not in the result (malformed); the first:",
            count(totals.malformed, "record", "records")
        );
        for example in &totals.malformed_examples {
            eprintln_escaped!("ecd-audit:   {example}");
        }
    }
    if totals.times_not_times > 0 {
        eprintln_escaped!(
            "ecd-audit: note: {} whose eventTime is not a time: event_time and date are null",
            count(totals.times_not_times, "record", "records")
        );
    }
    for why in &totals.unreadable {
        eprintln_escaped!("ecd-audit: {why}");
    }
    if totals.unreadable.is_empty() {
        Status::Success
    } else {
        Status::Failed
    }
}
