//! One Sigma rule: what it says of itself, and its detection or correlation, read from one
//! YAML document.

use super::Severity;
use super::correlation::Correlation;
use super::detection::Detection;
use super::fields::View;
use super::yaml::{Node, Value};

/// The log source rules for ActionTrail name: `product: alibaba_cloud`, `service: actiontrail`.
pub const PRODUCT: &str = "alibaba_cloud";
/// See [`PRODUCT`].
pub const SERVICE: &str = "actiontrail";

/// A Sigma rule.
#[derive(Clone, Debug)]
pub struct Rule {
    /// `title`: what findings name it by.
    pub title: String,
    /// `id`, a UUID.
    pub id: Option<String>,
    /// `name`: a short unique name correlations may use instead of the id.
    pub name: Option<String>,
    /// `status`: stable, test, experimental, deprecated or unsupported.
    pub status: Option<String>,
    /// `description`.
    pub description: String,
    /// `author`.
    pub author: Option<String>,
    /// `date`.
    pub date: Option<String>,
    /// `references`.
    pub references: Vec<String>,
    /// `falsepositives`.
    pub falsepositives: Vec<String>,
    /// `tags`, as written.
    pub tags: Vec<String>,
    /// `level`, as the severity of findings.
    pub severity: Severity,
    /// The MITRE ATT&CK techniques of the `attack.tNNNN` tags, as `TNNNN`.
    pub mitre: Vec<String>,
    /// The file the rule is in.
    pub origin: String,
    /// The line the rule starts on.
    pub line: usize,
    /// What it matches.
    pub body: Body,
    /// Records it must fire on and must not (`tests`, ecd-audit's own key).
    pub tests: RuleTests,
    /// The request parameters its detection names, by name: what its findings show.
    pub shown_parameters: Vec<String>,
    /// Whether its detection reads `ecd.weakening`: its findings show the weakening
    /// parameters too.
    pub shows_weakening: bool,
}

/// A detection or a correlation.
#[derive(Clone, Debug)]
pub enum Body {
    /// Matches records one by one.
    Detection(Detection),
    /// Groups other rules' matches.
    Correlation(Correlation),
}

/// A rule's own test records (ecd-audit's `tests` key): each case is a record, or a list of
/// records for a correlation, as JSON objects.
#[derive(Clone, Debug, Default)]
pub struct RuleTests {
    /// Cases the rule must fire on, each with its line.
    pub fires: Vec<(usize, Vec<String>)>,
    /// Near misses it must not fire on.
    pub quiet: Vec<(usize, Vec<String>)>,
}

/// A document that is not a rule of this log source: it is skipped, and said so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The rule's title, if it has one.
    pub title: Option<String>,
    /// Its line.
    pub line: usize,
    /// Why.
    pub reason: String,
}

/// A Sigma filter: a condition that rules it names must also meet, to leave out what is
/// known to be fine (an allowlist) without editing them.
#[derive(Clone, Debug)]
pub struct Filter {
    /// `title`.
    pub title: String,
    /// The rules it applies to, by id or name, each with its line.
    pub rules: Vec<(String, usize)>,
    /// The condition those rules' matches must also meet.
    pub detection: Detection,
    /// The file it is in.
    pub origin: String,
    /// The line it starts on.
    pub line: usize,
}

/// Why a document is not a rule: its title if it has one, and each error with its line.
pub type Refused = (Option<String>, Vec<(usize, String)>);

/// What reading a document gives.
pub enum Read {
    /// A rule.
    Rule(Box<Rule>),
    /// A filter.
    Filter(Box<Filter>),
    /// A rule for another log source.
    Skipped(Skipped),
}

const KNOWN_KEYS: [&str; 24] = [
    "title",
    "id",
    "name",
    "related",
    "taxonomy",
    "status",
    "description",
    "license",
    "author",
    "references",
    "date",
    "modified",
    "logsource",
    "detection",
    "correlation",
    "fields",
    "falsepositives",
    "level",
    "tags",
    "scope",
    "tests",
    "filter",
    "action",
    "simulation",
];

impl Rule {
    /// Reads the rule of the document `node` from `origin`; errors have their line.
    pub fn parse(node: &Node, origin: &str) -> Result<Read, Refused> {
        let title = node.get("title").and_then(Node::as_str).map(str::to_owned);
        let mut errors = Vec::new();
        let Value::Map(entries) = &node.value else {
            return Err((
                None,
                vec![(
                    node.line,
                    format!("a rule is a mapping, not {}", node.kind()),
                )],
            ));
        };
        for (key, value) in entries {
            if !KNOWN_KEYS.contains(&key.as_str()) && !key.starts_with("x-") {
                errors.push((
                    value.line,
                    format!(
                        "unknown key `{key}`{} (custom keys start with x-)",
                        super::fields_hint(key, &KNOWN_KEYS)
                    ),
                ));
            }
        }
        if node.get("action").is_some() {
            errors.push((
                node.line,
                "`action` documents (global, reset, repeat) are Sigma 1's: write each rule whole"
                    .to_owned(),
            ));
        }
        if let Some(filter) = node.get("filter")
            && node.get("detection").is_none()
            && node.get("correlation").is_none()
        {
            return parse_filter(node, filter, title, origin)
                .map(|filter| Read::Filter(Box::new(filter)));
        }
        let text = |key: &str, errors: &mut Vec<(usize, String)>| match node.get(key) {
            None => None,
            Some(value) => match value.scalar_text() {
                Some(text) => Some(text),
                None => {
                    errors.push((
                        value.line,
                        format!("`{key}` is a string, not {}", value.kind()),
                    ));
                    None
                }
            },
        };
        let list = |key: &str, errors: &mut Vec<(usize, String)>| match node.get(key) {
            None => Vec::new(),
            Some(Node {
                value: Value::List(items),
                ..
            }) => items
                .iter()
                .filter_map(|item| match item.scalar_text() {
                    Some(text) => Some(text),
                    None => {
                        errors.push((item.line, format!("`{key}` lists strings")));
                        None
                    }
                })
                .collect(),
            Some(value) => match value.scalar_text() {
                Some(text) => vec![text],
                None => {
                    errors.push((value.line, format!("`{key}` is a list of strings")));
                    Vec::new()
                }
            },
        };
        if title.is_none() {
            errors.push((node.line, "the rule has no `title`".to_owned()));
        }
        let id = text("id", &mut errors);
        let name = text("name", &mut errors);
        let status = text("status", &mut errors);
        if let (Some(status), Some(value)) = (&status, node.get("status"))
            && ![
                "stable",
                "test",
                "experimental",
                "deprecated",
                "unsupported",
            ]
            .contains(&status.as_str())
        {
            errors.push((value.line, format!("unknown status `{status}`: stable, test, experimental, deprecated or unsupported")));
        }
        let description = text("description", &mut errors).unwrap_or_default();
        let author = text("author", &mut errors);
        let date = text("date", &mut errors);
        let references = list("references", &mut errors);
        let falsepositives = list("falsepositives", &mut errors);
        let tags = list("tags", &mut errors);
        let severity = match node.get("level") {
            None => Severity::Medium,
            Some(value) => match value.as_str().and_then(Severity::from_level) {
                Some(severity) => severity,
                None => {
                    errors.push((
                        value.line,
                        "`level` is informational, low, medium, high or critical".to_owned(),
                    ));
                    Severity::Medium
                }
            },
        };
        let mut mitre = Vec::new();
        for tag in &tags {
            if let Some(technique) = tag
                .strip_prefix("attack.t")
                .or(tag.strip_prefix("attack.T"))
            {
                let technique = format!("T{}", technique.to_ascii_uppercase());
                if valid_technique(&technique) {
                    mitre.push(technique);
                } else {
                    let line = node.get("tags").map_or(node.line, |n| n.line);
                    errors.push((line, format!("`{tag}` is not a MITRE ATT&CK technique (attack.t1059, attack.t1098.001)")));
                }
            }
        }
        let body = match (node.get("detection"), node.get("correlation")) {
            (Some(_), Some(value)) => {
                errors.push((
                    value.line,
                    "a rule has a detection or a correlation, not both".to_owned(),
                ));
                None
            }
            (Some(detection), None) => {
                match node.get("logsource") {
                    None => errors.push((
                        node.line,
                        format!(
                            "the rule has no `logsource` (product: {PRODUCT}, service: {SERVICE})"
                        ),
                    )),
                    Some(logsource) => {
                        let product = logsource.get("product").and_then(Node::as_str);
                        let service = logsource.get("service").and_then(Node::as_str);
                        if product != Some(PRODUCT) || service.is_some_and(|s| s != SERVICE) {
                            return Ok(Read::Skipped(Skipped {
                                title,
                                line: node.line,
                                reason: format!(
                                    "its log source is not ActionTrail's (product: {PRODUCT}, service: {SERVICE})"
                                ),
                            }));
                        }
                    }
                }
                match Detection::parse(detection) {
                    Ok(detection) => Some(Body::Detection(detection)),
                    Err(mut more) => {
                        errors.append(&mut more);
                        None
                    }
                }
            }
            (None, Some(correlation)) => match Correlation::parse(correlation) {
                Ok(correlation) => Some(Body::Correlation(correlation)),
                Err(mut more) => {
                    errors.append(&mut more);
                    None
                }
            },
            (None, None) => {
                errors.push((
                    node.line,
                    "the rule has no `detection` or `correlation`".to_owned(),
                ));
                None
            }
        };
        let tests = match node.get("tests") {
            None => RuleTests::default(),
            Some(value) => tests(value, &mut errors),
        };
        let (shown_parameters, shows_weakening) = match &body {
            Some(Body::Detection(detection)) => {
                (detection.parameters(), detection.reads_weakening())
            }
            _ => (Vec::new(), false),
        };
        match (errors.is_empty(), body, title.clone()) {
            (true, Some(body), Some(title)) => Ok(Read::Rule(Box::new(Rule {
                shown_parameters,
                shows_weakening,
                title,
                id,
                name,
                status,
                description: description.trim().to_owned(),
                author,
                date,
                references,
                falsepositives,
                tags,
                severity,
                mitre,
                origin: origin.to_owned(),
                line: node.line,
                body,
                tests,
            }))),
            _ => Err((title, errors)),
        }
    }

    /// Whether `view` holds the rule's detection; `false` for a correlation.
    pub fn matches(&self, view: &View<'_>) -> bool {
        match &self.body {
            Body::Detection(detection) => detection.matches(view),
            Body::Correlation(_) => false,
        }
    }

    /// The detection, for a detection rule.
    pub fn detection(&self) -> Option<&Detection> {
        match &self.body {
            Body::Detection(detection) => Some(detection),
            Body::Correlation(_) => None,
        }
    }

    /// The correlation, for a correlation rule.
    pub fn correlation(&self) -> Option<&Correlation> {
        match &self.body {
            Body::Correlation(correlation) => Some(correlation),
            Body::Detection(_) => None,
        }
    }

    /// How the rule is named in messages: its name, else its title.
    pub fn label(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.title)
    }

    /// Whether a correlation's reference `reference` names this rule (by id or name).
    pub fn is(&self, reference: &str) -> bool {
        self.id.as_deref() == Some(reference) || self.name.as_deref() == Some(reference)
    }
}

fn parse_filter(
    node: &Node,
    filter: &Node,
    title: Option<String>,
    origin: &str,
) -> Result<Filter, Refused> {
    let mut errors = Vec::new();
    let Value::Map(entries) = &filter.value else {
        return Err((
            title,
            vec![(filter.line, "`filter` is a mapping".to_owned())],
        ));
    };
    let mut rules = Vec::new();
    match filter.get("rules").map(|rules| &rules.value) {
        Some(Value::List(items)) => {
            for item in items {
                match item.as_str() {
                    Some(reference) => rules.push((reference.to_owned(), item.line)),
                    None => {
                        errors.push((item.line, "a rule is named by its id or name".to_owned()))
                    }
                }
            }
        }
        Some(Value::Str(one)) => rules.push((one.clone(), filter.line)),
        _ => errors.push((filter.line, "the filter names no `rules`".to_owned())),
    }
    let rest = Node {
        line: filter.line,
        value: Value::Map(
            entries
                .iter()
                .filter(|(key, _)| key != "rules")
                .cloned()
                .collect(),
        ),
    };
    let detection = match Detection::parse(&rest) {
        Ok(detection) => Some(detection),
        Err(mut more) => {
            errors.append(&mut more);
            None
        }
    };
    if title.is_none() {
        errors.push((node.line, "the filter has no `title`".to_owned()));
    }
    match (errors.is_empty(), detection, title.clone()) {
        (true, Some(detection), Some(title)) => Ok(Filter {
            title,
            rules,
            detection,
            origin: origin.to_owned(),
            line: node.line,
        }),
        _ => Err((title, errors)),
    }
}

fn tests(node: &Node, errors: &mut Vec<(usize, String)>) -> RuleTests {
    let mut tests = RuleTests::default();
    let Value::Map(entries) = &node.value else {
        errors.push((
            node.line,
            "`tests` is a mapping of `fires` and `quiet`".to_owned(),
        ));
        return tests;
    };
    for (key, value) in entries {
        let cases = match key.as_str() {
            "fires" => &mut tests.fires,
            "quiet" => &mut tests.quiet,
            other => {
                errors.push((
                    value.line,
                    format!("unknown key `{other}` in tests: fires or quiet"),
                ));
                continue;
            }
        };
        let Value::List(items) = &value.value else {
            errors.push((value.line, format!("`{key}` lists cases")));
            continue;
        };
        for item in items {
            let records: Vec<&Node> = match &item.value {
                Value::List(records) => records.iter().collect(),
                _ => vec![item],
            };
            let mut json = Vec::new();
            for record in records {
                match &record.value {
                    Value::Map(_) => json.push(to_json(record).to_string()),
                    _ => errors.push((record.line, "a test record is a mapping".to_owned())),
                }
            }
            cases.push((item.line, json));
        }
    }
    tests
}

/// A YAML node as JSON: numbers as numbers when they read as one.
fn to_json(node: &Node) -> serde_json::Value {
    match &node.value {
        Value::Null => serde_json::Value::Null,
        Value::Bool(value) => serde_json::Value::Bool(*value),
        Value::Number(text) => {
            serde_json::from_str(text).unwrap_or(serde_json::Value::String(text.clone()))
        }
        Value::Str(text) => serde_json::Value::String(text.clone()),
        Value::List(items) => serde_json::Value::Array(items.iter().map(to_json).collect()),
        Value::Map(entries) => serde_json::Value::Object(
            entries
                .iter()
                .map(|(key, value)| (key.clone(), to_json(value)))
                .collect(),
        ),
    }
}

/// `T` and four digits, optionally a dot and three more.
pub fn valid_technique(id: &str) -> bool {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match id.strip_prefix('T') {
        Some(rest) => match rest.split_once('.') {
            Some((technique, sub)) => digits(technique, 4) && digits(sub, 3),
            None => digits(rest, 4),
        },
        None => false,
    }
}
