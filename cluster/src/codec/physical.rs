//! [`PhysicalCodec`]: the scheduler's stages to the executors.

use std::sync::Arc;

use ballista_core::serde::BallistaPhysicalExtensionCodec;
use datafusion_proto::physical_plan::{PhysicalExtensionCodec, PhysicalProtoConverterExtension};
use ecd_sql::datafusion::error::{DataFusionError, Result};
use ecd_sql::datafusion::execution::TaskContext;
use ecd_sql::datafusion::logical_expr::ScalarUDF;
use ecd_sql::datafusion::physical_plan::ExecutionPlan;
use ecd_sql::{ReadReport, RecordsExec};

use super::wire;
use crate::scan::DistributedRecordsScan;

/// Encodes and decodes scans of `records` on a cluster ([`DistributedRecordsScan`])
/// and ecd-sql's functions in physical plans; Ballista's own codec does the rest.
///
/// An executor reads its partitions with the ecd-events reader, as a local query does; what
/// it cannot read is counted in the report this codec was made with ([`Self::new`]).
#[derive(Debug, Default)]
pub struct PhysicalCodec {
    ballista: BallistaPhysicalExtensionCodec,
    report: Arc<ReadReport>,
}

impl PhysicalCodec {
    /// A codec whose decoded scans count what they cannot read in `report`.
    pub fn new(report: Arc<ReadReport>) -> PhysicalCodec {
        PhysicalCodec {
            ballista: BallistaPhysicalExtensionCodec::default(),
            report,
        }
    }
}

impl PhysicalExtensionCodec for PhysicalCodec {
    fn try_decode(
        &self,
        buf: &[u8],
        inputs: &[Arc<dyn ExecutionPlan>],
        ctx: &TaskContext,
        proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        match wire::decode_scan(buf, inputs.first(), Arc::clone(&self.report))? {
            Some(scan) => Ok(Arc::new(scan)),
            None => self.ballista.try_decode(buf, inputs, ctx, proto_converter),
        }
    }

    fn try_encode(
        &self,
        node: Arc<dyn ExecutionPlan>,
        buf: &mut Vec<u8>,
        proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> Result<()> {
        if let Some(scan) = node.downcast_ref::<DistributedRecordsScan>() {
            return wire::encode_distributed_scan(scan, buf);
        }
        if node.is::<RecordsExec>() {
            // Every task would read all of it (crate::scan says why): never send it.
            return Err(DataFusionError::Internal(
                "a scan of records planned by a scheduler without ecd-cluster's codecs".into(),
            ));
        }
        self.ballista.try_encode(node, buf, proto_converter)
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
