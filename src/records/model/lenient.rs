//! Deserializers for the fields whose JSON type varies in real records.

use std::fmt;

use serde::Serializer;
use serde::de::{self, Deserializer, Visitor};

/// `true`, `false`, `"true"` or `"false"`; ActionTrail writes `mfaAuthenticated` and
/// `SensitiveAction` as strings and `isGlobal` as a boolean.
pub(crate) fn flag<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<bool>, D::Error> {
    deserializer.deserialize_option(OptionalFlag)
}

/// A flag written as a string: `true` or `false` in one of three casings, or `""` for none;
/// `None` for any other text.
pub(crate) fn flag_from_text(text: &str) -> Option<Option<bool>> {
    match text {
        "true" | "True" | "TRUE" => Some(Some(true)),
        "false" | "False" | "FALSE" => Some(Some(false)),
        "" => Some(None),
        _ => None,
    }
}

/// Writes a flag as ActionTrail does for `mfaAuthenticated` and `SensitiveAction`: a string.
pub(crate) fn flag_as_string<S: Serializer>(
    flag: &Option<bool>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match flag {
        Some(true) => serializer.serialize_str("true"),
        Some(false) => serializer.serialize_str("false"),
        None => serializer.serialize_none(),
    }
}

struct OptionalFlag;

impl<'de> Visitor<'de> for OptionalFlag {
    type Value = Option<bool>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("true, false, \"true\" or \"false\"")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_bool<E: de::Error>(self, flag: bool) -> Result<Self::Value, E> {
        Ok(Some(flag))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        flag_from_text(text).ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
    }
}
