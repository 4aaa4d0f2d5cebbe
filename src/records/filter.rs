//! [`Filter`]: which records an alert rule is about, loadable from configuration.

mod parameters;

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

use super::model::{
    IdentityType, LazyRecord, ParameterValue, Record, RequestParameters, Text, TimeError,
    parse_time,
};
use crate::catalogue::{Access, Category, EcdEvent, EventName, Tag};
pub use parameters::ParameterCondition;

/// Which records an alert rule is about. Every criterion that is set must hold; a list holds
/// when any of its entries does; an empty list or unset value holds for every record, except
/// `services`: unset, a filter matches ECD's records only ([`Record::is_ecd`]), so that a rule
/// on a trail that delivers every service's records does not fire on ECS's `RunCommand`.
///
/// It deserializes from configuration (any serde format) with the field names below, and
/// refuses unknown fields, so that a misspelt criterion is an error rather than a rule that
/// matches everything. [`matches`](Self::matches) works on a [`Record`] or a
/// [`LazyRecord`], and allocates nothing but to read the `errorCode` of a failed lazy record
/// when `error_codes` is set (the lazy read does not keep it).
///
/// ```
/// use ecd_events::EcdEvent;
/// use ecd_events::records::{Filter, Record};
///
/// let rule: Filter = serde_json::from_str(r#"{
///     "tags": ["destructive", "credential"],
///     "access": "Write",
///     "failed": false,
///     "identity_types": ["ram-user", "assumed-role"],
///     "since": "2025-03-04T00:00:00Z"
/// }"#)?;
///
/// let mut record = Record::new("E-1", EcdEvent::DeleteDesktops.into(), "2025-03-04T09:41:52Z");
/// record.user_identity = Some(serde_json::from_str(r#"{"type":"ram-user"}"#)?);
/// assert!(rule.matches(&record));
///
/// record.error_code = Some("NoPermission".into());
/// assert!(!rule.matches(&record)); // failed
///
/// assert!(serde_json::from_str::<Filter>(r#"{"tag": ["destructive"]}"#).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
/// It also refuses a `parameters` condition on a parameter that none of the events it can
/// match takes (the catalogue's events, narrowed by `events`, `categories` and `tags`), with
/// the closest name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
// The derives write inherent `Filter::serialize`/`deserialize`; the trait impls below call
// them, and check the parameters against the catalogue once every field is read.
#[serde(remote = "Self", default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Filter {
    /// The services whose records match, by product code in any case: `"ecd"` for ECD's
    /// records ([`Record::is_ecd`]), any other for records whose [`Record::service`] it is
    /// (`"ecs"`, `"ram"`, `"eds-user"`). Empty (the default): ECD's records only.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<String>,
    /// Event names (`"DeleteDesktops"`); names the catalogue does not list match records
    /// that carry them exactly (of the services the filter is about: ECD's unless `services`
    /// says otherwise).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<EventName>,
    /// Categories of the catalogue's events (`"desktop"`); records of unlisted events, and
    /// other services' records, have none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<Category>,
    /// Tags of the catalogue's events (`"destructive"`); records of unlisted events, and other
    /// services' records, have none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
    /// `"Read"` or `"Write"`: the record's `eventRW`, or the catalogue's access of its event
    /// when the record has none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access: Option<Access>,
    /// `true` for failed requests only, `false` for successful ones only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failed: Option<bool>,
    /// Failed requests whose `errorCode` is one of these, or starts with one of these and a
    /// dot: `"Forbidden"` matches `Forbidden` and `Forbidden.RAM`, as Alibaba Cloud's codes
    /// refine a kind of failure after a dot. Case matters, as in the codes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub error_codes: Vec<String>,
    /// Caller identity types (`"ram-user"`, `"assumed-role"`, ...).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub identity_types: Vec<IdentityType>,
    /// Records at or after this time (RFC 3339). A record whose `eventTime` does not parse
    /// does not match a time bound.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "since")]
    pub since: Option<DateTime<Utc>>,
    /// Records before this time (RFC 3339).
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "until")]
    pub until: Option<DateTime<Utc>>,
    /// Request parameters, by name as the API spells them (`MfaEnabled`; a member of an
    /// object as `Tag.Key`), each with a [`ParameterCondition`]: a value, a list of values
    /// (any), or a table of operators. Every condition must hold.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub parameters: BTreeMap<String, ParameterCondition>,
    /// `true`: calls that weakened protection or widened exposure. For an event with
    /// parameters whose values the catalogue marks ([`Parameter::weakens`]), that is a call
    /// that set one of them (MFA switched off, not on; an image shared with an account, not
    /// only unshared); an event without such parameters (`RemoveMfaDevice`, `RunCommand`) is
    /// judged by what it is, and matches. `false`: calls of events with such parameters that
    /// set none of them.
    ///
    /// [`Parameter::weakens`]: crate::Parameter::weakens
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weakening: Option<bool>,
}

impl Serialize for Filter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Filter::serialize(self, serializer)
    }
}

impl<'de> Deserialize<'de> for Filter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let filter = Filter::deserialize(deserializer)?;
        parameters::check_names(
            filter.parameters.keys().map(String::as_str),
            &filter.candidate_events(),
        )
        .map_err(de::Error::custom)?;
        Ok(filter)
    }
}

/// The `errorCode` of a record's text, if it has a non-empty one.
fn error_code_of_record(record: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Record<'a> {
        #[serde(rename = "errorCode", borrow)]
        error_code: Option<Text<'a>>,
    }
    let record: Record<'_> = serde_json::from_str(record).ok()?;
    record
        .error_code
        .filter(|code| !code.is_empty())
        .map(|code| code.to_string())
}

/// `since`, as RFC 3339; a time that does not parse is an error that names the field.
fn since<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    time_bound("since", deserializer)
}

/// `until`, as RFC 3339.
fn until<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    time_bound("until", deserializer)
}

fn time_bound<'de, D: Deserializer<'de>>(
    field: &'static str,
    deserializer: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    let text = <Option<Text<'de>>>::deserialize(deserializer)?;
    text.map(|text| TimeError::parse(field, &text).map_err(de::Error::custom))
        .transpose()
}

/// What a [`Filter`] looks at in a record: implemented by [`Record`] and [`LazyRecord`].
pub trait FilterInput: sealed::Sealed {
    /// The record's `eventName`.
    fn filter_event_name(&self) -> &EventName;
    /// The record's `eventRW`.
    fn filter_event_rw(&self) -> Option<Access>;
    /// Whether the request failed.
    fn filter_failed(&self) -> bool;
    /// `errorCode`, when the request failed.
    fn filter_error_code(&self) -> Option<Cow<'_, str>>;
    /// `userIdentity.type`.
    fn filter_identity_type(&self) -> Option<&IdentityType>;
    /// `eventTime`, parsed.
    fn filter_time(&self) -> Option<DateTime<Utc>>;
    /// Whether the record is ECD's.
    fn filter_is_ecd(&self) -> bool;
    /// The product the record belongs to, lower-cased.
    fn filter_service(&self) -> Option<Cow<'_, str>>;
    /// The request parameters, or `None` where they are not a JSON object.
    fn filter_parameters(&self) -> Option<RequestParameters<'_>>;
}

mod sealed {
    pub trait Sealed {}

    impl Sealed for super::Record<'_> {}
    impl Sealed for super::LazyRecord<'_> {}
}

impl FilterInput for Record<'_> {
    fn filter_event_name(&self) -> &EventName {
        &self.event_name
    }

    fn filter_event_rw(&self) -> Option<Access> {
        self.event_rw
    }

    fn filter_failed(&self) -> bool {
        self.is_error()
    }

    fn filter_error_code(&self) -> Option<Cow<'_, str>> {
        self.error_code.as_deref().map(Cow::Borrowed)
    }

    fn filter_identity_type(&self) -> Option<&IdentityType> {
        self.user_identity.as_ref()?.identity_type.as_ref()
    }

    fn filter_time(&self) -> Option<DateTime<Utc>> {
        parse_time(&self.event_time)
    }

    fn filter_is_ecd(&self) -> bool {
        self.is_ecd()
    }

    fn filter_service(&self) -> Option<Cow<'_, str>> {
        self.service()
    }

    fn filter_parameters(&self) -> Option<RequestParameters<'_>> {
        self.parameters().ok()
    }
}

impl FilterInput for LazyRecord<'_> {
    fn filter_event_name(&self) -> &EventName {
        &self.event_name
    }

    fn filter_event_rw(&self) -> Option<Access> {
        self.event_rw
    }

    fn filter_failed(&self) -> bool {
        self.is_error()
    }

    fn filter_error_code(&self) -> Option<Cow<'_, str>> {
        // The lazy read does not keep the code: it is read from the record's text, and only
        // for a failed request that a filter on codes looks at.
        if !self.is_error() {
            return None;
        }
        error_code_of_record(self.json()).map(Cow::Owned)
    }

    fn filter_identity_type(&self) -> Option<&IdentityType> {
        self.identity_type.as_ref()
    }

    fn filter_time(&self) -> Option<DateTime<Utc>> {
        parse_time(&self.event_time)
    }

    fn filter_is_ecd(&self) -> bool {
        self.is_ecd()
    }

    fn filter_service(&self) -> Option<Cow<'_, str>> {
        self.service()
    }

    fn filter_parameters(&self) -> Option<RequestParameters<'_>> {
        // Read from the record's text, and only for a record every other criterion passed.
        self.parameters().ok()
    }
}

impl Filter {
    /// A filter that every record passes; set its fields to narrow it.
    ///
    /// ```
    /// use ecd_events::Tag;
    /// use ecd_events::records::{Filter, Record};
    ///
    /// let mut rule = Filter::new();
    /// rule.tags = vec![Tag::RemoteExecution];
    /// let record = Record::new("E-1", "RunCommand".parse()?, "2025-03-04T09:41:52Z");
    /// assert!(rule.matches(&record));
    /// # Ok::<(), std::convert::Infallible>(())
    /// ```
    pub fn new() -> Self {
        Filter::default()
    }

    /// Whether `record` passes every criterion that is set.
    pub fn matches(&self, record: &impl FilterInput) -> bool {
        let name = record.filter_event_name();
        let listed = name.event();
        // What the name alone rules out is checked before whose the record is is judged:
        // most rules are about a few events, and most records are of none of them.
        let of_categories = |event: Option<EcdEvent>| {
            self.categories.is_empty()
                || event.is_some_and(|event| self.categories.contains(&event.category()))
        };
        let of_tags = |event: Option<EcdEvent>| {
            self.tags.is_empty()
                || event.is_some_and(|event| self.tags.iter().any(|&tag| event.has_tag(tag)))
        };
        if !(self.events.is_empty() || self.events.contains(name))
            || !of_categories(listed)
            || !of_tags(listed)
        {
            return false;
        }
        // Judged once: for a record that names neither its service nor its source, judging
        // reads its request parameters.
        let ecd = record.filter_is_ecd();
        let event = listed.filter(|_| ecd);
        self.of_services(record, ecd)
            && of_categories(event)
            && of_tags(event)
            && self.access.is_none_or(|access| {
                record
                    .filter_event_rw()
                    .or(event.map(|event| event.access()))
                    == Some(access)
            })
            && self
                .failed
                .is_none_or(|failed| record.filter_failed() == failed)
            && (self.error_codes.is_empty() || self.of_error_codes(record))
            && (self.identity_types.is_empty()
                || record
                    .filter_identity_type()
                    .is_some_and(|identity| self.identity_types.contains(identity)))
            && self.within_time(record)
            && (self.parameters.is_empty() || self.of_parameters(record))
            && self
                .weakening
                .is_none_or(|wanted| weakening(record, event) == wanted)
    }

    /// The catalogue's events the filter can match, by `events`, `categories` and `tags`
    /// (every event when it names none); empty when it names only events the catalogue does
    /// not list, or only other services.
    fn candidate_events(&self) -> Vec<EcdEvent> {
        if !self.services.is_empty()
            && !self
                .services
                .iter()
                .any(|service| service.eq_ignore_ascii_case("ecd"))
        {
            return Vec::new();
        }
        EcdEvent::ALL
            .iter()
            .copied()
            .filter(|event| {
                (self.events.is_empty()
                    || self.events.iter().any(|name| name.event() == Some(*event)))
                    && (self.categories.is_empty() || self.categories.contains(&event.category()))
                    && (self.tags.is_empty() || self.tags.iter().any(|&tag| event.has_tag(tag)))
            })
            .collect()
    }

    fn of_parameters(&self, record: &impl FilterInput) -> bool {
        let parameters = record.filter_parameters();
        self.parameters.iter().all(|(name, condition)| {
            let values = parameters
                .as_ref()
                .map(|parameters| values_at(parameters, name))
                .unwrap_or_default();
            if values.is_empty() {
                condition.holds(None)
            } else {
                values.iter().any(|value| condition.holds(Some(value)))
            }
        })
    }

    fn of_services(&self, record: &impl FilterInput, ecd: bool) -> bool {
        if self.services.is_empty() {
            return ecd;
        }
        self.services.iter().any(|service| {
            if service.eq_ignore_ascii_case("ecd") {
                ecd
            } else {
                record
                    .filter_service()
                    .is_some_and(|own| own.eq_ignore_ascii_case(service))
            }
        })
    }

    fn of_error_codes(&self, record: &impl FilterInput) -> bool {
        let Some(code) = record.filter_error_code() else {
            return false;
        };
        self.error_codes.iter().any(|wanted| {
            code.strip_prefix(wanted.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
        })
    }

    fn within_time(&self, record: &impl FilterInput) -> bool {
        if self.since.is_none() && self.until.is_none() {
            return true;
        }
        record.filter_time().is_some_and(|time| {
            self.since.is_none_or(|since| time >= since)
                && self.until.is_none_or(|until| time < until)
        })
    }
}

/// Whether the record's call weakened protection, as [`Filter::weakening`] says: its event
/// has no parameter that concerns security, or the call set a weakening value of one.
fn weakening(record: &impl FilterInput, event: Option<EcdEvent>) -> bool {
    let concerns = |event: EcdEvent| {
        event
            .parameters()
            .iter()
            .any(|parameter| parameter.concerns_security())
    };
    if !event.is_some_and(concerns) {
        return true;
    }
    record
        .filter_parameters()
        .is_some_and(|parameters| !parameters.weakening().is_empty())
}

/// The values at `path` (`Name`, or `Name.Member...` through every item of a list of
/// objects).
fn values_at<'p>(parameters: &'p RequestParameters<'_>, path: &str) -> Vec<ParameterValue<'p>> {
    let mut names = path.split('.');
    let Some(top) = parameters.get(names.next().unwrap_or_default()) else {
        return Vec::new();
    };
    let mut values = vec![top];
    for member in names {
        values = values
            .iter()
            .flat_map(|value| value.items())
            .filter_map(|item| item.member(member))
            .collect();
    }
    values
}
