//! [`EventAttributes`]: a record's `eventAttributes`.

use serde::{Deserialize, Serialize};

/// A record's `eventAttributes`.
///
/// ```
/// use ecd_events::records::EventAttributes;
///
/// let attributes: EventAttributes = serde_json::from_str(r#"{"SensitiveAction":"true"}"#)?;
/// assert_eq!(attributes.sensitive_action, Some(true));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EventAttributes {
    /// `SensitiveAction`: whether ActionTrail counts the operation as sensitive. Written as
    /// the string `"true"`; booleans are accepted too.
    #[serde(
        rename = "SensitiveAction",
        default,
        deserialize_with = "super::lenient::flag",
        serialize_with = "super::lenient::flag_as_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub sensitive_action: Option<bool>,
}
