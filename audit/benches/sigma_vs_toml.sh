#!/usr/bin/env bash
# Times `ecd-audit scan -q --format json` on the benchmark archive (compare.sh's: 600 gzip
# objects, 150,000 records) with the default Sigma rules of this tree against the default
# TOML rules of the commit before Sigma (ef2178e, built from `git archive` under
# target/audit-bench/toml-src), each as a whole process on the same cores, in interleaved
# rounds (the order alternating), with every core and with one; then counts each one's
# instructions with Cachegrind on one thread (deterministic, where wall time on a shared
# machine is not), if valgrind is installed.
#
#   bash audit/benches/sigma_vs_toml.sh [ROUNDS]     # 11 rounds by default; a few minutes
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-11}"
bench=target/audit-bench
mkdir -p "$bench"
archive="$bench/archive"
[ -d "$archive" ] || cargo run --release -q -p ecd-audit --example make_archive -- "$archive" >&2
cargo build --release -q -p ecd-audit
sigma="$bench/ecd-audit-sigma"
cp target/release/ecd-audit "$sigma"
toml="$bench/toml-src/target/release/ecd-audit"
if [ ! -x "$toml" ]; then
    rm -rf "$bench/toml-src" && mkdir -p "$bench/toml-src"
    git archive ef2178e | tar -x -C "$bench/toml-src"
    (cd "$bench/toml-src" && cargo build --release -q -p ecd-audit)
fi
times=$(mktemp)
for round in $(seq "$rounds"); do
    order=(toml sigma)
    (( round % 2 )) || order=(sigma toml)
    for name in "${order[@]}"; do
        binary=$toml; [ "$name" = sigma ] && binary=$sigma
        for threads in 0 1; do
            /usr/bin/time -f "$name-j$threads %e %U" "$binary" scan -q --format json -j "$threads" "$archive" \
                > /dev/null 2>> "$times"
        done
    done
done
python3 - "$times" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if len(line.split()) == 3]
for threads in ("j0", "j1"):
    medians = {}
    for name in ("toml", "sigma"):
        wall = [float(r[1]) for r in rows if r[0] == f"{name}-{threads}"]
        user = [float(r[2]) for r in rows if r[0] == f"{name}-{threads}"]
        medians[name] = statistics.median(wall)
        print(f"{name:5} -{threads}: wall median {statistics.median(wall):.3f} s "
              f"({min(wall):.3f}-{max(wall):.3f}), user median {statistics.median(user):.2f} s")
    print(f"        sigma / toml, -{threads}: {medians['sigma'] / medians['toml']:.3f}")
PY
rm "$times"
if command -v valgrind > /dev/null; then
    for name in toml sigma; do
        binary=$toml; [ "$name" = sigma ] && binary=$sigma
        valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
            "$binary" scan -q -j 1 --format json "$archive" 2>&1 > /dev/null |
            awk -v name="$name" '/I *refs/ { gsub(",", "", $4); printf "%-5s %.0f M instructions (one thread)\n", name, $4 / 1e6 }'
    done
fi
