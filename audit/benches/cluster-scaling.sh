#!/usr/bin/env bash
# How a Ballista cluster of `ecd-audit cluster` processes scales from one executor to two:
# the count query of docs/cluster.md over the benchmark archive (audit/benches/compare.sh's,
# made by `cargo run --example make_archive`), timed as a whole `ecd-audit sql --cluster`
# process, on a scheduler with one executor and then with two, each executor running one task
# at a time (so on two cores: one core, then two). Rounds alternate between the two clusters
# so that a burst of other work on the machine falls on both. Also times the same query run
# locally (`ecd-audit sql` with every core) for comparison, and prints each executor's
# throughput in records a second.
#
# Usage: [ARCHIVE=DIR] bash audit/benches/cluster-scaling.sh [ROUNDS]   (default 5; builds
# ecd-audit with --features cluster, release, in CARGO_TARGET_DIR if set). Not run by CI.
set -euo pipefail
rounds=${1:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
bench=target/audit-bench
# ARCHIVE: another archive to query (by default the benchmark archive, made if missing).
archive=${ARCHIVE:-$bench/archive}
query="SELECT event_name, count(*) FROM records WHERE is_ecd GROUP BY 1"

cargo build --release --quiet -p ecd-audit --features cluster
tool=$(realpath "${CARGO_TARGET_DIR:-target}")/release/ecd-audit
if [ ! -d "$archive" ]; then
    mkdir -p "$bench"
    cargo run --release --quiet -p ecd-audit --features cluster --example make_archive -- "$archive"
fi
records=$("$tool" sql "SELECT count(*) FROM records" "$archive" --format csv | tail -1)

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_port() { for _ in $(seq 600); do (echo > "/dev/tcp/127.0.0.1/$1") 2>/dev/null && return; sleep 0.1; done; echo "nothing listens on $1" >&2; exit 1; }

# cluster EXECUTORS: starts a scheduler and that many executors, and sets `url` to the
# scheduler's. (Not in a command substitution: the processes would hold its pipe open, and it
# would never end; nor would their PIDs reach `cleanup`.)
cluster() {
    local port executor flight grpc
    port=$(free_port)
    "$tool" cluster scheduler --bind "127.0.0.1:$port" > /dev/null 2>&1 & pids+=($!)
    wait_port "$port"
    for executor in $(seq "$1"); do
        flight=$(free_port); grpc=$(free_port)
        "$tool" cluster executor --scheduler "127.0.0.1:$port" --bind "127.0.0.1:$flight" \
            --grpc-port "$grpc" --concurrency 1 > /dev/null 2>&1 & pids+=($!)
        wait_port "$flight"
    done
    url="df://127.0.0.1:$port"
}

seconds() { # runs "$@", failing the run if it fails, and prints its wall time
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

cluster 1; one=$url
cluster 2; two=$url
# A first query on each warms the executors (their sessions, the page cache).
"$tool" sql "$query" "$archive" --cluster "$one" > /dev/null 2>&1
"$tool" sql "$query" "$archive" --cluster "$two" > /dev/null 2>&1
: > "$bench/cluster-one" ; : > "$bench/cluster-two" ; : > "$bench/cluster-local"
for _ in $(seq "$rounds"); do
    seconds "$tool" sql "$query" "$archive" --cluster "$one" >> "$bench/cluster-one" 2>/dev/null
    seconds "$tool" sql "$query" "$archive" --cluster "$two" >> "$bench/cluster-two" 2>/dev/null
    seconds "$tool" sql "$query" "$archive" >> "$bench/cluster-local"
done
t1=$(median < "$bench/cluster-one"); t2=$(median < "$bench/cluster-two"); tl=$(median < "$bench/cluster-local")
echo "archive: $records records; $(nproc) cores; $rounds rounds, median seconds"
printf '%-34s %8s %14s\n' "" seconds "records/s"
printf '%-34s %8.2f %14.0f\n' "one executor (one task at a time)" "$t1" "$(echo "$records / $t1" | bc -l)"
printf '%-34s %8.2f %14.0f\n' "two executors" "$t2" "$(echo "$records / $t2" | bc -l)"
printf '%-34s %8.2f %14.0f\n' "local (ecd-audit sql, every core)" "$tl" "$(echo "$records / $tl" | bc -l)"
printf 'two executors ÷ one: %.2f×\n' "$(echo "$t1 / $t2" | bc -l)"
