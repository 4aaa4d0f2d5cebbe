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
mod tests {
    use proptest::prelude::*;
    use serde::de::IgnoredAny;
    use serde_json::Value;

    use super::*;

    fn skim(text: &str) -> (Skimmed, Vec<(String, String)>) {
        let mut members = Vec::new();
        let skimmed = object(text, |member| {
            members.push((member.key.to_owned(), member.value.to_owned()));
            true
        });
        (skimmed, members)
    }

    #[test]
    fn finds_every_member_and_where_the_object_ends() {
        let text =
            r#"{ "a" : "x\"y" , "b":[1,{"c":[true,false,null]}],"d":-1.5e+3,"e":{}}  {"next":1}"#;
        let (skimmed, members) = skim(text);
        assert_eq!(skimmed, Skimmed::Object(text.find("  {").unwrap()));
        assert_eq!(
            members,
            [
                ("a".into(), r#""x\"y""#.into()),
                ("b".into(), r#"[1,{"c":[true,false,null]}]"#.into()),
                ("d".into(), "-1.5e+3".into()),
                ("e".into(), "{}".into()),
            ]
        );
        assert_eq!(skim("{}").0, Skimmed::Object(2));
    }

    #[test]
    fn every_cut_of_an_object_is_incomplete() {
        let text = r#"{"a":"x\u00e9y","b":[1,{"c":[true,false,null]}],"d":-1.5e+3,"e":{}}"#;
        for cut in 0..text.len() {
            assert_eq!(
                skim(&text[..cut]).0,
                if cut == 0 {
                    Skimmed::Invalid
                } else {
                    Skimmed::Incomplete
                },
                "{}",
                &text[..cut]
            );
        }
    }

    #[test]
    fn damage_that_moves_a_record_end_is_invalid() {
        for text in [
            r#"{"a":"x
"}"#,
            r#"{"a":1,}"#,
            r#"{"a" 1}"#,
            r#"{"a":[1}"#,
            r#"{"a":{1]}"#,
            r#"{"a":01}"#,
            r#"{"a":tru}"#,
            r#"{"a":"\x"}"#,
            r#"{"a":"\u12G4"}"#,
            r#"{"a":1 "b":2}"#,
            r#"{"a":{"b" 1}}"#,
            r#"{"a":{"b":1,}}"#,
            r#"{"a":[1,,2]}"#,
            r#"{"a":[1 2]}"#,
            r#"{"a":{1:2}}"#,
            r#"{"a":[,]}"#,
            r#"{a:1}"#,
            r#"["a"]"#,
        ] {
            assert_eq!(skim(text).0, Skimmed::Invalid, "{text}");
        }
    }

    #[test]
    fn the_first_special_byte_is_found_wherever_it_is() {
        // Each special byte, and the ordinary bytes nearest to them (0x20 just above the
        // control characters, bytes with the high bit set that a signed compare would take
        // for negative), at every position of texts long enough for each way of scanning.
        let specials = [b'"', b'\\', 0x00, 0x0A, 0x1F];
        let ordinary = [b' ', b'!', b'#', b'[', b']', 0x7F, 0x80, 0x9F, 0xC3, 0xFF];
        for &filler in &ordinary {
            for length in 0..40 {
                let mut bytes = vec![filler; length];
                for start in 0..=length {
                    assert_eq!(find_special(&bytes, start), None, "{bytes:?} from {start}");
                    assert_eq!(find_special_by_words(&bytes, start), None);
                }
                for place in 0..length {
                    for &special in &specials {
                        bytes[place] = special;
                        for start in 0..=length {
                            let expected = (start <= place).then_some(place);
                            assert_eq!(find_special(&bytes, start), expected, "{bytes:?}");
                            assert_eq!(find_special_by_words(&bytes, start), expected);
                        }
                        bytes[place] = filler;
                    }
                }
            }
        }
    }

    /// JSON objects nested a few levels, written compactly or with whitespace.
    fn json_object() -> impl Strategy<Value = String> {
        let scalar = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            (-1e6..1e6f64).prop_map(Value::from),
            "[a-zA-Z0-9 ._\\-\"é/]{0,24}".prop_map(Value::from),
        ];
        let value = scalar.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
                prop::collection::btree_map("[a-zA-Z\"]{0,8}", inner, 0..6)
                    .prop_map(|map| Value::Object(map.into_iter().collect())),
            ]
        });
        (
            prop::collection::btree_map("[a-zA-Z]{1,8}", value, 0..6),
            any::<bool>(),
        )
            .prop_map(|(map, pretty)| {
                let object = Value::Object(map.into_iter().collect());
                if pretty {
                    serde_json::to_string_pretty(&object).unwrap()
                } else {
                    serde_json::to_string(&object).unwrap()
                }
            })
    }

    /// The bytes that change what JSON means.
    const DAMAGE: &[u8] = b"\"\\{}[]:, \n1-.eE+tnu";

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        /// The skimmer says a record ends where serde_json's first value ends, that the text
        /// is cut short where serde_json reaches its end, and that it is damaged where
        /// serde_json finds an error: on objects, then damaged and cut.
        #[test]
        fn the_skimmer_judges_json_as_serde_json_does(
            text in json_object(),
            damage in prop::collection::vec((any::<prop::sample::Index>(), prop::sample::select(DAMAGE)), 0..3),
            cut in any::<prop::sample::Index>(),
            cut_it in any::<bool>(),
            tail in prop::sample::select(&["", " ", "\n{", "x", "1"][..]),
        ) {
            let mut bytes = text.into_bytes();
            for (place, byte) in damage {
                let place = place.index(bytes.len());
                bytes[place] = byte;
            }
            if cut_it {
                bytes.truncate(cut.index(bytes.len() + 1));
            } else {
                bytes.extend_from_slice(tail.as_bytes());
            }
            // Damage may split a character, where the reader puts NULs; lossy does as well.
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let mut values = serde_json::Deserializer::from_str(&text).into_iter::<IgnoredAny>();
            // The readers give the skimmer text from a record's `{` on.
            let expected = match values.next() {
                _ if !text.starts_with('{') => Skimmed::Invalid,
                Some(Ok(_)) => Skimmed::Object(values.byte_offset()),
                Some(Err(error)) if error.is_eof() => Skimmed::Incomplete,
                _ => Skimmed::Invalid,
            };
            let skimmed = object(&text, |_| true);
            // Entering every object value on the way judges the same.
            prop_assert_eq!(object_entering(&text, &mut EnterEvery), skimmed, "entering: {}", &text);
            // serde_json calls a number cut in its sign, point or exponent invalid; it is cut
            // short like any other value, and more text may complete it.
            let cut_number = matches!(text.as_bytes().last(), Some(b'-' | b'+' | b'.' | b'e' | b'E'));
            if !(cut_number && skimmed == Skimmed::Incomplete) {
                prop_assert_eq!(skimmed, expected, "{}", text);
            }
        }
    }

    /// Enters every object value and takes every member.
    struct EnterEvery;

    impl<'a> Members<'a> for EnterEvery {
        fn member(&mut self, _: Member<'a>) -> bool {
            true
        }

        fn enters(&mut self, _: &str) -> bool {
            true
        }

        fn entered(&mut self, _: Member<'a>) -> bool {
            true
        }
    }

    /// Records what `object_entering` hands over, in order, entering the values of `enter`.
    struct Recorder {
        enter: &'static str,
        seen: Vec<String>,
    }

    impl<'a> Members<'a> for Recorder {
        fn member(&mut self, member: Member<'a>) -> bool {
            self.seen.push(format!("{}={}", member.key, member.value));
            true
        }

        fn enters(&mut self, key: &str) -> bool {
            key == self.enter
        }

        fn entered(&mut self, member: Member<'a>) -> bool {
            self.seen.push(format!("  {}={}", member.key, member.value));
            member.key != "stop"
        }
    }

    #[test]
    fn an_entered_object_gives_its_members_before_itself() {
        let text = r#"{"a":{"b":1,"c":{"d":[2]}},"e":"x","f":{"g":3}} tail"#;
        let mut recorder = Recorder {
            enter: "a",
            seen: Vec::new(),
        };
        assert_eq!(
            object_entering(text, &mut recorder),
            Skimmed::Object(text.len() - " tail".len())
        );
        let expected = [
            "  b=1",
            r#"  c={"d":[2]}"#,
            r#"a={"b":1,"c":{"d":[2]}}"#,
            r#"e="x""#,
            r#"f={"g":3}"#,
        ];
        assert_eq!(recorder.seen, expected);

        // Only object values are entered; a reader that gives up inside stops the skim.
        let mut recorder = Recorder {
            enter: "a",
            seen: Vec::new(),
        };
        assert_eq!(
            object_entering(r#"{"a":[1]}"#, &mut recorder),
            Skimmed::Object(9)
        );
        assert_eq!(recorder.seen, ["a=[1]"]);
        let stops = r#"{"a":{"stop":1,"b":2},"c":3}"#;
        assert_eq!(object_entering(stops, &mut recorder), Skimmed::Invalid);
        // Cut inside the entered object, the text may still be completed.
        assert_eq!(
            object_entering(r#"{"a":{"b":"#, &mut recorder),
            Skimmed::Incomplete
        );
    }

    #[test]
    fn plain_strings_are_borrowed_and_escaped_ones_left_to_serde() {
        let mut plain = Vec::new();
        let text = r#"{"a":"cn-hangzhou","b":"a\"b","c":12,"d":null,"e":"","f":["x"]}"#;
        object(text, |member| {
            plain.push(member.plain_string());
            true
        });
        assert_eq!(
            plain,
            [Some("cn-hangzhou"), None, None, None, Some(""), None]
        );
    }
}
