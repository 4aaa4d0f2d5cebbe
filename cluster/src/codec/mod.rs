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

use ecd_sql::datafusion::error::Result;
use ecd_sql::datafusion::logical_expr::ScalarUDF;
use ecd_sql::functions;

/// ecd-sql's function `name`, rebuilt from the name alone (plans carry no more of it);
/// `None` for another's, which Ballista's codec decodes.
fn function(name: &str) -> Option<Result<Arc<ScalarUDF>>> {
    functions::named(name).map(|function| Ok(Arc::new(function)))
}

/// Whether `name` is one of ecd-sql's functions, whose name is all a plan needs of it.
fn is_ours(name: &str) -> bool {
    functions::named(name).is_some()
}
