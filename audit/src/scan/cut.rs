//! Text kept from records, cut to a bound: what a finding or a count keeps of a record does
//! not grow with what the record holds, so that records with fields of megabytes (which
//! compress to almost nothing) cannot make a scan hold gigabytes, nor a report print them.

use std::borrow::Cow;
use std::fmt;

/// The most bytes of one field that a finding keeps, and of one key that a count keeps; a
/// longer field is cut to its first `FIELD_BYTES` bytes (at a character's boundary) and
/// reports say so, with its length.
///
/// No real ActionTrail field comes near it: the longest documented value is RunCommand's
/// `CommandContent`, at most 16 KB (a quarter of the bound); a `resourceName` lists the
/// resources of one call (RunCommand takes at most 50 desktops, the console acts on at most
/// 100: some 2.2 KB of desktop IDs); user agents and error messages are hundreds of bytes;
/// IDs, times, names and regions tens.
/// A finding keeps at most ten such fields: 640 KiB at the very worst, and 100 findings cut
/// from 10 MB fields keep 6.4 MB where they kept a gigabyte.
pub const FIELD_BYTES: usize = 64 * 1024;

/// The first [`FIELD_BYTES`] bytes of `text` (fewer, to end on a character's boundary), and
/// its length when that is not all of it.
///
/// ```
/// use ecd_audit::scan::cut::{FIELD_BYTES, cut};
///
/// assert_eq!(cut("ecd-1"), ("ecd-1", None));
/// let long = "é".repeat(FIELD_BYTES);
/// let (kept, length) = cut(&long);
/// assert_eq!((kept.len(), length), (FIELD_BYTES, Some(2 * FIELD_BYTES)));
/// ```
pub fn cut(text: &str) -> (&str, Option<usize>) {
    let kept = prefix(text, FIELD_BYTES);
    (kept, (kept.len() < text.len()).then_some(text.len()))
}

/// The longest start of `text` of at most `bytes` bytes that ends on a character's boundary.
pub(crate) fn prefix(text: &str, bytes: usize) -> &str {
    if text.len() <= bytes {
        return text;
    }
    let mut end = bytes;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// What reports add to a field that was cut: `...[cut from N bytes]`, `N` its length.
///
/// ```
/// use ecd_audit::scan::cut::Marker;
///
/// assert_eq!(Marker(10_485_760).to_string(), "...[cut from 10485760 bytes]");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marker(pub u64);

impl fmt::Display for Marker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "...[cut from {} bytes]", self.0)
    }
}

/// The most bytes of a key of a count (accounts, regions, services, event names,
/// identities, error codes): longer than any real one, and small, since a scan keeps one key
/// for each distinct value, and their number grows with the input.
pub const KEY_BYTES: usize = 256;

/// `text` as a key of a count: as it is, or its first [`KEY_BYTES`] bytes with its
/// [`Marker`], so that keys of different lengths stay apart.
///
/// ```
/// use ecd_audit::scan::cut::{KEY_BYTES, key};
///
/// assert_eq!(key("cn-hangzhou"), "cn-hangzhou");
/// let long = "a".repeat(KEY_BYTES + 1);
/// assert_eq!(key(&long), format!("{}...[cut from 257 bytes]", &long[..KEY_BYTES]));
/// ```
pub fn key(text: &str) -> Cow<'_, str> {
    shortened(text, KEY_BYTES)
}

/// `text`, or its first `limit` bytes (cut between characters) with its [`Marker`].
pub fn shortened(text: &str, limit: usize) -> Cow<'_, str> {
    let kept = prefix(text, limit);
    if kept.len() == text.len() {
        return Cow::Borrowed(kept);
    }
    Cow::Owned(format!("{kept}{}", Marker(text.len() as u64)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_ends_on_a_character_boundary_at_most_at_the_bound() {
        // Three-byte characters, so that the bound falls inside one.
        let text = format!("a{}", "中".repeat(FIELD_BYTES / 3 + 1));
        let (kept, length) = cut(&text);
        assert_eq!(length, Some(text.len()));
        assert!(kept.len() <= FIELD_BYTES && kept.len() > FIELD_BYTES - 3);
        assert!(text.starts_with(kept));
        let exact = "b".repeat(FIELD_BYTES);
        assert_eq!(cut(&exact), (exact.as_str(), None));
    }
}
