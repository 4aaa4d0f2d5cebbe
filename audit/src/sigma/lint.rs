//! What in a rule that reads is probably a mistake, checked against the catalogue: an
//! `eventName` it does not list (with the name it may have meant), a `requestParameters.X` that
//! none of the rule's events takes, a value outside a parameter's valid values, a tag or
//! category it lacks, and what the specification asks of every rule (an id that is a UUID).

use ecd_events::{EcdEvent, Parameter, ParameterKind};

use super::fields::{EcdField, Field, RecordField};
use super::index;
use super::modifiers::FieldTest;
use super::rule::Rule;

/// The catalogue's event closest to `name`, if one is close: ignoring case, then by edit
/// distance.
pub fn suggestion(name: &str) -> Option<EcdEvent> {
    if let Some(event) = EcdEvent::from_name_ignore_ascii_case(name) {
        return Some(event);
    }
    EcdEvent::ALL
        .iter()
        .map(|&event| (strsim::damerau_levenshtein(name, event.as_str()), event))
        .filter(|&(distance, event)| distance <= 2.max(event.as_str().len() / 6))
        .min_by_key(|&(distance, event)| (distance, event.as_str()))
        .map(|(_, event)| event)
}

/// The warnings of `rule`, each with its line.
pub fn warnings(rule: &Rule) -> Vec<(usize, String)> {
    let mut warnings = Vec::new();
    match &rule.id {
        None => warnings.push((rule.line, "the rule has no `id` (a UUID)".to_owned())),
        Some(id) if !is_uuid(id) => {
            warnings.push((rule.line, format!("the id `{id}` is not a UUID")));
        }
        Some(_) => {}
    }
    let Some(detection) = rule.detection() else {
        return warnings;
    };
    let events = index::names(detection).map(|names| index::events(&Some(names)));
    for test in detection.field_tests() {
        match &test.field {
            Field::Record(RecordField::EventName) => {
                for name in test.plain_values() {
                    if EcdEvent::from_name(&name).is_some() {
                        continue;
                    }
                    let hint = match suggestion(&name) {
                        Some(event) => format!(" (did you mean `{event}`?)"),
                        None => String::new(),
                    };
                    warnings.push((
                        test.line,
                        format!(
                            "`{name}` is not an event of the catalogue; the rule matches records \
                             that carry it exactly{hint}"
                        ),
                    ));
                }
            }
            Field::Ecd(EcdField::Tags) => unknown(test, &index::known_tags(), "tag", &mut warnings),
            Field::Ecd(EcdField::Category) => {
                unknown(test, &index::known_categories(), "category", &mut warnings);
            }
            Field::Parameter(path) => {
                if let Some(events) = &events {
                    parameter(test, path, events, &mut warnings);
                }
            }
            _ => {}
        }
    }
    warnings
}

fn unknown(test: &FieldTest, known: &[&str], what: &str, warnings: &mut Vec<(usize, String)>) {
    for value in test.plain_values() {
        if !known.iter().any(|known| known.eq_ignore_ascii_case(&value)) {
            warnings.push((
                test.line,
                format!(
                    "`{value}` is not a {what} of the catalogue{}",
                    super::fields_hint(&value, known)
                ),
            ));
        }
    }
}

/// Warns when no event of `events` takes the parameter at `path`, or when a plain value is
/// not among the parameter's valid values.
fn parameter(
    test: &FieldTest,
    path: &str,
    events: &[EcdEvent],
    warnings: &mut Vec<(usize, String)>,
) {
    if events.is_empty() {
        return;
    }
    let mut segments = path
        .split('.')
        .filter(|segment| segment.parse::<u64>().is_err());
    let top = segments.next().unwrap_or_default();
    let members: Vec<&str> = segments.collect();
    let mut found: Vec<&'static Parameter> = Vec::new();
    for event in events {
        let Some(mut parameter) = event.parameter(top) else {
            continue;
        };
        let mut whole = true;
        for member in &members {
            match parameter.member(member) {
                Some(inner) => parameter = inner,
                None => {
                    whole = false;
                    break;
                }
            }
        }
        if whole {
            found.push(parameter);
        }
    }
    let listed = |events: &[EcdEvent]| {
        let names: Vec<&str> = events.iter().take(4).map(|event| event.as_str()).collect();
        let more = events.len().saturating_sub(4);
        match more {
            0 => names.join(", "),
            more => format!("{} and {more} more", names.join(", ")),
        }
    };
    if found.is_empty() {
        let candidates: Vec<&str> = events
            .iter()
            .flat_map(|event| event.parameters().iter().map(Parameter::name))
            .collect();
        let mut hint = super::fields_hint(top, &candidates);
        if hint.is_empty()
            && !members.is_empty()
            && events.iter().any(|event| event.parameter(top).is_some())
        {
            let inner: Vec<&str> = events
                .iter()
                .filter_map(|event| event.parameter(top))
                .flat_map(|parameter| parameter.members().iter().map(Parameter::name))
                .collect();
            hint = super::fields_hint(members.last().copied().unwrap_or_default(), &inner);
        }
        warnings.push((
            test.line,
            format!(
                "`requestParameters.{path}` is not a parameter of {}{hint}",
                listed(events)
            ),
        ));
        return;
    }
    for value in test.plain_values() {
        let valid = found.iter().any(|parameter| {
            let values = parameter.values();
            let kind = parameter.kind().item();
            match (values.is_empty(), kind) {
                (false, _) => values
                    .iter()
                    .any(|known| parameter.same_value(known, &value)),
                (true, ParameterKind::Boolean) => {
                    value.eq_ignore_ascii_case("true") || value.eq_ignore_ascii_case("false")
                }
                (true, ParameterKind::Integer) => value.parse::<i64>().is_ok(),
                (true, ParameterKind::Number) => value.parse::<f64>().is_ok(),
                (true, _) => true,
            }
        });
        if !valid {
            let values: Vec<&str> = found
                .iter()
                .flat_map(|parameter| parameter.values().iter().copied())
                .collect();
            let expected = match values.is_empty() {
                true => format!("a {}", found[0].kind().item().name()),
                false => values.join(", "),
            };
            warnings.push((
                test.line,
                format!(
                    "`{value}` is not a value of `requestParameters.{path}` (it takes {expected})"
                ),
            ));
        }
    }
}

/// Whether `id` is a UUID: 8-4-4-4-12 hexadecimal digits.
pub fn is_uuid(id: &str) -> bool {
    let groups: Vec<&str> = id.split('-').collect();
    groups.len() == 5
        && groups.iter().zip([8, 4, 4, 4, 12]).all(|(group, length)| {
            group.len() == length && group.bytes().all(|b| b.is_ascii_hexdigit())
        })
}
