//! [`LogicalCodec`]: the client's plans to the scheduler.

use std::sync::Arc;

use ballista_core::serde::BallistaLogicalExtensionCodec;
use datafusion_proto::logical_plan::LogicalExtensionCodec;
use ecd_sql::RecordsTable;
use ecd_sql::datafusion::arrow::datatypes::SchemaRef;
use ecd_sql::datafusion::catalog::TableProvider;
use ecd_sql::datafusion::common::TableReference;
use ecd_sql::datafusion::datasource::MemTable;
use ecd_sql::datafusion::datasource::file_format::FileFormatFactory;
use ecd_sql::datafusion::error::Result;
use ecd_sql::datafusion::execution::TaskContext;
use ecd_sql::datafusion::logical_expr::{Extension, LogicalPlan, ScalarUDF};

use super::wire::{self, Table};
use crate::Vcores;
use crate::scan::ClusterRecordsTable;

/// Encodes and decodes the `records` and `events` tables and ecd-sql's functions in
/// logical plans; Ballista's own codec does the rest.
#[derive(Debug, Default)]
pub struct LogicalCodec {
    ballista: BallistaLogicalExtensionCodec,
    vcores: Vcores,
}

impl LogicalCodec {
    /// The scheduler's codec: the scans it plans are split for the executors `vcores` counts.
    pub fn on_scheduler(vcores: Vcores) -> LogicalCodec {
        LogicalCodec {
            vcores,
            ..LogicalCodec::default()
        }
    }
}

impl LogicalExtensionCodec for LogicalCodec {
    fn try_decode(
        &self,
        buf: &[u8],
        inputs: &[LogicalPlan],
        ctx: &TaskContext,
    ) -> Result<Extension> {
        self.ballista.try_decode(buf, inputs, ctx)
    }

    fn try_encode(&self, node: &Extension, buf: &mut Vec<u8>) -> Result<()> {
        self.ballista.try_encode(node, buf)
    }

    fn try_decode_table_provider(
        &self,
        buf: &[u8],
        table_ref: &TableReference,
        schema: SchemaRef,
        ctx: &TaskContext,
    ) -> Result<Arc<dyn TableProvider>> {
        match wire::decode_table(buf)? {
            // Decoded on the scheduler, which plans it: for a cluster (crate::scan).
            Some(Table::Records(table)) => Ok(Arc::new(ClusterRecordsTable::new(
                table,
                self.vcores.clone(),
            ))),
            Some(Table::Events) => Ok(Arc::new(ecd_sql::events_table()?)),
            None => self
                .ballista
                .try_decode_table_provider(buf, table_ref, schema, ctx),
        }
    }

    fn try_encode_table_provider(
        &self,
        table_ref: &TableReference,
        node: Arc<dyn TableProvider>,
        buf: &mut Vec<u8>,
    ) -> Result<()> {
        if let Some(table) = node.downcast_ref::<RecordsTable>() {
            return wire::encode_records_table(table, buf);
        }
        // `events` is the catalogue, compiled into every side: its name is enough.
        if table_ref.table() == "events" && node.is::<MemTable>() {
            return wire::encode_events_table(buf);
        }
        self.ballista
            .try_encode_table_provider(table_ref, node, buf)
    }

    fn try_decode_file_format(
        &self,
        buf: &[u8],
        ctx: &TaskContext,
    ) -> Result<Arc<dyn FileFormatFactory>> {
        self.ballista.try_decode_file_format(buf, ctx)
    }

    fn try_encode_file_format(
        &self,
        buf: &mut Vec<u8>,
        node: Arc<dyn FileFormatFactory>,
    ) -> Result<()> {
        self.ballista.try_encode_file_format(buf, node)
    }

    fn try_decode_udf(&self, name: &str, buf: &[u8]) -> Result<Arc<ScalarUDF>> {
        super::function(name).unwrap_or_else(|| self.ballista.try_decode_udf(name, buf))
    }

    fn try_encode_udf(&self, node: &ScalarUDF, buf: &mut Vec<u8>) -> Result<()> {
        match super::is_ours(node.name()) {
            true => Ok(()),
            false => self.ballista.try_encode_udf(node, buf),
        }
    }
}
