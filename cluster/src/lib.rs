//! ecd-sql's `records` and `events` tables and its functions on an
//! [Apache DataFusion Ballista](https://datafusion.apache.org/ballista/) cluster.
//!
//! Ballista runs DataFusion plans on a scheduler and executors; a table of one's own travels
//! in them through extension codecs installed on the client, the scheduler and every
//! executor. This crate has those codecs ([`codec`]), and starts Ballista's scheduler
//! ([`run_scheduler`]) and executor ([`run_executor`]) with them, and a client session
//! ([`remote_context`]) that runs the statements of a local `ecd_sql` session there.
//! `ecd-audit cluster scheduler|executor` and `ecd-audit sql --cluster` are built on it;
//! docs/cluster.md says how to run them.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod client;
pub mod codec;
mod executor;
pub mod scan;
mod scheduler;
mod store;
mod totals;
mod vcores;

pub use client::remote_context;
pub use executor::{ExecutorOptions, HEARTBEAT_INTERVAL, run_executor};
pub use scheduler::{SchedulerOptions, run_scheduler};
pub use totals::read_totals;
pub use vcores::Vcores;

/// The Ballista this crate is built on, for its error type.
pub use ballista_core;
