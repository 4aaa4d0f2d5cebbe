//! `--since`, `--until` and `--region`: which objects to open, and which records to audit.

use chrono::{DateTime, NaiveDate, Utc};

use super::ObjectKey;

/// How far an object's records may lie from the time in its name: the library's
/// [`ObjectKey::TIME_SLACK`].
pub const OBJECT_TIME_SLACK: chrono::TimeDelta = ObjectKey::TIME_SLACK;

/// The part of an archive to audit. Empty: all of it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Records at or after this time.
    pub since: Option<DateTime<Utc>>,
    /// Records before this time.
    pub until: Option<DateTime<Utc>>,
    /// Records of these regions (`acsRegion`, in any case); empty: every region.
    pub regions: Vec<String>,
}

impl Selection {
    /// Whether an object of this name may hold records of the selection; objects whose names
    /// are not ActionTrail's are always opened.
    pub fn may_hold(&self, file_name: &str) -> bool {
        let Some(key) = ObjectKey::parse(file_name) else {
            return true;
        };
        self.of_region(Some(key.region))
            && self
                .since
                .is_none_or(|since| key.time + OBJECT_TIME_SLACK >= since)
            && self
                .until
                .is_none_or(|until| key.time - OBJECT_TIME_SLACK < until)
    }

    /// Whether a record of this time and region is selected. A record without a valid time
    /// (`None`) cannot be placed before, in or after the time bounds, so they do not leave it
    /// out: it may be in them, and a record whose time was spoilt must not escape the audit
    /// for it (the scan counts it apart, as without a valid time).
    pub fn holds(&self, time: Option<DateTime<Utc>>, region: Option<&str>) -> bool {
        self.of_region(region)
            && time.is_none_or(|time| {
                self.since.is_none_or(|since| time >= since)
                    && self.until.is_none_or(|until| time < until)
            })
    }

    fn of_region(&self, region: Option<&str>) -> bool {
        self.regions.is_empty()
            || region.is_some_and(|region| {
                self.regions
                    .iter()
                    .any(|wanted| wanted.eq_ignore_ascii_case(region))
            })
    }
}

/// A time bound as given on the command line: RFC 3339 (`2025-03-04T09:00:00+08:00`) or a
/// date (`2025-03-04`, midnight UTC).
///
/// ```
/// use ecd_audit::archive::parse_time_bound;
///
/// assert_eq!(parse_time_bound("2025-03-04")?.to_rfc3339(), "2025-03-04T00:00:00+00:00");
/// assert_eq!(parse_time_bound("2025-03-04T09:00:00+08:00")?.to_rfc3339(), "2025-03-04T01:00:00+00:00");
/// assert!(parse_time_bound("yesterday").is_err());
/// # Ok::<(), String>(())
/// ```
pub fn parse_time_bound(text: &str) -> Result<DateTime<Utc>, String> {
    if let Ok(time) = DateTime::parse_from_rfc3339(text) {
        return Ok(time.with_timezone(&Utc));
    }
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        && let Some(midnight) = date.and_hms_opt(0, 0, 0)
    {
        return Ok(midnight.and_utc());
    }
    Err(format!(
        "`{text}` is neither an RFC 3339 time (2025-03-04T09:00:00Z) nor a date (2025-03-04)"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const OBJECT: &str = "Actiontrail_cn-hangzhou_20250304120000_1002_4_1146_x.gz";

    fn at(text: &str) -> Option<DateTime<Utc>> {
        Some(parse_time_bound(text).unwrap())
    }

    #[test]
    fn objects_are_kept_within_the_slack_of_the_bounds() {
        let selection = |since: &str, until: &str| Selection {
            since: at(since),
            until: at(until),
            regions: Vec::new(),
        };
        assert!(selection("2025-03-04T12:59:59Z", "2025-03-05").may_hold(OBJECT));
        assert!(!selection("2025-03-04T13:00:01Z", "2025-03-05").may_hold(OBJECT));
        assert!(selection("2025-03-03", "2025-03-04T11:00:01Z").may_hold(OBJECT));
        assert!(!selection("2025-03-03", "2025-03-04T11:00:00Z").may_hold(OBJECT));
    }

    #[test]
    fn objects_of_other_regions_are_pruned_and_other_names_kept() {
        let selection = Selection {
            regions: vec!["cn-shanghai".into()],
            ..Selection::default()
        };
        assert!(!selection.may_hold(OBJECT));
        assert!(selection.may_hold("records.jsonl"));
        assert!(selection.holds(None, Some("cn-shanghai")));
        assert!(!selection.holds(None, None));
    }

    #[test]
    fn records_without_a_time_are_left_out_by_no_time_bound_but_by_region() {
        let bounded = Selection {
            since: at("2025-03-04"),
            until: at("2025-03-05"),
            regions: vec!["cn-shanghai".into()],
        };
        assert!(bounded.holds(None, Some("cn-shanghai")));
        assert!(!bounded.holds(None, Some("cn-hangzhou")));
        assert!(!bounded.holds(at("2025-03-05"), Some("cn-shanghai")));
        assert!(Selection::default().holds(None, None));
    }
}
