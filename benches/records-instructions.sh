#!/usr/bin/env bash
# Instructions per record of each way of reading records (see benches/records_instructions.rs),
# counted by Cachegrind, less those of making the corpus: exact and repeatable, where the wall
# times of `cargo bench --bench records` drift on a shared machine.
#
# The `.gz` rows read a gzip delivery of the same records with background decompression; they
# count both threads, less those of making and compressing the corpus. Pass
# `--features zlib-rs` after N to count them with zlib-rs's inflate.
#
# Usage: bash benches/records-instructions.sh [N [CARGO FLAGS...]]   (needs valgrind; N records,
# default 5000)
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-5000}
shift || true
# A failed build says why (a command substitution would hide it under `set -e`).
build=$(cargo bench --no-run --features fixtures "$@" --bench records_instructions 2>&1) || { echo "$build" >&2; exit 1; }
binary=$(sed -n 's/.*Executable benches\/records_instructions.rs (\(.*\))$/\1/p' <<<"$build")
[ -x "$binary" ] || { echo "cannot find the records_instructions bench binary" >&2; exit 1; }

instructions() {
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        "$binary" "$@" 2>&1 >/dev/null | sed -n 's/.*I *refs: *//p' | tr -d ,
}

base=$(instructions none "$n")
ignored=$(( ($(instructions ignored "$n") - base) / n ))
printf '%-10s %12s %14s\n' reading "per record" "IgnoredAny / it"
for mode in typed lazy value sonic ignored; do
    count=$(( ($(instructions "$mode" "$n") - base) / n ))
    printf '%-10s %12s %14s\n' "$mode" "$count" "$(echo "scale=2; $ignored / $count" | bc)"
done
base_gz=$(instructions none-gz "$n")
for mode in typed-gz lazy-gz; do
    printf '%-10s %12s\n' "$mode" "$(( ($(instructions "$mode" "$n") - base_gz) / n ))"
done
