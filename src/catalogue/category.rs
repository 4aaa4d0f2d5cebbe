//! [`Category`]: what kind of resource an event concerns.

use super::string_enum::{string_enum_from_str, string_enum_traits};
use super::{EcdEvent, generated};

generated::declare_category! {
    /// What kind of resource an event concerns. Every [`EcdEvent`] belongs to exactly one
    /// category, so the categories partition the catalogue.
    ///
    /// Its string form is kebab-case (`"desktop-group"`), for configuration files and alert
    /// rules.
    ///
    /// ```
    /// use ecd_events::{Category, EcdEvent};
    ///
    /// let category: Category = "desktop-group".parse()?;
    /// assert_eq!(category, Category::DesktopGroup);
    /// assert_eq!(category.as_str(), "desktop-group");
    /// assert!(category.events().any(|event| event == EcdEvent::CreateDesktopGroup));
    /// # Ok::<(), ecd_events::UnknownValue>(())
    /// ```
    ///
    /// The enum is `#[non_exhaustive]` (like [`EcdEvent`] and [`Tag`](crate::Tag)): a `match` needs a
    /// wildcard arm even when it lists every category of this release, so that adding one is
    /// not a breaking change.
    ///
    /// ```compile_fail
    /// use ecd_events::Category::*;
    ///
    /// fn scope(category: ecd_events::Category) -> &'static str {
    ///     match category {
    ///         Workspace | Desktop | DesktopGroup | Image | Storage | Network | User
    ///         | Authentication | Policy | Security | Device | App | Operations | Billing
    ///         | Account => "every category today",
    ///     }
    /// }
    /// ```
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[non_exhaustive]
    pub enum Category;
}

impl Category {
    /// Every category, in declaration order.
    ///
    /// ```
    /// use ecd_events::Category;
    ///
    /// assert_eq!(Category::ALL.len(), Category::COUNT);
    /// assert_eq!(Category::ALL[0], Category::Workspace);
    /// ```
    pub const ALL: &'static [Category] = &generated::CATEGORIES;

    /// How many categories there are.
    ///
    /// ```
    /// assert_eq!(ecd_events::Category::COUNT, 15);
    /// ```
    pub const COUNT: usize = generated::CATEGORIES.len();

    /// The kebab-case name.
    ///
    /// ```
    /// assert_eq!(ecd_events::Category::DesktopGroup.as_str(), "desktop-group");
    /// ```
    #[inline]
    pub const fn as_str(self) -> &'static str {
        generated::category_name(self)
    }

    /// What the category covers.
    ///
    /// ```
    /// use ecd_events::Category;
    ///
    /// assert!(Category::Storage.description().contains("snapshots"));
    /// ```
    #[inline]
    pub const fn description(self) -> &'static str {
        generated::category_description(self)
    }

    /// The events in this category, in name order.
    ///
    /// ```
    /// use ecd_events::{Category, EcdEvent};
    ///
    /// let mut events = Category::Policy.events();
    /// assert_eq!(events.next(), Some(EcdEvent::CloneCenterPolicy));
    /// assert!(events.all(|event| event.category() == Category::Policy));
    /// ```
    pub fn events(
        self,
    ) -> impl ExactSizeIterator<Item = EcdEvent> + DoubleEndedIterator + Clone + 'static {
        generated::category_events(self).iter().copied()
    }
}

string_enum_traits!(Category, names: &generated::CATEGORY_NAMES);
string_enum_from_str!(Category, what: "event category", names: &generated::CATEGORY_NAMES);
