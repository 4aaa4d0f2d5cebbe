//! Event codes are stable forever: `tests/data/codes.lock` records every code ever given, and
//! the catalogue must agree with it.

use ecd_events::EcdEvent;

const LOCK: &str = include_str!("data/codes.lock");

/// The `(code, name)` lines of the lock file, in file order.
fn locked() -> Vec<(u16, &'static str)> {
    LOCK.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (code, name) = line
                .split_once(' ')
                .unwrap_or_else(|| panic!("codes.lock: `{line}` is not `code name`"));
            let code = code
                .parse()
                .unwrap_or_else(|_| panic!("codes.lock: bad code in `{line}`"));
            (code, name)
        })
        .collect()
}

#[test]
fn the_lock_file_is_append_only_in_code_order_with_no_code_or_name_twice() {
    let locked = locked();
    for pair in locked.windows(2) {
        assert!(
            pair[0].0 < pair[1].0,
            "codes.lock: code {} follows code {}: codes are appended in increasing order and \
             never reused",
            pair[1].0,
            pair[0].0
        );
    }
    let mut names: Vec<&str> = locked.iter().map(|&(_, name)| name).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(names.len(), before, "codes.lock lists a name twice");
}

#[test]
fn every_event_has_the_code_the_lock_file_gave_it() {
    let locked = locked();
    for &event in EcdEvent::ALL {
        let entry = locked.iter().find(|&&(_, name)| name == event.as_str());
        assert_eq!(
            entry,
            Some(&(event.code(), event.as_str())),
            "{event}: its code must be the one in tests/data/codes.lock (a new event: append \
             `{} {event}` there, with the next unused code)",
            event.code()
        );
    }
}

#[test]
fn a_locked_code_belongs_to_its_event_or_to_nobody() {
    for (code, name) in locked() {
        if let Some(event) = EcdEvent::from_code(code) {
            assert_eq!(event.as_str(), name, "code {code} was given to `{name}`");
        }
    }
}

#[test]
fn from_code_knows_exactly_the_catalogue_codes() {
    let known: Vec<EcdEvent> = (0..=u16::MAX).filter_map(EcdEvent::from_code).collect();
    assert_eq!(known.len(), EcdEvent::COUNT);
    for event in known {
        assert_eq!(EcdEvent::from_code(event.code()), Some(event));
    }
}
