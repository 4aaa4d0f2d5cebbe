//! How a bucket travels in a plan: where it is and how it is reached, never the credentials,
//! which the scheduler and every executor read from their own environment.

use std::sync::Arc;

use ecd_sql::RemoteArchive;
use ecd_sql::datafusion::error::{DataFusionError, Result};
use ecd_sql::ecd_bucket::{Scheme, StoreKey};
use serde::{Deserialize, Serialize};

/// A [`StoreKey`], as plans carry it.
#[derive(Serialize, Deserialize)]
pub(crate) struct Store {
    scheme: String,
    bucket: String,
    endpoint: Option<String>,
    region: Option<String>,
    unsigned: bool,
}

impl Store {
    pub(crate) fn of(key: &StoreKey) -> Store {
        Store {
            scheme: key.scheme.as_str().to_owned(),
            bucket: key.bucket.clone(),
            endpoint: key.endpoint.clone(),
            region: key.region.clone(),
            unsigned: key.unsigned,
        }
    }

    pub(crate) fn key(self) -> Result<StoreKey> {
        let scheme = match self.scheme.as_str() {
            "oss" => Scheme::Oss,
            "s3" => Scheme::S3,
            other => {
                return Err(DataFusionError::Plan(format!(
                    "a bucket of scheme `{other}` this build cannot read"
                )));
            }
        };
        Ok(StoreKey {
            scheme,
            bucket: self.bucket,
            endpoint: self.endpoint,
            region: self.region,
            unsigned: self.unsigned,
        })
    }
}

/// A [`RemoteArchive`], as plans carry it.
#[derive(Serialize, Deserialize)]
pub(crate) struct Archive {
    store: Store,
    prefix: String,
}

impl Archive {
    pub(crate) fn of(archive: &RemoteArchive) -> Archive {
        Archive {
            store: Store::of(&archive.store),
            prefix: archive.prefix.clone(),
        }
    }

    pub(crate) fn archive(self) -> Result<RemoteArchive> {
        Ok(RemoteArchive {
            store: self.store.key()?,
            prefix: self.prefix,
        })
    }
}

/// A store key, shared by the objects of one bucket.
pub(crate) fn shared(key: StoreKey, known: &mut Vec<Arc<StoreKey>>) -> Arc<StoreKey> {
    match known.iter().find(|one| ***one == key) {
        Some(one) => Arc::clone(one),
        None => {
            let one = Arc::new(key);
            known.push(Arc::clone(&one));
            one
        }
    }
}
