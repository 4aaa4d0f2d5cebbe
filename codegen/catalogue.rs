//! Reads `events.toml` into a [`Catalogue`] and checks every rule its header states.
//!
//! The TOML is read through `toml`'s spanned document tree rather than serde: every value keeps
//! its position, so each broken rule is reported with the line it is on, and all of them are
//! reported at once.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::parameters::{self, ApiParameter, ApiParameters, Kind};

/// The file name used in error messages.
pub const FILE: &str = "events.toml";

/// Whether an event reads or writes, as ActionTrail's `eventRW`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

impl Access {
    pub fn as_str(self) -> &'static str {
        match self {
            Access::Read => "Read",
            Access::Write => "Write",
        }
    }
}

/// A declared category or tag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The kebab-case name, as written in `events.toml`.
    pub name: String,
    pub description: String,
}

impl Group {
    /// The Rust variant name: `desktop-group` becomes `DesktopGroup`.
    pub fn variant(&self) -> String {
        variant_of(&self.name)
    }
}

/// The Rust variant name of a kebab-case group name.
fn variant_of(kebab: &str) -> String {
    kebab
        .split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// A declared `[[api]]`: one version of one of ECD's public APIs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Api {
    /// The product code, as the API's endpoint is named: `ecd`.
    pub product: String,
    /// The API version, `YYYY-MM-DD`.
    pub version: String,
    pub description: String,
}

impl Api {
    /// The string form, as events name it in `sources`: `ecd/2020-09-30`.
    pub fn name(&self) -> String {
        format!("{}/{}", self.product, self.version)
    }

    /// The Rust variant name: `eds-user/2021-03-08` becomes `EdsUser20210308`.
    pub fn variant(&self) -> String {
        variant_of(&self.product) + &self.version.replace('-', "")
    }
}

/// The `sources` entry that stands for the published catalogue page.
pub const PUBLISHED_SOURCE: &str = "published";

/// One `[[event]]` entry, validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub name: String,
    /// `None` where the published catalogue says "None." (not documented yet).
    pub description: Option<String>,
    /// The published text, where `description` corrects it.
    pub published: Option<String>,
    /// Index into [`Catalogue::categories`].
    pub category: usize,
    pub access: Access,
    /// Indexes into [`Catalogue::tags`], in the order written (sorted by name).
    pub tags: Vec<usize>,
    /// Whether the published catalogue page lists the event.
    pub in_published: bool,
    /// Indexes into [`Catalogue::apis`] of the APIs that define the action, in declaration
    /// order; none for an event retired from every API.
    pub apis: Vec<usize>,
    pub code: u16,
    /// The request parameters of its APIs' action: the first API's in its order, then those
    /// only later APIs take. Empty for a retired event.
    pub parameters: Vec<Parameter>,
    /// 1-based line of the entry's `name`.
    pub line: usize,
}

/// One request parameter of an event: the union of what its APIs say of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parameter {
    /// The wire name; a member's own name.
    pub name: String,
    pub kind: Kind,
    /// Sent as JSON text rather than flattened.
    pub json: bool,
    /// Every API that takes it requires it.
    pub required: bool,
    /// Valid values, the first API's first; empty where free.
    pub values: Vec<String>,
    /// Indexes into [`Catalogue::apis`] of the APIs that take it, in declaration order.
    pub apis: Vec<usize>,
    pub weakening: Weakening,
    pub members: Vec<Parameter>,
}

/// Which values of a parameter weaken protection or widen exposure (`weakening` in
/// `events.toml`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Weakening {
    #[default]
    Never,
    Values(Vec<String>),
    /// `"any"`: giving the parameter at all.
    AnyValue,
}

/// The whole catalogue, in file order: events sorted by name, groups and APIs in declaration
/// order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalogue {
    pub categories: Vec<Group>,
    pub tags: Vec<Group>,
    pub apis: Vec<Api>,
    pub events: Vec<Event>,
}

/// One broken rule: where it is and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file: `events.toml`, or the parameters file it is read with.
    pub file: &'static str,
    /// 1-based line in `file`.
    pub line: usize,
    /// The entry it concerns, e.g. ``event `CreateDesktops` `` (empty when the file as a whole is
    /// at fault).
    pub entry: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.file, self.line)?;
        if !self.entry.is_empty() {
            write!(f, "{}: ", self.entry)?;
        }
        f.write_str(&self.message)
    }
}

/// Every rule `events.toml` breaks, in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in &self.0 {
            writeln!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

/// Parses and validates `events.toml`, with no parameters (as if every action took none).
#[allow(dead_code, reason = "the tests read catalogues without parameters")]
pub fn parse(source: &str) -> Result<Catalogue, Problems> {
    parse_with(source, &ApiParameters::default())
}

/// Parses and validates `events.toml`, giving each event the parameters its APIs take
/// (`tests/data/api-parameters.tsv`, read) and checking its `weakening` against them.
pub fn parse_with(source: &str, api_parameters: &ApiParameters) -> Result<Catalogue, Problems> {
    let document = DeTable::parse(source).map_err(|error| {
        let line = error.span().map_or(1, |span| line_of(source, span.start));
        Problems(vec![Problem {
            file: FILE,
            line,
            entry: String::new(),
            message: format!("not valid TOML: {}", error.message()),
        }])
    })?;
    let mut reader = Reader {
        source,
        api_parameters,
        problems: Vec::new(),
    };
    let catalogue = reader.catalogue(document.get_ref());
    if reader.problems.is_empty() {
        Ok(catalogue)
    } else {
        reader.problems.sort_by_key(|problem| problem.line);
        Err(Problems(reader.problems))
    }
}

/// 1-based line number of a byte offset.
fn line_of(source: &str, offset: usize) -> usize {
    let end = offset.min(source.len());
    source.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Reserved words that can start with an uppercase letter and so pass the identifier check.
const RESERVED: &[&str] = &["Self"];

struct Reader<'s> {
    source: &'s str,
    api_parameters: &'s ApiParameters,
    problems: Vec<Problem>,
}

impl Reader<'_> {
    fn line(&self, span: std::ops::Range<usize>) -> usize {
        line_of(self.source, span.start)
    }

    fn problem(&mut self, span: std::ops::Range<usize>, entry: &str, message: String) {
        let line = self.line(span);
        self.problems.push(Problem {
            file: FILE,
            line,
            entry: entry.to_owned(),
            message,
        });
    }

    fn catalogue(&mut self, document: &DeTable<'_>) -> Catalogue {
        for (key, value) in document.iter() {
            if !["category", "tag", "api", "event"].contains(&key.get_ref().as_ref()) {
                self.problem(
                    value.span(),
                    "",
                    format!(
                        "unknown section `{}`: expected [[category]], [[tag]], [[api]] or [[event]]",
                        key.get_ref()
                    ),
                );
            }
        }
        let categories = self.groups(document, "category");
        let tags = self.groups(document, "tag");
        let apis = self.apis(document);
        let events = self.events(document, &categories, &tags, &apis);
        self.unclaimed_parameters(&events, &apis);
        Catalogue {
            categories,
            tags,
            apis,
            events,
        }
    }

    /// The tables of an array of tables such as `[[event]]`.
    fn entries<'d, 'i>(
        &mut self,
        document: &'d DeTable<'i>,
        section: &str,
    ) -> Vec<(std::ops::Range<usize>, &'d DeTable<'i>)> {
        let Some(value) = document.get(section) else {
            self.problem(0..0, "", format!("no [[{section}]] entries"));
            return Vec::new();
        };
        let Some(array) = value.get_ref().as_array() else {
            self.problem(
                value.span(),
                "",
                format!("`{section}` must be written as [[{section}]] tables"),
            );
            return Vec::new();
        };
        let mut tables = Vec::new();
        for item in array.iter() {
            match item.get_ref().as_table() {
                Some(table) => tables.push((item.span(), table)),
                None => self.problem(
                    item.span(),
                    "",
                    format!("every `{section}` entry must be a table"),
                ),
            }
        }
        tables
    }

    fn groups(&mut self, document: &DeTable<'_>, section: &str) -> Vec<Group> {
        let mut groups: Vec<Group> = Vec::new();
        for (span, table) in self.entries(document, section) {
            let entry = format!("[[{section}]] at this line");
            self.unknown_keys(table, &entry, &["name", "description"]);
            let Some(name) = self.string(table, &span, &entry, "name") else {
                continue;
            };
            let entry = format!("{section} `{}`", name.get_ref());
            if !is_kebab_case(name.get_ref()) {
                self.problem(
                    name.span(),
                    &entry,
                    "name must be kebab-case: lowercase ASCII words joined by `-`".to_owned(),
                );
            }
            let variant = variant_of(name.get_ref());
            if RESERVED.contains(&variant.as_str()) {
                self.problem(
                    name.span(),
                    &entry,
                    format!("name would make the variant `{variant}`, a reserved word"),
                );
            }
            if groups.iter().any(|group| group.name == *name.get_ref()) {
                self.problem(name.span(), &entry, format!("duplicate {section} name"));
            }
            let description = self
                .string(table, &span, &entry, "description")
                .map(Spanned::into_inner);
            groups.push(Group {
                name: name.into_inner(),
                description: description.unwrap_or_default(),
            });
        }
        groups
    }

    fn apis(&mut self, document: &DeTable<'_>) -> Vec<Api> {
        let mut apis: Vec<Api> = Vec::new();
        // Each API's name and the line that declares it, for duplicates.
        let mut lines: Vec<(String, usize)> = Vec::new();
        for (span, table) in self.entries(document, "api") {
            let entry = "[[api]] at this line";
            self.unknown_keys(table, entry, &["product", "version", "description"]);
            let product = self.string(table, &span, entry, "product");
            let version = self.string(table, &span, entry, "version");
            let description = self.string(table, &span, entry, "description");
            let (Some(product), Some(version)) = (product, version) else {
                continue;
            };
            let entry = format!("api `{}/{}`", product.get_ref(), version.get_ref());
            if !is_kebab_case(product.get_ref()) {
                self.problem(
                    product.span(),
                    &entry,
                    "product must be kebab-case: lowercase ASCII words joined by `-`".to_owned(),
                );
            }
            if !is_date(version.get_ref()) {
                self.problem(
                    version.span(),
                    &entry,
                    "version must be a date, YYYY-MM-DD".to_owned(),
                );
            }
            let api = Api {
                product: product.into_inner(),
                version: version.into_inner(),
                description: description.map(Spanned::into_inner).unwrap_or_default(),
            };
            if let Some(first) = lines.iter().find(|(name, _)| *name == api.name()) {
                let message = format!("duplicate api: line {} declares it already", first.1);
                self.problem(span.clone(), &entry, message);
            }
            lines.push((api.name(), self.line(span.clone())));
            apis.push(api);
        }
        apis
    }

    fn events(
        &mut self,
        document: &DeTable<'_>,
        categories: &[Group],
        tags: &[Group],
        apis: &[Api],
    ) -> Vec<Event> {
        let mut events = Vec::new();
        let mut previous: Option<String> = None;
        let mut names: BTreeMap<String, String> = BTreeMap::new();
        let mut codes: BTreeMap<u16, String> = BTreeMap::new();
        for (span, table) in self.entries(document, "event") {
            let Some(name) = self.string(table, &span, "[[event]] at this line", "name") else {
                continue;
            };
            let entry = format!("event `{}`", name.get_ref());
            self.unknown_keys(
                table,
                &entry,
                &[
                    "name",
                    "description",
                    "published",
                    "category",
                    "access",
                    "tags",
                    "sources",
                    "retired",
                    "code",
                    "weakening",
                ],
            );
            self.check_name(&name, &entry, &mut previous, &mut names);

            let description = self.optional_string(table, &entry, "description");
            let published = self.optional_string(table, &entry, "published");
            if let (Some(published), None) = (&published, &description) {
                self.problem(
                    published.span(),
                    &entry,
                    "`published` keeps the source text that `description` corrects, \
                     so it needs a `description`"
                        .to_owned(),
                );
            }
            if let (Some(published), Some(description)) = (&published, &description)
                && published.get_ref() == description.get_ref()
            {
                self.problem(
                    published.span(),
                    &entry,
                    "`published` equals `description`: drop it, nothing is corrected".to_owned(),
                );
            }

            let category = self
                .string(table, &span, &entry, "category")
                .and_then(|category| self.group_index(&category, categories, &entry, "category"));
            let access =
                self.string(table, &span, &entry, "access")
                    .and_then(|access| match access.get_ref().as_str() {
                        "Read" => Some(Access::Read),
                        "Write" => Some(Access::Write),
                        other => {
                            self.problem(
                                access.span(),
                                &entry,
                                format!("unknown access `{other}`: expected \"Read\" or \"Write\""),
                            );
                            None
                        }
                    });
            let event_tags = self.event_tags(table, &entry, tags, access);
            let sources = self.sources(table, &span, &entry, apis);
            if let (Some(published), Some((false, _))) = (&published, &sources) {
                self.problem(
                    published.span(),
                    &entry,
                    "`published` corrects the published catalogue's text, but `sources` does \
                     not list \"published\""
                        .to_owned(),
                );
            }
            self.retired(table, &span, &entry, sources.as_ref());
            let code = self.code(table, &span, &entry, &mut codes);

            let line = self.line(name.span());
            if let (Some(category), Some(access), Some((in_published, event_apis)), Some(code)) =
                (category, access, sources, code)
            {
                let mut event_parameters =
                    self.event_parameters(name.get_ref(), &entry, line, &event_apis, apis);
                self.weakening(table, &entry, &mut event_parameters);
                events.push(Event {
                    line,
                    name: name.into_inner(),
                    description: description.map(Spanned::into_inner),
                    published: published.map(Spanned::into_inner),
                    category,
                    access,
                    tags: event_tags,
                    in_published,
                    apis: event_apis,
                    code,
                    parameters: event_parameters,
                });
            }
        }
        events
    }

    /// Identifier, order and uniqueness (also ignoring ASCII case) of an event name.
    fn check_name(
        &mut self,
        name: &Spanned<String>,
        entry: &str,
        previous: &mut Option<String>,
        names: &mut BTreeMap<String, String>,
    ) {
        let text = name.get_ref();
        if !is_type_identifier(text) {
            self.problem(
                name.span(),
                entry,
                "name must be a Rust identifier of ASCII letters and digits starting with an \
                 uppercase letter"
                    .to_owned(),
            );
        }
        match names.get(&text.to_ascii_lowercase()) {
            Some(earlier) if earlier == text => {
                self.problem(name.span(), entry, "duplicate event name".to_owned());
            }
            Some(earlier) => self.problem(
                name.span(),
                entry,
                format!("name differs only in ASCII case from `{earlier}`"),
            ),
            None => {
                names.insert(text.to_ascii_lowercase(), text.clone());
            }
        }
        if let Some(before) = previous.as_deref()
            && before > text.as_str()
        {
            self.problem(
                name.span(),
                entry,
                format!("entries must be sorted by name: this one comes after `{before}`"),
            );
        }
        *previous = Some(text.clone());
    }

    fn event_tags(
        &mut self,
        table: &DeTable<'_>,
        entry: &str,
        tags: &[Group],
        access: Option<Access>,
    ) -> Vec<usize> {
        let Some(value) = table.get("tags") else {
            return Vec::new();
        };
        let Some(array) = value.get_ref().as_array() else {
            self.problem(
                value.span(),
                entry,
                "`tags` must be an array of tag names".to_owned(),
            );
            return Vec::new();
        };
        let mut indexes = Vec::new();
        let mut written: Vec<&str> = Vec::new();
        for item in array.iter() {
            let Some(tag) = item.get_ref().as_str() else {
                self.problem(item.span(), entry, "every tag must be a string".to_owned());
                continue;
            };
            let tag = Spanned::new(item.span(), tag.to_owned());
            if let Some(index) = self.group_index(&tag, tags, entry, "tag") {
                if indexes.contains(&index) {
                    self.problem(
                        item.span(),
                        entry,
                        format!("duplicate tag `{}`", tag.get_ref()),
                    );
                }
                indexes.push(index);
            }
            written.push(item.get_ref().as_str().unwrap_or_default());
        }
        if written.windows(2).any(|pair| pair[0] > pair[1]) {
            self.problem(
                value.span(),
                entry,
                "tags must be sorted by name".to_owned(),
            );
        }
        let destructive = tags.iter().position(|tag| tag.name == "destructive");
        if access == Some(Access::Read) && destructive.is_some_and(|d| indexes.contains(&d)) {
            self.problem(
                value.span(),
                entry,
                "a Read event cannot be tagged \"destructive\"".to_owned(),
            );
        }
        indexes
    }

    /// `sources`: whether the published page lists the event, and the APIs that define it.
    fn sources(
        &mut self,
        table: &DeTable<'_>,
        span: &std::ops::Range<usize>,
        entry: &str,
        apis: &[Api],
    ) -> Option<(bool, Vec<usize>)> {
        let Some(value) = table.get("sources") else {
            self.problem(span.clone(), entry, "missing `sources`".to_owned());
            return None;
        };
        let expected = || {
            let mut names = vec![format!("\"{PUBLISHED_SOURCE}\"")];
            names.extend(apis.iter().map(|api| format!("\"{}\"", api.name())));
            names.join(", ")
        };
        let array = value.get_ref().as_array().filter(|array| !array.is_empty());
        let Some(array) = array else {
            self.problem(
                value.span(),
                entry,
                format!("`sources` must be a non-empty array of: {}", expected()),
            );
            return None;
        };
        // Positions in the declared order: the published page first, then the APIs.
        let mut positions = Vec::new();
        let mut every_source_known = true;
        for item in array.iter() {
            let Some(source) = item.get_ref().as_str() else {
                self.problem(
                    item.span(),
                    entry,
                    "every source must be a string".to_owned(),
                );
                every_source_known = false;
                continue;
            };
            let position = if source == PUBLISHED_SOURCE {
                Some(0)
            } else {
                apis.iter()
                    .position(|api| api.name() == source)
                    .map(|index| index + 1)
            };
            match position {
                Some(position) => positions.push(position),
                None => {
                    self.problem(
                        item.span(),
                        entry,
                        format!("unknown source `{source}`: expected one of {}", expected()),
                    );
                    every_source_known = false;
                }
            }
        }
        if !every_source_known {
            return None;
        }
        if positions.windows(2).any(|pair| pair[0] >= pair[1]) {
            self.problem(
                value.span(),
                entry,
                "`sources` must list each source once, \"published\" first, then APIs in the \
                 order [[api]] declares them"
                    .to_owned(),
            );
            return None;
        }
        let in_published = positions.first() == Some(&0);
        let apis = positions
            .into_iter()
            .filter(|&position| position > 0)
            .map(|position| position - 1)
            .collect();
        Some((in_published, apis))
    }

    /// `retired = true` exactly where no API defines the event any more.
    fn retired(
        &mut self,
        table: &DeTable<'_>,
        span: &std::ops::Range<usize>,
        entry: &str,
        sources: Option<&(bool, Vec<usize>)>,
    ) {
        let retired = match table.get("retired") {
            None => false,
            Some(value) if value.get_ref().as_bool() == Some(true) => true,
            Some(value) => {
                self.problem(
                    value.span(),
                    entry,
                    "`retired` can only be `true`: omit it for an event an API defines".to_owned(),
                );
                return;
            }
        };
        match sources {
            Some((_, apis)) if apis.is_empty() && !retired => self.problem(
                table.get("sources").map_or(span.clone(), Spanned::span),
                entry,
                "no API in `sources`: mark the event `retired = true`, or name the API that \
                 defines it"
                    .to_owned(),
            ),
            Some((_, apis)) if !apis.is_empty() && retired => self.problem(
                table.get("retired").map_or(span.clone(), Spanned::span),
                entry,
                "`retired = true`, but `sources` names an API that defines the event".to_owned(),
            ),
            _ => {}
        }
    }

    /// The union of the parameters that the event's APIs take for its action, in the first
    /// API's order, then each later API's new ones in its order.
    fn event_parameters(
        &mut self,
        name: &str,
        entry: &str,
        line: usize,
        event_apis: &[usize],
        apis: &[Api],
    ) -> Vec<Parameter> {
        let mut merged: Vec<Parameter> = Vec::new();
        let Some(by_api) = self.api_parameters.actions.get(name) else {
            return merged;
        };
        for &api in event_apis {
            let Some(list) = by_api.get(&apis[api].name()) else {
                continue;
            };
            if let Err(message) = merge(&mut merged, list, api) {
                self.problems.push(Problem {
                    file: FILE,
                    line,
                    entry: entry.to_owned(),
                    message: format!("{message} (in {})", parameters::FILE),
                });
            }
        }
        merged
    }

    /// Every action the parameters file lists must be an event that names that API.
    fn unclaimed_parameters(&mut self, events: &[Event], apis: &[Api]) {
        for (action, by_api) in &self.api_parameters.actions {
            let event = events.iter().find(|event| event.name == *action);
            for api in by_api.keys() {
                let claimed = event.is_some_and(|event| {
                    event.apis.iter().any(|&index| apis[index].name() == *api)
                });
                if !claimed {
                    self.problems.push(Problem {
                        file: FILE,
                        line: event.map_or(1, |event| event.line),
                        entry: format!("event `{action}`"),
                        message: format!(
                            "{} gives parameters of `{action}` in {api}, but events.toml has \
                             no such event with that API in `sources`",
                            parameters::FILE
                        ),
                    });
                }
            }
        }
    }

    /// `weakening`: for a parameter of the event (or a member, as a nested table), the values
    /// that weaken protection or widen exposure, or `"any"`.
    fn weakening(&mut self, table: &DeTable<'_>, entry: &str, parameters: &mut [Parameter]) {
        let Some(value) = table.get("weakening") else {
            return;
        };
        let Some(weakening) = value.get_ref().as_table() else {
            self.problem(
                value.span(),
                entry,
                "`weakening` must be a table from parameter names to weakening values".to_owned(),
            );
            return;
        };
        if weakening.is_empty() {
            self.problem(
                value.span(),
                entry,
                "`weakening` is empty: omit it instead".to_owned(),
            );
        }
        self.weakening_table(weakening, entry, "", parameters);
    }

    fn weakening_table(
        &mut self,
        table: &DeTable<'_>,
        entry: &str,
        parent: &str,
        parameters: &mut [Parameter],
    ) {
        for (key, value) in table.iter() {
            let name = key.get_ref().as_ref();
            let path = if parent.is_empty() {
                name.to_owned()
            } else {
                format!("{parent}.{name}")
            };
            let Some(parameter) = parameters.iter_mut().find(|p| p.name == name) else {
                let known: Vec<&str> = parameters.iter().map(|p| p.name.as_str()).collect();
                let known = if known.is_empty() {
                    "it takes none".to_owned()
                } else {
                    format!("it takes {}", known.join(", "))
                };
                self.problem(
                    key.span(),
                    entry,
                    format!("`weakening` names `{path}`, which is no parameter here: {known}"),
                );
                continue;
            };
            match value.get_ref() {
                DeValue::Table(members) if parameter.kind.has_members() => {
                    self.weakening_table(members, entry, &path, &mut parameter.members);
                }
                DeValue::String(text) if text.as_ref() == "any" => {
                    parameter.weakening = Weakening::AnyValue;
                }
                DeValue::Array(array) if !array.is_empty() => {
                    let mut values = Vec::new();
                    for item in array.iter() {
                        match item.get_ref().as_str() {
                            Some(text) => {
                                if let Some(message) = weakening_value_problem(parameter, text) {
                                    self.problem(
                                        item.span(),
                                        entry,
                                        format!("`weakening` of `{path}`: {message}"),
                                    );
                                } else if values.iter().any(|v: &String| v == text) {
                                    self.problem(
                                        item.span(),
                                        entry,
                                        format!("`weakening` of `{path}` lists `{text}` twice"),
                                    );
                                } else {
                                    values.push(text.to_owned());
                                }
                            }
                            None => self.problem(
                                item.span(),
                                entry,
                                format!("`weakening` of `{path}`: every value must be a string"),
                            ),
                        }
                    }
                    parameter.weakening = Weakening::Values(values);
                }
                _ => self.problem(
                    value.span(),
                    entry,
                    format!(
                        "`weakening` of `{path}` must be a non-empty array of values, \"any\", \
                         or (for an object's members) a table"
                    ),
                ),
            }
        }
    }

    fn code(
        &mut self,
        table: &DeTable<'_>,
        span: &std::ops::Range<usize>,
        entry: &str,
        codes: &mut BTreeMap<u16, String>,
    ) -> Option<u16> {
        let Some(value) = table.get("code") else {
            self.problem(span.clone(), entry, "missing `code`".to_owned());
            return None;
        };
        let code = value
            .get_ref()
            .as_integer()
            .filter(|integer| integer.radix() == 10)
            .and_then(|integer| integer.as_str().parse::<u16>().ok())
            .filter(|&code| code != 0);
        let Some(code) = code else {
            self.problem(
                value.span(),
                entry,
                "`code` must be a decimal integer in 1..=65535".to_owned(),
            );
            return None;
        };
        let name = entry.to_owned();
        if let Some(holder) = codes.insert(code, name) {
            self.problem(
                value.span(),
                entry,
                format!("duplicate code {code}: {holder} has it already"),
            );
        }
        Some(code)
    }

    fn group_index(
        &mut self,
        name: &Spanned<String>,
        groups: &[Group],
        entry: &str,
        kind: &str,
    ) -> Option<usize> {
        let index = groups
            .iter()
            .position(|group| group.name == *name.get_ref());
        if index.is_none() {
            let declared: Vec<&str> = groups.iter().map(|group| group.name.as_str()).collect();
            self.problem(
                name.span(),
                entry,
                format!(
                    "unknown {kind} `{}`: declare it as [[{kind}]] or use one of: {}",
                    name.get_ref(),
                    declared.join(", ")
                ),
            );
        }
        index
    }

    fn unknown_keys(&mut self, table: &DeTable<'_>, entry: &str, known: &[&str]) {
        let unknown: BTreeSet<_> = table
            .iter()
            .filter(|(key, _)| !known.contains(&key.get_ref().as_ref()))
            .map(|(key, _)| (key.span().start, key.get_ref().to_string()))
            .collect();
        for (start, key) in unknown {
            self.problem(
                start..start,
                entry,
                format!(
                    "unknown field `{key}`: expected one of {}",
                    known.join(", ")
                ),
            );
        }
    }

    /// A required, non-empty string field.
    fn string(
        &mut self,
        table: &DeTable<'_>,
        span: &std::ops::Range<usize>,
        entry: &str,
        key: &str,
    ) -> Option<Spanned<String>> {
        match table.get(key) {
            None => {
                self.problem(span.clone(), entry, format!("missing `{key}`"));
                None
            }
            Some(_) => self.optional_string(table, entry, key),
        }
    }

    /// An optional string field; present means non-empty.
    fn optional_string(
        &mut self,
        table: &DeTable<'_>,
        entry: &str,
        key: &str,
    ) -> Option<Spanned<String>> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::String(text) if text.trim().is_empty() => {
                self.problem(
                    value.span(),
                    entry,
                    format!("`{key}` is empty: omit the field instead"),
                );
                None
            }
            DeValue::String(text) => Some(Spanned::new(value.span(), text.to_string())),
            other => {
                self.problem(
                    value.span(),
                    entry,
                    format!("`{key}` must be a string, not {}", other.type_str()),
                );
                None
            }
        }
    }
}

fn is_type_identifier(name: &str) -> bool {
    let mut bytes = name.bytes();
    bytes.next().is_some_and(|first| first.is_ascii_uppercase())
        && bytes.all(|byte| byte.is_ascii_alphanumeric())
        && !RESERVED.contains(&name)
}

/// `YYYY-MM-DD`, digits only (the calendar is not checked).
fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(index, byte)| match index {
            4 | 7 => *byte == b'-',
            _ => byte.is_ascii_digit(),
        })
}

fn is_kebab_case(name: &str) -> bool {
    !name.is_empty()
        && name.split('-').all(|word| {
            word.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// What is wrong with `value` as a weakening value of `parameter`, if anything: it must be
/// one of the parameter's valid values where the API lists them (spelt as listed), and `true`
/// or `false` for a boolean.
fn weakening_value_problem(parameter: &Parameter, value: &str) -> Option<String> {
    if value.trim() != value || value.is_empty() {
        return Some(format!("`{value}` has surrounding whitespace or is empty"));
    }
    if *parameter.kind.item() == Kind::Boolean && !matches!(value, "true" | "false") {
        return Some(format!("`{value}` is not a boolean: write true or false"));
    }
    if !parameter.values.is_empty() && !parameter.values.iter().any(|valid| valid == value) {
        return Some(format!(
            "`{value}` is not a valid value; the API lists {}",
            parameter.values.join(", ")
        ));
    }
    None
}

/// Adds the parameters `list` of API `api` (of `api_count` the event has) to `merged`.
fn merge(merged: &mut Vec<Parameter>, list: &[ApiParameter], api: usize) -> Result<(), String> {
    for parameter in list {
        match merged.iter_mut().find(|p| p.name == parameter.name) {
            None => merged.push(Parameter::from_api(parameter, api)),
            Some(existing) => {
                if existing.kind != parameter.kind || existing.json != parameter.json {
                    return Err(format!(
                        "its APIs disagree on `{}`: {}{} and {}{}",
                        parameter.name,
                        existing.kind,
                        if existing.json { " as JSON" } else { "" },
                        parameter.kind,
                        if parameter.json { " as JSON" } else { "" },
                    ));
                }
                existing.required &= parameter.required;
                existing.apis.push(api);
                for value in &parameter.values {
                    if !existing.values.contains(value) {
                        existing.values.push(value.clone());
                    }
                }
                merge(&mut existing.members, &parameter.members, api)?;
            }
        }
    }
    Ok(())
}

impl Parameter {
    fn from_api(parameter: &ApiParameter, api: usize) -> Parameter {
        Parameter {
            name: parameter.name.clone(),
            kind: parameter.kind.clone(),
            json: parameter.json,
            required: parameter.required,
            values: parameter.values.clone(),
            apis: vec![api],
            weakening: Weakening::Never,
            members: parameter
                .members
                .iter()
                .map(|member| Parameter::from_api(member, api))
                .collect(),
        }
    }
}
