//! What a finding tells of the record behind it.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::HashSet;
use std::sync::Arc;

use chrono::{DateTime, SecondsFormat, Utc};
use ecd_events::EventName;
use ecd_events::records::{IdentityType, Record};

use super::fired_parameters;
use crate::rules::Rule;

/// A record that matched a rule, as the report shows it: owned, so that it outlives the
/// delivery it came from, and small, since an archive can hold many. Text that repeats from
/// record to record (who, from where, in which region) is shared ([`Interner`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Occurrence {
    /// `eventTime`, parsed; `None` if it does not parse (then sorted first).
    pub time: Option<DateTime<Utc>>,
    /// The time in UTC, `eventId`, the resources and the parameters that made the rule fire,
    /// one after another in one allocation (an archive can hold many occurrences, and each is
    /// made and freed on the hot path): [`event_time`](Self::event_time),
    /// [`event_id`](Self::event_id), [`resources`](Self::resources) and
    /// [`parameters`](Self::parameters) read them.
    text: Box<str>,
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
}

/// Text shared between occurrences: each distinct string is kept once.
#[derive(Debug, Default)]
pub struct Interner(HashSet<Arc<str>>);

impl Interner {
    /// The shared copy of `text`.
    pub fn intern(&mut self, text: &str) -> Arc<str> {
        if let Some(shared) = self.0.get(text) {
            return Arc::clone(shared);
        }
        let shared: Arc<str> = text.into();
        self.0.insert(Arc::clone(&shared));
        shared
    }

    fn optional(&mut self, text: Option<&str>) -> Option<Arc<str>> {
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
        strings: &mut Interner,
    ) -> Self {
        Occurrence::with_parameters(record, time, &fired_parameters(rule, record), strings)
    }

    /// The occurrence of `record`, whose `eventTime` parses to `time`, showing no request
    /// parameters.
    pub fn of(record: &Record<'_>, time: Option<DateTime<Utc>>, strings: &mut Interner) -> Self {
        Occurrence::with_parameters(record, time, "", strings)
    }

    fn with_parameters(
        record: &Record<'_>,
        time: Option<DateTime<Utc>>,
        parameters: &str,
        strings: &mut Interner,
    ) -> Self {
        let identity = record.user_identity.as_ref();
        let mut text = String::with_capacity(
            record.event_time.len() + record.event_id.len() + 64 + parameters.len(),
        );
        text.push_str(&utc(&record.event_time, time));
        let id_start = text.len();
        text.push_str(&record.event_id);
        let resources_start = text.len();
        for (index, resource) in record.resources().enumerate() {
            if index > 0 {
                text.push(',');
            }
            text.push_str(resource.name);
        }
        let parameters_start = text.len();
        text.push_str(parameters);
        // A record longer than 4 GiB cannot be read (the reader's limit is far below).
        let at = |offset: usize| u32::try_from(offset).unwrap_or(u32::MAX);
        Occurrence {
            time,
            text: text.into_boxed_str(),
            ends: [at(id_start), at(resources_start), at(parameters_start)],
            event_name: record.event_name.clone(),
            identity: strings.intern(self::identity(record)),
            identity_type: identity.and_then(|identity| identity.identity_type.clone()),
            account_id: strings
                .optional(identity.and_then(|identity| identity.account_id.as_deref())),
            source_ip: strings.optional(record.source_ip_address.as_deref()),
            region: strings.optional(record.acs_region.as_deref()),
            error_code: strings.optional(record.error_code.as_deref()),
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
        Option<DateTime<Utc>>,
        &str,
        &str,
        &str,
        &str,
        Option<&str>,
        Option<&str>,
        Option<&str>,
        Option<&str>,
        Option<&str>,
        Option<&str>,
        Option<&str>,
    ) {
        (
            self.time,
            self.event_id(),
            self.event_time().unwrap_or(""),
            self.event_name.as_str(),
            &self.identity,
            self.identity_type.as_ref().map(IdentityType::as_str),
            self.account_id.as_deref(),
            self.source_ip.as_deref(),
            self.region.as_deref(),
            self.error_code.as_deref(),
            self.resources(),
            self.parameters(),
        )
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

/// Who made the request, as [`Occurrence::identity`] says.
pub fn identity<'r>(record: &'r Record<'_>) -> &'r str {
    let Some(identity) = record.user_identity.as_ref() else {
        return "?";
    };
    [
        identity.user_name.as_deref(),
        identity.principal_id.as_deref(),
        identity.access_key_id.as_deref(),
        identity.identity_type.as_ref().map(|kind| kind.as_str()),
    ]
    .into_iter()
    .flatten()
    .find(|text| !text.is_empty())
    .unwrap_or("?")
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
