//! The scheduler: Ballista's, with the codecs that know ecd-sql's tables and functions.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use ballista_core::error::Result;
use ballista_core::utils::default_session_builder;
use ballista_scheduler::cluster::BallistaCluster;
use ballista_scheduler::config::SchedulerConfig;
use ballista_scheduler::scheduler_process::{create_scheduler, start_grpc_service_with_listener};
use ballista_scheduler::scheduler_server::SessionBuilder;
use datafusion_proto::protobuf::{LogicalPlanNode, PhysicalPlanNode};
use ecd_sql::datafusion::prelude::SessionConfig;
use tokio::net::{TcpListener, TcpSocket};

use crate::Vcores;
use crate::codec::{LogicalCodec, PhysicalCodec};
use crate::executor::HEARTBEAT_INTERVAL;

/// Where a scheduler listens, and how soon it gives up on a silent executor.
#[derive(Clone, Debug)]
pub struct SchedulerOptions {
    /// The address and port clients (`df://HOST:PORT`) and executors connect to.
    pub bind: SocketAddr,
    /// How long an executor may go unheard before the scheduler counts it lost and runs
    /// its tasks again elsewhere (or fails their queries when no executor is left).
    pub executor_timeout: Duration,
}

impl SchedulerOptions {
    /// The default timeout: six of an executor's heartbeats, so that a loaded executor is
    /// not lost for being late, while a query whose executor died waits half a minute, not
    /// Ballista's default three.
    pub const DEFAULT_EXECUTOR_TIMEOUT: Duration =
        Duration::from_secs(6 * HEARTBEAT_INTERVAL.as_secs());

    /// Listening on `bind`, with the default executor timeout.
    pub fn new(bind: SocketAddr) -> Self {
        SchedulerOptions {
            bind,
            executor_timeout: Self::DEFAULT_EXECUTOR_TIMEOUT,
        }
    }
}

/// Runs a scheduler until the process ends. Clients connect to it as `df://HOST:PORT`;
/// executors register with it.
pub async fn run_scheduler(options: SchedulerOptions) -> Result<()> {
    let timeout = options.executor_timeout.as_secs().max(1);
    let vcores = Vcores::default();
    let config = SchedulerConfig {
        bind_host: options.bind.ip().to_string(),
        bind_port: options.bind.port(),
        override_logical_codec: Some(Arc::new(LogicalCodec::on_scheduler(vcores.clone()))),
        override_session_builder: Some(session_builder(vcores.clone())),
        override_physical_codec: Some(Arc::new(PhysicalCodec::default())),
        executor_timeout_seconds: timeout,
        // Looked for a few times within the timeout, so that a lost executor's tasks wait
        // little longer than the timeout itself.
        expire_dead_executor_interval_seconds: (timeout / 4).max(1),
        // Ballista's own default: with the last executor lost, its queries fail after the
        // same wait, rather than hang until one registers.
        no_executors_grace_period_seconds: timeout,
        ..Default::default()
    };
    let cluster = BallistaCluster::new_from_config(&config).await?;
    let state = cluster.cluster_state();
    tokio::spawn(async move {
        if let Err(error) = vcores.follow(state).await {
            log::warn!(
                "the executors' vcores are not followed, so queries keep Ballista's 16 partitions: {error}"
            );
        }
    });
    // What Ballista's `start_server` does, but on a listener of our own: see `listen`.
    config.validate()?;
    let scheduler =
        create_scheduler::<LogicalPlanNode, PhysicalPlanNode>(cluster, Arc::new(config)).await?;
    let listener = listen(options.bind)?;
    log::info!(
        "ecd-audit's Ballista scheduler listening on {}",
        options.bind
    );
    start_grpc_service_with_listener(listener, scheduler).await
}

/// The scheduler's listening socket, with Nagle's algorithm off for every connection it
/// accepts (they inherit the option on Linux, as on the BSDs).
///
/// Ballista 55.0 serves the scheduler with `axum::serve` on a plain listener, so its
/// connections keep Nagle's algorithm on. A job's status, a small message that follows the
/// reply's headers, then waits for the client's delayed acknowledgement: some 40 ms on
/// Linux, added to every query (measured in docs/cluster.md). Ballista's clients and
/// executors turn it off on their side; this turns it off on the scheduler's.
fn listen(bind: SocketAddr) -> std::io::Result<TcpListener> {
    let socket = match bind {
        SocketAddr::V4(_) => TcpSocket::new_v4()?,
        SocketAddr::V6(_) => TcpSocket::new_v6()?,
    };
    socket.set_reuseaddr(true)?;
    socket.set_nodelay(true)?;
    socket.bind(bind)?;
    socket.listen(1024)
}

/// Ballista's session builder, with each query's partitions as many as the executors' vcores
/// ([`Vcores`] says why) once they are known.
fn session_builder(vcores: Vcores) -> SessionBuilder {
    Arc::new(move |config: SessionConfig| {
        let config = match vcores.now() {
            Some(vcores) => config.with_target_partitions(vcores),
            None => config,
        };
        default_session_builder(config)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_connections_the_scheduler_accepts_send_without_waiting_for_acknowledgements() {
        let listener = listen("127.0.0.1:0".parse().unwrap()).unwrap();
        let address = listener.local_addr().unwrap();
        let (client, accepted) =
            tokio::join!(tokio::net::TcpStream::connect(address), listener.accept());
        let _client = client.unwrap();
        let (accepted, _) = accepted.unwrap();
        assert!(accepted.nodelay().unwrap(), "Nagle's algorithm is on");
    }
}
