//! [`DeliveryFormat`]: what a reader found a delivery to be: gzip or not, its layout and its
//! content.

use std::fmt;

/// What a reader found its delivery to be, as far as it has read.
///
/// ```
/// use ecd_events::records::{Content, Layout, RecordReader};
///
/// let mut reader = RecordReader::new(&br#"[{"__topic__":"actiontrail_event","event":"{}"}]"#[..]);
/// let _ = reader.next();
/// let format = reader.format();
/// assert!(!format.gzip);
/// assert_eq!(format.layout, Some(Layout::JsonArray));
/// assert_eq!(format.content, Some(Content::SlsLogs));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct DeliveryFormat {
    /// Whether the content was gzip-compressed.
    pub gzip: bool,
    /// How the first values were laid out; `None` before any was read.
    pub layout: Option<Layout>,
    /// What the values are; `None` before one was read.
    pub content: Option<Content>,
}

/// How the values of a delivery are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Layout {
    /// JSON objects one after another, usually one per line (JSON Lines).
    JsonLines,
    /// A JSON array of objects, as in an OSS object.
    JsonArray,
}

/// What the values of a delivery are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Content {
    /// ActionTrail records.
    Records,
    /// Log Service logs carrying a record as a JSON string in `event`.
    SlsLogs,
}

impl DeliveryFormat {
    /// A format, to write a delivery in (the fixtures do).
    ///
    /// ```
    /// use ecd_events::records::{Content, DeliveryFormat, Layout};
    ///
    /// let oss = DeliveryFormat::new(Layout::JsonArray, Content::Records, true);
    /// assert_eq!(oss.to_string(), "gzip JSON array of records");
    /// ```
    pub fn new(layout: Layout, content: Content, gzip: bool) -> Self {
        DeliveryFormat {
            gzip,
            layout: Some(layout),
            content: Some(content),
        }
    }
}

impl fmt::Display for DeliveryFormat {
    /// `gzip JSON array of records`, `JSON Lines of SLS logs`, ...
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.gzip {
            f.write_str("gzip ")?;
        }
        f.write_str(match self.layout {
            Some(Layout::JsonArray) => "JSON array",
            Some(Layout::JsonLines) => "JSON Lines",
            None => "empty",
        })?;
        match self.content {
            Some(Content::Records) => f.write_str(" of records"),
            Some(Content::SlsLogs) => f.write_str(" of SLS logs"),
            None => Ok(()),
        }
    }
}
