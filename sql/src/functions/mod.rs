//! SQL functions over the `records` table's columns.

mod has_tag;
mod parameter;

pub use has_tag::HasTag;
pub use parameter::Parameter;

use datafusion::arrow::array::ArrayRef;
use datafusion::error::{DataFusionError, Result};
use datafusion::logical_expr::{ColumnarValue, ScalarUDF};

/// ecd-sql's functions: the one list that a session registers
/// ([`register`](crate::register)) and that a plan's deserializer (a cluster's codec) rebuilds
/// them from, by name.
///
/// ```
/// let names: Vec<String> = ecd_sql::functions::all()
///     .iter()
///     .map(|function| function.name().to_owned())
///     .collect();
/// assert_eq!(names, ["parameter", "has_tag"]);
/// ```
pub fn all() -> Vec<ScalarUDF> {
    vec![
        ScalarUDF::new_from_impl(Parameter::default()),
        ScalarUDF::new_from_impl(HasTag::default()),
    ]
}

/// The function of [`all`] named `name`, if any.
pub fn named(name: &str) -> Option<ScalarUDF> {
    all().into_iter().find(|function| function.name() == name)
}

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
