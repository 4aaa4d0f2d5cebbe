//! [`Vcores`]: how many tasks the scheduler's executors run at once, which sizes each query's
//! partitions.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use ballista_core::error::Result;
use ballista_scheduler::cluster::ClusterState;
use futures::StreamExt;

/// The vcores (tasks at a time) of the executors registered with a scheduler, kept current
/// as executors come and go (the scheduler follows its cluster's events).
///
/// Ballista plans every query in 16 partitions whatever the cluster, and a task costs some
/// 10 ms however little it reads: on the benchmark archive, two one-task executors ran 8
/// tasks each for the scan and 8 more for the final counts, 1.4 times as fast as one
/// executor, where as many partitions as vcores gave 1.7 times (benches/README.md, "A
/// cluster"). So the scheduler plans each query in as many partitions as its executors have
/// vcores, and a scan of `records` in a multiple of them ([`crate::scan::partitions_for`]).
/// Zero (unknown) until the scheduler has counted, and on every other side.
#[derive(Clone, Default)]
pub struct Vcores(Arc<AtomicUsize>);

impl Vcores {
    /// The count, if the scheduler has made one and an executor is registered.
    pub(crate) fn now(&self) -> Option<usize> {
        match self.0.load(Ordering::Relaxed) {
            0 => None,
            vcores => Some(vcores),
        }
    }

    /// Counts the executors of `state` now and each time one registers or is removed, until
    /// the scheduler ends.
    pub(crate) async fn follow(self, state: Arc<dyn ClusterState>) -> Result<()> {
        // Subscribed first, so that no change between the count and the stream is missed.
        let mut changes = state.cluster_state_events().await?;
        self.count(state.as_ref()).await;
        while changes.next().await.is_some() {
            self.count(state.as_ref()).await;
        }
        Ok(())
    }

    async fn count(&self, state: &dyn ClusterState) {
        let vcores = state
            .registered_executor_metadata()
            .await
            .iter()
            .map(|executor| executor.specification.vcores as usize)
            .sum();
        self.0.store(vcores, Ordering::Relaxed);
    }
}

impl fmt::Debug for Vcores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Vcores").field(&self.now()).finish()
    }
}
