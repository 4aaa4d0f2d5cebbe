//! [`Record`]: one ActionTrail event, as SLS and OSS deliver it.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};

use super::service::{ServiceFields, acs_product_of_parameters};
use super::{
    EventAttributes, EventType, RawJson, RequestParameters, Resources, Text, TimeError,
    UserIdentity,
};
use crate::catalogue::{Access, EcdEvent, EventName};

/// One ActionTrail event record.
///
/// Every field that ActionTrail documents has a field here, named as on the wire in snake
/// case (`eventRW` is [`event_rw`](Self::event_rw)). Three fields every record has are
/// required: `eventId`, `eventName` and `eventTime`; the rest are optional, because which ones
/// appear depends on the event, the caller and the age of the record. Keys that ActionTrail
/// adds later are kept in [`other`](Self::other), never an error.
///
/// Strings borrow from the input where they can ([`Text`]); the payloads
/// (`requestParameters`, `responseElements`, ...) stay unparsed JSON ([`RawJson`]) until asked
/// for. [`into_owned`](Self::into_owned) gives an [`OwnedRecord`] to keep.
///
/// Tolerant where real data varies: `eventVersion` may be a number or a string, flags may be
/// `"true"`/`"false"` strings, and empty `errorCode`/`errorMessage` mean no error.
///
/// What ActionTrail has not published for ECD, this type does not assume: ECD's `serviceName`
/// (probably `Ecd`), `eventSource` (probably `ecd.<region>.aliyuncs.com`) and `resourceType`
/// strings are kept as text, and nothing here depends on them. Records of the console are
/// recorded as `ApiCall` with the console in `userAgent`.
///
/// ```
/// use ecd_events::{Access, EcdEvent};
/// use ecd_events::records::{EventType, IdentityType, Record};
///
/// let json = r#"{
///     "eventId": "0A1B2C3D-0000-4000-8000-EXAMPLE00002",
///     "eventVersion": 1,
///     "eventType": "ApiCall",
///     "eventRW": "Write",
///     "eventName": "DeleteDesktops",
///     "eventTime": "2025-03-04T09:41:52Z",
///     "acsRegion": "cn-hangzhou",
///     "sourceIpAddress": "2001:db8::1234",
///     "userIdentity": {"type": "ram-user", "userName": "carol.example"},
///     "requestParameters": {"RegionId": "cn-hangzhou", "DesktopId.1": "ecd-EXAMPLE0000000001"},
///     "errorCode": "NoPermission",
///     "errorMessage": "You are not authorized to do this action.",
///     "resourceName": "ecd-EXAMPLE0000000001",
///     "resourceType": "ACS::ECD::Desktop"
/// }"#;
/// let record: Record = serde_json::from_str(json)?;
///
/// assert_eq!(record.event(), Some(EcdEvent::DeleteDesktops));
/// assert_eq!(record.event_rw, Some(Access::Write));
/// assert_eq!(record.event_type, Some(EventType::ApiCall));
/// assert!(record.is_error());
/// assert_eq!(record.time()?.to_rfc3339(), "2025-03-04T09:41:52+00:00");
/// let identity = record.user_identity.as_ref().unwrap();
/// assert_eq!(identity.identity_type, Some(IdentityType::RamUser));
///
/// let resource = record.resources().next().unwrap();
/// assert_eq!((resource.resource_type, resource.name), (Some("ACS::ECD::Desktop"), "ecd-EXAMPLE0000000001"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Record<'a> {
    /// `eventId`: unique ID of the event, an opaque string (usually a UUID).
    pub event_id: Text<'a>,
    /// `eventVersion`: format version, `1` today; a number or a string on the wire, kept as
    /// text (a number as Rust writes it: `1.0` becomes `"1"`).
    pub event_version: Option<Text<'a>>,
    /// `eventName`: the API action, an [`EcdEvent`] when the catalogue lists it and kept as
    /// text when it does not.
    pub event_name: EventName,
    /// `eventSource`: the endpoint that handled the request, e.g. `ecd.cn-hangzhou.aliyuncs.com`.
    pub event_source: Option<Text<'a>>,
    /// `eventType`: what caused the event.
    pub event_type: Option<EventType>,
    /// `eventCategory`: `Management` for management events.
    pub event_category: Option<Text<'a>>,
    /// `eventRW`: whether the event read or wrote (present on events since December 2020).
    pub event_rw: Option<Access>,
    /// `eventTime`: when it happened, RFC 3339 in UTC; [`time`](Self::time) parses it.
    pub event_time: Text<'a>,
    /// `acsRegion`: the region where the event was generated, e.g. `cn-hangzhou`.
    pub acs_region: Option<Text<'a>>,
    /// `serviceName`: the product, e.g. `Ecd`.
    pub service_name: Option<Text<'a>>,
    /// `requestId`: the request ID of the API call.
    pub request_id: Option<Text<'a>>,
    /// `apiVersion`: the API version, for API calls (e.g. `2020-09-30`).
    pub api_version: Option<Text<'a>>,
    /// `errorCode`: why the request failed; `None` when it succeeded (an empty string reads
    /// as `None`).
    pub error_code: Option<Text<'a>>,
    /// `errorMessage`: the failure's message; `None` when it succeeded (an empty string reads
    /// as `None`).
    pub error_message: Option<Text<'a>>,
    /// `sourceIpAddress`: where the request came from, as text. Usually an IPv4 or IPv6
    /// address, but also `Internal`, a masked address or a service's host name.
    pub source_ip_address: Option<Text<'a>>,
    /// `userAgent`: the client (SDK, CLI, a console host); may be empty.
    pub user_agent: Option<Text<'a>>,
    /// `userIdentity`: who made the request.
    pub user_identity: Option<UserIdentity<'a>>,
    /// `requestParameters`: the API's input, unparsed.
    pub request_parameters: Option<RawJson<'a>>,
    /// `requestParameterJson`: the request parameters again, as a JSON-encoded string.
    pub request_parameter_json: Option<Text<'a>>,
    /// `responseElements`: the API's response body, unparsed.
    pub response_elements: Option<RawJson<'a>>,
    /// `additionalEventData`: extra information, unparsed (sign-ins carry `loginAccount`).
    pub additional_event_data: Option<RawJson<'a>>,
    /// `referencedResources`: resources the event touched, by type, unparsed.
    pub referenced_resources: Option<RawJson<'a>>,
    /// `resourceName`: resource IDs, `,` between IDs of one type and `;` between types;
    /// [`resources`](Self::resources) splits them.
    pub resource_name: Option<Text<'a>>,
    /// `resourceType`: resource types, `;` between them.
    pub resource_type: Option<Text<'a>>,
    /// `isGlobal`: whether the event is global (RAM, for example).
    pub is_global: Option<bool>,
    /// `eventAttributes`: attributes such as `SensitiveAction`.
    pub event_attributes: Option<EventAttributes>,
    /// `vpcId`: the VPC the request came from, when known.
    pub vpc_id: Option<Text<'a>>,
    /// `recipientAccountId`: the account that receives the record.
    pub recipient_account_id: Option<Text<'a>>,
    /// Keys this crate does not model (such as `extend`), with their values unparsed, in the
    /// order they came.
    pub other: Vec<(Text<'a>, RawJson<'a>)>,
}

/// A [`Record`] that owns its data, to store or send across threads.
pub type OwnedRecord = Record<'static>;

impl<'a> Record<'a> {
    /// A record with the three required fields and nothing else.
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    /// use ecd_events::records::Record;
    ///
    /// let mut record = Record::new("E-1", EcdEvent::StopDesktops.into(), "2025-03-04T09:41:52Z");
    /// record.error_code = Some("Forbidden".into());
    /// assert!(record.is_error());
    /// ```
    pub fn new(
        event_id: impl Into<Text<'a>>,
        event_name: EventName,
        event_time: impl Into<Text<'a>>,
    ) -> Self {
        Record {
            event_id: event_id.into(),
            event_version: None,
            event_name,
            event_source: None,
            event_type: None,
            event_category: None,
            event_rw: None,
            event_time: event_time.into(),
            acs_region: None,
            service_name: None,
            request_id: None,
            api_version: None,
            error_code: None,
            error_message: None,
            source_ip_address: None,
            user_agent: None,
            user_identity: None,
            request_parameters: None,
            request_parameter_json: None,
            response_elements: None,
            additional_event_data: None,
            referenced_resources: None,
            resource_name: None,
            resource_type: None,
            is_global: None,
            event_attributes: None,
            vpc_id: None,
            recipient_account_id: None,
            other: Vec::new(),
        }
    }

    /// The catalogue's event, for a record of ECD's ([`is_ecd`](Self::is_ecd)) whose
    /// `eventName` the catalogue lists; `None` for other services' records, whatever their
    /// name ([`EventName::event`] looks at the name alone).
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    /// use ecd_events::records::Record;
    ///
    /// let mut record = Record::new("E-1", "RunCommand".parse()?, "2025-03-05T00:00:03Z");
    /// record.service_name = Some("Ecd".into());
    /// assert_eq!(record.event(), Some(EcdEvent::RunCommand));
    /// // ECS has a RunCommand of its own.
    /// record.service_name = Some("Ecs".into());
    /// assert_eq!(record.event(), None);
    ///
    /// let record = Record::new("E-2", "ListTerminal".parse()?, "2025-03-05T00:00:04Z");
    /// assert_eq!(record.event(), None); // not an action of the APIs the catalogue draws on
    /// # Ok::<(), std::convert::Infallible>(())
    /// ```
    pub fn event(&self) -> Option<EcdEvent> {
        self.event_name.event().filter(|_| self.is_ecd())
    }

    /// Whether the record is ECD's, judged from what it says, in this order: `serviceName`
    /// (ECD's APIs' product codes, `ecd` and `eds-user`, in any case); else the `eventSource`
    /// host (`ecd.<region>...`, `ecd-share...`, `eds-user...`); else
    /// `requestParameters.AcsProduct`; else `apiVersion`, a version of an API that defines the
    /// event (of any of ECD's APIs for a name the catalogue lacks or no API defines). A
    /// record that says none of these is judged by its name: ECD's if the catalogue lists it.
    ///
    /// ```
    /// use ecd_events::records::Record;
    ///
    /// let mut record = Record::new("E-1", "CreateImage".parse()?, "2025-03-05T00:00:03Z");
    /// assert!(record.is_ecd()); // by the name alone
    /// record.event_source = Some("ecs.cn-hangzhou.aliyuncs.com".into());
    /// assert!(!record.is_ecd());
    /// record.event_source = Some("ecd.cn-hangzhou.aliyuncs.com".into());
    /// assert!(record.is_ecd());
    /// # Ok::<(), std::convert::Infallible>(())
    /// ```
    pub fn is_ecd(&self) -> bool {
        self.service_fields()
            .is_ecd(|| self.acs_product(), &self.event_name)
    }

    /// The product the record belongs to, lower-cased, for grouping other services' records:
    /// `serviceName`; else the product the `eventSource` host names (its first label, without
    /// a region; `ecd` for ECD's hosts, `oss` for a bucket's); else
    /// `requestParameters.AcsProduct`; `None` if the record says none of these.
    ///
    /// ```
    /// use ecd_events::records::Record;
    ///
    /// let mut record = Record::new("E-1", "RunInstances".parse()?, "2025-03-05T00:00:03Z");
    /// assert_eq!(record.service(), None);
    /// record.event_source = Some("ecs-cn-hangzhou.aliyuncs.com".into());
    /// assert_eq!(record.service().as_deref(), Some("ecs"));
    /// record.service_name = Some("Ecs".into());
    /// assert_eq!(record.service().as_deref(), Some("ecs"));
    /// # Ok::<(), std::convert::Infallible>(())
    /// ```
    pub fn service(&self) -> Option<Cow<'_, str>> {
        self.service_fields().service(|| self.acs_product())
    }

    fn service_fields(&self) -> ServiceFields<'_> {
        ServiceFields::new(
            self.service_name.as_deref(),
            self.event_source.as_deref(),
            self.api_version.as_deref(),
        )
    }

    fn acs_product(&self) -> Option<String> {
        acs_product_of_parameters(self.request_parameters.as_ref()?.get())
    }

    /// The request parameters, read by name as ActionTrail writes them and typed by the
    /// catalogue's [`Parameter`](crate::Parameter)s of the record's [`event`](Self::event):
    /// from `requestParameters`, or SLS's `requestParameterJson` where only that is present.
    /// Empty when the record has neither; an error when what it has is not a JSON object.
    ///
    /// ```
    /// use ecd_events::records::Record;
    ///
    /// let record: Record = serde_json::from_str(r#"{
    ///     "eventId": "E-1", "eventName": "StopDesktops", "eventTime": "2025-03-04T09:41:52Z",
    ///     "requestParameterJson": "{\"DesktopId.1\":\"ecd-a\",\"DesktopId.2\":\"ecd-b\"}"
    /// }"#)?;
    /// assert_eq!(record.parameters()?.get("DesktopId").unwrap().items().len(), 2);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn parameters(&self) -> serde_json::Result<RequestParameters<'_>> {
        RequestParameters::read(
            self.event(),
            self.request_parameters.as_ref().map(RawJson::get),
            self.request_parameter_json.as_deref(),
        )
    }

    /// Whether the request failed: it has a non-empty `errorCode` or `errorMessage`.
    pub fn is_error(&self) -> bool {
        self.error_code.is_some() || self.error_message.is_some()
    }

    /// Whether ActionTrail marked the event sensitive (`eventAttributes.SensitiveAction`).
    pub fn is_sensitive(&self) -> bool {
        self.event_attributes
            .as_ref()
            .and_then(|attributes| attributes.sensitive_action)
            .unwrap_or(false)
    }

    /// `eventTime`, parsed as RFC 3339 and converted to UTC.
    ///
    /// ```
    /// use ecd_events::records::Record;
    ///
    /// let record = Record::new("E-1", "StopDesktops".parse()?, "2025-03-04T17:41:52+08:00");
    /// assert_eq!(record.time()?.to_rfc3339(), "2025-03-04T09:41:52+00:00");
    ///
    /// let bad = Record::new("E-2", "StopDesktops".parse()?, "yesterday");
    /// assert_eq!(bad.time().unwrap_err().to_string(), "eventTime `yesterday` is not an RFC 3339 time: premature end of input");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn time(&self) -> Result<chrono::DateTime<chrono::Utc>, TimeError> {
        TimeError::parse("eventTime", &self.event_time)
    }

    /// The resources the event names, pairing `resourceName`'s `;`-separated groups with
    /// `resourceType`'s types in order. Empty names are skipped.
    ///
    /// ```
    /// use ecd_events::records::{Record, Resource};
    ///
    /// let mut record = Record::new("E-1", "CreateDesktops".parse()?, "2025-03-04T02:15:07Z");
    /// record.resource_name = Some("ecd-a,ecd-b;dir-c".into());
    /// record.resource_type = Some("ACS::ECD::Desktop;ACS::ECD::Directory".into());
    ///
    /// let names: Vec<_> = record.resources().map(|r| (r.resource_type.unwrap(), r.name)).collect();
    /// assert_eq!(names, [
    ///     ("ACS::ECD::Desktop", "ecd-a"),
    ///     ("ACS::ECD::Desktop", "ecd-b"),
    ///     ("ACS::ECD::Directory", "dir-c"),
    /// ]);
    /// # Ok::<(), std::convert::Infallible>(())
    /// ```
    pub fn resources(&self) -> Resources<'_> {
        Resources::new(self.resource_name.as_deref(), self.resource_type.as_deref())
    }

    /// The same record, owning all its data.
    pub fn into_owned(self) -> OwnedRecord {
        let owned = |text: Option<Text<'_>>| text.map(Text::into_owned);
        let owned_raw = |raw: Option<RawJson<'_>>| raw.map(RawJson::into_owned);
        Record {
            event_id: self.event_id.into_owned(),
            event_version: owned(self.event_version),
            event_name: self.event_name,
            event_source: owned(self.event_source),
            event_type: self.event_type,
            event_category: owned(self.event_category),
            event_rw: self.event_rw,
            event_time: self.event_time.into_owned(),
            acs_region: owned(self.acs_region),
            service_name: owned(self.service_name),
            request_id: owned(self.request_id),
            api_version: owned(self.api_version),
            error_code: owned(self.error_code),
            error_message: owned(self.error_message),
            source_ip_address: owned(self.source_ip_address),
            user_agent: owned(self.user_agent),
            user_identity: self.user_identity.map(UserIdentity::into_owned),
            request_parameters: owned_raw(self.request_parameters),
            request_parameter_json: owned(self.request_parameter_json),
            response_elements: owned_raw(self.response_elements),
            additional_event_data: owned_raw(self.additional_event_data),
            referenced_resources: owned_raw(self.referenced_resources),
            resource_name: owned(self.resource_name),
            resource_type: owned(self.resource_type),
            is_global: self.is_global,
            event_attributes: self.event_attributes,
            vpc_id: owned(self.vpc_id),
            recipient_account_id: owned(self.recipient_account_id),
            other: self
                .other
                .into_iter()
                .map(|(key, value)| (key.into_owned(), value.into_owned()))
                .collect(),
        }
    }
}

/// Writes the record as ActionTrail does: camelCase keys, absent fields left out, flags as
/// strings except `isGlobal`, and the unmodelled keys last.
impl Serialize for Record<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("eventId", &self.event_id)?;
        if let Some(version) = &self.event_version {
            // The version is a number on the wire today; text that is not exactly a number's
            // own form (`"+1"`, `"01"`, `"1.0"`) stays a string, so that it reads back the same.
            match version.parse::<u64>() {
                Ok(number) if number.to_string() == version.as_str() => {
                    map.serialize_entry("eventVersion", &number)?
                }
                _ => map.serialize_entry("eventVersion", version)?,
            }
        }
        map.serialize_entry("eventName", self.event_name.as_str())?;
        optional(&mut map, "eventSource", &self.event_source)?;
        optional(&mut map, "eventType", &self.event_type)?;
        optional(&mut map, "eventCategory", &self.event_category)?;
        optional(&mut map, "eventRW", &self.event_rw)?;
        map.serialize_entry("eventTime", &self.event_time)?;
        optional(&mut map, "acsRegion", &self.acs_region)?;
        optional(&mut map, "serviceName", &self.service_name)?;
        optional(&mut map, "requestId", &self.request_id)?;
        optional(&mut map, "apiVersion", &self.api_version)?;
        optional(&mut map, "errorCode", &self.error_code)?;
        optional(&mut map, "errorMessage", &self.error_message)?;
        optional(&mut map, "sourceIpAddress", &self.source_ip_address)?;
        optional(&mut map, "userAgent", &self.user_agent)?;
        optional(&mut map, "userIdentity", &self.user_identity)?;
        optional(&mut map, "requestParameters", &self.request_parameters)?;
        optional(
            &mut map,
            "requestParameterJson",
            &self.request_parameter_json,
        )?;
        optional(&mut map, "responseElements", &self.response_elements)?;
        optional(&mut map, "additionalEventData", &self.additional_event_data)?;
        optional(&mut map, "referencedResources", &self.referenced_resources)?;
        optional(&mut map, "resourceName", &self.resource_name)?;
        optional(&mut map, "resourceType", &self.resource_type)?;
        optional(&mut map, "isGlobal", &self.is_global)?;
        optional(&mut map, "eventAttributes", &self.event_attributes)?;
        optional(&mut map, "vpcId", &self.vpc_id)?;
        optional(&mut map, "recipientAccountId", &self.recipient_account_id)?;
        for (key, value) in &self.other {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

fn optional<M: SerializeMap, T: Serialize>(
    map: &mut M,
    key: &'static str,
    value: &Option<T>,
) -> Result<(), M::Error> {
    match value {
        Some(value) => map.serialize_entry(key, value),
        None => Ok(()),
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Record<'a> {
    /// Reads a record from a JSON object. Borrows strings and payloads from the input, so use
    /// `serde_json::from_str` or `from_slice` (or this crate's readers), not `from_reader`.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(RecordVisitor)
    }
}

struct RecordVisitor;

/// Reads one field's value into its slot, failing on a second occurrence of the key as serde's
/// derived code does.
fn fill<'de, A, T>(map: &mut A, slot: &mut Option<T>, key: &'static str) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    if slot.is_some() {
        return Err(de::Error::duplicate_field(key));
    }
    *slot = map.next_value::<Option<T>>()?;
    Ok(())
}

impl<'de> Visitor<'de> for RecordVisitor {
    type Value = Record<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an ActionTrail event record (a JSON object)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record<'de>, A::Error> {
        let mut event_id = None;
        let mut event_name = None;
        let mut event_time = None;
        // The optional fields are read straight into a record; its three required fields are
        // placeholders until the keys have been seen, and are set (or the record refused) below.
        let mut record = Record::new("", EventName::Known(EcdEvent::ALL[0]), "");
        while let Some(key) = map.next_key::<Text<'de>>()? {
            match key.as_str() {
                "eventId" => fill(&mut map, &mut event_id, "eventId")?,
                "eventVersion" => {
                    if record.event_version.is_some() {
                        return Err(de::Error::duplicate_field("eventVersion"));
                    }
                    record.event_version = map.next_value::<Version<'de>>()?.0;
                }
                "eventName" => fill(&mut map, &mut event_name, "eventName")?,
                "eventSource" => fill(&mut map, &mut record.event_source, "eventSource")?,
                "eventType" => fill(&mut map, &mut record.event_type, "eventType")?,
                "eventCategory" => fill(&mut map, &mut record.event_category, "eventCategory")?,
                "eventRW" => {
                    if record.event_rw.is_some() {
                        return Err(de::Error::duplicate_field("eventRW"));
                    }
                    record.event_rw = map.next_value::<AccessField>()?.0;
                }
                "eventTime" => fill(&mut map, &mut event_time, "eventTime")?,
                "acsRegion" => fill(&mut map, &mut record.acs_region, "acsRegion")?,
                "serviceName" => fill(&mut map, &mut record.service_name, "serviceName")?,
                "requestId" => fill(&mut map, &mut record.request_id, "requestId")?,
                "apiVersion" => fill(&mut map, &mut record.api_version, "apiVersion")?,
                "errorCode" => {
                    fill(&mut map, &mut record.error_code, "errorCode")?;
                    record.error_code = record.error_code.take().filter(|code| !code.is_empty());
                }
                "errorMessage" => {
                    fill(&mut map, &mut record.error_message, "errorMessage")?;
                    record.error_message =
                        record.error_message.take().filter(|text| !text.is_empty());
                }
                "sourceIpAddress" => {
                    fill(&mut map, &mut record.source_ip_address, "sourceIpAddress")?
                }
                "userAgent" => fill(&mut map, &mut record.user_agent, "userAgent")?,
                "userIdentity" => fill(&mut map, &mut record.user_identity, "userIdentity")?,
                "requestParameters" => fill(
                    &mut map,
                    &mut record.request_parameters,
                    "requestParameters",
                )?,
                "requestParameterJson" => fill(
                    &mut map,
                    &mut record.request_parameter_json,
                    "requestParameterJson",
                )?,
                "responseElements" => {
                    fill(&mut map, &mut record.response_elements, "responseElements")?
                }
                "additionalEventData" => fill(
                    &mut map,
                    &mut record.additional_event_data,
                    "additionalEventData",
                )?,
                "referencedResources" => fill(
                    &mut map,
                    &mut record.referenced_resources,
                    "referencedResources",
                )?,
                "resourceName" => fill(&mut map, &mut record.resource_name, "resourceName")?,
                "resourceType" => fill(&mut map, &mut record.resource_type, "resourceType")?,
                "isGlobal" => {
                    if record.is_global.is_some() {
                        return Err(de::Error::duplicate_field("isGlobal"));
                    }
                    record.is_global = map.next_value::<Flag>()?.0;
                }
                "eventAttributes" => {
                    fill(&mut map, &mut record.event_attributes, "eventAttributes")?
                }
                "vpcId" => fill(&mut map, &mut record.vpc_id, "vpcId")?,
                "recipientAccountId" => fill(
                    &mut map,
                    &mut record.recipient_account_id,
                    "recipientAccountId",
                )?,
                _ => {
                    let value = map.next_value::<RawJson<'de>>()?;
                    record.other.push((key, value));
                }
            }
        }
        record.event_id = event_id.ok_or_else(|| de::Error::missing_field("eventId"))?;
        record.event_name = event_name.ok_or_else(|| de::Error::missing_field("eventName"))?;
        record.event_time = event_time.ok_or_else(|| de::Error::missing_field("eventTime"))?;
        Ok(record)
    }
}

/// `eventVersion`: a number or a string, kept as text.
struct Version<'a>(Option<Text<'a>>);

impl<'de: 'a, 'a> Deserialize<'de> for Version<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct VersionVisitor;

        impl<'de> Visitor<'de> for VersionVisitor {
            type Value = Version<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a version number or string")
            }

            fn visit_u64<E: de::Error>(self, number: u64) -> Result<Self::Value, E> {
                Ok(Version(Some(Text::from(number.to_string()))))
            }

            fn visit_i64<E: de::Error>(self, number: i64) -> Result<Self::Value, E> {
                Ok(Version(Some(Text::from(number.to_string()))))
            }

            fn visit_f64<E: de::Error>(self, number: f64) -> Result<Self::Value, E> {
                Ok(Version(Some(Text::from(number.to_string()))))
            }

            fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Self::Value, E> {
                Ok(Version(Some(Text::borrowed(text))))
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                Ok(Version(Some(Text::from(text.to_owned()))))
            }

            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Version(None))
            }
        }

        deserializer.deserialize_any(VersionVisitor)
    }
}

/// `eventRW`: `"Read"` or `"Write"`, in any case; `null` or `""` for none.
pub(crate) struct AccessField(pub(crate) Option<Access>);

impl<'de> Deserialize<'de> for AccessField {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AccessVisitor;

        impl Visitor<'_> for AccessVisitor {
            type Value = AccessField;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("\"Read\" or \"Write\"")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                access_from_text(text)
                    .map(AccessField)
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
            }

            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(AccessField(None))
            }
        }

        deserializer.deserialize_any(AccessVisitor)
    }
}

/// The text of an `eventRW`: `Read` or `Write` in any case, or `""` for none; `None` if it is
/// neither.
pub(crate) fn access_from_text(text: &str) -> Option<Option<Access>> {
    if text.is_empty() {
        Some(None)
    } else if text.eq_ignore_ascii_case("Read") {
        Some(Some(Access::Read))
    } else if text.eq_ignore_ascii_case("Write") {
        Some(Some(Access::Write))
    } else {
        None
    }
}

/// `isGlobal`: a boolean, or `"true"`/`"false"`.
struct Flag(Option<bool>);

impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::lenient::flag(deserializer).map(Flag)
    }
}
