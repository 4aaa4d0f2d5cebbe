//! Looking events up by name: every name is found, exactly; nothing else is, and bad input
//! never panics.

use ecd_events::{EcdEvent, UnknownEventName};

#[test]
fn every_event_round_trips_through_its_name() {
    for &event in EcdEvent::ALL {
        let name = event.as_str();
        assert_eq!(EcdEvent::from_name(name), Some(event), "{name}");
        assert_eq!(name.parse::<EcdEvent>(), Ok(event), "{name}");
        assert_eq!(EcdEvent::try_from(name), Ok(event), "{name}");
        assert_eq!(event.to_string(), name);
        assert_eq!(event.as_ref(), name);
        assert_eq!(<&'static str>::from(event), name);
        assert_eq!(
            format!("{event:?}"),
            name,
            "Debug shows the variant, named as the event"
        );
    }
}

#[test]
fn lookup_does_not_depend_on_where_the_name_is_stored() {
    for &event in EcdEvent::ALL {
        let copy = String::from(event.as_str());
        assert_eq!(EcdEvent::from_name(&copy), Some(event));
        let inside = format!("[{}]", event.as_str());
        assert_eq!(
            EcdEvent::from_name(&inside[1..inside.len() - 1]),
            Some(event)
        );
    }
}

#[test]
fn every_event_round_trips_through_its_code() {
    for &event in EcdEvent::ALL {
        assert_eq!(EcdEvent::from_code(event.code()), Some(event));
    }
}

#[test]
fn names_are_case_sensitive() {
    for &event in EcdEvent::ALL {
        let lower = event.as_str().to_ascii_lowercase();
        let upper = event.as_str().to_ascii_uppercase();
        assert_eq!(EcdEvent::from_name(&lower), None, "{lower}");
        assert_eq!(EcdEvent::from_name(&upper), None, "{upper}");
    }
}

#[test]
fn ignoring_ascii_case_finds_every_event_in_any_case() {
    for &event in EcdEvent::ALL {
        let name = event.as_str();
        let alternating: String = name
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if i % 2 == 0 {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect();
        for variant in [
            name.to_owned(),
            name.to_ascii_lowercase(),
            name.to_ascii_uppercase(),
            alternating,
        ] {
            assert_eq!(
                EcdEvent::from_name_ignore_ascii_case(&variant),
                Some(event),
                "{variant}"
            );
        }
    }
}

#[test]
fn ignoring_case_is_only_about_ascii_letters() {
    // Kelvin sign K (U+212A) lower-cases to `k` in Unicode, but not in ASCII.
    assert_eq!(
        EcdEvent::from_name_ignore_ascii_case("Loc\u{212A}Users"),
        None
    );
    // Setting bit 0x20 maps `@` to a backtick; neither is a letter.
    assert_eq!(EcdEvent::from_name_ignore_ascii_case("RunComm@nd"), None);
    assert_eq!(EcdEvent::from_name_ignore_ascii_case("Run_Command"), None);
}

/// Strings that are not event names, of every kind an audit pipeline meets.
fn hostile_inputs() -> Vec<String> {
    let mut inputs: Vec<String> = [
        "",
        " ",
        "\0",
        "CreateDesktops\0",
        "\0CreateDesktops",
        " CreateDesktops",
        "CreateDesktops ",
        "CreateDesktops\n",
        "\tCreateDesktops",
        "Create Desktops",
        "createdesktops",
        "CREATEDESKTOPS",
        "CreateDesktopś",
        "ＣreateDesktops",
        "CreateDesktops\u{200B}",
        "🙂",
        "ListTerminal",
        "RunInstances",
        "DeleteBucket",
        "ConsoleSignin",
        "AssumeRole",
        "ecd:CreateDesktops",
        "CreateDesktops.1",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    inputs.push("A".repeat(1 << 20));
    inputs.push("CreateDesktops".repeat(1000));
    inputs.push("\u{FFFD}".repeat(100));
    inputs
}

#[test]
fn hostile_input_is_rejected_without_panic() {
    for input in hostile_inputs() {
        let shown: String = input.chars().take(40).collect();
        assert_eq!(EcdEvent::from_name(&input), None, "{shown:?}");
        assert!(input.parse::<EcdEvent>().is_err(), "{shown:?}");
    }
}

#[test]
fn hostile_input_is_rejected_ignoring_case_too() {
    for input in hostile_inputs() {
        let shown: String = input.chars().take(40).collect();
        if input.eq_ignore_ascii_case("createdesktops") {
            continue;
        }
        assert_eq!(
            EcdEvent::from_name_ignore_ascii_case(&input),
            None,
            "{shown:?}"
        );
    }
}

fn linear_scan(name: &str) -> Option<EcdEvent> {
    EcdEvent::ALL
        .iter()
        .copied()
        .find(|event| event.as_str() == name)
}

#[test]
fn prefixes_and_suffixes_of_names_are_found_only_when_they_are_names_too() {
    let mut names_within_names = 0;
    for &event in EcdEvent::ALL {
        let name = event.as_str();
        for cut in 0..name.len() {
            for part in [&name[..cut], &name[cut + 1..]] {
                // Some names extend others: `Renew` and `RenewDesktops`.
                assert_eq!(EcdEvent::from_name(part), linear_scan(part), "{part:?}");
                names_within_names += usize::from(linear_scan(part).is_some());
            }
        }
    }
    assert!(
        names_within_names > 0,
        "the catalogue has names within names"
    );
}

#[test]
fn an_event_is_two_bytes_and_so_is_an_optional_one() {
    assert_eq!(std::mem::size_of::<EcdEvent>(), 2);
    assert_eq!(std::mem::size_of::<Option<EcdEvent>>(), 2);
}

#[test]
fn the_error_names_the_input() {
    let error = "RunInstances".parse::<EcdEvent>().unwrap_err();
    assert_eq!(error.to_string(), "unknown ECD event name `RunInstances`");
    assert_eq!(error.input(), "RunInstances");
    assert!(!error.is_truncated());
}

#[test]
fn the_error_escapes_what_could_forge_or_hide_log_lines() {
    let error = "Evil\nINFO forged\0".parse::<EcdEvent>().unwrap_err();
    assert_eq!(
        error.to_string(),
        "unknown ECD event name `Evil\\nINFO forged\\0`"
    );
    let error = "a\u{2028}b\u{202E}c`d\u{200B}"
        .parse::<EcdEvent>()
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "unknown ECD event name `a\\u{2028}b\\u{202e}c\\u{60}d\\u{200b}`"
    );
    let error = "Ünïcödé stays readable".parse::<EcdEvent>().unwrap_err();
    assert_eq!(
        error.to_string(),
        "unknown ECD event name `Ünïcödé stays readable`"
    );
}

#[test]
fn the_error_message_stays_short_for_huge_input() {
    let huge = "é".repeat(1 << 19);
    let error: UnknownEventName = huge.parse::<EcdEvent>().unwrap_err();
    assert!(error.is_truncated());
    assert!(error.input().len() <= 64);
    assert!(huge.starts_with(error.input()));
    let message = error.to_string();
    assert!(message.len() < 120, "{message}");
    assert!(message.ends_with("…` (1048576 bytes)"), "{message}");
}

#[test]
fn the_error_is_a_std_error() {
    fn assert_error<E: std::error::Error + Send + Sync + 'static>(_: &E) {}
    assert_error(&"x".parse::<EcdEvent>().unwrap_err());
}

#[test]
fn display_honours_width_and_alignment() {
    assert_eq!(format!("[{:<8}]", ecd_events::Access::Read), "[Read    ]");
    assert_eq!(format!("[{:>7}]", EcdEvent::Renew), "[  Renew]");
}
