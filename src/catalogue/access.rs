//! [`Access`]: whether an event reads or writes, as ActionTrail's `eventRW` records it.

use super::string_enum::{string_enum_from_str, string_enum_traits};

/// Whether an event reads or writes, as ActionTrail's `eventRW` field records it.
///
/// Neither the published catalogue nor the APIs say which events read: this crate classifies
/// them from the action (`Describe`, `List`, `Get`, `Query`, `Check`, `Verify`, `Export`, ...
/// read). A record's own `eventRW` is authoritative where present.
///
/// ```
/// use ecd_events::{Access, EcdEvent};
///
/// assert_eq!(EcdEvent::DescribeDesktopTypes.access(), Access::Read);
/// assert_eq!("Write".parse::<Access>()?, Access::Write);
/// assert_eq!(Access::Read.to_string(), "Read");
/// # Ok::<(), ecd_events::UnknownValue>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Access {
    /// The event reads and changes nothing (`"Read"`).
    Read,
    /// The event changes something (`"Write"`).
    Write,
}

/// The string forms, in the order of [`Access::ALL`].
const NAMES: [&str; 2] = ["Read", "Write"];

impl Access {
    /// Both values: `Read`, then `Write`.
    ///
    /// ```
    /// use ecd_events::Access;
    ///
    /// assert_eq!(Access::ALL, [Access::Read, Access::Write]);
    /// ```
    pub const ALL: &'static [Access] = &[Access::Read, Access::Write];

    /// How many values there are.
    ///
    /// ```
    /// assert_eq!(ecd_events::Access::COUNT, 2);
    /// ```
    pub const COUNT: usize = 2;

    /// `"Read"` or `"Write"`, as in ActionTrail's `eventRW`.
    ///
    /// ```
    /// assert_eq!(ecd_events::Access::Write.as_str(), "Write");
    /// ```
    #[inline]
    pub const fn as_str(self) -> &'static str {
        NAMES[self as usize]
    }
}

string_enum_traits!(Access, names: &NAMES);
string_enum_from_str!(Access, what: "access", names: &NAMES);
