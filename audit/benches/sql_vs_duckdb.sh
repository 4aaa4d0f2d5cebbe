#!/usr/bin/env bash
# `ecd-audit sql` against DuckDB's own CLI on issue 23's query, each a whole process, on the
# benchmark archive (compare.sh's: 600 gzip objects, 150,000 records), in interleaved rounds
# (the order alternating), both with every core:
#
#   ecd-audit sql "SELECT event_name, count(*) FROM records WHERE is_ecd GROUP BY 1" ARCHIVE
#   duckdb -c "SELECT eventName, count(*) FROM read_json('ARCHIVE/**/*.gz', format = 'array',
#              columns = {eventName: 'VARCHAR', serviceName: 'VARCHAR'})
#              WHERE lower(serviceName) IN ('ecd', 'eds-user') GROUP BY 1"
#
# (`is_ecd` is a record of one of ECD's APIs' products, events.toml's [[api]]: `ecd` and
# `eds-user`; every record of the archive has a `serviceName`.)
#
# Prints each one's median wall time, user CPU and peak memory, the ratio, and whether the two
# results hold the same total (they must, for the comparison to be fair).
#
#   bash audit/benches/sql_vs_duckdb.sh [ROUNDS]   # 9 by default
#
# Builds ecd-audit in release with FEATURES (default `sql`) in CARGO_TARGET_DIR if set;
# installs duckdb-cli from PyPI into target/audit-bench/venv (as compare.sh does). Not run by CI.
set -euo pipefail
rounds=${1:-9}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
bench=target/audit-bench
archive=$bench/archive
mkdir -p "$bench"
cargo build --release --quiet -p ecd-audit --features "${FEATURES:-sql}" --example make_archive
release=$(realpath "${CARGO_TARGET_DIR:-target}")/release
tool=$release/ecd-audit
[ -d "$archive" ] || "$release/examples/make_archive" "$archive"
venv=$bench/venv
if ! [[ -x "$venv/bin/duckdb" ]]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade duckdb-cli
fi
duckdb=$venv/bin/duckdb

ours="SELECT event_name, count(*) FROM records WHERE is_ecd GROUP BY 1"
theirs="SELECT eventName, count(*) FROM read_json('$archive/**/*.gz', format = 'array',
        columns = {eventName: 'VARCHAR', serviceName: 'VARCHAR'})
        WHERE lower(serviceName) IN ('ecd', 'eds-user') GROUP BY 1"

# The same counts, or the comparison means nothing.
total() { awk -F, 'NR > 1 || $2 ~ /^[0-9]+$/ { sum += $2 } END { print sum }'; }
ours_total=$("$tool" sql "$ours" "$archive" --format csv | total)
theirs_total=$("$duckdb" -csv -noheader -c "$theirs" | total)
echo "records counted: ecd-audit $ours_total, DuckDB $theirs_total"
[ "$ours_total" = "$theirs_total" ] || { echo "the two queries do not count the same records" >&2; exit 1; }

times=$(mktemp)
for round in $(seq "$rounds"); do
    order=(ecd-audit duckdb)
    (( round % 2 )) || order=(duckdb ecd-audit)
    for name in "${order[@]}"; do
        if [ "$name" = ecd-audit ]; then
            /usr/bin/time -f "$name %e %U %M" -a -o "$times" "$tool" sql "$ours" "$archive" --format csv > /dev/null
        else
            /usr/bin/time -f "$name %e %U %M" -a -o "$times" "$duckdb" -csv -c "$theirs" > /dev/null
        fi
    done
done
python3 - "$times" "$rounds" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, wall, user, rss = line.split()
    rows.setdefault(name, []).append((float(wall), float(user), int(rss)))
med = {name: [statistics.median(v[i] for v in runs) for i in range(3)] for name, runs in rows.items()}
for name, (wall, user, rss) in med.items():
    print(f"{name:10} wall {wall:.3f} s  user {user:.3f} s  peak {rss / 1024:.1f} MiB  ({sys.argv[2]} rounds, medians)")
ratio = med["duckdb"][0] / med["ecd-audit"][0]
print(f"ecd-audit is {ratio:.2f}x DuckDB's CLI by wall time (goal: at least 2x): {'met' if ratio >= 2 else 'not met'}")
PY
