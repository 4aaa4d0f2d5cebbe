//! The delivery formats the reader tests try.

use ecd_events::records::{Content, DeliveryFormat, Layout};

/// The eight delivery formats: two layouts, two contents, gzip or not.
pub fn all_formats() -> Vec<DeliveryFormat> {
    let mut formats = Vec::new();
    for gzip in [false, true] {
        for layout in [Layout::JsonLines, Layout::JsonArray] {
            for content in [Content::Records, Content::SlsLogs] {
                formats.push(DeliveryFormat::new(layout, content, gzip));
            }
        }
    }
    formats
}
