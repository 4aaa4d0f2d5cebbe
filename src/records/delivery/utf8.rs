//! The text a reader parses: its bytes checked as UTF-8 once, as they are read.

/// Appends `bytes` to `text`, each byte that is not UTF-8 as a NUL; returns how many bytes
/// it took. An incomplete character at the end stays for the next read unless `last`.
pub(super) fn push_utf8(text: &mut String, bytes: &[u8], last: bool) -> usize {
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
                text.extend(std::iter::repeat_n('\0', invalid));
                rest = &after[invalid..];
            }
        }
    }
}
