//! The request parameters a finding shows: those that made its rule fire.

use ecd_events::records::{Record, RequestParameters};

use super::cut::{FIELD_BYTES, prefix};
use crate::escape::changes_terminal;
use crate::sigma::Rule;

/// The request parameters of `record` that made `rule` fire, as the compact text of a JSON
/// object: those the rule's detection names (`requestParameters.NAME`), and, for a rule that reads `ecd.weakening`
/// condition, those whose values weaken protection (`RequestParameters::weakening`). Each is
/// under the record's own keys (`MfaEnabled`; a list flattened as `AddAccount.1`,
/// `AddAccount.2` stays so) with its value exactly as the record wrote it (`"false"` a
/// string, `false` a boolean, JSON text a string), in the record's order, with only the
/// whitespace between JSON tokens left out, so that the text is one line.
///
/// Empty when there is nothing to show: the rule has neither condition, the record has none
/// of the parameters, or its parameters are not a JSON object. Only a record that matched is
/// read, so a rule that fires rarely costs nothing more.
///
/// The text is at most [`FIELD_BYTES`] bytes and always a JSON object: a parameter that does
/// not fit is shown as a JSON string of the start of its value's JSON, and none after it; the
/// second value is then the length the whole text would have had.
pub fn fired_parameters(rule: &Rule, record: &Record<'_>) -> (String, Option<usize>) {
    if rule.shown_parameters.is_empty() && !rule.shows_weakening {
        return (String::new(), None);
    }
    match record.parameters() {
        Ok(parameters) => fired_parameters_of(rule, &parameters),
        Err(_) => (String::new(), None),
    }
}

/// [`fired_parameters`] of a record whose request parameters are read already.
pub fn fired_parameters_of(
    rule: &Rule,
    parameters: &RequestParameters<'_>,
) -> (String, Option<usize>) {
    if rule.shown_parameters.is_empty() && !rule.shows_weakening {
        return (String::new(), None);
    }
    // Conditions name members as `Name.Member`: the finding shows the whole parameter.
    let mut names: Vec<&str> = rule.shown_parameters.iter().map(String::as_str).collect();
    if rule.shows_weakening {
        names.extend(
            parameters
                .weakening()
                .iter()
                .map(|(parameter, _)| parameter.name()),
        );
    }
    // A parameter carried under its own key is read from that key alone, flattened keys
    // beside it aside, as `RequestParameters::get` reads it.
    let whole: Vec<&str> = names
        .iter()
        .copied()
        .filter(|name| parameters.entries().any(|(key, _)| key == *name))
        .collect();
    let mut out = String::new();
    // The length `out` would have without the bound, once it is exceeded.
    let mut full: Option<usize> = None;
    let mut shown: Vec<&str> = Vec::new();
    for (key, value) in parameters.entries() {
        let wanted = names.iter().any(|&name| {
            key == name
                || (!whole.contains(&name)
                    && key
                        .strip_prefix(name)
                        .is_some_and(|rest| rest.len() > 1 && rest.starts_with('.')))
        });
        // A key the record repeats is shown as it was read: its first value.
        if !wanted || shown.contains(&key) {
            continue;
        }
        shown.push(key);
        // Keys are strings: their JSON is exact.
        let key = serde_json::to_string(key).unwrap_or_default();
        let mut value_json = String::new();
        compact(value.get(), &mut value_json);
        let entry = 1 + key.len() + 1 + value_json.len();
        if let Some(length) = full.as_mut() {
            *length += entry;
            continue;
        }
        // Room for the entry and the closing brace.
        if out.len() + entry < FIELD_BYTES {
            out.push(if out.is_empty() { '{' } else { ',' });
            out.push_str(&key);
            out.push(':');
            out.push_str(&value_json);
            continue;
        }
        full = Some(out.len() + entry);
        let room = FIELD_BYTES.saturating_sub(out.len() + key.len() + 8) / 2;
        if room > 0 {
            out.push(if out.is_empty() { '{' } else { ',' });
            out.push_str(&key);
            out.push(':');
            // A string's JSON escapes at most double its length here (quotes, backslashes).
            let start = prefix(&value_json, room);
            out.push_str(&serde_json::to_string(start).unwrap_or_default());
        }
    }
    if !out.is_empty() {
        out.push('}');
    }
    (out, full.map(|length| length + 1))
}

/// Appends `json`, a valid JSON value, without the whitespace between its tokens: the same
/// value, written on one line (a record may break a list over lines; a JSON Lines report may
/// not), with the characters in strings that would act on a terminal ([`changes_terminal`];
/// valid raw in JSON) written as `\u` escapes, which are the same string.
fn compact(json: &str, out: &mut String) {
    let mut in_string = false;
    let mut escaped = false;
    for c in json.chars() {
        if in_string {
            if changes_terminal(c) && !escaped {
                // Every such character is in the Basic Multilingual Plane: one escape.
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
                continue;
            }
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            out.push(c);
            in_string = c == '"';
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_leaves_out_whitespace_between_tokens_only() {
        let mut out = String::new();
        compact("[ \"a b\",\n\t{\"k\" : \"\\\" x\"} ,1 ]", &mut out);
        assert_eq!(out, r#"["a b",{"k":"\" x"},1]"#);
        let mut out = String::new();
        compact("\"a\u{202e}b\u{7f}\"", &mut out);
        assert_eq!(out, r#""a\u202eb\u007f""#);
    }
}
