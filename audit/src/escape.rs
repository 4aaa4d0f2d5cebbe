//! Text for people that records cannot forge: what a record holds (and a file's name) is
//! chosen by whoever wrote it, so every character that could change a terminal's state,
//! break a line or reorder one is shown as a visible escape instead of being written.
//!
//! The convention is Rust's `escape_debug`, as `{:?}` shows a string, without the quotes:
//! - `\n`, `\r`, `\t`, `\0` for those characters;
//! - `\u{1b}` (hexadecimal code point) for every other character that is not printable: the
//!   C0 and C1 controls, DEL (so ESC sequences, OSC titles and bells), Unicode's bidirectional
//!   overrides, embeddings, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
//!   U+061C), the line and paragraph separators U+2028 and U+2029, the other format characters
//!   (zero-width spaces and joiners, U+FEFF), spaces other than U+0020, private-use and
//!   unassigned code points, and a combining mark at the start of what is escaped;
//! - everything else as it is: the letters of every script, quotes, and the backslash, which
//!   changes nothing on a terminal and is common in messages and Windows paths. So text that
//!   reads `\u{1b}` in a report may be an escaped ESC or those six characters; that no record
//!   can act on the terminal or start a line holds either way, and JSON tells them apart.
//!
//! Two ways in, so that no code that writes for people has to remember the rule:
//! [`Lines`] writes lines whose whole text is escaped (the text report has no other way to its
//! output), and [`eprintln_escaped!`](crate::eprintln_escaped) writes the tool's messages to
//! standard error. [`Escaped`] is the rule itself, for one piece of text.

pub mod json;

use std::fmt::{self, Display, Write as _};
use std::io::{self, Write};

/// `text` with every character that could change a terminal or forge a line shown as an
/// escape (the module's documentation says which, and how).
///
/// ```
/// use ecd_audit::escape::Escaped;
///
/// let forged = "ecd-1\u{1b}]0;pwned\u{7}\n  [critical] injected: 999";
/// assert_eq!(
///     Escaped(forged).to_string(),
///     r"ecd-1\u{1b}]0;pwned\u{7}\n  [critical] injected: 999"
/// );
/// assert_eq!(Escaped("李雷 \"ecd\" C:\\tmp").to_string(), r#"李雷 "ecd" C:\tmp"#);
/// assert_eq!(Escaped("admin\u{202e}txt.exe").to_string(), r"admin\u{202e}txt.exe");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Escaped<'a>(pub &'a str);

impl Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.width().is_some() {
            // Padding counts what is shown, so the escaped text is made first.
            let mut shown = String::with_capacity(self.0.len());
            write_escaped(self.0, &mut shown)?;
            return f.pad(&shown);
        }
        write_escaped(self.0, f)
    }
}

fn write_escaped(text: &str, out: &mut impl fmt::Write) -> fmt::Result {
    // Printable ASCII, by far the most common text, is shown as it is.
    if text.bytes().all(|byte| matches!(byte, b' '..=b'~')) {
        return out.write_str(text);
    }
    // The standard library's escape_debug decides what is printable, from Unicode's tables as
    // they stand in each Rust release; only its escapes of quotes and backslashes are undone,
    // since they change nothing on a terminal and report lines do not quote what they show.
    let mut escaped = text.escape_debug();
    while let Some(shown) = escaped.next() {
        if shown != '\\' {
            out.write_char(shown)?;
            continue;
        }
        match escaped.next() {
            Some(shown @ ('"' | '\'' | '\\')) => out.write_char(shown)?,
            Some(next) => {
                out.write_char('\\')?;
                out.write_char(next)?;
            }
            None => out.write_char('\\')?,
        }
    }
    Ok(())
}

/// Whether `c` changes a terminal's state or the shape of a line when written raw: a C0 or C1
/// control, DEL, a Unicode bidirectional control (override, embedding, isolate, mark) or a
/// line or paragraph separator. [`Escaped`] escapes these and more; the JSON report writes
/// these as `\u` escapes, so that no byte of it acts on a terminal.
///
/// ```
/// use ecd_audit::escape::changes_terminal;
///
/// assert!(changes_terminal('\u{1b}') && changes_terminal('\u{9b}') && changes_terminal('\u{202e}'));
/// assert!(!changes_terminal('a') && !changes_terminal('中') && !changes_terminal(' '));
/// ```
pub fn changes_terminal(c: char) -> bool {
    matches!(
        c,
        '\0'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{61c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{2028}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
    )
}

/// Lines for people, on an output that nothing else writes to: the text of each line is
/// escaped whole (as [`Escaped`] does), so that what it shows, however it was put together,
/// can neither end the line nor act on the terminal. Only [`line`](Self::line) and
/// [`blank`](Self::blank) end lines.
///
/// ```
/// use ecd_audit::escape::Lines;
///
/// let mut out = Vec::new();
/// let mut lines = Lines::new(&mut out);
/// lines.line(format_args!("  {}: {}", "ecd-1\n[critical] forged", 3))?;
/// lines.blank()?;
/// assert_eq!(String::from_utf8(out).unwrap(), "  ecd-1\\n[critical] forged: 3\n\n");
/// # Ok::<(), std::io::Error>(())
/// ```
pub struct Lines<'w> {
    out: &'w mut dyn Write,
    /// The line being written, reused from line to line.
    line: String,
}

impl<'w> Lines<'w> {
    /// Lines written to `out`.
    pub fn new(out: &'w mut dyn Write) -> Lines<'w> {
        Lines {
            out,
            line: String::new(),
        }
    }

    /// Writes one line: `text`, escaped, then a line break.
    pub fn line(&mut self, text: fmt::Arguments<'_>) -> io::Result<()> {
        self.line.clear();
        self.line
            .write_fmt(text)
            .map_err(|_| io::Error::other("a value could not be formatted"))?;
        writeln!(self.out, "{}", Escaped(&self.line))
    }

    /// Writes an empty line.
    pub fn blank(&mut self) -> io::Result<()> {
        self.out.write_all(b"\n")
    }
}

/// Writes one line to standard error, escaped as [`Escaped`] does. Failing to write a message
/// is not worth more than the message: it is ignored (where `eprintln!` would panic).
pub fn stderr_line(text: fmt::Arguments<'_>) {
    let line = text.to_string();
    let _ = writeln!(io::stderr().lock(), "{}", Escaped(&line));
}

/// `eprintln!` for the tool's messages: they name paths and carry what records hold, so each
/// is written escaped ([`stderr_line`](crate::escape::stderr_line)), as one line.
///
/// ```
/// let path = "deliveries/\u{1b}[2J.json";
/// ecd_audit::eprintln_escaped!("ecd-audit: {path}: not found"); // ecd-audit: deliveries/\u{1b}[2J.json: not found
/// ```
#[macro_export]
macro_rules! eprintln_escaped {
    ($($message:tt)*) => {
        $crate::escape::stderr_line(format_args!($($message)*))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_that_changes_a_terminal_is_escaped_visibly() {
        let mut every = Vec::new();
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            if changes_terminal(c) {
                every.push(c);
                let shown = Escaped(&format!("a{c}b")).to_string();
                assert!(
                    shown.starts_with("a\\") && shown.ends_with('b') && shown.is_ascii(),
                    "U+{:04X} is shown as {shown:?}",
                    c as u32
                );
            }
        }
        // C0 (32), DEL and C1 (33), ALM, LRM, RLM, U+2028 to U+202E (7), U+2066 to U+2069 (4).
        assert_eq!(every.len(), 32 + 33 + 3 + 7 + 4);
    }

    #[test]
    fn the_escapes_are_those_of_rust_strings_without_the_quotes() {
        for (text, shown) in [
            ("\u{1b}[31mred", r"\u{1b}[31mred"),
            ("a\nb\r\tc\0", r"a\nb\r\tc\0"),
            ("back\\slash", r"back\slash"),
            // Six characters that read as an escape are shown as they are (the module says why).
            (r"\u{1b}", r"\u{1b}"),
            ("\"quoted\" 'single'", "\"quoted\" 'single'"),
            ("\u{85}\u{9b}\u{7f}", r"\u{85}\u{9b}\u{7f}"),
            ("\u{2028}\u{2029}", r"\u{2028}\u{2029}"),
            (
                "\u{202a}\u{202e}\u{2066}\u{2069}",
                r"\u{202a}\u{202e}\u{2066}\u{2069}",
            ),
            ("zero\u{200b}width\u{feff}", r"zero\u{200b}width\u{feff}"),
            ("ecd-张伟 café 😀", "ecd-张伟 café 😀"),
            // A combining mark after a letter is part of the text; at the start, it would
            // combine with what comes before it on the line.
            ("e\u{301}", "e\u{301}"),
            ("\u{301}e", r"\u{301}e"),
            ("", ""),
        ] {
            assert_eq!(Escaped(text).to_string(), shown, "{text:?}");
        }
    }

    #[test]
    fn padding_counts_what_is_shown() {
        assert_eq!(format!("[{:<6}]", Escaped("a\tb")), r"[a\tb  ]");
    }

    #[test]
    fn lines_end_only_where_the_writer_ends_them() {
        let mut out = Vec::new();
        let mut lines = Lines::new(&mut out);
        lines
            .line(format_args!(
                "{} by {}",
                "x\r\n  [critical] injected: 999", "\u{1b}]0;pwned\u{7}"
            ))
            .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "x\\r\\n  [critical] injected: 999 by \\u{1b}]0;pwned\\u{7}\n"
        );
    }
}
