//! The executor: Ballista's, with the codecs that know ecd-sql's tables and functions, and
//! the ecd-events reader behind them.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use ballista_core::error::Result;
use ballista_executor::executor_process::{ExecutorProcessConfig, start_executor_process};
use ecd_sql::ReadReport;

use crate::codec::{LogicalCodec, PhysicalCodec};

/// How often an executor tells the scheduler it is alive. Ballista's default is a minute,
/// which, with its three-minute timeout, leaves a query whose executor died waiting for
/// minutes; `SchedulerOptions::DEFAULT_EXECUTOR_TIMEOUT` is six of these.
pub const HEARTBEAT_INTERVAL: Duration = Duration::from_secs(5);

/// Where an executor listens and whom it works for.
#[derive(Clone, Debug)]
pub struct ExecutorOptions {
    /// The scheduler's host and port.
    pub scheduler: (String, u16),
    /// The address of its Arrow Flight service, which serves the partitions it computed.
    pub bind: SocketAddr,
    /// The port of its gRPC service, on the same host.
    pub grpc_port: u16,
    /// How many tasks it runs at once (by default, one per core).
    pub concurrency: usize,
}

/// Runs an executor until the process ends. What its scans cannot read is counted in
/// `report` and logged.
pub async fn run_executor(options: ExecutorOptions, report: Arc<ReadReport>) -> Result<()> {
    let config = ExecutorProcessConfig {
        bind_host: options.bind.ip().to_string(),
        port: options.bind.port(),
        grpc_port: options.grpc_port,
        scheduler_host: options.scheduler.0,
        scheduler_port: options.scheduler.1,
        vcores: options.concurrency,
        executor_heartbeat_interval_seconds: HEARTBEAT_INTERVAL.as_secs(),
        override_logical_codec: Some(Arc::new(LogicalCodec::default())),
        override_physical_codec: Some(Arc::new(PhysicalCodec::new(report))),
        ..Default::default()
    };
    start_executor_process(Arc::new(config)).await
}
