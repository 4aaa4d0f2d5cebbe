#!/usr/bin/env python3
"""The summary that `ecd-audit scan` makes of an OSS archive, as a user would write it in
Python with orjson: walk the archive, gunzip each object, parse its JSON array, count in a
loop. One process, one thread. audit/benches/compare.sh times it against ecd-audit.

It counts: records; distinct eventIds; records by service (lower-cased serviceName) for
other services than ECD; ECD's records (serviceName ecd or eds-user), by eventName and
eventRW; ECD's failed requests (a non-empty errorCode or errorMessage) by eventName and
identity (userName, else principalId, accessKeyId, type) and by errorCode; ECD's first and
last eventTime (as strings: every fixture time is UTC with a Z). It prints the counts as one
JSON object, with the same keys as audit/benches/duckdb_summary.sql and summary.jq.

Run: python3 audit/benches/summary.py ARCHIVE   (needs `pip install orjson`)
"""

import gzip
import os
import sys

import orjson

ECD_PRODUCTS = {"ecd", "eds-user"}


def identity(record):
    who = record.get("userIdentity") or {}
    for field in ("userName", "principalId", "accessKeyId", "type"):
        if who.get(field):
            return who[field]
    return "?"


def summarize(root):
    records = 0
    ids = set()
    other_services = {}
    ecd_records = 0
    ecd_by_event = {}
    failed = {}
    failed_codes = {}
    first = last = None
    for directory, _, names in os.walk(root):
        for name in names:
            if not name.endswith(".gz"):
                continue
            with open(os.path.join(directory, name), "rb") as file:
                array = orjson.loads(gzip.decompress(file.read()))
            for record in array:
                records += 1
                ids.add(record.get("eventId"))
                service = (record.get("serviceName") or "").lower()
                if service not in ECD_PRODUCTS:
                    other_services[service] = other_services.get(service, 0) + 1
                    continue
                ecd_records += 1
                key = (record.get("eventName"), record.get("eventRW"))
                ecd_by_event[key] = ecd_by_event.get(key, 0) + 1
                time = record.get("eventTime")
                if time:
                    if first is None or time < first:
                        first = time
                    if last is None or time > last:
                        last = time
                code = record.get("errorCode") or ""
                if code or record.get("errorMessage"):
                    key = (record.get("eventName"), identity(record))
                    failed[key] = failed.get(key, 0) + 1
                    failed_codes[code] = failed_codes.get(code, 0) + 1
    return {
        "records": records,
        "distinct_event_ids": len(ids),
        "ecd_records": ecd_records,
        "other_services": dict(sorted(other_services.items())),
        "ecd_event_groups": len(ecd_by_event),
        "failed": sum(failed.values()),
        "failed_groups": len(failed),
        "failed_by_code": dict(sorted(failed_codes.items())),
        "first_event_time": first,
        "last_event_time": last,
    }


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: summary.py ARCHIVE")
    sys.stdout.buffer.write(orjson.dumps(summarize(sys.argv[1])) + b"\n")
