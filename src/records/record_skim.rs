//! [`Record::skim`]: the readers' fast way to a [`Record`], which gives exactly what its serde
//! `Deserialize` gives, or leaves the record to it.
//!
//! The skimmer finds each member; strings without escapes are borrowed as they are, and serde
//! decodes the rest (escaped strings, the identity, payloads, which it also checks as JSON). A
//! record the fast path cannot read exactly as serde would goes to serde
//! ([`Skim::Fallback`]), which then reports any error in its own words.

use serde::Deserialize;

use super::record::access_from_json;
use super::skim::{self, Member, Skim, Skimmed};
use super::{EventType, IdentityType, RawJson, Record, Text, UserIdentity};
use crate::{EcdEvent, EventName};

impl<'a> Record<'a> {
    /// Reads the record at the start of `text` by skimming it.
    pub(crate) fn skim(text: &'a str) -> Skim<Record<'a>> {
        let mut fields = Fields {
            // The required fields are placeholders here; `finish` sets them or gives up.
            record: Record::new("", EventName::Known(EcdEvent::ALL[0]), ""),
            event_id: None,
            event_name: None,
            event_time: None,
        };
        match skim::object(text, |member| fields.take(member).is_some()) {
            Skimmed::Object(length) => match fields.finish() {
                Some(record) => Skim::Record(record, length),
                None => Skim::Fallback,
            },
            Skimmed::Incomplete => Skim::Incomplete,
            Skimmed::Invalid => Skim::Fallback,
        }
    }
}

/// A record being filled in; the required fields apart until all are found.
struct Fields<'a> {
    record: Record<'a>,
    event_id: Option<Text<'a>>,
    event_name: Option<EventName>,
    event_time: Option<Text<'a>>,
}

/// Sets an empty slot, as serde's `fill` does; `None` (fall back) if it is already set, where
/// serde reports a duplicate field.
fn set<T>(slot: &mut Option<T>, value: Option<T>) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = value;
    Some(())
}

/// A string member: `None` (fall back) unless a string or `null`.
fn text(value: &str) -> Option<Option<Text<'_>>> {
    if let Some(plain) = skim::plain_string(value) {
        return Some(Some(Text::borrowed(plain)));
    }
    match value.as_bytes().first() {
        Some(b'"') => serde_json::from_str::<Text<'_>>(value).ok().map(Some),
        _ if value == "null" => Some(None),
        _ => None,
    }
}

/// Any other member, decoded by serde: `None` (fall back) where serde fails.
fn decoded<'a, T: Deserialize<'a>>(value: &'a str) -> Option<Option<T>> {
    serde_json::from_str::<Option<T>>(value).ok()
}

/// A payload, kept as its JSON text: the skimmer has checked it as serde would.
fn raw(value: &str) -> Option<Option<RawJson<'_>>> {
    Some((value != "null").then(|| RawJson::checked(value)))
}

/// `eventVersion`: a string, or a number serde would write back the same way.
fn version(value: &str) -> Option<Option<Text<'_>>> {
    let canonical = value.len() <= 19
        && value.bytes().all(|byte| byte.is_ascii_digit())
        && (value == "0" || !value.starts_with('0'));
    if canonical {
        return Some(Some(Text::borrowed(value)));
    }
    match value.as_bytes().first() {
        Some(b'"') => text(value),
        _ if value == "null" => Some(None),
        _ => None,
    }
}

/// `userIdentity`: its strings borrowed as the record's are, its session decoded by serde.
fn identity(value: &str) -> Option<Option<UserIdentity<'_>>> {
    if value == "null" {
        return Some(None);
    }
    let mut identity = UserIdentity::default();
    // serde's derived code refuses a key given twice even when the first value was null.
    let mut seen = [false; IDENTITY_KEYS.len()];
    let mut plain = true;
    let skimmed = skim::object(value, |member| {
        if let Some(index) = IDENTITY_KEYS.iter().position(|&key| key == member.key) {
            if std::mem::replace(&mut seen[index], true) {
                plain = false;
            }
        }
        plain = plain && !member.key_escaped && identity_member(&mut identity, member).is_some();
        plain
    });
    (plain && skimmed == Skimmed::Object(value.len())).then_some(Some(identity))
}

/// The keys of `userIdentity` that [`UserIdentity`] has fields for.
const IDENTITY_KEYS: [&str; 6] = [
    "type",
    "principalId",
    "accountId",
    "accessKeyId",
    "userName",
    "sessionContext",
];

fn identity_member<'a>(identity: &mut UserIdentity<'a>, member: Member<'a>) -> Option<()> {
    let value = member.value;
    match member.key {
        "type" => {
            let kind = match skim::plain_string(value) {
                Some(plain) => Some(IdentityType::parse(plain)),
                None => decoded::<IdentityType>(value)?,
            };
            set(&mut identity.identity_type, kind)
        }
        "principalId" => set(&mut identity.principal_id, text(value)?),
        "accountId" => set(&mut identity.account_id, text(value)?),
        "accessKeyId" => set(&mut identity.access_key_id, text(value)?),
        "userName" => set(&mut identity.user_name, text(value)?),
        "sessionContext" => set(&mut identity.session_context, decoded(value)?),
        // serde's derived code skips keys it does not know, and so does this.
        _ => Some(()),
    }
}

/// `isGlobal`: `true`, `false`, `null`, or the strings serde's lenient flag accepts.
fn flag(value: &str) -> Option<Option<bool>> {
    match value {
        "true" => Some(Some(true)),
        "false" => Some(Some(false)),
        "null" => Some(None),
        _ => decoded::<FlagOnly>(value).map(|flag| flag.and_then(|flag| flag.0)),
    }
}

/// serde's own reading of a flag, for the rare forms.
struct FlagOnly(Option<bool>);

impl<'de> Deserialize<'de> for FlagOnly {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::lenient::flag(deserializer).map(FlagOnly)
    }
}

impl<'a> Fields<'a> {
    /// Reads one member into its field; `None` to fall back to serde.
    fn take(&mut self, member: Member<'a>) -> Option<()> {
        if member.key_escaped {
            return None;
        }
        let record = &mut self.record;
        let value = member.value;
        match member.key {
            "eventId" => set(&mut self.event_id, text(value)?),
            "eventVersion" => set(&mut record.event_version, version(value)?),
            "eventName" => {
                let name = match skim::plain_string(value) {
                    Some(plain) => Some(EventName::parse(plain)),
                    None => decoded::<EventName>(value)?,
                };
                set(&mut self.event_name, name)
            }
            "eventSource" => set(&mut record.event_source, text(value)?),
            "eventType" => {
                let event_type = match skim::plain_string(value) {
                    Some(plain) => Some(EventType::parse(plain)),
                    None => decoded::<EventType>(value)?,
                };
                set(&mut record.event_type, event_type)
            }
            "eventCategory" => set(&mut record.event_category, text(value)?),
            "eventRW" => set(&mut record.event_rw, access_from_json(value)?),
            "eventTime" => set(&mut self.event_time, text(value)?),
            "acsRegion" => set(&mut record.acs_region, text(value)?),
            "serviceName" => set(&mut record.service_name, text(value)?),
            "requestId" => set(&mut record.request_id, text(value)?),
            "apiVersion" => set(&mut record.api_version, text(value)?),
            "errorCode" => {
                set(&mut record.error_code, text(value)?)?;
                record.error_code = record.error_code.take().filter(|code| !code.is_empty());
                Some(())
            }
            "errorMessage" => {
                set(&mut record.error_message, text(value)?)?;
                record.error_message = record
                    .error_message
                    .take()
                    .filter(|message| !message.is_empty());
                Some(())
            }
            "sourceIpAddress" => set(&mut record.source_ip_address, text(value)?),
            "userAgent" => set(&mut record.user_agent, text(value)?),
            "userIdentity" => set(&mut record.user_identity, identity(value)?),
            "requestParameters" => set(&mut record.request_parameters, raw(value)?),
            "requestParameterJson" => set(&mut record.request_parameter_json, text(value)?),
            "responseElements" => set(&mut record.response_elements, raw(value)?),
            "additionalEventData" => set(&mut record.additional_event_data, raw(value)?),
            "referencedResources" => set(&mut record.referenced_resources, raw(value)?),
            "resourceName" => set(&mut record.resource_name, text(value)?),
            "resourceType" => set(&mut record.resource_type, text(value)?),
            "isGlobal" => set(&mut record.is_global, flag(value)?),
            "eventAttributes" => set(&mut record.event_attributes, decoded(value)?),
            "vpcId" => set(&mut record.vpc_id, text(value)?),
            "recipientAccountId" => set(&mut record.recipient_account_id, text(value)?),
            key => {
                record
                    .other
                    .push((Text::borrowed(key), RawJson::checked(value)));
                Some(())
            }
        }
    }

    fn finish(self) -> Option<Record<'a>> {
        Some(Record {
            event_id: self.event_id?,
            event_name: self.event_name?,
            event_time: self.event_time?,
            ..self.record
        })
    }
}
