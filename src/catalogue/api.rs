//! [`Api`]: the public APIs of ECD whose actions ActionTrail records as events.

use super::string_enum::{string_enum_from_str, string_enum_traits};
use super::{EcdEvent, generated};

generated::declare_api! {
    /// One version of one of ECD's public APIs. ActionTrail names each event after the API
    /// action that was called, so every action of these APIs is an [`EcdEvent`], and
    /// [`EcdEvent::apis`] says which APIs define an event.
    ///
    /// Its string form is `product/version` (`"ecd/2020-09-30"`): the product code the API's
    /// endpoint is named by, and the version a record carries in `apiVersion`.
    ///
    /// ```
    /// use ecd_events::{Api, EcdEvent};
    ///
    /// let api: Api = "eds-user/2021-03-08".parse()?;
    /// assert_eq!(api, Api::EdsUser20210308);
    /// assert_eq!((api.product(), api.version()), ("eds-user", "2021-03-08"));
    /// assert!(api.events().any(|event| event == EcdEvent::ResetUserPassword));
    /// # Ok::<(), ecd_events::UnknownValue>(())
    /// ```
    ///
    /// The enum is `#[non_exhaustive]`, like [`EcdEvent`]: ECD publishes new API versions.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[non_exhaustive]
    pub enum Api;
}

impl Api {
    /// Every API, in the order `events.toml` declares them (which [`Ord`] follows).
    ///
    /// ```
    /// use ecd_events::Api;
    ///
    /// assert_eq!(Api::ALL.len(), Api::COUNT);
    /// assert_eq!(Api::ALL[0], Api::Ecd20200930);
    /// ```
    pub const ALL: &'static [Api] = &generated::APIS;

    /// How many APIs the catalogue draws on.
    ///
    /// ```
    /// assert_eq!(ecd_events::Api::COUNT, 5);
    /// ```
    pub const COUNT: usize = generated::APIS.len();

    /// The string form, `product/version`.
    ///
    /// ```
    /// assert_eq!(ecd_events::Api::Ecd20201002.as_str(), "ecd/2020-10-02");
    /// ```
    #[inline]
    pub const fn as_str(self) -> &'static str {
        generated::api_name(self)
    }

    /// The product code, as the API's endpoint names it (`ecd`, `eds-user`).
    ///
    /// ```
    /// assert_eq!(ecd_events::Api::EdsUser20210308.product(), "eds-user");
    /// ```
    #[inline]
    pub const fn product(self) -> &'static str {
        generated::api_product(self)
    }

    /// The API version, `YYYY-MM-DD`, as records carry it in `apiVersion`.
    ///
    /// ```
    /// assert_eq!(ecd_events::Api::Ecd20200930.version(), "2020-09-30");
    /// ```
    #[inline]
    pub const fn version(self) -> &'static str {
        generated::api_version(self)
    }

    /// What the API is for.
    ///
    /// ```
    /// assert!(ecd_events::Api::Ecd20201002.description().contains("client"));
    /// ```
    #[inline]
    pub const fn description(self) -> &'static str {
        generated::api_description(self)
    }

    /// The events whose actions this API defines, in name order.
    ///
    /// ```
    /// use ecd_events::{Api, EcdEvent};
    ///
    /// assert!(Api::Ecd20201002.events().any(|event| event == EcdEvent::GetConnectionTicket));
    /// assert!(Api::Ecd20201002.events().all(|event| event.apis().contains(&Api::Ecd20201002)));
    /// ```
    pub fn events(
        self,
    ) -> impl ExactSizeIterator<Item = EcdEvent> + DoubleEndedIterator + Clone + 'static {
        generated::api_events(self).iter().copied()
    }
}

string_enum_traits!(Api, names: &generated::API_NAMES);
string_enum_from_str!(Api, what: "ECD API", names: &generated::API_NAMES);
