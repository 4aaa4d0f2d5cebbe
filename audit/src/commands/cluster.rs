//! `ecd-audit cluster`: a Ballista scheduler or executor that knows ecd-sql's tables.

use std::sync::Arc;
use std::time::Duration;

use ecd_sql::ReadReport;

use crate::cli::{ClusterArgs, ClusterProcess};
use crate::eprintln_escaped;

use super::Status;
use super::sql::{runtime, say_what_was_not_read};

/// How often an executor checks whether its scans met something they could not read.
const DAMAGE_REPORT_INTERVAL: Duration = Duration::from_secs(2);

/// Says Ballista's warnings and errors (and, with `RUST_LOG=info` or `debug`, more) on
/// standard error, escaped like every message of the tool: they can hold record text.
struct StderrLog {
    level: log::LevelFilter,
}

impl log::Log for StderrLog {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= self.level
    }

    fn log(&self, record: &log::Record<'_>) {
        if self.enabled(record.metadata()) {
            let text = record.args().to_string();
            eprintln_escaped!(
                "ecd-audit: {} {}: {text}",
                record.level().as_str().to_lowercase(),
                record.target()
            );
        }
    }

    fn flush(&self) {}
}

/// Installs [`StderrLog`] at the level `RUST_LOG` names (`warn` without it).
fn log_to_stderr() {
    let level = std::env::var("RUST_LOG")
        .ok()
        .and_then(|level| level.parse().ok())
        .unwrap_or(log::LevelFilter::Warn);
    if log::set_boxed_logger(Box::new(StderrLog { level })).is_ok() {
        log::set_max_level(level);
    }
}

/// Runs the process until it is stopped (0 if it then ends cleanly); 2, with why on
/// standard error, when it cannot run.
pub fn cluster(args: &ClusterArgs) -> Status {
    log_to_stderr();
    let Some(runtime) = runtime() else {
        return Status::Failed;
    };
    runtime.block_on(async {
        let result = match &args.process {
            ClusterProcess::Scheduler {
                bind,
                executor_timeout,
            } => {
                let options = ecd_cluster::SchedulerOptions {
                    executor_timeout: Duration::from_secs(*executor_timeout),
                    ..ecd_cluster::SchedulerOptions::new(*bind)
                };
                ecd_cluster::run_scheduler(options).await
            }
            ClusterProcess::Executor {
                scheduler,
                bind,
                grpc_port,
                concurrency,
            } => {
                let Some(scheduler) = host_and_port(scheduler) else {
                    eprintln_escaped!(
                        "ecd-audit: --scheduler {scheduler}: expected HOST:PORT, such as 10.0.0.5:50050"
                    );
                    return Status::Failed;
                };
                let options = ecd_cluster::ExecutorOptions {
                    scheduler,
                    bind: *bind,
                    grpc_port: *grpc_port,
                    concurrency: concurrency
                        .map(|n| n.get())
                        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
                };
                let report = Arc::new(ReadReport::default());
                tokio::spawn(say_damage(Arc::clone(&report)));
                ecd_cluster::run_executor(options, report).await
            }
        };
        match result {
            Ok(()) => Status::Success,
            Err(error) => {
                eprintln_escaped!("ecd-audit: cluster: {error}");
                Status::Failed
            }
        }
    })
}

/// `HOST:PORT` as its two parts.
fn host_and_port(text: &str) -> Option<(String, u16)> {
    let (host, port) = text.rsplit_once(':')?;
    let port = port.parse().ok()?;
    (!host.is_empty()).then(|| (host.trim_matches(['[', ']']).to_owned(), port))
}

/// Says on standard error what the executor's scans could not read so far, each time it
/// grows: a query's client cannot see it, so the executor's log must.
async fn say_damage(report: Arc<ReadReport>) {
    let mut said = (0, 0, 0);
    loop {
        tokio::time::sleep(DAMAGE_REPORT_INTERVAL).await;
        let totals = report.totals();
        let now = (
            totals.malformed,
            totals.times_not_times,
            totals.unreadable.len(),
        );
        if now != said {
            said = now;
            let _ = say_what_was_not_read(&totals);
        }
    }
}
