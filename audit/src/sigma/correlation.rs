//! A correlation rule's `correlation`: which rules' matches it groups, by what, within how
//! long, and when the group fires (`scan::correlate` judges the groups).
//!
//! The specification's four types, `event_count`, `value_count`, `temporal` and
//! `temporal_ordered`, and one of ecd-audit's own, `first_seen` (docs/sigma.md): a record of
//! the base rules whose `field` value its group never had before in the scanned records,
//! once `baseline` has passed since the first of them.

use chrono::Duration;

use super::fields::Field;
use super::yaml::{Node, Value};

/// A rule's `correlation`.
#[derive(Clone, Debug)]
pub struct Correlation {
    /// Its type.
    pub kind: CorrelationKind,
    /// The rules it groups, by `id` or `name` as written, each with its line.
    pub rules: Vec<(String, usize)>,
    /// Those rules by their place in the ruleset, in the order of `rules` (set when the
    /// ruleset is put together).
    pub bases: Vec<usize>,
    /// The fields whose values make a group (`group-by`).
    pub group_by: Vec<(String, Field)>,
    /// How close together a group's records are, from its first to its last.
    pub timespan: Duration,
    /// What the count must be (`event_count`, `value_count`): every comparison holds.
    pub condition: Vec<(Compare, u64)>,
    /// The field whose distinct values are counted (`value_count`) or met for the first time
    /// (`first_seen`).
    pub field: Option<(String, Field)>,
    /// Whether the rules it groups also fire on their own (`generate: true`).
    pub generate: bool,
    /// For `first_seen`: how long after the first record of the base rules a first use
    /// counts.
    pub baseline: Duration,
}

/// A correlation's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CorrelationKind {
    /// A number of records.
    EventCount,
    /// A number of distinct values of a field.
    ValueCount,
    /// Every rule matched, in any order.
    Temporal,
    /// Every rule matched, in the order listed.
    TemporalOrdered,
    /// A value its group never had before (ecd-audit's own).
    FirstSeen,
}

impl CorrelationKind {
    /// As rules write it.
    pub fn as_str(self) -> &'static str {
        match self {
            CorrelationKind::EventCount => "event_count",
            CorrelationKind::ValueCount => "value_count",
            CorrelationKind::Temporal => "temporal",
            CorrelationKind::TemporalOrdered => "temporal_ordered",
            CorrelationKind::FirstSeen => "first_seen",
        }
    }
}

/// A comparison of a count with a bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compare {
    /// `gt`.
    Gt,
    /// `gte`.
    Gte,
    /// `lt`.
    Lt,
    /// `lte`.
    Lte,
    /// `eq`.
    Eq,
    /// `neq`.
    Neq,
}

impl Correlation {
    /// Whether `count` meets the condition.
    pub fn holds(&self, count: u64) -> bool {
        self.condition
            .iter()
            .all(|&(compare, bound)| match compare {
                Compare::Gt => count > bound,
                Compare::Gte => count >= bound,
                Compare::Lt => count < bound,
                Compare::Lte => count <= bound,
                Compare::Eq => count == bound,
                Compare::Neq => count != bound,
            })
    }

    /// The least count that meets the condition, for descriptions.
    pub fn describe_condition(&self) -> String {
        self.condition
            .iter()
            .map(|(compare, bound)| {
                let word = match compare {
                    Compare::Gt => "more than",
                    Compare::Gte => "at least",
                    Compare::Lt => "fewer than",
                    Compare::Lte => "at most",
                    Compare::Eq => "exactly",
                    Compare::Neq => "other than",
                };
                format!("{word} {bound}")
            })
            .collect::<Vec<_>>()
            .join(" and ")
    }

    /// Reads the `correlation` mapping.
    pub fn parse(node: &Node) -> Result<Correlation, Vec<(usize, String)>> {
        let mut errors = Vec::new();
        let Value::Map(entries) = &node.value else {
            return Err(vec![(
                node.line,
                format!("`correlation` is a mapping, not {}", node.kind()),
            )]);
        };
        let get = |key: &str| node.get(key);
        let kind = match get("type").and_then(Node::as_str) {
            Some("event_count") => Some(CorrelationKind::EventCount),
            Some("value_count") => Some(CorrelationKind::ValueCount),
            Some("temporal") => Some(CorrelationKind::Temporal),
            Some("temporal_ordered") => Some(CorrelationKind::TemporalOrdered),
            Some("first_seen") => Some(CorrelationKind::FirstSeen),
            Some(other @ ("value_sum" | "value_avg" | "value_percentile" | "value_median")) => {
                errors.push((
                    get("type").map_or(node.line, |n| n.line),
                    format!("correlations of type `{other}` are not supported: event_count, value_count, temporal, temporal_ordered and first_seen are"),
                ));
                None
            }
            Some(other) => {
                errors.push((
                    get("type").map_or(node.line, |n| n.line),
                    format!("unknown correlation type `{other}`: event_count, value_count, temporal, temporal_ordered or first_seen"),
                ));
                None
            }
            None => {
                errors.push((node.line, "the correlation has no `type`".to_owned()));
                None
            }
        };
        for (key, value) in entries {
            if ![
                "type",
                "rules",
                "group-by",
                "timespan",
                "timeframe",
                "condition",
                "generate",
                "baseline",
                "aliases",
            ]
            .contains(&key.as_str())
            {
                errors.push((
                    value.line,
                    format!("unknown key `{key}` in the correlation"),
                ));
            }
            if key == "aliases" {
                errors.push((
                    value.line,
                    "field aliases are not supported: base rules name the same fields".to_owned(),
                ));
            }
        }
        let rules = match get("rules") {
            Some(Node {
                value: Value::List(items),
                ..
            }) if !items.is_empty() => items
                .iter()
                .filter_map(|item| match item.as_str() {
                    Some(text) => Some((text.to_owned(), item.line)),
                    None => {
                        errors.push((item.line, "a rule is named by its id or name".to_owned()));
                        None
                    }
                })
                .collect(),
            Some(Node {
                value: Value::Str(one),
                line,
            }) => vec![(one.clone(), *line)],
            _ => {
                errors.push((node.line, "the correlation names no `rules`".to_owned()));
                Vec::new()
            }
        };
        let group_by = match get("group-by") {
            None => Vec::new(),
            Some(value) => {
                let items: Vec<&Node> = match &value.value {
                    Value::List(items) => items.iter().collect(),
                    _ => vec![value],
                };
                items
                    .into_iter()
                    .filter_map(|item| {
                        let name = item.scalar_text().unwrap_or_default();
                        match Field::parse(&name) {
                            Ok(field) => Some((name, field)),
                            Err(message) => {
                                errors.push((item.line, message));
                                None
                            }
                        }
                    })
                    .collect()
            }
        };
        let timespan_node = get("timespan").or(get("timeframe"));
        let timespan = match (timespan_node, kind) {
            (Some(value), _) => match value.scalar_text().as_deref().and_then(duration) {
                Some(timespan) => timespan,
                None => {
                    errors.push((
                        value.line,
                        "a timespan is a number and a unit: 30s, 10m, 1h, 7d".to_owned(),
                    ));
                    Duration::zero()
                }
            },
            (None, Some(CorrelationKind::FirstSeen)) => Duration::MAX,
            (None, _) => {
                errors.push((node.line, "the correlation has no `timespan`".to_owned()));
                Duration::zero()
            }
        };
        let baseline = match get("baseline") {
            Some(value) => match value.scalar_text().as_deref().and_then(duration) {
                Some(baseline) => baseline,
                None => {
                    errors.push((
                        value.line,
                        "a baseline is a number and a unit: 1d, 7d".to_owned(),
                    ));
                    Duration::zero()
                }
            },
            None => Duration::zero(),
        };
        let generate = match get("generate") {
            None => false,
            Some(Node {
                value: Value::Bool(value),
                ..
            }) => *value,
            Some(other) => {
                errors.push((other.line, "`generate` is true or false".to_owned()));
                false
            }
        };
        let mut condition = Vec::new();
        let mut field = None;
        match get("condition") {
            Some(
                node @ Node {
                    value: Value::Map(entries),
                    ..
                },
            ) => {
                for (key, value) in entries {
                    if key == "field" {
                        let name = value.scalar_text().unwrap_or_default();
                        match Field::parse(&name) {
                            Ok(parsed) => field = Some((name, parsed)),
                            Err(message) => errors.push((value.line, message)),
                        }
                        continue;
                    }
                    let compare = match key.as_str() {
                        "gt" => Compare::Gt,
                        "gte" => Compare::Gte,
                        "lt" => Compare::Lt,
                        "lte" => Compare::Lte,
                        "eq" => Compare::Eq,
                        "neq" => Compare::Neq,
                        other => {
                            errors.push((
                                value.line,
                                format!(
                                    "unknown comparison `{other}`: gt, gte, lt, lte, eq or neq"
                                ),
                            ));
                            continue;
                        }
                    };
                    match value
                        .scalar_text()
                        .and_then(|text| text.parse::<u64>().ok())
                    {
                        Some(bound) => condition.push((compare, bound)),
                        None => errors.push((value.line, format!("`{key}` takes a whole number"))),
                    }
                }
                let _ = node;
            }
            Some(other) => {
                errors.push((other.line, "the condition is a mapping: gte: 10".to_owned()))
            }
            None => {}
        }
        match kind {
            Some(CorrelationKind::EventCount | CorrelationKind::ValueCount)
                if condition.is_empty() =>
            {
                errors.push((node.line, "a count needs a condition (gte: 10)".to_owned()));
            }
            Some(CorrelationKind::ValueCount | CorrelationKind::FirstSeen) if field.is_none() => {
                errors.push((
                    node.line,
                    "the condition names no `field` to count".to_owned(),
                ));
            }
            Some(CorrelationKind::Temporal | CorrelationKind::TemporalOrdered)
                if rules.len() < 2 =>
            {
                errors.push((
                    node.line,
                    "a temporal correlation groups two rules or more".to_owned(),
                ));
            }
            _ => {}
        }
        match (errors.is_empty(), kind) {
            (true, Some(kind)) => Ok(Correlation {
                kind,
                rules,
                bases: Vec::new(),
                group_by,
                timespan,
                condition,
                field,
                generate,
                baseline,
            }),
            _ => Err(errors),
        }
    }
}

/// A duration as rules write it: `10m`, `1h`, `7d`, `90s`.
pub fn duration_text(duration: Duration) -> String {
    let seconds = duration.num_seconds();
    for (unit, length) in [("d", 86_400), ("h", 3600), ("m", 60)] {
        if seconds >= length && seconds % length == 0 {
            return format!("{}{unit}", seconds / length);
        }
    }
    format!("{seconds}s")
}

/// `30s`, `10m`, `1h`, `7d`, `2w` (a month `M` and a year `y` as 30 and 365 days).
pub fn duration(text: &str) -> Option<Duration> {
    let text = text.trim();
    let unit = text.chars().last()?;
    let number: i64 = text[..text.len() - unit.len_utf8()].trim().parse().ok()?;
    if number <= 0 {
        return None;
    }
    let seconds = match unit {
        's' => 1,
        'm' => 60,
        'h' => 3600,
        'd' => 86_400,
        'w' => 7 * 86_400,
        'M' => 30 * 86_400,
        'y' => 365 * 86_400,
        _ => return None,
    };
    number.checked_mul(seconds).map(Duration::seconds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(duration("10m"), Some(Duration::minutes(10)));
        assert_eq!(duration("1h"), Some(Duration::hours(1)));
        assert_eq!(duration("7d"), Some(Duration::days(7)));
        assert_eq!(duration("30s"), Some(Duration::seconds(30)));
        for bad in ["", "m", "10", "-1m", "0m", "1x"] {
            assert_eq!(duration(bad), None, "{bad}");
        }
    }
}
