//! [`RecordsTable`]: what DataFusion plans a `records` query with.

use std::sync::Arc;

use async_trait::async_trait;
use datafusion::arrow::datatypes::SchemaRef;
use datafusion::catalog::Session;
use datafusion::datasource::{TableProvider, TableType};
use datafusion::error::{DataFusionError, Result};
use datafusion::logical_expr::{Expr, TableProviderFilterPushDown};
use datafusion::physical_plan::ExecutionPlan;

use super::exec::RecordsExec;
use super::report::ReadReport;
use crate::columns::{self, Column};
use crate::prune::Bounds;
use crate::sources::Delivery;
use ecd_bucket::RemoteArchive;

/// The ActionTrail records of a set of deliveries, as a table (docs/sql.md lists its
/// columns).
///
/// A scan reads only the deliveries its filters on `event_time`, `date` and `region` may
/// find records in ([`Bounds`]), and decodes only the columns it is asked for: a record is
/// skimmed unless a column needs it in full ([`Column::needs_full_record`]). What the
/// scans could not read is counted in [`report`](Self::report), never dropped unsaid.
#[derive(Debug)]
pub struct RecordsTable {
    deliveries: Arc<[Delivery]>,
    archives: Arc<[RemoteArchive]>,
    report: Arc<ReadReport>,
}

impl RecordsTable {
    /// A table of the records of `deliveries`.
    pub fn new(deliveries: Vec<Delivery>) -> RecordsTable {
        RecordsTable {
            deliveries: deliveries.into(),
            archives: Arc::from(Vec::new()),
            report: Arc::default(),
        }
    }

    /// The same table with the objects of `archives` too, listed when a query is planned
    /// (only the folders its filters may need: [`RemoteArchive::list`]).
    pub fn with_archives(mut self, archives: Vec<RemoteArchive>) -> RecordsTable {
        self.archives = archives.into();
        self
    }

    /// The deliveries it reads from, but for the objects of its archives.
    pub fn deliveries(&self) -> &[Delivery] {
        &self.deliveries
    }

    /// The remote archives it reads from.
    pub fn archives(&self) -> &[RemoteArchive] {
        &self.archives
    }

    /// What its scans have read, pruned and failed to read so far.
    pub fn report(&self) -> Arc<ReadReport> {
        Arc::clone(&self.report)
    }
}

#[async_trait]
impl TableProvider for RecordsTable {
    fn schema(&self) -> SchemaRef {
        columns::schema()
    }

    fn table_type(&self) -> TableType {
        TableType::Base
    }

    fn supports_filters_pushdown(
        &self,
        filters: &[&Expr],
    ) -> Result<Vec<TableProviderFilterPushDown>> {
        // Inexact: the filters prune deliveries by name, and DataFusion still applies them
        // to every row.
        Ok(filters
            .iter()
            .map(|filter| match Bounds::of(filter) {
                Some(_) => TableProviderFilterPushDown::Inexact,
                None => TableProviderFilterPushDown::Unsupported,
            })
            .collect())
    }

    async fn scan(
        &self,
        state: &dyn Session,
        projection: Option<&Vec<usize>>,
        filters: &[Expr],
        limit: Option<usize>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        // One window for every delivery and archive (`Bounds::may_hold` makes one a call).
        let window = Bounds::from_filters(filters).window();
        let mut kept: Vec<Delivery> = Vec::new();
        let mut pruned = 0;
        for delivery in self.deliveries.iter() {
            if window.may_hold(delivery.object()) {
                kept.push(delivery.clone());
            } else {
                pruned += 1;
            }
        }
        for archive in self.archives.iter() {
            let listing = archive
                .list(&window)
                .await
                .map_err(|error| DataFusionError::External(Box::new(error)))?;
            kept.extend(listing.objects.into_iter().map(Delivery::bucket_object));
            pruned += listing.pruned;
        }
        let columns: Vec<Column> = match projection {
            Some(indices) => indices
                .iter()
                .map(|&index| {
                    Column::ALL.get(index).copied().ok_or_else(|| {
                        DataFusionError::Plan(format!(
                            "records has {} columns, not {}",
                            Column::ALL.len(),
                            index + 1
                        ))
                    })
                })
                .collect::<Result<_>>()?,
            None => Column::ALL.to_vec(),
        };
        self.report.add(super::ReadTotals {
            pruned,
            ..Default::default()
        });
        Ok(Arc::new(RecordsExec::new(
            kept,
            columns,
            state.config().target_partitions(),
            pruned,
            limit,
            Arc::clone(&self.report),
        )))
    }
}
