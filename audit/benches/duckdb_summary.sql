-- The summary that `ecd-audit scan` makes of an OSS archive, in SQL for DuckDB's own CLI:
-- audit/benches/compare.sh runs it as `duckdb -noheader -list -c "$(cat this file)"`, with
-- ARCHIVE replaced by the archive's directory, and checks its counts against ecd-audit's. It
-- counts what audit/benches/summary.py counts (see there) and prints the same JSON object.
--
-- The columns it needs are given (VARCHARs and the userIdentity struct), so DuckDB infers no
-- schema and skips every other field: its fastest way, with a query that knows the data. It
-- reads the archive once into a table of those columns, then summarizes it, as an analyst
-- would. DuckDB uses every core (its default).
CREATE TEMP TABLE records AS
SELECT eventId, eventName, eventRW, eventTime,
       lower(coalesce(serviceName, '')) AS service,
       coalesce(errorCode, '') AS code,
       coalesce(errorCode, '') <> '' OR coalesce(errorMessage, '') <> '' AS failed,
       coalesce(nullif(userIdentity.userName, ''), nullif(userIdentity.principalId, ''),
                nullif(userIdentity.accessKeyId, ''), nullif(userIdentity.type, ''),
                '?') AS identity,
       service IN ('ecd', 'eds-user') AS ecd
FROM read_json('ARCHIVE/**/*.gz', format = 'array', compression = 'gzip',
               columns = {eventId: 'VARCHAR', eventName: 'VARCHAR', eventRW: 'VARCHAR',
                          eventTime: 'VARCHAR', serviceName: 'VARCHAR', errorCode: 'VARCHAR',
                          errorMessage: 'VARCHAR',
                          userIdentity: 'STRUCT(type VARCHAR, userName VARCHAR, principalId VARCHAR, accessKeyId VARCHAR)'});
SELECT json_object(
    'records', (SELECT count(*) FROM records),
    'distinct_event_ids', (SELECT count(DISTINCT eventId) FROM records),
    'ecd_records', (SELECT count(*) FROM records WHERE ecd),
    'other_services', (SELECT coalesce(json_group_object(service, n), '{}') FROM
        (SELECT service, count(*) AS n FROM records WHERE NOT ecd GROUP BY service ORDER BY service)),
    'ecd_event_groups', (SELECT count(*) FROM
        (SELECT DISTINCT eventName, eventRW FROM records WHERE ecd)),
    'failed', (SELECT count(*) FROM records WHERE ecd AND failed),
    'failed_groups', (SELECT count(*) FROM
        (SELECT DISTINCT eventName, identity FROM records WHERE ecd AND failed)),
    'failed_by_code', (SELECT coalesce(json_group_object(code, n), '{}') FROM
        (SELECT code, count(*) AS n FROM records WHERE ecd AND failed GROUP BY code ORDER BY code)),
    'first_event_time', (SELECT min(eventTime) FROM records WHERE ecd),
    'last_event_time', (SELECT max(eventTime) FROM records WHERE ecd)
);
