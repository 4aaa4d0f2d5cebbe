//! Rules filed by the event names they can match, so that a record meets only the rules that
//! can fire on it: a rule whose condition holds only for certain `eventName`s (or for events
//! of certain `ecd.tags` or an `ecd.category`) is filed under those; any other is met by every
//! record.

use std::collections::{BTreeSet, HashMap};

use ecd_events::{Category, EcdEvent, Tag};

use super::condition::Condition;
use super::detection::{Detection, SelectionTests};
use super::fields::{EcdField, Field, RecordField};

/// The event names a detection can match: `None` for any.
pub type Names = Option<BTreeSet<Name>>;

/// An event name a rule can match: the catalogue's event, or another name in lower case.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Name {
    /// An event of the catalogue (whatever the case a rule or a record spells it in).
    Event(EcdEvent),
    /// A name the catalogue lacks, in lower case.
    Other(String),
}

/// The names `detection` can match.
pub fn names(detection: &Detection) -> Names {
    of_condition(detection, &detection.condition)
}

fn of_condition(detection: &Detection, condition: &Condition) -> Names {
    match condition {
        Condition::Selection(index) => of_selection(&detection.selections[*index].tests),
        Condition::All(parts) => parts.iter().map(|part| of_condition(detection, part)).fold(
            None,
            |known, names| match (known, names) {
                (None, names) => names,
                (known, None) => known,
                (Some(a), Some(b)) => Some(a.intersection(&b).cloned().collect()),
            },
        ),
        Condition::Any(parts) => {
            let mut union = BTreeSet::new();
            for part in parts {
                union.extend(of_condition(detection, part)?);
            }
            Some(union)
        }
        Condition::Not(_) => None,
    }
}

fn of_selection(tests: &SelectionTests) -> Names {
    let SelectionTests::Maps(maps) = tests else {
        return None;
    };
    let mut union = BTreeSet::new();
    for map in maps {
        let mut known: Names = None;
        for test in map {
            let Some(values) = test.equal_to() else {
                continue;
            };
            let names: BTreeSet<Name> = match test.field {
                Field::Record(RecordField::EventName) => {
                    values.iter().map(|value| name(value)).collect()
                }
                Field::Ecd(EcdField::Tags) => EcdEvent::ALL
                    .iter()
                    .copied()
                    .filter(|event| {
                        event
                            .tags()
                            .iter()
                            .any(|tag| values.iter().any(|value| value == tag.as_str()))
                    })
                    .map(Name::Event)
                    .collect(),
                Field::Ecd(EcdField::Category) => EcdEvent::ALL
                    .iter()
                    .copied()
                    .filter(|event| {
                        values
                            .iter()
                            .any(|value| value == event.category().as_str())
                    })
                    .map(Name::Event)
                    .collect(),
                _ => continue,
            };
            known = Some(match known {
                None => names,
                Some(known) => known.intersection(&names).cloned().collect(),
            });
        }
        union.extend(known?);
    }
    Some(union)
}

/// The name `value` (in lower case) stands for.
fn name(value: &str) -> Name {
    match EcdEvent::from_name_ignore_ascii_case(value) {
        Some(event) => Name::Event(event),
        None => Name::Other(value.to_ascii_lowercase()),
    }
}

/// The index: for each event, the rules filed under it, and the rules every record meets.
#[derive(Clone, Debug, Default)]
pub struct Index {
    /// By the event's code.
    by_event: Vec<Vec<usize>>,
    by_other_name: HashMap<String, Vec<usize>>,
    any: Vec<usize>,
}

impl Index {
    /// The index of rules, each with the names it can match (`None`: any); a rule absent
    /// from the list (a correlation) is filed nowhere.
    pub fn new(rules: &[(usize, Names)]) -> Index {
        let slots = EcdEvent::ALL
            .iter()
            .map(|event| event.code() as usize + 1)
            .max()
            .unwrap_or(0);
        let mut index = Index {
            by_event: vec![Vec::new(); slots],
            ..Index::default()
        };
        for (rule, names) in rules {
            match names {
                None => index.any.push(*rule),
                Some(names) => {
                    for name in names {
                        match name {
                            Name::Event(event) => index.by_event[event.code() as usize].push(*rule),
                            Name::Other(name) => index
                                .by_other_name
                                .entry(name.clone())
                                .or_default()
                                .push(*rule),
                        }
                    }
                }
            }
        }
        index
    }

    /// The rules a record named `name` (whose catalogue event, by its exact name, is `event`)
    /// may fire: those filed under its name, then those every record meets.
    pub fn candidates<'i>(
        &'i self,
        name: &str,
        event: Option<EcdEvent>,
    ) -> impl Iterator<Item = usize> + 'i {
        let event = event.or_else(|| EcdEvent::from_name_ignore_ascii_case(name));
        let filed: &[usize] = match event {
            Some(event) => &self.by_event[event.code() as usize],
            None if self.by_other_name.is_empty() => &[],
            None => self
                .by_other_name
                .get(&name.to_ascii_lowercase())
                .map_or(&[], Vec::as_slice),
        };
        filed.iter().chain(&self.any).copied()
    }

    /// Whether every record meets the rule `rule`.
    pub fn is_unfiled(&self, rule: usize) -> bool {
        self.any.contains(&rule)
    }
}

/// The catalogue's events a rule can match, for `rules --coverage`: its names, or all.
pub fn events(names: &Names) -> Vec<EcdEvent> {
    match names {
        None => EcdEvent::ALL.to_vec(),
        Some(names) => names
            .iter()
            .filter_map(|name| match name {
                Name::Event(event) => Some(*event),
                Name::Other(_) => None,
            })
            .collect(),
    }
}

/// Every tag and category name, for the linter.
pub fn known_tags() -> Vec<&'static str> {
    Tag::ALL.iter().map(|tag| tag.as_str()).collect()
}

/// See [`known_tags`].
pub fn known_categories() -> Vec<&'static str> {
    Category::ALL
        .iter()
        .map(|category| category.as_str())
        .collect()
}
