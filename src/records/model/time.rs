//! [`TimeError`]: a time field that is not RFC 3339.

use std::fmt;

use chrono::{DateTime, Utc};

/// A time field of a record (`eventTime`) that does not parse as RFC 3339.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeError {
    field: &'static str,
    text: String,
    reason: chrono::ParseError,
}

/// `text` as an RFC 3339 time in UTC, or `None`; builds no error.
pub(crate) fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|time| time.with_timezone(&Utc))
}

impl TimeError {
    /// Parses `text`, the value of `field`, as an RFC 3339 time in UTC.
    pub(crate) fn parse(field: &'static str, text: &str) -> Result<DateTime<Utc>, TimeError> {
        DateTime::parse_from_rfc3339(text)
            .map(|time| time.with_timezone(&Utc))
            .map_err(|reason| TimeError {
                field,
                text: text.chars().take(64).collect(),
                reason,
            })
    }
}

impl fmt::Display for TimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} `{}` is not an RFC 3339 time: {}",
            self.field,
            self.text.escape_debug(),
            self.reason
        )
    }
}

impl std::error::Error for TimeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.reason)
    }
}
