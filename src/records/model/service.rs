//! Whose record it is: ECD's, or another service's of a trail that delivers every service's
//! records together. Many ECD names are other services' too (ECS has its own `RunCommand`,
//! `CreateImage`, `DescribeRegions`, ...), so the name alone cannot tell.

use std::borrow::Cow;

use serde::Deserialize;

use super::text::Text;
use crate::catalogue::{Api, EventName};

/// The first label of the hosts that serve ECD's APIs (`ecd.cn-hangzhou.aliyuncs.com`,
/// `ecd-share.aliyuncs.com`, `eds-user.cn-shanghai.aliyuncs.com`), and the product each names.
const ECD_HOSTS: [(&str, &str); 3] = [
    ("ecd", "ecd"),
    ("ecd-share", "ecd"),
    ("eds-user", "eds-user"),
];

/// What a record says of the service it belongs to, in the order it is judged by.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct ServiceFields<'r> {
    /// `serviceName`: the product code (`Ecs`, `Oss`, `Ram`; ECD's as `Ecd` or `ecd`).
    pub(crate) service_name: Option<&'r str>,
    /// `eventSource`: the host that served the request.
    pub(crate) event_source: Option<&'r str>,
    /// `apiVersion`.
    pub(crate) api_version: Option<&'r str>,
}

impl<'r> ServiceFields<'r> {
    /// The fields, with empty ones taken as absent.
    pub(crate) fn new(
        service_name: Option<&'r str>,
        event_source: Option<&'r str>,
        api_version: Option<&'r str>,
    ) -> Self {
        let given = |text: Option<&'r str>| text.map(str::trim).filter(|text| !text.is_empty());
        ServiceFields {
            service_name: given(service_name),
            event_source: given(event_source),
            api_version: given(api_version),
        }
    }

    /// Whether the record is ECD's: by `serviceName`, else by the `eventSource` host, else by
    /// `requestParameters.AcsProduct` (which `acs_product` reads, only when it comes to that),
    /// else by `apiVersion` against the API versions that define `name`; a record that says
    /// none of these is judged by its name alone.
    pub(crate) fn is_ecd(
        self,
        acs_product: impl FnOnce() -> Option<String>,
        name: &EventName,
    ) -> bool {
        if let Some(service) = self.service_name {
            return is_ecd_product(service);
        }
        if let Some(source) = self.event_source {
            return host_product(source).is_some_and(|(_, ecd)| ecd);
        }
        if let Some(product) = acs_product() {
            return is_ecd_product(&product);
        }
        if let Some(version) = self.api_version {
            return ecd_api_version(name, version);
        }
        name.event().is_some()
    }

    /// The product the record belongs to, lower-cased: from `serviceName`, else the
    /// `eventSource` host (ECD's hosts name `ecd` or `eds-user`; for others, the host's first
    /// label, or `oss` for a bucket's host), else `requestParameters.AcsProduct`.
    pub(crate) fn service(
        self,
        acs_product: impl FnOnce() -> Option<String>,
    ) -> Option<Cow<'r, str>> {
        if let Some(service) = self.service_name {
            return Some(lower(service));
        }
        if let Some(source) = self.event_source {
            return host_product(source).map(|(product, _)| product);
        }
        acs_product().map(|product| Cow::Owned(product.to_ascii_lowercase()))
    }
}

/// Whether a product code is one of ECD's APIs' (`ecd`, `eds-user`), in any case.
fn is_ecd_product(product: &str) -> bool {
    Api::ALL
        .iter()
        .any(|api| api.product().eq_ignore_ascii_case(product))
}

/// The product a host names, and whether it is one of ECD's.
fn host_product(host: &str) -> Option<(Cow<'_, str>, bool)> {
    let mut labels = host.split('.');
    let first = labels.next().filter(|label| !label.is_empty())?;
    // `ecd.cn-hangzhou.aliyuncs.com` and `ecd-cn-hangzhou.aliyuncs.com` alike.
    let product = without_region(lower(first));
    if let Some((_, ecd)) = ECD_HOSTS.iter().find(|(label, _)| *label == product) {
        return Some((Cow::Borrowed(ecd), true));
    }
    // A bucket's host: `<bucket>.oss-<region>.aliyuncs.com`.
    if labels
        .next()
        .is_some_and(|second| second.starts_with("oss-") || second == "oss")
    {
        return Some((Cow::Borrowed("oss"), false));
    }
    Some((product, false))
}

/// A product's host label without the region some endpoints append (`ecs-cn-hangzhou`).
fn without_region(label: Cow<'_, str>) -> Cow<'_, str> {
    const REGION_PREFIXES: [&str; 7] = ["-cn-", "-ap-", "-us-", "-eu-", "-me-", "-sa-", "-na-"];
    match REGION_PREFIXES
        .iter()
        .filter_map(|prefix| label.find(prefix))
        .min()
    {
        Some(cut) if cut > 0 => match label {
            Cow::Borrowed(label) => Cow::Borrowed(&label[..cut]),
            Cow::Owned(mut label) => {
                label.truncate(cut);
                Cow::Owned(label)
            }
        },
        _ => label,
    }
}

/// Whether `version` is a version of an ECD API that defines `name`: of the event's own APIs,
/// or of any ECD API for an event none defines (retired) or a name the catalogue lacks.
fn ecd_api_version(name: &EventName, version: &str) -> bool {
    let apis = name.event().map_or(&[][..], |event| event.apis());
    let apis = if apis.is_empty() { Api::ALL } else { apis };
    apis.iter().any(|api| api.version() == version)
}

fn lower(text: &str) -> Cow<'_, str> {
    if text.bytes().any(|byte| byte.is_ascii_uppercase()) {
        Cow::Owned(text.to_ascii_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}

/// `requestParameters.AcsProduct`, from the parameters' JSON text.
pub(crate) fn acs_product_of_parameters(parameters: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Parameters<'a> {
        #[serde(rename = "AcsProduct", borrow)]
        acs_product: Option<Text<'a>>,
    }
    let parameters: Parameters<'_> = serde_json::from_str(parameters).ok()?;
    parameters
        .acs_product
        .map(|product| product.to_string())
        .filter(|product| !product.is_empty())
}

/// `requestParameters.AcsProduct`, from a whole record's JSON text.
pub(crate) fn acs_product_of_record(record: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Record<'a> {
        #[serde(rename = "requestParameters", borrow)]
        request_parameters: Option<&'a serde_json::value::RawValue>,
    }
    let record: Record<'_> = serde_json::from_str(record).ok()?;
    acs_product_of_parameters(record.request_parameters?.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judge(
        fields: ServiceFields<'_>,
        product: Option<&str>,
        name: &str,
    ) -> (bool, Option<String>) {
        let product = || product.map(str::to_owned);
        let name = EventName::parse(name);
        (
            fields.is_ecd(product, &name),
            fields.service(product).map(Cow::into_owned),
        )
    }

    #[test]
    fn service_name_decides_first_in_any_case() {
        for (service, ecd, product) in [
            ("Ecd", true, "ecd"),
            ("ecd", true, "ecd"),
            ("eds-user", true, "eds-user"),
            ("Ecs", false, "ecs"),
            ("Ram", false, "ram"),
        ] {
            let fields = ServiceFields::new(Some(service), Some("ecs.aliyuncs.com"), None);
            assert_eq!(
                judge(fields, Some("Ecs"), "RunCommand"),
                (ecd, Some(product.into())),
                "{service}"
            );
        }
    }

    #[test]
    fn the_host_decides_when_no_service_is_named() {
        for (host, ecd, product) in [
            ("ecd.cn-hangzhou.aliyuncs.com", true, "ecd"),
            ("ecd-share.aliyuncs.com", true, "ecd"),
            ("eds-user.cn-shanghai.aliyuncs.com", true, "eds-user"),
            ("ECD.cn-hangzhou.aliyuncs.com", true, "ecd"),
            ("ecd-cn-hangzhou.aliyuncs.com", true, "ecd"),
            ("ecs.aliyuncs.com", false, "ecs"),
            ("ecs-cn-hangzhou.aliyuncs.com", false, "ecs"),
            ("Actiontrail.cn-hangzhou.aliyuncs.com", false, "actiontrail"),
            ("test-123.oss-cn-hangzhou-cross.aliyuncs.com", false, "oss"),
            ("ecdx.aliyuncs.com", false, "ecdx"),
        ] {
            let fields = ServiceFields::new(Some(""), Some(host), None);
            assert_eq!(
                judge(fields, Some("ecd"), "RunCommand"),
                (ecd, Some(product.into())),
                "{host}"
            );
        }
    }

    #[test]
    fn then_the_product_in_the_request_parameters() {
        let fields = ServiceFields::new(None, None, Some("2014-05-26"));
        assert_eq!(
            judge(fields, Some("Ecd"), "RunCommand"),
            (true, Some("ecd".into()))
        );
        assert_eq!(
            judge(fields, Some("Ecs"), "RunCommand"),
            (false, Some("ecs".into()))
        );
    }

    #[test]
    fn then_the_api_version_against_the_events_apis() {
        let at = |version| ServiceFields::new(None, None, Some(version));
        // ECD's RunCommand is in 2020-09-30; ECS's is 2014-05-26.
        assert_eq!(judge(at("2020-09-30"), None, "RunCommand"), (true, None));
        assert_eq!(judge(at("2014-05-26"), None, "RunCommand"), (false, None));
        // GetConnectionTicket is in the client APIs too.
        assert_eq!(
            judge(at("2020-10-02"), None, "GetConnectionTicket"),
            (true, None)
        );
        assert_eq!(
            judge(at("2020-10-02"), None, "CreateDesktops"),
            (false, None)
        );
        // A name the catalogue lacks, at a version of ECD's: a newer ECD action.
        assert_eq!(
            judge(at("2020-09-30"), None, "ListFutureThings"),
            (true, None)
        );
        assert_eq!(
            judge(at("2017-03-21"), None, "ListFutureThings"),
            (false, None)
        );
        // Retired: any ECD version.
        assert_eq!(
            judge(at("2020-09-30"), None, "DescribeVulList"),
            (true, None)
        );
    }

    #[test]
    fn a_record_that_names_no_service_is_judged_by_its_name() {
        let nothing = ServiceFields::new(None, Some("  "), None);
        assert_eq!(judge(nothing, None, "DescribeDesktops"), (true, None));
        assert_eq!(judge(nothing, None, "RunInstances"), (false, None));
    }

    #[test]
    fn acs_product_is_read_from_parameters_and_records() {
        assert_eq!(
            acs_product_of_parameters(r#"{"AcsProduct":"Ecd","RegionId":"x"}"#).as_deref(),
            Some("Ecd")
        );
        assert_eq!(acs_product_of_parameters(r#"{"AcsProduct":""}"#), None);
        assert_eq!(acs_product_of_parameters("[1]"), None);
        let record = r#"{"eventName":"RunCommand","requestParameters":{"AcsProduct":"ecs","N":1}}"#;
        assert_eq!(acs_product_of_record(record).as_deref(), Some("ecs"));
        assert_eq!(acs_product_of_record(r#"{"eventName":"X"}"#), None);
    }
}
