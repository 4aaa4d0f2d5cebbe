#!/usr/bin/env python3
"""audit/benches/compare.sh's arithmetic, in the standard library only.

check OUT_DIR    Compares the summaries that each tool wrote to OUT_DIR/<tool>.json (ecd-audit's
                 is its JSON Lines report, whose last line is the summary) on what they all
                 count; exits 1 if any differs from ecd-audit's.
table RESULTS    Reads lines `<tool> <wall seconds> <peak RSS KiB>` and prints, per tool, the
                 median, min and max wall time and the median peak RSS, then the ratios, as
                 markdown.
memory RESULTS   Reads lines `<archive label> <JSON MB> <threads> <rules> <wall> <peak RSS KiB>`
                 and prints the median peak RSS for each archive, thread count and rules, and
                 how much it grows with the archive.
"""

import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

# The keys every tool's summary has, with ecd-audit's names for them.
COMMON = {
    "records": "records",
    "ecd_records": "ecd_records",
    "other_services": "other_services_by_product",
    "failed": "failed",
    "first_event_time": "first_event_time",
    "last_event_time": "last_event_time",
}


def rfc3339_z(time):
    return time.replace("+00:00", "Z") if isinstance(time, str) else time


def load(path):
    """A tool's summary: its output's last line (ecd-audit's as what the others count)."""
    summary = json.loads(path.read_text().splitlines()[-1])
    if "summary" not in summary:
        return summary
    audit = summary["summary"]
    counts = {key: rfc3339_z(audit[name]) for key, name in COMMON.items()}
    # ecd-audit counts each eventId once: its records are the distinct ones.
    counts["distinct_event_ids"] = audit["records"]
    return counts


def check(out_dir):
    out_dir = Path(out_dir)
    audit = json.loads((out_dir / "ecd-audit.json").read_text().splitlines()[-1])["summary"]
    print(
        f"ecd-audit: {audit['records']} records ({audit['duplicates']} duplicates), "
        f"{audit['ecd_records']} ECD, {audit['failed']} failed, {audit['findings']} findings"
    )
    expected = load(out_dir / "ecd-audit.json")
    wrong = 0
    for path in sorted(out_dir.glob("*.json")):
        if path.stem == "ecd-audit":
            continue
        summary = load(path)
        # A count a tool does not make is null (jq's distinct eventIds).
        differs = [
            f"{key}: {summary.get(key)!r} (ecd-audit: {value!r})"
            for key, value in expected.items()
            if summary.get(key) is not None and summary.get(key) != value
        ]
        missing = [key for key in ("records", "ecd_records", "failed") if summary.get(key) is None]
        if differs or missing:
            wrong += 1
            print(f"{path.stem}: DIFFERS: " + "; ".join(differs + [f"no {key}" for key in missing]))
        else:
            print(f"{path.stem}: same counts")
    return 1 if wrong else 0


def table(results):
    runs = defaultdict(list)
    for line in Path(results).read_text().splitlines():
        tool, wall, rss = line.split()
        runs[tool].append((float(wall), int(rss)))
    median = {tool: statistics.median(wall for wall, _ in each) for tool, each in runs.items()}
    print("| tool | runs | median wall (s) | min–max (s) | median peak RSS (MiB) | ÷ ecd-audit |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    base = median.get("ecd-audit")
    for tool, each in runs.items():
        walls = [wall for wall, _ in each]
        rss = statistics.median(rss for _, rss in each) / 1024
        ratio = f"{median[tool] / base:.2f}×" if base else "–"
        print(
            f"| {tool} | {len(each)} | {median[tool]:.3f} | {min(walls):.3f}–{max(walls):.3f} "
            f"| {rss:.0f} | {ratio} |"
        )
    print()
    if base:
        duckdb = {tool: time for tool, time in median.items() if tool.startswith("duckdb")}
        if duckdb:
            fastest = min(duckdb, key=duckdb.get)
            print(
                f"- DuckDB ÷ ecd-audit: {duckdb[fastest] / base:.2f}× (its fastest, {fastest}; goal ≥ 3×)"
            )
            quiet = median.get("ecd-audit-no-findings")
            if quiet:
                print(f"- DuckDB ÷ ecd-audit without findings: {duckdb[fastest] / quiet:.2f}×")
        for tool, label in [("python-orjson", "Python + orjson"), ("zcat-jq", "zcat | jq")]:
            if tool in median:
                print(f"- {label} ÷ ecd-audit: {median[tool] / base:.2f}×")
    one, two = median.get("ecd-audit-j1"), median.get("ecd-audit-j2")
    if one and two:
        print(f"- ecd-audit 1 thread ÷ 2 threads: {one / two:.2f}× (goal ≥ 1.8×)")


def memory(results):
    runs = defaultdict(list)
    for line in Path(results).read_text().splitlines():
        label, json_mb, threads, rules, _wall, rss = line.split()
        runs[(label, float(json_mb), threads, rules)].append(int(rss))
    print("| archive | JSON (MB) | threads | rules | median peak RSS (MiB) |")
    print("| --- | ---: | ---: | --- | ---: |")
    for (label, json_mb, threads, rules), each in runs.items():
        rss = statistics.median(each) / 1024
        print(f"| {label} | {json_mb:.0f} | {threads} | {rules} | {rss:.1f} |")
    print()
    # What the peak grows by with the archive, for each thread count and rules.
    for threads, rules in sorted({(threads, rules) for _, _, threads, rules in runs}):
        sizes = sorted(
            (json_mb, statistics.median(each) / 1024)
            for (_, json_mb, t, r), each in runs.items()
            if (t, r) == (threads, rules)
        )
        if len(sizes) >= 2:
            (small_mb, small), (large_mb, large) = sizes[0], sizes[-1]
            growth = (large - small) / (large_mb - small_mb) * 100
            print(
                f"- {threads} thread(s), {rules} rules: {small:.1f} → {large:.1f} MiB for "
                f"{small_mb:.0f} → {large_mb:.0f} MB of JSON: +{growth:.1f} MiB per 100 MB of JSON"
            )


if __name__ == "__main__":
    commands = {"check": check, "table": table, "memory": memory}
    if len(sys.argv) != 3 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    sys.exit(commands[sys.argv[1]](sys.argv[2]))
