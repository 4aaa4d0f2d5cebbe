//! `has_tag(tags, 'credential')`: whether a list of the catalogue's tags holds one.

use std::sync::Arc;

use datafusion::arrow::array::{Array, BooleanBuilder};
use datafusion::arrow::datatypes::DataType;
use datafusion::common::cast::{as_list_array, as_string_array};
use datafusion::error::{DataFusionError, Result};
use datafusion::logical_expr::{
    ColumnarValue, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility,
};
use ecd_events::Tag;

use crate::columns::list_of_text;

use super::arrays;

/// `has_tag(tags, 'credential')`: whether `tags` (the `tags` column of `records` or of
/// `events`) holds the tag. A name that is not one of the catalogue's tags is an error that
/// lists them, not a silent `false`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct HasTag {
    signature: Signature,
}

impl Default for HasTag {
    fn default() -> Self {
        HasTag {
            signature: Signature::exact(
                vec![list_of_text(), DataType::Utf8],
                Volatility::Immutable,
            ),
        }
    }
}

impl ScalarUDFImpl for HasTag {
    fn name(&self) -> &str {
        "has_tag"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(DataType::Boolean)
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let arrays = arrays(self.name(), &args.args, 2)?;
        let (lists, names) = (as_list_array(&arrays[0])?, as_string_array(&arrays[1])?);
        let mut answers = BooleanBuilder::with_capacity(args.number_rows);
        for row in 0..args.number_rows {
            if lists.is_null(row) || names.is_null(row) {
                answers.append_null();
                continue;
            }
            let tag = tag(names.value(row))?;
            let items = lists.value(row);
            let items = as_string_array(&items)?;
            answers.append_value(
                (0..items.len()).any(|item| !items.is_null(item) && items.value(item) == tag),
            );
        }
        Ok(ColumnarValue::Array(Arc::new(answers.finish())))
    }
}

/// The catalogue's spelling of a tag named in any case.
fn tag(name: &str) -> Result<&'static str> {
    Tag::ALL
        .iter()
        .map(|tag| tag.as_str())
        .find(|tag| tag.eq_ignore_ascii_case(name))
        .ok_or_else(|| {
            let tags: Vec<&str> = Tag::ALL.iter().map(|tag| tag.as_str()).collect();
            DataFusionError::Plan(format!(
                "has_tag(): `{name}` is not a tag; the tags are {}",
                tags.join(", ")
            ))
        })
}
