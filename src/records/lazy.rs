//! [`LazyRecord`]: a record read at the speed of skimming it, decoded in full on request.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};

use super::record::access_from_json;
use super::record_skim;
use super::skim::{self, Member, Skim, Skimmed};
use super::{IdentityType, Record, Text, TimeError};
use crate::{Access, EcdEvent, EventName};

/// A record of which only what alert rules look at is decoded: its ID, name, time, `eventRW`,
/// whether it failed and the caller's identity type. The rest stays JSON text until
/// [`record`](Self::record) decodes it.
///
/// Reading a delivery as `LazyRecord`s ([`RecordReader::for_each_lazy`]) checks each record
/// as JSON as strictly as a full read, but builds only these fields; a pipeline that keeps one
/// record in a thousand decodes only that one in full.
///
/// [`RecordReader::for_each_lazy`]: super::RecordReader::for_each_lazy
///
/// ```
/// use ecd_events::{Access, EcdEvent};
/// use ecd_events::records::{IdentityType, RecordReader};
///
/// let delivery = br#"{"eventId":"E-1","eventName":"DeleteDesktops","eventTime":"2025-03-04T09:41:52Z","eventRW":"Write","errorCode":"","userIdentity":{"type":"ram-user","userName":"carol"}}"#;
/// RecordReader::new(&delivery[..]).for_each_lazy(|result| {
///     let lazy = result.unwrap();
///     assert_eq!(lazy.event(), Some(EcdEvent::DeleteDesktops));
///     assert_eq!((lazy.event_rw, lazy.is_error()), (Some(Access::Write), false));
///     assert_eq!(lazy.identity_type, Some(IdentityType::RamUser));
///
///     let record = lazy.record().unwrap();
///     assert_eq!(record.user_identity.unwrap().user_name.as_deref(), Some("carol"));
/// });
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct LazyRecord<'a> {
    /// `eventId`.
    pub event_id: Text<'a>,
    /// `eventName`.
    pub event_name: EventName,
    /// `eventTime`, unparsed; [`time`](Self::time) parses it.
    pub event_time: Text<'a>,
    /// `eventRW`.
    pub event_rw: Option<Access>,
    /// `userIdentity.type`.
    pub identity_type: Option<IdentityType>,
    error: bool,
    json: &'a str,
}

impl<'a> LazyRecord<'a> {
    /// Reads the fields a lazy record decodes from one JSON object, which must be all of
    /// `json` but for trailing whitespace.
    ///
    /// ```
    /// use ecd_events::records::LazyRecord;
    ///
    /// let json = r#"{"eventId":"E-1","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:52Z"}"#;
    /// let lazy = LazyRecord::from_json(json)?;
    /// assert_eq!(lazy.event_name.as_str(), "StopDesktops");
    /// assert_eq!(lazy.json(), json);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn from_json(json: &'a str) -> serde_json::Result<Self> {
        let mut head: LazyRecord<'a> = serde_json::from_str(json)?;
        head.json = json.trim_end();
        Ok(head)
    }

    /// The record's JSON text, as it came.
    pub fn json(&self) -> &'a str {
        self.json
    }

    pub(crate) fn with_json(mut self, json: &'a str) -> Self {
        self.json = json;
        self
    }

    /// Reads the record at the start of `text` by skimming it ([`skim`](super::skim)), which
    /// is several times faster than serde's visitors. Anything out of the ordinary (escapes in
    /// a key, a field of an unusual type, a missing field, damage) is left to
    /// [`LazyVisitor`], which decides exactly as it always does, with serde's messages.
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

    /// Decodes the whole record. It can fail where the lazy read did not: on a field the lazy
    /// read skipped that has a type no record uses, or a field given twice; the error says
    /// which.
    pub fn record(&self) -> serde_json::Result<Record<'a>> {
        serde_json::from_str(self.json)
    }

    /// The catalogue's event, when it lists the record's `eventName`.
    pub fn event(&self) -> Option<EcdEvent> {
        self.event_name.event()
    }

    /// Whether the request failed: a non-empty `errorCode` or `errorMessage`.
    pub fn is_error(&self) -> bool {
        self.error
    }

    /// `eventTime`, parsed as RFC 3339 and converted to UTC.
    pub fn time(&self) -> Result<chrono::DateTime<chrono::Utc>, TimeError> {
        TimeError::parse("eventTime", &self.event_time)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for LazyRecord<'a> {
    /// Reads the lazily decoded fields; [`LazyRecord::json`] is empty unless it came from
    /// [`LazyRecord::from_json`] or a reader.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(LazyVisitor)
    }
}

struct LazyVisitor;

impl<'de> Visitor<'de> for LazyVisitor {
    type Value = LazyRecord<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an ActionTrail event record (a JSON object)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LazyRecord<'de>, A::Error> {
        let mut event_id = None;
        let mut event_name = None;
        let mut event_time = None;
        let mut event_rw = None;
        let mut identity_type = None;
        let mut error = false;
        while let Some(key) = map.next_key::<Text<'de>>()? {
            match key.as_str() {
                "eventId" => event_id = Some(map.next_value::<Text<'de>>()?),
                "eventName" => event_name = Some(map.next_value::<EventName>()?),
                "eventTime" => event_time = Some(map.next_value::<Text<'de>>()?),
                "eventRW" => event_rw = map.next_value::<super::record::AccessField>()?.0,
                "errorCode" | "errorMessage" => {
                    let text = map.next_value::<Option<Text<'de>>>()?;
                    error |= text.is_some_and(|text| !text.is_empty());
                }
                "userIdentity" => identity_type = map.next_value::<IdentityTypeOnly>()?.0,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(LazyRecord {
            event_id: event_id.ok_or_else(|| de::Error::missing_field("eventId"))?,
            event_name: event_name.ok_or_else(|| de::Error::missing_field("eventName"))?,
            event_time: event_time.ok_or_else(|| de::Error::missing_field("eventTime"))?,
            event_rw,
            identity_type,
            error,
            json: "",
        })
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
            "errorCode" | "errorMessage" => match record_skim::text(member) {
                Some(text) => self.error |= text.is_some_and(|text| !text.is_empty()),
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
            error: self.error,
            json,
        })
    }
}

/// `userIdentity`, of which only `type` is decoded.
struct IdentityTypeOnly(Option<IdentityType>);

impl<'de> Deserialize<'de> for IdentityTypeOnly {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TypeVisitor;

        impl<'de> Visitor<'de> for TypeVisitor {
            type Value = IdentityTypeOnly;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a user identity (a JSON object)")
            }

            fn visit_unit<E: de::Error>(self) -> Result<IdentityTypeOnly, E> {
                Ok(IdentityTypeOnly(None))
            }

            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<IdentityTypeOnly, A::Error> {
                let mut identity_type = None;
                while let Some(key) = map.next_key::<Text<'de>>()? {
                    if key.as_str() == "type" {
                        identity_type = map.next_value::<Option<IdentityType>>()?;
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(IdentityTypeOnly(identity_type))
            }
        }

        deserializer.deserialize_any(TypeVisitor)
    }
}
