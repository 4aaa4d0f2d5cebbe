//! What a finding tells of the record behind it.

use std::cmp::Ordering;
use std::collections::HashSet;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use ecd_events::EventName;
use ecd_events::records::{IdentityType, Record};

/// A record that matched a rule, as the report shows it: owned, so that it outlives the
/// delivery it came from, and small, since an archive can hold many. Text that repeats from
/// record to record (who, from where, in which region) is shared ([`Interner`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Occurrence {
    /// `eventTime`, parsed; `None` if it does not parse (then sorted first).
    pub time: Option<DateTime<Utc>>,
    /// `eventTime`, as the record gives it.
    pub event_time: Box<str>,
    /// `eventId`.
    pub event_id: Box<str>,
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
    /// The resources the record names (`resourceName`), comma-separated.
    pub resources: Option<Box<str>>,
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
    /// The occurrence of `record`, whose `eventTime` parses to `time`.
    pub fn of(record: &Record<'_>, time: Option<DateTime<Utc>>, strings: &mut Interner) -> Self {
        let identity = record.user_identity.as_ref();
        let resources: Vec<&str> = record.resources().map(|resource| resource.name).collect();
        Occurrence {
            time,
            event_time: (*record.event_time).into(),
            event_id: (*record.event_id).into(),
            event_name: record.event_name.clone(),
            identity: strings.intern(self::identity(record)),
            identity_type: identity.and_then(|identity| identity.identity_type.clone()),
            account_id: strings
                .optional(identity.and_then(|identity| identity.account_id.as_deref())),
            source_ip: strings.optional(record.source_ip_address.as_deref()),
            region: strings.optional(record.acs_region.as_deref()),
            error_code: strings.optional(record.error_code.as_deref()),
            resources: (!resources.is_empty()).then(|| resources.join(",").into()),
        }
    }

    /// Who made the request, for grouping: the account, then the identity.
    pub fn who(&self) -> (Option<Arc<str>>, Arc<str>) {
        (self.account_id.clone(), Arc::clone(&self.identity))
    }

    /// The report's order: by time, then `eventId`, then the rest, so that it is total and
    /// the same however the records were read.
    pub fn order(&self, other: &Occurrence) -> Ordering {
        self.key().cmp(&other.key())
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
    ) {
        (
            self.time,
            &self.event_id,
            &self.event_time,
            self.event_name.as_str(),
            &self.identity,
            self.identity_type.as_ref().map(IdentityType::as_str),
            self.account_id.as_deref(),
            self.source_ip.as_deref(),
            self.region.as_deref(),
            self.error_code.as_deref(),
            self.resources.as_deref(),
        )
    }
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
