//! [`Tag`]: properties of events that alert rules look for.

use super::string_enum::{string_enum_from_str, string_enum_traits};
use super::{EcdEvent, generated};

generated::declare_tag! {
    /// A property of an event that alert rules look for: it destroys data, touches
    /// credentials, changes who may do what, costs money, runs commands, opens a network, or
    /// weakens defenses. An event carries any number of tags, often none. Each variant's
    /// documentation says what the tag covers and lists its events.
    ///
    /// Its string form is kebab-case (`"remote-execution"`).
    ///
    /// ```
    /// use ecd_events::{EcdEvent, Tag};
    ///
    /// let tag: Tag = "destructive".parse()?;
    /// assert!(EcdEvent::DeleteDesktops.has_tag(tag));
    /// assert!(tag.events().all(|event| event.has_tag(Tag::Destructive)));
    /// # Ok::<(), ecd_events::UnknownValue>(())
    /// ```
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[non_exhaustive]
    pub enum Tag;
}

impl Tag {
    /// Every tag, in declaration order.
    ///
    /// ```
    /// use ecd_events::Tag;
    ///
    /// assert_eq!(Tag::ALL.len(), Tag::COUNT);
    /// assert_eq!(Tag::ALL[0], Tag::Destructive);
    /// ```
    pub const ALL: &'static [Tag] = &generated::TAGS;

    /// How many tags there are.
    ///
    /// ```
    /// assert_eq!(ecd_events::Tag::COUNT, 7);
    /// ```
    pub const COUNT: usize = generated::TAGS.len();

    /// The kebab-case name.
    ///
    /// ```
    /// assert_eq!(ecd_events::Tag::RemoteExecution.as_str(), "remote-execution");
    /// ```
    #[inline]
    pub const fn as_str(self) -> &'static str {
        generated::tag_name(self)
    }

    /// What the tag means.
    ///
    /// ```
    /// use ecd_events::Tag;
    ///
    /// assert!(Tag::Credential.description().contains("passwords"));
    /// ```
    #[inline]
    pub const fn description(self) -> &'static str {
        generated::tag_description(self)
    }

    /// The events that carry this tag, in name order.
    ///
    /// ```
    /// use ecd_events::{EcdEvent, Tag};
    ///
    /// let remote: Vec<EcdEvent> = Tag::RemoteExecution.events().collect();
    /// assert!(remote.contains(&EcdEvent::RunCommand));
    /// assert!(remote.iter().all(|event| event.has_tag(Tag::RemoteExecution)));
    /// ```
    pub fn events(
        self,
    ) -> impl ExactSizeIterator<Item = EcdEvent> + DoubleEndedIterator + Clone + 'static {
        generated::tag_events(self).iter().copied()
    }
}

string_enum_traits!(Tag, names: &generated::TAG_NAMES);
string_enum_from_str!(Tag, what: "event tag", names: &generated::TAG_NAMES);
