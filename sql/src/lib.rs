//! SQL over ActionTrail archives, on [Apache DataFusion](https://datafusion.apache.org).
//!
//! The records of a set of deliveries (files, directories, `.gz` objects of ActionTrail's
//! OSS layout, SLS exports: whatever `ecd_events::records::RecordReader` reads) are the table
//! `records`; the ECD event catalogue is the table `events`; `parameter()` reads a request
//! parameter and `has_tag()` a catalogue tag. docs/sql.md lists the columns and says how
//! filters on `event_time`, `date` and `region` prune objects before they are opened.
//!
//! ```no_run
//! # async fn example() -> datafusion::error::Result<()> {
//! use ecd_sql::{RecordsTable, context, sources};
//!
//! let found = sources::find(&["archive/AliyunLogs/Actiontrail"]);
//! let table = RecordsTable::new(found.deliveries);
//! let report = table.report();
//! let context = context(table)?;
//! let counts = context
//!     .sql("SELECT event_name, count(*) FROM records WHERE is_ecd GROUP BY 1")
//!     .await?
//!     .collect()
//!     .await?;
//! // What the query could not read is counted, not dropped unsaid.
//! let totals = report.totals();
//! eprintln!("{} malformed records, {} deliveries unreadable", totals.malformed, totals.unreadable.len());
//! # Ok(()) }
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod columns;
mod events_table;
mod export;
pub mod functions;
pub mod prune;
pub mod sources;
mod table;

use std::sync::Arc;

use datafusion::error::Result;
use datafusion::prelude::SessionContext;

/// The DataFusion this crate is built on, for its types (`SessionContext`, Arrow's arrays).
pub use datafusion;
/// Archives in buckets: how they are named, reached, listed and read.
pub use ecd_bucket;
pub use ecd_bucket::{OBJECT_TIME_SLACK, ObjectKey, RemoteArchive};
pub use events_table::events_table;
pub use export::{NULL_PARTITION, export_parquet, export_plan};
pub use sources::{Delivery, Location};
pub use table::{
    MALFORMED_EXAMPLES, ReadReport, ReadTotals, RecordsExec, RecordsTable, SCAN_METRICS,
};

/// A DataFusion session with `table` as `records`, the catalogue as `events`, and the
/// functions `parameter()` and `has_tag()`.
pub fn context(table: RecordsTable) -> Result<SessionContext> {
    let context = SessionContext::new();
    register(&context, table)?;
    Ok(context)
}

/// Adds `table` as `records`, the catalogue as `events`, and the functions `parameter()`
/// and `has_tag()` to a session of the caller's.
pub fn register(context: &SessionContext, table: RecordsTable) -> Result<()> {
    context.register_table("records", Arc::new(table))?;
    context.register_table("events", Arc::new(events_table()?))?;
    for function in functions::all() {
        context.register_udf(function);
    }
    Ok(())
}
