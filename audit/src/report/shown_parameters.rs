//! A finding's request parameters as the text report shows them: their JSON object, on one
//! line, cut short when long. What in it a terminal would act on is escaped where every line
//! of the report is, by `escape::Lines`.

use std::fmt::Write;

/// How many characters of the object an example shows; `--format json` has all of them.
const SHOWN: usize = 160;

/// `parameters` (the JSON object text of a finding's parameters) for an example line: at
/// most [`SHOWN`] characters of it, the rest counted.
pub(super) fn shown(parameters: &str) -> String {
    let mut out = String::with_capacity(parameters.len().min(SHOWN) + 16);
    for (count, c) in parameters.chars().enumerate() {
        if count == SHOWN {
            let rest = parameters.chars().count() - SHOWN;
            let _ = write!(out, "... ({rest} more characters)");
            break;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::escape::Escaped;

    #[test]
    fn what_a_terminal_would_act_on_is_escaped() {
        // As the report writes it: through `Lines`, which escapes as `Escaped` does.
        let written = |parameters: &str| Escaped(&shown(parameters)).to_string();
        assert_eq!(
            written(r#"{"MfaEnabled":"false"}"#),
            r#"{"MfaEnabled":"false"}"#
        );
        assert_eq!(
            written("{\"a\":\"\u{1b}[2J\u{9b}x\u{202e}y\u{7f}\n\u{200b}\u{feff}\"}"),
            r#"{"a":"\u{1b}[2J\u{9b}x\u{202e}y\u{7f}\n\u{200b}\u{feff}"}"#
        );
    }

    #[test]
    fn a_long_object_is_cut_short_and_the_rest_counted() {
        let long = format!("{{\"Name\":\"{}\"}}", "x".repeat(200));
        let shown = shown(&long);
        assert!(shown.starts_with("{\"Name\":\"xxx"));
        assert!(shown.ends_with("... (51 more characters)"), "{shown}");
        // Not inside a character.
        assert_eq!(
            super::shown(&"é".repeat(170))
                .chars()
                .filter(|&c| c == 'é')
                .count(),
            160
        );
    }
}
