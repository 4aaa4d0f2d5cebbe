//! Which objects a question needs, from their names alone.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};

use crate::layout::{OBJECT_TIME_SLACK, ObjectKey};

/// The times and regions a question asks about. Nothing known: everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Window {
    /// No record before this time.
    pub since: Option<DateTime<Utc>>,
    /// No record after this time (inclusive: an exclusive bound given here costs at most an
    /// object more).
    pub until: Option<DateTime<Utc>>,
    /// Only these regions, lowercase; `None`: any.
    pub regions: Option<BTreeSet<String>>,
}

impl Window {
    /// Whether it bounds nothing.
    pub fn is_everything(&self) -> bool {
        *self == Window::default()
    }

    /// Whether an object of this name may hold records within the window: its region is
    /// among the window's (ignoring case), and its time within the window widened by
    /// [`OBJECT_TIME_SLACK`]. `None` (a name that is not an ActionTrail object's): always.
    ///
    /// ```
    /// use ecd_bucket::{ObjectKey, Window};
    ///
    /// let window = Window {
    ///     since: Some("2025-03-04T00:00:00Z".parse().unwrap()),
    ///     until: Some("2025-03-04T23:59:59Z".parse().unwrap()),
    ///     regions: Some(["cn-hangzhou".to_owned()].into()),
    /// };
    /// let object = |name| ObjectKey::parse(name);
    /// assert!(window.may_hold(object("Actiontrail_cn-hangzhou_20250304120500_1002_1_1_x.gz").as_ref()));
    /// // Within the hour of slack.
    /// assert!(window.may_hold(object("Actiontrail_cn-hangzhou_20250305003000_1002_1_1_x.gz").as_ref()));
    /// assert!(!window.may_hold(object("Actiontrail_cn-hangzhou_20250305013000_1002_1_1_x.gz").as_ref()));
    /// assert!(!window.may_hold(object("Actiontrail_cn-shanghai_20250304120500_1002_1_1_x.gz").as_ref()));
    /// assert!(window.may_hold(None));
    /// ```
    pub fn may_hold(&self, object: Option<&ObjectKey>) -> bool {
        let Some(object) = object else {
            return true;
        };
        self.regions
            .as_ref()
            .is_none_or(|regions| regions.contains(&object.region.to_ascii_lowercase()))
            && self
                .since
                .is_none_or(|since| object.time + OBJECT_TIME_SLACK >= since)
            && self
                .until
                .is_none_or(|until| object.time - OBJECT_TIME_SLACK <= until)
    }
}
