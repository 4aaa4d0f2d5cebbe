//! What a query's scans read and left out on the executors, for the client to say as a
//! local query says it: the executors count it in each
//! [`DistributedRecordsScan`](crate::scan::DistributedRecordsScan)'s metrics
//! ([`ecd_sql::SCAN_METRICS`]), the scheduler keeps the metrics of a job's stages, and the
//! client asks for them once the job is done.

use ballista_core::execution_plans::DistributedQueryExec;
use ballista_core::extension::SessionConfigExt;
use ballista_core::serde::protobuf::operator_metric::Metric;
use ballista_core::serde::protobuf::scheduler_grpc_client::SchedulerGrpcClient;
use ballista_core::serde::protobuf::{GetJobMetricsParams, GetJobMetricsResult};
use ballista_core::utils::{GrpcClientConfig, create_grpc_client_connection};
use datafusion_proto::protobuf::LogicalPlanNode;
use ecd_sql::ReadTotals;
use ecd_sql::datafusion::error::{DataFusionError, Result};
use ecd_sql::datafusion::physical_plan::ExecutionPlan;
use ecd_sql::datafusion::prelude::SessionConfig;

use crate::scan::DistributedRecordsScan;

/// What the scans of the query that `plan` ran on the cluster at `url` (`df://HOST:PORT`)
/// read and left out, summed over its stages: deliveries opened, records read, malformed
/// records and records whose `eventTime` is not a time. The malformed records themselves
/// are named on the executors' standard error, not here. `config` is the session's, whose
/// Ballista settings reach the scheduler as the query's did.
///
/// `None` when `plan` ran no job on the cluster (a statement the client answers itself, or
/// one not yet run). Call it after the query's stream has ended.
pub async fn read_totals(
    plan: &dyn ExecutionPlan,
    config: &SessionConfig,
    url: &str,
) -> Result<Option<ReadTotals>> {
    let Some(job) = job_of(plan) else {
        return Ok(None);
    };
    let ballista = config.ballista_config();
    let connection =
        create_grpc_client_connection(scheduler_endpoint(url)?, &GrpcClientConfig::from(&ballista))
            .await
            .map_err(|error| DataFusionError::Execution(format!("{url}: {error}")))?;
    let metrics = SchedulerGrpcClient::new(connection)
        .max_decoding_message_size(ballista.grpc_client_max_message_size())
        .get_job_metrics(GetJobMetricsParams {
            job_id: job.to_string(),
        })
        .await
        .map_err(|status| {
            DataFusionError::Execution(format!(
                "{url}: the metrics of job {job}: {}",
                status.message()
            ))
        })?
        .into_inner();
    Ok(Some(totals(&metrics)))
}

/// The job `plan` ran: its own, or, as `EXPLAIN ANALYZE` plans it, its child's.
fn job_of(plan: &dyn ExecutionPlan) -> Option<ballista_core::JobId> {
    if let Some(query) = plan.downcast_ref::<DistributedQueryExec<LogicalPlanNode>>() {
        return query.job_id();
    }
    plan.children()
        .into_iter()
        .find_map(|child| job_of(child.as_ref()))
}

/// The sum of every scan's counts among a job's metrics.
fn totals(job: &GetJobMetricsResult) -> ReadTotals {
    let mut totals = ReadTotals::default();
    let scans = job
        .stages
        .iter()
        .flat_map(|stage| &stage.operators)
        .filter(|operator| operator.operator_type == DistributedRecordsScan::NAME);
    for metric in scans.flat_map(|scan| &scan.metrics) {
        if let Some(Metric::Count(count)) = &metric.metric {
            totals.add_metric(&count.name, count.value);
        }
    }
    totals
}

/// The port of a `df://HOST` URL without one: Ballista's client's (which keeps it private).
const DEFAULT_SCHEDULER_PORT: u16 = 50050;

/// The scheduler's gRPC endpoint for a `df://HOST:PORT` URL, as Ballista's client makes it.
fn scheduler_endpoint(url: &str) -> Result<String> {
    let parsed = url::Url::parse(url)
        .map_err(|error| DataFusionError::Configuration(format!("{url}: {error}")))?;
    let host = parsed
        .host()
        .ok_or_else(|| DataFusionError::Configuration(format!("{url}: no host")))?;
    let port = parsed.port().unwrap_or(DEFAULT_SCHEDULER_PORT);
    Ok(format!("http://{host}:{port}"))
}

#[cfg(test)]
mod tests {
    use ballista_core::serde::protobuf::{
        JobStageMetrics, NamedCount, OperatorMetric, OperatorWithMetrics,
    };

    use super::*;

    fn operator(operator_type: &str, counts: &[(&str, u64)]) -> OperatorWithMetrics {
        OperatorWithMetrics {
            operator_type: operator_type.to_owned(),
            metrics: counts
                .iter()
                .map(|(name, value)| OperatorMetric {
                    partition: Some(0),
                    metric: Some(Metric::Count(NamedCount {
                        name: (*name).to_owned(),
                        value: *value,
                    })),
                })
                .collect(),
            ..OperatorWithMetrics::default()
        }
    }

    /// Every scan of every stage is summed (a query that reads `records` twice counts both
    /// reads, as a local one does), and another operator's counts of the same name are not.
    #[test]
    fn the_scans_of_every_stage_are_summed_and_nothing_else() {
        let job = GetJobMetricsResult {
            stages: vec![
                JobStageMetrics {
                    stage_id: 1,
                    partitions: 2,
                    operators: vec![
                        operator("AggregateExec", &[("malformed_records", 100)]),
                        operator(
                            DistributedRecordsScan::NAME,
                            &[("malformed_records", 2), ("records_read", 10), ("spill", 7)],
                        ),
                        operator(DistributedRecordsScan::NAME, &[("malformed_records", 1)]),
                    ],
                },
                JobStageMetrics {
                    stage_id: 2,
                    partitions: 1,
                    operators: vec![operator(
                        DistributedRecordsScan::NAME,
                        &[("records_time_not_time", 4)],
                    )],
                },
            ],
        };
        let totals = totals(&job);
        assert_eq!(totals.malformed, 3);
        assert_eq!(totals.records, 10);
        assert_eq!(totals.times_not_times, 4);
        assert_eq!(totals.opened, 0);
    }

    #[test]
    fn the_endpoint_is_the_schedulers_over_http() {
        assert_eq!(
            scheduler_endpoint("df://127.0.0.1:50051").unwrap(),
            "http://127.0.0.1:50051"
        );
        assert_eq!(
            scheduler_endpoint("df://scheduler").unwrap(),
            "http://scheduler:50050"
        );
        assert!(scheduler_endpoint("not a url").is_err());
    }
}
