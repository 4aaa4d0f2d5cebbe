//! Open enums: the values of a record field that ActionTrail documents, with room for the ones
//! it adds later ([`EventType`], [`IdentityType`]).

use std::fmt;

use serde::de::Deserializer;
use serde::{Deserialize, Serialize, Serializer};

use crate::catalogue::FromStrVisitor;

/// A value of an open enum that this release does not list, kept as it came.
///
/// Code outside this crate cannot build one, so an `Unlisted` never holds a value that a
/// variant names: a match on a variant keeps working when a later release adds it.
///
/// ```compile_fail
/// use ecd_events::records::{EventType, UnlistedValue};
///
/// let forged = EventType::Unlisted(UnlistedValue("ApiCall".into()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnlistedValue(Box<str>);

impl UnlistedValue {
    /// The value as it came.
    ///
    /// ```
    /// use ecd_events::records::EventType;
    ///
    /// if let EventType::Unlisted(value) = EventType::parse("JobEvent") {
    ///     assert_eq!(value.as_str(), "JobEvent");
    /// }
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident, expecting $expecting:literal {
            $( $(#[$variant_meta:meta])* $variant:ident = $wire:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$variant_meta])* $variant, )+
            /// A value this release does not list, kept as it came.
            Unlisted(UnlistedValue),
        }

        impl $name {
            /// Every listed value, in the order of the variants.
            pub const LISTED: &'static [$name] = &[$($name::$variant),+];

            /// Classifies `value`, exactly as ActionTrail writes it (case-sensitive). Never
            /// fails: a value this release does not list becomes `Unlisted`.
            pub fn parse(value: &str) -> $name {
                match value {
                    $( $wire => $name::$variant, )+
                    other => $name::Unlisted(UnlistedValue(other.into())),
                }
            }

            /// The value as ActionTrail writes it.
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $wire, )+
                    $name::Unlisted(value) => value.as_str(),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;

            /// The same as `parse`; it never fails.
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok($name::parse(value))
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_str(FromStrVisitor::new($expecting))
            }
        }
    };
}

open_enum! {
    /// What caused an event: ActionTrail's `eventType`.
    ///
    /// ```
    /// use ecd_events::records::EventType;
    ///
    /// assert_eq!(EventType::parse("ApiCall"), EventType::ApiCall);
    /// assert_eq!(EventType::ConsoleSignin.as_str(), "ConsoleSignin");
    ///
    /// // MaxCompute's `JobEvent`, or anything newer, is kept.
    /// let other = EventType::parse("JobEvent");
    /// assert!(matches!(other, EventType::Unlisted(_)));
    /// assert_eq!(other.to_string(), "JobEvent");
    /// ```
    pub enum EventType, expecting "an event type such as \"ApiCall\"" {
        /// A call to an API, from an SDK, the CLI or a console (`"ApiCall"`).
        ApiCall = "ApiCall",
        /// An operation in a console or on a buy page that is not an API call
        /// (`"ConsoleOperation"`).
        ConsoleOperation = "ConsoleOperation",
        /// A sign-in to the console (`"ConsoleSignin"`).
        ConsoleSignin = "ConsoleSignin",
        /// A sign-out from the console (`"ConsoleSignout"`).
        ConsoleSignout = "ConsoleSignout",
        /// Alibaba Cloud acting on the account's resources, such as releasing an expired
        /// desktop (`"AliyunServiceEvent"`).
        AliyunServiceEvent = "AliyunServiceEvent",
    }
}

open_enum! {
    /// Who made a request: the `type` of a record's `userIdentity`.
    ///
    /// ```
    /// use ecd_events::records::IdentityType;
    ///
    /// assert_eq!(IdentityType::parse("assumed-role"), IdentityType::AssumedRole);
    /// assert_eq!(IdentityType::RamUser.as_str(), "ram-user");
    /// assert!(matches!(IdentityType::parse("saml-user"), IdentityType::Unlisted(_)));
    /// ```
    pub enum IdentityType, expecting "an identity type such as \"ram-user\"" {
        /// The Alibaba Cloud account itself (`"root-account"`).
        RootAccount = "root-account",
        /// A RAM user (`"ram-user"`).
        RamUser = "ram-user",
        /// A RAM role, through STS (`"assumed-role"`).
        AssumedRole = "assumed-role",
        /// An Alibaba Cloud service (`"system"`).
        System = "system",
    }
}
