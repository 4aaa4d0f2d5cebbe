//! The `records` table: a DataFusion `TableProvider` over deliveries, read with the
//! `ecd-events` reader.

mod batch;
mod exec;
mod metrics;
mod provider;
mod read;
mod report;

pub use exec::RecordsExec;
pub use metrics::SCAN_METRICS;
pub use provider::RecordsTable;
pub use report::{MALFORMED_EXAMPLES, ReadReport, ReadTotals};
