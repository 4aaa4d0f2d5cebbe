#!/usr/bin/env bash
# Instructions per lookup of `from_name` and of the `phf`, `match` and `FxHashMap` peers, counted by
# Cachegrind (see benches/instructions.rs): (Ir(2N) - Ir(N)) / N for every lookup and set, and
# the same less the `none` lookup's count (the loop's own cost).
#
# Usage: bash benches/instructions.sh [N]   (needs valgrind; N defaults to 100000)
# Honours CARGO_TARGET_DIR like cargo does.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-100000}
# A failed build says why (a command substitution would hide it under `set -e`).
build=$(cargo bench --no-run --bench instructions 2>&1) || { echo "$build" >&2; exit 1; }
binary=$(sed -n 's/.*Executable benches\/instructions.rs (\(.*\))$/\1/p' <<<"$build")
[ -x "$binary" ] || { echo "cannot find the instructions bench binary" >&2; exit 1; }

# Instructions that Cachegrind counts for one run.
instructions() {
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        "$binary" "$@" 2>&1 >/dev/null | sed -n 's/.*I *refs: *//p' | tr -d ,
}

# Instructions per lookup, to two decimals.
per_lookup() {
    local single double
    single=$(instructions "$1" "$2" "$n")
    double=$(instructions "$1" "$2" $((2 * n)))
    echo "scale=2; ($double - $single) / $n" | bc
}

printf '%-24s %10s %10s %10s %10s %10s   %s\n' names none from_name phf match hashmap_fx "(net of none: from_name phf match hashmap_fx)"
for set in known unknown unknown_sibling_apis unknown_one_char_edits unknown_other_services; do
    loop=$(per_lookup none "$set")
    counts=()
    nets=()
    for lookup in from_name phf match hashmap_fx; do
        count=$(per_lookup "$lookup" "$set")
        counts+=("$count")
        nets+=("$(echo "scale=2; $count - $loop" | bc)")
    done
    printf '%-24s %10s %10s %10s %10s %10s   %s\n' "$set" "$loop" "${counts[@]}" "${nets[*]}"
done
