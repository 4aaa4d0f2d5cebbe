//! `ecd-audit sql`: a query over deliveries, on DataFusion (the `ecd-sql` crate).

use std::path::PathBuf;

use std::io::Write;
use std::sync::Arc;

use ecd_sql::datafusion::physical_plan::execute_stream;
use ecd_sql::{Delivery, ReadTotals, RecordsTable};

use futures::StreamExt;

use crate::archive::{self, Selection, Source};
use crate::cli::{RemoteArgs, SqlArgs};
use crate::eprintln_escaped;
use crate::plural::count;

use super::Status;
use super::session::{read_totals, session};
use super::sql_output::ResultWriter;

/// Runs the query over the deliveries the arguments name and writes its result.
pub fn sql(args: &SqlArgs) -> Status {
    let Some(table) = records_table(&args.paths, &args.remote) else {
        return Status::Failed;
    };
    let Some(runtime) = runtime() else {
        return Status::Failed;
    };
    let cluster = args.cluster.url();
    let report = table.report();
    runtime.block_on(async {
        let context = match session(cluster, table).await {
            Ok(context) => context,
            Err(error) => {
                eprintln_escaped!("ecd-audit: sql: {error}");
                return Status::Failed;
            }
        };
        let plan = match context.sql(&args.query).await {
            Ok(frame) => frame.create_physical_plan().await,
            Err(error) => Err(error),
        };
        let stream = plan.and_then(|plan| {
            let stream = execute_stream(Arc::clone(&plan), context.task_ctx())?;
            Ok((plan, stream))
        });
        let (plan, mut stream) = match stream {
            Ok(planned) => planned,
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
        let mut status = Status::Success;
        match written {
            // A reader that stopped reading (`| head`) is not an error.
            Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
                eprintln_escaped!("ecd-audit: cannot write to standard output: {error}");
                status = Status::Failed;
            }
            _ => {}
        }
        if let Some(error) = &failed {
            eprintln_escaped!("ecd-audit: sql: the query failed: {error}");
            status = Status::Failed;
        }
        // A failed job's counts are not worth asking a cluster for.
        if failed.is_some() && cluster.is_some() {
            return status;
        }
        match read_totals(cluster, plan.as_ref(), &context, &report).await {
            Ok(totals) => status.max(say_what_was_not_read(&totals)),
            Err(error) => {
                eprintln_escaped!("ecd-audit: sql: what the scans left out is unknown: {error}");
                Status::Failed
            }
        }
    })
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
    if totals.malformed > 0 && totals.malformed_examples.is_empty() {
        // A cluster's executors counted them, and name them on their standard error.
        eprintln_escaped!(
            "ecd-audit: note: {} not in the result (malformed); the executors' standard error names them",
            count(totals.malformed, "record", "records")
        );
    } else if totals.malformed > 0 {
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
