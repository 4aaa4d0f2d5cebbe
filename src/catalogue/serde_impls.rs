//! `Serialize` and `Deserialize` as string forms (feature `serde`).
//!
//! Written by hand rather than derived: each is a few lines over `as_str` and `FromStr`, which
//! keeps the string forms in one place and spares every user a build of `serde_derive`.

use core::fmt;
use core::marker::PhantomData;
use core::str::FromStr;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use super::{Access, Api, Category, EcdEvent, Tag};

/// Deserializes any `FromStr` type from a string, failing with the type's own error message
/// (which names the input).
pub(crate) struct FromStrVisitor<T> {
    expecting: &'static str,
    target: PhantomData<T>,
}

impl<T> FromStrVisitor<T> {
    /// A visitor that tells serde it expects `expecting`.
    pub(crate) fn new(expecting: &'static str) -> Self {
        FromStrVisitor {
            expecting,
            target: PhantomData,
        }
    }
}

impl<T> Visitor<'_> for FromStrVisitor<T>
where
    T: FromStr,
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        value.parse().map_err(E::custom)
    }
}

macro_rules! serde_as_str {
    ($type:ty, $expecting:literal) => {
        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_str(FromStrVisitor::new($expecting))
            }
        }
    };
}

serde_as_str!(EcdEvent, "the name of an ECD event");
serde_as_str!(Category, "an ECD event category");
serde_as_str!(Tag, "an ECD event tag");
serde_as_str!(Api, "an ECD API, as product/version");
serde_as_str!(Access, "\"Read\" or \"Write\"");
#[cfg(feature = "alloc")]
serde_as_str!(super::EventName, "an event name");
