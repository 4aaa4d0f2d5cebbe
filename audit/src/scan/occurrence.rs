//! What a finding tells of the record behind it.

use chrono::{DateTime, Utc};
use ecd_events::records::Record;

/// A record that matched a rule, as the report shows it: owned, so that it outlives the
/// delivery it came from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Occurrence {
    /// `eventTime`, parsed; `None` if it does not parse (then sorted first).
    pub time: Option<DateTime<Utc>>,
    /// `eventTime`, as the record gives it.
    pub event_time: String,
    /// `eventId`.
    pub event_id: String,
    /// `eventName`.
    pub event_name: String,
    /// Who: `userIdentity.userName`, or failing that its `principalId`, `accessKeyId` or
    /// `type`; `"?"` when the record names no one.
    pub identity: String,
    /// `userIdentity.type`.
    pub identity_type: Option<String>,
    /// `userIdentity.accountId`.
    pub account_id: Option<String>,
    /// `sourceIpAddress`.
    pub source_ip: Option<String>,
    /// `acsRegion`.
    pub region: Option<String>,
    /// `errorCode`, for a failed request.
    pub error_code: Option<String>,
    /// The resources the record names (`resourceName`), comma-separated.
    pub resources: Option<String>,
}

impl Occurrence {
    /// The occurrence of `record`.
    pub fn of(record: &Record<'_>, time: Option<DateTime<Utc>>) -> Occurrence {
        let owned = |text: Option<&str>| text.filter(|text| !text.is_empty()).map(str::to_owned);
        let resources: Vec<&str> = record.resources().map(|resource| resource.name).collect();
        Occurrence {
            time,
            event_time: record.event_time.to_string(),
            event_id: record.event_id.to_string(),
            event_name: record.event_name.to_string(),
            identity: identity(record),
            identity_type: record
                .user_identity
                .as_ref()
                .and_then(|identity| identity.identity_type.as_ref())
                .map(|kind| kind.as_str().to_owned()),
            account_id: owned(
                record
                    .user_identity
                    .as_ref()
                    .and_then(|identity| identity.account_id.as_deref()),
            ),
            source_ip: owned(record.source_ip_address.as_deref()),
            region: owned(record.acs_region.as_deref()),
            error_code: owned(record.error_code.as_deref()),
            resources: (!resources.is_empty()).then(|| resources.join(",")),
        }
    }

    /// Who made the request, for grouping: the account, then the identity.
    pub fn who(&self) -> (&str, &str) {
        (self.account_id.as_deref().unwrap_or(""), &self.identity)
    }
}

/// Who made the request, as [`Occurrence::identity`] says.
pub fn identity(record: &Record<'_>) -> String {
    let Some(identity) = record.user_identity.as_ref() else {
        return "?".into();
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
    .to_owned()
}
