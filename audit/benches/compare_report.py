#!/usr/bin/env python3
"""audit/benches/compare.sh's arithmetic, in the standard library only.

check OUT LABEL  Compares the summaries that each tool wrote for the archive LABEL to
                 OUT/LABEL.<tool>.out (ecd-audit's is its JSON Lines report, whose last line is
                 the summary) on what they all count; exits 1 if any differs from ecd-audit's.
                 The text report and DuckDB's simplest query are not summaries: the first is
                 only checked to be there, the second's total is printed.
table RESULTS    Reads lines `<archive> <tool> <wall seconds> <peak RSS KiB> <CPU seconds>` and
                 prints, per archive and tool, the median, min and max wall time, the median CPU
                 time and the median peak RSS,
                 then the goals' ratios, as markdown: each goal "met" only if its number meets
                 it, otherwise by how much it falls short.
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


def check(out_dir, label):
    out_dir = Path(out_dir)
    outputs = {path.name[len(label) + 1 : -len(".out")]: path for path in out_dir.glob(f"{label}.*.out")}
    audit = json.loads(outputs["ecd-audit"].read_text().splitlines()[-1])["summary"]
    print(
        f"ecd-audit: {audit['records']} records ({audit['duplicates']} duplicates), "
        f"{audit['ecd_records']} ECD, {audit['failed']} failed, {audit['findings']} findings "
        f"({audit['findings'] / max(audit['ecd_records'], 1):.1%} of ECD's records)"
    )
    expected = load(outputs["ecd-audit"])
    wrong = 0
    for tool, path in sorted(outputs.items()):
        if tool == "ecd-audit":
            continue
        if tool == "ecd-audit-text":
            text = path.read_text()
            print(f"{tool}: {len(text.splitlines())} lines" if text else f"{tool}: EMPTY")
            wrong += not text
            continue
        if tool == "duckdb-simplest":
            rows = [line.split("|") for line in path.read_text().splitlines() if line]
            print(
                f"{tool}: {len(rows)} event names, {sum(int(row[1]) for row in rows)} records "
                f"of serviceName 'Ecd', {sum(int(row[2]) for row in rows)} with an errorCode"
            )
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
            print(f"{tool}: DIFFERS: " + "; ".join(differs + [f"no {key}" for key in missing]))
        else:
            print(f"{tool}: same counts")
    return 1 if wrong else 0


def goal(name, value, target, at_least):
    met = value >= target if at_least else value <= target
    if met:
        return f"- {name}: **met**, {value:.2f}× (goal {'≥' if at_least else '≤'} {target}×)"
    short = target / value if at_least else value / target
    return (
        f"- {name}: **not met**, {value:.2f}× (goal {'≥' if at_least else '≤'} {target}×: "
        f"short by a factor of {short:.2f})"
    )


def table(results):
    runs = defaultdict(lambda: defaultdict(list))
    for line in Path(results).read_text().splitlines():
        archive, tool, wall, rss, cpu = line.split()
        runs[archive][tool].append((float(wall), int(rss), float(cpu)))
    for archive, tools in runs.items():
        median = {tool: statistics.median(run[0] for run in each) for tool, each in tools.items()}
        rss = {tool: statistics.median(run[1] for run in each) / 1024 for tool, each in tools.items()}
        cpu = {tool: statistics.median(run[2] for run in each) for tool, each in tools.items()}
        print(f"### {archive}")
        print()
        print(
            "| tool | runs | median wall (s) | min–max (s) | ÷ ecd-audit | median CPU (s) "
            "| ÷ ecd-audit | median peak RSS (MiB) |"
        )
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        base = median["ecd-audit"]
        for tool, each in tools.items():
            walls = [run[0] for run in each]
            print(
                f"| {tool} | {len(each)} | {median[tool]:.3f} | {min(walls):.3f}–{max(walls):.3f} "
                f"| {median[tool] / base:.2f} | {cpu[tool]:.2f} | {cpu[tool] / cpu['ecd-audit']:.2f} "
                f"| {rss[tool]:.0f} |"
            )
        print()
        quiet = median["ecd-audit-no-findings"]
        print(goal("DuckDB's simplest query ÷ the full audit", median["duckdb-simplest"] / base, 3, True))
        print(goal("the full audit ÷ the scan without findings", base / quiet, 1.15, False))
        print(goal("1 thread ÷ 2 threads", median["ecd-audit-j1"] / median["ecd-audit-j2"], 1.8, True))
        print(
            goal(
                "peak memory of --format text ÷ the scan without findings",
                rss["ecd-audit-text"] / rss["ecd-audit-no-findings"],
                1.3,
                False,
            )
        )
        print(
            f"- in CPU time: DuckDB's simplest query ÷ the full audit "
            f"{cpu['duckdb-simplest'] / cpu['ecd-audit']:.2f}×, the full audit ÷ the scan "
            f"without findings {cpu['ecd-audit'] / cpu['ecd-audit-no-findings']:.2f}×"
        )
        print(f"- DuckDB's summary ÷ the full audit: {median['duckdb-summary'] / base:.2f}×")
        print(f"- Python + orjson (one thread) ÷ ecd-audit -j1: {median['python-orjson'] / median['ecd-audit-j1']:.2f}×")
        if "zcat-jq" in median:
            print(f"- zcat | jq ÷ the full audit: {median['zcat-jq'] / base:.2f}×")
        print()


if __name__ == "__main__":
    commands = {"check": (check, 4), "table": (table, 3)}
    if len(sys.argv) < 2 or sys.argv[1] not in commands or len(sys.argv) != commands[sys.argv[1]][1]:
        sys.exit(__doc__)
    sys.exit(commands[sys.argv[1]][0](*sys.argv[2:]))
