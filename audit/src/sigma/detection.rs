//! A detection rule's `detection`: named selections and the condition over them.

use super::condition::Condition;
use super::fields::{Field, View};
use super::modifiers::{FieldTest, Keyword};
use super::yaml::{Node, Value};

/// A rule's `detection`.
#[derive(Clone, Debug)]
pub struct Detection {
    /// The selections, in the rule's order.
    pub selections: Vec<Selection>,
    /// The condition over them.
    pub condition: Condition,
    /// The condition as parts that must all hold, when it is only that (`selection and not
    /// filter`, `1 of selection_*`, `selection and (a or b) and not filter`: most rules):
    /// judged without the tree.
    conjunction: Option<Vec<Part>>,
}

/// A part of a condition that is a conjunction.
#[derive(Clone, Debug)]
enum Part {
    /// The selection holds.
    Is(usize),
    /// The selection does not hold.
    IsNot(usize),
    /// One of the selections holds.
    AnyOf(Vec<usize>),
}

/// A named selection (or filter): tests of fields, or keywords.
#[derive(Clone, Debug)]
pub struct Selection {
    /// Its name (`selection`, `filter_admins`).
    pub name: String,
    /// Its line.
    pub line: usize,
    /// What it tests.
    pub tests: SelectionTests,
}

/// What a selection tests.
#[derive(Clone, Debug)]
pub enum SelectionTests {
    /// Maps of field tests: the selection holds when every test of one of the maps does (a
    /// selection written as one map has one).
    Maps(Vec<Vec<FieldTest>>),
    /// Keywords, any of which a text of the record must hold.
    Keywords(Vec<Keyword>),
}

impl Detection {
    /// Reads the `detection` mapping.
    pub fn parse(node: &Node) -> Result<Detection, Vec<(usize, String)>> {
        let Value::Map(entries) = &node.value else {
            return Err(vec![(
                node.line,
                format!("`detection` is a mapping, not {}", node.kind()),
            )]);
        };
        let mut errors = Vec::new();
        let mut selections = Vec::new();
        let mut condition = None;
        // Every selection's name, those with errors too, so that the condition's errors are
        // its own.
        let mut names: Vec<String> = Vec::new();
        for (name, value) in entries {
            if name == "condition" {
                condition = Some(value);
                continue;
            }
            if name == "timeframe" {
                errors.push((
                    value.line,
                    "`timeframe` is Sigma 1's: write a correlation rule with a timespan".to_owned(),
                ));
                continue;
            }
            names.push(name.clone());
            match selection(value) {
                Ok(tests) => selections.push(Selection {
                    name: name.clone(),
                    line: value.line,
                    tests,
                }),
                Err(mut more) => errors.append(&mut more),
            }
        }
        let condition = match condition {
            None => {
                errors.push((node.line, "the detection has no `condition`".to_owned()));
                None
            }
            Some(value) => {
                // A list of conditions is any of them (Sigma 1 allowed it; 2.x keeps it).
                let texts: Vec<(usize, String)> = match &value.value {
                    Value::List(items) => items
                        .iter()
                        .map(|item| (item.line, item.scalar_text().unwrap_or_default()))
                        .collect(),
                    _ => vec![(value.line, value.scalar_text().unwrap_or_default())],
                };
                let mut parts = Vec::new();
                for (line, text) in texts {
                    match Condition::parse(&text, &names) {
                        Ok(part) => parts.push(part),
                        Err(message) => errors.push((line, message)),
                    }
                }
                Some(match parts.len() {
                    1 => parts.remove(0),
                    _ => Condition::Any(parts),
                })
            }
        };
        match (errors.is_empty(), condition) {
            (true, Some(condition)) => Ok(Detection {
                conjunction: conjunction(&condition),
                selections,
                condition,
            }),
            _ => Err(errors),
        }
    }

    /// Whether the record holds the detection.
    pub fn matches(&self, view: &View<'_>) -> bool {
        let holds = |index: usize| self.selections[index].holds(view);
        match &self.conjunction {
            Some(parts) => parts.iter().all(|part| match part {
                Part::Is(index) => holds(*index),
                Part::IsNot(index) => !holds(*index),
                Part::AnyOf(indices) => indices.iter().any(|&index| holds(index)),
            }),
            None => self
                .condition
                .holds(&mut |index| self.selections[index].holds(view)),
        }
    }

    /// Every field test of the rule.
    pub fn field_tests(&self) -> impl Iterator<Item = &FieldTest> {
        self.selections
            .iter()
            .flat_map(|selection| match &selection.tests {
                SelectionTests::Maps(maps) => maps.iter().flatten().collect::<Vec<_>>(),
                SelectionTests::Keywords(_) => Vec::new(),
            })
    }

    /// The request parameters the rule names (`MfaEnabled` of
    /// `requestParameters.MfaEnabled`), each once: what its findings show.
    pub fn parameters(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for test in self.field_tests() {
            if let Field::Parameter(path) = &test.field {
                let name = path.split('.').next().unwrap_or(path).to_owned();
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
        names
    }

    /// Whether the rule reads `ecd.weakening`: its findings show the weakening parameters.
    pub fn reads_weakening(&self) -> bool {
        self.field_tests()
            .any(|test| test.field == Field::Ecd(super::fields::EcdField::Weakening))
    }
}

/// `condition` as parts that must all hold, when it is only that.
fn conjunction(condition: &Condition) -> Option<Vec<Part>> {
    let part = |condition: &Condition| match condition {
        Condition::Selection(index) => Some(Part::Is(*index)),
        Condition::Not(inner) => match **inner {
            Condition::Selection(index) => Some(Part::IsNot(index)),
            _ => None,
        },
        Condition::Any(parts) => parts
            .iter()
            .map(|part| match part {
                Condition::Selection(index) => Some(*index),
                _ => None,
            })
            .collect::<Option<Vec<usize>>>()
            .map(Part::AnyOf),
        Condition::All(_) => None,
    };
    match condition {
        Condition::All(parts) => parts.iter().map(part).collect(),
        other => part(other).map(|part| vec![part]),
    }
}

impl Selection {
    fn holds(&self, view: &View<'_>) -> bool {
        match &self.tests {
            SelectionTests::Maps(maps) => maps
                .iter()
                .any(|tests| tests.iter().all(|test| test.holds(view))),
            SelectionTests::Keywords(keywords) => {
                keywords.iter().any(|keyword| keyword.holds(view))
            }
        }
    }
}

fn selection(node: &Node) -> Result<SelectionTests, Vec<(usize, String)>> {
    match &node.value {
        Value::Map(entries) => Ok(SelectionTests::Maps(vec![map(node.line, entries)?])),
        Value::List(items) if items.iter().all(|item| matches!(item.value, Value::Map(_))) => {
            let mut maps = Vec::new();
            let mut errors = Vec::new();
            for item in items {
                let Value::Map(entries) = &item.value else {
                    continue;
                };
                match map(item.line, entries) {
                    Ok(tests) => maps.push(tests),
                    Err(mut more) => errors.append(&mut more),
                }
            }
            if maps.is_empty() && errors.is_empty() {
                errors.push((node.line, "an empty selection".to_owned()));
            }
            if errors.is_empty() {
                Ok(SelectionTests::Maps(maps))
            } else {
                Err(errors)
            }
        }
        Value::List(items) => items
            .iter()
            .map(FieldTest::keyword)
            .collect::<Result<_, _>>()
            .map(SelectionTests::Keywords)
            .map_err(|error| vec![error]),
        _ => FieldTest::keyword(node)
            .map(|keyword| SelectionTests::Keywords(vec![keyword]))
            .map_err(|error| vec![error]),
    }
}

fn map(line: usize, entries: &[(String, Node)]) -> Result<Vec<FieldTest>, Vec<(usize, String)>> {
    if entries.is_empty() {
        return Err(vec![(line, "an empty selection".to_owned())]);
    }
    let mut tests = Vec::new();
    let mut errors = Vec::new();
    for (key, value) in entries {
        match FieldTest::parse(key, value) {
            Ok(test) => tests.push(test),
            Err(error) => errors.push(error),
        }
    }
    if errors.is_empty() {
        Ok(tests)
    } else {
        Err(errors)
    }
}
