//! Listing an archive's objects, leaving out unlisted the folders a window cannot need.
//!
//! ActionTrail's layout puts each object under `<region>/<YYYY>/<MM>/<DD>/`. With no bound
//! on time or region, the archive is listed flat (a request for every thousand objects).
//! With one, it is walked a folder at a time: a folder named by a year, month or day whose
//! span (widened by [`OBJECT_TIME_SLACK`]) misses the bounds, or a region folder outside
//! them, is never listed; objects are then pruned by name ([`Window::may_hold`]).

use std::sync::Arc;

use chrono::{DateTime, Months, NaiveDate, TimeDelta, Utc};
use futures::TryStreamExt;
use object_store::ObjectStore;
use object_store::path::Path;
use tokio::runtime::Handle;

use crate::error::Error;
use crate::layout::{OBJECT_TIME_SLACK, ObjectKey};
use crate::read::ObjectRead;
use crate::store::{RemoteArchive, StoreKey};
use crate::window::Window;

/// What [`RemoteArchive::list`] found.
#[derive(Clone, Debug, Default)]
pub struct Listing {
    /// The objects the window may need, in key order.
    pub objects: Vec<Object>,
    /// How many objects listed were left out by their names (those of folders never listed
    /// are not counted: they were never seen).
    pub pruned: u64,
}

/// An object in a bucket.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Object {
    /// The bucket, and how it is reached.
    pub store: Arc<StoreKey>,
    /// Its key.
    pub path: Path,
    /// Its size in bytes, as listed.
    pub size: u64,
    /// What its name says, if it is named as ActionTrail names objects.
    pub key: Option<ObjectKey>,
}

impl Object {
    /// The object at `path` of `store`, `size` bytes long.
    pub fn new(store: Arc<StoreKey>, path: Path, size: u64) -> Object {
        let key = path.filename().and_then(ObjectKey::parse);
        Object {
            store,
            path,
            size,
            key,
        }
    }

    /// `oss://bucket/key`, as messages name it.
    pub fn url(&self) -> String {
        format!("{}/{}", self.store.url(), self.path)
    }

    /// Its bytes, fetched on `runtime` when first read, from a thread that is not one of
    /// the runtime's workers (the reader's).
    pub fn open(&self, runtime: Handle) -> Result<ObjectRead, Error> {
        Ok(ObjectRead::new(
            runtime,
            self.store.store()?,
            self.path.clone(),
        ))
    }
}

impl RemoteArchive {
    /// Lists the objects the window may need. With no bound, the prefix is listed flat (a
    /// request for every thousand objects). With one, the layout's folders are walked a
    /// level at a time, depth first in key order, and a region's, year's, month's or day's
    /// folder outside the window (widened by [`OBJECT_TIME_SLACK`]) is never listed; the
    /// objects listed are then pruned by name ([`Window::may_hold`]).
    pub async fn list(&self, window: &Window) -> Result<Listing, Error> {
        let store = self.store.store()?;
        let key = Arc::new(self.store.clone());
        let failed = |error: object_store::Error| Error::new(self, format!("cannot list: {error}"));
        let mut listing = Listing::default();
        let keep = |meta: object_store::ObjectMeta, listing: &mut Listing| {
            let object = Object::new(Arc::clone(&key), meta.location, meta.size);
            if window.may_hold(object.key.as_ref()) {
                listing.objects.push(object);
            } else {
                listing.pruned += 1;
            }
        };
        let prefix = self.prefix_path();
        let prefix = (!self.prefix.is_empty()).then_some(&prefix);
        if window.is_everything() {
            let mut objects: Vec<_> = store.list(prefix).try_collect().await.map_err(failed)?;
            objects.sort_by(|one, other| one.location.cmp(&other.location));
            for meta in objects {
                keep(meta, &mut listing);
            }
            return Ok(listing);
        }
        // The folders still to list, each with what its name and its parents' say.
        let mut folders = vec![(prefix.cloned(), Folder::default())];
        while let Some((folder, known)) = folders.pop() {
            let found = store
                .list_with_delimiter(folder.as_ref())
                .await
                .map_err(failed)?;
            let mut objects = found.objects;
            objects.sort_by(|one, other| one.location.cmp(&other.location));
            for meta in objects {
                keep(meta, &mut listing);
            }
            let mut children = found.common_prefixes;
            children.sort();
            let parent = folder
                .as_ref()
                .and_then(|folder| folder.filename())
                .unwrap_or("");
            for child in children.into_iter().rev() {
                let name = child.filename().unwrap_or("").to_owned();
                let known = known.child(parent, &name);
                if known.may_hold(window) {
                    folders.push((Some(child), known));
                }
            }
        }
        Ok(listing)
    }
}

/// What a folder's path says of the objects under it.
#[derive(Clone, Debug, Default, PartialEq)]
struct Folder {
    region: Option<String>,
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    /// What its children's names are, where the layout says.
    children: Children,
}

/// What the layout says a folder's children are named by.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
enum Children {
    #[default]
    Unknown,
    /// Regions (or `rd`, for a resource directory's trail): the children of `Actiontrail`.
    Regions,
    /// Accounts, whose children are regions: the children of `Actiontrail/rd`.
    Accounts,
}

impl Folder {
    /// The child folder `name` of a folder named `parent` that this describes.
    fn child(&self, parent: &str, name: &str) -> Folder {
        let number = |digits: usize| {
            (name.len() == digits && name.bytes().all(|byte| byte.is_ascii_digit()))
                .then(|| name.parse::<u32>().ok())
                .flatten()
        };
        let unknown = Folder::default();
        match (&self.region, self.year, self.month, self.day) {
            // Below a day: whatever it is, the day still bounds it.
            (_, Some(_), Some(_), Some(_)) => self.clone(),
            (_, Some(_), Some(_), None) => match number(2) {
                Some(day) => Folder {
                    day: Some(day),
                    ..self.clone()
                },
                None => unknown,
            },
            (_, Some(_), None, _) => match number(2) {
                Some(month) => Folder {
                    month: Some(month),
                    ..self.clone()
                },
                None => unknown,
            },
            (Some(_), None, _, _) => match number(4) {
                Some(year) => Folder {
                    year: Some(year as i32),
                    ..self.clone()
                },
                None => unknown,
            },
            (None, None, _, _) => match self.children {
                Children::Regions if name == "rd" => Folder {
                    children: Children::Accounts,
                    ..unknown
                },
                Children::Regions => Folder {
                    region: Some(name.to_ascii_lowercase()),
                    ..unknown
                },
                Children::Accounts => Folder {
                    children: Children::Regions,
                    ..unknown
                },
                Children::Unknown if name.eq_ignore_ascii_case("actiontrail") => Folder {
                    children: Children::Regions,
                    ..unknown
                },
                // A copy without the layout's upper folders: `<YYYY>` under a folder that
                // is not a number is under its region.
                Children::Unknown => match number(4) {
                    Some(year) if !parent.is_empty() && parent.parse::<u32>().is_err() => Folder {
                        region: Some(parent.to_ascii_lowercase()),
                        year: Some(year as i32),
                        ..unknown
                    },
                    _ => unknown,
                },
            },
        }
    }

    /// The times its objects' names can carry, `[start, end)`; `None` when its name says
    /// nothing of them, or says what is no date (then it is listed).
    fn span(&self) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let year = self.year?;
        let (start, end) = match (self.month, self.day) {
            (None, _) => {
                let start = NaiveDate::from_ymd_opt(year, 1, 1)?;
                (start, start.checked_add_months(Months::new(12))?)
            }
            (Some(month), None) => {
                let start = NaiveDate::from_ymd_opt(year, month, 1)?;
                (start, start.checked_add_months(Months::new(1))?)
            }
            (Some(month), Some(day)) => {
                let start = NaiveDate::from_ymd_opt(year, month, day)?;
                (start, start.checked_add_signed(TimeDelta::days(1))?)
            }
        };
        Some((
            start.and_hms_opt(0, 0, 0)?.and_utc(),
            end.and_hms_opt(0, 0, 0)?.and_utc(),
        ))
    }

    /// Whether objects under it may hold records within `bounds`.
    fn may_hold(&self, bounds: &Window) -> bool {
        let region = match (&self.region, &bounds.regions) {
            (Some(region), Some(regions)) => regions.contains(region),
            _ => true,
        };
        let time = match self.span() {
            Some((start, end)) => {
                bounds
                    .since
                    .is_none_or(|since| end + OBJECT_TIME_SLACK > since)
                    && bounds
                        .until
                        .is_none_or(|until| start - OBJECT_TIME_SLACK <= until)
            }
            None => true,
        };
        region && time
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn walk(path: &[&str]) -> Folder {
        let mut folder = Folder::default();
        let mut parent = "";
        for name in path {
            folder = folder.child(parent, name);
            parent = name;
        }
        folder
    }

    fn time(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    #[test]
    fn the_layouts_folders_are_read_from_their_names() {
        let day = walk(&[
            "AliyunLogs",
            "Actiontrail",
            "cn-hangzhou",
            "2026",
            "03",
            "04",
        ]);
        assert_eq!(day.region.as_deref(), Some("cn-hangzhou"));
        assert_eq!(
            day.span(),
            Some((time("2026-03-04T00:00:00Z"), time("2026-03-05T00:00:00Z")))
        );
        // A region's folder is known before it is listed, in a resource directory's
        // trail too.
        let region = walk(&["AliyunLogs", "Actiontrail", "cn-hangzhou"]);
        assert_eq!(region.region.as_deref(), Some("cn-hangzhou"));
        assert_eq!(region.span(), None);
        let shared = walk(&[
            "x",
            "Actiontrail",
            "rd",
            "1234567890",
            "cn-shanghai",
            "2026",
        ]);
        assert_eq!(shared.region.as_deref(), Some("cn-shanghai"));
        assert_eq!(shared.year, Some(2026));
        let december = walk(&["cn-hangzhou", "2026", "12"]);
        assert_eq!(december.span().unwrap().1, time("2027-01-01T00:00:00Z"));
        // Numbers where the layout has none, and impossible dates, bound nothing.
        assert_eq!(walk(&["2026", "03"]), Folder::default());
        assert_eq!(walk(&["logs", "2026", "13"]).span(), None);
        assert_eq!(walk(&["logs", "2026", "02", "30"]).span(), None);
    }

    #[test]
    fn folders_outside_the_bounds_with_their_slack_are_left_out() {
        let bounds = Window {
            since: Some(time("2026-03-04T00:00:00Z")),
            until: Some(time("2026-03-04T23:59:59Z")),
            regions: Some(BTreeSet::from(["cn-hangzhou".to_owned()])),
        };
        let day = |region, day| walk(&[region, "2026", "03", day]);
        assert!(day("cn-hangzhou", "04").may_hold(&bounds));
        // The day before and after hold objects within the slack of the bounds.
        assert!(day("cn-hangzhou", "03").may_hold(&bounds));
        assert!(day("cn-hangzhou", "05").may_hold(&bounds));
        assert!(!day("cn-hangzhou", "02").may_hold(&bounds));
        assert!(!day("cn-hangzhou", "06").may_hold(&bounds));
        assert!(!day("cn-shanghai", "04").may_hold(&bounds));
        assert!(!walk(&["Actiontrail", "cn-shanghai"]).may_hold(&bounds));
        assert!(walk(&["Actiontrail", "cn-hangzhou"]).may_hold(&bounds));
        assert!(walk(&["Actiontrail", "rd"]).may_hold(&bounds));
        assert!(!walk(&["cn-hangzhou", "2026", "02"]).may_hold(&bounds));
        assert!(walk(&["cn-hangzhou", "2026", "03"]).may_hold(&bounds));
        assert!(!walk(&["cn-hangzhou", "2025"]).may_hold(&bounds));
        assert!(walk(&["other"]).may_hold(&bounds));
    }
}
