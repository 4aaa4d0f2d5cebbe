//! What a remote archive is, and the client that reads it.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock};

use object_store::ObjectStore;
use object_store::aws::AmazonS3Builder;
use object_store::path::Path;

use crate::error::Error;

/// The kinds of URL an archive is named by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scheme {
    /// `oss://bucket/prefix`: an Alibaba Cloud OSS bucket, through the S3-compatible API OSS
    /// offers, with the credentials Alibaba Cloud's tools read from the environment.
    Oss,
    /// `s3://bucket/prefix`: Amazon S3 or another S3-compatible store, with AWS's
    /// environment variables.
    S3,
}

impl Scheme {
    /// `"oss"` or `"s3"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Oss => "oss",
            Scheme::S3 => "s3",
        }
    }
}

/// Which store a delivery is read from: the bucket and how it is reached (never the
/// credentials, which each process reads from its own environment).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StoreKey {
    /// The URL's scheme.
    pub scheme: Scheme,
    /// The bucket.
    pub bucket: String,
    /// An explicit endpoint (`http://127.0.0.1:9000`), reached with path-style requests;
    /// `None`: the service's own endpoint for [`region`](Self::region).
    pub endpoint: Option<String>,
    /// The region the bucket is in (`cn-hangzhou`), which OSS's endpoint and every
    /// request's signature name.
    pub region: Option<String>,
    /// Requests go unsigned, with no credentials: for a bucket anyone may read (the AWS
    /// CLI's `--no-sign-request`).
    pub unsigned: bool,
}

/// An archive in a bucket: `oss://bucket/prefix` or `s3://bucket/prefix`.
///
/// ```
/// use ecd_bucket::{RemoteArchive, Scheme};
///
/// let archive = RemoteArchive::parse("oss://audit-trail/AliyunLogs/Actiontrail/").unwrap();
/// assert_eq!(archive.store.scheme, Scheme::Oss);
/// assert_eq!(archive.store.bucket, "audit-trail");
/// assert_eq!(archive.prefix, "AliyunLogs/Actiontrail");
/// assert_eq!(archive.to_string(), "oss://audit-trail/AliyunLogs/Actiontrail");
/// assert!(RemoteArchive::parse("archive/AliyunLogs").is_none());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemoteArchive {
    /// The bucket and how to reach it.
    pub store: StoreKey,
    /// The key prefix under which the archive lies, without slashes at either end (`""`:
    /// the whole bucket).
    pub prefix: String,
}

impl RemoteArchive {
    /// The archive a URL names, if it is an `oss://` or `s3://` URL; its store's endpoint and
    /// region come from the environment (`OSS_ENDPOINT`, `OSS_REGION` or
    /// `ALIBABA_CLOUD_REGION_ID` for OSS; `AWS_ENDPOINT_URL`, `AWS_REGION` for S3) unless
    /// set with [`with_endpoint`](Self::with_endpoint) and [`with_region`](Self::with_region).
    pub fn parse(url: &str) -> Option<RemoteArchive> {
        let (scheme, rest) = url.split_once("://")?;
        let scheme = match scheme.to_ascii_lowercase().as_str() {
            "oss" => Scheme::Oss,
            "s3" => Scheme::S3,
            _ => return None,
        };
        let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        let env = |names: &[&str]| {
            names
                .iter()
                .find_map(|name| std::env::var(name).ok().filter(|value| !value.is_empty()))
        };
        let (endpoint, region) = match scheme {
            Scheme::Oss => (
                env(&["OSS_ENDPOINT"]),
                env(&["OSS_REGION", "ALIBABA_CLOUD_REGION_ID"]),
            ),
            Scheme::S3 => (
                env(&["AWS_ENDPOINT_URL", "AWS_ENDPOINT"]),
                env(&["AWS_REGION", "AWS_DEFAULT_REGION"]),
            ),
        };
        Some(RemoteArchive {
            store: StoreKey {
                scheme,
                bucket: bucket.to_owned(),
                endpoint,
                region,
                unsigned: false,
            },
            prefix: prefix.trim_matches('/').to_owned(),
        })
    }

    /// The same archive reached at `endpoint` (an S3-compatible server's URL, such as
    /// `http://127.0.0.1:9000`), with path-style requests.
    pub fn with_endpoint(mut self, endpoint: impl Into<String>) -> RemoteArchive {
        self.store.endpoint = Some(endpoint.into());
        self
    }

    /// The same archive in `region`.
    pub fn with_region(mut self, region: impl Into<String>) -> RemoteArchive {
        self.store.region = Some(region.into());
        self
    }

    /// The same archive read with unsigned requests, without credentials (a bucket
    /// anyone may read).
    pub fn unsigned(mut self) -> RemoteArchive {
        self.store.unsigned = true;
        self
    }

    /// Its prefix as an object path.
    pub fn prefix_path(&self) -> Path {
        Path::from(self.prefix.as_str())
    }
}

impl fmt::Display for RemoteArchive {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}://{}", self.store.scheme.as_str(), self.store.bucket)?;
        if !self.prefix.is_empty() {
            write!(f, "/{}", self.prefix)?;
        }
        Ok(())
    }
}

impl StoreKey {
    /// The client for this store, made once per process and shared: credentials are read
    /// from this process's environment, so that a plan sent to another machine (a cluster's
    /// executor) never carries them.
    pub fn store(&self) -> Result<Arc<dyn ObjectStore>, Error> {
        static STORES: OnceLock<Mutex<HashMap<StoreKey, Arc<dyn ObjectStore>>>> = OnceLock::new();
        let mut stores = STORES
            .get_or_init(Mutex::default)
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(store) = stores.get(self) {
            return Ok(Arc::clone(store));
        }
        let store: Arc<dyn ObjectStore> = Arc::new(
            self.builder()?
                .build()
                .map_err(|error| Error::new(self.url(), error))?,
        );
        stores.insert(self.clone(), Arc::clone(&store));
        Ok(store)
    }

    /// `oss://bucket`, as messages name the store.
    pub fn url(&self) -> String {
        format!("{}://{}", self.scheme.as_str(), self.bucket)
    }

    /// How to build its client.
    fn builder(&self) -> Result<AmazonS3Builder, Error> {
        let missing = |what: &str| Error::new(self.url(), what);
        let mut builder = match self.scheme {
            _ if self.unsigned => AmazonS3Builder::new().with_skip_signature(true),
            // AWS's own chain: its variables, then the instance's role.
            Scheme::S3 => AmazonS3Builder::from_env(),
            Scheme::Oss => {
                let env = |names: [&str; 2]| {
                    names
                        .iter()
                        .find_map(|name| std::env::var(name).ok().filter(|value| !value.is_empty()))
                };
                let id = env(["OSS_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_ID"]);
                let secret = env(["OSS_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"]);
                let (Some(id), Some(secret)) = (id, secret) else {
                    return Err(missing(
                        "no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and \
                         ALIBABA_CLOUD_ACCESS_KEY_SECRET (or OSS_ACCESS_KEY_ID and \
                         OSS_ACCESS_KEY_SECRET)",
                    ));
                };
                let mut builder = AmazonS3Builder::new()
                    .with_access_key_id(id)
                    .with_secret_access_key(secret);
                if let Some(token) = env(["OSS_SESSION_TOKEN", "ALIBABA_CLOUD_SECURITY_TOKEN"]) {
                    builder = builder.with_token(token);
                }
                builder
            }
        }
        .with_bucket_name(&self.bucket);
        match (&self.endpoint, &self.region) {
            (Some(endpoint), region) => {
                builder = builder
                    .with_endpoint(endpoint)
                    .with_virtual_hosted_style_request(false)
                    .with_allow_http(endpoint.starts_with("http://"))
                    .with_region(region.as_deref().unwrap_or("us-east-1"));
            }
            // OSS answers signed requests only when the bucket is in the host name.
            (None, Some(region)) if self.scheme == Scheme::Oss => {
                builder = builder
                    .with_endpoint(oss_endpoint(&self.bucket, region))
                    .with_virtual_hosted_style_request(true)
                    .with_region(region);
            }
            (None, None) if self.scheme == Scheme::Oss => {
                return Err(missing(
                    "no endpoint: give the bucket's region (OSS_REGION=cn-hangzhou) or an \
                     endpoint (--endpoint)",
                ));
            }
            (None, region) => {
                if let Some(region) = region {
                    builder = builder.with_region(region);
                }
            }
        }
        Ok(builder)
    }
}

/// OSS's S3-compatible endpoint for a bucket in `region`, virtual-hosted.
fn oss_endpoint(bucket: &str, region: &str) -> String {
    format!("https://{bucket}.s3.oss-{region}.aliyuncs.com")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oss_is_reached_virtual_hosted_at_its_s3_compatible_endpoint() {
        // Alibaba Cloud's guide to AWS SDKs: https://s3.oss-{region}.aliyuncs.com, with
        // virtual-hosted requests.
        assert_eq!(
            oss_endpoint("trail", "cn-hangzhou"),
            "https://trail.s3.oss-cn-hangzhou.aliyuncs.com"
        );
    }

    #[test]
    fn urls_of_other_schemes_are_not_archives() {
        for url in ["archive/x", "https://bucket/x", "file:///x", "oss:/bucket"] {
            assert_eq!(RemoteArchive::parse(url), None, "{url}");
        }
        let bucket_only = RemoteArchive::parse("s3://bucket").unwrap();
        assert_eq!(bucket_only.prefix, "");
        assert_eq!(bucket_only.to_string(), "s3://bucket");
    }
}
