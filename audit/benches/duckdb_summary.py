#!/usr/bin/env python3
"""The summary that `ecd-audit scan` makes of an OSS archive, in DuckDB's SQL over
`read_json` of the archive's `.gz` objects; audit/benches/compare.sh times it against
ecd-audit. It counts what audit/benches/summary.py counts (see there) and prints the same
JSON object.

--schema columns (the default): the columns it needs are given (VARCHARs and the
  userIdentity struct), so DuckDB infers nothing and skips every other field: its fastest,
  with a query that knows the data.
--schema sampled: `read_json(GLOB, format = 'array')` as a user would first write it: DuckDB
  infers the schema from a sample (its default: the first 20,480 records, here the first 82
  objects). Fast, but a field that first shows up later is silently dropped.
--schema union: DuckDB infers the schema of every object and unites them
  (union_by_name = true), which mixed services' records call for (their requestParameters
  and responseElements differ): correct whatever the objects hold, and slow (it reads every
  object twice: once for its schema, once for its records).

DuckDB uses every core (its default: `threads` is the number of cores); --threads N sets it.

Run: python3 audit/benches/duckdb_summary.py [--schema columns|sampled|union] [--threads N] ARCHIVE
(needs `pip install duckdb`)
"""

import argparse
import datetime
import json

import duckdb

COLUMNS = {
    "eventId": "VARCHAR",
    "eventName": "VARCHAR",
    "eventRW": "VARCHAR",
    "eventTime": "VARCHAR",
    "serviceName": "VARCHAR",
    "errorCode": "VARCHAR",
    "errorMessage": "VARCHAR",
    "userIdentity": "STRUCT(type VARCHAR, userName VARCHAR, principalId VARCHAR, "
    "accessKeyId VARCHAR)",
}


def source(root, schema):
    glob = f"{root}/**/*.gz".replace("'", "''")
    options = "format = 'array', compression = 'gzip'"
    if schema == "columns":
        columns = ", ".join(f"{name}: '{kind}'" for name, kind in COLUMNS.items())
        options += f", columns = {{{columns}}}"
    elif schema == "union":
        options += ", union_by_name = true"
    return f"read_json('{glob}', {options})"


QUERY = """
CREATE TEMP TABLE records AS
SELECT eventId, eventName, eventRW, eventTime,
       lower(coalesce(serviceName, '')) AS service,
       coalesce(errorCode, '') AS code,
       coalesce(errorCode, '') <> '' OR coalesce(errorMessage, '') <> '' AS failed,
       coalesce(nullif(userIdentity.userName, ''), nullif(userIdentity.principalId, ''),
                nullif(userIdentity.accessKeyId, ''), nullif(userIdentity.type, ''),
                '?') AS identity
FROM {source};
"""

SUMMARY = """
SELECT count(*), count(DISTINCT eventId),
       count(*) FILTER (WHERE service IN ('ecd', 'eds-user')),
       min(eventTime) FILTER (WHERE service IN ('ecd', 'eds-user')),
       max(eventTime) FILTER (WHERE service IN ('ecd', 'eds-user'))
FROM records
"""

OTHER_SERVICES = """
SELECT service, count(*) FROM records WHERE service NOT IN ('ecd', 'eds-user')
GROUP BY service ORDER BY service
"""

ECD_BY_EVENT = """
SELECT eventName, eventRW, count(*) FROM records WHERE service IN ('ecd', 'eds-user')
GROUP BY eventName, eventRW
"""

FAILED = """
SELECT eventName, identity, count(*) FROM records
WHERE service IN ('ecd', 'eds-user') AND failed
GROUP BY eventName, identity
"""

FAILED_BY_CODE = """
SELECT code, count(*) FROM records WHERE service IN ('ecd', 'eds-user') AND failed
GROUP BY code ORDER BY code
"""


def as_rfc3339(time):
    """eventTime as the records say it: DuckDB infers a TIMESTAMP WITH TIME ZONE."""
    if isinstance(time, datetime.datetime):
        return time.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return time


def summarize(root, schema, threads):
    connection = duckdb.connect()
    if threads:
        connection.execute(f"SET threads = {int(threads)}")
    # Read once, then summarize the few columns it needs, as an analyst would.
    connection.execute(QUERY.format(source=source(root, schema)))
    records, ids, ecd, first, last = connection.execute(SUMMARY).fetchone()
    failed = connection.execute(FAILED).fetchall()
    return {
        "records": records,
        "distinct_event_ids": ids,
        "ecd_records": ecd,
        "other_services": dict(connection.execute(OTHER_SERVICES).fetchall()),
        "ecd_event_groups": len(connection.execute(ECD_BY_EVENT).fetchall()),
        "failed": sum(count for _, _, count in failed),
        "failed_groups": len(failed),
        "failed_by_code": dict(connection.execute(FAILED_BY_CODE).fetchall()),
        "first_event_time": as_rfc3339(first),
        "last_event_time": as_rfc3339(last),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema", choices=["columns", "sampled", "union"], default="columns")
    parser.add_argument("--threads", type=int, default=0, help="0: DuckDB's default")
    parser.add_argument("archive")
    args = parser.parse_args()
    print(json.dumps(summarize(args.archive, args.schema, args.threads), separators=(",", ":")))
