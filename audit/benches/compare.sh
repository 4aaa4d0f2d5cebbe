#!/usr/bin/env bash
# Times `ecd-audit scan` against DuckDB's own CLI and Python with orjson (and, with --jq,
# `zcat | jq`), each a whole process on the same cores, on two OSS archives of realistic small
# objects (mixed services), in interleaved rounds: every tool once per round, the order rotating
# from round to round, so that a burst of other work on the machine falls on all of them. Then
# the physical floor on each archive: inflating alone, skimming alone, both
# (audit/examples/floor.rs).
#
# The archives (audit/examples/make_archive.rs), 600 gzip objects (200 five-minute windows × 3
# regions) of 250 records each, about one in four of another service than ECD: 150,000
# records, some 165 MB of JSON, 17 MB compressed:
#   archive       the default: 14% of ECD's records fire a default rule;
#   archive-root  another seed, with 45% of ECD's successful writes made by the root account,
#                 each of which fires `root-account-write`: 28% of ECD's records fire a rule.
# --quick makes each a tenth of that.
#
# What each tool computes (the summaries are checked against ecd-audit's before timing):
#   ecd-audit        `scan -q --format json`: the whole audit (distinct records, ECD's by
#                    account, region, category and access, failed requests, first and last
#                    time, other services by product) and its default rules' findings, written
#                    as JSON Lines; every core (the default).
#   ecd-audit-j1/-j2 the same with --threads 1 and 2.
#   ecd-audit-text   the same with `--format text` (counts and a few examples of each rule).
#   ecd-audit-no-findings  the same with a rule that matches nothing: what the findings cost.
#   duckdb-simplest  DuckDB's CLI with its simplest query: `SELECT eventName, count(*), count(*)
#                    FILTER (WHERE errorCode <> '') FROM read_json('ARCHIVE/**/*.gz', format =
#                    'array', columns = {...}) WHERE serviceName = 'Ecd' GROUP BY 1`: a lower
#                    bound of what any audit in DuckDB costs (its count is not checked: it
#                    counts `Ecd` alone, not `Eds-user`).
#   duckdb-summary   DuckDB's CLI with audit/benches/duckdb_summary.sql: the summary in SQL, the
#                    columns given (DuckDB's fastest way).
#   python-orjson    audit/benches/summary.py: the same summary in a loop, one process, one
#                    thread: compare it with ecd-audit-j1.
#   zcat-jq          (--jq) `find | xargs -0 zcat | jq -n -f audit/benches/summary.jq`.
# DuckDB uses every core (its default). Wall time is bash's clock around the process, peak RSS
# GNU time's `%M` (of a pipeline, its largest process), CPU time its `%U + %S`. A run that fails (any exit status but
# 0) stops the script: a failed run is not a time.
#
# The goals it reports on, each archive: the full audit at least 3× faster than
# duckdb-simplest, and within 1.15× of ecd-audit-no-findings; two threads at least 1.8× one;
# the text report's peak memory within 1.3× of the no-finding scan's.
#
# Run from anywhere in the workspace (needs python3 with venv; installs duckdb-cli and orjson
# from PyPI into target/audit-bench/venv):
#   bash audit/benches/compare.sh [--rounds N] [--quick] [--jq]
# Everything goes under target/audit-bench/; delete an archive there to write it anew. It takes
# some five minutes with 5 rounds on two cores. Not run by CI.

set -euo pipefail

rounds=5
quick=false
with_jq=false
usage() { sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; }
while (($#)); do
    case "$1" in
        --rounds) rounds="${2:?--rounds needs a number}"; shift 2 ;;
        --rounds=*) rounds="${1#*=}"; shift ;;
        --quick) quick=true; shift ;;
        --jq) with_jq=true; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "compare.sh: unknown option $1 (--help lists them)" >&2; exit 2 ;;
    esac
done
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "compare.sh: --rounds takes a positive number" >&2; exit 2; }

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.."
bench=target/audit-bench
mkdir -p "$bench"
if [[ -x /usr/bin/time ]]; then gnu_time=/usr/bin/time; else
    echo "compare.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2
fi

echo "== building ecd-audit, make_archive and floor (release)"
cargo build --release -p ecd-audit --bin ecd-audit --example make_archive --example floor
audit=target/release/ecd-audit
make_archive=target/release/examples/make_archive
floor=target/release/examples/floor

# Writes the archive $1 with make_archive's arguments $2... unless it is there already.
archive_at() {
    local dir="$1"
    shift
    if [[ ! -d "$dir" ]]; then
        rm -rf "$dir.partial"
        "$make_archive" "$dir.partial" "$@"
        mv "$dir.partial" "$dir"
    fi
}
windows=()
suffix=""
if $quick; then windows=(--windows 20); suffix="-quick"; fi
archives=(archive "$bench/archive$suffix" archive-root "$bench/archive-root$suffix")
archive_at "$bench/archive$suffix" "${windows[@]}"
archive_at "$bench/archive-root$suffix" "${windows[@]}" --seed 1 --root-writes 45

venv="$bench/venv"
if ! [[ -x "$venv/bin/duckdb" ]] || ! "$venv/bin/python" -c 'import orjson' 2>/dev/null; then
    echo "== installing duckdb-cli and orjson into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade duckdb-cli orjson
fi
python="$venv/bin/python"
duckdb="$venv/bin/duckdb"

if $with_jq && ! command -v jq >/dev/null; then
    echo "compare.sh: --jq needs jq (apt-get install jq)" >&2
    exit 2
fi

# A Sigma rule that matches nothing: what the audit costs without its findings.
no_findings="$bench/no-findings.yml"
cat > "$no_findings" <<'EOF'
title: never
id: 00000000-0000-4000-8000-000000000000
description: Matches nothing, the audit without findings, for comparison.
logsource:
    product: alibaba_cloud
    service: actiontrail
detection:
    selection:
        eventName: DeleteDesktops
        eventTime|year: 2100
    condition: selection
level: informational
EOF

q() { printf '%q' "$1"; }
# SQL with the archive's glob in it, its quotes doubled.
sql_for() { local glob="${2//\'/\'\'}"; sed "s|ARCHIVE|${glob//|/\\|}|g" "$1"; }

out="$bench/out"
rm -rf "$out"
mkdir -p "$out"

# The tools for the archive $1 (label) at $2: name, then the command (run by bash).
tools_for() {
    local label="$1" dir="$2"
    local simplest="$out/$label-simplest.sql" summary="$out/$label-summary.sql"
    cat > "$simplest" <<EOF
SELECT eventName, count(*), count(*) FILTER (WHERE errorCode <> '')
FROM read_json('ARCHIVE/**/*.gz', format = 'array',
               columns = {eventName: 'VARCHAR', errorCode: 'VARCHAR', serviceName: 'VARCHAR'})
WHERE serviceName = 'Ecd' GROUP BY 1;
EOF
    sql_for "$simplest" "$dir" > "$simplest.tmp" && mv "$simplest.tmp" "$simplest"
    sql_for audit/benches/duckdb_summary.sql "$dir" > "$summary"
    tools=(
        ecd-audit "$(q "$audit") scan -q --format json $(q "$dir")"
        ecd-audit-j1 "$(q "$audit") scan -q --format json --threads 1 $(q "$dir")"
        ecd-audit-j2 "$(q "$audit") scan -q --format json --threads 2 $(q "$dir")"
        ecd-audit-text "$(q "$audit") scan -q --format text $(q "$dir")"
        ecd-audit-no-findings "$(q "$audit") scan -q --format json --rules $(q "$no_findings") $(q "$dir")"
        duckdb-simplest "$(q "$duckdb") -noheader -list -c \"\$(cat $(q "$simplest"))\""
        duckdb-summary "$(q "$duckdb") -noheader -list -c \"\$(cat $(q "$summary"))\""
        python-orjson "$(q "$python") audit/benches/summary.py $(q "$dir")"
    )
    if $with_jq; then
        tools+=(zcat-jq "find $(q "$dir") -name '*.gz' -print0 | xargs -0 zcat | jq -n -c -f audit/benches/summary.jq")
    fi
}

# Runs a command, its output discarded; prints its wall seconds (bash's clock), its peak RSS in
# KiB (GNU time's %M: of a pipeline, its largest process) and its CPU seconds, user and system
# (%U + %S, of the whole tree): CPU time drifts less than wall time when other work shares the
# cores. Fails if the command does.
timed() {
    local start end status=0
    start=$EPOCHREALTIME
    "$gnu_time" -f '%M %U %S' -o "$out/time" "$@" > /dev/null || status=$?
    end=$EPOCHREALTIME
    if ((status != 0)); then
        echo "compare.sh: a timed run failed (exit status $status): $*" >&2
        return 1
    fi
    tail -n 1 "$out/time" | awk -v start="$start" -v end="$end" \
        '{ printf "%.3f %d %.2f\n", end - start, $1, $2 + $3 }'
}

json_bytes() { find "$1" -name '*.gz' -print0 | xargs -0 cat | gzip -dc | wc -c; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }

echo
echo "cores (nproc): $(nproc); DuckDB CLI $("$duckdb" --version); orjson $("$python" -c 'import orjson; print(orjson.__version__)'); $(if $with_jq; then jq --version; else echo 'no jq'; fi)"
results="$bench/results.txt"
: > "$results"
for ((a = 0; a < ${#archives[@]}; a += 2)); do
    label="${archives[a]}"
    dir="${archives[a + 1]}"
    tools_for "$label" "$dir"
    count=$((${#tools[@]} / 2))
    objects=$(find "$dir" -name '*.gz' | wc -l)
    compressed=$(find "$dir" -name '*.gz' -printf '%s\n' | awk '{ sum += $1 } END { print sum }')
    echo
    echo "== $label ($dir): $objects objects, $(mb "$compressed") MB compressed, $(mb "$(json_bytes "$dir")") MB of JSON"
    echo "checking that every tool counts the same (this also warms the page cache)"
    for ((i = 0; i < count; i++)); do
        name="${tools[2 * i]}"
        bash -c "${tools[2 * i + 1]}" > "$out/$label.$name.out"
    done
    "$python" audit/benches/compare_report.py check "$out" "$label"
    echo "$rounds rounds of $count runs (1-minute load average after each round in brackets)"
    for ((round = 0; round < rounds; round++)); do
        printf 'round %d:' "$((round + 1))"
        for ((k = 0; k < count; k++)); do
            i=$(((round + k) % count))
            name="${tools[2 * i]}"
            read -r wall rss cpu < <(timed bash -c "${tools[2 * i + 1]}")
            [[ -n "$wall" ]] || exit 1
            echo "$label $name $wall $rss $cpu" >> "$results"
            printf ' %s %ss' "$name" "$wall"
        done
        printf ' [%s]\n' "$(cut -d ' ' -f 1 /proc/loadavg)"
    done
done

echo
"$python" audit/benches/compare_report.py table "$results"

for ((a = 0; a < ${#archives[@]}; a += 2)); do
    echo
    echo "== the floor on ${archives[a]}: inflating alone, skimming alone, both, in-process (medians of $rounds rounds)"
    "$floor" "${archives[a + 1]}" --rounds "$rounds"
done
