#!/usr/bin/env python3
"""Writes tests/data/api-actions.tsv: every action of ECD's public APIs, from the SDK packages.

ActionTrail names each event after the API action that was called, so the catalogue must know
every action of ECD's APIs. The Alibaba Cloud SDK packages for Python define them: each
`*_with_options` method of a package's `client.py` builds `Params(action=..., version=...)`, and
the client's `get_endpoint('<product>', ...)` names the product. This script reads those out of
the source distributions, offline, and writes one sorted line per (product, version, action),
with the packages and versions it read in the file's header. tests/api_actions.rs holds
events.toml to the file.

To refresh (the only step that needs the network is the download):

    pip download --no-deps --no-binary :all: -d /tmp/ecd-sdk \\
        alibabacloud-ecd20200930 alibabacloud-ecd20201001 alibabacloud-ecd20201002 \\
        alibabacloud-ecd20210602 alibabacloud-eds-user20210308
    python3 scripts/import_api_actions.py -o tests/data/api-actions.tsv /tmp/ecd-sdk/*.tar.gz
    cp tests/data/api-actions.tsv .ci/downstream/tests/data/

Then `cargo test --test api_actions` names every action events.toml lacks and every event
whose APIs changed; add or update those entries (events.toml's header gives the rules), and the
counts that tests/api_actions.rs, the downstream crate and README state. Not
`appstream-center`, `eds-aic` or `wyota`: those packages are other products (App Streaming,
Cloud Phone, hardware terminals).

With `--summaries`, it prints each action's `@summary` docstring instead, as material for
writing descriptions in the catalogue's own words. Only some releases carry them (newer
releases dropped them): alibabacloud-ecd20200930 4.20.0, alibabacloud-eds-user20210308
1.6.5, alibabacloud-ecd20201002 1.2.0 and alibabacloud-ecd20201001 1.1.1 do (some in Chinese).
That output is not committed: descriptions are not SDK text.
"""

import argparse
import re
import sys
import tarfile
from email.parser import HeaderParser
from pathlib import Path

PARAMS = re.compile(r"Params\(\s*action\s*=\s*'(\w+)',\s*version\s*=\s*'([0-9-]+)'", re.S)
PRODUCT = re.compile(r"get_endpoint\('([\w-]+)'")
# A `*_with_options` method, then its docstring's `@summary` line, then its `Params(action=...)`.
SUMMARY = re.compile(
    r"def \w+_with_options\(.*?\"\"\"\s*@summary (.*?)\n.*?Params\(\s*action\s*=\s*'(\w+)'",
    re.S,
)


def read_sdist(path):
    """Gives (package, version, client.py source) of one source distribution (.tar.gz) or
    unpacked source tree."""
    path = Path(path)
    if path.is_dir():
        info = (path / "PKG-INFO").read_text(encoding="utf-8")
        clients = sorted(path.glob("*/client.py"))
        if len(clients) != 1:
            sys.exit(f"{path}: expected one */client.py, found {len(clients)}")
        client = clients[0].read_text(encoding="utf-8")
    else:
        with tarfile.open(path) as archive:
            members = archive.getnames()
            info_name = next((m for m in members if m.count("/") == 1 and m.endswith("/PKG-INFO")), None)
            client_names = [m for m in members if m.count("/") == 2 and m.endswith("/client.py")]
            if info_name is None or len(client_names) != 1:
                sys.exit(f"{path}: not an SDK source distribution (no PKG-INFO or no single client.py)")
            info = archive.extractfile(info_name).read().decode("utf-8")
            client = archive.extractfile(client_names[0]).read().decode("utf-8")
    headers = HeaderParser().parsestr(info)
    # PyPI spells the name with hyphens; older metadata has underscores.
    return headers["Name"].replace("_", "-"), headers["Version"], client


def actions(package, client):
    """Gives the client's product code and its (version, action) pairs."""
    products = set(PRODUCT.findall(client))
    if len(products) != 1:
        sys.exit(f"{package}: expected one product in get_endpoint, found {sorted(products)}")
    pairs = set(PARAMS.findall(client))
    if not pairs:
        sys.exit(f"{package}: no Params(action=..., version=...) in client.py (a release older than the OpenAPI-style client?)")
    return products.pop(), {(version, action) for action, version in pairs}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sdists", nargs="+", help="SDK source distributions (.tar.gz) or unpacked trees")
    parser.add_argument("--summaries", action="store_true", help="print each action's @summary instead")
    parser.add_argument("-o", "--output", help="write here (only once everything was read) instead of to stdout")
    args = parser.parse_args()

    sources = []
    rows = set()
    summaries = {}
    seen = {}
    for path in args.sdists:
        package, version, client = read_sdist(path)
        if package in seen and not args.summaries:
            sys.exit(f"{path}: {package} is given twice (also as {seen[package]}): give one release of each package")
        seen[package] = path
        product, pairs = actions(package, client)
        api_versions = sorted({api_version for api_version, _ in pairs})
        sources.append((package, version, product, api_versions, len(pairs)))
        rows |= {(product, api_version, action) for api_version, action in pairs}
        for summary, action in SUMMARY.findall(client):
            summaries.setdefault((product, action), summary.strip())

    lines = []
    if args.summaries:
        for (product, action), summary in sorted(summaries.items()):
            lines.append(f"{product}\t{action}\t{summary}\n")
    else:
        lines = table(sources, rows)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            out.writelines(lines)
    else:
        sys.stdout.writelines(lines)


def table(sources, rows):
    """The lines of api-actions.tsv: a header naming the packages, then the sorted rows."""
    out = []
    out.append("# Every action of ECD's public APIs, as the Alibaba Cloud SDK packages for Python define them.\n")
    out.append("# Written by scripts/import_api_actions.py (its header says how to refresh) from:\n")
    for package, version, product, api_versions, count in sorted(sources):
        out.append(f"#   {package} {version}: product {product}, API {', '.join(api_versions)}, {count} actions\n")
    out.append("# Columns, tab-separated: product, API version, action. Sorted.\n")
    for product, api_version, action in sorted(rows):
        out.append(f"{product}\t{api_version}\t{action}\n")
    return out


if __name__ == "__main__":
    main()
