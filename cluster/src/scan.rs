//! [`DistributedRecordsScan`]: a scan of `records` whose partitions Ballista can hand to
//! different tasks, and the table that the scheduler plans it from.
//!
//! Ballista runs a stage as tasks, each over a slice of the stage's partitions, and restricts
//! each task's plan to its slice by rewriting the leaves it knows (file scans, in-memory
//! tables, shuffle readers). ecd-sql's `RecordsExec` is a leaf it does not know: left whole,
//! every task would read every partition, and a count would come out multiplied by the
//! number of tasks. So on a cluster the deliveries become an in-memory table, one partition
//! of paths per partition of the scan, which Ballista slices, and the reading happens above
//! it, partition for partition.

use std::fmt;
use std::sync::Arc;

use async_trait::async_trait;
use ecd_sql::columns::Column;
use ecd_sql::datafusion::arrow::array::{Array, RecordBatch, StringArray, UInt64Array};
use ecd_sql::datafusion::arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use ecd_sql::datafusion::catalog::Session;
use ecd_sql::datafusion::common::tree_node::TreeNodeRecursion;
use ecd_sql::datafusion::datasource::memory::MemorySourceConfig;
use ecd_sql::datafusion::datasource::{TableProvider, TableType};
use ecd_sql::datafusion::error::{DataFusionError, Result};
use ecd_sql::datafusion::execution::{SendableRecordBatchStream, TaskContext};
use ecd_sql::datafusion::logical_expr::{Expr, TableProviderFilterPushDown};
use ecd_sql::datafusion::physical_expr::{EquivalenceProperties, PhysicalExpr};
use ecd_sql::datafusion::physical_plan::execution_plan::{Boundedness, EmissionType};
use ecd_sql::datafusion::physical_plan::metrics::{ExecutionPlanMetricsSet, MetricsSet};
use ecd_sql::datafusion::physical_plan::stream::RecordBatchStreamAdapter;
use ecd_sql::datafusion::physical_plan::{
    DisplayAs, DisplayFormatType, ExecutionPlan, Partitioning, PlanProperties,
};
use ecd_sql::ecd_bucket::object_store::path::Path as ObjectPath;
use ecd_sql::ecd_bucket::{Object, StoreKey};
use ecd_sql::{Delivery, Location, ReadReport, RecordsExec, RecordsTable};
use futures::{StreamExt, TryStreamExt};

use crate::Vcores;
use crate::store::{Store, shared};

/// The columns of the in-memory table of paths.
const PATH_COLUMN: &str = "delivery_path";
const STORE_COLUMN: &str = "delivery_store";
const SIZE_COLUMN: &str = "delivery_size";

/// Reads, for each partition of its input (a table of delivery paths), those deliveries'
/// records into `columns`, as `RecordsExec` reads one partition.
#[derive(Debug)]
pub struct DistributedRecordsScan {
    paths: Arc<dyn ExecutionPlan>,
    columns: Vec<Column>,
    limit: Option<usize>,
    report: Arc<ReadReport>,
    schema: SchemaRef,
    properties: Arc<PlanProperties>,
    metrics: ExecutionPlanMetricsSet,
}

impl DistributedRecordsScan {
    /// Its name among a plan's operators, as the scheduler reports a job's operators.
    pub const NAME: &'static str = "DistributedRecordsScan";

    /// A scan of the deliveries whose paths `paths` gives, partition for partition.
    pub fn new(
        paths: Arc<dyn ExecutionPlan>,
        columns: Vec<Column>,
        limit: Option<usize>,
        report: Arc<ReadReport>,
    ) -> DistributedRecordsScan {
        // The schema RecordsExec gives these columns.
        let schema =
            RecordsExec::from_partitions(Vec::new(), columns.clone(), 0, None, Arc::default())
                .schema();
        let partitions = paths.properties().output_partitioning().partition_count();
        let properties = PlanProperties::new(
            EquivalenceProperties::new(Arc::clone(&schema)),
            Partitioning::UnknownPartitioning(partitions),
            EmissionType::Incremental,
            Boundedness::Bounded,
        );
        DistributedRecordsScan {
            paths,
            columns,
            limit,
            report,
            schema,
            properties: Arc::new(properties),
            metrics: ExecutionPlanMetricsSet::new(),
        }
    }

    /// The same scan as `scan`, with its deliveries as an in-memory table of paths (and,
    /// for objects in buckets, their stores and sizes): in `scan`'s partitions, or, given
    /// the cluster's `vcores`, in as many as [`partitions_for`] says.
    pub fn of(scan: &RecordsExec, vcores: Option<usize>) -> Result<DistributedRecordsScan> {
        let schema = paths_schema();
        let regrouped;
        let scan = match vcores {
            None => scan,
            Some(vcores) => {
                regrouped = scan.regrouped(partitions_for(scan.deliveries(), vcores));
                &regrouped
            }
        };
        let partitions = scan
            .partitions()
            .iter()
            .map(|deliveries| {
                let mut paths = Vec::with_capacity(deliveries.len());
                let mut stores = Vec::with_capacity(deliveries.len());
                let mut sizes = Vec::with_capacity(deliveries.len());
                for delivery in deliveries.iter() {
                    match delivery.location() {
                        Location::File(_) => {
                            paths.push(Some(path_text(delivery)?));
                            stores.push(None);
                            sizes.push(None);
                        }
                        Location::Object(object) => {
                            paths.push(Some(object.path.to_string()));
                            stores.push(Some(
                                serde_json::to_string(&Store::of(&object.store)).map_err(
                                    |error| DataFusionError::Internal(error.to_string()),
                                )?,
                            ));
                            sizes.push(Some(object.size));
                        }
                    }
                }
                let batch = RecordBatch::try_new(
                    Arc::clone(&schema),
                    vec![
                        Arc::new(StringArray::from(paths)),
                        Arc::new(StringArray::from(stores)),
                        Arc::new(UInt64Array::from(sizes)),
                    ],
                )?;
                Ok(vec![batch])
            })
            .collect::<Result<Vec<_>>>()?;
        let paths = MemorySourceConfig::try_new_exec(&partitions, schema, None)?;
        Ok(DistributedRecordsScan::new(
            paths,
            scan.columns().to_vec(),
            scan.limit(),
            Arc::default(),
        ))
    }

    /// The columns it reads.
    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    /// The most rows each partition reads, if the query set a limit.
    pub fn limit(&self) -> Option<usize> {
        self.limit
    }
}

/// Most deliveries a partition of a scan on a cluster reads, where the archive is large
/// enough for a bound: a task costs the cluster some 10 ms however little it reads
/// (benches/README.md, "A cluster"), and 1,024 OSS objects of five minutes' records (three
/// and a half days of one region) take a core half a second or more, so that cost stays
/// under 2%; while a task that fails is run again whole, and one that is too long leaves its
/// executor's peers idle at the end.
pub const PARTITION_DELIVERIES: usize = 1024;

/// How many partitions a scan of `deliveries` is split into on executors of `vcores` in all:
/// a multiple of `vcores`, so that every executor's slots get the same share (16, Ballista's
/// default for every query, gave a cluster with two one-task executors 8 tasks each on the
/// benchmark archive: 1.4 times as fast as one executor, where 2 partitions gave 1.7), and as
/// few as keep each partition within [`PARTITION_DELIVERIES`]; never more than the deliveries.
pub fn partitions_for(deliveries: usize, vcores: usize) -> usize {
    let vcores = vcores.max(1);
    let rounds = deliveries.div_ceil(vcores * PARTITION_DELIVERIES).max(1);
    (vcores * rounds).min(deliveries.max(1))
}

/// The schema of the table of paths: a file's path or an object's key; for an object, its
/// store (JSON, no credentials) and size.
fn paths_schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        Field::new(PATH_COLUMN, DataType::Utf8, false),
        Field::new(STORE_COLUMN, DataType::Utf8, true),
        Field::new(SIZE_COLUMN, DataType::UInt64, true),
    ]))
}

/// The deliveries of a batch of the table of paths.
fn deliveries_of(
    batch: &RecordBatch,
    stores: &mut Vec<Arc<StoreKey>>,
    deliveries: &mut Vec<Delivery>,
) -> Result<()> {
    let wrong =
        || DataFusionError::Internal("the table of paths is not as this build writes it".into());
    let [paths, keys, sizes] = batch.columns() else {
        return Err(wrong());
    };
    let paths = paths
        .as_any()
        .downcast_ref::<StringArray>()
        .ok_or_else(wrong)?;
    let keys = keys
        .as_any()
        .downcast_ref::<StringArray>()
        .ok_or_else(wrong)?;
    let sizes = sizes
        .as_any()
        .downcast_ref::<UInt64Array>()
        .ok_or_else(wrong)?;
    for row in 0..batch.num_rows() {
        let path = paths.value(row);
        if keys.is_null(row) {
            deliveries.push(Delivery::file(path));
            continue;
        }
        let store: Store = serde_json::from_str(keys.value(row))
            .map_err(|error| DataFusionError::Plan(format!("a bucket in a plan: {error}")))?;
        let store = shared(store.key()?, stores);
        deliveries.push(Delivery::bucket_object(Object::new(
            store,
            ObjectPath::from(path),
            sizes.value(row),
        )));
    }
    Ok(())
}

/// At the end of a task's reading: its totals added to the executor's `report` (which its log
/// says), and an error if a delivery could not be read. Locally such a result is given with
/// exit status 2 and the delivery named; the client of a cluster sees neither the totals nor
/// the executors' logs, so the task fails (and, once Ballista's retries fail too, the query,
/// with this message) rather than give a partial count as whole, as a path that only the
/// client could see once did.
fn task_end(task: &ReadReport, report: &ReadReport) -> Option<Result<RecordBatch>> {
    let totals = task.totals();
    let (first, count) = (totals.unreadable.first().cloned(), totals.unreadable.len());
    report.add(totals);
    let first = first?;
    let more = match count {
        1 => String::new(),
        n => format!(" (and {} more)", n - 1),
    };
    Some(Err(DataFusionError::Execution(format!(
        "an executor could not read a delivery, so the result would be partial: {first}{more}"
    ))))
}

/// A delivery's path as text, which the table of paths holds.
fn path_text(delivery: &Delivery) -> Result<String> {
    let path = delivery.path().ok_or_else(|| {
        DataFusionError::NotImplemented(format!(
            "{}: objects in buckets cannot be queried on a cluster yet",
            delivery.label()
        ))
    })?;
    path.to_str().map(str::to_owned).ok_or_else(|| {
        DataFusionError::Plan(format!(
            "{}: a path that is not UTF-8 cannot be sent to a cluster",
            delivery.label()
        ))
    })
}

impl DisplayAs for DistributedRecordsScan {
    fn fmt_as(&self, _format: DisplayFormatType, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.columns.iter().map(|column| column.name()).collect();
        write!(f, "DistributedRecordsScan: columns=[{}]", names.join(", "))?;
        if let Some(limit) = self.limit {
            write!(f, ", limit={limit}")?;
        }
        Ok(())
    }
}

impl ExecutionPlan for DistributedRecordsScan {
    fn name(&self) -> &str {
        Self::NAME
    }

    /// What each partition read and left out ([`ecd_sql::SCAN_METRICS`]), each delivery
    /// counted as soon as it has been read (the client asks the scheduler for them).
    fn metrics(&self) -> Option<MetricsSet> {
        Some(self.metrics.clone_inner())
    }

    fn properties(&self) -> &Arc<PlanProperties> {
        &self.properties
    }

    fn children(&self) -> Vec<&Arc<dyn ExecutionPlan>> {
        vec![&self.paths]
    }

    fn apply_expressions(
        &self,
        _f: &mut dyn FnMut(&Arc<dyn PhysicalExpr>) -> Result<TreeNodeRecursion>,
    ) -> Result<TreeNodeRecursion> {
        Ok(TreeNodeRecursion::Continue)
    }

    fn with_new_children(
        self: Arc<Self>,
        children: Vec<Arc<dyn ExecutionPlan>>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        let [paths] = <[_; 1]>::try_from(children).map_err(|children| {
            DataFusionError::Internal(format!(
                "DistributedRecordsScan takes one child, not {}",
                children.len()
            ))
        })?;
        Ok(Arc::new(DistributedRecordsScan::new(
            paths,
            self.columns.clone(),
            self.limit,
            Arc::clone(&self.report),
        )))
    }

    fn execute(
        &self,
        partition: usize,
        context: Arc<TaskContext>,
    ) -> Result<SendableRecordBatchStream> {
        let paths = self.paths.execute(partition, Arc::clone(&context))?;
        let columns = self.columns.clone();
        let limit = self.limit;
        let report = Arc::clone(&self.report);
        let metrics = self.metrics.clone();
        // The partition's paths are a few batches of text: gather them, then read those
        // deliveries as RecordsExec reads one partition.
        let records = futures::stream::once(async move {
            let batches: Vec<RecordBatch> = paths.try_collect().await?;
            let mut deliveries = Vec::new();
            let mut stores = Vec::new();
            for batch in &batches {
                deliveries_of(batch, &mut stores, &mut deliveries)?;
            }
            let task = Arc::new(ReadReport::default());
            let read = RecordsExec::from_partitions(
                vec![deliveries],
                columns,
                0,
                limit,
                Arc::clone(&task),
            )
            .counting_into(&metrics, partition)
            .execute(0, context)?;
            let end = futures::stream::once(async move { task_end(&task, &report) })
                .filter_map(futures::future::ready);
            Ok::<_, DataFusionError>(read.chain(end))
        })
        .try_flatten();
        Ok(Box::pin(RecordBatchStreamAdapter::new(
            Arc::clone(&self.schema),
            records.boxed(),
        )))
    }
}

/// `records` as the scheduler plans it: ecd-sql's table, whose scans become
/// [`DistributedRecordsScan`]s over the same partitions. (A physical optimizer rule could not
/// do it: Ballista's adaptive planner runs its own rules, not the session's.)
#[derive(Debug)]
pub struct ClusterRecordsTable {
    table: RecordsTable,
    vcores: Vcores,
}

impl ClusterRecordsTable {
    /// The table `table`, planned for a cluster whose executors `vcores` counts.
    pub fn new(table: RecordsTable, vcores: Vcores) -> ClusterRecordsTable {
        ClusterRecordsTable { table, vcores }
    }
}

#[async_trait]
impl TableProvider for ClusterRecordsTable {
    fn schema(&self) -> SchemaRef {
        self.table.schema()
    }

    fn table_type(&self) -> TableType {
        self.table.table_type()
    }

    fn supports_filters_pushdown(
        &self,
        filters: &[&Expr],
    ) -> Result<Vec<TableProviderFilterPushDown>> {
        self.table.supports_filters_pushdown(filters)
    }

    async fn scan(
        &self,
        state: &dyn Session,
        projection: Option<&Vec<usize>>,
        filters: &[Expr],
        limit: Option<usize>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        let plan = self.table.scan(state, projection, filters, limit).await?;
        let vcores = self.vcores.now();
        match plan.downcast_ref::<RecordsExec>() {
            Some(scan) => Ok(Arc::new(DistributedRecordsScan::of(scan, vcores)?)),
            None => Err(DataFusionError::Internal(format!(
                "records planned as {}, not RecordsExec",
                plan.name()
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scan_is_split_into_a_multiple_of_the_vcores_each_within_the_bound() {
        // (deliveries, vcores, partitions)
        for (deliveries, vcores, partitions) in [
            (600, 1, 1),
            (600, 2, 2),
            (600, 16, 16),
            (1024, 1, 1),
            (1025, 1, 2),
            (2049, 2, 4),
            (3, 16, 3),
            (0, 2, 1),
            (10, 0, 1),
            (100_000, 8, 104),
        ] {
            assert_eq!(
                partitions_for(deliveries, vcores),
                partitions,
                "{deliveries} deliveries, {vcores} vcores"
            );
        }
    }
}
