//! One partition of a scan: its deliveries read in turn, on a blocking thread, into batches.

use std::io::Read;

use datafusion::arrow::record_batch::RecordBatch;
use datafusion::error::DataFusionError;
use ecd_events::records::{RecordErrorKind, RecordReader};

use super::batch::{BatchBuilder, ReadRecord};
use super::report::ReadTotals;
use crate::sources::{Delivery, Location};
use tokio::runtime::Handle;

/// Where a partition's batches go; `false` when no one wants more (the query has its rows,
/// or was cancelled).
pub(crate) type Emit<'e> = dyn FnMut(Result<RecordBatch, DataFusionError>) -> bool + 'e;

/// Reads `deliveries` into batches of up to `batch_size` rows of `builder`'s columns, at most
/// `limit` rows in all, giving what each delivery held to `found`. Objects are fetched on
/// `runtime`.
pub(crate) fn read_partition(
    deliveries: &[Delivery],
    runtime: &Handle,
    mut builder: BatchBuilder,
    batch_size: usize,
    limit: Option<usize>,
    found: &mut dyn FnMut(ReadTotals),
    emit: &mut Emit<'_>,
) {
    let mut wanted = true;
    let mut rows_left = limit.unwrap_or(usize::MAX);
    for delivery in deliveries {
        if !wanted || rows_left == 0 {
            break;
        }
        let totals = read_delivery(
            delivery,
            runtime,
            &mut builder,
            batch_size,
            &mut rows_left,
            &mut |batch| {
                wanted = wanted && emit(batch);
                wanted
            },
        );
        found(totals);
    }
    if wanted && builder.rows() > 0 {
        emit(builder.finish().map_err(DataFusionError::from));
    }
}

/// Reads one delivery, emitting each full batch; returns what it held.
fn read_delivery(
    delivery: &Delivery,
    runtime: &Handle,
    builder: &mut BatchBuilder,
    batch_size: usize,
    rows_left: &mut usize,
    emit: &mut Emit<'_>,
) -> ReadTotals {
    let mut totals = ReadTotals {
        opened: 1,
        ..ReadTotals::default()
    };
    let read = Reading {
        delivery,
        builder,
        batch_size,
        rows_left,
        emit,
        totals: &mut totals,
    };
    match delivery.location() {
        Location::File(path) => match RecordReader::open(path) {
            Ok(reader) => read.records(reader),
            Err(error) => read.unreadable(error),
        },
        Location::Object(object) => match object.open(runtime.clone()) {
            Ok(bytes) => read.records(
                RecordReader::with_background_decompression(bytes).source_length(object.size),
            ),
            Err(error) => read.unreadable(error),
        },
    }
    totals
}

/// One delivery being read into batches.
struct Reading<'r, 'e> {
    delivery: &'r Delivery,
    builder: &'r mut BatchBuilder,
    batch_size: usize,
    rows_left: &'r mut usize,
    emit: &'r mut Emit<'e>,
    totals: &'r mut ReadTotals,
}

impl Reading<'_, '_> {
    /// Counts the delivery as one that could not be read.
    fn unreadable(self, error: impl std::fmt::Display) {
        self.totals
            .unreadable
            .push(format!("{}: {error}", self.delivery.label()));
    }

    /// Reads its records.
    fn records<R: Read>(self, mut reader: RecordReader<R>) {
        let Reading {
            delivery,
            builder,
            batch_size,
            rows_left,
            emit,
            totals,
        } = self;
        let full = builder.needs_full_record();
        // Once the consumer has enough, the rest of the delivery is read without building
        // rows (the reader lends records to a closure, which cannot stop it).
        let mut wanted = true;
        let mut take = |record: ReadRecord<'_, '_>, totals: &mut ReadTotals| {
            totals.records += 1;
            if !wanted || *rows_left == 0 {
                return;
            }
            if builder.push(record, delivery) {
                totals.times_not_times += 1;
            }
            *rows_left -= 1;
            // The rows that reach a limit wait for the end of their delivery (read to its end
            // anyway, to count it): once the consumer has them it may stop, and what the
            // delivery held must be counted by then (a cluster's executor reads the counts
            // when its task ends).
            if builder.rows() >= batch_size {
                wanted = emit(builder.finish().map_err(DataFusionError::from));
            }
        };
        let failed = |error: ecd_events::records::RecordError, totals: &mut ReadTotals| {
            if error.kind() == RecordErrorKind::Io {
                totals
                    .unreadable
                    .push(format!("{}: {error}", delivery.label()));
            } else {
                totals.malformed(delivery.label(), error);
            }
        };
        if full {
            reader.for_each_borrowed(|result| match result {
                Ok(record) => take(ReadRecord::Full(&record), totals),
                Err(error) => failed(error, totals),
            });
        } else {
            reader.for_each_lazy(|result| match result {
                Ok(record) => take(ReadRecord::Skimmed(&record), totals),
                Err(error) => failed(error, totals),
            });
        }
    }
}
