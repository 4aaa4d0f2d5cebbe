//! The readers' fast paths judge any text as serde_json does: where the skimmer says an object
//! ends, serde_json's first value ends; where it says the text is cut short, serde_json
//! reaches the end (or stops inside a number, which more text could complete); and a record
//! the fast path reads is the record serde reads, of the same length. (Where a fast path
//! gives up, serde reads the record anyway: that is never wrong, only slower.)
#![no_main]

use ecd_events::records::fuzzing::{self, Fast};
use ecd_events::records::{LazyRecord, Record};
use libfuzzer_sys::fuzz_target;
use serde::Deserialize;
use serde::de::IgnoredAny;

/// serde_json's first value of type `T` in `text` and its length, or whether it ran out of
/// text (`Err(true)`) or found an error (`Err(false)`).
fn serde_first<'a, T: Deserialize<'a>>(text: &'a str) -> Result<(T, usize), bool> {
    let mut values = serde_json::Deserializer::from_str(text).into_iter::<T>();
    match values.next() {
        Some(Ok(value)) => Ok((value, values.byte_offset())),
        Some(Err(error)) => Err(error.is_eof()),
        None => Err(true),
    }
}

/// Whether `text` ends inside a number's sign, point or exponent, which serde_json calls an
/// error and the skimmer a cut.
fn ends_in_a_number(text: &str) -> bool {
    matches!(
        text.as_bytes().last(),
        Some(b'-' | b'+' | b'.' | b'e' | b'E')
    )
}

/// Checks a fast path's reading of `text` against serde's, comparing values with `same`.
/// `syntax_only`: serde checks nothing but the JSON, so it must also agree on where the JSON
/// is cut; a record's fields may fail serde before the cut (a key given twice), where the
/// fast path waits for the rest of the text.
fn check<'a, T: Deserialize<'a> + std::fmt::Debug>(
    text: &'a str,
    fast: Fast<T>,
    syntax_only: bool,
    same: impl Fn(&T, &T) -> bool,
) {
    let serde = serde_first::<T>(text);
    match (fast, serde) {
        (Fast::Whole(value, length), Ok((expected, expected_length))) => {
            assert_eq!(length, expected_length, "{text:?}");
            assert!(same(&value, &expected), "{value:?}\n{expected:?}\n{text:?}");
        }
        (Fast::Whole(value, _), Err(_)) => panic!("read {value:?}, serde fails: {text:?}"),
        (Fast::Incomplete, Ok(_)) => panic!("cut short, serde reads it: {text:?}"),
        (Fast::Incomplete, Err(false)) if syntax_only && !ends_in_a_number(text) => {
            panic!("cut short, serde finds an error: {text:?}")
        }
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // The readers give the skimmer text from a record's `{` on.
    if !text.starts_with('{') {
        return;
    }
    check::<IgnoredAny>(text, fuzzing::skim_object(text), true, |_, _| true);
    check::<Record>(text, fuzzing::skim_record(text), false, |a, b| a == b);
    check::<LazyRecord>(text, fuzzing::skim_lazy(text), false, |a, b| {
        (
            &a.event_id,
            &a.event_name,
            &a.event_time,
            a.event_rw,
            &a.identity_type,
            a.is_error(),
        ) == (
            &b.event_id,
            &b.event_name,
            &b.event_time,
            b.event_rw,
            &b.identity_type,
            b.is_error(),
        )
    });
});
