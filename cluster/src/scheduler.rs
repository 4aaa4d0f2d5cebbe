//! The scheduler: Ballista's, with the codecs that know ecd-sql's tables and functions.

use std::net::SocketAddr;
use std::sync::Arc;

use ballista_core::error::Result;
use ballista_scheduler::cluster::BallistaCluster;
use ballista_scheduler::config::SchedulerConfig;
use ballista_scheduler::scheduler_process::start_server;

use crate::codec::{LogicalCodec, PhysicalCodec};

/// Runs a scheduler listening on `address` until the process ends. Clients connect to it
/// as `df://HOST:PORT`; executors register with it.
pub async fn run_scheduler(address: SocketAddr) -> Result<()> {
    let config = SchedulerConfig {
        bind_host: address.ip().to_string(),
        bind_port: address.port(),
        override_logical_codec: Some(Arc::new(LogicalCodec::default())),
        override_physical_codec: Some(Arc::new(PhysicalCodec::default())),
        ..Default::default()
    };
    let cluster = BallistaCluster::new_from_config(&config).await?;
    start_server(cluster, address, Arc::new(config)).await
}
