//! The extension codecs that carry ecd-sql's tables and functions through Ballista's plans:
//! the logical one from the client to the scheduler, the physical one from the scheduler to
//! the executors. Each wraps Ballista's own codec and hands it every node that is not ours,
//! as Ballista's `extending-components` guide has it.

mod logical;
mod physical;
mod wire;

pub use logical::LogicalCodec;
pub use physical::PhysicalCodec;

use std::sync::Arc;

use ecd_sql::datafusion::error::{DataFusionError, Result};
use ecd_sql::datafusion::logical_expr::ScalarUDF;
use ecd_sql::functions;

/// ecd-sql's functions by name: plans name them, and each side rebuilds them from the name.
fn function(name: &str) -> Result<Arc<ScalarUDF>> {
    let udf = match name {
        "parameter" => ScalarUDF::new_from_impl(functions::Parameter::default()),
        "has_tag" => ScalarUDF::new_from_impl(functions::HasTag::default()),
        _ => {
            return Err(DataFusionError::Plan(format!(
                "the cluster knows no function `{name}`"
            )));
        }
    };
    Ok(Arc::new(udf))
}

/// Whether `name` is one of ecd-sql's functions.
fn is_ours(name: &str) -> bool {
    matches!(name, "parameter" | "has_tag")
}
