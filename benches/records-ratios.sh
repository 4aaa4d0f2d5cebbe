#!/usr/bin/env bash
# The ratios the records goals are stated in, from ROUNDS short runs of benches/records.rs
# (default 5), each ratio taken within one round and then their median: on a shared machine
# whole runs drift by a fifth or more, and a ratio within a round drifts less.
#
# Usage: bash benches/records-ratios.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-5}
cargo bench --quiet --no-run --features fixtures --bench records
for _ in $(seq "$rounds"); do
    cargo bench --quiet --features fixtures --bench records -- \
        --warm-up-time 1 --measurement-time 3 --output-format bencher 2>/dev/null |
        sed -n 's/^test \(.*\) \.\.\. bench: *\([0-9,]*\) ns\/iter.*/\1\t\2/p'
    echo "end of round"
done | awk -F'\t' '
    $0 == "end of round" {
        rounds++
        # Each ratio: how many times faster the first is than the second (time of the second
        # over time of the first).
        ratio("lazy ÷ IgnoredAny", "parse/lazy reader", "parse/serde_json IgnoredAny")
        ratio("typed ÷ IgnoredAny", "parse/typed reader", "parse/serde_json IgnoredAny")
        ratio("lazy ÷ sonic-rs Value", "parse/lazy reader", "parse/sonic-rs Value")
        ratio("typed ÷ sonic-rs Value", "parse/typed reader", "parse/sonic-rs Value")
        ratio("typed ÷ simd-json", "parse/typed reader", "parse/simd-json BorrowedValue")
        ratio("lazy ÷ serde_json Value", "parse/lazy reader", "parse/serde_json Value")
        ratio("typed ÷ serde_json Value", "parse/typed reader", "parse/serde_json Value")
        ratio(".gz lazy, background ÷ decompressing alone", "gzip/lazy reader, background decompression", "gzip/decompress only")
        ratio(".gz typed, background ÷ decompressing alone", "gzip/typed reader, background decompression", "gzip/decompress only")
        delete time
        next
    }
    { gsub(",", "", $2); time[$1] = $2 }
    function ratio(name, first, second) {
        if (!(name in seen)) { seen[name] = 1; names[++count] = name }
        values[name, rounds] = time[second] / time[first]
    }
    END {
        printf "%-46s", "ratio (rounds, then median)"
        for (r = 1; r <= rounds; r++) printf " %6d", r
        printf " %7s\n", "median"
        for (i = 1; i <= count; i++) {
            name = names[i]
            printf "%-46s", name
            n = 0
            for (r = 1; r <= rounds; r++) { printf " %6.2f", values[name, r]; sorted[++n] = values[name, r] }
            # Insertion sort: a handful of values.
            for (a = 2; a <= n; a++) {
                v = sorted[a]; b = a - 1
                while (b >= 1 && sorted[b] > v) { sorted[b + 1] = sorted[b]; b-- }
                sorted[b + 1] = v
            }
            median = (n % 2) ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
            printf " %7.2f\n", median
        }
    }'
