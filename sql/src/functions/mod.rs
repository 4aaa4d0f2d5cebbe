//! SQL functions over the `records` table's columns.

mod has_tag;
mod parameter;

pub use has_tag::HasTag;
pub use parameter::Parameter;

use datafusion::arrow::array::ArrayRef;
use datafusion::error::{DataFusionError, Result};
use datafusion::logical_expr::ColumnarValue;

/// The arguments of a call as arrays of the call's rows.
fn arrays(name: &str, args: &[ColumnarValue], count: usize) -> Result<Vec<ArrayRef>> {
    let arrays = ColumnarValue::values_to_arrays(args)?;
    if arrays.len() != count {
        return Err(DataFusionError::Plan(format!(
            "{name}() takes {count} arguments, not {}",
            arrays.len()
        )));
    }
    Ok(arrays)
}
