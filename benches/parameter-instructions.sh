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
source benches/support/lookup-instructions.sh
FEATURES=parameters lookup_table parameter_instructions "$n" pairs 10 "parameter scan hashmap_fx" known unknown large
