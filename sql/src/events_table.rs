//! The catalogue as the table `events`, to join with `records`.

use std::sync::Arc;

use datafusion::arrow::array::{ArrayRef, ListBuilder, StringBuilder, UInt16Builder};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::arrow::record_batch::RecordBatch;
use datafusion::datasource::MemTable;
use datafusion::error::Result;
use ecd_events::EcdEvent;

use crate::columns::{list_item, list_of_text};

/// Every event of the catalogue: `name`, `code`, `category`, `access`, `tags` (a list, as in
/// `records`) and `description` (null where the catalogue has none).
///
/// `records.code` is null for records that are not ECD's, so `JOIN events ON records.code =
/// events.code` keeps ECD's records only; a join on the name would also take other
/// services' calls of the same name (ECS's `RunCommand`).
pub fn events_table() -> Result<MemTable> {
    let schema = Arc::new(Schema::new(vec![
        Field::new("name", DataType::Utf8, false),
        Field::new("code", DataType::UInt16, false),
        Field::new("category", DataType::Utf8, false),
        Field::new("access", DataType::Utf8, false),
        Field::new("tags", list_of_text(), false),
        Field::new("description", DataType::Utf8, true),
    ]));
    let mut names = StringBuilder::new();
    let mut codes = UInt16Builder::new();
    let mut categories = StringBuilder::new();
    let mut accesses = StringBuilder::new();
    let mut tags = ListBuilder::new(StringBuilder::new()).with_field(list_item());
    let mut descriptions = StringBuilder::new();
    for event in EcdEvent::ALL {
        names.append_value(event.as_str());
        codes.append_value(event.code());
        categories.append_value(event.category().as_str());
        accesses.append_value(event.access().as_str());
        for tag in event.tags() {
            tags.values().append_value(tag.as_str());
        }
        tags.append(true);
        descriptions.append_option(event.description());
    }
    let columns: Vec<ArrayRef> = vec![
        Arc::new(names.finish()),
        Arc::new(codes.finish()),
        Arc::new(categories.finish()),
        Arc::new(accesses.finish()),
        Arc::new(tags.finish()),
        Arc::new(descriptions.finish()),
    ];
    let batch = RecordBatch::try_new(Arc::clone(&schema), columns)?;
    MemTable::try_new(schema, vec![vec![batch]])
}
