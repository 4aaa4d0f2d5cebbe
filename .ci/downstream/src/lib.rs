//! An alert rule, written against ecd-events' documented API only.
#![no_std]

use ecd_events::{Access, Category, EcdEvent, Tag};

/// Whether an audit service should page someone for `name`.
pub fn pages(name: &str) -> bool {
    match EcdEvent::from_name(name) {
        Some(EcdEvent::RunCommand) => true,
        Some(event) => {
            event.access() == Access::Write
                && (event.has_tag(Tag::Destructive)
                    || event.has_tag(Tag::Credential)
                    || event.category() == Category::Security)
        }
        None => false,
    }
}
