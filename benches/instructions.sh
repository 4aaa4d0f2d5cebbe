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
source benches/support/lookup-instructions.sh
lookup_table instructions "$n" names 24 "from_name phf match hashmap_fx" \
    known unknown unknown_sibling_apis unknown_one_char_edits unknown_other_services
