//! The client side: a DataFusion session whose queries run on a cluster.

use std::sync::Arc;

use ballista::extension::SessionContextExt;
use ballista_core::extension::SessionConfigExt;
use ecd_sql::RecordsTable;
use ecd_sql::datafusion::error::Result;
use ecd_sql::datafusion::execution::SessionStateBuilder;
use ecd_sql::datafusion::prelude::{SessionConfig, SessionContext};

use crate::codec::{LogicalCodec, PhysicalCodec};

/// A session connected to the scheduler at `url` (`df://HOST:PORT`), with `table` as
/// `records`, the catalogue as `events` and ecd-sql's functions: the statements a local
/// session runs (`ecd_sql::context`), run by the cluster's executors.
///
/// The executors read the deliveries by the paths the table names, so every executor must
/// see them at those paths (a shared disk, or the same object store).
pub async fn remote_context(url: &str, table: RecordsTable) -> Result<SessionContext> {
    let config = SessionConfig::new_with_ballista()
        .with_ballista_logical_extension_codec(Arc::new(LogicalCodec::default()))
        .with_ballista_physical_extension_codec(Arc::new(PhysicalCodec::default()));
    let state = SessionStateBuilder::new()
        .with_config(config)
        .with_default_features()
        .build();
    let context = SessionContext::remote_with_state(url, state).await?;
    ecd_sql::register(&context, table)?;
    Ok(context)
}
