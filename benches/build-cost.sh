#!/usr/bin/env bash
# Measures what ecd-events costs its users to build, against a crate that depends on nothing
# but the same runtime dependencies (strum, and serde when the crate's `serde` is on, and
# serde's derive, serde_json, miniz_oxide, crc32fast, chrono, memchr, simdutf8 and, on x86_64,
# safe_arch when `records` is on, and zlib-rs with `zlib-rs`):
#   - clean `cargo build --release` with default features, with `parameters`, with `serde`, with `records`, with
#     `zlib-rs`, and with all features
#     (which include `regenerate`, the catalogue maintainers' feature that builds the generator),
#   - the rebuild after touching events.toml, and after editing it with `regenerate`.
# Each figure is the median wall time of ROUNDS runs (default 3), in seconds, on this machine.
# Usage: benches/build-cost.sh [ROUNDS]
set -euo pipefail
rounds=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The crate as a user gets it: the packaged sources (no tests, benches or CI files are built).
(cd "$root" && cargo package --allow-dirty --no-verify --quiet)
version=$(cd "$root" && cargo pkgid | sed 's/.*[#@]//')
tar -xzf "$root/target/package/ecd-events-$version.crate" -C "$work"
crate="$work/ecd-events-$version"

mkdir -p "$work/baseline/src"
cat > "$work/baseline/Cargo.toml" <<TOML
[package]
name = "baseline"
version = "0.0.0"
edition = "2024"
[workspace]
[features]
serde = ["dep:serde"]
records = ["serde", "serde/derive", "dep:serde_json", "dep:miniz_oxide", "dep:crc32fast", "dep:chrono", "dep:memchr", "dep:simdutf8", "dep:safe_arch"]
zlib-rs = ["records", "dep:zlib-rs"]
[dependencies]
strum = { version = "0.28", default-features = false }
serde = { version = "1.0.200", default-features = false, features = ["std"], optional = true }
serde_json = { version = "1.0.100", optional = true, features = ["raw_value"] }
miniz_oxide = { version = "0.9", optional = true, default-features = false }
crc32fast = { version = "1.4", optional = true }
zlib-rs = { version = "0.6", optional = true, default-features = false, features = ["std"] }
chrono = { version = "0.4.38", optional = true, default-features = false, features = ["std", "serde"] }
memchr = { version = "2.5", optional = true }
simdutf8 = { version = "0.1.5", optional = true }
[target.'cfg(target_arch = "x86_64")'.dependencies]
safe_arch = { version = "1.2", optional = true, default-features = false }
TOML
echo "pub fn f() {}" > "$work/baseline/src/lib.rs"

seconds() { # runs "$@" and prints its wall time in seconds
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

clean_build() { # dir, features...
    local dir=$1; shift
    (cd "$dir" && cargo fetch --quiet)
    for _ in $(seq "$rounds"); do
        rm -rf "$dir/target"
        (cd "$dir" && seconds cargo build --release --quiet "$@")
    done | median
}

rebuild_after() { # how to change events.toml, features...
    local change=$1; shift
    (cd "$crate" && cargo build --release --quiet "$@")
    for round in $(seq "$rounds"); do
        case $change in
            touch) touch "$crate/events.toml" ;;
            edit) echo "# edit $round" >> "$crate/events.toml" ;;
        esac
        (cd "$crate" && seconds cargo build --release --quiet "$@")
    done | median
}

echo "rustc: $(rustc --version); $(nproc) cores; $rounds rounds, median seconds"
printf '%-58s %8s\n' "build" "seconds"
printf '%-58s %8s\n' "baseline (strum), clean" "$(clean_build "$work/baseline")"
printf '%-58s %8s\n' "ecd-events, default features, clean" "$(clean_build "$crate")"
printf '%-58s %8s\n' "ecd-events --features parameters, clean" "$(clean_build "$crate" --features parameters)"
printf '%-58s %8s\n' "baseline (strum + serde), clean" "$(clean_build "$work/baseline" --features serde)"
printf '%-58s %8s\n' "ecd-events --features serde, clean" "$(clean_build "$crate" --features serde)"
printf '%-58s %8s\n' "baseline (its records dependencies), clean" "$(clean_build "$work/baseline" --features records)"
printf '%-58s %8s\n' "ecd-events --features records, clean" "$(clean_build "$crate" --features records)"
printf '%-58s %8s\n' "baseline (with zlib-rs), clean" "$(clean_build "$work/baseline" --features zlib-rs)"
printf '%-58s %8s\n' "ecd-events --features zlib-rs, clean" "$(clean_build "$crate" --features zlib-rs)"
printf '%-58s %8s\n' "ecd-events --all-features (with regenerate), clean" "$(clean_build "$crate" --all-features)"
printf '%-58s %8s\n' "ecd-events, rebuild after touching events.toml" "$(rebuild_after touch)"
printf '%-58s %8s\n' "ecd-events --features regenerate, rebuild after editing it" "$(rebuild_after edit --features regenerate)"
