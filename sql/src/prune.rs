//! Which objects a query's filters leave out, from their names alone.
//!
//! A filter on `event_time`, `date` or `region` bounds the times and regions a query can
//! return. An object named as ActionTrail names them ([`ObjectKey`]) holds its region's
//! records of the five minutes before the time in its name, delivered within about ten: one
//! whose time lies more than [`OBJECT_TIME_SLACK`](crate::OBJECT_TIME_SLACK) outside the bounds, or whose region is not
//! among them, holds no record the query could return and is not opened. Files of other
//! names are always read. The filters are still applied to every record read (the pushdown is
//! `Inexact`), so pruning decides only what is opened, never what is returned.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use datafusion::common::ScalarValue;
use datafusion::logical_expr::{Between, BinaryExpr, Expr, Operator};

use crate::columns::Column;
use ecd_bucket::{ObjectKey, Window};

/// The times and regions a query's filters allow. Nothing known: everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bounds {
    /// No record before this time.
    pub since: Option<DateTime<Utc>>,
    /// No record after this time (inclusive: an exclusive bound is widened to it, which
    /// costs at most an object more).
    pub until: Option<DateTime<Utc>>,
    /// Only these regions (lowercase); `None`: any.
    pub regions: Option<BTreeSet<String>>,
}

impl Bounds {
    /// What all of `filters` (a conjunction, as DataFusion hands them to a scan) allow.
    pub fn from_filters(filters: &[Expr]) -> Bounds {
        filters
            .iter()
            .filter_map(Bounds::of)
            .fold(Bounds::default(), Bounds::and)
    }

    /// What one filter allows, or `None` if it says nothing this module understands of the
    /// time or the region (then it is not pushed down).
    pub fn of(filter: &Expr) -> Option<Bounds> {
        match filter {
            Expr::BinaryExpr(BinaryExpr { left, op, right }) => match op {
                Operator::And => match (Bounds::of(left), Bounds::of(right)) {
                    (Some(left), Some(right)) => Some(left.and(right)),
                    (one, other) => one.or(other),
                },
                // Either side may hold: only what both bound is bounded.
                Operator::Or => Some(Bounds::of(left)?.or(Bounds::of(right)?)),
                _ => comparison(left, *op, right).or_else(|| comparison(right, op.swap()?, left)),
            },
            Expr::Between(Between {
                expr,
                negated: false,
                low,
                high,
            }) => Some(comparison(expr, Operator::GtEq, low)?.and(comparison(
                expr,
                Operator::LtEq,
                high,
            )?)),
            Expr::InList(list) if !list.negated && column(&list.expr) == Some(Column::Region) => {
                let regions = list
                    .list
                    .iter()
                    .map(text)
                    .collect::<Option<BTreeSet<_>>>()?;
                Some(Bounds {
                    regions: Some(regions),
                    ..Bounds::default()
                })
            }
            _ => None,
        }
    }

    /// Both: the narrower bounds.
    pub fn and(self, other: Bounds) -> Bounds {
        Bounds {
            since: self.since.max(other.since),
            until: match (self.until, other.until) {
                (Some(one), Some(other)) => Some(one.min(other)),
                (one, other) => one.or(other),
            },
            regions: match (self.regions, other.regions) {
                (Some(one), Some(other)) => Some(one.intersection(&other).cloned().collect()),
                (one, other) => one.or(other),
            },
        }
    }

    /// Either: the wider bounds.
    pub fn or(self, other: Bounds) -> Bounds {
        Bounds {
            since: self
                .since
                .zip(other.since)
                .map(|(one, other)| one.min(other)),
            until: self
                .until
                .zip(other.until)
                .map(|(one, other)| one.max(other)),
            regions: self
                .regions
                .zip(other.regions)
                .map(|(one, other)| one.union(&other).cloned().collect()),
        }
    }

    /// The same bounds, as a bucket's listing takes them.
    pub fn window(&self) -> Window {
        Window {
            since: self.since,
            until: self.until,
            regions: self.regions.clone(),
        }
    }

    /// Whether a delivery of this name may hold records within the bounds; `None` (a name
    /// that is not an ActionTrail object's): always ([`Window::may_hold`]).
    pub fn may_hold(&self, object: Option<&ObjectKey>) -> bool {
        self.window().may_hold(object)
    }
}

/// `column op literal`, for the columns and operators that bound times and regions.
fn comparison(column_side: &Expr, op: Operator, literal: &Expr) -> Option<Bounds> {
    let at_least = |since| Bounds {
        since: Some(since),
        ..Bounds::default()
    };
    let at_most = |until| Bounds {
        until: Some(until),
        ..Bounds::default()
    };
    match column(column_side)? {
        Column::EventTime => {
            let time = timestamp(literal)?;
            match op {
                Operator::Eq => Some(at_least(time).and(at_most(time))),
                Operator::Lt | Operator::LtEq => Some(at_most(time)),
                Operator::Gt | Operator::GtEq => Some(at_least(time)),
                _ => None,
            }
        }
        Column::Date => {
            let day = date(literal)?;
            let start = day.and_hms_opt(0, 0, 0)?.and_utc();
            let next = start + TimeDelta::days(1);
            match op {
                Operator::Eq => Some(at_least(start).and(at_most(next))),
                Operator::Lt => Some(at_most(start)),
                Operator::LtEq => Some(at_most(next)),
                Operator::Gt => Some(at_least(next)),
                Operator::GtEq => Some(at_least(start)),
                _ => None,
            }
        }
        Column::Region if op == Operator::Eq => Some(Bounds {
            regions: Some(BTreeSet::from([text(literal)?])),
            ..Bounds::default()
        }),
        _ => None,
    }
}

/// The `records` column an expression is (possibly under a cast the planner added).
fn column(expr: &Expr) -> Option<Column> {
    match expr {
        Expr::Column(column) => Column::ALL
            .into_iter()
            .find(|known| known.name() == column.name),
        _ => None,
    }
}

/// A timestamp literal, whatever its unit, as a UTC time (one without a zone is read as
/// UTC, as the column is).
fn timestamp(expr: &Expr) -> Option<DateTime<Utc>> {
    let Expr::Literal(value, _) = expr else {
        return None;
    };
    match value {
        ScalarValue::TimestampSecond(Some(seconds), _) => DateTime::from_timestamp(*seconds, 0),
        ScalarValue::TimestampMillisecond(Some(millis), _) => {
            DateTime::from_timestamp_millis(*millis)
        }
        ScalarValue::TimestampMicrosecond(Some(micros), _) => {
            DateTime::from_timestamp_micros(*micros)
        }
        ScalarValue::TimestampNanosecond(Some(nanos), _) => {
            Some(DateTime::from_timestamp_nanos(*nanos))
        }
        _ => None,
    }
}

/// A date literal.
fn date(expr: &Expr) -> Option<NaiveDate> {
    let Expr::Literal(value, _) = expr else {
        return None;
    };
    match value {
        ScalarValue::Date32(Some(days)) => {
            DateTime::from_timestamp(i64::from(*days) * 86_400, 0).map(|time| time.date_naive())
        }
        _ => None,
    }
}

/// A text literal, lowercase (regions are compared ignoring case).
fn text(expr: &Expr) -> Option<String> {
    let Expr::Literal(value, _) = expr else {
        return None;
    };
    match value {
        ScalarValue::Utf8(Some(text))
        | ScalarValue::LargeUtf8(Some(text))
        | ScalarValue::Utf8View(Some(text)) => Some(text.to_ascii_lowercase()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use datafusion::prelude::{col, lit};

    use super::*;

    const OBJECT: &str = "Actiontrail_cn-hangzhou_20250304120000_1002_4_1146_x.gz";

    fn time(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    fn at(text: &str) -> Expr {
        lit(ScalarValue::TimestampMicrosecond(
            Some(time(text).timestamp_micros()),
            Some("UTC".into()),
        ))
    }

    fn day(text: &str) -> Expr {
        let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap();
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
        lit(ScalarValue::Date32(Some((date - epoch).num_days() as i32)))
    }

    fn holds(filters: &[Expr]) -> bool {
        Bounds::from_filters(filters).may_hold(ObjectKey::parse(OBJECT).as_ref())
    }

    #[test]
    fn objects_are_kept_within_the_slack_of_a_time_range() {
        let event_time = || col("event_time");
        assert!(holds(&[event_time().gt_eq(at("2025-03-04T12:59:59Z"))]));
        assert!(!holds(&[event_time().gt_eq(at("2025-03-04T13:00:01Z"))]));
        assert!(holds(&[event_time().lt(at("2025-03-04T11:00:00Z"))]));
        assert!(!holds(&[event_time().lt(at("2025-03-04T10:59:59Z"))]));
        // The literal on the left, as `'...' <= event_time` is written.
        assert!(!holds(&[at("2025-03-04T13:00:01Z").lt_eq(event_time())]));
        assert!(!holds(&[event_time().between(
            at("2025-03-05T00:00:00Z"),
            at("2025-03-06T00:00:00Z")
        )]));
    }

    #[test]
    fn dates_bound_whole_days() {
        assert!(holds(&[col("date").eq(day("2025-03-04"))]));
        // Written at noon: not within the hour's slack of the day before.
        assert!(!holds(&[col("date").eq(day("2025-03-03"))]));
        assert!(!holds(&[col("date").eq(day("2025-03-05"))]));
        assert!(!holds(&[col("date").lt(day("2025-03-04"))]));
        assert!(holds(&[col("date").lt_eq(day("2025-03-04"))]));
        assert!(!holds(&[col("date").gt(day("2025-03-04"))]));
    }

    #[test]
    fn regions_are_compared_ignoring_case_and_other_names_always_read() {
        assert!(holds(&[col("region").eq(lit("CN-Hangzhou"))]));
        assert!(!holds(&[col("region").eq(lit("cn-shanghai"))]));
        assert!(!holds(&[
            col("region").in_list(vec![lit("cn-shanghai"), lit("cn-beijing")], false)
        ]));
        assert!(holds(&[
            col("region").in_list(vec![lit("cn-shanghai")], true)
        ]));
        assert!(Bounds::from_filters(&[col("region").eq(lit("cn-shanghai"))]).may_hold(None));
    }

    #[test]
    fn either_side_of_an_or_keeps_an_object_and_unknown_filters_keep_everything() {
        let shanghai = col("region").eq(lit("cn-shanghai"));
        assert!(holds(&[shanghai
            .clone()
            .or(col("region").eq(lit("cn-hangzhou")))]));
        assert!(holds(&[shanghai
            .clone()
            .or(col("event_name").eq(lit("x")))]));
        assert!(!holds(&[shanghai
            .clone()
            .and(col("event_name").eq(lit("x")))]));
        assert_eq!(Bounds::of(&col("event_name").eq(lit("x"))), None);
        assert_eq!(Bounds::of(&col("region").not_eq(lit("x"))), None);
    }
}
