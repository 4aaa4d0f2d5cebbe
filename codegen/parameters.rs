//! Reads `tests/data/api-parameters.tsv`: every request parameter of ECD's API actions, as
//! `scripts/import_api_actions.py` writes it from the SDK packages.
//!
//! The file is data from elsewhere, committed verbatim; this module only reads it. Which
//! parameters an event has, and what `events.toml` says of them (the weakening values), is
//! put together in `catalogue.rs`.

use std::collections::BTreeMap;
use std::fmt;

/// The file name used in error messages.
pub const FILE: &str = "tests/data/api-parameters.tsv";

/// A parameter's type, as the file writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    String,
    Integer,
    Number,
    Boolean,
    Map,
    /// Its members are the parameter's `members`.
    Object,
    List(Box<Kind>),
}

impl Kind {
    fn parse(text: &str) -> Option<Kind> {
        if let Some(item) = text.strip_prefix("list<").and_then(|t| t.strip_suffix('>')) {
            return match Kind::parse(item)? {
                Kind::List(_) => None,
                item => Some(Kind::List(Box::new(item))),
            };
        }
        Some(match text {
            "string" => Kind::String,
            "integer" => Kind::Integer,
            "number" => Kind::Number,
            "boolean" => Kind::Boolean,
            "map" => Kind::Map,
            "object" => Kind::Object,
            _ => return None,
        })
    }

    /// Whether the kind holds objects (an object, or a list of them): only those have members.
    pub fn has_members(&self) -> bool {
        match self {
            Kind::Object => true,
            Kind::List(item) => item.has_members(),
            _ => false,
        }
    }

    /// The kind of one value: the item's kind for a list.
    pub fn item(&self) -> &Kind {
        match self {
            Kind::List(item) => item,
            kind => kind,
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Kind::String => f.write_str("string"),
            Kind::Integer => f.write_str("integer"),
            Kind::Number => f.write_str("number"),
            Kind::Boolean => f.write_str("boolean"),
            Kind::Map => f.write_str("map"),
            Kind::Object => f.write_str("object"),
            Kind::List(item) => write!(f, "list<{item}>"),
        }
    }
}

/// One parameter of one API's action, with its members.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiParameter {
    /// The wire name; a member's own name (`Key`, not `Tag.Key`).
    pub name: String,
    pub kind: Kind,
    /// Sent as JSON text rather than flattened.
    pub json: bool,
    pub required: bool,
    /// Valid values, in the documentation's order; empty where free.
    pub values: Vec<String>,
    pub members: Vec<ApiParameter>,
}

/// The file's parameters: for each action, for each API (`product/version`) that defines it,
/// its top-level parameters in the API's order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ApiParameters {
    pub actions: BTreeMap<String, BTreeMap<String, Vec<ApiParameter>>>,
}

/// What is wrong with a line of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    /// 1-based.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{FILE}:{}: {}", self.line, self.message)
    }
}

/// Reads the file's text.
pub fn parse(source: &str) -> Result<ApiParameters, LineError> {
    let mut parameters = ApiParameters::default();
    for (index, line) in source.lines().enumerate() {
        let line_number = index + 1;
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let error = |message: String| LineError {
            line: line_number,
            message,
        };
        let fields: Vec<&str> = line.split('\t').collect();
        let [
            product,
            version,
            action,
            path,
            kind,
            encoding,
            required,
            values,
        ] = fields[..]
        else {
            return Err(error(format!(
                "expected 8 tab-separated columns (product, API version, action, parameter, \
                 kind, encoding, required, values), found {}",
                fields.len()
            )));
        };
        let kind = Kind::parse(kind).ok_or_else(|| error(format!("unknown kind `{kind}`")))?;
        let json = match encoding {
            "flat" => false,
            "json" => true,
            other => return Err(error(format!("unknown encoding `{other}`"))),
        };
        let required = match required {
            "true" => true,
            "false" => false,
            other => {
                return Err(error(format!(
                    "required must be true or false, not `{other}`"
                )));
            }
        };
        let values: Vec<String> = if values.is_empty() {
            Vec::new()
        } else {
            values.split('|').map(str::to_owned).collect()
        };
        if values.iter().any(|value| value.trim().is_empty()) {
            return Err(error("an empty valid value".to_owned()));
        }
        let mut names = path.split('.');
        let top = names.next().unwrap_or_default();
        let members: Vec<&str> = names.collect();
        if top.is_empty() || members.iter().any(|name| name.is_empty()) {
            return Err(error(format!("`{path}` is not a parameter name")));
        }
        let api = format!("{product}/{version}");
        let list = parameters
            .actions
            .entry(action.to_owned())
            .or_default()
            .entry(api)
            .or_default();
        let parameter = ApiParameter {
            name: members.last().copied().unwrap_or(top).to_owned(),
            kind,
            json,
            required,
            values,
            members: Vec::new(),
        };
        insert(list, top, &members, parameter).map_err(error)?;
    }
    Ok(parameters)
}

/// Puts `parameter` at `top.members...` of `list`: a new top-level parameter, or a member of
/// one listed before it.
fn insert(
    list: &mut Vec<ApiParameter>,
    top: &str,
    members: &[&str],
    parameter: ApiParameter,
) -> Result<(), String> {
    let Some((_, parents)) = members.split_last() else {
        if list.iter().any(|other| other.name == top) {
            return Err(format!("`{top}` is listed twice"));
        }
        list.push(parameter);
        return Ok(());
    };
    let mut parent = list
        .iter_mut()
        .find(|other| other.name == top)
        .ok_or_else(|| format!("a member of `{top}`, which no line before it lists"))?;
    for name in parents {
        parent = parent
            .members
            .iter_mut()
            .find(|other| other.name == *name)
            .ok_or_else(|| format!("a member of `{name}`, which no line before it lists"))?;
    }
    if !parent.kind.has_members() {
        return Err(format!(
            "a member of `{}`, which is a {}, not an object",
            parent.name, parent.kind
        ));
    }
    if parent
        .members
        .iter()
        .any(|other| other.name == parameter.name)
    {
        return Err(format!("`{}` is listed twice", parameter.name));
    }
    parent.members.push(parameter);
    Ok(())
}
