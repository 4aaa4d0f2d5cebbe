#!/usr/bin/env bash
# Rebuilds tests/data/api-actions.tsv and tests/data/api-parameters.tsv from the exact SDK
# releases their headers name (downloaded from PyPI into a temporary folder) and fails unless
# both come out byte for byte as committed. The only step that needs the network is the
# download. scripts/import_api_actions.py says how to refresh the files with newer releases.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# `#   alibabacloud-ecd20200930 5.5.0: ...` lines: the releases read; in api-parameters.tsv,
# those after "older releases" gave valid values only.
releases() { # file, section (given|older)
    awk -v section="$2" '
        /older releases/ { older = 1 }
        /^#   alibabacloud-[a-z0-9-]+ [0-9.]+:/ {
            if ((section == "older") == (older == 1)) { sub(/:$/, "", $3); print $2 "==" $3 }
        }' "$1"
}

download() { # folder, requirements... (one at a time: pip resolves a call's as one set)
    local folder=$1 requirement
    shift
    for requirement in "$@"; do
        python3 -m pip download --quiet --no-deps --no-binary :all: -d "$folder" "$requirement"
    done
}

mapfile -t given < <(releases "$root/tests/data/api-parameters.tsv" given)
mapfile -t older < <(releases "$root/tests/data/api-parameters.tsv" older)
mapfile -t actions_given < <(releases "$root/tests/data/api-actions.tsv" given)
if [ "$(printf '%s\n' "${given[@]}" | sort)" != "$(printf '%s\n' "${actions_given[@]}" | sort)" ]; then
    echo "api-actions.tsv and api-parameters.tsv name different releases" >&2
    exit 1
fi
download "$work/given" "${given[@]}"
download "$work/older" "${older[@]}"
python3 "$root/scripts/import_api_actions.py" -o "$work/api-actions.tsv" \
    --parameters "$work/api-parameters.tsv" "$work"/given/*.tar.gz \
    --values-from "$work"/older/*.tar.gz
status=0
for file in api-actions.tsv api-parameters.tsv; do
    if cmp -s "$work/$file" "$root/tests/data/$file"; then
        echo "$file: rebuilt byte for byte from ${#given[@]} releases (and ${#older[@]} older ones for valid values)"
    else
        echo "$file differs from what the releases it names give:" >&2
        diff "$root/tests/data/$file" "$work/$file" | head -20 >&2
        status=1
    fi
done
exit $status
