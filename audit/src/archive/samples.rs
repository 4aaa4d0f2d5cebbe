//! The sample deliveries built into the tool, which `ecd-audit scan` audits when given no
//! path: the library's test deliveries (tests/deliveries.rs writes them), in every format,
//! with records of other services, names the catalogue does not list and damaged records.

use super::{Input, Source};

macro_rules! samples {
    ($($path:literal),* $(,)?) => {
        /// `(name, content)` of every sample, in name order.
        pub const SAMPLES: &[(&str, &[u8])] = &[
            $(($path, include_bytes!(concat!("../../../tests/data/", $path))),)*
        ];
    };
}

samples![
    "deliveries/oss/Actiontrail_cn-hangzhou_20250304000000_1002_60_0d1f0b3c.json.gz",
    "deliveries/oss/Actiontrail_cn-shanghai_20250304001000_1002_40_5e2a7c91.json",
    "deliveries/records-missing-name.jsonl",
    "deliveries/records.jsonl",
    "deliveries/sls/getlogs-actiontrail_audit.json",
    "deliveries/sls/shipped-to-oss.jsonl.gz",
    "samples/create-desktops.json",
    "samples/delete-desktops-denied.json",
    "samples/describe-desktops-assumed-role.json",
    "samples/oss-delivery-body.json",
    "samples/sls-log-item.json",
];

/// The samples as inputs.
pub fn inputs() -> Vec<Input> {
    SAMPLES
        .iter()
        .map(|&(name, content)| Input {
            label: format!("(sample) {name}"),
            source: Source::Bundled(content),
            size: Some(content.len() as u64),
        })
        .collect()
}
