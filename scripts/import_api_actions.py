#!/usr/bin/env python3
"""Writes tests/data/api-actions.tsv: every action of ECD's public APIs, from the SDK packages.
With --parameters, also tests/data/api-parameters.tsv: every action's request parameters.

ActionTrail names each event after the API action that was called, so the catalogue must know
every action of ECD's APIs. The Alibaba Cloud SDK packages for Python define them: each
`*_with_options` method of a package's `client.py` builds `Params(action=..., version=...)`, and
the client's `get_endpoint('<product>', ...)` names the product. This script reads those out of
the source distributions, offline, and writes one sorted line per (product, version, action),
with the packages and versions it read in the file's header. tests/api_actions.rs holds
events.toml to the file.

The same methods copy the request model's attributes into the query or form body under the
names the API receives, some "shrunk" to JSON text first; the request models type each
attribute and document it (required or not, often the valid values). With `--parameters FILE`
the script writes one line per parameter, and per member of an object parameter, with its kind,
encoding, whether it is required and the valid values its documentation lists as bullets after
a "Valid values:" heading (only where every item reads as one value; conditional lists and
prose are left out). Newer releases' documentation lists fewer valid values than older ones
did (alibabacloud-ecd20200930 lost most in 4.26.5 and rewords them from release to release;
alibabacloud-ecd20201002 in 2.0.0, alibabacloud-eds-user20210308 in 2.1.1), so
`--values-from OLDER.tar.gz ...` takes a parameter's valid values from the newest of those older
releases that lists them, where the given release lists none. The file's header says how many
each gave: keep those that gave any, and when a package gets a new release, try the releases
since the last one listed and add those that give some.

To refresh (the only step that needs the network is the downloads):

    pip download --no-deps --no-binary :all: -d /tmp/ecd-sdk \\
        alibabacloud-ecd20200930 alibabacloud-ecd20201001 alibabacloud-ecd20201002 \\
        alibabacloud-ecd20210602 alibabacloud-eds-user20210308
    for release in alibabacloud-ecd20200930==4.26.4 alibabacloud-ecd20200930==4.26.5 \\
            alibabacloud-ecd20200930==5.0.0 alibabacloud-ecd20200930==5.0.1 \\
            alibabacloud-ecd20200930==5.1.0 alibabacloud-ecd20200930==5.4.0 \\
            alibabacloud-ecd20201002==1.2.11 alibabacloud-eds-user20210308==2.1.0; do
        pip download --no-deps --no-binary :all: -d /tmp/ecd-sdk-older "$release"
    done
    python3 scripts/import_api_actions.py -o tests/data/api-actions.tsv \\
        --parameters tests/data/api-parameters.tsv /tmp/ecd-sdk/*.tar.gz \\
        --values-from /tmp/ecd-sdk-older/*.tar.gz
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
import ast
import re
import sys
import tarfile
from collections import namedtuple
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
    """Gives (package, version, client.py source, model sources) of one source distribution
    (.tar.gz) or unpacked source tree. The model sources map each file's name to its text: one
    `models.py` in older releases, a `models/` folder of one file per model in newer ones."""
    path = Path(path)
    if path.is_dir():
        info = (path / "PKG-INFO").read_text(encoding="utf-8")
        clients = sorted(path.glob("*/client.py"))
        if len(clients) != 1:
            sys.exit(f"{path}: expected one */client.py, found {len(clients)}")
        client = clients[0].read_text(encoding="utf-8")
        model_files = sorted(path.glob("*/models.py")) + sorted(path.glob("*/models/*.py"))
        models = {str(f.relative_to(path)): f.read_text(encoding="utf-8") for f in model_files}
    else:
        with tarfile.open(path) as archive:
            members = archive.getnames()
            info_name = next((m for m in members if m.count("/") == 1 and m.endswith("/PKG-INFO")), None)
            client_names = [m for m in members if m.count("/") == 2 and m.endswith("/client.py")]
            if info_name is None or len(client_names) != 1:
                sys.exit(f"{path}: not an SDK source distribution (no PKG-INFO or no single client.py)")
            info = archive.extractfile(info_name).read().decode("utf-8")
            client = archive.extractfile(client_names[0]).read().decode("utf-8")
            models = {
                m.name.split("/", 1)[1]: archive.extractfile(m).read().decode("utf-8")
                for m in archive.getmembers()
                if (m.name.count("/") == 2 and m.name.endswith("/models.py"))
                or (m.name.count("/") == 3 and m.name.split("/")[2] == "models" and m.name.endswith(".py"))
            }
    headers = HeaderParser().parsestr(info)
    # PyPI spells the name with hyphens; older metadata has underscores.
    return headers["Name"].replace("_", "-"), headers["Version"], client, models


def actions(package, client):
    """Gives the client's product code and its (version, action) pairs."""
    products = set(PRODUCT.findall(client))
    if len(products) != 1:
        sys.exit(f"{package}: expected one product in get_endpoint, found {sorted(products)}")
    pairs = set(PARAMS.findall(client))
    if not pairs:
        sys.exit(f"{package}: no Params(action=..., version=...) in client.py (a release older than the OpenAPI-style client?)")
    return products.pop(), {(version, action) for action, version in pairs}


# The request parameters (--parameters). Each sync `*_with_options` method of client.py copies
# the request model's attributes into `query`/`body` dicts under the names the API receives; the
# request model (models/_<snake>_request.py, or models.py in older releases) types each attribute
# and documents it in the comments before `self.<attr> = <attr>`. Any statement of another shape
# stops the script: a parameter silently dropped would make the table claim an action takes fewer
# parameters than it does.

SCALAR_KINDS = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}
# The statements of a `*_with_options` method, as `ast.unparse` spells them, that carry no
# parameter: validation, the copy of the request into its shrunk form, the empty dicts, and the
# call itself. (`Params(...)` is read separately.)
INERT_STATEMENTS = [
    re.compile(r"(request|tmp_req)\.validate\(\)"),
    re.compile(r"UtilClient\.validate_model\((request|tmp_req)\)"),
    re.compile(r"\w+\.convert\(tmp_req, request\)"),
    re.compile(r"(query|body|body_flat) = \{\}"),
    re.compile(r"params = \w+\.Params\(.*\)"),
    re.compile(
        r"return \w+\.from_map\(\w+\.\w+Response\(\), "
        r"self\.(call_api\(params, req, runtime\)|do_rpcrequest\(params\.\w+(, params\.\w+)*, req, runtime\))\)"
    ),
]
# The request the method sends: which of its dicts go as the query string and as the form body.
SENT = re.compile(r"req = \w+\.OpenApiRequest\((query=\w+\.query\(query\))?(?:, )?(body=\w+\.parse_to_map\(body\))?\)")
# `body_flat` is flattened (the RPC way, as the rest of the form body gets) into `body`.
MERGED = re.compile(r"body = \w+\.merge\((\{\}, )?body, \w+\.query\(body_flat\)\)")
SHRINK_REQUEST = re.compile(r"request = \w+\.(\w+ShrinkRequest)\(\)")
# `if not DaraCore.is_null(request.x):` (UtilClient.is_unset in older clients) guards each copy.
GUARD = re.compile(r"not \w+\.(is_null|is_unset)\((request|tmp_req)\.\w+\)")
ASSIGNMENT = re.compile(r"(query|body|body_flat)\['(\w+)'\] = request\.(\w+)")
# A "shrunk" parameter: the method sends `request.x_shrink`, the attribute `x` of the request
# model turned into text in the given style.
SHRINK = re.compile(r"request\.(\w+) = \w+\.array_to_string_with_specified_style\(tmp_req\.(\w+), '(\w+)', '(\w+)'\)")
# The styles of `array_to_string_with_specified_style` this script knows how the API receives.
SHRINK_ENCODINGS = {"json": "json"}

# What the documentation of a model attribute says.
REQUIRED = "This parameter is required."
# A line that ends with "Valid values:" heads the list of valid values when nothing but the end of
# a sentence comes before it: "If X is set to Y, valid values:" heads values that hold only then.
VALUES_HEADING = re.compile(r"(.*?)\bvalid values?( are| include)?:", re.I)
# A bullet may hold nothing but `<!-- -->` noise, its value on the lines after it.
BULLET = re.compile(r"( *)[*-](?: +(.*))?")
# The value of a bullet item is its text before a `: description` or ` (default)`.
VALUE_END = re.compile(r":(?!\d)|：| \(|（")
NOISE = re.compile(r"<!--.*?-->")
# What a valid value of a kind (of a list's items) looks like: a list with anything else in it
# (`N: reserve N cloud computers`) is not a list of values.
VALUE_SHAPES = {"integer": r"-?\d+", "number": r"-?\d+(\.\d+)?", "boolean": "true|false"}

Field = namedtuple("Field", "attr wire annotation doc")
Parameter = namedtuple("Parameter", "path kind encoding required values")


def read_models(package, sources):
    """Gives every model class of a package by name: its fields in the order of its `__init__`
    arguments, or None for a class that is not a model."""
    models = {}
    for name, source in sorted(sources.items()):
        if name.endswith(("_response.py", "_response_body.py")):
            continue  # a response's models (one file each in newer releases): no parameters
        lines = source.splitlines()
        for node in ast.parse(source, name).body:
            if not isinstance(node, ast.ClassDef):
                continue
            if node.name in models:
                sys.exit(f"{package}: model {node.name} is defined twice (again in {name})")
            models[node.name] = model_fields(package, node, lines)
    return models


def method_named(node, name):
    return next((n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == name), None)


def model_fields(package, model, lines):
    """Gives a model's fields: attribute, wire name (from `to_map`), type and documentation."""
    init, to_map = method_named(model, "__init__"), method_named(model, "to_map")
    if init is None or to_map is None:
        return None
    attributes = [(arg.arg, arg.annotation) for arg in init.args.args[1:]]
    docs = {}
    for statement in init.body:
        target = statement.targets[0] if isinstance(statement, ast.Assign) else None
        if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self":
            docs[target.attr] = comment_before(lines, statement.lineno)
    wires = wire_names(package, model.name, to_map, [attr for attr, _ in attributes])
    for attr, _ in attributes:
        if attr not in docs:
            sys.exit(f"{package}: model {model.name}: __init__ does not set self.{attr}")
    return [Field(attr, wires[attr], annotation, docs[attr]) for attr, annotation in attributes]


def comment_before(lines, line_number):
    """The comment lines right before a (1-based) line, without `#` and the one space after it."""
    doc = []
    index = line_number - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        text = lines[index].strip()[1:]
        doc.insert(0, text[1:] if text.startswith(" ") else text)
        index -= 1
    return doc


def wire_names(package, model, to_map, attributes):
    """Gives each attribute's wire name: `to_map` puts `self.<attr>` into `result['<Wire>']`,
    lists and dicts after a `result['<Wire>'] = []` of their own."""
    wires = {}
    prepared = set()
    for statement in to_map.body:
        keys = {
            node.slice.value for node in ast.walk(statement)
            if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)
            and node.value.id == "result" and isinstance(node.slice, ast.Constant)
        }
        used = {
            node.attr for node in ast.walk(statement)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
            and node.value.id == "self" and node.attr in attributes
        }
        if keys and not used:
            prepared |= keys
        elif len(keys) == 1 and len(used) == 1:
            wires[used.pop()] = keys.pop()
        elif keys or used:
            sys.exit(f"{package}: model {model}: to_map statement of unknown shape: {ast.unparse(statement)}")
    missing = [attr for attr in attributes if attr not in wires]
    if missing or not prepared <= set(wires.values()):
        sys.exit(f"{package}: model {model}: to_map gives no wire name for {missing or sorted(prepared - set(wires.values()))}")
    return wires


def request_parameters(package, client):
    """Gives each (version, action)'s parameters as the client sends them, in its order:
    (wire name, model class, attribute, encoding)."""
    methods = {}
    tree = ast.parse(client)
    for node in (n for c in tree.body if isinstance(c, ast.ClassDef) for n in c.body):
        if isinstance(node, ast.FunctionDef) and node.name.endswith("_with_options"):
            version, action, parameters = method_parameters(package, node)
            if (version, action) in methods:
                sys.exit(f"{package}: {action} ({version}) has two *_with_options methods")
            methods[(version, action)] = parameters
    return methods


def params_call(package, method):
    """The (version, action) of a method's `Params(action=..., version=...)`."""
    calls = [
        node for node in ast.walk(method)
        if isinstance(node, ast.Call) and ast.unparse(node.func).endswith("Params")
    ]
    keywords = {}
    if len(calls) == 1:
        keywords = {k.arg: k.value.value for k in calls[0].keywords if isinstance(k.value, ast.Constant)}
    if "action" not in keywords or "version" not in keywords:
        sys.exit(f"{package}: {method.name}: expected one Params(action=..., version=...)")
    return keywords["version"], keywords["action"]


def method_parameters(package, method):
    """Gives a method's (version, action) and its parameters."""
    version, action = params_call(package, method)
    where = f"{package}: {action}"
    # The request model arrives as `request`, or as `tmp_req` when some of its attributes get
    # shrunk into a `<Name>ShrinkRequest` that the method then calls `request`.
    arguments = {arg.arg: arg.annotation for arg in method.args.args[1:]}
    if set(arguments) - {"request", "tmp_req", "runtime"} or len(set(arguments) & {"request", "tmp_req"}) > 1:
        sys.exit(f"{where}: {method.name} takes unknown arguments {sorted(arguments)}")
    classes = {name: ast.unparse(annotation).split(".")[-1] for name, annotation in arguments.items() if name != "runtime"}
    shrunk = {}
    assignments = []
    sent = set()
    for statement in method_statements(where, method.body):
        text = ast.unparse(statement)
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
            continue  # the docstring
        if match := ASSIGNMENT.fullmatch(text):
            assignments.append(match.groups())
        elif match := SHRINK.fullmatch(text):
            target, source, wire, style = match.groups()
            if style not in SHRINK_ENCODINGS:
                sys.exit(f"{where}: parameter {wire} is shrunk in style {style!r}, which this script does not know")
            shrunk[target] = (source, wire, SHRINK_ENCODINGS[style])
        elif match := SHRINK_REQUEST.fullmatch(text):
            classes["request"] = match.group(1)
        elif match := SENT.fullmatch(text):
            sent |= {name for name, given in zip(("query", "body"), match.groups()) if given}
        elif MERGED.fullmatch(text):
            sent.add("body_flat")
        elif not any(pattern.fullmatch(text) for pattern in INERT_STATEMENTS):
            sys.exit(f"{where}: statement of unknown shape in {method.name}: {text}")
    if assignments and "request" not in classes:
        sys.exit(f"{where}: {method.name} sends parameters but takes no request")
    # `body_flat` goes out only inside `body`.
    unsent = {name for name, _, _ in assignments} - (sent if "body" in sent else sent - {"body_flat"})
    if unsent:
        sys.exit(f"{where}: {method.name} fills {sorted(unsent)} but does not send it")

    parameters = []
    for _, wire, attr in assignments:
        if attr in shrunk:
            source, shrunk_wire, encoding = shrunk.pop(attr)
            if shrunk_wire != wire:
                sys.exit(f"{where}: parameter {wire} is shrunk as {shrunk_wire}")
            parameters.append((wire, classes["tmp_req"], source, encoding))
        else:
            parameters.append((wire, classes["request"], attr, "flat"))
    if shrunk:
        sys.exit(f"{where}: shrunk but not sent: {sorted(shrunk)}")
    wires = [wire for wire, _, _, _ in parameters]
    if len(set(wires)) != len(wires):
        sys.exit(f"{where}: a parameter is sent twice: {wires}")
    return version, action, parameters


def method_statements(where, body):
    """A method's statements, with those inside `if not is_null(request.x):` guards."""
    for statement in body:
        if isinstance(statement, ast.If):
            if statement.orelse or not GUARD.fullmatch(ast.unparse(statement.test)):
                sys.exit(f"{where}: condition of unknown shape: if {ast.unparse(statement.test)}")
            yield from method_statements(where, statement.body)
        else:
            yield statement


def action_parameters(package, client, models):
    """Gives each (version, action)'s parameters as table rows (`Parameter`s), each object
    parameter followed by its members."""
    table = {}
    for (version, action), sent in request_parameters(package, client).items():
        rows = []
        for wire, model, attr, encoding in sent:
            where = f"{package}: {action}: parameter {wire}"
            field = model_field(where, models, model, attr)
            if field.wire != wire:
                sys.exit(f"{where}: the model {model} calls it {field.wire}")
            rows.extend(parameter_rows(where, wire, field, encoding, models, ()))
        table[(version, action)] = rows
    return table


def model_field(where, models, model, attr):
    if models.get(model) is None:
        sys.exit(f"{where}: no model {model}")
    field = next((f for f in models[model] if f.attr == attr), None)
    if field is None:
        sys.exit(f"{where}: the model {model} has no attribute {attr}")
    return field


def parameter_rows(where, path, field, encoding, models, enclosing):
    """The rows of a parameter (or member) and, if it is an object, of its members, which are
    flattened within their parent's encoding."""
    if not re.fullmatch(r"\w+", field.wire):
        sys.exit(f"{where}: wire name {field.wire!r} is not a word (the table joins members with dots)")
    kind, members = field_kind(where, field.annotation, models)
    yield Parameter(path, kind, encoding, REQUIRED in field.doc, valid_values(where, kind, field.doc))
    if members is not None:
        if members in enclosing:
            sys.exit(f"{where}: model {members} contains itself")
        for member in models[members]:
            yield from parameter_rows(
                f"{where}.{member.wire}", f"{path}.{member.wire}", member, "flat", models, enclosing + (members,)
            )


def field_kind(where, annotation, models):
    """Gives a field's kind and, for objects and lists of objects, the model of its members."""
    text = ast.unparse(annotation) if annotation is not None else "(none)"
    if match := re.fullmatch(r"List\[(.+)\]", text):
        kind, members = field_kind(where, ast.parse(match.group(1), mode="eval").body, models)
        if kind.startswith("list"):
            sys.exit(f"{where}: type {text} (a list of lists) is unknown to this script")
        return f"list<{kind}>", members
    if re.fullmatch(r"Dict\[str, .+\]", text):
        # Sent flattened as `Name.<key>`; the table does not describe the values (Any included).
        return "map", None
    name = text.split(".")[-1]
    if re.fullmatch(r"(\w+\.)?\w+", text) and name in SCALAR_KINDS:
        return SCALAR_KINDS[name], None
    if re.fullmatch(r"(\w+\.)?\w+", text) and models.get(name) is not None:
        return "object", name
    sys.exit(f"{where}: type {text} is unknown to this script")


def valid_values(where, kind, doc):
    """The values the documentation lists as valid: the bullet items after each "Valid values:"
    heading, each item's text before its description. Nothing when an item does not read as one
    value of the kind (a sentence, a value and its meaning run together, a placeholder): better
    no values than wrong ones."""
    shape = VALUE_SHAPES.get(kind.removeprefix("list<").removesuffix(">"), r".+")
    values = []
    for index, line in enumerate(doc):
        heading = VALUES_HEADING.fullmatch(line.strip())
        if heading is None or not re.fullmatch(r"|.*[.:)]", heading.group(1).strip()):
            continue
        if line.lstrip().startswith(("*", "-")):
            continue  # a heading inside a list item: values that hold under a condition
        items = bullet_items(doc[index + 1:])
        for item in items:
            value = item_value(item)
            if value is not None and any(c in value for c in "\t|\n"):
                sys.exit(f"{where}: valid value {value!r} contains a tab, | or newline")
            if value is None or not re.fullmatch(shape, value):
                return []
            if value not in values:
                values.append(value)
    return values


def bullet_items(lines):
    """The texts of the bullet list that starts the lines (after blank lines), each item's
    continuation lines joined to it, `<!-- -->` left out."""
    items = []
    indent = None
    for line in lines:
        text = NOISE.sub("", line)
        if not text.strip():
            continue
        bullet = BULLET.fullmatch(text.rstrip())
        depth = len(text) - len(text.lstrip(" "))
        if bullet and (indent is None or len(bullet.group(1)) == indent):
            indent = len(bullet.group(1))
            items.append(bullet.group(2) or "")
        elif indent is not None and depth > indent:
            items[-1] += " " + text.strip()
        else:
            break
    return items


def item_value(item):
    """The value a bullet item lists: the text before `: description` or ` (default)`, without
    markdown quoting; None when that is not a single token."""
    text = " ".join(item.split())
    end = VALUE_END.search(text)
    value = text[: end.start()] if end else text
    value = value.strip().strip("`*\"'“”").strip().rstrip(".,;").strip("`*\"'“”")
    if not value or re.search(r"\s", value):
        return None
    return value


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sdists", nargs="+", help="SDK source distributions (.tar.gz) or unpacked trees")
    parser.add_argument("--summaries", action="store_true", help="print each action's @summary instead")
    parser.add_argument("-o", "--output", help="write here (only once everything was read) instead of to stdout")
    parser.add_argument(
        "--parameters", metavar="FILE",
        help="also write every action's request parameters here (only once everything was read)",
    )
    parser.add_argument(
        "--values-from", metavar="SDIST", nargs="+", action="extend", default=[],
        help="older releases of the packages, for the valid values their documentation lists and "
        "the given releases' does not (after the sdists)",
    )
    args = parser.parse_args()
    if args.summaries and (args.parameters or args.values_from):
        parser.error("--summaries prints summaries only: leave out --parameters and --values-from")
    if args.values_from and not args.parameters:
        parser.error("--values-from only adds to --parameters")

    sources = []
    rows = set()
    summaries = {}
    seen = {}
    parameters = {}
    for path in args.sdists:
        package, version, client, models = read_sdist(path)
        if package in seen and not args.summaries:
            sys.exit(f"{path}: {package} is given twice (also as {seen[package]}): give one release of each package")
        seen[package] = path
        product, pairs = actions(package, client)
        api_versions = sorted({api_version for api_version, _ in pairs})
        sources.append((package, version, product, api_versions, len(pairs)))
        rows |= {(product, api_version, action) for api_version, action in pairs}
        for summary, action in SUMMARY.findall(client) if args.summaries else []:
            summaries.setdefault((product, action), summary.strip())
        if args.parameters:
            parameters[package] = (product, package_parameters(package, client, models, pairs))
    if args.parameters:
        releases = {package: version for package, version, _, _, _ in sources}
        older = older_values(args.values_from, releases)
        borrowed = {package: fill_values(package, by_action, older) for package, (_, by_action) in parameters.items()}
        borrowed = {package: gave for package, gave in borrowed.items() if gave}

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
    if args.parameters:
        with open(args.parameters, "w", encoding="utf-8") as out:
            out.writelines(parameter_table(sources, parameters, borrowed))


def package_parameters(package, client, models, pairs):
    """Gives each (version, action)'s parameter rows, for every action `actions` found."""
    by_action = action_parameters(package, client, read_models(package, models))
    if set(by_action) != pairs:
        sys.exit(f"{package}: the *_with_options methods name other actions than Params(...) does: "
                 f"{sorted(set(by_action) ^ pairs)}")
    return by_action


def older_values(paths, releases):
    """Reads older releases of the packages: gives, per package, the releases (newest first) and
    what each one's documentation lists as the valid values of each (version, action, parameter),
    with the parameter's kind."""
    older = {}
    for path in paths:
        package, version, client, models = read_sdist(path)
        if package not in releases:
            sys.exit(f"{path}: {package} is not among the packages given")
        if version_key(path, version) >= version_key(path, releases[package]):
            sys.exit(f"{path}: {package} {version} is not older than the given {releases[package]}")
        _, pairs = actions(package, client)
        values = {
            (api_version, action, row.path): (row.kind, row.values)
            for (api_version, action), rows in package_parameters(package, client, models, pairs).items()
            for row in rows if row.values
        }
        older.setdefault(package, []).append((version, values))
    for package in older:
        older[package].sort(key=lambda release: version_key(package, release[0]), reverse=True)
        versions = [version for version, _ in older[package]]
        if len(set(versions)) != len(versions):
            sys.exit(f"{package}: --values-from gives a release twice: {versions}")
    return older


def version_key(where, version):
    if not re.fullmatch(r"\d+(\.\d+)*", version):
        sys.exit(f"{where}: version {version} is not dotted numbers")
    return tuple(int(part) for part in version.split("."))


def fill_values(package, by_action, older):
    """Gives valid values to the parameters whose documentation lists none, from the newest older
    release that lists some for the same action's same parameter of the same kind; counts how
    many each release gave."""
    given = {version: 0 for version, _ in older.get(package, [])}
    for (api_version, action), rows in by_action.items():
        for index, row in enumerate(rows):
            if row.values:
                continue
            for version, values in older.get(package, []):
                kind, listed = values.get((api_version, action, row.path), (None, None))
                if kind == row.kind:
                    rows[index] = row._replace(values=listed)
                    given[version] += 1
                    break
    return given


def parameter_table(sources, parameters, borrowed):
    """The lines of api-parameters.tsv: a header naming the packages and the older releases that
    gave valid values, then one row per parameter or member."""
    lines = parameter_header(sources, parameters, borrowed)
    rows = [
        (product, api_version, action, row)
        for product, by_action in parameters.values()
        for (api_version, action), action_rows in by_action.items()
        for row in action_rows
    ]
    # A stable sort: within an action the rows keep the client's order.
    for product, api_version, action, row in sorted(rows, key=lambda line: line[:3]):
        required = "true" if row.required else "false"
        lines.append(
            f"{product}\t{api_version}\t{action}\t{row.path}\t{row.kind}\t{row.encoding}\t{required}\t{'|'.join(row.values)}\n"
        )
    return lines


def parameter_header(sources, parameters, borrowed):
    out = []
    out.append("# The request parameters of every action of ECD's public APIs, as the Alibaba Cloud SDK packages for Python define them.\n")
    out.append("# Written by scripts/import_api_actions.py --parameters (its docstring says how to refresh) from:\n")
    totals = [0, 0, 0, 0]
    for package, version, product, api_versions, count in sorted(sources):
        by_action = parameters[package][1]
        taking = sum(1 for rows in by_action.values() if rows)
        top = sum(1 for rows in by_action.values() for row in rows if "." not in row.path)
        every = sum(len(rows) for rows in by_action.values())
        out.append(
            f"#   {package} {version}: product {product}, API {', '.join(api_versions)}, "
            f"{count} actions, {taking} with parameters, {top} parameters\n"
        )
        totals = [a + b for a, b in zip(totals, (count, taking, top, every))]
    out.append(
        f"# In all {totals[0]} actions, {totals[1]} with parameters, {totals[2]} parameters "
        f"(not counting members of objects; {totals[3]} rows with them).\n"
    )
    credits = [
        f"#   {package} {version}: {gave} row{'' if gave == 1 else 's'}\n"
        for package in sorted(borrowed) for version, gave in borrowed[package].items()
    ]
    if credits:
        out.append("# Where a release's documentation lists no valid values for a parameter, they are those that the newest of these\n")
        out.append("# older releases lists for the same action's same parameter (of the same kind), in this many rows:\n")
        out.extend(credits)
    out.append("# Columns, tab-separated: product; API version; action; parameter, as the API receives it (an object's members\n")
    out.append("#   follow it as Parent.Member); kind (string, integer, number, boolean, map, object, list<...>); encoding (flat:\n")
    out.append("#   sent the RPC way, lists as Name.1, Name.2 and members as Name.1.Member; json: sent as JSON text; members say\n")
    out.append("#   flat, within their parent's encoding); required (true or false); valid values the documentation lists,\n")
    out.append("#   |-separated (empty when it lists none). Grouped by product, API version and action, sorted; within an\n")
    out.append("#   action in the API's order, each object's members right after it in the model's order.\n")
    return out


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
