#!/usr/bin/env bash
# Times `ecd-audit scan` against DuckDB, Python with orjson and `zcat | jq`, each summarizing
# the same OSS archive of realistic small objects (mixed services), each as a whole process on
# the same cores, in interleaved rounds: every tool once per round, the order rotating from
# round to round, so that a burst of other work on the machine falls on all of them.
#
# The archive: `cargo run --example make_archive` (audit/examples/make_archive.rs), by default
# 600 gzip objects (200 five-minute windows × 3 regions) of 250 records, about one in four of
# another service than ECD: 150,000 records, some 173 MB of JSON, 17 MB compressed. --quick
# makes one a tenth of that.
#
# What each computes (the counts are checked against ecd-audit's before timing):
#   ecd-audit     `scan -q --format json`: the whole audit (distinct records, ECD's by account,
#                 region, category and access, failed requests, first and last time, other
#                 services by product) and its default rules' findings, written as JSON Lines;
#                 with every core (the default), then --threads 1 and --threads 2; and
#                 (ecd-audit-no-findings) with a rule that matches nothing, every core: what
#                 the default rules' findings cost (the fixtures fire them often: 19,425 on
#                 the default archive).
#   duckdb-*      audit/benches/duckdb_summary.py: `read_json` over ARCHIVE/**/*.gz into a table
#                 of the fields it needs, then in SQL: records, distinct eventIds, records by
#                 service, ECD's by eventName and eventRW, ECD's failed requests by eventName
#                 and identity and by errorCode, first and last eventTime. Three ways of reading
#                 (see there): columns given; schema sampled (DuckDB's default); schema of every
#                 object united (union_by_name). DuckDB uses every core (its default).
#   python-orjson audit/benches/summary.py: the same counts in a loop, one process.
#   zcat-jq       `find | xargs -0 zcat | jq -n -f audit/benches/summary.jq`: the same counts
#                 but for distinct eventIds (jq 1.6 makes that quadratic: see there).
# Wall time is bash's clock around the process, peak RSS GNU time's `%M` (of a pipeline, its
# largest process).
# The ratios are of medians: each tool's time ÷ ecd-audit's (every core), with DuckDB's
# fastest way; and ecd-audit's one thread ÷ two.
#
# --memory also writes an archive twice as large and prints ecd-audit's peak RSS on both (1
# and 2 threads, and without findings): bounded by a few objects per thread, it would hardly
# grow; what grows with the archive is the set of eventIds seen (16 bytes a record, before the
# hash table's slack) and the findings, which the report needs whole.
#
# Run from anywhere in the workspace (needs python3 with venv, and jq for its row; installs
# duckdb and orjson from PyPI into target/audit-bench/venv):
#   bash audit/benches/compare.sh [--rounds N] [--quick] [--memory] [--no-jq]
# Everything goes under target/audit-bench/; delete an archive there to write it anew. It takes
# some three minutes with 5 rounds (jq is most of it), on two cores. Not run by CI.

set -euo pipefail

rounds=5
quick=false
memory=false
with_jq=true
usage() { sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; }
while (($#)); do
    case "$1" in
        --rounds) rounds="${2:?--rounds needs a number}"; shift 2 ;;
        --rounds=*) rounds="${1#*=}"; shift ;;
        --quick) quick=true; shift ;;
        --memory) memory=true; shift ;;
        --no-jq) with_jq=false; shift ;;
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

echo "== building ecd-audit and make_archive (release)"
cargo build --release -p ecd-audit --bin ecd-audit --example make_archive
audit=target/release/ecd-audit
make_archive=target/release/examples/make_archive

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
if $quick; then
    archive="$bench/archive-quick"
    archive_at "$archive" --windows 20
else
    archive="$bench/archive"
    archive_at "$archive"
fi

venv="$bench/venv"
if ! "$venv/bin/python" -c 'import duckdb, orjson' 2>/dev/null; then
    echo "== installing duckdb and orjson into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade duckdb orjson
fi
python="$venv/bin/python"

if $with_jq && ! command -v jq >/dev/null; then
    echo "note: no jq on this machine (apt-get install jq): its row is left out"
    with_jq=false
fi

json_bytes() { find "$1" -name '*.gz' -print0 | xargs -0 cat | gzip -dc | wc -c; }
objects=$(find "$archive" -name '*.gz' | wc -l)
compressed=$(find "$archive" -name '*.gz' -printf '%s\n' | awk '{ sum += $1 } END { print sum }')
json=$(json_bytes "$archive")
echo
echo "archive: $archive: $objects objects, $(awk -v b="$compressed" 'BEGIN { printf "%.1f", b / 1e6 }') MB compressed, $(awk -v b="$json" 'BEGIN { printf "%.1f", b / 1e6 }') MB of JSON"
echo "cores (nproc): $(nproc); DuckDB $("$python" -c 'import duckdb; print(duckdb.__version__, "with", duckdb.connect().execute("select current_setting(\x27threads\x27)").fetchone()[0], "threads")'); orjson $("$python" -c 'import orjson; print(orjson.__version__)'); $(if $with_jq; then jq --version; else echo 'no jq'; fi)"

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

# The tools: name, then the command (run by bash), printing its summary on standard output.
q() { printf '%q' "$1"; }
tools=(
    ecd-audit "$(q "$audit") scan -q --format json $(q "$archive")"
    ecd-audit-j1 "$(q "$audit") scan -q --format json --threads 1 $(q "$archive")"
    ecd-audit-j2 "$(q "$audit") scan -q --format json --threads 2 $(q "$archive")"
    ecd-audit-no-findings "$(q "$audit") scan -q --format json --rules $(q "$no_findings") $(q "$archive")"
    duckdb-columns "$(q "$python") audit/benches/duckdb_summary.py --schema columns $(q "$archive")"
    duckdb-sampled "$(q "$python") audit/benches/duckdb_summary.py --schema sampled $(q "$archive")"
    duckdb-union "$(q "$python") audit/benches/duckdb_summary.py --schema union $(q "$archive")"
    python-orjson "$(q "$python") audit/benches/summary.py $(q "$archive")"
)
if $with_jq; then
    tools+=(zcat-jq "find $(q "$archive") -name '*.gz' -print0 | xargs -0 zcat | jq -n -c -f audit/benches/summary.jq")
fi
count=$((${#tools[@]} / 2))

# Runs a command, its output discarded; prints its wall seconds (bash's clock: GNU time's %e has only 10 ms) and
# its peak RSS in KiB (GNU time's %M: of a pipeline, its largest process).
timed() {
    local start end
    start=$EPOCHREALTIME
    "$gnu_time" -f '%M' -o "$out/time" "$@" > /dev/null || true
    end=$EPOCHREALTIME
    awk -v start="$start" -v end="$end" -v rss="$(tail -n 1 "$out/time")" \
        'BEGIN { printf "%.3f %d\n", end - start, rss }'
}

out="$bench/out"
rm -rf "$out"
mkdir -p "$out"
echo
echo "== checking that every tool counts the same (this also warms the page cache)"
for ((i = 0; i < count; i++)); do
    name="${tools[2 * i]}"
    command="${tools[2 * i + 1]}"
    # ecd-audit's exit status is 0 or 1 (a finding at --fail-on): both are a finished run.
    bash -c "$command" > "$out/$name.json" || [[ $? -eq 1 && "$name" == ecd-audit ]]
done
"$python" audit/benches/compare_report.py check "$out"

results="$bench/results.txt"
: > "$results"
echo
echo "== $rounds rounds of $count runs (1-minute load average after each round in brackets)"
for ((round = 0; round < rounds; round++)); do
    printf 'round %d:' "$((round + 1))"
    for ((k = 0; k < count; k++)); do
        i=$(((round + k) % count))
        name="${tools[2 * i]}"
        read -r wall rss < <(timed bash -c "${tools[2 * i + 1]}")
        echo "$name $wall $rss" >> "$results"
        printf ' %s %ss' "$name" "$wall"
    done
    printf ' [%s]\n' "$(cut -d ' ' -f 1 /proc/loadavg)"
done

echo
echo "archive: $objects objects, $(awk -v b="$compressed" 'BEGIN { printf "%.1f", b / 1e6 }') MB compressed, $(awk -v b="$json" 'BEGIN { printf "%.1f", b / 1e6 }') MB of JSON; $(nproc) cores; $rounds rounds"
echo
"$python" audit/benches/compare_report.py table "$results"

if $memory; then
    echo
    echo "== ecd-audit's peak memory against the archive's size"
    if $quick; then
        double="$bench/archive-quick-2x"
        archive_at "$double" --windows 40
    else
        double="$bench/archive-2x"
        archive_at "$double" --windows 400
    fi
    double_json=$(json_bytes "$double")
    memory_results="$bench/memory.txt"
    : > "$memory_results"
    for ((round = 0; round < 3; round++)); do
        for size in 1x 2x; do
            if [[ $size == 1x ]]; then dir="$archive" bytes="$json"; else dir="$double" bytes="$double_json"; fi
            mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
            for threads in 1 2; do
                read -r wall rss < <(timed "$audit" scan -q --format json --threads "$threads" "$dir")
                echo "$size $mb $threads default $wall $rss" >> "$memory_results"
            done
            read -r wall rss < <(timed "$audit" scan -q --format json --threads 2 --rules "$no_findings" "$dir")
            echo "$size $mb 2 no-findings $wall $rss" >> "$memory_results"
        done
    done
    "$python" audit/benches/compare_report.py memory "$memory_results"
fi
