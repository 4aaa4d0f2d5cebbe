//! How ecd-sql's table and scan travel: a tag that says the bytes are ours (Ballista's own
//! codec gets every other node), then JSON of the table's deliveries' paths and archives in
//! buckets, or of a scan's columns' names.
//! JSON because the plans are small (a path per delivery) and a mismatch between client and
//! executor versions then fails with a message that names the field.

use std::path::PathBuf;
use std::sync::Arc;

use ecd_sql::columns::Column;
use ecd_sql::datafusion::error::{DataFusionError, Result};
use ecd_sql::datafusion::physical_plan::ExecutionPlan;
use ecd_sql::{Delivery, ReadReport, RecordsTable};

use crate::scan::DistributedRecordsScan;
use crate::store::Archive;
use serde::{Deserialize, Serialize};

/// The first bytes of every node this crate encodes.
const TAG: &[u8] = b"ecd-cluster/1\n";

/// What a node is, and what it holds.
#[derive(Serialize, Deserialize)]
#[serde(tag = "node", rename_all = "snake_case")]
enum Node {
    /// `records`: its deliveries, and its archives in buckets.
    RecordsTable {
        deliveries: Vec<PathBuf>,
        archives: Vec<Archive>,
    },
    /// `events`: the catalogue, the same on every side.
    EventsTable,
    /// A scan of `records` on a cluster: the columns and the limit (its deliveries are its
    /// input, a table of paths that travels as Ballista's own node).
    DistributedScan {
        columns: Vec<String>,
        limit: Option<usize>,
    },
}

/// Our bytes (the tag, then `node`).
fn encode(node: &Node, buf: &mut Vec<u8>) -> Result<()> {
    buf.extend_from_slice(TAG);
    serde_json::to_writer(buf, node).map_err(|error| {
        DataFusionError::Internal(format!("cannot encode an ecd-sql plan node: {error}"))
    })
}

/// The node in `buf`, or `None` if the bytes are not ours.
fn decode(buf: &[u8]) -> Result<Option<Node>> {
    let Some(json) = buf.strip_prefix(TAG) else {
        return Ok(None);
    };
    serde_json::from_slice(json).map(Some).map_err(|error| {
        DataFusionError::Plan(format!(
            "an ecd-sql plan node this build cannot read (client, scheduler and executors \
             must run the same ecd-audit): {error}"
        ))
    })
}

/// The table `records`, encoded.
pub(super) fn encode_records_table(table: &RecordsTable, buf: &mut Vec<u8>) -> Result<()> {
    let deliveries = table
        .deliveries()
        .iter()
        .map(|d| {
            let path = d.path().ok_or_else(|| {
                DataFusionError::NotImplemented(format!(
                    "{}: objects in buckets cannot be queried on a cluster yet",
                    d.label()
                ))
            })?;
            // The executors run elsewhere, in directories of their own: a relative path
            // would name another file there, or none.
            std::path::absolute(path)
                .map_err(|error| DataFusionError::Plan(format!("{}: {error}", d.label())))
        })
        .collect::<Result<_>>()?;
    let archives = table.archives().iter().map(Archive::of).collect();
    encode(
        &Node::RecordsTable {
            deliveries,
            archives,
        },
        buf,
    )
}

/// The table `events`, encoded.
pub(super) fn encode_events_table(buf: &mut Vec<u8>) -> Result<()> {
    encode(&Node::EventsTable, buf)
}

/// A scan of `records` on a cluster, encoded.
pub(super) fn encode_distributed_scan(
    scan: &DistributedRecordsScan,
    buf: &mut Vec<u8>,
) -> Result<()> {
    let columns = scan.columns().iter().map(|c| c.name().to_owned()).collect();
    let node = Node::DistributedScan {
        columns,
        limit: scan.limit(),
    };
    encode(&node, buf)
}

/// A table this crate encoded.
pub(super) enum Table {
    Records(RecordsTable),
    Events,
}

/// The table in `buf`, or `None` if the bytes are not ours.
pub(super) fn decode_table(buf: &[u8]) -> Result<Option<Table>> {
    Ok(match decode(buf)? {
        None => None,
        Some(Node::RecordsTable {
            deliveries,
            archives,
        }) => Some(Table::Records(
            RecordsTable::new(deliveries.into_iter().map(Delivery::file).collect()).with_archives(
                archives
                    .into_iter()
                    .map(Archive::archive)
                    .collect::<Result<_>>()?,
            ),
        )),
        Some(Node::EventsTable) => Some(Table::Events),
        Some(Node::DistributedScan { .. }) => {
            return Err(DataFusionError::Plan(
                "a scan where a table was expected in an ecd-sql plan".into(),
            ));
        }
    })
}

/// The scan in `buf` over `paths`, or `None` if the bytes are not ours. Its damage is
/// counted in `report`.
pub(super) fn decode_scan(
    buf: &[u8],
    paths: Option<&Arc<dyn ExecutionPlan>>,
    report: Arc<ReadReport>,
) -> Result<Option<DistributedRecordsScan>> {
    let Some(node) = decode(buf)? else {
        return Ok(None);
    };
    let Node::DistributedScan { columns, limit } = node else {
        return Err(DataFusionError::Plan(
            "a table where a scan was expected in an ecd-sql plan".into(),
        ));
    };
    let paths = paths.ok_or_else(|| {
        DataFusionError::Plan("a scan of records without its table of paths".into())
    })?;
    let columns = columns
        .iter()
        .map(|name| {
            Column::ALL
                .iter()
                .copied()
                .find(|column| column.name() == name)
                .ok_or_else(|| {
                    DataFusionError::Plan(format!("records has no column `{name}` in this build"))
                })
        })
        .collect::<Result<Vec<Column>>>()?;
    Ok(Some(DistributedRecordsScan::new(
        Arc::clone(paths),
        columns,
        limit,
        report,
    )))
}
