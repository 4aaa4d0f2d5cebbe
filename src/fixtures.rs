//! Realistic, deterministic ActionTrail records and deliveries for tests and benchmarks
//! (feature `fixtures`).
//!
//! Every value comes from the event and a seed, so a test that uses a fixture sees the same
//! record on every run and every machine. IDs, accounts and addresses are fake (documentation
//! ranges such as `203.0.113.0/24` and `2001:db8::/32`). A record of one of the catalogue's
//! events is a call of one of the APIs that define it ([`EcdEvent::apis`], chosen by the
//! seed): its `apiVersion`, and `serviceName` `Ecd` or `Eds-user` and the
//! `<product>.<region>.aliyuncs.com` event source of its product, which [`Record::is_ecd`]
//! judges ECD's. Those two and the `ACS::ECD::...` resource types follow the pattern of other
//! services; ActionTrail has not published ECD's own values.
//!
//! Its request parameters come from the catalogue's tables ([`EcdEvent::parameters`]): every
//! parameter its API requires and some of the optional ones, valid values where the API
//! enumerates them, IDs with their resources' prefixes (`ecd-`, `m-`, `pg-`,
//! `<region>+dir-`), the record's region, and booleans as the caller's tool spells them
//! (`"True"` through the Python SDK, `"true"` otherwise); lists flattened as ActionTrail
//! writes them (`DesktopId.1`, `Tag.1.Key`), and the parameters an API takes as JSON text as
//! that text. A third of the calls of an event whose parameters can weaken protection
//! ([`Parameter::weakens`]: MFA switched off, the clipboard opened, an image shared) do,
//! through one of them; the others give those parameters only values that do not, so both
//! kinds of call occur. ActionTrail's own
//! keys follow (`AcsHost`, `AcsProduct`, `HostId`, `RequestId`, and `AcceptLanguage` from the
//! console).
//!
//! [`Record::is_ecd`]: crate::records::Record::is_ecd
//! [`Parameter::weakens`]: crate::Parameter::weakens
//!
//! ```
//! use ecd_events::{Access, EcdEvent, Tag};
//! use ecd_events::fixtures;
//! use ecd_events::records::{Content, DeliveryFormat, Layout, RecordReader};
//!
//! let record = fixtures::record(EcdEvent::DeleteDesktops, 7);
//! assert_eq!(record.event(), Some(EcdEvent::DeleteDesktops));
//! assert_eq!(record.event_rw, Some(Access::Write));
//! assert!(record.is_sensitive()); // destructive
//!
//! // A gzip OSS object with 100 records, read back.
//! let records: Vec<_> = fixtures::records(1).take(100).collect();
//! let body = fixtures::delivery(&records, DeliveryFormat::new(Layout::JsonArray, Content::Records, true));
//! let read: Vec<_> = RecordReader::new(&body[..]).collect::<Result<_, _>>()?;
//! assert_eq!(read, records);
//! # Ok::<(), ecd_events::records::RecordError>(())
//! ```

mod archive;
mod parameters;
mod rng;
mod values;

pub use archive::{OBJECT_WINDOW, OssArchive, OssObject};

use parameters::{Booleans, Json};
use rng::{Rng, split_mix};
use values::Context;

use std::borrow::Borrow;
use std::io::{self, Write};

use chrono::{DateTime, SecondsFormat};
use flate2::Compression;
use flate2::write::GzEncoder;
use serde::Serialize;

use crate::records::{
    Content, DeliveryFormat, EventAttributes, EventType, IdentityType, Layout, OwnedRecord,
    RawJson, Record, SessionAttributes, SessionContext, Text, UserIdentity,
};
use crate::{Access, Api, Category, EcdEvent, EventName, Tag};

/// Names the catalogue does not list, as a delivery carries names newer than any release: the
/// generator mixes them in as [`EventName::Unknown`]. They are actions of the hardware-terminal
/// API (`wyota`), a sibling of ECD's APIs that the catalogue does not draw on.
pub const UNLISTED_ACTIONS: [&str; 5] = [
    "ListTerminal",
    "BindPasswordFreeLoginUser",
    "SendOpsMessageToTerminals",
    "GetTerminalCount",
    "DeleteClients",
];

/// Events of other services that a trail delivers together with ECD's, most of them with names
/// that ECD's catalogue lists too: `(serviceName, host, apiVersion, eventName, eventRW)`.
pub const OTHER_SERVICE_EVENTS: [(&str, &str, &str, &str, Access); 8] = [
    ("Ecs", "ecs", "2014-05-26", "RunCommand", Access::Write),
    ("Ecs", "ecs", "2014-05-26", "CreateImage", Access::Write),
    ("Ecs", "ecs", "2014-05-26", "DescribeRegions", Access::Read),
    ("Ecs", "ecs", "2014-05-26", "DeleteSnapshot", Access::Write),
    ("Ecs", "ecs", "2014-05-26", "RunInstances", Access::Write),
    (
        "Ram",
        "ram",
        "2015-05-01",
        "CreateServiceLinkedRole",
        Access::Write,
    ),
    ("Oss", "oss", "2019-05-17", "PutBucket", Access::Write),
    ("Vpc", "vpc", "2016-04-28", "TagResources", Access::Write),
];

/// 2025-03-04T00:00:00Z: when fixture time starts.
const EPOCH_SECONDS: i64 = 1_741_046_400;

const REGIONS: [&str; 7] = [
    "cn-hangzhou",
    "cn-shanghai",
    "cn-beijing",
    "cn-shenzhen",
    "ap-southeast-1",
    "ap-northeast-1",
    "eu-central-1",
];

const ACCOUNT_ID: &str = "1000000000000001";

/// A realistic record of `event`: its access as `eventRW`, a call of one of its APIs with
/// request parameters from the catalogue's tables (see the [module](self)), resources of its
/// category taken from those parameters, an identity, region, source and time chosen by
/// `seed`. Destructive, credential and permission events are marked sensitive.
///
/// ```
/// use ecd_events::{EcdEvent, fixtures};
///
/// let record = fixtures::record(EcdEvent::DescribeUsers, 3);
/// assert_eq!(record, fixtures::record(EcdEvent::DescribeUsers, 3)); // deterministic
/// assert!(record.time().is_ok());
///
/// // Every parameter the API requires, typed as the catalogue says.
/// let record = fixtures::record(EcdEvent::ModifyOfficeSiteMfaEnabled, 3);
/// let parameters = record.parameters()?;
/// assert!(parameters.get("MfaEnabled").and_then(|mfa| mfa.as_bool()).is_some());
/// assert!(parameters.get("OfficeSiteId").is_some());
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn record(event: EcdEvent, seed: u64) -> OwnedRecord {
    record_in(event, seed, None)
}

/// [`record`], in `region` when given.
fn record_in(event: EcdEvent, seed: u64, region: Option<&str>) -> OwnedRecord {
    let name = EventName::Known(event);
    build(name, event.access(), event.category(), seed, region)
}

/// A realistic record of another service's event, one of [`OTHER_SERVICE_EVENTS`] chosen by
/// `seed`: its own `serviceName`, `eventSource`, `apiVersion` and `AcsProduct`, so that it is
/// not ECD's although its name may be in ECD's catalogue.
///
/// ```
/// use ecd_events::fixtures;
///
/// let record = fixtures::other_service_record(0);
/// assert_eq!(record.event_name.as_str(), "RunCommand");
/// assert!(record.event_name.event().is_some()); // the name is ECD's too,
/// assert!(!record.is_ecd()); // the record is ECS's
/// assert_eq!(record.event(), None);
/// assert_eq!(record.service().as_deref(), Some("ecs"));
/// ```
pub fn other_service_record(seed: u64) -> OwnedRecord {
    other_service_record_in(seed, None)
}

/// [`other_service_record`], in `region` when given.
fn other_service_record_in(seed: u64, region: Option<&str>) -> OwnedRecord {
    let (service, host, version, name, access) =
        OTHER_SERVICE_EVENTS[(seed % OTHER_SERVICE_EVENTS.len() as u64) as usize];
    let name = EventName::parse(name);
    let mut record = build(name, access, Category::Account, seed, region);
    let region = record
        .acs_region
        .clone()
        .unwrap_or_else(|| REGIONS[0].into());
    let host = format!("{host}.{region}.aliyuncs.com");
    let parameters = [
        ("AcsHost", host.as_str()),
        ("AcsProduct", service),
        ("RegionId", region.as_str()),
        ("RequestId", record.event_id.as_str()),
    ]
    .into_iter()
    .map(|(key, value)| (key.to_owned(), Json::Text(value.to_owned())))
    .collect();
    record.service_name = Some(service.into());
    record.event_source = Some(host.into());
    record.api_version = Some(version.into());
    record.request_parameters = RawJson::to_json(&Json::Object(parameters)).ok();
    record.event_attributes = None;
    if record.user_agent.as_deref() == Some("ecd.console.aliyun.com") {
        record.user_agent =
            Some(format!("{}.console.aliyun.com", service.to_ascii_lowercase()).into());
    }
    record
}

/// An endless, deterministic stream of a whole trail's records, as a Logstore or OSS bucket
/// that every service delivers to holds them: [`records`]' stream, with one record in four
/// another service's ([`other_service_record`]).
///
/// ```
/// use ecd_events::fixtures;
///
/// let records: Vec<_> = fixtures::trail(7).take(200).collect();
/// let others = records.iter().filter(|record| !record.is_ecd()).count();
/// assert!((30..70).contains(&others));
/// ```
pub fn trail(seed: u64) -> RecordStream {
    RecordStream {
        others: true,
        ..records(seed)
    }
}

/// An endless, deterministic stream of realistic records: mostly reads, as real trails are,
/// across every event of the catalogue, one in twenty an [`UNLISTED_ACTIONS`] name, about one
/// in twenty-five failed, and times a few seconds apart.
///
/// ```
/// use ecd_events::fixtures;
///
/// let records: Vec<_> = fixtures::records(42).take(200).collect();
/// assert!(records.iter().any(|record| record.event().is_none()));
/// assert!(records.iter().any(|record| record.is_error()));
/// assert!(records.windows(2).all(|pair| pair[0].time().unwrap() <= pair[1].time().unwrap()));
/// ```
pub fn records(seed: u64) -> RecordStream {
    RecordStream {
        state: seed,
        // Streams of different seeds start in different five-minute windows, as deliveries do.
        start: (seed % 288) as i64 * 300,
        index: 0,
        others: false,
        region: None,
    }
}

/// The records of [`records`] or [`trail`].
#[derive(Clone, Debug)]
pub struct RecordStream {
    state: u64,
    start: i64,
    index: u64,
    /// Whether other services' records are mixed in, as in a whole trail.
    others: bool,
    /// The region of every record, when set (an OSS object's records are of its region);
    /// otherwise each record's own.
    region: Option<String>,
}

impl Iterator for RecordStream {
    type Item = OwnedRecord;

    fn next(&mut self) -> Option<OwnedRecord> {
        let roll = split_mix(&mut self.state);
        let seed = split_mix(&mut self.state);
        let time_step = self.index * 7 + roll % 7;
        self.index += 1;
        let region = self.region.as_deref();
        let mut record = if self.others && roll % 4 == 1 {
            other_service_record_in(seed, region)
        } else if roll.is_multiple_of(20) {
            let name = UNLISTED_ACTIONS[(roll / 20) as usize % UNLISTED_ACTIONS.len()];
            let access = if name.starts_with("Describe") || name.starts_with("Get") {
                Access::Read
            } else {
                Access::Write
            };
            build(
                EventName::parse(name),
                access,
                Category::Desktop,
                seed,
                region,
            )
        } else {
            // Six reads in ten: audit trails are mostly reads.
            let wanted = if roll % 10 < 6 {
                Access::Read
            } else {
                Access::Write
            };
            let candidates = EcdEvent::ALL
                .iter()
                .filter(|event| event.access() == wanted);
            let pick = (roll >> 8) as usize % candidates.clone().count().max(1);
            let event = candidates.copied().nth(pick).unwrap_or(EcdEvent::ALL[0]);
            record_in(event, seed, region)
        };
        record.event_time = time_text(self.start + time_step as i64);
        Some(record)
    }
}

/// A delivery of `records` in `format`, as bytes; see [`write_delivery`].
///
/// ```
/// use ecd_events::fixtures;
/// use ecd_events::records::{Content, DeliveryFormat, Layout};
///
/// let logs = fixtures::delivery(fixtures::records(5).take(2), DeliveryFormat::new(Layout::JsonLines, Content::SlsLogs, false));
/// let text = String::from_utf8(logs).unwrap();
/// assert_eq!(text.lines().count(), 2);
/// assert!(text.starts_with(r#"{"__time__":""#));
/// ```
pub fn delivery<'a, I>(records: I, format: DeliveryFormat) -> Vec<u8>
where
    I: IntoIterator,
    I::Item: Borrow<Record<'a>>,
{
    let mut bytes = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = write_delivery(&mut bytes, records, format);
    bytes
}

/// Writes `records` as a delivery in `format`: JSON Lines or a JSON array, of records or of
/// Log Service logs (`__time__`, `__topic__` `actiontrail_event`, `__source__`, `owner_id` and
/// the record as a JSON string in `event`), gzip-compressed if the format says so.
pub fn write_delivery<'a, W, I>(out: W, records: I, format: DeliveryFormat) -> io::Result<()>
where
    W: Write,
    I: IntoIterator,
    I::Item: Borrow<Record<'a>>,
{
    if format.gzip {
        let mut encoder = GzEncoder::new(out, Compression::default());
        write_plain(&mut encoder, records, format)?;
        encoder.finish()?.flush()
    } else {
        let mut out = io::BufWriter::new(out);
        write_plain(&mut out, records, format)?;
        out.flush()
    }
}

fn write_plain<'a, W, I>(out: &mut W, records: I, format: DeliveryFormat) -> io::Result<()>
where
    W: Write,
    I: IntoIterator,
    I::Item: Borrow<Record<'a>>,
{
    let array = format.layout == Some(Layout::JsonArray);
    if array {
        out.write_all(b"[")?;
    }
    for (index, record) in records.into_iter().enumerate() {
        let record = record.borrow();
        if array && index > 0 {
            out.write_all(b",")?;
        }
        match format.content {
            Some(Content::SlsLogs) => serde_json::to_writer(&mut *out, &SlsLog::of(record)?)?,
            _ => serde_json::to_writer(&mut *out, record)?,
        }
        if !array {
            out.write_all(b"\n")?;
        }
    }
    if array {
        out.write_all(b"]")?;
    }
    Ok(())
}

/// A Log Service log carrying a record, as a trail's Logstore stores it.
#[derive(Serialize)]
struct SlsLog<'r> {
    #[serde(rename = "__time__")]
    time: String,
    #[serde(rename = "__topic__")]
    topic: &'static str,
    #[serde(rename = "__source__")]
    source: &'static str,
    owner_id: &'r str,
    event: String,
}

impl<'r> SlsLog<'r> {
    fn of(record: &'r Record<'_>) -> io::Result<SlsLog<'r>> {
        let seconds = record.time().map(|time| time.timestamp()).unwrap_or(0);
        let owner = record
            .user_identity
            .as_ref()
            .and_then(|identity| identity.account_id.as_deref())
            .unwrap_or(ACCOUNT_ID);
        Ok(SlsLog {
            time: seconds.to_string(),
            topic: "actiontrail_event",
            source: "",
            owner_id: owner,
            event: serde_json::to_string(record)?,
        })
    }
}

/// The parameter, ID prefix and resource type of a category's typical resource.
fn resource_of(category: Category) -> Option<(&'static str, &'static str, &'static str)> {
    Some(match category {
        Category::Workspace => ("OfficeSiteId", "cn-hangzhou+dir-", "ACS::ECD::OfficeSite"),
        Category::Desktop | Category::Security | Category::Operations => {
            ("DesktopId", "ecd-", "ACS::ECD::Desktop")
        }
        Category::DesktopGroup => ("DesktopGroupId", "dg-", "ACS::ECD::DesktopGroup"),
        Category::Image => ("ImageId", "m-", "ACS::ECD::Image"),
        Category::Storage => ("SnapshotId", "s-", "ACS::ECD::Snapshot"),
        Category::Network => ("NetworkPackageId", "np-", "ACS::ECD::NetworkPackage"),
        Category::User | Category::Authentication => ("EndUserId", "user-", "ACS::ECD::User"),
        Category::Policy => ("PolicyGroupId", "pg-", "ACS::ECD::PolicyGroup"),
        Category::Device => ("DeviceId", "dev-", "ACS::ECD::Device"),
        Category::App => ("AppId", "ca-", "ACS::ECD::App"),
        Category::Billing => ("ResourceId", "ecd-", "ACS::ECD::Desktop"),
        _ => return None,
    })
}

/// A record of `name` by `seed`, in `region` when given, else in one the seed chooses.
fn build(
    name: EventName,
    access: Access,
    category: Category,
    seed: u64,
    region: Option<&str>,
) -> OwnedRecord {
    let mut state = seed ^ 0x5EED_0FEC_D0E7_E7E7;
    let mut next = || split_mix(&mut state);
    let id = uuid(next());
    // Drawn whether or not it is used, so that the rest of the record is the same.
    let drawn = REGIONS[(next() % REGIONS.len() as u64) as usize];
    let region = region.unwrap_or(drawn);
    let identity = identity(next());
    let console = identity.access_key_id.is_none();
    let event = name.event();
    let sensitive = event.is_some_and(|event| {
        event.has_tag(Tag::Destructive)
            || event.has_tag(Tag::Credential)
            || event.has_tag(Tag::Permission)
    });
    let failed = next() % 25 == 0;
    let source = source_address(next());
    let user_agent = if console {
        "ecd.console.aliyun.com"
    } else {
        [
            "AlibabaCloud (Linux; x86_64) Python/3.11.9 Core/2.0.0 TeaDSL/2",
            "aliyuncli/3.0.230",
        ][(next() % 2) as usize]
    };
    let failure = [
        ("NoPermission", "You are not authorized to do this action."),
        (
            "Forbidden.RAM",
            "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
        ),
        ("InvalidParameter", "The specified parameter is not valid."),
    ][(next() % 3) as usize];

    // The call, from a stream of its own: which of the event's APIs it went to, and what it
    // asked for.
    let mut rng = Rng::new(seed ^ 0x9A2A_3E7E_25EE_D5A1);
    let api = event.and_then(|event| {
        let apis = event.apis();
        (!apis.is_empty()).then(|| apis[rng.below(apis.len())])
    });
    let product = api.map_or("ecd", Api::product);
    let host = format!("{product}.{region}.aliyuncs.com");
    let booleans = if user_agent.contains("Python") {
        Booleans::Capitalized
    } else {
        Booleans::Lower
    };
    let mut parameters = match (event, api) {
        (Some(event), Some(api)) => {
            parameters::of_event(event, api, Context { region }, booleans, &mut rng)
        }
        // A name the catalogue does not list, or a retired event: no API says what it takes,
        // so the region and the category's typical resource stand in.
        _ => unknown_parameters(region, category, &mut rng),
    };
    // What ActionTrail adds to every call's parameters.
    for (key, value) in [
        ("AcsHost", host.as_str()),
        ("AcsProduct", product),
        ("HostId", host.as_str()),
        ("RequestId", id.as_str()),
    ] {
        parameters.push((key.to_owned(), Json::Text(value.to_owned())));
    }
    if console {
        parameters.push(("AcceptLanguage".to_owned(), Json::Text("en-US".to_owned())));
    }
    let resource = resource_of(category).and_then(|(parameter, _, resource_type)| {
        let ids: Vec<String> = parameters::texts_of(&parameters, parameter)
            .into_iter()
            .map(str::to_owned)
            .collect();
        (!ids.is_empty()).then_some((parameter, ids, resource_type))
    });

    let mut record = Record::new(id.clone(), name, time_text((seed % 86_400) as i64));
    record.event_version = Some("1".into());
    record.event_source = Some(host.into());
    record.event_type = Some(EventType::ApiCall);
    record.event_category = Some("Management".into());
    record.event_rw = Some(access);
    record.acs_region = Some(region.to_owned().into());
    record.service_name = Some(service_name(product).into());
    record.request_id = Some(id.clone().into());
    record.api_version = Some(api.map_or("2020-09-30", Api::version).into());
    record.source_ip_address = Some(source.into());
    record.user_agent = Some(user_agent.into());
    record.is_global = Some(false);
    record.user_identity = Some(identity);
    record.request_parameters = RawJson::to_json(&Json::Object(parameters)).ok();
    record.additional_event_data = RawJson::to_json(&Json::Object(vec![(
        "Scheme".to_owned(),
        Json::Text("https".to_owned()),
    )]))
    .ok();
    let texts = |ids: &[String]| Json::Array(ids.iter().cloned().map(Json::Text).collect());
    if failed {
        let (code, message) = failure;
        record.error_code = Some(code.into());
        record.error_message = Some(message.into());
    } else if access == Access::Write {
        let mut response = vec![("RequestId".to_owned(), Json::Text(id.clone()))];
        if let Some((parameter, ids, _)) = &resource {
            response.push(((*parameter).to_owned(), texts(ids)));
        }
        record.response_elements = RawJson::to_json(&Json::Object(response)).ok();
    }
    if let Some((_, ids, resource_type)) = resource {
        record.referenced_resources =
            RawJson::to_json(&Json::Object(vec![(resource_type.to_owned(), texts(&ids))])).ok();
        record.resource_name = Some(ids.join(",").into());
        record.resource_type = Some(resource_type.into());
    }
    if sensitive {
        record.event_attributes = Some(EventAttributes {
            sensitive_action: Some(true),
        });
    }
    record
}

/// `serviceName` for an API's product code, capitalized as ActionTrail writes other
/// services' (`Ecs`, `Ram`): `Ecd`, `Eds-user`.
fn service_name(product: &str) -> String {
    let mut name = product.to_owned();
    if let Some(first) = name.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    name
}

/// The parameters of a call the catalogue does not describe: its region, and one or two IDs
/// of its category's typical resource (`DesktopId.1`).
fn unknown_parameters(region: &str, category: Category, rng: &mut Rng) -> Vec<(String, Json)> {
    let mut parameters = vec![("RegionId".to_owned(), Json::Text(region.to_owned()))];
    if let Some((parameter, prefix, _)) = resource_of(category) {
        for index in 1..=1 + rng.below(2) {
            parameters.push((
                format!("{parameter}.{index}"),
                Json::Text(format!("{prefix}{:016x}", rng.next() >> 8)),
            ));
        }
    }
    parameters
}

/// One of the identities that call ECD: RAM users through an SDK or the console (with an
/// MFA session), an assumed role, and now and then the account itself.
fn identity(roll: u64) -> UserIdentity<'static> {
    let user = [
        "provisioning-bot",
        "alice.example",
        "bob.example",
        "carol.example",
    ][(roll >> 8) as usize % 4];
    let mut identity = UserIdentity {
        account_id: Some(ACCOUNT_ID.into()),
        ..UserIdentity::default()
    };
    match roll % 10 {
        0..=4 => {
            identity.identity_type = Some(IdentityType::RamUser);
            identity.principal_id = Some(format!("20000000000000{:04}", roll % 9973).into());
            identity.access_key_id = Some(format!("LTAI5tEXAMPLE{:011}", roll % 99_991).into());
            identity.user_name = Some(user.into());
        }
        5..=7 => {
            identity.identity_type = Some(IdentityType::AssumedRole);
            identity.principal_id = Some("300000000000000001:audit-session".into());
            identity.access_key_id = Some(format!("STS.EXAMPLE{:015}", roll % 999_983).into());
            identity.user_name = Some("ecd-operator-role:audit-session".into());
            identity.session_context = Some(session(false, roll));
        }
        8 => {
            identity.identity_type = Some(IdentityType::RamUser);
            identity.principal_id = Some("200000000000000002".into());
            identity.user_name = Some(user.into());
            identity.session_context = Some(session(true, roll));
        }
        _ => {
            identity.identity_type = Some(IdentityType::RootAccount);
            identity.principal_id = Some(ACCOUNT_ID.into());
            identity.access_key_id = Some("LTAI5tEXAMPLEROOT0001".into());
            identity.user_name = Some("root".into());
        }
    }
    identity
}

fn session(mfa: bool, roll: u64) -> SessionContext<'static> {
    SessionContext {
        attributes: Some(SessionAttributes {
            mfa_authenticated: Some(mfa),
            creation_date: Some(time_text(-((roll % 3600) as i64))),
        }),
    }
}

fn source_address(roll: u64) -> String {
    match roll % 10 {
        0..=5 => format!("203.0.113.{}", roll % 251 + 1),
        6 | 7 => format!("198.51.100.{}", roll % 251 + 1),
        8 => format!("2001:db8::{:x}", roll % 65_521),
        _ => "Internal".into(),
    }
}

/// `seconds` after fixture time starts, as ActionTrail writes times.
fn time_text(seconds: i64) -> Text<'static> {
    DateTime::from_timestamp(EPOCH_SECONDS + seconds, 0)
        .map(|time| time.to_rfc3339_opts(SecondsFormat::Secs, true))
        .unwrap_or_default()
        .into()
}

/// A fake, upper-case UUID.
fn uuid(bits: u64) -> String {
    let low = bits.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    format!(
        "{:08X}-{:04X}-4{:03X}-8{:03X}-{:012X}",
        bits >> 32,
        (bits >> 16) & 0xFFFF,
        bits & 0xFFF,
        low >> 52,
        low & 0xFFFF_FFFF_FFFF
    )
}
