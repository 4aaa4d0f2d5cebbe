//! The names ActionTrail gives the objects it delivers to OSS, as ecd-events reads them
//! ([`ecd_events::records::ObjectKey`]), owned for a bucket's listing.

use chrono::{DateTime, Utc};

/// How far an object's records may lie from the time in its name: the library's
/// [`TIME_SLACK`](ecd_events::records::ObjectKey::TIME_SLACK), which `ecd-audit scan` prunes
/// with too.
pub const OBJECT_TIME_SLACK: chrono::TimeDelta = ecd_events::records::ObjectKey::TIME_SLACK;

/// What an object's name says of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjectKey {
    /// The region whose events it holds (`"cn-hangzhou"`).
    pub region: String,
    /// When ActionTrail wrote it (UTC).
    pub time: DateTime<Utc>,
}

impl ObjectKey {
    /// Reads a file name of the layout; `None` for any other name.
    ///
    /// ```
    /// use ecd_bucket::ObjectKey;
    ///
    /// let key = ObjectKey::parse("Actiontrail_ap-southeast-6_20260925070451_1002_4_1146_0123456789abcdef0123456789abcdef.gz").unwrap();
    /// assert_eq!(key.region, "ap-southeast-6");
    /// assert_eq!(key.time.to_rfc3339(), "2026-09-25T07:04:51+00:00");
    /// assert_eq!(ObjectKey::parse("records.jsonl"), None);
    /// ```
    pub fn parse(file_name: &str) -> Option<ObjectKey> {
        let key = ecd_events::records::ObjectKey::parse(file_name)?;
        Some(ObjectKey {
            region: key.region.to_owned(),
            time: key.time,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The owned key says what the library's says, and nothing of another name.
    #[test]
    fn the_owned_key_is_the_librarys() {
        let name = "Actiontrail_cn-shanghai_20250304051500_1002_250_29920_d368d22d43eb8e221eda8e343d6cd9b1.gz";
        let key = ObjectKey::parse(name).unwrap();
        let library = ecd_events::records::ObjectKey::parse(name).unwrap();
        assert_eq!(
            (key.region.as_str(), key.time),
            (library.region, library.time)
        );
        assert_eq!(
            ObjectKey::parse("Other_cn-hangzhou_20260925070451_1002.gz"),
            None
        );
    }
}
