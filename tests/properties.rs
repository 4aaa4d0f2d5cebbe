//! Property tests: the perfect-hash lookups agree with a plain linear scan of the catalogue on
//! arbitrary strings, including strings one edit away from real names.

use ecd_events::EcdEvent;
use proptest::prelude::*;

fn linear_scan(name: &str) -> Option<EcdEvent> {
    EcdEvent::ALL
        .iter()
        .copied()
        .find(|event| event.as_str() == name)
}

fn linear_scan_ignore_ascii_case(name: &str) -> Option<EcdEvent> {
    EcdEvent::ALL
        .iter()
        .copied()
        .find(|event| event.as_str().eq_ignore_ascii_case(name))
}

/// A catalogue name, then one random edit: replace, insert or delete one byte position, or
/// flip the case of one letter. Edits stay on character boundaries (names are ASCII).
fn near_miss() -> impl Strategy<Value = String> {
    (
        prop::sample::select(EcdEvent::ALL),
        0..4u8,
        any::<prop::sample::Index>(),
        any::<char>(),
    )
        .prop_map(|(event, edit, at, c)| {
            let mut name = event.as_str().to_owned();
            let position = at.index(name.len());
            match edit {
                0 => name.replace_range(position..=position, c.encode_utf8(&mut [0; 4])),
                1 => name.insert(position, c),
                2 => {
                    name.remove(position);
                }
                _ => {
                    let flipped = name.as_bytes()[position] ^ 0x20;
                    if flipped.is_ascii_alphabetic() {
                        name.replace_range(position..=position, &char::from(flipped).to_string());
                    }
                }
            }
            name
        })
}

/// Strings shaped like event names: letters and digits of the right lengths.
fn name_shaped() -> impl Strategy<Value = String> {
    "[A-Za-z][A-Za-z0-9]{3,40}"
}

/// Both perfect-hash lookups give the same answer as a linear scan of the catalogue.
fn lookups_agree_with_linear_scans(name: &str) -> Result<(), TestCaseError> {
    prop_assert_eq!(EcdEvent::from_name(name), linear_scan(name));
    prop_assert_eq!(
        EcdEvent::from_name_ignore_ascii_case(name),
        linear_scan_ignore_ascii_case(name)
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn from_name_agrees_with_a_linear_scan_on_any_string(name in any::<String>()) {
        lookups_agree_with_linear_scans(&name)?;
    }

    #[test]
    fn from_name_agrees_with_a_linear_scan_near_real_names(name in near_miss()) {
        lookups_agree_with_linear_scans(&name)?;
    }

    #[test]
    fn from_name_agrees_with_a_linear_scan_on_name_shaped_strings(name in name_shaped()) {
        lookups_agree_with_linear_scans(&name)?;
    }

    #[cfg(feature = "alloc")]
    #[test]
    fn event_name_keeps_any_string_exactly(name in any::<String>()) {
        let parsed = ecd_events::EventName::parse(&name);
        prop_assert_eq!(parsed.as_str(), name.as_str());
        prop_assert_eq!(parsed.event(), linear_scan(&name));
    }
}
