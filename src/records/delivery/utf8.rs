//! The text a reader parses: its bytes checked as UTF-8 once, as they are read, and the bytes
//! that are not UTF-8 remembered, so that an error at one can say what it is.

use std::collections::VecDeque;

/// The bytes that are not UTF-8 in the text a reader holds, each by its offset in the content
/// and its value. The reader puts a NUL in place of each (no record may hold one, so the record
/// around it is reported); this is how the error then says "invalid UTF-8" and not "control
/// character".
///
/// Bounded by the reader's buffer, not the delivery: the reader forgets every byte before the
/// text it keeps, and a record is never read on past such a byte (a NUL is invalid anywhere in
/// JSON), so the buffer only grows over text that has none.
#[derive(Debug, Default)]
pub(super) struct NotUtf8 {
    bytes: VecDeque<(u64, u8)>,
}

impl NotUtf8 {
    /// The byte that was at `offset` of the content, if it was one that is not UTF-8.
    pub(super) fn at(&self, offset: u64) -> Option<u8> {
        self.bytes
            .binary_search_by_key(&offset, |&(at, _)| at)
            .ok()
            .map(|index| self.bytes[index].1)
    }

    /// Forgets the bytes before `offset`, which the reader has dropped.
    pub(super) fn forget_before(&mut self, offset: u64) {
        while self.bytes.front().is_some_and(|&(at, _)| at < offset) {
            self.bytes.pop_front();
        }
    }
}

/// Appends `bytes`, which start at `offset` of the content, to `text`, each byte that is not
/// UTF-8 as a NUL (remembered in `not_utf8`); returns how many bytes it took. An incomplete
/// character at the end stays for the next read unless `last`.
pub(super) fn push_utf8(
    text: &mut String,
    bytes: &[u8],
    last: bool,
    offset: u64,
    not_utf8: &mut NotUtf8,
) -> usize {
    // Deliveries are UTF-8 but for a character cut at the end of a read now and then: the
    // SIMD check passes them, std's finds what to do where it does not.
    if let Ok(valid) = simdutf8::basic::from_utf8(bytes) {
        text.push_str(valid);
        return bytes.len();
    }
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                text.push_str(valid);
                return bytes.len();
            }
            Err(error) => {
                let (valid, after) = rest.split_at(error.valid_up_to());
                text.push_str(std::str::from_utf8(valid).unwrap_or_default());
                let invalid = match error.error_len() {
                    Some(invalid) => invalid,
                    None if last => after.len(),
                    None => return bytes.len() - after.len(),
                };
                let start = offset + (bytes.len() - after.len()) as u64;
                for (place, &byte) in after[..invalid].iter().enumerate() {
                    not_utf8.bytes.push_back((start + place as u64, byte));
                }
                text.extend(std::iter::repeat_n('\0', invalid));
                rest = &after[invalid..];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_byte_that_is_not_utf8_is_a_nul_remembered_by_its_offset() {
        let mut text = String::from("ab");
        let mut not_utf8 = NotUtf8::default();
        // `é` whole, 0xFF alone, then `é` cut short at the end of the read.
        let taken = push_utf8(&mut text, b"x\xC3\xA9\xFFy\xC3", false, 100, &mut not_utf8);
        assert_eq!((text.as_str(), taken), ("abx\u{e9}\0y", 5));
        assert_eq!(not_utf8.at(103), Some(0xFF));
        assert_eq!(not_utf8.at(102), None);
        // At the end of the content, the cut character's byte is a NUL too.
        let taken = push_utf8(&mut text, b"\xC3", true, 105, &mut not_utf8);
        assert_eq!((text.as_str(), taken), ("abx\u{e9}\0y\0", 1));
        assert_eq!(not_utf8.at(105), Some(0xC3));
        not_utf8.forget_before(104);
        assert_eq!((not_utf8.at(103), not_utf8.at(105)), (None, Some(0xC3)));
    }
}
