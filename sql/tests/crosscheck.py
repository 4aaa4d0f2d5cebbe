"""Counts over an archive of ActionTrail deliveries, computed apart from the Rust code:
Python's own gzip and json over the files, the catalogue read from events.toml, and DuckDB
reading the Parquet export. sql/tests/crosscheck.rs compares them with ecd-sql's.

usage: crosscheck.py ARCHIVE EVENTS_TOML PARQUET_DIR  (prints one JSON object)
"""
import collections
import gzip
import json
import os
import sys
import tomllib

import duckdb

archive, events_toml, parquet = sys.argv[1:4]

with open(events_toml, "rb") as file:
    toml = tomllib.load(file)
catalogue = {event["name"]: event for event in toml["event"]}
# ECD's records: those of its APIs' products (every record here has a serviceName).
ecd_products = {api["product"] for api in toml["api"]}

by_name = collections.Counter()
ecd_by_name = collections.Counter()
by_region = collections.Counter()
destructive_by_category = collections.Counter()
one_day = 0
for folder, _, names in os.walk(archive):
    for name in names:
        with gzip.open(os.path.join(folder, name), "rt", encoding="utf-8") as file:
            records = json.load(file)
        for record in records:
            by_name[record["eventName"]] += 1
            if record["serviceName"].lower() in ecd_products:
                ecd_by_name[record["eventName"]] += 1
            by_region[record.get("acsRegion")] += 1
            # The fixture writes every time as YYYY-MM-DDTHH:MM:SSZ: text order is time order.
            if "2025-03-15T00:00:00Z" <= record["eventTime"] < "2025-03-16T00:00:00Z":
                one_day += 1
            event = catalogue.get(record["eventName"])
            if event and "destructive" in event.get("tags", []):
                destructive_by_category[event["category"]] += 1

exported = duckdb.sql(
    f"SELECT region, count(*) FROM read_parquet('{parquet}/**/*.parquet', hive_partitioning = true) "
    "GROUP BY 1 ORDER BY 1"
).fetchall()

print(json.dumps({
    "by_name": by_name,
    "ecd_by_name": ecd_by_name,
    "by_region": by_region,
    "destructive_by_category": destructive_by_category,
    "one_day": one_day,
    "exported_by_region": {region: count for region, count in exported},
}, sort_keys=True))
