//! The sample deliveries built into the tool, which `ecd-audit scan` audits when given no
//! path: the library's test deliveries (tests/deliveries.rs writes them), in every format,
//! with records of other services, names the catalogue does not list and damaged records.
//!
//! They are copies, in `audit/samples/` under the same names as in the library's `tests/data/`:
//! a package may include only its own files, so `include_bytes!` of the library's originals
//! would leave `ecd-audit` impossible to package or publish. A test below holds each copy
//! byte-identical to its original; after the library's samples change, copy them again.

use super::{Input, Source};

macro_rules! samples {
    ($($path:literal),* $(,)?) => {
        /// `(name, content)` of every sample, in name order.
        pub const SAMPLES: &[(&str, &[u8])] = &[
            $(($path, include_bytes!(concat!("../../samples/", $path))),)*
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

#[cfg(test)]
mod tests {
    use super::SAMPLES;
    use std::path::Path;

    #[test]
    fn each_bundled_sample_is_the_librarys_original() {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        for (name, bundled) in SAMPLES {
            let original = manifest.join("../tests/data").join(name);
            let original = std::fs::read(&original)
                .unwrap_or_else(|error| panic!("{}: {error}", original.display()));
            assert!(
                *bundled == original.as_slice(),
                "audit/samples/{name} is not tests/data/{name}: \
                 `cp tests/data/{name} audit/samples/{name}`"
            );
        }
        // Every file of audit/samples is bundled: none is left behind, unused.
        let mut files = Vec::new();
        let mut directories = vec![manifest.join("samples")];
        while let Some(directory) = directories.pop() {
            for entry in std::fs::read_dir(&directory).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    directories.push(path);
                } else {
                    files.push(path);
                }
            }
        }
        assert_eq!(files.len(), SAMPLES.len(), "{files:?}");
    }
}
