//! [`Record::skim`]: the readers' fast way to a [`Record`], which gives exactly what its serde
//! `Deserialize` gives, or leaves the record to it.
//!
//! The skimmer finds each member and checks its JSON; strings without escapes are borrowed as
//! they are, `userIdentity` is read in the same pass (the skimmer enters it), its session is
//! skimmed again member by member once the skimmer has found where it ends (it is rare),
//! payloads are kept as the text the skimmer checked, and serde decodes the rest (escaped
//! strings, `eventAttributes`, values of unusual types). A record the fast path cannot read
//! exactly as serde would goes to serde ([`Skim::Fallback`]), which then reports any error in
//! its own words.

use serde::Deserialize;

use super::skim::{self, Member, Skim, Skimmed};
use crate::catalogue::{Access, EcdEvent, EventName};
use crate::records::model::{
    EventType, IdentityType, RawJson, Record, SessionAttributes, SessionContext, Text,
    UserIdentity, access_from_text, lenient,
};

impl<'a> Record<'a> {
    /// Reads the record at the start of `text` by skimming it.
    pub(crate) fn skim(text: &'a str) -> Skim<Record<'a>> {
        let mut fields = Fields {
            // The required fields are placeholders here; `finish` sets them or gives up.
            record: Record::new("", EventName::Known(EcdEvent::ALL[0]), ""),
            event_id: None,
            event_name: None,
            event_time: None,
            identity_seen: 0,
            identity_given_twice: false,
        };
        match skim::object_entering(text, &mut fields) {
            Skimmed::Object(length) => match fields.finish() {
                Some(()) => Skim::Record(fields.record, length),
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
    /// The bits of the fields found in the `userIdentity` being skimmed (see [`nested`]); it is
    /// read straight into the record.
    identity_seen: u32,
    /// Whether an object was entered for `userIdentity` when the record already had one, which
    /// serde refuses.
    identity_given_twice: bool,
}

/// Sets an empty slot, as serde's `fill` does; `None` (fall back) if it is already set, where
/// serde reports a duplicate field.
// This and `text` are inlined: they run for most members, and a call cost as much as they do
// (660 instructions a record, benches/records-instructions.sh).
#[inline(always)]
fn set<T>(slot: &mut Option<T>, value: Option<T>) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = value;
    Some(())
}

/// A string member: `None` (fall back) unless a string or `null`.
#[inline(always)]
pub(super) fn text(member: Member<'_>) -> Option<Option<Text<'_>>> {
    if let Some(plain) = member.plain_string() {
        return Some(Some(Text::borrowed(plain)));
    }
    let value = member.value;
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

/// A value read from its string (`eventName`, `eventType`, the identity's `type`): by `parse`
/// from a plain string, by serde from anything else (escapes, `null`, a wrong type).
fn parsed<'a, T: Deserialize<'a>>(
    member: Member<'a>,
    parse: impl FnOnce(&str) -> T,
) -> Option<Option<T>> {
    match member.plain_string() {
        Some(plain) => Some(Some(parse(plain))),
        None => decoded(member.value),
    }
}

/// A payload, kept as its JSON text: the skimmer has checked it as serde would.
fn raw(value: &str) -> Option<Option<RawJson<'_>>> {
    Some((value != "null").then(|| RawJson::checked(value)))
}

/// `eventVersion`: a string, or a number serde would write back the same way.
fn version(member: Member<'_>) -> Option<Option<Text<'_>>> {
    let value = member.value;
    let canonical = value.len() <= 19
        && value.bytes().all(|byte| byte.is_ascii_digit())
        && (value == "0" || !value.starts_with('0'));
    if canonical {
        return Some(Some(Text::borrowed(value)));
    }
    match value.as_bytes().first() {
        Some(b'"') => text(member),
        _ if value == "null" => Some(None),
        _ => None,
    }
}

/// An object inside the identity (`sessionContext` and its `attributes`), or `null`, read
/// member by member as serde's derived code reads it (as `userIdentity` is, by `entered`).
/// `read` fills in the field a member is for and gives that field's bit (0 for keys the type
/// does not have, which serde skips too), or `None` to fall back; a field given twice falls
/// back, as serde refuses it even after a `null`.
fn nested<'a, T: Default>(
    value: &'a str,
    mut read: impl FnMut(&mut T, Member<'a>) -> Option<u32>,
) -> Option<Option<T>> {
    if value == "null" {
        return Some(None);
    }
    let mut fields = T::default();
    let mut seen = 0;
    let skimmed = skim::object(value, |member| {
        nested_member(&mut fields, &mut seen, member, &mut read)
    });
    (skimmed == Skimmed::Object(value.len())).then_some(Some(fields))
}

/// One member of a nested object, read into `fields` by `read` as [`nested`] says; `false` to
/// fall back. `seen` holds the bits of the fields read so far.
#[inline(always)]
fn nested_member<'a, T>(
    fields: &mut T,
    seen: &mut u32,
    member: Member<'a>,
    read: impl FnOnce(&mut T, Member<'a>) -> Option<u32>,
) -> bool {
    if member.key_escaped {
        return false;
    }
    match read(fields, member) {
        Some(bit) if *seen & bit == 0 => {
            *seen |= bit;
            true
        }
        _ => false,
    }
}

/// A member of `userIdentity`, its strings borrowed as the record's are: read as [`nested`]
/// reads one.
fn identity_member<'a>(identity: &mut UserIdentity<'a>, member: Member<'a>) -> Option<u32> {
    Some(match member.key {
        "type" => {
            identity.identity_type = parsed(member, IdentityType::parse)?;
            1
        }
        "principalId" => {
            identity.principal_id = text(member)?;
            1 << 1
        }
        "accountId" => {
            identity.account_id = text(member)?;
            1 << 2
        }
        "accessKeyId" => {
            identity.access_key_id = text(member)?;
            1 << 3
        }
        "userName" => {
            identity.user_name = text(member)?;
            1 << 4
        }
        "sessionContext" => {
            identity.session_context = nested(member.value, session)?;
            1 << 5
        }
        _ => 0,
    })
}

/// A member of `userIdentity.sessionContext`.
fn session<'a>(session: &mut SessionContext<'a>, member: Member<'a>) -> Option<u32> {
    Some(match member.key {
        "attributes" => {
            session.attributes = nested(
                member.value,
                |attributes: &mut SessionAttributes<'a>, member| {
                    Some(match member.key {
                        "mfaAuthenticated" => {
                            attributes.mfa_authenticated = flag(member)?;
                            1
                        }
                        "creationDate" => {
                            attributes.creation_date = text(member)?;
                            1 << 1
                        }
                        _ => 0,
                    })
                },
            )?;
            1
        }
        _ => 0,
    })
}

/// A flag (`isGlobal`, `mfaAuthenticated`): `true`, `false`, `null`, or the strings serde's
/// lenient flag accepts.
fn flag(member: Member<'_>) -> Option<Option<bool>> {
    if let Some(plain) = member.plain_string() {
        return lenient::flag_from_text(plain);
    }
    match member.value {
        "true" => Some(Some(true)),
        "false" => Some(Some(false)),
        "null" => Some(None),
        value => decoded::<FlagOnly>(value).map(|flag| flag.and_then(|flag| flag.0)),
    }
}

/// serde's own reading of a flag, for the rare forms.
struct FlagOnly(Option<bool>);

impl<'de> Deserialize<'de> for FlagOnly {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        lenient::flag(deserializer).map(FlagOnly)
    }
}

impl<'a> skim::Members<'a> for Fields<'a> {
    // This and `take` are inlined into the skimmer's loop: a call for every member cost 270
    // instructions a record (benches/records-instructions.sh).
    #[inline(always)]
    fn member(&mut self, member: Member<'a>) -> bool {
        self.take(member).is_some()
    }

    /// Makes the record's identity ready for the members of `userIdentity`: they are read into
    /// it in place, which saves moving it there afterwards.
    fn enters(&mut self, key: &str) -> bool {
        if key != "userIdentity" {
            return false;
        }
        self.identity_given_twice |= self.record.user_identity.is_some();
        self.record.user_identity = Some(UserIdentity::default());
        self.identity_seen = 0;
        true
    }

    fn entered(&mut self, member: Member<'a>) -> bool {
        match &mut self.record.user_identity {
            Some(identity) => {
                nested_member(identity, &mut self.identity_seen, member, identity_member)
            }
            None => false,
        }
    }
}

impl<'a> Fields<'a> {
    /// Reads one member into its field; `None` to fall back to serde.
    #[inline(always)]
    fn take(&mut self, member: Member<'a>) -> Option<()> {
        if member.key_escaped {
            return None;
        }
        let record = &mut self.record;
        let value = member.value;
        match member.key {
            "eventId" => set(&mut self.event_id, text(member)?),
            "eventVersion" => set(&mut record.event_version, version(member)?),
            "eventName" => set(&mut self.event_name, parsed(member, EventName::parse)?),
            "eventSource" => set(&mut record.event_source, text(member)?),
            "eventType" => set(&mut record.event_type, parsed(member, EventType::parse)?),
            "eventCategory" => set(&mut record.event_category, text(member)?),
            "eventRW" => set(&mut record.event_rw, access_from_json(member)?),
            "eventTime" => set(&mut self.event_time, text(member)?),
            "acsRegion" => set(&mut record.acs_region, text(member)?),
            "serviceName" => set(&mut record.service_name, text(member)?),
            "requestId" => set(&mut record.request_id, text(member)?),
            "apiVersion" => set(&mut record.api_version, text(member)?),
            "errorCode" => {
                set(&mut record.error_code, text(member)?)?;
                record.error_code = record.error_code.take().filter(|code| !code.is_empty());
                Some(())
            }
            "errorMessage" => {
                set(&mut record.error_message, text(member)?)?;
                record.error_message = record
                    .error_message
                    .take()
                    .filter(|message| !message.is_empty());
                Some(())
            }
            "sourceIpAddress" => set(&mut record.source_ip_address, text(member)?),
            "userAgent" => set(&mut record.user_agent, text(member)?),
            // An object was entered (one starting with `{` is) and read into the record.
            "userIdentity" => match value.as_bytes().first() {
                Some(b'{') if self.identity_given_twice => None,
                Some(b'{') => Some(()),
                _ if value == "null" => set(&mut record.user_identity, None),
                _ => None,
            },
            "requestParameters" => set(&mut record.request_parameters, raw(value)?),
            "requestParameterJson" => set(&mut record.request_parameter_json, text(member)?),
            "responseElements" => set(&mut record.response_elements, raw(value)?),
            "additionalEventData" => set(&mut record.additional_event_data, raw(value)?),
            "referencedResources" => set(&mut record.referenced_resources, raw(value)?),
            "resourceName" => set(&mut record.resource_name, text(member)?),
            "resourceType" => set(&mut record.resource_type, text(member)?),
            "isGlobal" => set(&mut record.is_global, flag(member)?),
            "eventAttributes" => set(&mut record.event_attributes, decoded(value)?),
            "vpcId" => set(&mut record.vpc_id, text(member)?),
            "recipientAccountId" => set(&mut record.recipient_account_id, text(member)?),
            key => {
                record
                    .other
                    .push((Text::borrowed(key), RawJson::checked(value)));
                Some(())
            }
        }
    }

    /// Sets the required fields, if all were found. (In place: moving the fields out by value
    /// would copy the whole record once more.)
    fn finish(&mut self) -> Option<()> {
        self.record.event_id = self.event_id.take()?;
        self.record.event_name = self.event_name.take()?;
        self.record.event_time = self.event_time.take()?;
        Some(())
    }
}

/// An `eventRW` value as the skimmer finds it (JSON text): as [`AccessField`] reads it, or
/// `None` for what only serde can decide (escapes) or refuse.
pub(super) fn access_from_json(member: Member<'_>) -> Option<Option<Access>> {
    match member.plain_string() {
        Some(text) => access_from_text(text),
        None if member.value == "null" => Some(None),
        None => None,
    }
}
