//! [`LazyRecord::skim`]: the readers' fast way to a [`LazyRecord`], which gives exactly what its
//! serde `Deserialize` gives, or leaves the record to it.

use super::record::{access_from_json, text};
use super::skim::{self, Member, Skim, Skimmed};
use crate::catalogue::{Access, EventName};
use crate::records::model::{IdentityType, LazyRecord, Text};

impl<'a> LazyRecord<'a> {
    /// Reads the record at the start of `text` by skimming it ([`skim`](super::skim)), which
    /// is several times faster than serde's visitors. Anything out of the ordinary (escapes in
    /// a key, a field of an unusual type, a missing field, damage) is left to
    /// its serde `Deserialize`, which decides exactly as it always does, with serde's messages.
    pub(crate) fn skim(text: &'a str) -> Skim<LazyRecord<'a>> {
        let mut head = Head::default();
        let skimmed = skim::object_entering(text, &mut head);
        match skimmed {
            Skimmed::Object(length) => match head.finish(&text[..length]) {
                Some(record) => Skim::Record(record, length),
                None => Skim::Fallback,
            },
            Skimmed::Incomplete => Skim::Incomplete,
            Skimmed::Invalid => Skim::Fallback,
        }
    }
}

/// The members a lazy record decodes, as the skimmer finds them.
#[derive(Default)]
struct Head<'a> {
    event_id: Option<Text<'a>>,
    event_name: Option<EventName>,
    event_time: Option<Text<'a>>,
    event_rw: Option<Access>,
    identity_type: Option<IdentityType>,
    service_name: Option<Text<'a>>,
    event_source: Option<Text<'a>>,
    api_version: Option<Text<'a>>,
    /// The `type` of the `userIdentity` being skimmed, until the member itself comes.
    identity_type_inside: Option<IdentityType>,
    error: bool,
}

impl<'a> skim::Members<'a> for Head<'a> {
    /// Decodes `member` if the lazy record needs it; `false` (give up, let serde read the
    /// record) for anything but the plain forms.
    // This and `entered` are inlined into the skimmer's loop: a call for every member cost
    // 730 instructions a record (benches/records-instructions.sh).
    #[inline(always)]
    fn member(&mut self, member: Member<'a>) -> bool {
        if member.key_escaped {
            return false;
        }
        let value = member.value;
        match member.key {
            "eventId" => match member.plain_string() {
                Some(text) => self.event_id = Some(Text::borrowed(text)),
                None => return false,
            },
            "eventName" => match member.plain_string() {
                Some(text) => self.event_name = Some(EventName::parse(text)),
                None => return false,
            },
            "eventTime" => match member.plain_string() {
                Some(text) => self.event_time = Some(Text::borrowed(text)),
                None => return false,
            },
            "eventRW" => match access_from_json(member) {
                Some(access) => self.event_rw = access,
                None => return false,
            },
            // Read as the typed record reads them (serde decodes escapes, and refuses what it
            // would refuse in a record).
            "errorCode" | "errorMessage" => match text(member) {
                Some(text) => self.error |= text.is_some_and(|text| !text.is_empty()),
                None => return false,
            },
            "serviceName" => match text(member) {
                Some(text) => self.service_name = text,
                None => return false,
            },
            "eventSource" => match text(member) {
                Some(text) => self.event_source = text,
                None => return false,
            },
            "apiVersion" => match text(member) {
                Some(text) => self.api_version = text,
                None => return false,
            },
            // Its members came to `entered` (an object is entered, so a value starting
            // with `{` was); the last `type` among them is the one serde keeps.
            "userIdentity" => match value.as_bytes().first() {
                Some(b'{') => self.identity_type = self.identity_type_inside.take(),
                _ if value == "null" => self.identity_type = None,
                _ => return false,
            },
            _ => {}
        }
        true
    }

    fn enters(&mut self, key: &str) -> bool {
        key == "userIdentity"
    }

    /// A member of `userIdentity`: its `type`, in the plain forms; `false` for an escaped key,
    /// which might be `type`.
    #[inline(always)]
    fn entered(&mut self, member: Member<'a>) -> bool {
        if member.key_escaped {
            return false;
        }
        if member.key == "type" {
            self.identity_type_inside = match member.plain_string() {
                Some(text) => Some(IdentityType::parse(text)),
                None if member.value == "null" => None,
                None => return false,
            };
        }
        true
    }
}

impl<'a> Head<'a> {
    fn finish(self, json: &'a str) -> Option<LazyRecord<'a>> {
        Some(LazyRecord {
            event_id: self.event_id?,
            event_name: self.event_name?,
            event_time: self.event_time?,
            event_rw: self.event_rw,
            identity_type: self.identity_type,
            service_name: self.service_name,
            event_source: self.event_source,
            api_version: self.api_version,
            error: self.error,
            json,
        })
    }
}
