//! JSON whose bytes cannot act on a terminal: every string is exact, and the characters that
//! change a terminal's state ([`changes_terminal`]) are written as `\u` escapes rather than
//! raw. serde_json already escapes the C0 controls; DEL, the C1 controls, the bidirectional
//! controls and the line and paragraph separators are valid raw in JSON, and it writes them
//! so, which `ecd-audit scan --format json` shown on a terminal (or by `less -R`) would obey.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::Formatter;

use super::changes_terminal;

/// serde_json's compact format, with the escapes above.
struct TerminalSafe;

impl Formatter for TerminalSafe {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        // ASCII without DEL, nearly every fragment, is written as it is.
        if fragment.is_ascii() && !fragment.as_bytes().contains(&0x7f) {
            return writer.write_all(fragment.as_bytes());
        }
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if changes_terminal(c) {
                writer.write_all(&fragment.as_bytes()[start..at])?;
                // Every such character is in the Basic Multilingual Plane: one escape.
                write!(writer, "\\u{:04x}", u32::from(c))?;
                start = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }
}

/// Writes `value` as compact JSON to `writer`, as `serde_json::to_writer` does, with the
/// characters that change a terminal escaped.
pub fn to_writer<W: Write, T: Serialize + ?Sized>(writer: W, value: &T) -> serde_json::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(writer, TerminalSafe);
    value.serialize(&mut serializer)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(text: &str) -> String {
        let mut out = Vec::new();
        to_writer(&mut out, text).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strings_stay_exact_and_what_changes_a_terminal_is_escaped() {
        let mut every = String::new();
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            every.push(c);
        }
        let written = json(&every);
        assert!(!written.chars().any(changes_terminal), "a raw control");
        assert_eq!(serde_json::from_str::<String>(&written).unwrap(), every);
        assert_eq!(
            json("a\u{7f}b\u{9b}c\u{202e}d\u{2028}中"),
            r#""a\u007fb\u009bc\u202ed\u2028中""#
        );
        assert_eq!(json("ecd-1 \"x\"\\"), r#""ecd-1 \"x\"\\""#);
    }
}
