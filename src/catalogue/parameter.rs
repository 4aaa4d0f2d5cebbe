//! [`Parameter`]: what an event's API action takes, as ECD's API definitions give it.

use core::fmt;

use super::{Api, generated};

/// One request parameter of an event's API action: its wire name, its type, whether it is
/// required, its valid values and, for the parameters that matter to security, the values that
/// weaken protection or widen exposure.
///
/// The parameters come from ECD's API definitions (the SDK packages the catalogue imports its
/// actions from; `tests/data/api-parameters.tsv` keeps them verbatim), and the weakening values
/// from `events.toml`, where each is reviewed and commented. [`EcdEvent::parameters`] lists an
/// event's parameters; [`EcdEvent::parameter`] finds one by name.
///
/// [`EcdEvent::parameters`]: crate::EcdEvent::parameters
/// [`EcdEvent::parameter`]: crate::EcdEvent::parameter
///
/// ```
/// use ecd_events::{EcdEvent, ParameterKind};
///
/// let mfa = EcdEvent::ModifyOfficeSiteMfaEnabled.parameter("MfaEnabled").unwrap();
/// assert_eq!(mfa.kind(), ParameterKind::Boolean);
/// assert!(mfa.is_required());
/// assert_eq!(mfa.values(), &["true", "false"]);
/// // Switching MFA off weakens a workspace's logons; switching it on does not.
/// assert!(mfa.weakens("false") && mfa.weakens("False"));
/// assert!(!mfa.weakens("true"));
/// ```
///
/// Two `Parameter`s are equal when they are the same entry of the catalogue: `RegionId` of
/// one event is not `RegionId` of another.
#[cfg_attr(docsrs, doc(cfg(feature = "parameters")))]
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Parameter {
    // Its position in the generated tables (src/catalogue/generated/catalogue.rs), which hold
    // its facts as arrays of plain values: rustc checks those far faster than thousands of
    // struct literals, which keeps the catalogue cheap to build.
    index: u16,
}

/// The type of a [`Parameter`], as ECD's API defines it.
///
/// ActionTrail records mostly carry values as strings whatever their type (`"false"`, `"2"`),
/// and lists flattened into one key per item (`DesktopId.1`, `DesktopId.2`); the kind says how
/// to read them back. An object's members, and those of a list of objects, are parameters of
/// their own: [`Parameter::members`].
///
/// ```
/// use ecd_events::{EcdEvent, ParameterKind};
///
/// let ids = EcdEvent::StopDesktops.parameter("DesktopId").unwrap();
/// assert_eq!(ids.kind(), ParameterKind::List(&ParameterKind::String));
///
/// let tags = EcdEvent::CreateDesktops.parameter("Tag").unwrap();
/// assert_eq!(tags.kind(), ParameterKind::List(&ParameterKind::Object));
/// let members: Vec<&str> = tags.members().iter().map(|m| m.name()).collect();
/// assert_eq!(members, ["Key", "Value"]);
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "parameters")))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParameterKind {
    /// Text.
    String,
    /// A whole number.
    Integer,
    /// A number that may have a fraction.
    Number,
    /// `true` or `false` (records write them as strings, in any case).
    Boolean,
    /// A map from string keys to values that the API does not type further.
    Map,
    /// An object, whose members are parameters of their own ([`Parameter::members`]).
    Object,
    /// A list of values of one kind.
    List(&'static ParameterKind),
}

impl ParameterKind {
    /// The kind of the generated tables' code: the low three bits name the kind of one value,
    /// and bit 3 says it is a list of them.
    pub(crate) const fn from_code(code: u8) -> ParameterKind {
        let item = match code & 7 {
            0 => &ParameterKind::String,
            1 => &ParameterKind::Integer,
            2 => &ParameterKind::Number,
            3 => &ParameterKind::Boolean,
            4 => &ParameterKind::Map,
            _ => &ParameterKind::Object,
        };
        if code & 8 == 0 {
            *item
        } else {
            ParameterKind::List(item)
        }
    }

    /// The kind's name as `tests/data/api-parameters.tsv` writes it: `string`, `integer`,
    /// `number`, `boolean`, `map`, `object`, or `list<...>` of one of these.
    ///
    /// ```
    /// use ecd_events::ParameterKind;
    ///
    /// assert_eq!(ParameterKind::List(&ParameterKind::Integer).name(), "list<integer>");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            ParameterKind::String => "string",
            ParameterKind::Integer => "integer",
            ParameterKind::Number => "number",
            ParameterKind::Boolean => "boolean",
            ParameterKind::Map => "map",
            ParameterKind::Object => "object",
            ParameterKind::List(item) => match *item {
                ParameterKind::String => "list<string>",
                ParameterKind::Integer => "list<integer>",
                ParameterKind::Number => "list<number>",
                ParameterKind::Boolean => "list<boolean>",
                ParameterKind::Map => "list<map>",
                ParameterKind::Object => "list<object>",
                ParameterKind::List(_) => "list<list>",
            },
        }
    }

    /// Whether the kind is a list.
    pub const fn is_list(self) -> bool {
        matches!(self, ParameterKind::List(_))
    }

    /// The kind of one value: the item's kind for a list, the kind itself otherwise.
    ///
    /// ```
    /// use ecd_events::ParameterKind;
    ///
    /// assert_eq!(ParameterKind::List(&ParameterKind::Object).item(), ParameterKind::Object);
    /// assert_eq!(ParameterKind::Boolean.item(), ParameterKind::Boolean);
    /// ```
    pub const fn item(self) -> ParameterKind {
        match self {
            ParameterKind::List(item) => *item,
            kind => kind,
        }
    }
}

impl Parameter {
    /// The parameter at `index` of the generated tables.
    pub(crate) const fn at(index: u16) -> Parameter {
        Parameter { index }
    }

    const fn slot(self) -> usize {
        self.index as usize
    }

    /// The field at `shift` of `width` bits of the parameter's packed facts (their layout is
    /// codegen/render.rs's `FACT_FIELDS`).
    const fn fact(self, shift: u32, width: u32) -> u64 {
        (generated::PARAMETER_FACTS[self.slot()] >> shift) & ((1 << width) - 1)
    }

    const fn weakening(self) -> u64 {
        self.fact(24, 12)
    }

    /// The name, exactly as the API receives it and ActionTrail records it (`MfaEnabled`);
    /// a member's own name (`Key` of `Tag`).
    #[inline]
    pub const fn name(&self) -> &'static str {
        generated::PARAMETER_NAMES[self.slot()]
    }

    /// The type.
    #[inline]
    pub const fn kind(&self) -> ParameterKind {
        ParameterKind::from_code(self.fact(0, 4) as u8)
    }

    /// Whether every API of the event that takes the parameter requires it.
    #[inline]
    pub const fn is_required(&self) -> bool {
        self.fact(4, 1) != 0
    }

    /// Whether the API receives the parameter as JSON text (an object or list serialized into
    /// one string, as the SDKs send `DesktopAttachment` of `CreateDesktops`), rather than
    /// flattened into one key per item and member (`Tag.1.Key`).
    #[inline]
    pub const fn is_json_encoded(&self) -> bool {
        self.fact(5, 1) != 0
    }

    /// The valid values, in the API documentation's order; empty where the value is free (an
    /// ID, a name, a number). For a list, the valid values of its items.
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    ///
    /// let enabled = EcdEvent::ModifyNetworkPackageEnabled.parameter("Enabled").unwrap();
    /// assert_eq!(enabled.values(), &["true", "false"]);
    /// assert!(EcdEvent::StopDesktops.parameter("RegionId").unwrap().values().is_empty());
    /// ```
    #[inline]
    pub const fn values(&self) -> &'static [&'static str] {
        generated::VALUE_LISTS[self.fact(12, 12) as usize]
    }

    /// The APIs (of the event's [`apis`](crate::EcdEvent::apis)) that take the parameter:
    /// an event defined by several APIs has the union of their parameters.
    #[inline]
    pub const fn apis(&self) -> &'static [Api] {
        generated::API_LISTS[self.fact(6, 6) as usize]
    }

    /// The members of an object parameter, or of the objects of a list; empty for other
    /// kinds. Each is a parameter of its own, with its own name, kind and values.
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    ///
    /// let tag = EcdEvent::CreateDesktops.parameter("Tag").unwrap();
    /// assert_eq!(tag.members().len(), 2);
    /// assert!(EcdEvent::CreateDesktops.parameter("Amount").unwrap().members().is_empty());
    /// ```
    #[inline]
    pub const fn members(&self) -> &'static [Parameter] {
        let members = self.fact(36, 28);
        generated::parameter_range(members as u16, (members >> 16) as u16)
    }

    /// The member named `name` of an object parameter, or of a list of objects.
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    ///
    /// let tag = EcdEvent::CreateDesktops.parameter("Tag").unwrap();
    /// assert_eq!(tag.member("Key").map(|key| key.name()), Some("Key"));
    /// assert!(tag.member("key").is_none());
    /// ```
    pub fn member(&self, name: &str) -> Option<&'static Parameter> {
        self.members().iter().find(|member| member.name() == name)
    }

    /// The values that weaken protection or widen exposure (MFA switched off, Internet access
    /// switched on, the clipboard opened, a watermark removed, an access rule opened to
    /// `0.0.0.0/0`), as `events.toml` marks them; empty where no value does, or where any value
    /// does ([`weakens_with_any_value`](Self::weakens_with_any_value)).
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    ///
    /// let enabled = EcdEvent::ModifyNetworkPackageEnabled.parameter("Enabled").unwrap();
    /// assert_eq!(enabled.weakening_values(), &["true"]);
    /// ```
    #[inline]
    pub const fn weakening_values(&self) -> &'static [&'static str] {
        match self.weakening() {
            generated::WEAKENS_NEVER | generated::WEAKENS_ANY_VALUE => &[],
            list => generated::VALUE_LISTS[list as usize],
        }
    }

    /// Whether giving the parameter at all weakens protection, whatever its value: an account
    /// added to `AddAccount` of `ModifyImagePermission` is an image shared with it.
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    ///
    /// let add = EcdEvent::ModifyImagePermission.parameter("AddAccount").unwrap();
    /// assert!(add.weakens_with_any_value());
    /// assert!(add.weakens("1234567890123456"));
    /// ```
    #[inline]
    pub const fn weakens_with_any_value(&self) -> bool {
        self.weakening() == generated::WEAKENS_ANY_VALUE
    }

    /// Whether some value of the parameter, or of one of its members, weakens protection or
    /// widens exposure: whether a security engineer needs to read it to judge the call.
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    ///
    /// let policy = EcdEvent::ModifyPolicyGroup;
    /// assert!(policy.parameter("Clipboard").unwrap().concerns_security());
    /// // Through its member `CidrIp`: a rule opened to 0.0.0.0/0.
    /// assert!(policy.parameter("AuthorizeAccessPolicyRule").unwrap().concerns_security());
    /// assert!(!policy.parameter("Name").unwrap().concerns_security());
    /// ```
    pub const fn concerns_security(&self) -> bool {
        if self.weakening() != generated::WEAKENS_NEVER {
            return true;
        }
        let members = self.members();
        let mut index = 0;
        while index < members.len() {
            if members[index].concerns_security() {
                return true;
            }
            index += 1;
        }
        false
    }

    /// Whether `value`, as a record carries it, weakens protection or widens exposure: one of
    /// the [`weakening_values`](Self::weakening_values), compared ignoring ASCII case for a
    /// boolean or an enumerated parameter (records write `"False"` as well as `"false"`) and
    /// exactly otherwise, or any value where [`weakens_with_any_value`] holds. An empty value
    /// weakens nothing.
    ///
    /// [`weakens_with_any_value`]: Self::weakens_with_any_value
    pub fn weakens(&self, value: &str) -> bool {
        let value = value.trim();
        if self.weakens_with_any_value() {
            return !value.is_empty();
        }
        self.weakening_values()
            .iter()
            .any(|weak| self.same_value(weak, value))
    }

    /// Whether two values of this parameter are the same value: ignoring ASCII case for a
    /// boolean or a parameter with enumerated values, exactly otherwise.
    ///
    /// ```
    /// use ecd_events::EcdEvent;
    ///
    /// let clipboard = EcdEvent::ModifyPolicyGroup.parameter("Clipboard").unwrap();
    /// assert!(clipboard.same_value("readwrite", "ReadWrite"));
    /// let name = EcdEvent::ModifyPolicyGroup.parameter("Name").unwrap();
    /// assert!(!name.same_value("finance", "Finance"));
    /// ```
    pub fn same_value(&self, a: &str, b: &str) -> bool {
        if matches!(self.kind().item(), ParameterKind::Boolean) || !self.values().is_empty() {
            a.eq_ignore_ascii_case(b)
        } else {
            a == b
        }
    }
}

impl fmt::Debug for Parameter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Parameter")
            .field("name", &self.name())
            .field("kind", &self.kind())
            .field("required", &self.is_required())
            .field("values", &self.values())
            .finish_non_exhaustive()
    }
}
