//! Which line of a rule names the request parameter its `when` is refused for.
//!
//! The library's `Filter` refuses a parameter that none of its events takes once the whole
//! `when` is read, so the TOML parser places that error at `when` (for a `[rule.when]` table,
//! at its header), not at the parameter. This finds the parameter's own line.

use ecd_events::records::Filter;
use toml::de::{DeTable, DeValue};

/// The fields of `when` that decide which events a filter can match, and so which
/// parameters it may name.
const EVENT_FIELDS: [&str; 4] = ["services", "events", "categories", "tags"];

/// Where in `piece` (the text of one `[[rule]]`, refused with `message`) the first key of
/// `when.parameters` starts that is refused on its own (with the rule's events, categories,
/// tags and services) with that message; `None` when the rule is refused for something else.
pub(super) fn faulty_parameter(piece: &str, message: &str) -> Option<usize> {
    let document: toml::Table = toml::from_str(piece).ok()?;
    let when = document
        .get("rule")?
        .as_array()?
        .first()?
        .as_table()?
        .get("when")?
        .as_table()?;
    let mut events = toml::Table::new();
    for field in EVENT_FIELDS {
        if let Some(value) = when.get(field) {
            events.insert(field.to_owned(), value.clone());
        }
    }
    // Refused without any parameter: the fault is elsewhere, and the parser's line stands.
    toml::Value::Table(events.clone())
        .try_into::<Filter>()
        .ok()?;
    let (name, _) = when
        .get("parameters")?
        .as_table()?
        .iter()
        .find(|(name, value)| {
            let mut alone = events.clone();
            let mut parameters = toml::Table::new();
            parameters.insert((*name).clone(), (*value).clone());
            alone.insert("parameters".to_owned(), toml::Value::Table(parameters));
            toml::Value::Table(alone)
                .try_into::<Filter>()
                .is_err_and(|error| error.message().trim() == message)
        })?;
    key_offset(piece, name)
}

/// Where the key `name` of the first rule's `when.parameters` starts in `piece`.
fn key_offset(piece: &str, name: &str) -> Option<usize> {
    let document = DeTable::parse(piece).ok()?;
    let rule = document
        .get_ref()
        .get("rule")?
        .get_ref()
        .as_array()?
        .first()?;
    let when = table(rule.get_ref(), "when")?;
    let parameters = table(when, "parameters")?;
    parameters
        .as_table()?
        .iter()
        .find(|(key, _)| key.get_ref() == name)
        .map(|(key, _)| key.span().start)
}

fn table<'d, 'i>(value: &'d DeValue<'i>, key: &str) -> Option<&'d DeValue<'i>> {
    value
        .as_table()?
        .get(key)
        .map(|value| value.get_ref())
        .filter(|value| value.as_table().is_some())
}
