//! Writes the Rust source that `src/catalogue/generated.rs` includes.
//!
//! The output is plain text built line by line, so it is readable as it stands (no formatter
//! runs over it) and byte-identical for the same catalogue: everything is emitted in file
//! order from `Vec`s.
//!
//! What it holds: one `macro_rules!` per enum that expands to the enum's variants with their
//! docs (the hand-written modules in `src/` supply the enum's own attributes and docs), and
//! private tables and `const fn` lookups that the hand-written methods call.

use std::fmt::Write as _;

use super::catalogue::{Api, Catalogue, Event, Group, Parameter, Weakening};
use super::inputs::fingerprint_line;
use super::name_hash::{Case, name_hash};
use super::parameters::Kind as ParameterKind;
use super::perfect_hash::PerfectHash;

/// Renders the generated module.
pub fn render(
    catalogue: &Catalogue,
    exact: &PerfectHash,
    ignore_case: &PerfectHash,
    fingerprint: u64,
) -> String {
    let mut out = Output::default();
    out.line("// @generated from events.toml by codegen/. Do not edit: edit events.toml, then run");
    out.line("// `REGENERATE=1 cargo test --features regenerate --test codegen` (see CONTRIBUTING.md, \"How it is built\").");
    out.line(&fingerprint_line(fingerprint));
    out.line("//");
    out.line("// Included by src/catalogue/generated.rs. The enums are declared by the modules of");
    out.line("// src/catalogue/ through the macros below; everything else here is data for their");
    out.line("// methods.");
    out.blank();
    out.line("use super::{Access, Api, Category, EcdEvent, Tag};");

    render_event_enum(&mut out, catalogue);
    render_group_enum(&mut out, catalogue, Kind::Category);
    render_group_enum(&mut out, catalogue, Kind::Tag);
    render_api_enum(&mut out, catalogue);
    render_event_tables(&mut out, catalogue);
    render_group_tables(&mut out, catalogue, Kind::Category);
    render_group_tables(&mut out, catalogue, Kind::Tag);
    render_api_tables(&mut out, catalogue);
    render_parameter_module(&mut out, catalogue);
    render_name_tables(&mut out, catalogue, exact, ignore_case);
    out.text
}

#[derive(Default)]
struct Output {
    text: String,
}

impl Output {
    fn line(&mut self, line: &str) {
        self.text.push_str(line);
        self.text.push('\n');
    }

    fn blank(&mut self) {
        self.text.push('\n');
    }

    fn doc(&mut self, indent: &str, text: &str) {
        if text.is_empty() {
            let _ = writeln!(self.text, "{indent}///");
        } else {
            let _ = writeln!(self.text, "{indent}/// {text}");
        }
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Category,
    Tag,
}

impl Kind {
    fn type_name(self) -> &'static str {
        match self {
            Kind::Category => "Category",
            Kind::Tag => "Tag",
        }
    }

    fn snake(self) -> &'static str {
        match self {
            Kind::Category => "category",
            Kind::Tag => "tag",
        }
    }

    /// The name of the table of all groups of this kind.
    fn table(self) -> &'static str {
        match self {
            Kind::Category => "CATEGORIES",
            Kind::Tag => "TAGS",
        }
    }

    fn groups(self, catalogue: &Catalogue) -> &[Group] {
        match self {
            Kind::Category => &catalogue.categories,
            Kind::Tag => &catalogue.tags,
        }
    }

    /// The events in a group, in name order.
    fn members(self, catalogue: &Catalogue, group: usize) -> Vec<&Event> {
        catalogue
            .events
            .iter()
            .filter(|event| match self {
                Kind::Category => event.category == group,
                Kind::Tag => event.tags.contains(&group),
            })
            .collect()
    }
}

/// Escapes the characters that Markdown or rustdoc would read as markup.
fn markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// A Rust string literal. `Debug` for `str` writes only escapes that Rust source accepts.
fn literal(text: &str) -> String {
    format!("{text:?}")
}

fn event_link(event: &Event) -> String {
    format!("[`{0}`](crate::EcdEvent::{0})", event.name)
}

fn group_link(kind: Kind, group: &Group) -> String {
    format!(
        "[`{}`](crate::{}::{})",
        group.variant(),
        kind.type_name(),
        group.variant()
    )
}

fn api_link(api: &Api) -> String {
    format!("[`{}`](crate::Api::{})", api.name(), api.variant())
}

/// The events an API defines, in name order.
fn api_members(catalogue: &Catalogue, api: usize) -> Vec<&Event> {
    catalogue
        .events
        .iter()
        .filter(|event| event.apis.contains(&api))
        .collect()
}

fn render_event_enum(out: &mut Output, catalogue: &Catalogue) {
    out.blank();
    out.line("/// Declares `EcdEvent` with one variant per `[[event]]`, discriminant = `code`.");
    out.line("macro_rules! declare_ecd_event {");
    out.line("    ($(#[$attribute:meta])* $visibility:vis enum $name:ident;) => {");
    out.line("        $(#[$attribute])*");
    out.line("        $visibility enum $name {");
    for (index, event) in catalogue.events.iter().enumerate() {
        if index > 0 {
            out.blank();
        }
        let indent = "            ";
        match &event.description {
            Some(description) => out.doc(indent, &markdown(description)),
            None if event.in_published => out.doc(
                indent,
                "*Not documented yet:* the published catalogue gives no description.",
            ),
            None => out.doc(
                indent,
                "*Not documented yet:* its API does not say what it does.",
            ),
        }
        if let Some(published) = &event.published {
            out.doc(indent, "");
            out.doc(
                indent,
                &format!(
                    "Corrected here; the published catalogue reads “{}”",
                    markdown(published)
                ),
            );
        }
        let category = &catalogue.categories[event.category];
        let tags: Vec<String> = event
            .tags
            .iter()
            .map(|&tag| group_link(Kind::Tag, &catalogue.tags[tag]))
            .collect();
        out.doc(indent, "");
        out.doc(
            indent,
            &format!("- Category: {}", group_link(Kind::Category, category)),
        );
        out.doc(
            indent,
            &format!(
                "- Access: [`{0}`](crate::Access::{0})",
                event.access.as_str()
            ),
        );
        out.doc(
            indent,
            &format!(
                "- Tags: {}",
                if tags.is_empty() {
                    "none".to_owned()
                } else {
                    tags.join(", ")
                }
            ),
        );
        let mut sources: Vec<String> = Vec::new();
        if event.in_published {
            sources.push("the published catalogue".to_owned());
        }
        sources.extend(event.apis.iter().map(|&api| api_link(&catalogue.apis[api])));
        out.doc(indent, &format!("- Sources: {}", sources.join(", ")));
        if event.apis.is_empty() {
            out.doc(
                indent,
                "- Retired: none of the APIs this release draws on defines it; records may still carry it.",
            );
        }
        if !event.parameters.is_empty() {
            let names: Vec<String> = event
                .parameters
                .iter()
                .map(|parameter| format!("`{}`", parameter.name))
                .collect();
            out.doc(indent, &format!("- Parameters: {}", names.join(", ")));
        }
        let weakening = weakening_doc(&event.parameters, "");
        if !weakening.is_empty() {
            out.doc(
                indent,
                &format!("- Weakens protection: {}", weakening.join("; ")),
            );
        }
        out.doc(indent, &format!("- Code: `{}`", event.code));
        let _ = writeln!(out.text, "{indent}{} = {},", event.name, event.code);
    }
    out.line("        }");
    out.line("    };");
    out.line("}");
    out.line("pub(crate) use declare_ecd_event;");
}

fn render_group_enum(out: &mut Output, catalogue: &Catalogue, kind: Kind) {
    let name = kind.type_name();
    out.blank();
    let _ = writeln!(
        out.text,
        "/// Declares `{name}` with one variant per `[[{}]]`, in declaration order.",
        kind.snake()
    );
    let _ = writeln!(out.text, "macro_rules! declare_{} {{", kind.snake());
    out.line("    ($(#[$attribute:meta])* $visibility:vis enum $name:ident;) => {");
    out.line("        $(#[$attribute])*");
    out.line("        $visibility enum $name {");
    for (index, group) in kind.groups(catalogue).iter().enumerate() {
        if index > 0 {
            out.blank();
        }
        let indent = "            ";
        out.doc(indent, &markdown(&group.description));
        out.doc(indent, "");
        let members: Vec<String> = kind
            .members(catalogue, index)
            .into_iter()
            .map(event_link)
            .collect();
        out.doc(
            indent,
            &format!(
                "`\"{}\"`, {} events: {}.",
                group.name,
                members.len(),
                members.join(", ")
            ),
        );
        let _ = writeln!(out.text, "{indent}{},", group.variant());
    }
    out.line("        }");
    out.line("    };");
    out.line("}");
    let _ = writeln!(out.text, "pub(crate) use declare_{};", kind.snake());
}

fn render_event_tables(out: &mut Output, catalogue: &Catalogue) {
    let events = &catalogue.events;
    out.blank();
    out.line("/// Every event, in name order.");
    let _ = writeln!(
        out.text,
        "pub(crate) const EVENTS: [EcdEvent; {}] = [",
        events.len()
    );
    for event in events {
        let _ = writeln!(out.text, "    EcdEvent::{},", event.name);
    }
    out.line("];");

    out.blank();
    out.line("/// Every event's name, in name order.");
    let _ = writeln!(
        out.text,
        "pub(crate) const EVENT_NAMES: [&str; {}] = [",
        events.len()
    );
    for event in events {
        let _ = writeln!(out.text, "    {},", literal(&event.name));
    }
    out.line("];");

    render_names_by_code(out, events);
    event_match(
        out,
        "event_description",
        "Option<&'static str>",
        events,
        |event| match &event.description {
            Some(description) => format!("Some({})", literal(description)),
            None => "None".to_owned(),
        },
    );
    event_match(out, "event_category", "Category", events, |event| {
        format!(
            "Category::{}",
            catalogue.categories[event.category].variant()
        )
    });
    event_match(out, "event_access", "Access", events, |event| {
        format!("Access::{}", event.access.as_str())
    });
    event_match(out, "event_tags", "&'static [Tag]", events, |event| {
        variant_slice(
            "Tag",
            event.tags.iter().map(|&tag| catalogue.tags[tag].variant()),
        )
    });
    event_match(out, "event_apis", "&'static [Api]", events, |event| {
        variant_slice(
            "Api",
            event.apis.iter().map(|&api| catalogue.apis[api].variant()),
        )
    });
    event_match(out, "event_in_published", "bool", events, |event| {
        event.in_published.to_string()
    });

    out.blank();
    out.line("/// The event with this code.");
    out.line("#[inline]");
    out.line("pub(crate) const fn event_from_code(code: u16) -> Option<EcdEvent> {");
    out.line("    match code {");
    let mut by_code: Vec<&Event> = events.iter().collect();
    by_code.sort_by_key(|event| event.code);
    for event in by_code {
        let _ = writeln!(
            out.text,
            "        {} => Some(EcdEvent::{}),",
            event.code, event.name
        );
    }
    out.line("        _ => None,");
    out.line("    }");
    out.line("}");
}

/// A table of names indexed by code: `as_str` is one load, and the name lookup's final
/// comparison reads its candidate's name from here.
fn render_names_by_code(out: &mut Output, events: &[Event]) {
    let size = events
        .iter()
        .map(|event| usize::from(event.code))
        .max()
        .unwrap_or(0)
        + 1;
    let mut by_code = vec![None; size];
    for event in events {
        by_code[usize::from(event.code)] = Some(event);
    }
    out.blank();
    out.line("/// Every event's name, indexed by its code (`\"\"` where no event has the code).");
    let _ = writeln!(
        out.text,
        "pub(crate) const NAMES_BY_CODE: [&str; {size}] = ["
    );
    for (code, event) in by_code.iter().enumerate() {
        match event {
            Some(event) => {
                let _ = writeln!(out.text, "    {}, // {code}", literal(&event.name));
            }
            None => {
                let _ = writeln!(out.text, "    \"\", // {code}");
            }
        }
    }
    out.line("];");
}

/// A `const fn` from `EcdEvent` to a value, one arm per event.
fn event_match(
    out: &mut Output,
    function: &str,
    returns: &str,
    events: &[Event],
    value: impl Fn(&Event) -> String,
) {
    let arms = events
        .iter()
        .map(|event| (event.name.clone(), value(event)));
    enum_match(out, function, ("event", "EcdEvent"), returns, arms);
}

/// `pub(crate) const fn {function}({argument}: {type_name}) -> {returns}`, a `match` with one
/// arm per `(variant, value)`.
fn enum_match(
    out: &mut Output,
    function: &str,
    (argument, type_name): (&str, &str),
    returns: &str,
    arms: impl Iterator<Item = (String, String)>,
) {
    out.blank();
    out.line("#[inline]");
    let _ = writeln!(
        out.text,
        "pub(crate) const fn {function}({argument}: {type_name}) -> {returns} {{"
    );
    let _ = writeln!(out.text, "    match {argument} {{");
    for (variant, value) in arms {
        let _ = writeln!(out.text, "        {type_name}::{variant} => {value},");
    }
    out.line("    }");
    out.line("}");
}

fn render_group_tables(out: &mut Output, catalogue: &Catalogue, kind: Kind) {
    let type_name = kind.type_name();
    let snake = kind.snake();
    let groups = kind.groups(catalogue);
    let table = kind.table();

    out.blank();
    let _ = writeln!(out.text, "/// Every {snake}, in declaration order.");
    let _ = writeln!(
        out.text,
        "pub(crate) const {table}: [{type_name}; {}] = [",
        groups.len()
    );
    for group in groups {
        let _ = writeln!(out.text, "    {type_name}::{},", group.variant());
    }
    out.line("];");

    out.blank();
    let _ = writeln!(out.text, "/// Every {snake}'s name, in declaration order.");
    let _ = writeln!(
        out.text,
        "pub(crate) const {}_NAMES: [&str; {}] = [",
        snake.to_ascii_uppercase(),
        groups.len()
    );
    for group in groups {
        let _ = writeln!(out.text, "    {},", literal(&group.name));
    }
    out.line("];");

    group_match(out, kind, groups, "name", "&'static str", |_, group| {
        literal(&group.name)
    });
    group_match(
        out,
        kind,
        groups,
        "description",
        "&'static str",
        |_, group| literal(&group.description),
    );
    group_match(
        out,
        kind,
        groups,
        "events",
        "&'static [EcdEvent]",
        |index, _| event_slice(kind.members(catalogue, index)),
    );
}

/// A one-line slice literal of variants of `type_name`: `&[Tag::Credential, Tag::Destructive]`.
fn variant_slice(type_name: &str, variants: impl Iterator<Item = String>) -> String {
    let variants: Vec<String> = variants
        .map(|variant| format!("{type_name}::{variant}"))
        .collect();
    format!("&[{}]", variants.join(", "))
}

/// A `&[EcdEvent]` literal, one event a line.
fn event_slice(events: Vec<&Event>) -> String {
    if events.is_empty() {
        return "&[]".to_owned();
    }
    let lines: Vec<String> = events
        .into_iter()
        .map(|event| format!("EcdEvent::{}", event.name))
        .collect();
    format!(
        "&[\n            {},\n        ]",
        lines.join(",\n            ")
    )
}

/// A `const fn` from a group enum to a value, one arm per group.
fn group_match(
    out: &mut Output,
    kind: Kind,
    groups: &[Group],
    what: &str,
    returns: &str,
    value: impl Fn(usize, &Group) -> String,
) {
    let snake = kind.snake();
    let arms =
        (groups.iter().enumerate()).map(|(index, group)| (group.variant(), value(index, group)));
    let function = format!("{snake}_{what}");
    enum_match(out, &function, (snake, kind.type_name()), returns, arms);
}

fn render_api_enum(out: &mut Output, catalogue: &Catalogue) {
    out.blank();
    out.line("/// Declares `Api` with one variant per `[[api]]`, in declaration order.");
    out.line("macro_rules! declare_api {");
    out.line("    ($(#[$attribute:meta])* $visibility:vis enum $name:ident;) => {");
    out.line("        $(#[$attribute])*");
    out.line("        $visibility enum $name {");
    for (index, api) in catalogue.apis.iter().enumerate() {
        if index > 0 {
            out.blank();
        }
        let indent = "            ";
        out.doc(indent, &markdown(&api.description));
        out.doc(indent, "");
        out.doc(
            indent,
            &format!(
                "`\"{}\"`: product `{}`, version `{}`, {} events.",
                api.name(),
                api.product,
                api.version,
                api_members(catalogue, index).len()
            ),
        );
        let _ = writeln!(out.text, "{indent}{},", api.variant());
    }
    out.line("        }");
    out.line("    };");
    out.line("}");
    out.line("pub(crate) use declare_api;");
}

fn render_api_tables(out: &mut Output, catalogue: &Catalogue) {
    let apis = &catalogue.apis;
    out.blank();
    out.line("/// Every API, in declaration order.");
    let _ = writeln!(out.text, "pub(crate) const APIS: [Api; {}] = [", apis.len());
    for api in apis {
        let _ = writeln!(out.text, "    Api::{},", api.variant());
    }
    out.line("];");

    out.blank();
    out.line("/// Every API's name (`product/version`), in declaration order.");
    let _ = writeln!(
        out.text,
        "pub(crate) const API_NAMES: [&str; {}] = [",
        apis.len()
    );
    for api in apis {
        let _ = writeln!(out.text, "    {},", literal(&api.name()));
    }
    out.line("];");

    api_match(out, apis, "name", "&'static str", &|_, api| {
        literal(&api.name())
    });
    api_match(out, apis, "product", "&'static str", &|_, api| {
        literal(&api.product)
    });
    api_match(out, apis, "version", "&'static str", &|_, api| {
        literal(&api.version)
    });
    api_match(out, apis, "description", "&'static str", &|_, api| {
        literal(&api.description)
    });
    api_match(out, apis, "events", "&'static [EcdEvent]", &|index, _| {
        event_slice(api_members(catalogue, index))
    });
}

/// A `const fn` from `Api` to a value, one arm per API.
fn api_match(
    out: &mut Output,
    apis: &[Api],
    what: &str,
    returns: &str,
    value: &dyn Fn(usize, &Api) -> String,
) {
    let arms = (apis.iter().enumerate()).map(|(index, api)| (api.variant(), value(index, api)));
    enum_match(out, &format!("api_{what}"), ("api", "Api"), returns, arms);
}

fn render_name_tables(
    out: &mut Output,
    catalogue: &Catalogue,
    exact: &PerfectHash,
    ignore_case: &PerfectHash,
) {
    let events = &catalogue.events;
    let min = events.iter().map(|e| e.name.len()).min().unwrap_or(0);
    let max = events.iter().map(|e| e.name.len()).max().unwrap_or(0);
    out.blank();
    out.line(
        "/// The perfect hashes of the event names: see src/catalogue/name_hash.rs, src/catalogue/name_lookup.rs and",
    );
    out.line(
        "/// codegen/perfect_hash.rs. The generator verified that every name lands in its own",
    );
    out.line("/// slot of each table and that no two names look alike to the hash.");
    out.line("pub(crate) mod name_table {");
    out.line("    use crate::catalogue::EcdEvent;");
    out.line("    use crate::catalogue::name_hash::Case;");
    out.line("    use crate::catalogue::name_lookup::Table;");
    out.blank();
    out.line("    /// Names outside this length range are rejected before hashing.");
    let _ = writeln!(out.text, "    pub(crate) const MIN_LEN: usize = {min};");
    let _ = writeln!(out.text, "    pub(crate) const MAX_LEN: usize = {max};");
    render_table(
        out,
        events,
        "EXACT",
        "For `from_name`: names hashed as they are.",
        exact,
    );
    render_table(
        out,
        events,
        "IGNORE_CASE",
        "For `from_name_ignore_ascii_case`: names hashed with ASCII case folded.",
        ignore_case,
    );
    out.line("}");
}

fn render_table(out: &mut Output, events: &[Event], name: &str, doc: &str, hash: &PerfectHash) {
    out.blank();
    let _ = writeln!(out.text, "    /// {doc}");
    let _ = writeln!(
        out.text,
        "    pub(crate) const {name}: Table<{}, {}> = Table {{",
        hash.pilots.len(),
        hash.slots.len()
    );
    let _ = writeln!(out.text, "        case: Case::{:?},", hash.case);
    let _ = writeln!(out.text, "        seed: {:#018x},", hash.seed);
    let _ = writeln!(out.text, "        bucket_bits: {},", hash.bucket_bits);
    let _ = writeln!(out.text, "        slot_bits: {},", hash.slot_bits);
    out.line("        pilots: [");
    for row in hash.pilots.chunks(16) {
        let cells: Vec<String> = row.iter().map(|pilot| format!("{pilot:3}")).collect();
        let _ = writeln!(out.text, "            {},", cells.join(", "));
    }
    out.line("        ],");
    out.line("        slots: [");
    for (slot, (entry, fingerprint)) in hash.slots.iter().zip(&hash.fingerprints).enumerate() {
        match entry {
            Some(index) => {
                let _ = writeln!(
                    out.text,
                    "            ({fingerprint:#06x}, Some(EcdEvent::{})), // {slot}",
                    events[*index].name
                );
            }
            None => {
                let _ = writeln!(out.text, "            (0, None), // {slot}");
            }
        }
    }
    out.line("        ],");
    out.line("    };");
}

/// What the variant's docs say of the weakening values: `` `MfaEnabled` = `false` ``.
fn weakening_doc(parameters: &[Parameter], parent: &str) -> Vec<String> {
    let mut lines = Vec::new();
    for parameter in parameters {
        let path = format!("{parent}{}", parameter.name);
        match &parameter.weakening {
            Weakening::Never => {}
            Weakening::AnyValue => lines.push(format!("`{path}` given")),
            Weakening::Values(values) => {
                let values: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
                lines.push(format!("`{path}` = {}", values.join(" or ")));
            }
        }
        lines.extend(weakening_doc(&parameter.members, &format!("{path}.")));
    }
    lines
}

/// Each event's parameters in the API's order, their members, and for the lookup by name an
/// index of each event's parameters sorted by the fingerprints of their names.
///
/// The facts are laid out as arrays of plain values (names, kind codes, flags, indexes into
/// lists of values and APIs), one entry per parameter or member, and a `Parameter` is its
/// index: rustc type-checks such arrays several times faster than one struct literal per
/// parameter, which keeps the catalogue cheap to build (benches/README.md, "Build cost").
/// The parameter tables in a module of their own that only the `parameters` feature compiles:
/// they are most of what rustc spends on the catalogue (benches/README.md, "Build cost"), and
/// a user of the names, categories and tags alone should not pay for them.
fn render_parameter_module(out: &mut Output, catalogue: &Catalogue) {
    let mut tables = Output::default();
    render_parameter_tables(&mut tables, catalogue);
    out.blank();
    out.line("/// The request parameters' tables, compiled only with the `parameters` feature.");
    out.line("#[cfg(feature = \"parameters\")]");
    out.line("pub(crate) use parameter_tables::*;");
    out.blank();
    out.line("#[cfg(feature = \"parameters\")]");
    out.line("mod parameter_tables {");
    out.line("    use crate::catalogue::{Api, EcdEvent, Parameter};");
    for line in tables.text.lines() {
        if line.is_empty() {
            out.blank();
        } else {
            let _ = writeln!(out.text, "    {line}");
        }
    }
    out.line("}");
}

fn render_parameter_tables(out: &mut Output, catalogue: &Catalogue) {
    let events = &catalogue.events;
    let table = ParameterTable::of(catalogue);
    let count = table.entries.len();
    out.blank();
    out.line(
        "/// The weakening field of `PARAMETER_FACTS` for no weakening value, and for any value;",
    );
    out.line("/// other values index `VALUE_LISTS`.");
    let _ = writeln!(
        out.text,
        "pub(crate) const WEAKENS_NEVER: u64 = {WEAKENS_NEVER:#x};"
    );
    let _ = writeln!(
        out.text,
        "pub(crate) const WEAKENS_ANY_VALUE: u64 = {WEAKENS_ANY_VALUE:#x};"
    );
    out.blank();
    out.line("/// Valid and weakening values, each distinct list once (the first is empty).");
    let _ = writeln!(
        out.text,
        "pub(crate) const VALUE_LISTS: [&[&str]; {}] = [",
        table.values.len()
    );
    for values in &table.values {
        let _ = writeln!(out.text, "    {},", string_slice(values));
    }
    out.line("];");
    out.blank();
    out.line("/// The APIs that take parameters, each distinct list once.");
    let _ = writeln!(
        out.text,
        "pub(crate) const API_LISTS: [&[Api]; {}] = [",
        table.apis.len()
    );
    for apis in &table.apis {
        let apis = variant_slice("Api", apis.iter().map(|&api| catalogue.apis[api].variant()));
        let _ = writeln!(out.text, "    {apis},");
    }
    out.line("];");

    out.blank();
    out.line(
        "/// Every parameter's name: the events' parameters, event after event in name order, then",
    );
    out.line("/// the members of objects.");
    let _ = writeln!(
        out.text,
        "pub(crate) static PARAMETER_NAMES: [&str; {count}] = ["
    );
    for entry in &table.entries {
        let _ = writeln!(out.text, "    {},", literal(&entry.parameter.name));
    }
    out.line("];");
    out.blank();
    out.line("/// Every parameter's other facts, in the same order, packed into one number (one array of");
    out.line("/// numbers is what rustc checks fastest); src/catalogue/parameter.rs unpacks them:");
    for (field, (shift, bits)) in FACT_FIELDS {
        let _ = writeln!(out.text, "/// bits {shift}..{}: {field}", shift + bits);
    }
    let _ = writeln!(
        out.text,
        "pub(crate) static PARAMETER_FACTS: [u64; {count}] = ["
    );
    for entry in &table.entries {
        let _ = writeln!(out.text, "    {:#018x},", facts(entry));
    }
    out.line("];");
    out.blank();
    out.line("/// Every parameter, by index: the slices that `parameters()` and `members()` give.");
    let _ = writeln!(out.text, "static PARAMETERS: [Parameter; {count}] = {{");
    let _ = writeln!(out.text, "    let mut all = [Parameter::at(0); {count}];");
    out.line("    let mut index = 0;");
    out.line("    while index < all.len() {");
    out.line("        all[index] = Parameter::at(index as u16);");
    out.line("        index += 1;");
    out.line("    }");
    out.line("    all");
    out.line("};");
    out.blank();
    out.line("/// `count` parameters from index `first`.");
    out.line("#[inline]");
    out.line(
        "pub(crate) const fn parameter_range(first: u16, count: u16) -> &'static [Parameter] {",
    );
    out.line("    PARAMETERS.split_at(first as usize).1.split_at(count as usize).0");
    out.line("}");

    // Where each event's parameters start, and how many it has, by code.
    let size = events
        .iter()
        .map(|e| usize::from(e.code))
        .max()
        .unwrap_or(0)
        + 1;
    let mut ranges = vec![(0usize, 0usize); size];
    let mut first = 0;
    for event in events {
        ranges[usize::from(event.code)] = (first, event.parameters.len());
        first += event.parameters.len();
    }
    out.blank();
    out.line("/// For each event code, where its parameters start and how many it has.");
    let _ = writeln!(out.text, "const PARAMETER_RANGES: [(u16, u16); {size}] = [");
    for (first, count) in ranges {
        let _ = writeln!(out.text, "    ({first}, {count}),");
    }
    out.line("];");
    out.blank();
    out.line("/// Each event's request parameters, in its APIs' order.");
    out.line("#[inline]");
    out.line("pub(crate) const fn event_parameters(event: EcdEvent) -> &'static [Parameter] {");
    out.line("    let (first, count) = PARAMETER_RANGES[event as usize];");
    out.line("    parameter_range(first, count)");
    out.line("}");

    out.blank();
    let mut fingerprints: Vec<(u32, u8)> = Vec::new();
    for event in events {
        let mut index: Vec<(u32, u8)> = event
            .parameters
            .iter()
            .enumerate()
            .map(|(position, parameter)| {
                let position = u8::try_from(position).expect("at most 256 parameters an event");
                (parameter_fingerprint(&parameter.name), position)
            })
            .collect();
        index.sort_unstable();
        fingerprints.extend(index);
    }
    out.line(
        "/// The fingerprints of each event's parameter names, sorted, event after event as in",
    );
    out.line("/// `PARAMETER_NAMES`; `PARAMETER_POSITIONS` says whose each is.");
    let _ = writeln!(
        out.text,
        "static PARAMETER_INDEX: [u32; {}] = [",
        fingerprints.len()
    );
    for (fingerprint, _) in &fingerprints {
        let _ = writeln!(out.text, "    {fingerprint:#010x},");
    }
    out.line("];");
    out.blank();
    out.line("/// The position among its event's parameters of each entry of `PARAMETER_INDEX`.");
    let _ = writeln!(
        out.text,
        "pub(crate) static PARAMETER_POSITIONS: [u8; {}] = [",
        fingerprints.len()
    );
    for (_, position) in &fingerprints {
        let _ = writeln!(out.text, "    {position},");
    }
    out.line("];");
    out.blank();
    out.line("/// The seed of the parameter names' fingerprints (see `PARAMETER_INDEX`).");
    let _ = writeln!(
        out.text,
        "pub(crate) const PARAMETER_SEED: u64 = {PARAMETER_SEED:#018x};"
    );
    out.blank();
    out.line("/// Each event's entries of `PARAMETER_INDEX`, and where they start.");
    out.line("#[inline]");
    out.line(
        "pub(crate) const fn event_parameter_index(event: EcdEvent) -> (&'static [u32], usize) {",
    );
    out.line("    let (first, count) = PARAMETER_RANGES[event as usize];");
    out.line(
        "    let index = PARAMETER_INDEX.split_at(first as usize).1.split_at(count as usize).0;",
    );
    out.line("    (index, first as usize)");
    out.line("}");
}

/// The fields of `PARAMETER_FACTS`, as (shift, width in bits); src/catalogue/parameter.rs
/// reads them with the same numbers.
const FACT_FIELDS: [(&str, (u32, u32)); 7] = [
    (
        "kind: 0 string, 1 integer, 2 number, 3 boolean, 4 map, 5 object, plus 8 for a list",
        (0, 4),
    ),
    ("1 if required", (4, 1)),
    ("1 if JSON-encoded", (5, 1)),
    ("APIs: an index into `API_LISTS`", (6, 6)),
    ("valid values: an index into `VALUE_LISTS`", (12, 12)),
    (
        "weakening values: an index into `VALUE_LISTS`, `WEAKENS_NEVER` or `WEAKENS_ANY_VALUE`",
        (24, 12),
    ),
    ("members: the first's index, and their count", (36, 28)),
];

/// The weakening field for no weakening value, and for any value.
const WEAKENS_NEVER: u64 = 0xfff;
const WEAKENS_ANY_VALUE: u64 = 0xffe;

/// An entry's facts, packed as `FACT_FIELDS` says.
fn facts(entry: &Entry<'_>) -> u64 {
    let weakening = match entry.weakening {
        None => WEAKENS_NEVER,
        Some(None) => WEAKENS_ANY_VALUE,
        Some(Some(list)) => list as u64,
    };
    let (first, count) = entry.members;
    let fields = [
        u64::from(kind_code(&entry.parameter.kind)),
        u64::from(entry.parameter.required),
        u64::from(entry.parameter.json),
        entry.apis as u64,
        entry.values as u64,
        weakening,
        (first as u64) | ((count as u64) << 16),
    ];
    let mut packed = 0;
    for (value, (_, (shift, bits))) in fields.into_iter().zip(FACT_FIELDS) {
        assert!(
            value < 1 << bits,
            "a parameter fact outgrows its {bits} bits"
        );
        packed |= value << shift;
    }
    packed
}

/// One parameter or member in the generated tables, with its indexes into the shared lists.
struct Entry<'c> {
    parameter: &'c Parameter,
    values: usize,
    /// `None`: no weakening value; `Some(None)`: any value; `Some(Some(list))`.
    weakening: Option<Option<usize>>,
    apis: usize,
    /// (first, count) of its members.
    members: (usize, usize),
}

/// The parameters laid out for the tables: the events' own first (event after event), then
/// the members of each object together, and the distinct lists of values and APIs.
struct ParameterTable<'c> {
    entries: Vec<Entry<'c>>,
    top_level: usize,
    values: Vec<Vec<String>>,
    apis: Vec<Vec<usize>>,
}

impl<'c> ParameterTable<'c> {
    fn of(catalogue: &'c Catalogue) -> ParameterTable<'c> {
        let mut table = ParameterTable {
            entries: Vec::new(),
            top_level: 0,
            values: vec![Vec::new()],
            apis: Vec::new(),
        };
        for event in &catalogue.events {
            for parameter in &event.parameters {
                table.push(parameter);
            }
        }
        table.top_level = table.entries.len();
        // Breadth first: each object's members are appended together, after everything
        // before them, so they form one range.
        let mut next = 0;
        while next < table.entries.len() {
            let parameter = table.entries[next].parameter;
            if !parameter.members.is_empty() {
                let first = table.entries.len();
                for member in &parameter.members {
                    table.push(member);
                }
                table.entries[next].members = (first, parameter.members.len());
            }
            next += 1;
        }
        assert!(
            table.entries.len() < usize::from(u16::MAX - 1),
            "too many parameters for the tables' u16 indexes"
        );
        table
    }

    fn push(&mut self, parameter: &'c Parameter) {
        let values = self.list_of_values(&parameter.values);
        let weakening = match &parameter.weakening {
            Weakening::Never => None,
            Weakening::AnyValue => Some(None),
            Weakening::Values(values) => Some(Some(self.list_of_values(values))),
        };
        let apis = match self.apis.iter().position(|known| *known == parameter.apis) {
            Some(index) => index,
            None => {
                self.apis.push(parameter.apis.clone());
                self.apis.len() - 1
            }
        };
        self.entries.push(Entry {
            parameter,
            values,
            weakening,
            apis,
            members: (0, 0),
        });
    }

    fn list_of_values(&mut self, values: &[String]) -> usize {
        match self.values.iter().position(|known| known == values) {
            Some(index) => index,
            None => {
                self.values.push(values.to_vec());
                self.values.len() - 1
            }
        }
    }
}

/// The kind's code in `PARAMETER_KINDS`.
fn kind_code(kind: &ParameterKind) -> u8 {
    match kind {
        ParameterKind::String => 0,
        ParameterKind::Integer => 1,
        ParameterKind::Number => 2,
        ParameterKind::Boolean => 3,
        ParameterKind::Map => 4,
        ParameterKind::Object => 5,
        ParameterKind::List(item) => 8 | kind_code(item),
    }
}

/// The seed of [`parameter_fingerprint`]: any fixed value works, as long as no two
/// parameters of one event share a fingerprint, which the generator checks.
pub const PARAMETER_SEED: u64 = 0x5eed_0f0a_7a3e_7e75;

/// The high 32 bits of the name hash of a parameter's name: what the lookup compares before
/// comparing names, so that it reads one `u32` per parameter instead of a string.
pub fn parameter_fingerprint(name: &str) -> u32 {
    (name_hash(name.as_bytes(), PARAMETER_SEED, Case::Sensitive) >> 32) as u32
}

/// `&["a", "b"]`.
fn string_slice(values: &[String]) -> String {
    let values: Vec<String> = values.iter().map(|value| literal(value)).collect();
    format!("&[{}]", values.join(", "))
}
