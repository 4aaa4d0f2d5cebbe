//! A finding's request parameters as the text report shows them: their JSON object, on one
//! line, with nothing in it that a terminal would act on, and cut short when long.

use std::fmt::Write;

/// How many characters of the object an example shows; `--format json` has all of them.
const SHOWN: usize = 160;

/// `parameters` (the JSON object text of a finding's parameters) for an example line: every
/// character that could move the cursor, end the line, change the terminal's state or
/// reorder what follows (controls, line and paragraph separators, bidirectional and
/// invisible format characters) as `\u{...}`, and at most [`SHOWN`] characters of it, the
/// rest counted.
pub(super) fn shown(parameters: &str) -> String {
    let mut out = String::with_capacity(parameters.len().min(SHOWN) + 16);
    for (count, c) in parameters.chars().enumerate() {
        if count == SHOWN {
            let rest = parameters.chars().count() - SHOWN;
            let _ = write!(out, "... ({rest} more characters)");
            break;
        }
        if acts_on_terminal(c) {
            let _ = write!(out, "\\u{{{:04x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether a terminal, or the text's layout, would take `c` for something else than a
/// character to show.
fn acts_on_terminal(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{2069}'
                | '\u{feff}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_terminal_would_act_on_is_escaped() {
        assert_eq!(
            shown(r#"{"MfaEnabled":"false"}"#),
            r#"{"MfaEnabled":"false"}"#
        );
        assert_eq!(
            shown("{\"a\":\"\u{1b}[2J\u{9b}x\u{202e}y\u{7f}\n\"}"),
            r#"{"a":"\u{001b}[2J\u{009b}x\u{202e}y\u{007f}\u{000a}"}"#
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
