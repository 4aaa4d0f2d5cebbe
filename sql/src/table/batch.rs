//! Rows of records into Arrow batches, one builder for each column a query asks for.

use std::borrow::Cow;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use datafusion::arrow::array::{
    ArrayBuilder, ArrayRef, BooleanBuilder, Date32Builder, ListBuilder, StringBuilder,
    TimestampMicrosecondBuilder, UInt16Builder,
};
use datafusion::arrow::datatypes::{Field, Schema, SchemaRef};
use datafusion::arrow::error::ArrowError;
use datafusion::arrow::record_batch::{RecordBatch, RecordBatchOptions};
use ecd_events::EcdEvent;
use ecd_events::records::{LazyRecord, Record};

use crate::columns::{Column, list_item};
use crate::sources::Delivery;

/// A record as the reader lent it: skimmed, when every column asked for is among what a
/// [`LazyRecord`] decodes, or decoded in full.
#[derive(Clone, Copy)]
pub(crate) enum ReadRecord<'a, 'r> {
    /// Skimmed.
    Skimmed(&'a LazyRecord<'r>),
    /// Decoded in full.
    Full(&'a Record<'r>),
}

impl ReadRecord<'_, '_> {
    fn event(&self) -> Option<EcdEvent> {
        match self {
            ReadRecord::Skimmed(record) => record.event(),
            ReadRecord::Full(record) => record.event(),
        }
    }

    fn time(&self) -> Option<DateTime<Utc>> {
        match self {
            ReadRecord::Skimmed(record) => record.time().ok(),
            ReadRecord::Full(record) => record.time().ok(),
        }
    }

    /// The record in full, for the columns only it has; `None` when skimmed (which happens
    /// only if [`Column::needs_full_record`] is wrong: those columns are then null).
    fn full(&self) -> Option<&Record<'_>> {
        match self {
            ReadRecord::Skimmed(_) => None,
            ReadRecord::Full(record) => Some(record),
        }
    }
}

/// What one column is being built into.
enum Builder {
    Text(StringBuilder),
    Time(TimestampMicrosecondBuilder),
    Date(Date32Builder),
    Bool(BooleanBuilder),
    Code(UInt16Builder),
    List(ListBuilder<StringBuilder>),
}

impl Builder {
    fn for_column(column: Column) -> Builder {
        match column {
            Column::EventTime => {
                Builder::Time(TimestampMicrosecondBuilder::new().with_timezone("UTC"))
            }
            Column::Date => Builder::Date(Date32Builder::new()),
            Column::IsEcd => Builder::Bool(BooleanBuilder::new()),
            Column::Code => Builder::Code(UInt16Builder::new()),
            Column::Resources | Column::Tags => {
                Builder::List(ListBuilder::new(StringBuilder::new()).with_field(list_item()))
            }
            _ => Builder::Text(StringBuilder::new()),
        }
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Builder::Text(builder) => Arc::new(builder.finish()),
            Builder::Time(builder) => Arc::new(builder.finish()),
            Builder::Date(builder) => Arc::new(builder.finish()),
            Builder::Bool(builder) => Arc::new(builder.finish()),
            Builder::Code(builder) => Arc::new(builder.finish()),
            Builder::List(builder) => ArrayBuilder::finish(builder),
        }
    }

    fn text(&mut self, value: Option<&str>) {
        if let Builder::Text(builder) = self {
            builder.append_option(value);
        }
    }

    fn list<'s>(&mut self, items: impl IntoIterator<Item = &'s str>) {
        if let Builder::List(builder) = self {
            for item in items {
                builder.values().append_value(item);
            }
            builder.append(true);
        }
    }
}

/// Rows of the columns a scan asks for, in its order, up to a batch.
pub(crate) struct BatchBuilder {
    schema: SchemaRef,
    columns: Vec<(Column, Builder)>,
    rows: usize,
    needs_time: bool,
    needs_event: bool,
}

impl BatchBuilder {
    /// A builder of `columns`, in this order.
    pub(crate) fn new(columns: &[Column]) -> BatchBuilder {
        let fields: Vec<Field> = columns.iter().map(|column| column.field()).collect();
        BatchBuilder {
            schema: Arc::new(Schema::new(fields)),
            columns: columns
                .iter()
                .map(|&column| (column, Builder::for_column(column)))
                .collect(),
            rows: 0,
            needs_time: columns.contains(&Column::EventTime) || columns.contains(&Column::Date),
            needs_event: columns.iter().any(|column| {
                matches!(
                    column,
                    Column::Category | Column::Access | Column::Tags | Column::Code
                )
            }),
        }
    }

    /// The schema of the batches.
    pub(crate) fn schema(&self) -> SchemaRef {
        Arc::clone(&self.schema)
    }

    /// Whether a row needs the record decoded in full.
    pub(crate) fn needs_full_record(&self) -> bool {
        self.columns
            .iter()
            .any(|(column, _)| column.needs_full_record())
    }

    /// How many rows are waiting.
    pub(crate) fn rows(&self) -> usize {
        self.rows
    }

    /// Adds a record's row. Returns whether its `eventTime` was wanted and is not a time.
    pub(crate) fn push(&mut self, record: ReadRecord<'_, '_>, delivery: &Delivery) -> bool {
        let time = self.needs_time.then(|| record.time()).flatten();
        let event = self.needs_event.then(|| record.event()).flatten();
        for (column, builder) in &mut self.columns {
            push_value(*column, builder, record, time, event, delivery);
        }
        self.rows += 1;
        self.needs_time && time.is_none()
    }

    /// The rows so far as a batch; the builder starts again empty.
    pub(crate) fn finish(&mut self) -> Result<RecordBatch, ArrowError> {
        let arrays: Vec<ArrayRef> = self
            .columns
            .iter_mut()
            .map(|(_, builder)| builder.finish())
            .collect();
        // A query of no column (`count(*)`) still has rows.
        let options = RecordBatchOptions::new().with_row_count(Some(self.rows));
        self.rows = 0;
        RecordBatch::try_new_with_options(self.schema(), arrays, &options)
    }
}

fn push_value(
    column: Column,
    builder: &mut Builder,
    record: ReadRecord<'_, '_>,
    time: Option<DateTime<Utc>>,
    event: Option<EcdEvent>,
    delivery: &Delivery,
) {
    let full = record.full();
    let identity = full.and_then(|record| record.user_identity.as_ref());
    match column {
        Column::EventId => builder.text(Some(match record {
            ReadRecord::Skimmed(record) => record.event_id.as_str(),
            ReadRecord::Full(record) => record.event_id.as_str(),
        })),
        Column::EventTime => {
            if let Builder::Time(builder) = builder {
                builder.append_option(time.map(|time| time.timestamp_micros()));
            }
        }
        Column::Date => {
            if let Builder::Date(builder) = builder {
                builder.append_option(time.map(days_since_epoch));
            }
        }
        Column::EventName => builder.text(Some(match record {
            ReadRecord::Skimmed(record) => record.event_name.as_str(),
            ReadRecord::Full(record) => record.event_name.as_str(),
        })),
        Column::EventRw => builder.text(
            match record {
                ReadRecord::Skimmed(record) => record.event_rw,
                ReadRecord::Full(record) => record.event_rw,
            }
            .map(|access| access.as_str()),
        ),
        Column::Service => {
            let service = match record {
                ReadRecord::Skimmed(record) => record.service(),
                ReadRecord::Full(record) => record.service(),
            };
            builder.text(service.as_deref());
        }
        Column::IsEcd => {
            if let Builder::Bool(builder) = builder {
                builder.append_value(match record {
                    ReadRecord::Skimmed(record) => record.is_ecd(),
                    ReadRecord::Full(record) => record.is_ecd(),
                });
            }
        }
        Column::Region => builder.text(
            full.and_then(|record| record.acs_region.as_deref())
                .or_else(|| delivery.object().map(|object| object.region.as_str())),
        ),
        Column::AccountId => {
            builder.text(identity.and_then(|identity| identity.account_id.as_deref()))
        }
        Column::Identity => builder.text(identity.and_then(|identity| {
            identity
                .user_name
                .as_deref()
                .or(identity.principal_id.as_deref())
        })),
        Column::IdentityType => {
            let identity_type = match record {
                ReadRecord::Skimmed(record) => record.identity_type.as_ref(),
                ReadRecord::Full(_) => {
                    identity.and_then(|identity| identity.identity_type.as_ref())
                }
            };
            builder.text(identity_type.map(|identity_type| identity_type.as_str()));
        }
        Column::AccessKeyId => {
            builder.text(identity.and_then(|identity| identity.access_key_id.as_deref()))
        }
        Column::SourceIp => {
            builder.text(full.and_then(|record| record.source_ip_address.as_deref()))
        }
        Column::UserAgent => builder.text(full.and_then(|record| record.user_agent.as_deref())),
        Column::ErrorCode => builder.text(full.and_then(|record| record.error_code.as_deref())),
        Column::ErrorMessage => {
            builder.text(full.and_then(|record| record.error_message.as_deref()))
        }
        Column::RequestId => builder.text(full.and_then(|record| record.request_id.as_deref())),
        Column::RequestParameters => builder.text(full.and_then(request_parameters).as_deref()),
        Column::Resources => builder.list(
            full.into_iter()
                .flat_map(|record| record.resources().map(|resource| resource.name)),
        ),
        Column::Category => builder.text(event.map(|event| event.category().as_str())),
        Column::Access => builder.text(event.map(|event| event.access().as_str())),
        Column::Tags => builder.list(
            event
                .into_iter()
                .flat_map(|event| event.tags().iter().map(|tag| tag.as_str())),
        ),
        Column::Code => {
            if let Builder::Code(builder) = builder {
                builder.append_option(event.map(|event| event.code()));
            }
        }
        Column::Delivery => builder.text(Some(delivery.label())),
    }
}

/// `requestParameters` as JSON text of an object: as written; its content where a record
/// carries it as a string of JSON; or `requestParameterJson`'s text where only that is
/// present (SLS's form).
fn request_parameters<'r>(record: &'r Record<'_>) -> Option<Cow<'r, str>> {
    match &record.request_parameters {
        Some(raw) if raw.get().trim_start().starts_with('"') => {
            serde_json::from_str::<String>(raw.get())
                .ok()
                .map(Cow::Owned)
        }
        Some(raw) => Some(Cow::Borrowed(raw.get())),
        None => record.request_parameter_json.as_deref().map(Cow::Borrowed),
    }
}

/// Arrow's `Date32`: whole days since 1970-01-01.
fn days_since_epoch(time: DateTime<Utc>) -> i32 {
    // (Within i32 for every date chrono represents.)
    time.timestamp().div_euclid(86_400) as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    const RECORD: &str = r#"{"eventId":"E-1","eventName":"RemoveMfaDevice","eventTime":"2025-03-04T09:41:52Z","eventRW":"Write","serviceName":"Ecd","acsRegion":"cn-hangzhou","userIdentity":{"type":"ram-user","accountId":"1","userName":"alice","accessKeyId":"AK"},"sourceIpAddress":"203.0.113.9","userAgent":"ua","errorCode":"E","errorMessage":"m","requestId":"R","requestParameters":{"A":"1"},"resourceName":"r-1"}"#;

    fn batch(columns: &[Column], record: ReadRecord<'_, '_>) -> RecordBatch {
        let mut builder = BatchBuilder::new(columns);
        builder.push(record, &Delivery::file("a.jsonl"));
        builder.finish().unwrap()
    }

    /// A column said to need no full record must read the same from a skimmed one; and
    /// every column needing one must be null from a skimmed one (so that the mistake of
    /// skimming for it would show here first).
    #[test]
    fn skimmed_records_give_the_columns_said_not_to_need_a_full_one() {
        let lazy = LazyRecord::from_json(RECORD).unwrap();
        let full: Record<'_> = serde_json::from_str(RECORD).unwrap();
        for column in Column::ALL {
            let skimmed = batch(&[column], ReadRecord::Skimmed(&lazy));
            let decoded = batch(&[column], ReadRecord::Full(&full));
            assert_eq!(decoded.column(0).null_count(), 0, "{column:?} reads");
            if column.needs_full_record() {
                let empty = match column {
                    Column::Resources => skimmed.column(0).as_ref().len() == 1,
                    _ => skimmed.column(0).null_count() == 1,
                };
                assert!(empty, "{column:?}");
            } else {
                assert_eq!(skimmed.column(0), decoded.column(0), "{column:?}");
            }
        }
    }

    #[test]
    fn a_batch_of_no_column_keeps_its_rows() {
        let lazy = LazyRecord::from_json(RECORD).unwrap();
        let mut builder = BatchBuilder::new(&[]);
        builder.push(ReadRecord::Skimmed(&lazy), &Delivery::file("a.jsonl"));
        builder.push(ReadRecord::Skimmed(&lazy), &Delivery::file("a.jsonl"));
        assert!(!builder.needs_full_record());
        assert_eq!(builder.finish().unwrap().num_rows(), 2);
    }
}
