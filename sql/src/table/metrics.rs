//! A scan's totals as metrics of its [`RecordsExec`](super::RecordsExec): how a scan that
//! ran in another process (a cluster's executor) tells the client what it read and what its
//! result leaves out. They show in `EXPLAIN ANALYZE` too.

use datafusion::physical_plan::metrics::{Count, ExecutionPlanMetricsSet, MetricBuilder};

use super::report::ReadTotals;

/// The counts a [`RecordsExec`](super::RecordsExec) keeps among its metrics, by name: each is
/// the [`ReadTotals`] field it is named for, summed over the scan's partitions.
pub const SCAN_METRICS: [&str; 4] = [
    "deliveries_opened",
    "records_read",
    "malformed_records",
    "records_time_not_time",
];

/// The counts of one partition of a scan, registered among an operator's metrics under the
/// names of [`SCAN_METRICS`].
#[derive(Debug)]
pub(crate) struct ScanCounters([Count; SCAN_METRICS.len()]);

impl ScanCounters {
    /// Counters for `partition`, registered in `metrics`.
    pub(crate) fn new(metrics: &ExecutionPlanMetricsSet, partition: usize) -> ScanCounters {
        ScanCounters(SCAN_METRICS.map(|name| MetricBuilder::new(metrics).counter(name, partition)))
    }

    /// Adds what reading deliveries found.
    pub(crate) fn add(&self, totals: &ReadTotals) {
        let [opened, records, malformed, times_not_times] = &self.0;
        for (counter, value) in [
            (opened, totals.opened),
            (records, totals.records),
            (malformed, totals.malformed),
            (times_not_times, totals.times_not_times),
        ] {
            counter.add(usize::try_from(value).unwrap_or(usize::MAX));
        }
    }
}

impl ReadTotals {
    /// Adds `value` to the field that the metric `name` counts (one of [`SCAN_METRICS`]);
    /// `false`, adding nothing, for another name. A client sums a scan's metrics so, as a
    /// cluster's scheduler reports them.
    ///
    /// ```
    /// use ecd_sql::ReadTotals;
    ///
    /// let mut totals = ReadTotals::default();
    /// assert!(totals.add_metric("malformed_records", 2));
    /// assert!(totals.add_metric("malformed_records", 1));
    /// assert!(!totals.add_metric("output_rows", 10));
    /// assert_eq!(totals.malformed, 3);
    /// ```
    pub fn add_metric(&mut self, name: &str, value: u64) -> bool {
        let field = match SCAN_METRICS.iter().position(|known| *known == name) {
            Some(0) => &mut self.opened,
            Some(1) => &mut self.records,
            Some(2) => &mut self.malformed,
            Some(3) => &mut self.times_not_times,
            _ => return false,
        };
        *field += value;
        true
    }
}

#[cfg(test)]
mod tests {
    use datafusion::physical_plan::metrics::MetricValue;

    use super::*;

    /// Every count a scan keeps comes back, summed over partitions, into the field it was
    /// taken from: nothing a partition counted is dropped or lands in another field.
    #[test]
    fn every_count_comes_back_into_its_own_field() {
        let metrics = ExecutionPlanMetricsSet::new();
        let found = |seed: u64| ReadTotals {
            opened: seed,
            records: seed * 10 + 1,
            malformed: seed * 100 + 2,
            times_not_times: seed * 1000 + 3,
            ..ReadTotals::default()
        };
        ScanCounters::new(&metrics, 0).add(&found(1));
        ScanCounters::new(&metrics, 1).add(&found(2));
        ScanCounters::new(&metrics, 1).add(&found(3));

        let mut totals = ReadTotals::default();
        for metric in metrics.clone_inner().iter() {
            if let MetricValue::Count { name, count } = metric.value() {
                assert!(totals.add_metric(name, count.value() as u64), "{name}");
            }
        }
        let expected = ReadTotals {
            opened: 6,
            records: 63,
            malformed: 606,
            times_not_times: 6009,
            ..ReadTotals::default()
        };
        assert_eq!(totals, expected);
    }
}
