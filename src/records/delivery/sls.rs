//! Log Service (SLS) logs that carry an ActionTrail record as a JSON string in `event`.

use std::fmt;

use serde::Deserialize;
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};

use super::format::Content;
use crate::records::model::Text;

/// The `__topic__`s of logs that carry ActionTrail events: a trail's own Logstore, and the
/// Log Audit Service.
const ACTIONTRAIL_TOPICS: [&str; 2] = ["actiontrail_event", "actiontrail_audit_event"];

/// One log: its topic and its `event` string; other keys (`__time__`, `owner_id`, ...) are
/// skipped.
pub(crate) struct SlsLog<'a> {
    pub(crate) topic: Option<Text<'a>>,
    pub(crate) event: Option<Text<'a>>,
}

impl SlsLog<'_> {
    /// Why the log carries no ActionTrail event, if it does not.
    pub(crate) fn problem(&self) -> Option<String> {
        if let Some(topic) = &self.topic
            && !ACTIONTRAIL_TOPICS.contains(&topic.as_str())
        {
            return Some(format!(
                "the log's __topic__ `{}` is not an ActionTrail topic ({})",
                topic.escape_debug(),
                ACTIONTRAIL_TOPICS.join(" or ")
            ));
        }
        match &self.event {
            None => Some("the log has no `event` field".into()),
            Some(_) => None,
        }
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for SlsLog<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LogVisitor;

        impl<'de> Visitor<'de> for LogVisitor {
            type Value = SlsLog<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a Log Service log (a JSON object)")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SlsLog<'de>, A::Error> {
                let mut log = SlsLog {
                    topic: None,
                    event: None,
                };
                while let Some(key) = map.next_key::<Text<'de>>()? {
                    match key.as_str() {
                        "__topic__" => log.topic = Some(map.next_value()?),
                        "event" => log.event = Some(map.next_value()?),
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(log)
            }
        }

        deserializer.deserialize_map(LogVisitor)
    }
}

/// What the first object of a delivery is: a record has `eventName` or `eventId`; a log has
/// `__topic__`, or an `event` string and no `eventName`.
pub(crate) struct ContentProbe {
    event_name: bool,
    event_id: bool,
    topic: bool,
    event_string: bool,
}

impl ContentProbe {
    /// `None` for an object that is neither (an empty one, say, found after damage): the
    /// delivery's content stays undecided.
    pub(crate) fn content(&self) -> Option<Content> {
        if self.topic || (self.event_string && !self.event_name) {
            Some(Content::SlsLogs)
        } else if self.event_name || self.event_id {
            Some(Content::Records)
        } else {
            None
        }
    }
}

impl<'de> Deserialize<'de> for ContentProbe {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ProbeVisitor;

        impl<'de> Visitor<'de> for ProbeVisitor {
            type Value = ContentProbe;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ContentProbe, A::Error> {
                let mut probe = ContentProbe {
                    event_name: false,
                    event_id: false,
                    topic: false,
                    event_string: false,
                };
                while let Some(key) = map.next_key::<Text<'de>>()? {
                    match key.as_str() {
                        "eventName" => probe.event_name = true,
                        "eventId" => probe.event_id = true,
                        "__topic__" => probe.topic = true,
                        "event" => {
                            probe.event_string = map.next_value::<IsString>()?.0;
                            continue;
                        }
                        _ => {}
                    }
                    map.next_value::<IgnoredAny>()?;
                }
                Ok(probe)
            }
        }

        deserializer.deserialize_map(ProbeVisitor)
    }
}

/// Whether a value is a string, skipping it either way.
struct IsString(bool);

impl<'de> Deserialize<'de> for IsString {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct IsStringVisitor;

        impl<'de> Visitor<'de> for IsStringVisitor {
            type Value = IsString;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any value")
            }

            fn visit_str<E>(self, _: &str) -> Result<IsString, E> {
                Ok(IsString(true))
            }

            fn visit_bool<E>(self, _: bool) -> Result<IsString, E> {
                Ok(IsString(false))
            }

            fn visit_i64<E>(self, _: i64) -> Result<IsString, E> {
                Ok(IsString(false))
            }

            fn visit_u64<E>(self, _: u64) -> Result<IsString, E> {
                Ok(IsString(false))
            }

            fn visit_f64<E>(self, _: f64) -> Result<IsString, E> {
                Ok(IsString(false))
            }

            fn visit_unit<E>(self) -> Result<IsString, E> {
                Ok(IsString(false))
            }

            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<IsString, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(IsString(false))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<IsString, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(IsString(false))
            }
        }

        deserializer.deserialize_any(IsStringVisitor)
    }
}
