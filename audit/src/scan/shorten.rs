//! Text from records cut to a length the audit can keep whatever the input: any field of a
//! record can be megabytes long (up to the reader's limit), and what the audit keeps of it
//! for the report (the keys of its counts, the reasons of malformed records) would otherwise
//! grow with how well the input compresses, not with the work.

use std::borrow::Cow;

/// The longest key of a count (account, region, identity, event name, error code, service),
/// in bytes: longer than any real one.
pub const KEY_LIMIT: usize = 256;

/// `text`, or its first `limit` bytes (cut between characters) and how long it was: distinct
/// long values stay distinct when their lengths differ, and a reader sees that it was cut.
pub fn shortened(text: &str, limit: usize) -> Cow<'_, str> {
    if text.len() <= limit {
        return text.into();
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} bytes in all)", &text[..end], text.len()).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_between_characters_and_says_how_long_it_was() {
        let text = format!("invalid type: string \"{}\"", "é".repeat(1000));
        let short = shortened(&text, 201);
        // 22 bytes of ASCII, then two-byte characters: the cut falls back to byte 200.
        assert_eq!(
            short,
            format!(
                "invalid type: string \"{}… ({} bytes in all)",
                "é".repeat(89),
                text.len()
            )
        );
        assert_eq!(shortened("short", 5), "short");
    }
}
