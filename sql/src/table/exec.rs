//! The execution plan of a `records` scan: the deliveries left after pruning, split into
//! partitions that DataFusion reads in parallel.

use std::fmt;
use std::sync::Arc;

use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::error::{DataFusionError, Result};
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::physical_expr::{EquivalenceProperties, PhysicalExpr};
use datafusion::physical_plan::execution_plan::{Boundedness, EmissionType};
use datafusion::physical_plan::metrics::{ExecutionPlanMetricsSet, MetricsSet};
use datafusion::physical_plan::stream::RecordBatchStreamAdapter;
use datafusion::physical_plan::{
    DisplayAs, DisplayFormatType, ExecutionPlan, Partitioning, PlanProperties,
};
use futures::StreamExt;
use tokio::sync::mpsc;

use super::batch::BatchBuilder;
use super::metrics::ScanCounters;
use super::read::read_partition;
use super::report::ReadReport;
use crate::columns::Column;
use crate::sources::Delivery;

/// Batches in flight between a partition's reading thread and the query: enough to keep
/// both busy, few enough to bound memory.
const BATCHES_IN_FLIGHT: usize = 2;

/// Reads the deliveries of a scan.
#[derive(Debug)]
pub struct RecordsExec {
    partitions: Vec<Arc<[Delivery]>>,
    columns: Vec<Column>,
    pruned: u64,
    limit: Option<usize>,
    report: Arc<ReadReport>,
    properties: Arc<PlanProperties>,
    /// Its own metrics, or, once `counting_into`, another operator's.
    metrics: ExecutionPlanMetricsSet,
    /// The partition of that other operator its counts go under, if any.
    counted_as: Option<usize>,
}

impl RecordsExec {
    /// Its name among a plan's operators (`ExecutionPlan::name`).
    pub const NAME: &'static str = "RecordsExec";

    /// The same scan, counting what it reads ([`SCAN_METRICS`](crate::SCAN_METRICS)) into
    /// `metrics` under `partition` instead of into its own metrics: for an operator that
    /// reads one of its partitions' deliveries with a `RecordsExec` of one partition (a
    /// cluster's scan). Each delivery is counted as soon as it has been read, so a query that
    /// stops reading early (a `LIMIT`) still counts what was read.
    pub fn counting_into(mut self, metrics: &ExecutionPlanMetricsSet, partition: usize) -> Self {
        self.metrics = metrics.clone();
        self.counted_as = Some(partition);
        self
    }

    /// A scan of `deliveries` (`pruned` others left out) into `columns`, in up to
    /// `partitions` partitions.
    pub(crate) fn new(
        deliveries: Vec<Delivery>,
        columns: Vec<Column>,
        partitions: usize,
        pruned: u64,
        limit: Option<usize>,
        report: Arc<ReadReport>,
    ) -> RecordsExec {
        let count = partitions.clamp(1, deliveries.len().max(1));
        // Round robin: the layout's objects are alike in size, and each partition then holds
        // objects from the whole range of times.
        let mut split: Vec<Vec<Delivery>> = vec![Vec::new(); count];
        for (index, delivery) in deliveries.into_iter().enumerate() {
            split[index % count].push(delivery);
        }
        RecordsExec::from_partitions(split, columns, pruned, limit, report)
    }

    /// A scan of `partitions` as given, each a list of deliveries, into `columns`: what a
    /// plan's deserializer (a cluster's executor) rebuilds from [`partitions`](Self::partitions),
    /// [`columns`](Self::columns), [`pruned`](Self::pruned) and [`limit`](Self::limit). What
    /// it cannot read is counted in `report`.
    pub fn from_partitions(
        partitions: Vec<Vec<Delivery>>,
        columns: Vec<Column>,
        pruned: u64,
        limit: Option<usize>,
        report: Arc<ReadReport>,
    ) -> RecordsExec {
        let count = partitions.len().max(1);
        let mut partitions: Vec<Arc<[Delivery]>> = partitions.into_iter().map(Arc::from).collect();
        if partitions.is_empty() {
            partitions.push(Arc::from(Vec::new()));
        }
        let schema = BatchBuilder::new(&columns).schema();
        let properties = PlanProperties::new(
            EquivalenceProperties::new(schema),
            Partitioning::UnknownPartitioning(count),
            EmissionType::Incremental,
            Boundedness::Bounded,
        );
        RecordsExec {
            partitions,
            columns,
            pruned,
            limit,
            report,
            properties: Arc::new(properties),
            metrics: ExecutionPlanMetricsSet::new(),
            counted_as: None,
        }
    }

    /// The same scan with its deliveries dealt into up to `partitions` partitions, as a scan
    /// is first split (round robin): a cluster's scheduler splits a scan for its executors so.
    pub fn regrouped(&self, partitions: usize) -> RecordsExec {
        let deliveries = self
            .partitions
            .iter()
            .flat_map(|partition| partition.iter().cloned())
            .collect();
        RecordsExec::new(
            deliveries,
            self.columns.clone(),
            partitions,
            self.pruned,
            self.limit,
            Arc::clone(&self.report),
        )
    }

    /// How many deliveries the scan opens.
    pub fn deliveries(&self) -> usize {
        self.partitions
            .iter()
            .map(|partition| partition.len())
            .sum()
    }

    /// How many deliveries the filters left out.
    pub fn pruned(&self) -> u64 {
        self.pruned
    }

    /// The deliveries of each partition, in order.
    pub fn partitions(&self) -> &[Arc<[Delivery]>] {
        &self.partitions
    }

    /// The columns it decodes, in the order of its schema.
    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    /// The most rows each partition reads, if the query set a limit.
    pub fn limit(&self) -> Option<usize> {
        self.limit
    }
}

impl DisplayAs for RecordsExec {
    fn fmt_as(&self, _format: DisplayFormatType, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.columns.iter().map(|column| column.name()).collect();
        write!(
            f,
            "RecordsExec: deliveries={}, pruned={}, columns=[{}]",
            self.deliveries(),
            self.pruned,
            names.join(", ")
        )?;
        if let Some(limit) = self.limit {
            write!(f, ", limit={limit}")?;
        }
        Ok(())
    }
}

impl ExecutionPlan for RecordsExec {
    fn name(&self) -> &str {
        Self::NAME
    }

    fn properties(&self) -> &Arc<PlanProperties> {
        &self.properties
    }

    fn children(&self) -> Vec<&Arc<dyn ExecutionPlan>> {
        Vec::new()
    }

    fn apply_expressions(
        &self,
        _f: &mut dyn FnMut(&Arc<dyn PhysicalExpr>) -> Result<TreeNodeRecursion>,
    ) -> Result<TreeNodeRecursion> {
        Ok(TreeNodeRecursion::Continue)
    }

    /// What each partition read and left out ([`SCAN_METRICS`](crate::SCAN_METRICS)), as
    /// it reads.
    fn metrics(&self) -> Option<MetricsSet> {
        Some(self.metrics.clone_inner())
    }

    fn with_new_children(
        self: Arc<Self>,
        children: Vec<Arc<dyn ExecutionPlan>>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        if children.is_empty() {
            Ok(self)
        } else {
            Err(DataFusionError::Internal(
                "RecordsExec is a leaf: it takes no children".into(),
            ))
        }
    }

    fn execute(
        &self,
        partition: usize,
        context: Arc<TaskContext>,
    ) -> Result<SendableRecordBatchStream> {
        let deliveries = self.partitions.get(partition).cloned().ok_or_else(|| {
            DataFusionError::Internal(format!(
                "RecordsExec has {} partitions, not {}",
                self.partitions.len(),
                partition + 1
            ))
        })?;
        let builder = BatchBuilder::new(&self.columns);
        let schema = builder.schema();
        let batch_size = context.session_config().batch_size().max(1);
        let limit = self.limit;
        let report = Arc::clone(&self.report);
        let counters = ScanCounters::new(&self.metrics, self.counted_as.unwrap_or(partition));
        // Objects are fetched on the query's runtime, from the reading thread.
        let runtime = tokio::runtime::Handle::try_current().map_err(|error| {
            DataFusionError::Execution(format!("a records scan runs on a Tokio runtime: {error}"))
        })?;
        let (sender, receiver) = mpsc::channel(BATCHES_IN_FLIGHT);
        // Reading is blocking work (files, inflating, parsing): off the async threads.
        let reading = tokio::task::spawn_blocking(move || {
            read_partition(
                &deliveries,
                &runtime,
                builder,
                batch_size,
                limit,
                &mut |totals| {
                    counters.add(&totals);
                    report.add(totals);
                },
                &mut |batch| sender.blocking_send(batch).is_ok(),
            );
        });
        let batches = futures::stream::unfold(
            (receiver, Some(reading)),
            |(mut receiver, reading)| async move {
                if let Some(batch) = receiver.recv().await {
                    return Some((batch, (receiver, reading)));
                }
                // The thread is done: a panic in it must fail the query, not end it short.
                match reading?.await {
                    Ok(()) => None,
                    Err(error) => Some((
                        Err(DataFusionError::External(Box::new(error))),
                        (receiver, None),
                    )),
                }
            },
        );
        Ok(Box::pin(RecordBatchStreamAdapter::new(
            schema,
            batches.boxed(),
        )))
    }
}
