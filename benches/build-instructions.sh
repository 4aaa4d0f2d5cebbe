#!/usr/bin/env bash
# Instructions rustc executes to compile the packaged ecd-events (its library alone, release,
# default features), counted by Cachegrind: a figure of the crate's build cost that does not
# move with the machine's load, as wall times on a shared machine do. Each argument is a git
# revision (the crate as packaged at that commit); with none, HEAD. FEATURES, if set, are
# built in place of the default ones (e.g. FEATURES=parameters).
#
# Usage: [FEATURES=...] bash benches/build-instructions.sh [REV...]   (needs valgrind; a few
# minutes each)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'git -C "$root" worktree prune; rm -rf "$work"' EXIT
[ $# -gt 0 ] || set -- HEAD

for rev in "$@"; do
    commit=$(git -C "$root" rev-parse --short "$rev")
    git -C "$root" worktree add -q --detach "$work/src-$commit" "$commit"
    (cd "$work/src-$commit" && cargo package --allow-dirty --no-verify --quiet -p ecd-events)
    version=$(cd "$work/src-$commit" && cargo pkgid -p ecd-events | sed 's/.*[#@]//')
    mkdir -p "$work/$commit"
    tar -xzf "$work/src-$commit/target/package/ecd-events-$version.crate" -C "$work/$commit"
    git -C "$root" worktree remove --force "$work/src-$commit"
    crate="$work/$commit/ecd-events-$version"
    # Build the dependencies and the build script, then time only the library's rustc.
    (cd "$crate" && cargo build --release --quiet ${FEATURES:+--features "$FEATURES"})
    touch "$crate/src/lib.rs"
    command=$(cd "$crate" && cargo build --release -v ${FEATURES:+--features "$FEATURES"} 2>&1 |
        grep -o 'Running `[^ ]*rustc --crate-name ecd_events [^`]*' | sed 's/^Running `//')
    touch "$crate/src/lib.rs"
    instructions=$(cd "$crate" && valgrind --tool=cachegrind --trace-children=yes --cache-sim=no \
        --cachegrind-out-file=/dev/null bash -c "$command" 2>&1 |
        sed -n 's/.*I *refs: *//p' | tr -d , | awk '{ sum += $1 } END { printf "%.0f", sum }')
    printf '%-12s %s instructions\n' "$commit" "$instructions"
done
