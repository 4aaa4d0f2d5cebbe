//! The columns of the `records` table: their names, Arrow types, and what each costs to read.

use std::sync::{Arc, LazyLock};

use datafusion::arrow::datatypes::{DataType, Field, FieldRef, Schema, SchemaRef, TimeUnit};

/// One column of the `records` table, in table order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// `eventId`.
    EventId,
    /// `eventTime`, in UTC; null when the record's time is not an RFC 3339 time.
    EventTime,
    /// The UTC date of `eventTime`: the partition column of the layout and of the export.
    Date,
    /// `eventName`, as written.
    EventName,
    /// `eventRW`: `Read` or `Write`.
    EventRw,
    /// The product whose record it is, as `Record::service()` says (`ecd`, `ecs`, ...).
    Service,
    /// Whether the record is ECD's, as `Record::is_ecd()` judges.
    IsEcd,
    /// `acsRegion`; for a record without one, the region in its object's name.
    Region,
    /// `userIdentity.accountId`.
    AccountId,
    /// `userIdentity.userName`, or `principalId` when it has no name.
    Identity,
    /// `userIdentity.type`.
    IdentityType,
    /// `userIdentity.accessKeyId`.
    AccessKeyId,
    /// `sourceIpAddress`, as text (it can be `Internal` or a host name).
    SourceIp,
    /// `userAgent`.
    UserAgent,
    /// `errorCode`; null when the call succeeded.
    ErrorCode,
    /// `errorMessage`.
    ErrorMessage,
    /// `requestId`.
    RequestId,
    /// `requestParameters` as JSON text of an object (from `requestParameterJson` where only
    /// that is present, and unwrapped where a record carries the object as a string).
    RequestParameters,
    /// The resource IDs of `resourceName`, in order.
    Resources,
    /// The catalogue's category of the event; null for records that are not ECD's or that
    /// the catalogue does not list.
    Category,
    /// The catalogue's access of the event (`Read` or `Write`).
    Access,
    /// The catalogue's tags of the event (empty for records it does not list).
    Tags,
    /// The catalogue's stable code of the event.
    Code,
    /// The file or object the record came from, as given or found.
    Delivery,
}

impl Column {
    /// Every column, in table order.
    pub const ALL: [Column; 24] = [
        Column::EventId,
        Column::EventTime,
        Column::Date,
        Column::EventName,
        Column::EventRw,
        Column::Service,
        Column::IsEcd,
        Column::Region,
        Column::AccountId,
        Column::Identity,
        Column::IdentityType,
        Column::AccessKeyId,
        Column::SourceIp,
        Column::UserAgent,
        Column::ErrorCode,
        Column::ErrorMessage,
        Column::RequestId,
        Column::RequestParameters,
        Column::Resources,
        Column::Category,
        Column::Access,
        Column::Tags,
        Column::Code,
        Column::Delivery,
    ];

    /// The column's name in SQL.
    pub const fn name(self) -> &'static str {
        match self {
            Column::EventId => "event_id",
            Column::EventTime => "event_time",
            Column::Date => "date",
            Column::EventName => "event_name",
            Column::EventRw => "event_rw",
            Column::Service => "service",
            Column::IsEcd => "is_ecd",
            Column::Region => "region",
            Column::AccountId => "account_id",
            Column::Identity => "identity",
            Column::IdentityType => "identity_type",
            Column::AccessKeyId => "access_key_id",
            Column::SourceIp => "source_ip",
            Column::UserAgent => "user_agent",
            Column::ErrorCode => "error_code",
            Column::ErrorMessage => "error_message",
            Column::RequestId => "request_id",
            Column::RequestParameters => "request_parameters",
            Column::Resources => "resources",
            Column::Category => "category",
            Column::Access => "access",
            Column::Tags => "tags",
            Column::Code => "code",
            Column::Delivery => "delivery",
        }
    }

    /// Whether the column needs the record decoded in full. The others come from what a
    /// `LazyRecord` decodes (ID, name, time, `eventRW`, identity type, whose record it is),
    /// the catalogue, or the delivery, so a query of only those skims each record instead.
    pub const fn needs_full_record(self) -> bool {
        matches!(
            self,
            Column::Region
                | Column::AccountId
                | Column::Identity
                | Column::AccessKeyId
                | Column::SourceIp
                | Column::UserAgent
                | Column::ErrorCode
                | Column::ErrorMessage
                | Column::RequestId
                | Column::RequestParameters
                | Column::Resources
        )
    }

    /// The column's Arrow type.
    pub fn data_type(self) -> DataType {
        match self {
            Column::EventTime => timestamp_type(),
            Column::Date => DataType::Date32,
            Column::IsEcd => DataType::Boolean,
            Column::Code => DataType::UInt16,
            Column::Resources | Column::Tags => list_of_text(),
            _ => DataType::Utf8,
        }
    }

    /// Whether the column can be null. Lists are never null (empty instead).
    pub const fn nullable(self) -> bool {
        !matches!(
            self,
            Column::EventId
                | Column::EventName
                | Column::IsEcd
                | Column::Resources
                | Column::Tags
                | Column::Delivery
        )
    }

    /// The column as an Arrow field.
    pub fn field(self) -> Field {
        Field::new(self.name(), self.data_type(), self.nullable())
    }
}

/// `event_time`'s type: microseconds (DuckDB's and Parquet's usual unit, and a range of
/// millennia, so no record's time overflows it), in UTC.
pub fn timestamp_type() -> DataType {
    DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into()))
}

/// The type of `tags` and `resources`: a list of text.
pub fn list_of_text() -> DataType {
    DataType::List(list_item())
}

/// The items of [`list_of_text`]: text, never null.
pub fn list_item() -> FieldRef {
    Arc::new(Field::new_list_field(DataType::Utf8, false))
}

/// The schema of the `records` table: [`Column::ALL`] in order.
pub fn schema() -> SchemaRef {
    static SCHEMA: LazyLock<SchemaRef> = LazyLock::new(|| {
        Arc::new(Schema::new(
            Column::ALL
                .iter()
                .map(|column| column.field())
                .collect::<Vec<_>>(),
        ))
    });
    Arc::clone(&SCHEMA)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_lists_every_column_in_order_under_distinct_names() {
        let schema = schema();
        for (index, column) in Column::ALL.iter().enumerate() {
            assert_eq!(schema.field(index).name(), column.name());
        }
        let mut names: Vec<_> = Column::ALL.iter().map(|column| column.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Column::ALL.len());
    }
}
