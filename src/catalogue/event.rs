//! [`EcdEvent`]: one variant per event of the catalogue.

use core::str::FromStr;

use super::error::UnknownEventName;
use super::string_enum::string_enum_traits;
use super::{Access, Api, Category, Tag, generated, name_lookup};
#[cfg(feature = "parameters")]
use super::{Parameter, name_hash};

generated::declare_ecd_event! {
    /// An Elastic Cloud Desktop event that ActionTrail records, named by its API action.
    ///
    /// There is one variant per action of ECD's public APIs ([`Api`]) and per event of the
    /// published catalogue, named exactly as the event's `eventName` in ActionTrail records.
    /// Each variant's documentation gives the event's description, [`Category`], [`Access`],
    /// [`Tag`]s, sources and code.
    ///
    /// ```
    /// use ecd_events::{Access, EcdEvent};
    ///
    /// let event: EcdEvent = "CreateDesktops".parse()?;
    /// assert_eq!(event.as_str(), "CreateDesktops");
    /// assert_eq!(event.to_string(), "CreateDesktops");
    /// assert_eq!(event.access(), Access::Write);
    /// # Ok::<(), ecd_events::UnknownEventName>(())
    /// ```
    ///
    /// The discriminant of each variant is its [`code`](Self::code), so `event as u16` is
    /// stable across releases too, and the derived ordering follows codes. [`EcdEvent::ALL`]
    /// lists the events in name order.
    ///
    /// The enum is `#[non_exhaustive]`: a `match` needs a wildcard arm, because new releases
    /// add the events ActionTrail adds. To keep names newer than this release, parse them as
    /// [`EventName`](crate::EventName).
    ///
    /// The strum traits `EnumCount`, `IntoEnumIterator` (`EnumIter`), `VariantArray`,
    /// `VariantNames` and `IntoStaticStr` are implemented, from tables generated from the same
    /// catalogue entries as [`as_str`](Self::as_str), so their names always agree.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[non_exhaustive]
    #[repr(u16)]
    pub enum EcdEvent;
}

impl EcdEvent {
    /// Every event, in name order (byte order, as `str` compares).
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    ///
    /// assert_eq!(EcdEvent::ALL.len(), EcdEvent::COUNT);
    /// assert_eq!(EcdEvent::ALL[0], EcdEvent::ActivateOfficeSite);
    /// assert!(EcdEvent::ALL.windows(2).all(|w| w[0].as_str() < w[1].as_str()));
    /// ```
    pub const ALL: &'static [EcdEvent] = &generated::EVENTS;

    /// How many events the catalogue lists.
    ///
    /// ```
    /// assert_eq!(ecd_events::EcdEvent::COUNT, 541);
    /// ```
    pub const COUNT: usize = generated::EVENTS.len();

    /// The event's name, exactly as ActionTrail's `eventName` carries it.
    ///
    /// ```
    /// assert_eq!(ecd_events::EcdEvent::RunCommand.as_str(), "RunCommand");
    /// ```
    #[inline]
    pub const fn as_str(self) -> &'static str {
        generated::NAMES_BY_CODE[self as usize]
    }

    /// The event named exactly `name` (case-sensitive), or `None` if the catalogue lists no
    /// such event.
    ///
    /// This is a perfect-hash lookup: one hash of the name's length and three of its 8-byte
    /// words, two small table reads, and a word-by-word comparison only when the slot's
    /// fingerprint matches; no allocation. benches/README.md ("Name lookup") compares it with
    /// the alternatives.
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    ///
    /// assert_eq!(EcdEvent::from_name("StopDesktops"), Some(EcdEvent::StopDesktops));
    /// assert_eq!(EcdEvent::from_name("stopdesktops"), None);
    /// assert_eq!(EcdEvent::from_name(" StopDesktops"), None);
    /// ```
    #[inline]
    pub fn from_name(name: &str) -> Option<EcdEvent> {
        name_lookup::exact(name)
    }

    /// The event whose name equals `name` ignoring ASCII case, or `None`.
    ///
    /// It works like [`from_name`](Self::from_name), with a second table whose hash folds
    /// ASCII case, and allocates nothing.
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    ///
    /// assert_eq!(
    ///     EcdEvent::from_name_ignore_ascii_case("createDESKTOPS"),
    ///     Some(EcdEvent::CreateDesktops),
    /// );
    /// assert_eq!(EcdEvent::from_name_ignore_ascii_case("Create-Desktops"), None);
    /// ```
    #[inline]
    pub fn from_name_ignore_ascii_case(name: &str) -> Option<EcdEvent> {
        name_lookup::ignore_ascii_case(name)
    }

    /// What the event does, or `None` where neither the published catalogue nor the API
    /// documents it yet.
    ///
    /// For an event the published catalogue lists, this is its text; where that text is
    /// plainly wrong, the corrected text (the variant's documentation quotes the original and
    /// docs/catalogue.md lists every correction). For the others, the catalogue's own words for what the
    /// API documents.
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    ///
    /// assert_eq!(
    ///     EcdEvent::CreateDesktops.description(),
    ///     Some("Creates one or more cloud desktops."),
    /// );
    /// // Published as "Creates a desktop group.", a copy of CreateDesktopGroup's text.
    /// assert_eq!(EcdEvent::DeleteDesktopGroup.description(), Some("Deletes a desktop group."));
    /// // Not documented yet.
    /// assert_eq!(EcdEvent::AuthorizeApp.description(), None);
    /// ```
    #[inline]
    pub const fn description(self) -> Option<&'static str> {
        generated::event_description(self)
    }

    /// The one [`Category`] the event belongs to.
    ///
    /// ```
    /// use ecd_events::{Category, EcdEvent};
    ///
    /// assert_eq!(EcdEvent::AddUserToDesktopGroup.category(), Category::DesktopGroup);
    /// ```
    #[inline]
    pub const fn category(self) -> Category {
        generated::event_category(self)
    }

    /// Whether the event reads or writes, as ActionTrail's `eventRW`.
    ///
    /// ```
    /// use ecd_events::{Access, EcdEvent};
    ///
    /// assert_eq!(EcdEvent::DescribeDesktopGroups.access(), Access::Read);
    /// assert_eq!(EcdEvent::ModifyDesktopGroup.access(), Access::Write);
    /// ```
    #[inline]
    pub const fn access(self) -> Access {
        generated::event_access(self)
    }

    /// The event's [`Tag`]s, in name order; often none.
    ///
    /// ```
    /// use ecd_events::{EcdEvent, Tag};
    ///
    /// assert_eq!(
    ///     EcdEvent::RemoveMfaDevice.tags(),
    ///     &[Tag::Credential, Tag::Destructive, Tag::ImpairDefenses],
    /// );
    /// assert!(EcdEvent::DescribeUsers.tags().is_empty());
    /// ```
    #[inline]
    pub const fn tags(self) -> &'static [Tag] {
        generated::event_tags(self)
    }

    /// The APIs that define the event's action, in [`Api::ALL`]'s order. Empty for an event
    /// [retired](Self::is_retired) from every API.
    ///
    /// ```
    /// use ecd_events::{Api, EcdEvent};
    ///
    /// assert_eq!(EcdEvent::CreateDesktops.apis(), &[Api::Ecd20200930]);
    /// // The client API and the main API both define it.
    /// assert!(EcdEvent::RebootDesktops.apis().contains(&Api::Ecd20201002));
    /// assert!(EcdEvent::RebootDesktops.apis().contains(&Api::Ecd20200930));
    /// ```
    #[inline]
    pub const fn apis(self) -> &'static [Api] {
        generated::event_apis(self)
    }

    /// Whether the published catalogue ("ActionTrail: Audit events of ECD", 2023-03-20) lists
    /// the event. The others come from ECD's APIs alone.
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    ///
    /// assert!(EcdEvent::CreateDesktops.in_published_catalogue());
    /// assert!(!EcdEvent::DescribeDesktops.in_published_catalogue());
    /// ```
    #[inline]
    pub const fn in_published_catalogue(self) -> bool {
        generated::event_in_published(self)
    }

    /// Whether the event is retired: the published catalogue lists it, but none of the APIs
    /// this release draws on ([`Api::ALL`]) defines its action. It may have left the API, or
    /// belong to an API the SDKs do not publish (a console's own actions); either way records
    /// can still carry it, so it stays in the catalogue, and alert rules should not drop it.
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    ///
    /// // A Security Center action that ECD's API has dropped.
    /// assert!(EcdEvent::DescribeVulList.is_retired());
    /// assert!(EcdEvent::DescribeVulList.apis().is_empty());
    /// assert!(!EcdEvent::CreateDesktops.is_retired());
    /// ```
    #[inline]
    pub const fn is_retired(self) -> bool {
        self.apis().is_empty()
    }

    /// Whether the event carries `tag`.
    ///
    /// ```
    /// use ecd_events::{EcdEvent, Tag};
    ///
    /// assert!(EcdEvent::RunCommand.has_tag(Tag::RemoteExecution));
    /// assert!(!EcdEvent::RunCommand.has_tag(Tag::Destructive));
    /// ```
    #[inline]
    pub const fn has_tag(self, tag: Tag) -> bool {
        let tags = self.tags();
        let mut index = 0;
        while index < tags.len() {
            if tags[index] as u8 == tag as u8 {
                return true;
            }
            index += 1;
        }
        false
    }

    /// The request parameters of the event's API action, in the API's order, as ECD's API
    /// definitions give them: each with its wire name, [kind](crate::ParameterKind), whether it
    /// is required, its valid values, and the values that weaken protection. An event that
    /// several APIs define has the union of their parameters (each says which APIs take it);
    /// a retired event has none.
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    ///
    /// let names: Vec<&str> = EcdEvent::ModifyOfficeSiteMfaEnabled
    ///     .parameters()
    ///     .iter()
    ///     .map(|parameter| parameter.name())
    ///     .collect();
    /// assert_eq!(names, ["MfaEnabled", "OfficeSiteId", "RegionId"]);
    /// assert!(EcdEvent::DescribeVulList.parameters().is_empty()); // retired
    /// ```
    #[cfg(feature = "parameters")]
    #[cfg_attr(docsrs, doc(cfg(feature = "parameters")))]
    #[inline]
    pub const fn parameters(self) -> &'static [Parameter] {
        generated::event_parameters(self)
    }

    /// The parameter named exactly `name` (case-sensitive, as the API spells it), or `None`
    /// if the event's action takes no such parameter.
    ///
    /// It hashes `name` once (three 8-byte words and the length, as [`from_name`] does), and
    /// binary-searches the 32-bit fingerprint of that hash in the event's parameters sorted by
    /// theirs (which the generator computed and checked to be distinct); only the one
    /// matching fingerprint's name is compared. No allocation, and a cost that grows with the
    /// logarithm of the event's parameter count: benches/README.md ("Parameter lookup")
    /// compares it with a scan of the names and a hash map.
    ///
    /// [`from_name`]: Self::from_name
    ///
    /// ```
    /// use ecd_events::{EcdEvent, ParameterKind};
    ///
    /// let amount = EcdEvent::CreateDesktops.parameter("Amount").unwrap();
    /// assert_eq!(amount.kind(), ParameterKind::Integer);
    /// assert!(EcdEvent::CreateDesktops.parameter("amount").is_none());
    /// ```
    #[cfg(feature = "parameters")]
    #[cfg_attr(docsrs, doc(cfg(feature = "parameters")))]
    pub fn parameter(self, name: &str) -> Option<&'static Parameter> {
        // The high 32 bits of the name's hash, as codegen/render.rs computes them.
        let hash = name_hash::name_hash(
            name.as_bytes(),
            generated::PARAMETER_SEED,
            name_hash::Case::Sensitive,
        );
        let fingerprint = (hash >> 32) as u32;
        let (index, first) = generated::event_parameter_index(self);
        let found = index.binary_search(&fingerprint).ok()?;
        let position = generated::PARAMETER_POSITIONS[first + found];
        let parameter = &self.parameters()[usize::from(position)];
        (parameter.name() == name).then_some(parameter)
    }

    /// The event's stable numeric code: it never changes and is never given to another event,
    /// so it can be stored in place of the name. It is also the enum's discriminant.
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    ///
    /// let code = EcdEvent::CreateDesktops.code();
    /// assert_eq!(code, EcdEvent::CreateDesktops as u16);
    /// assert_eq!(EcdEvent::from_code(code), Some(EcdEvent::CreateDesktops));
    /// ```
    #[inline]
    pub const fn code(self) -> u16 {
        self as u16
    }

    /// The event with this [`code`](Self::code), or `None` if no event has it.
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    ///
    /// assert_eq!(EcdEvent::from_code(0), None);
    /// assert_eq!(EcdEvent::from_code(EcdEvent::RunCommand.code()), Some(EcdEvent::RunCommand));
    /// ```
    #[inline]
    pub const fn from_code(code: u16) -> Option<EcdEvent> {
        generated::event_from_code(code)
    }
}

string_enum_traits!(EcdEvent, names: &generated::EVENT_NAMES);

impl FromStr for EcdEvent {
    type Err = UnknownEventName;

    /// Parses an exact, case-sensitive event name, like [`EcdEvent::from_name`].
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        EcdEvent::from_name(name).ok_or_else(|| UnknownEventName::new(name))
    }
}

impl TryFrom<&str> for EcdEvent {
    type Error = UnknownEventName;

    /// Parses an exact, case-sensitive event name, like [`EcdEvent::from_name`].
    fn try_from(name: &str) -> Result<Self, Self::Error> {
        name.parse()
    }
}
