//! The `records` table: a DataFusion `TableProvider` over deliveries, read with the
//! `ecd-events` reader.

mod batch;
mod exec;
mod provider;
mod read;
mod report;

pub use exec::RecordsExec;
pub use provider::RecordsTable;
pub use report::{MALFORMED_EXAMPLES, ReadReport, ReadTotals};
