//! [`LazyRecord`]: a record read at the speed of skimming it, decoded in full on request.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};

use super::service::{ServiceFields, acs_product_of_record};
use super::{IdentityType, Record, RequestParameters, Text, TimeError};
use crate::catalogue::{Access, EcdEvent, EventName};

/// A record of which only what alert rules look at is decoded: its ID, name, time, `eventRW`,
/// whether it failed, the caller's identity type, and what says which service it is of
/// (`serviceName`, `eventSource`, `apiVersion`). The rest stays JSON text until
/// [`record`](Self::record) decodes it.
///
/// Reading a delivery as `LazyRecord`s ([`RecordReader::for_each_lazy`]) checks each record
/// as JSON as strictly as a full read, but builds only these fields; a pipeline that keeps one
/// record in a thousand decodes only that one in full.
///
/// [`RecordReader::for_each_lazy`]: crate::records::RecordReader::for_each_lazy
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
    /// `serviceName`.
    pub service_name: Option<Text<'a>>,
    /// `eventSource`.
    pub event_source: Option<Text<'a>>,
    /// `apiVersion`.
    pub api_version: Option<Text<'a>>,
    // Set by the readers (records::json), which find both as they skim.
    pub(crate) error: bool,
    pub(crate) json: &'a str,
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

    /// Decodes the whole record. It can fail where the lazy read did not: on a field the lazy
    /// read skipped that has a type no record uses, or a field given twice; the error says
    /// which.
    pub fn record(&self) -> serde_json::Result<Record<'a>> {
        serde_json::from_str(self.json)
    }

    /// The catalogue's event, for a record of ECD's ([`is_ecd`](Self::is_ecd)) whose
    /// `eventName` the catalogue lists, as [`Record::event`].
    pub fn event(&self) -> Option<EcdEvent> {
        self.event_name.event().filter(|_| self.is_ecd())
    }

    /// Whether the record is ECD's, judged as [`Record::is_ecd`] judges it.
    /// `requestParameters.AcsProduct`, which the lazy read does not decode, is read from the
    /// record's text only for a record that names neither its service nor its source.
    ///
    /// ```
    /// use ecd_events::records::LazyRecord;
    ///
    /// let ecs = r#"{"eventId":"E-1","eventName":"RunCommand","eventTime":"2025-03-04T09:41:52Z","serviceName":"Ecs"}"#;
    /// let ecd = r#"{"eventId":"E-2","eventName":"RunCommand","eventTime":"2025-03-04T09:41:53Z","requestParameters":{"AcsProduct":"ecd"}}"#;
    /// assert!(!LazyRecord::from_json(ecs)?.is_ecd());
    /// assert!(LazyRecord::from_json(ecd)?.is_ecd());
    /// assert_eq!(LazyRecord::from_json(ecs)?.service().as_deref(), Some("ecs"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn is_ecd(&self) -> bool {
        self.service_fields()
            .is_ecd(|| acs_product_of_record(self.json), &self.event_name)
    }

    /// The product the record belongs to, lower-cased, as [`Record::service`] gives it.
    pub fn service(&self) -> Option<Cow<'_, str>> {
        self.service_fields()
            .service(|| acs_product_of_record(self.json))
    }

    fn service_fields(&self) -> ServiceFields<'_> {
        ServiceFields::new(
            self.service_name.as_deref(),
            self.event_source.as_deref(),
            self.api_version.as_deref(),
        )
    }

    /// The request parameters, as [`Record::parameters`] gives them, read from the record's
    /// text without decoding the rest of it; they borrow from the input.
    ///
    /// ```
    /// use ecd_events::records::LazyRecord;
    ///
    /// let json = r#"{"eventId":"E-1","eventName":"ModifyOfficeSiteMfaEnabled","eventTime":"2025-03-04T09:41:52Z",
    ///     "serviceName":"Ecd","requestParameters":{"MfaEnabled":false,"OfficeSiteId":"cn-hangzhou+dir-1"}}"#;
    /// let lazy = LazyRecord::from_json(json)?;
    /// assert_eq!(lazy.parameters()?.get("MfaEnabled").and_then(|v| v.as_bool()), Some(false));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn parameters(&self) -> serde_json::Result<RequestParameters<'a>> {
        #[derive(Deserialize)]
        struct Parameters<'a> {
            #[serde(rename = "requestParameters", borrow)]
            request_parameters: Option<&'a serde_json::value::RawValue>,
            #[serde(rename = "requestParameterJson", borrow)]
            request_parameter_json: Option<Text<'a>>,
        }
        let fields: Parameters<'a> = serde_json::from_str(self.json)?;
        RequestParameters::read(
            self.event(),
            fields.request_parameters.map(|raw| raw.get()),
            fields.request_parameter_json.as_deref(),
        )
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
        let (mut service_name, mut event_source, mut api_version) = (None, None, None);
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
                "serviceName" => service_name = map.next_value::<Option<Text<'de>>>()?,
                "eventSource" => event_source = map.next_value::<Option<Text<'de>>>()?,
                "apiVersion" => api_version = map.next_value::<Option<Text<'de>>>()?,
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
            service_name,
            event_source,
            api_version,
            error,
            json: "",
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
