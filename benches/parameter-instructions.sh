#!/usr/bin/env bash
# Instructions per parameter lookup of `EcdEvent::parameter` against a linear scan of
# `parameters()` and an `FxHashMap` keyed by (event, name), counted by Cachegrind (see
# benches/parameter_instructions.rs): (Ir(2N) - Ir(N)) / N, and the same less the `none`
# lookup's count (the loop's own cost).
#
# Usage: bash benches/parameter-instructions.sh [N]   (needs valgrind; N defaults to 100000)
# Honours CARGO_TARGET_DIR like cargo does.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-100000}
build=$(cargo bench --no-run --bench parameter_instructions 2>&1) || { echo "$build" >&2; exit 1; }
binary=$(sed -n 's/.*Executable benches\/parameter_instructions.rs (\(.*\))$/\1/p' <<<"$build")
[ -x "$binary" ] || { echo "cannot find the parameter_instructions bench binary" >&2; exit 1; }

instructions() {
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        "$binary" "$@" 2>&1 >/dev/null | sed -n 's/.*I *refs: *//p' | tr -d ,
}

per_lookup() {
    local single double
    single=$(instructions "$1" "$2" "$n")
    double=$(instructions "$1" "$2" $((2 * n)))
    echo "scale=2; ($double - $single) / $n" | bc
}

printf '%-10s %10s %10s %10s %10s   %s\n' pairs none parameter scan hashmap_fx "(net of none: parameter scan hashmap_fx)"
for set in known unknown large; do
    loop=$(per_lookup none "$set")
    counts=()
    nets=()
    for lookup in parameter scan hashmap_fx; do
        count=$(per_lookup "$lookup" "$set")
        counts+=("$count")
        nets+=("$(echo "scale=2; $count - $loop" | bc)")
    done
    printf '%-10s %10s %10s %10s %10s   %s\n' "$set" "$loop" "${counts[@]}" "${nets[*]}"
done
