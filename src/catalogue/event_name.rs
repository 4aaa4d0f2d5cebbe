//! [`EventName`]: an event name as a record carries it, known to the catalogue or not.

use alloc::boxed::Box;
use core::fmt;

use super::EcdEvent;

/// The `eventName` of a record: an [`EcdEvent`] when the catalogue lists it, otherwise the
/// text as it came.
///
/// ActionTrail adds events faster than any release of this crate, so a reader of records must
/// not reject names it does not know. [`EventName::parse`] never fails, and
/// [`as_str`](Self::as_str) gives back exactly the text it was given.
///
/// ```
/// use ecd_events::{EcdEvent, EventName};
///
/// let known = EventName::parse("CreateDesktops");
/// assert_eq!(known, EventName::Known(EcdEvent::CreateDesktops));
///
/// let unknown = EventName::parse("ListTerminal");
/// assert!(matches!(unknown, EventName::Unknown(_)));
/// assert_eq!(unknown.to_string(), "ListTerminal");
/// ```
///
/// Nothing outside this crate can build an [`Unknown`](EventName::Unknown): its payload
/// [`UnlistedEventName`] has no public constructor, and `parse` puts every name the catalogue
/// lists in [`Known`](EventName::Known). So a match on `Known(EcdEvent::X)` keeps working when a
/// later release adds `X`; no name can hide in `Unknown` once the catalogue knows it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(docsrs, doc(cfg(feature = "alloc")))]
pub enum EventName {
    /// A name the catalogue lists.
    Known(EcdEvent),
    /// A name the catalogue of this release does not list.
    Unknown(UnlistedEventName),
}

/// The text of an event name that the catalogue does not list.
///
/// Only [`EventName::parse`] makes one, and only for such names: code outside this crate
/// cannot build one, so an `Unknown` never holds a name the catalogue knows.
///
/// ```compile_fail
/// use ecd_events::{EventName, UnlistedEventName};
///
/// let forged = EventName::Unknown(UnlistedEventName("CreateDesktops".into()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(docsrs, doc(cfg(feature = "alloc")))]
pub struct UnlistedEventName(Box<str>);

impl UnlistedEventName {
    /// The name as it was given.
    ///
    /// ```
    /// use ecd_events::EventName;
    ///
    /// if let EventName::Unknown(name) = EventName::parse("RunInstances") {
    ///     assert_eq!(name.as_str(), "RunInstances");
    /// }
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UnlistedEventName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

impl EventName {
    /// Classifies `name`: [`Known`](Self::Known) if the catalogue lists it exactly
    /// (case-sensitive, as ActionTrail writes names), [`Unknown`](Self::Unknown) otherwise.
    /// Never fails; allocates only for unknown names.
    ///
    /// ```
    /// use ecd_events::{EcdEvent, EventName};
    ///
    /// assert_eq!(EventName::parse("StopDesktops").event(), Some(EcdEvent::StopDesktops));
    /// assert_eq!(EventName::parse("").event(), None);
    /// ```
    pub fn parse(name: &str) -> EventName {
        match EcdEvent::from_name(name) {
            Some(event) => EventName::Known(event),
            None => EventName::Unknown(UnlistedEventName(name.into())),
        }
    }

    /// The name, exactly as it was parsed.
    ///
    /// ```
    /// use ecd_events::EventName;
    ///
    /// assert_eq!(EventName::parse("DeleteDesktops").as_str(), "DeleteDesktops");
    /// assert_eq!(EventName::parse("deleteDesktops").as_str(), "deleteDesktops");
    /// ```
    pub fn as_str(&self) -> &str {
        match self {
            EventName::Known(event) => event.as_str(),
            EventName::Unknown(name) => name.as_str(),
        }
    }

    /// The catalogue's event, if the name is known.
    ///
    /// ```
    /// use ecd_events::{EcdEvent, EventName};
    ///
    /// assert_eq!(EventName::parse("RunCommand").event(), Some(EcdEvent::RunCommand));
    /// assert_eq!(EventName::parse("RunInstances").event(), None);
    /// ```
    pub fn event(&self) -> Option<EcdEvent> {
        match self {
            EventName::Known(event) => Some(*event),
            EventName::Unknown(_) => None,
        }
    }

    /// Whether the catalogue lists the name.
    ///
    /// ```
    /// assert!(ecd_events::EventName::parse("RunCommand").is_known());
    /// ```
    pub fn is_known(&self) -> bool {
        matches!(self, EventName::Known(_))
    }
}

impl From<EcdEvent> for EventName {
    fn from(event: EcdEvent) -> Self {
        EventName::Known(event)
    }
}

impl fmt::Display for EventName {
    /// Writes the name exactly as it was parsed, honouring width and alignment.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl AsRef<str> for EventName {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl core::str::FromStr for EventName {
    type Err = core::convert::Infallible;

    /// The same as [`EventName::parse`]; it never fails.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Ok(EventName::parse(name))
    }
}

impl PartialEq<EcdEvent> for EventName {
    fn eq(&self, event: &EcdEvent) -> bool {
        self.event() == Some(*event)
    }
}
