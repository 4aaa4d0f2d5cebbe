//! A skimmer for the top level of one JSON object: finds each member's key and the extent of
//! its value without decoding anything, so that the readers decode only the members they need
//! (and, for the members they name, the members of an object value, in the same pass).
//!
//! It is faster than a full JSON parse because it jumps through strings sixteen bytes at a
//! time (SSE2, which every x86_64 processor has, through `safe_arch`'s safe wrappers; eight
//! at a time in a `u64` elsewhere) and builds nothing, yet it checks the JSON as serde_json
//! would, nested values included: strings are closed and hold no control character (a line
//! break in one is the usual mark of a record cut short in JSON Lines), escapes are well
//! formed, brackets match, keys are followed by `:` and members and elements separated by
//! `,`, and numbers and `true`/`false`/`null` are spelt right (a property test below holds it
//! to serde_json's judgement of damaged and cut JSON). So it knows exactly where a record
//! ends, or that it does not. What it leaves to serde_json is what escapes decode to (a lone
//! surrogate such as `\uD800`), which the readers hand to serde_json whenever a field they
//! need has an escape.

/// What the skimmer found at the start of some text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Skimmed {
    /// A whole object, this many bytes long.
    Object(usize),
    /// The text ends before the object does.
    Incomplete,
    /// Not an object, or not well formed.
    Invalid,
}

/// What a fast read by skimming found.
pub(crate) enum Skim<T> {
    /// The record, and how long it is.
    Record(T, usize),
    /// The text ends before the record does.
    Incomplete,
    /// Something out of the ordinary (escapes in a key, a field of an unusual type, a missing
    /// or repeated field, damage): let serde read it, which decides exactly as it always does.
    Fallback,
}

/// One member of an object: its key as written (between the quotes, escapes undecoded) and
/// its value's JSON text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Member<'a> {
    pub(crate) key: &'a str,
    /// Whether the key holds an escape, so that `key` is not the key's text.
    pub(crate) key_escaped: bool,
    pub(crate) value: &'a str,
    /// Whether the value is a string holding an escape.
    pub(crate) value_escaped: bool,
}

impl<'a> Member<'a> {
    /// The value's text without its quotes, if it is a string without escapes; `None` for any
    /// other value, which the caller then decodes with `serde_json`.
    #[inline(always)]
    pub(crate) fn plain_string(&self) -> Option<&'a str> {
        let inner = self.value.strip_prefix('"')?.strip_suffix('"')?;
        (!self.value_escaped).then_some(inner)
    }
}

/// How deep containers may nest inside a member's value (of an entered object's member, one
/// level deeper): the bit stack below holds 64. Deeper values go to serde, which allows 128.
const MAX_DEPTH: u32 = 64;
const _: () = assert!(MAX_DEPTH <= u64::BITS);

/// Skims the object at the start of `text`, calling `each` with every member in order until
/// it returns `false`; stops early then (and reports `Invalid`, as the caller gave up).
pub(crate) fn object<'a>(text: &'a str, mut each: impl FnMut(Member<'a>) -> bool) -> Skimmed {
    let bytes = text.as_bytes();
    members(
        text,
        &mut each,
        |each, member| each(member),
        |_, _, start| value_end(bytes, start),
    )
}

/// A reader of the members that [`object_entering`] finds, which may also read, member by
/// member, the values of some of them that are objects: a reader that needs what is inside
/// `userIdentity` gets it in the same pass, instead of skimming the identity whole and then
/// again (1.0k instructions a record fewer for the lazy reader, 1.2k for the typed one).
pub(crate) trait Members<'a> {
    /// Takes a member, after the members of its value if it was entered; `false` to stop
    /// (the skim is then `Invalid`, as the caller gave up).
    fn member(&mut self, member: Member<'a>) -> bool;

    /// Whether to enter the value of the member with this key (as written), which is an
    /// object; called just before its members, so that the reader can make ready for them.
    fn enters(&mut self, key: &str) -> bool;

    /// Takes a member of an entered object; `false` to stop, as [`member`](Self::member).
    fn entered(&mut self, member: Member<'a>) -> bool;
}

/// Skims the object at the start of `text` as [`object`] does, giving its members to
/// `reader`, and the members of the object values it [enters](Members::enters) too.
pub(crate) fn object_entering<'a>(text: &'a str, reader: &mut impl Members<'a>) -> Skimmed {
    let bytes = text.as_bytes();
    members(
        text,
        reader,
        |reader, member| reader.member(member),
        |reader, key, start| {
            if bytes.get(start) != Some(&b'{') || !reader.enters(key) {
                return value_end(bytes, start);
            }
            match object(&text[start..], |inner| reader.entered(inner)) {
                Skimmed::Object(length) => Ok((start + length, false)),
                Skimmed::Incomplete => Err(Skimmed::Incomplete),
                Skimmed::Invalid => Err(Skimmed::Invalid),
            }
        },
    )
}

/// The loop of [`object`] and [`object_entering`]: `each` takes a member, `value_end` finds
/// where the value of the member with a key, starting at a position, ends and whether it is
/// an escaped string. Both get `state`, which they would otherwise both borrow.
#[inline(always)]
fn members<'a, S: ?Sized>(
    text: &'a str,
    state: &mut S,
    each: impl Fn(&mut S, Member<'a>) -> bool,
    value_end: impl Fn(&mut S, &'a str, usize) -> Result<(usize, bool), Skimmed>,
) -> Skimmed {
    let bytes = text.as_bytes();
    if bytes.first() != Some(&b'{') {
        return Skimmed::Invalid;
    }
    let (mut at, first) = significant(bytes, 1);
    match first {
        Some(b'}') => return Skimmed::Object(at + 1),
        Some(_) => {}
        None => return Skimmed::Incomplete,
    }
    loop {
        let key_start = at;
        let (key_end, key_escaped, value_start) = match member_key(bytes, at) {
            Ok(key) => key,
            Err(skimmed) => return skimmed,
        };
        let key = &text[key_start + 1..key_end - 1];
        let (value_end, value_escaped) = match value_end(state, key, value_start) {
            Ok(end) => end,
            Err(skimmed) => return skimmed,
        };
        let member = Member {
            key,
            key_escaped,
            value: &text[value_start..value_end],
            value_escaped,
        };
        if !each(state, member) {
            return Skimmed::Invalid;
        }
        match significant(bytes, value_end) {
            (comma, Some(b',')) => at = significant(bytes, comma + 1).0,
            (close, Some(b'}')) => return Skimmed::Object(close + 1),
            (_, Some(_)) => return Skimmed::Invalid,
            (_, None) => return Skimmed::Incomplete,
        }
    }
}

/// Where the value starting at `start` ends, and whether it is a string holding an escape.
#[inline(always)]
fn value_end(bytes: &[u8], start: usize) -> Result<(usize, bool), Skimmed> {
    match bytes.get(start) {
        Some(b'"') => string_end(bytes, start),
        _ => nonstring_end(bytes, start).map(|end| (end, false)),
    }
}

/// The first byte at or after `at` that is not JSON whitespace, and where it is (`None` at the
/// end of the text). Records are mostly written without whitespace, so the byte at `at`
/// usually is it: that case is inlined, one comparison.
#[inline(always)]
fn significant(bytes: &[u8], at: usize) -> (usize, Option<u8>) {
    match bytes.get(at) {
        Some(&byte) if byte > b' ' => (at, Some(byte)),
        _ => {
            let at = skip_whitespace(bytes, at);
            (at, bytes.get(at).copied())
        }
    }
}

fn skip_whitespace(bytes: &[u8], mut at: usize) -> usize {
    while let Some(b' ' | b'\n' | b'\r' | b'\t') = bytes.get(at) {
        at += 1;
    }
    at
}

/// Where the string starting with the quote at `start` ends (after its closing quote), and
/// whether it holds an escape.
// Inlined: a call costs a third of reading the usual short string.
#[inline(always)]
fn string_end(bytes: &[u8], start: usize) -> Result<(usize, bool), Skimmed> {
    // Most strings have no escape: the first special byte is the closing quote.
    match find_special(bytes, start + 1) {
        Some(at) if bytes[at] == b'"' => Ok((at + 1, false)),
        Some(at) => string_end_from(bytes, at),
        None => Err(Skimmed::Incomplete),
    }
}

/// [`string_end`] from the first special byte `at` inside the string, when it is not the
/// closing quote.
#[cold]
fn string_end_from(bytes: &[u8], mut at: usize) -> Result<(usize, bool), Skimmed> {
    let mut escaped = false;
    loop {
        match bytes[at] {
            b'"' => return Ok((at + 1, escaped)),
            // A control character: JSON strings have none (a line break in one is the usual
            // mark of a record cut short in JSON Lines).
            0..0x20 => return Err(Skimmed::Invalid),
            _ => {
                escaped = true;
                // An escape: `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t` or `\uXXXX`.
                match bytes.get(at + 1) {
                    None => return Err(Skimmed::Incomplete),
                    Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => at += 2,
                    Some(b'u') => {
                        let digits = bytes.get(at + 2..at + 6).ok_or(Skimmed::Incomplete)?;
                        if !digits.iter().all(u8::is_ascii_hexdigit) {
                            return Err(Skimmed::Invalid);
                        }
                        at += 6;
                    }
                    Some(_) => return Err(Skimmed::Invalid),
                }
                at = find_special(bytes, at).ok_or(Skimmed::Incomplete)?;
            }
        }
    }
}

/// Every byte set to 1.
const ONES: u64 = u64::from_le_bytes([1; 8]);
/// Every byte's high bit.
const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);

/// A high bit in each byte of `word` that equals `byte`: the lowest such bit is exact, bits
/// above it may be false positives, which the caller never looks at.
fn bytes_equal(word: u64, byte: u8) -> u64 {
    let difference = word ^ (ONES * u64::from(byte));
    difference.wrapping_sub(ONES) & !difference & HIGHS
}

/// A high bit in each byte of `word` below `0x20` (exact for the lowest, as above).
fn control_bytes(word: u64) -> u64 {
    word.wrapping_sub(ONES * 0x20) & !word & HIGHS
}

/// The first `"`, `\` or control character at or after `at`: sixteen bytes at a time with SSE2
/// where there is room, then eight at a time in a `u64`, then byte by byte. Strings in records
/// are short, so this beats a call to `memchr3` (serde_json's own scan goes eight at a time).
#[inline(always)]
fn find_special(bytes: &[u8], mut at: usize) -> Option<usize> {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    while let Some(chunk) = bytes.get(at..at + 16) {
        let mask = sse2::special_bytes(chunk.try_into().expect("sixteen bytes"));
        if mask != 0 {
            return Some(at + mask.trailing_zeros() as usize);
        }
        at += 16;
    }
    find_special_by_words(bytes, at)
}

/// [`find_special`] eight bytes at a time in a `u64`, then byte by byte: all of it where there
/// is no SSE2, the last few bytes where there is. Inlined as the loop above is: strings near
/// the end of the text (a nested object's last members) go through here.
#[inline(always)]
fn find_special_by_words(bytes: &[u8], mut at: usize) -> Option<usize> {
    while let Some(chunk) = bytes.get(at..at + 8) {
        let found = special_bytes(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let rest = bytes.get(at..)?;
    rest.iter()
        .position(|&byte| matches!(byte, b'"' | b'\\' | 0..0x20))
        .map(|found| at + found)
}

/// A high bit in each byte of `word` that is `"`, `\` or a control character (exact for the
/// lowest such byte, as [`bytes_equal`] says).
fn special_bytes(word: u64) -> u64 {
    bytes_equal(word, b'"') | bytes_equal(word, b'\\') | control_bytes(word)
}

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod sse2 {
    use safe_arch::{
        cmp_eq_mask_i8_m128i, load_unaligned_m128i, min_u8_m128i, move_mask_i8_m128i,
        set_splat_i8_m128i,
    };

    /// One bit for each of the sixteen bytes that is `"`, `\` or a control character.
    pub(super) fn special_bytes(chunk: &[u8; 16]) -> u32 {
        let bytes = load_unaligned_m128i(chunk);
        let quote = cmp_eq_mask_i8_m128i(bytes, set_splat_i8_m128i(b'"' as i8));
        let backslash = cmp_eq_mask_i8_m128i(bytes, set_splat_i8_m128i(b'\\' as i8));
        // Below 0x20 exactly where the unsigned minimum with 0x1F leaves the byte as it is.
        let control = cmp_eq_mask_i8_m128i(min_u8_m128i(bytes, set_splat_i8_m128i(0x1F)), bytes);
        move_mask_i8_m128i(quote | backslash | control) as u32
    }
}

/// Where the value starting at `start`, other than a string, ends.
fn nonstring_end(bytes: &[u8], start: usize) -> Result<usize, Skimmed> {
    match bytes.get(start) {
        None => Err(Skimmed::Incomplete),
        Some(b'{' | b'[') => container_end(bytes, start),
        Some(_) => scalar_end(bytes, start),
    }
}

/// Where the number, `true`, `false` or `null` starting at `start` ends.
fn scalar_end(bytes: &[u8], start: usize) -> Result<usize, Skimmed> {
    match bytes[start] {
        b't' => literal_end(bytes, start, b"true"),
        b'f' => literal_end(bytes, start, b"false"),
        b'n' => literal_end(bytes, start, b"null"),
        b'-' | b'0'..=b'9' => number_end(bytes, start),
        _ => Err(Skimmed::Invalid),
    }
}

fn literal_end(bytes: &[u8], start: usize, literal: &[u8]) -> Result<usize, Skimmed> {
    let end = start + literal.len();
    match bytes.get(start..end) {
        Some(found) if found == literal => Ok(end),
        Some(_) => Err(Skimmed::Invalid),
        None if literal.starts_with(&bytes[start..]) => Err(Skimmed::Incomplete),
        None => Err(Skimmed::Invalid),
    }
}

/// A number as JSON spells it: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
fn number_end(bytes: &[u8], start: usize) -> Result<usize, Skimmed> {
    let digits = |at: usize| {
        bytes[at.min(bytes.len())..]
            .iter()
            .take_while(|byte| byte.is_ascii_digit())
            .count()
    };
    let mut at = start;
    if bytes[at] == b'-' {
        at += 1;
    }
    match bytes.get(at) {
        None => return Err(Skimmed::Incomplete),
        Some(b'0') => at += 1,
        Some(b'1'..=b'9') => at += digits(at),
        Some(_) => return Err(Skimmed::Invalid),
    }
    if bytes.get(at) == Some(&b'.') {
        let fraction = digits(at + 1);
        if fraction == 0 {
            return Err(if at + 1 >= bytes.len() {
                Skimmed::Incomplete
            } else {
                Skimmed::Invalid
            });
        }
        at += 1 + fraction;
    }
    if let Some(b'e' | b'E') = bytes.get(at) {
        at += 1;
        if let Some(b'+' | b'-') = bytes.get(at) {
            at += 1;
        }
        let exponent = digits(at);
        if exponent == 0 {
            return Err(if at >= bytes.len() {
                Skimmed::Incomplete
            } else {
                Skimmed::Invalid
            });
        }
        at += exponent;
    }
    // A number ends the text only if more may follow: the caller cannot know it is whole.
    if at >= bytes.len() {
        return Err(Skimmed::Incomplete);
    }
    Ok(at)
}

/// Where the object or array starting at `start` ends, checking its grammar as serde_json
/// would: keys are strings followed by `:`, members and elements are separated by `,` (none
/// trailing), brackets match, and every value is well formed.
///
/// It reads a value, then what may follow one (`,` or a closing bracket), and so on: one
/// pass, with one bit per open container instead of a stack of states.
fn container_end(bytes: &[u8], start: usize) -> Result<usize, Skimmed> {
    // One bit per open container, innermost lowest: 1 for an object, 0 for an array.
    let mut stack: u64 = 0;
    let mut depth: u32 = 0;
    let mut at = start;
    loop {
        // A value starts at `at`.
        match bytes.get(at) {
            Some(&open @ (b'{' | b'[')) => {
                if depth == MAX_DEPTH {
                    return Err(Skimmed::Invalid);
                }
                let object = open == b'{';
                stack = (stack << 1) | u64::from(object);
                depth += 1;
                let close = if object { b'}' } else { b']' };
                let first;
                (at, first) = significant(bytes, at + 1);
                match first {
                    // Empty: the loop below closes it.
                    Some(byte) if byte == close => {}
                    Some(_) if object => {
                        at = member_key(bytes, at)?.2;
                        continue;
                    }
                    Some(_) => continue,
                    None => return Err(Skimmed::Incomplete),
                }
            }
            Some(b'"') => at = string_end(bytes, at)?.0,
            Some(_) => at = scalar_end(bytes, at)?,
            None => return Err(Skimmed::Incomplete),
        }
        // A value ended at `at`: close every container that ends here, then go on to the
        // next value.
        loop {
            let next;
            (at, next) = significant(bytes, at);
            let object = stack & 1 == 1;
            match next {
                Some(b',') => {
                    at = significant(bytes, at + 1).0;
                    if object {
                        at = member_key(bytes, at)?.2;
                    }
                    break;
                }
                Some(byte) if byte == if object { b'}' } else { b']' } => {
                    stack >>= 1;
                    depth -= 1;
                    at += 1;
                    if depth == 0 {
                        return Ok(at);
                    }
                }
                Some(_) => return Err(Skimmed::Invalid),
                None => return Err(Skimmed::Incomplete),
            }
        }
    }
}

/// Reads a member's key from `at` and the `:` after it: where the key ends (after its closing
/// quote), whether it holds an escape, and where the member's value starts. Inlined into both
/// callers: a call here costs a member as much as reading its key.
#[inline(always)]
fn member_key(bytes: &[u8], at: usize) -> Result<(usize, bool, usize), Skimmed> {
    match bytes.get(at) {
        Some(b'"') => {}
        Some(_) => return Err(Skimmed::Invalid),
        None => return Err(Skimmed::Incomplete),
    }
    let (key_end, key_escaped) = string_end(bytes, at)?;
    match significant(bytes, key_end) {
        (colon, Some(b':')) => Ok((key_end, key_escaped, significant(bytes, colon + 1).0)),
        (_, Some(_)) => Err(Skimmed::Invalid),
        (_, None) => Err(Skimmed::Incomplete),
    }
}

#[cfg(test)]
mod tests;
