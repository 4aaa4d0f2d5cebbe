//! Errors for strings that name nothing this crate knows.
//!
//! They keep a bounded excerpt of the input on the stack, so they need no allocator and a
//! hostile megabyte-long "name" cannot make an error message megabytes long.

use core::fmt;

/// How many bytes of a rejected input an error keeps.
const EXCERPT_BYTES: usize = 64;

/// The first bytes of a rejected input, cut at a character boundary.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Excerpt {
    bytes: [u8; EXCERPT_BYTES],
    kept: u8,
    /// Length of the whole input in bytes.
    total: usize,
}

impl Excerpt {
    fn new(input: &str) -> Self {
        let mut kept = input.len().min(EXCERPT_BYTES);
        while !input.is_char_boundary(kept) {
            kept -= 1;
        }
        let mut bytes = [0; EXCERPT_BYTES];
        bytes[..kept].copy_from_slice(&input.as_bytes()[..kept]);
        Excerpt {
            bytes,
            kept: kept as u8,
            total: input.len(),
        }
    }

    fn as_str(&self) -> &str {
        // The kept bytes end on a character boundary of a `str`, so they are valid UTF-8.
        core::str::from_utf8(&self.bytes[..usize::from(self.kept)]).unwrap_or_default()
    }

    fn is_truncated(&self) -> bool {
        usize::from(self.kept) < self.total
    }
}

impl fmt::Display for Excerpt {
    /// Writes the excerpt between backticks, with control characters, line and paragraph
    /// separators, invisible and bidirectional formatting characters and backticks escaped, so
    /// that a hostile input cannot forge or hide log lines; and says how long the whole input
    /// was if cut.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("`")?;
        for c in self.as_str().chars() {
            if needs_escape(c) {
                // `\n`, `\0`, `\u{202e}`, ...; a backtick, which `escape_debug` keeps, as `\u{60}`.
                match c {
                    '`' => write!(f, "{}", c.escape_unicode())?,
                    _ => write!(f, "{}", c.escape_debug())?,
                }
            } else {
                write!(f, "{c}")?;
            }
        }
        if self.is_truncated() {
            write!(f, "…` ({} bytes)", self.total)
        } else {
            f.write_str("`")
        }
    }
}

/// Characters an error message shows as `\u{...}` escapes.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '`' | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

impl fmt::Debug for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

/// The error for a string that is not the name of an [`EcdEvent`](crate::EcdEvent).
///
/// Returned by `EcdEvent`'s [`FromStr`](core::str::FromStr) and [`TryFrom<&str>`]. Its message
/// names the input, cut to 64 bytes:
///
/// ```
/// use ecd_events::EcdEvent;
///
/// let error = "RunInstances".parse::<EcdEvent>().unwrap_err();
/// assert_eq!(error.to_string(), "unknown ECD event name `RunInstances`");
/// assert_eq!(error.input(), "RunInstances");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownEventName {
    excerpt: Excerpt,
}

impl UnknownEventName {
    pub(crate) fn new(input: &str) -> Self {
        UnknownEventName {
            excerpt: Excerpt::new(input),
        }
    }

    /// The rejected input, or its first 64 bytes (cut at a character boundary) if it was
    /// longer.
    pub fn input(&self) -> &str {
        self.excerpt.as_str()
    }

    /// Whether [`input`](Self::input) is only the start of what was rejected.
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    ///
    /// let error = "X".repeat(100).parse::<EcdEvent>().unwrap_err();
    /// assert!(error.is_truncated());
    /// assert_eq!(error.input(), "X".repeat(64));
    /// ```
    pub fn is_truncated(&self) -> bool {
        self.excerpt.is_truncated()
    }
}

impl fmt::Display for UnknownEventName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown ECD event name {}", self.excerpt)
    }
}

impl core::error::Error for UnknownEventName {}

/// The error for a string that names no [`Category`](crate::Category), [`Tag`](crate::Tag),
/// [`Api`](crate::Api) or [`Access`](crate::Access).
///
/// Its message names the input and lists the names that would have been accepted:
///
/// ```
/// use ecd_events::Access;
///
/// let error = "read".parse::<Access>().unwrap_err();
/// assert_eq!(error.to_string(), "unknown access `read`: expected one of Read, Write");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownValue {
    what: &'static str,
    expected: &'static [&'static str],
    excerpt: Excerpt,
}

impl UnknownValue {
    pub(crate) fn new(what: &'static str, expected: &'static [&'static str], input: &str) -> Self {
        UnknownValue {
            what,
            expected,
            excerpt: Excerpt::new(input),
        }
    }

    /// The rejected input, or its first 64 bytes (cut at a character boundary) if it was
    /// longer.
    pub fn input(&self) -> &str {
        self.excerpt.as_str()
    }

    /// The names that are accepted.
    ///
    /// ```
    /// use ecd_events::Tag;
    ///
    /// let error = "secret".parse::<Tag>().unwrap_err();
    /// assert_eq!(error.input(), "secret");
    /// assert!(error.expected().contains(&"credential"));
    /// ```
    pub fn expected(&self) -> &'static [&'static str] {
        self.expected
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} {}: expected one of ",
            self.what, self.excerpt
        )?;
        for (index, name) in self.expected.iter().enumerate() {
            if index > 0 {
                f.write_str(", ")?;
            }
            f.write_str(name)?;
        }
        Ok(())
    }
}

impl core::error::Error for UnknownValue {}
