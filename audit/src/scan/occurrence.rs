//! What a finding tells of the record behind it.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher, RandomState};
use std::sync::{Arc, Mutex, PoisonError};

use std::borrow::Cow;

use chrono::{DateTime, SecondsFormat, Utc};
use ecd_events::EventName;
use ecd_events::records::{IdentityType, Record};

use super::cut::{FIELD_BYTES, cut, prefix};
use super::fired_parameters;
use super::seen::Fingerprinted;
use crate::sigma::Rule;

/// A record that matched a rule, as the report shows it: owned, so that it outlives the
/// delivery it came from, and small, since an archive can hold many. Text that repeats from
/// record to record (who, from where, in which region) is shared ([`Interner`]). Each field
/// keeps at most [`FIELD_BYTES`] bytes of the record's text; [`cuts`](Self::cuts) says which
/// were cut, and from what length.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Occurrence {
    /// `eventTime`, parsed; `None` if it does not parse (then sorted first).
    pub time: Option<DateTime<Utc>>,
    /// The time in UTC, `eventId`, the resources and the parameters that made the rule fire,
    /// one after another in one allocation (an archive can hold many occurrences, and each is
    /// made and freed on the hot path), shared by its clones (the samples of the correlations
    /// that group it, its rule's finding): [`event_time`](Self::event_time),
    /// [`event_id`](Self::event_id), [`resources`](Self::resources) and
    /// [`parameters`](Self::parameters) read them.
    text: Arc<str>,
    /// Where `eventId` starts in `text`, where the resources start, and where the parameters
    /// start.
    ends: [u32; 3],
    /// `eventName`.
    pub event_name: EventName,
    /// Who: `userIdentity.userName`, or failing that its `principalId`, `accessKeyId` or
    /// `type`; `"?"` when the record names no one.
    pub identity: Arc<str>,
    /// `userIdentity.type`.
    pub identity_type: Option<IdentityType>,
    /// `userIdentity.accountId`.
    pub account_id: Option<Arc<str>>,
    /// `sourceIpAddress`.
    pub source_ip: Option<Arc<str>>,
    /// `acsRegion`.
    pub region: Option<Arc<str>>,
    /// `errorCode`, for a failed request.
    pub error_code: Option<Arc<str>>,
    /// The fields cut to [`FIELD_BYTES`], with their lengths in the record (bytes of UTF-8),
    /// in the order of [`Field`]; `None` (no allocation) when nothing was cut.
    cuts: Option<Box<[(Field, u64)]>>,
}

/// A field of an [`Occurrence`] that can be cut, named as reports name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// `event_id`.
    EventId,
    /// `event_name`.
    EventName,
    /// `identity`.
    Identity,
    /// `identity_type`.
    IdentityType,
    /// `account_id`.
    AccountId,
    /// `source_ip`.
    SourceIp,
    /// `region`.
    Region,
    /// `error_code`.
    ErrorCode,
    /// `resources`.
    Resources,
    /// `parameters`.
    Parameters,
}

impl Field {
    /// The field's name in reports (a finding's JSON key, a CSV column).
    pub fn as_str(self) -> &'static str {
        match self {
            Field::EventId => "event_id",
            Field::EventName => "event_name",
            Field::Identity => "identity",
            Field::IdentityType => "identity_type",
            Field::AccountId => "account_id",
            Field::SourceIp => "source_ip",
            Field::Region => "region",
            Field::ErrorCode => "error_code",
            Field::Resources => "resources",
            Field::Parameters => "parameters",
        }
    }
}

/// The fields cut while an occurrence is made, and their lengths.
#[derive(Default)]
struct Cuts(Vec<(Field, u64)>);

impl Cuts {
    /// `text` cut to the bound, noting it as `field` when it was.
    fn keep<'t>(&mut self, field: Field, text: &'t str) -> &'t str {
        let (kept, length) = cut(text);
        if let Some(length) = length {
            self.0.push((field, length as u64));
        }
        kept
    }

    fn into_cuts(mut self) -> Option<Box<[(Field, u64)]>> {
        self.0.sort_unstable();
        (!self.0.is_empty()).then(|| self.0.into_boxed_slice())
    }
}

/// Text shared between occurrences, by every thread that reads: each distinct string is kept
/// once for the run (the same identities and regions recur in every delivery). Keyed by a
/// 64-bit SipHash of the text, keyed at random for each run, as the text is the records'
/// (which anyone can write); in shards, each alone on its cache lines, so that threads
/// seldom wait for each other. A string whose hash another string has already (by chance:
/// no one can choose it) is copied, not shared.
///
/// Correlations' groups (the values of their `group-by` fields) are shared too
/// ([`group`](Self::group)): every match of a correlation's rules keeps its group until the
/// end, and most repeat a few.
#[derive(Debug)]
pub struct Interner {
    hasher: RandomState,
    shards: Vec<InternShard>,
    groups: Vec<GroupShard>,
}

type Interned = HashMap<u64, Arc<str>, BuildHasherDefault<Fingerprinted>>;

#[derive(Debug, Default)]
#[repr(align(128))]
struct InternShard(Mutex<Interned>);

/// Groups, keyed by a hash of where their values are: shared values, the same text is at the
/// same place (a group whose values were copied is not shared, and is still right).
type Groups = HashMap<u64, Arc<[Arc<str>]>, BuildHasherDefault<Fingerprinted>>;

#[derive(Debug, Default)]
#[repr(align(128))]
struct GroupShard(Mutex<Groups>);

/// Shards of [`Interner`]: a power of two, more than threads usually.
const INTERN_SHARDS: usize = 16;

impl Default for Interner {
    fn default() -> Self {
        Interner {
            hasher: RandomState::new(),
            shards: (0..INTERN_SHARDS).map(|_| InternShard::default()).collect(),
            groups: (0..INTERN_SHARDS).map(|_| GroupShard::default()).collect(),
        }
    }
}

impl Interner {
    /// The shared copy of `text`.
    pub fn intern(&self, text: &str) -> Arc<str> {
        let hash = self.hasher.hash_one(text);
        let shard = &self.shards[(hash >> 60) as usize % INTERN_SHARDS];
        // A thread that panicked while holding it left whole strings: they are still good.
        let mut shared = shard.0.lock().unwrap_or_else(PoisonError::into_inner);
        match shared.entry(hash) {
            Entry::Occupied(kept) if **kept.get() == *text => Arc::clone(kept.get()),
            Entry::Occupied(_) => text.into(),
            Entry::Vacant(room) => Arc::clone(room.insert(text.into())),
        }
    }

    /// The shared copy of the group `values`, whose values are shared ([`intern`](Self::intern)).
    pub fn group(&self, values: &[Arc<str>]) -> Arc<[Arc<str>]> {
        let mut hasher = self.hasher.build_hasher();
        for value in values {
            hasher.write_usize(Arc::as_ptr(value).cast::<u8>() as usize);
        }
        let hash = hasher.finish();
        let shard = &self.groups[(hash >> 60) as usize % INTERN_SHARDS];
        // A thread that panicked while holding it left whole groups: they are still good.
        let mut shared = shard.0.lock().unwrap_or_else(PoisonError::into_inner);
        match shared.entry(hash) {
            Entry::Occupied(kept) if **kept.get() == *values => Arc::clone(kept.get()),
            Entry::Occupied(_) => values.into(),
            Entry::Vacant(room) => Arc::clone(room.insert(values.into())),
        }
    }

    fn optional(&self, text: Option<&str>) -> Option<Arc<str>> {
        text.filter(|text| !text.is_empty())
            .map(|text| self.intern(text))
    }
}

impl Occurrence {
    /// The occurrence of `record`, which matched `rule`, and whose `eventTime` parses to
    /// `time`: with the request parameters that made the rule fire ([`fired_parameters`]).
    pub fn of_match(
        rule: &Rule,
        record: &Record<'_>,
        time: Option<DateTime<Utc>>,
        strings: &Interner,
    ) -> Self {
        let (parameters, cut_from) = fired_parameters(rule, record);
        Occurrence::with_parameters(record, time, (&parameters, cut_from), strings)
    }

    /// [`of_match`](Self::of_match) of the record `view` shows, whose request parameters the
    /// rules have read already (or not, when none asked for them).
    pub fn of_view_match(
        rule: &Rule,
        view: &crate::sigma::View<'_>,
        time: Option<DateTime<Utc>>,
        strings: &Interner,
    ) -> Self {
        let (parameters, cut_from) = match rule.shown_parameters.is_empty() && !rule.shows_weakening
        {
            true => (String::new(), None),
            false => match view.parameters() {
                Some(parameters) => super::parameters::fired_parameters_of(rule, parameters),
                None => (String::new(), None),
            },
        };
        Occurrence::with_parameters(view.record, time, (&parameters, cut_from), strings)
    }

    /// The occurrence of `record`, whose `eventTime` parses to `time`, showing no request
    /// parameters.
    pub fn of(record: &Record<'_>, time: Option<DateTime<Utc>>, strings: &Interner) -> Self {
        Occurrence::with_parameters(record, time, ("", None), strings)
    }

    /// `parameters`: the compact JSON of the parameters to show, and, if it was cut, the
    /// length it had.
    fn with_parameters(
        record: &Record<'_>,
        time: Option<DateTime<Utc>>,
        (parameters, parameters_cut_from): (&str, Option<usize>),
        strings: &Interner,
    ) -> Self {
        let mut cuts = Cuts::default();
        let identity = record.user_identity.as_ref();
        // A time that parses is shown in UTC (and is short); one that does not is not shown.
        let event_time = utc(&record.event_time, time);
        let event_id = cuts.keep(Field::EventId, &record.event_id);
        let mut text =
            String::with_capacity(event_time.len() + event_id.len() + 64 + parameters.len());
        text.push_str(&event_time);
        let id_start = text.len();
        text.push_str(event_id);
        let resources_start = text.len();
        push_resources(&mut text, record, &mut cuts);
        let parameters_start = text.len();
        text.push_str(parameters);
        if let Some(length) = parameters_cut_from {
            cuts.0.push((Field::Parameters, length as u64));
        }
        // The fields are cut far below 4 GiB.
        let at = |offset: usize| u32::try_from(offset).unwrap_or(u32::MAX);
        // Parsed again only when cut: the parsed names are kept otherwise.
        let name = record.event_name.as_str();
        let event_name = match cuts.keep(Field::EventName, name) {
            kept if kept.len() < name.len() => EventName::parse(kept),
            _ => record.event_name.clone(),
        };
        let identity_type = identity
            .and_then(|identity| identity.identity_type.as_ref())
            .map(|kind| match cuts.keep(Field::IdentityType, kind.as_str()) {
                kept if kept.len() < kind.as_str().len() => IdentityType::parse(kept),
                _ => kind.clone(),
            });
        let mut optional = |field: Field, text: Option<&str>| {
            strings.optional(text.map(|text| cuts.keep(field, text)))
        };
        let account_id = optional(
            Field::AccountId,
            identity.and_then(|identity| identity.account_id.as_deref()),
        );
        let source_ip = optional(Field::SourceIp, record.source_ip_address.as_deref());
        let region = optional(Field::Region, record.acs_region.as_deref());
        let error_code = optional(Field::ErrorCode, record.error_code.as_deref());
        Occurrence {
            time,
            text: text.into(),
            ends: [at(id_start), at(resources_start), at(parameters_start)],
            event_name,
            identity: strings
                .intern(cuts.keep(Field::Identity, crate::sigma::fields::identity(record))),
            identity_type,
            account_id,
            source_ip,
            region,
            error_code,
            cuts: cuts.into_cuts(),
        }
    }

    /// `eventTime` in UTC, RFC 3339 with `Z` whatever offset the record gave (the record
    /// keeps its own); `None` when it is not a time.
    pub fn event_time(&self) -> Option<&str> {
        self.text
            .get(..self.ends[0] as usize)
            .filter(|time| !time.is_empty())
    }

    /// `eventId`.
    pub fn event_id(&self) -> &str {
        self.text
            .get(self.ends[0] as usize..self.ends[1] as usize)
            .unwrap_or("")
    }

    /// The resources the record names (`resourceName`), comma-separated.
    pub fn resources(&self) -> Option<&str> {
        self.text
            .get(self.ends[1] as usize..self.ends[2] as usize)
            .filter(|resources| !resources.is_empty())
    }

    /// The request parameters that made the rule fire, as the compact text of a JSON object
    /// ([`fired_parameters`] says which, and how they are written); `None` when there are
    /// none to show.
    pub fn parameters(&self) -> Option<&str> {
        self.text
            .get(self.ends[2] as usize..)
            .filter(|parameters| !parameters.is_empty())
    }

    /// The fields cut to [`FIELD_BYTES`] bytes, each with its length in the record (bytes of
    /// UTF-8), in the order of [`Field`]; empty when nothing was cut.
    pub fn cuts(&self) -> &[(Field, u64)] {
        self.cuts.as_deref().unwrap_or_default()
    }

    /// The length in the record of `field` if it was cut.
    pub fn cut_from(&self, field: Field) -> Option<u64> {
        self.cuts()
            .iter()
            .find(|(cut, _)| *cut == field)
            .map(|&(_, length)| length)
    }

    /// Who made the request, for grouping: the account, then the identity.
    pub fn who(&self) -> (Option<Arc<str>>, Arc<str>) {
        (self.account_id.clone(), Arc::clone(&self.identity))
    }

    /// The report's order: by time, then `eventId`, then the rest, so that it is total and
    /// the same however the records were read.
    pub fn order(&self, other: &Occurrence) -> Ordering {
        // Time and ID decide almost always: the rest is compared only for a tie.
        self.time
            .cmp(&other.time)
            .then_with(|| self.event_id().cmp(other.event_id()))
            .then_with(|| self.key().cmp(&other.key()))
    }

    #[allow(clippy::type_complexity)]
    fn key(
        &self,
    ) -> (
        (Option<DateTime<Utc>>, &str, Option<&str>, &str, &str),
        (
            Option<&str>,
            Option<&str>,
            Option<&str>,
            Option<&str>,
            Option<&str>,
        ),
        (Option<&str>, Option<&str>, &[(Field, u64)]),
    ) {
        // Tuples compare up to 12 fields: three of them, in order.
        (
            (
                self.time,
                self.event_id(),
                self.event_time(),
                self.event_name.as_str(),
                &self.identity,
            ),
            (
                self.identity_type.as_ref().map(IdentityType::as_str),
                self.account_id.as_deref(),
                self.source_ip.as_deref(),
                self.region.as_deref(),
                self.error_code.as_deref(),
            ),
            (self.resources(), self.parameters(), self.cuts()),
        )
    }
}

/// Appends the resources `record` names (`resourceName`), comma-separated, to `text`: the
/// first [`FIELD_BYTES`] bytes of them; if that is not all of them, `cuts` notes the length of
/// `resourceName` in the record, and the rest is not read.
fn push_resources(text: &mut String, record: &Record<'_>, cuts: &mut Cuts) {
    let start = text.len();
    for (index, resource) in record.resources().enumerate() {
        for part in [if index > 0 { "," } else { "" }, resource.name] {
            let room = FIELD_BYTES - (text.len() - start);
            let kept = prefix(part, room);
            text.push_str(kept);
            if kept.len() < part.len() {
                let length = record.resource_name.as_deref().map_or(0, str::len);
                cuts.0.push((Field::Resources, length as u64));
                return;
            }
        }
    }
}

/// `time`, whose text was `text`, in UTC with `Z` ("2025-03-04T01:41:52Z" for
/// "2025-03-04T09:41:52+08:00"), with as many digits of a fraction of a second as it has;
/// empty for no time.
fn utc(text: &str, time: Option<DateTime<Utc>>) -> Cow<'_, str> {
    let Some(time) = time else {
        return "".into();
    };
    // Most records give the time in UTC, to the second, already: it is kept as it is.
    if text.len() == 20 && text.as_bytes()[10] == b'T' && text.ends_with('Z') {
        return text.into();
    }
    time.to_rfc3339_opts(SecondsFormat::AutoSi, true).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc_of(text: &str) -> String {
        let time = DateTime::parse_from_rfc3339(text)
            .ok()
            .map(|time| time.with_timezone(&Utc));
        utc(text, time).into_owned()
    }

    #[test]
    fn times_are_given_in_utc_with_z_whatever_offset_the_record_used() {
        assert_eq!(utc_of("2025-03-04T09:41:52+08:00"), "2025-03-04T01:41:52Z");
        assert_eq!(utc_of("2025-03-04T00:30:00-05:30"), "2025-03-04T06:00:00Z");
        assert_eq!(
            utc_of("2025-03-04T09:41:52.250+00:00"),
            "2025-03-04T09:41:52.250Z"
        );
        assert_eq!(utc_of("2025-03-04t09:41:52z"), "2025-03-04T09:41:52Z");
        assert_eq!(utc_of("2025-03-04T09:41:52Z"), "2025-03-04T09:41:52Z");
        assert_eq!(utc_of("str"), "");
    }
}
