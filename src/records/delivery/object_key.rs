//! The names ActionTrail gives the objects it delivers to OSS:
//!
//! ```text
//! [prefix/]AliyunLogs/Actiontrail/[rd/account/]<region>/<YYYY>/<MM>/<DD>/Actiontrail_<region>_<YYYYMMDDHHMMSS>_1002_<count>_<size>_<md5>.gz
//! ```
//!
//! The file name alone carries the region and the time, so an object is recognised by it
//! wherever it was copied to. The tool prunes the files of an archive by it, and a bucket's
//! listing the objects of one.

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};

/// What an object's file name says of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjectKey<'a> {
    /// The region whose events it holds (`"cn-hangzhou"`).
    pub region: &'a str,
    /// When ActionTrail wrote it (UTC).
    pub time: DateTime<Utc>,
}

impl<'a> ObjectKey<'a> {
    /// How far an object's records may lie from the time in its name. ActionTrail writes an
    /// object for each five-minute window and delivers within about ten minutes; an hour
    /// either way keeps every object that may hold a record of a time range, whose records
    /// are then selected by their own `eventTime`.
    pub const TIME_SLACK: chrono::TimeDelta = chrono::TimeDelta::hours(1);

    /// Reads a file name of the layout; `None` for any other name.
    ///
    /// ```
    /// use ecd_events::records::ObjectKey;
    ///
    /// let key = ObjectKey::parse("Actiontrail_ap-southeast-6_20260925070451_1002_4_1146_0123456789abcdef0123456789abcdef.gz").unwrap();
    /// assert_eq!(key.region, "ap-southeast-6");
    /// assert_eq!(key.time.to_rfc3339(), "2026-09-25T07:04:51+00:00");
    /// assert_eq!(ObjectKey::parse("records.jsonl"), None);
    /// ```
    pub fn parse(file_name: &'a str) -> Option<ObjectKey<'a>> {
        let mut parts = file_name.split('_');
        if !parts.next()?.eq_ignore_ascii_case("actiontrail") {
            return None;
        }
        let region = parts.next().filter(|region| !region.is_empty())?;
        let stamp = parts.next().filter(|stamp| stamp.len() == 14)?;
        let time = NaiveDateTime::parse_from_str(stamp, "%Y%m%d%H%M%S").ok()?;
        Some(ObjectKey {
            region,
            time: Utc.from_utc_datetime(&time),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_other_shapes_are_not_objects() {
        for name in [
            "Actiontrail.gz",
            "Actiontrail__20260925070451_1002.gz",
            "Actiontrail_cn-hangzhou_2026092507045_1002.gz",
            "Actiontrail_cn-hangzhou_20261325070451_1002.gz",
            "Other_cn-hangzhou_20260925070451_1002.gz",
        ] {
            assert_eq!(ObjectKey::parse(name), None, "{name}");
        }
    }
}
