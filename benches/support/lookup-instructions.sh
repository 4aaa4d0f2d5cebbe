# Sourced by benches/instructions.sh and benches/parameter-instructions.sh: builds a lookup
# bench (a program run as `BENCH LOOKUP SET COUNT`) and prints, for each set, the instructions
# per lookup that Cachegrind counts for each lookup, (Ir(2N) - Ir(N)) / N, and the same less
# the `none` lookup's count (the loop's own cost).
#
# lookup_table BENCH N LABEL WIDTH "LOOKUP..." SET...   (the lookups without `none`; LABEL
# heads the column of sets, WIDTH wide). FEATURES, if set, are the crate features the bench
# needs.
lookup_table() {
    local bench=$1 n=$2 label=$3 width=$4 lookups=$5 build binary set loop lookup count
    shift 5
    # A failed build says why (a command substitution would hide it under `set -e`).
    build=$(cargo bench --no-run --features "${FEATURES:-}" --bench "$bench" 2>&1) || { echo "$build" >&2; exit 1; }
    binary=$(sed -n "s/.*Executable benches\/$bench.rs (\(.*\))$/\1/p" <<<"$build")
    [ -x "$binary" ] || { echo "cannot find the $bench bench binary" >&2; exit 1; }

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

    # shellcheck disable=SC2086 # the lookups are words
    printf "%-${width}s %10s$(printf ' %%10s%.0s' $lookups)   %s\n" "$label" none $lookups "(net of none: $lookups)"
    for set in "$@"; do
        loop=$(per_lookup none "$set")
        local counts=() nets=()
        for lookup in $lookups; do
            count=$(per_lookup "$lookup" "$set")
            counts+=("$count")
            nets+=("$(echo "scale=2; $count - $loop" | bc)")
        done
        printf "%-${width}s %10s$(printf ' %%10s%.0s' $lookups)   %s\n" "$set" "$loop" "${counts[@]}" "${nets[*]}"
    done
}
