//! The fields a rule can name, resolved once when the rule is read, and their values in a
//! record, read from the library's typed record without parsing it again: only
//! `requestParameters` is read on demand (once a record, and only for a rule that names one),
//! and the rarely named `responseElements`, `additionalEventData` and other members when named.
//!
//! docs/sigma.md lists every field in one table.

use std::borrow::Cow;
use std::cell::OnceCell;

use ecd_events::EcdEvent;
use ecd_events::records::{Record, RequestParameters};

/// A field of a rule, as it names it (`eventName`, `requestParameters.DesktopId.1`,
/// `ecd.tags`), resolved to where a record keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field {
    /// A top-level string field of the record.
    Record(RecordField),
    /// A field of `userIdentity`.
    Identity(IdentityField),
    /// `requestParameters.PATH`: a key as the record writes it (`DesktopId.1`), or a
    /// parameter by name with its list items and members (`DesktopId`,
    /// `AuthorizeAccessPolicyRule.CidrIp`).
    Parameter(String),
    /// A member of another JSON object of the record (`responseElements.RequestId`), or a
    /// top-level key the library does not model: read by parsing that object.
    Json(String, Vec<String>),
    /// A fact of the catalogue, or of the library's judgement of the record (`ecd.*`).
    Ecd(EcdField),
}

/// A top-level field of a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum RecordField {
    EventId,
    EventVersion,
    EventName,
    EventSource,
    EventType,
    EventCategory,
    EventRw,
    EventTime,
    AcsRegion,
    ServiceName,
    RequestId,
    ApiVersion,
    ErrorCode,
    ErrorMessage,
    SourceIpAddress,
    UserAgent,
    ResourceName,
    ResourceType,
    IsGlobal,
    VpcId,
    RecipientAccountId,
}

const RECORD_FIELDS: [(&str, RecordField); 21] = [
    ("eventId", RecordField::EventId),
    ("eventVersion", RecordField::EventVersion),
    ("eventName", RecordField::EventName),
    ("eventSource", RecordField::EventSource),
    ("eventType", RecordField::EventType),
    ("eventCategory", RecordField::EventCategory),
    ("eventRW", RecordField::EventRw),
    ("eventTime", RecordField::EventTime),
    ("acsRegion", RecordField::AcsRegion),
    ("serviceName", RecordField::ServiceName),
    ("requestId", RecordField::RequestId),
    ("apiVersion", RecordField::ApiVersion),
    ("errorCode", RecordField::ErrorCode),
    ("errorMessage", RecordField::ErrorMessage),
    ("sourceIpAddress", RecordField::SourceIpAddress),
    ("userAgent", RecordField::UserAgent),
    ("resourceName", RecordField::ResourceName),
    ("resourceType", RecordField::ResourceType),
    ("isGlobal", RecordField::IsGlobal),
    ("vpcId", RecordField::VpcId),
    ("recipientAccountId", RecordField::RecipientAccountId),
];

/// A field of `userIdentity`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum IdentityField {
    Type,
    PrincipalId,
    AccountId,
    AccessKeyId,
    UserName,
    MfaAuthenticated,
    CreationDate,
}

const IDENTITY_FIELDS: [(&str, IdentityField); 7] = [
    ("userIdentity.type", IdentityField::Type),
    ("userIdentity.principalId", IdentityField::PrincipalId),
    ("userIdentity.accountId", IdentityField::AccountId),
    ("userIdentity.accessKeyId", IdentityField::AccessKeyId),
    ("userIdentity.userName", IdentityField::UserName),
    (
        "userIdentity.sessionContext.attributes.mfaAuthenticated",
        IdentityField::MfaAuthenticated,
    ),
    (
        "userIdentity.sessionContext.attributes.creationDate",
        IdentityField::CreationDate,
    ),
];

/// The `ecd.*` fields: what the catalogue and the library know of a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EcdField {
    /// `ecd.service`: the service the record is of, as the library judges it (`ecd` for
    /// ECD's records, from `serviceName`, `eventSource`, `apiVersion` or the name).
    Service,
    /// `ecd.category`: the catalogue's category of the event (`desktop`, `user`, ...).
    Category,
    /// `ecd.access`: `Read` or `Write`, the record's `eventRW` or else the catalogue's.
    Access,
    /// `ecd.tags`: the catalogue's tags of the event, a list.
    Tags,
    /// `ecd.weakening`: `true` when the call set a parameter to a value the catalogue marks
    /// as weakening protection or widening exposure.
    Weakening,
    /// `ecd.security_parameters`: `true` when the catalogue marks weakening values of some
    /// parameter of the event, so that its calls are judged by what they set.
    SecurityParameters,
    /// `ecd.failed`: `true` when the request failed (an `errorCode` or `errorMessage`).
    Failed,
    /// `ecd.identity`: who, as findings name them: `userIdentity.userName`, else its
    /// `principalId`, `accessKeyId` or `type`; `?` for no one.
    Identity,
    /// `ecd.sensitive`: ActionTrail marked the event sensitive.
    Sensitive,
}

const ECD_FIELDS: [(&str, EcdField); 9] = [
    ("ecd.service", EcdField::Service),
    ("ecd.category", EcdField::Category),
    ("ecd.access", EcdField::Access),
    ("ecd.tags", EcdField::Tags),
    ("ecd.weakening", EcdField::Weakening),
    ("ecd.security_parameters", EcdField::SecurityParameters),
    ("ecd.failed", EcdField::Failed),
    ("ecd.identity", EcdField::Identity),
    ("ecd.sensitive", EcdField::Sensitive),
];

/// The JSON objects of a record read by parsing them when a rule names a member.
const JSON_ROOTS: [&str; 3] = [
    "responseElements",
    "additionalEventData",
    "referencedResources",
];

impl Field {
    /// The field a rule names, or why it names none.
    pub fn parse(name: &str) -> Result<Field, String> {
        if let Some(&(_, field)) = RECORD_FIELDS.iter().find(|(known, _)| *known == name) {
            return Ok(Field::Record(field));
        }
        if let Some(&(_, field)) = IDENTITY_FIELDS.iter().find(|(known, _)| *known == name) {
            return Ok(Field::Identity(field));
        }
        if let Some(&(_, field)) = ECD_FIELDS.iter().find(|(known, _)| *known == name) {
            return Ok(Field::Ecd(field));
        }
        if let Some(path) = name.strip_prefix("requestParameters.") {
            if path.is_empty() || path.split('.').any(str::is_empty) {
                return Err(format!("`{name}` names no parameter"));
            }
            return Ok(Field::Parameter(path.to_owned()));
        }
        if name.starts_with("ecd.") {
            let known: Vec<&str> = ECD_FIELDS.iter().map(|(known, _)| *known).collect();
            return Err(format!(
                "no field `{name}`: the ecd fields are {}",
                known.join(", ")
            ));
        }
        if name.starts_with("userIdentity.") {
            return Err(format!(
                "no field `{name}` in userIdentity{}",
                closest(name, IDENTITY_FIELDS.iter().map(|(known, _)| *known))
            ));
        }
        if name.is_empty() || name.split('.').any(str::is_empty) {
            return Err(format!("`{name}` is not a field name"));
        }
        let mut parts = name.split('.').map(str::to_owned);
        let root = parts.next().unwrap_or_default();
        if JSON_ROOTS.contains(&root.as_str()) || name.contains('.') {
            return Ok(Field::Json(root, parts.collect()));
        }
        // A top-level name the library does not model: kept as the record's own member, but
        // most likely a misspelling of one it does.
        let hint = closest(name, RECORD_FIELDS.iter().map(|(known, _)| *known));
        if !hint.is_empty() {
            return Err(format!("no field `{name}`{hint}"));
        }
        Ok(Field::Json(root, Vec::new()))
    }

    /// How much reading the field costs, from 0: a parsed field, the library's judgement of
    /// the service or a catalogue fact, the request parameters, another JSON object.
    pub fn cost(&self) -> u8 {
        match self {
            Field::Record(_) | Field::Identity(_) => 0,
            Field::Ecd(EcdField::Weakening) => 2,
            Field::Ecd(_) => 1,
            Field::Parameter(_) => 2,
            Field::Json(..) => 3,
        }
    }

    /// Whether reading the field needs the record's request parameters.
    pub fn reads_parameters(&self) -> bool {
        matches!(
            self,
            Field::Parameter(_) | Field::Ecd(EcdField::Weakening | EcdField::Service)
        )
    }
}

/// "; did you mean `X`?" for the closest of `known` to `name`, or nothing.
fn closest<'k>(name: &str, known: impl Iterator<Item = &'k str>) -> String {
    known
        .map(|candidate| (strsim::damerau_levenshtein(name, candidate), candidate))
        .filter(|&(distance, candidate)| {
            distance <= 2.max(candidate.len() / 6) || candidate.eq_ignore_ascii_case(name)
        })
        .min()
        .map(|(_, candidate)| format!("; did you mean `{candidate}`?"))
        .unwrap_or_default()
}

/// A record as rules read it: its fields, and its request parameters once one is asked for.
pub struct View<'r> {
    /// The record.
    pub record: &'r Record<'r>,
    parameters: OnceCell<Option<RequestParameters<'r>>>,
    /// Whether the record is ECD's, and its catalogue event: judged once for every rule.
    ecd: OnceCell<(bool, Option<EcdEvent>)>,
    /// The service of a record that is not ECD's, in lower case, once a rule asks.
    service: OnceCell<Option<String>>,
}

impl<'r> View<'r> {
    /// A view of `record`.
    pub fn new(record: &'r Record<'r>) -> View<'r> {
        View {
            record,
            parameters: OnceCell::new(),
            ecd: OnceCell::new(),
            service: OnceCell::new(),
        }
    }

    /// Whether the record is ECD's, and its event of the catalogue (`Record::event`).
    pub fn ecd(&self) -> (bool, Option<EcdEvent>) {
        *self.ecd.get_or_init(|| {
            let ecd = self.record.is_ecd();
            (ecd, self.record.event_name.event().filter(|_| ecd))
        })
    }

    /// The request parameters, read the first time they are asked for; `None` when they are
    /// not a JSON object.
    pub fn parameters(&self) -> Option<&RequestParameters<'r>> {
        self.parameters
            .get_or_init(|| self.record.parameters().ok())
            .as_ref()
    }

    /// Calls `visit` with each value of `field` in the record (a list gives each item; a
    /// boolean is `true` or `false`; a number its text; null and absent give nothing) until
    /// it returns `true`; whether it did.
    pub fn any(&self, field: &Field, visit: &mut dyn FnMut(&str) -> bool) -> bool {
        let record = self.record;
        match field {
            Field::Record(field) => record_field(record, *field).is_some_and(|v| visit(&v)),
            Field::Identity(field) => identity_field(record, *field).is_some_and(|v| visit(&v)),
            Field::Parameter(path) => self.any_parameter(path, visit),
            Field::Json(root, path) => any_json(record, root, path, visit),
            Field::Ecd(field) => self.any_ecd(*field, visit),
        }
    }

    /// Whether the record has `field` (with a value that is not null).
    pub fn exists(&self, field: &Field) -> bool {
        self.any(field, &mut |_| true)
    }

    /// The first value of `field`, for grouping and references.
    pub fn first(&self, field: &Field) -> Option<String> {
        let mut first = None;
        self.any(field, &mut |value| {
            first = Some(value.to_owned());
            true
        });
        first
    }

    fn any_parameter(&self, path: &str, visit: &mut dyn FnMut(&str) -> bool) -> bool {
        let Some(parameters) = self.parameters() else {
            return false;
        };
        // The key as the record writes it (`DesktopId.1`) first.
        if path.contains('.')
            && let Some((_, raw)) = parameters.entries().find(|(key, _)| *key == path)
        {
            return any_json_text(raw.get(), visit);
        }
        let mut segments = path.split('.');
        let Some(value) = parameters.get(segments.next().unwrap_or_default()) else {
            return false;
        };
        let mut values = vec![value];
        for segment in segments {
            values = match segment.parse::<usize>() {
                // ActionTrail numbers a list's items from 1.
                Ok(index) if index > 0 => values
                    .iter()
                    .filter_map(|value| value.items().into_iter().nth(index - 1))
                    .collect(),
                _ => values
                    .iter()
                    .flat_map(|value| value.items())
                    .filter_map(|item| item.member(segment))
                    .collect(),
            };
        }
        values.iter().flat_map(|value| value.items()).any(|item| {
            match item.text() {
                Some(text) => visit(&text),
                // An object or a list left as JSON: its text, so that `contains` still finds.
                None => item
                    .json()
                    .is_some_and(|json| json != "null" && visit(json)),
            }
        })
    }

    /// `ecd.access`: the record's `eventRW`, else its event's in the catalogue.
    pub fn access(&self) -> Option<ecd_events::Access> {
        self.record.event_rw.or(self.ecd().1.map(EcdEvent::access))
    }

    /// The value of a boolean `ecd.*` field (`false` for any other).
    pub fn flag(&self, field: EcdField) -> bool {
        let (_, event) = self.ecd();
        match field {
            EcdField::Weakening => {
                event.is_some()
                    && self
                        .parameters()
                        .is_some_and(|parameters| !parameters.weakening().is_empty())
            }
            EcdField::SecurityParameters => event.is_some_and(|event| {
                event
                    .parameters()
                    .iter()
                    .any(|parameter| parameter.concerns_security())
            }),
            EcdField::Failed => self.record.is_error(),
            EcdField::Sensitive => self.record.is_sensitive(),
            _ => false,
        }
    }

    fn any_ecd(&self, field: EcdField, visit: &mut dyn FnMut(&str) -> bool) -> bool {
        let record = self.record;
        let (ecd, event) = self.ecd();
        let flag = |value: bool, visit: &mut dyn FnMut(&str) -> bool| {
            visit(if value { "true" } else { "false" })
        };
        match field {
            EcdField::Service => match ecd {
                true => visit("ecd"),
                false => self
                    .service
                    .get_or_init(|| record.service().map(|service| service.to_ascii_lowercase()))
                    .as_deref()
                    .is_some_and(visit),
            },
            EcdField::Category => event.is_some_and(|event| visit(event.category().as_str())),
            EcdField::Access => self.access().is_some_and(|access| visit(access.as_str())),
            EcdField::Tags => {
                event.is_some_and(|event| event.tags().iter().any(|tag| visit(tag.as_str())))
            }
            EcdField::Weakening | EcdField::SecurityParameters | EcdField::Failed => {
                flag(self.flag(field), visit)
            }
            EcdField::Identity => visit(identity(record)),
            EcdField::Sensitive => flag(self.flag(field), visit),
        }
    }

    /// Every string the record carries at its top level and in its identity, and the JSON
    /// text of its request parameters and response: what keywords search.
    pub fn any_text(&self, visit: &mut dyn FnMut(&str) -> bool) -> bool {
        let record = self.record;
        RECORD_FIELDS
            .iter()
            .any(|&(_, field)| record_field(record, field).is_some_and(|v| visit(&v)))
            || IDENTITY_FIELDS
                .iter()
                .any(|&(_, field)| identity_field(record, field).is_some_and(|v| visit(&v)))
            || [
                record.request_parameters.as_ref(),
                record.response_elements.as_ref(),
                record.additional_event_data.as_ref(),
            ]
            .into_iter()
            .flatten()
            .any(|raw| visit(raw.get()))
    }
}

fn record_field<'r>(record: &'r Record<'_>, field: RecordField) -> Option<Cow<'r, str>> {
    let text = |text: &'r Option<ecd_events::records::Text<'_>>| text.as_deref().map(Cow::Borrowed);
    match field {
        RecordField::EventId => Some(Cow::Borrowed(&record.event_id)),
        RecordField::EventVersion => text(&record.event_version),
        RecordField::EventName => Some(Cow::Borrowed(record.event_name.as_str())),
        RecordField::EventSource => text(&record.event_source),
        RecordField::EventType => record
            .event_type
            .as_ref()
            .map(|kind| Cow::Borrowed(kind.as_str())),
        RecordField::EventCategory => text(&record.event_category),
        RecordField::EventRw => record.event_rw.map(|access| Cow::Borrowed(access.as_str())),
        RecordField::EventTime => Some(Cow::Borrowed(&record.event_time)),
        RecordField::AcsRegion => text(&record.acs_region),
        RecordField::ServiceName => text(&record.service_name),
        RecordField::RequestId => text(&record.request_id),
        RecordField::ApiVersion => text(&record.api_version),
        RecordField::ErrorCode => text(&record.error_code),
        RecordField::ErrorMessage => text(&record.error_message),
        RecordField::SourceIpAddress => text(&record.source_ip_address),
        RecordField::UserAgent => text(&record.user_agent),
        RecordField::ResourceName => text(&record.resource_name),
        RecordField::ResourceType => text(&record.resource_type),
        RecordField::IsGlobal => record
            .is_global
            .map(|value| Cow::Borrowed(if value { "true" } else { "false" })),
        RecordField::VpcId => text(&record.vpc_id),
        RecordField::RecipientAccountId => text(&record.recipient_account_id),
    }
}

fn identity_field<'r>(record: &'r Record<'_>, field: IdentityField) -> Option<Cow<'r, str>> {
    let identity = record.user_identity.as_ref()?;
    let attributes = || {
        identity
            .session_context
            .as_ref()
            .and_then(|context| context.attributes.as_ref())
    };
    let text = |text: &'r Option<ecd_events::records::Text<'_>>| text.as_deref().map(Cow::Borrowed);
    match field {
        IdentityField::Type => identity
            .identity_type
            .as_ref()
            .map(|kind| Cow::Borrowed(kind.as_str())),
        IdentityField::PrincipalId => text(&identity.principal_id),
        IdentityField::AccountId => text(&identity.account_id),
        IdentityField::AccessKeyId => text(&identity.access_key_id),
        IdentityField::UserName => text(&identity.user_name),
        IdentityField::MfaAuthenticated => attributes()?
            .mfa_authenticated
            .map(|value| Cow::Borrowed(if value { "true" } else { "false" })),
        IdentityField::CreationDate => attributes()?.creation_date.as_deref().map(Cow::Borrowed),
    }
}

/// The values at `path` in the record's JSON member `root`.
fn any_json(
    record: &Record<'_>,
    root: &str,
    path: &[String],
    visit: &mut dyn FnMut(&str) -> bool,
) -> bool {
    let raw = match root {
        "responseElements" => record.response_elements.as_ref(),
        "additionalEventData" => record.additional_event_data.as_ref(),
        "referencedResources" => record.referenced_resources.as_ref(),
        _ => record
            .other
            .iter()
            .find(|(key, _)| key.as_str() == root)
            .map(|(_, raw)| raw),
    };
    let Some(raw) = raw else {
        return false;
    };
    let Ok(mut value) = serde_json::from_str::<serde_json::Value>(raw.get()) else {
        return false;
    };
    for segment in path {
        value = match value {
            serde_json::Value::Object(mut members) => match members.remove(segment) {
                Some(member) => member,
                None => return false,
            },
            serde_json::Value::Array(mut items) => match segment.parse::<usize>() {
                Ok(index) if index < items.len() => items.swap_remove(index),
                _ => return false,
            },
            // A string of JSON text, as ActionTrail writes some members.
            serde_json::Value::String(text) => {
                match serde_json::from_str::<serde_json::Value>(&text) {
                    Ok(serde_json::Value::Object(mut members)) => match members.remove(segment) {
                        Some(member) => member,
                        None => return false,
                    },
                    _ => return false,
                }
            }
            _ => return false,
        };
    }
    any_json_value(&value, visit)
}

fn any_json_value(value: &serde_json::Value, visit: &mut dyn FnMut(&str) -> bool) -> bool {
    match value {
        serde_json::Value::Null => false,
        serde_json::Value::String(text) => visit(text),
        serde_json::Value::Array(items) => items.iter().any(|item| any_json_value(item, visit)),
        other => visit(&other.to_string()),
    }
}

/// The scalar (or the items of the list) that the JSON text `json` holds.
fn any_json_text(json: &str, visit: &mut dyn FnMut(&str) -> bool) -> bool {
    match serde_json::from_str::<serde_json::Value>(json) {
        Ok(value @ serde_json::Value::Object(_)) => visit(&value.to_string()),
        Ok(value) => any_json_value(&value, visit),
        Err(_) => false,
    }
}

/// Every field name a rule can use for a record's own fields, for the documentation's test.
pub fn known_names() -> impl Iterator<Item = &'static str> {
    RECORD_FIELDS
        .iter()
        .map(|(name, _)| *name)
        .chain(IDENTITY_FIELDS.iter().map(|(name, _)| *name))
        .chain(ECD_FIELDS.iter().map(|(name, _)| *name))
}

/// Who made the request: `userIdentity.userName`, or failing that its `principalId`,
/// `accessKeyId` or `type`; `"?"` when the record names no one (`ecd.identity`, and who
/// findings name).
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
