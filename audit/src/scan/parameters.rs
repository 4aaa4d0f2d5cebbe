//! The request parameters a finding shows: those that made its rule fire.

use ecd_events::records::Record;

use crate::rules::Rule;

/// The request parameters of `record` that made `rule` fire, as the compact text of a JSON
/// object: those the rule's `parameters` conditions name, and, for a rule with a `weakening`
/// condition, those whose values weaken protection (`RequestParameters::weakening`). Each is
/// under the record's own keys (`MfaEnabled`; a list flattened as `AddAccount.1`,
/// `AddAccount.2` stays so) with its value exactly as the record wrote it (`"false"` a
/// string, `false` a boolean, JSON text a string), in the record's order, with only the
/// whitespace between JSON tokens left out, so that the text is one line.
///
/// Empty when there is nothing to show: the rule has neither condition, the record has none
/// of the parameters, or its parameters are not a JSON object. Only a record that matched is
/// read, so a rule that fires rarely costs nothing more.
pub fn fired_parameters(rule: &Rule, record: &Record<'_>) -> String {
    let conditions = &rule.when.parameters;
    if conditions.is_empty() && rule.when.weakening.is_none() {
        return String::new();
    }
    let Ok(parameters) = record.parameters() else {
        return String::new();
    };
    // Conditions name members as `Name.Member`: the finding shows the whole parameter.
    let mut names: Vec<&str> = conditions
        .keys()
        .map(|path| path.split('.').next().unwrap_or(path))
        .collect();
    if rule.when.weakening.is_some() {
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
        out.push(if out.is_empty() { '{' } else { ',' });
        // Keys are strings: their JSON is exact.
        out.push_str(&serde_json::to_string(key).unwrap_or_default());
        out.push(':');
        compact(value.get(), &mut out);
    }
    if !out.is_empty() {
        out.push('}');
    }
    out
}

/// Appends `json`, a valid JSON value, without the whitespace between its tokens: the same
/// value, written on one line (a record may break a list over lines; a JSON Lines report may
/// not).
fn compact(json: &str, out: &mut String) {
    let mut in_string = false;
    let mut escaped = false;
    for c in json.chars() {
        if in_string {
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
    }
}
