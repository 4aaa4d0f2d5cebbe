//! The traits every enum of this crate implements the same way, from its string form.
//!
//! Each enum has `ALL` (every value, in its documented order), a table of their names in the
//! same order (passed as `names`), and `as_str`. From those this macro implements `Display`,
//! `AsRef<str>`, strum's `EnumCount`, `IntoEnumIterator` (`EnumIter`), `VariantArray`,
//! `VariantNames` and `IntoStaticStr`, and for the groups `FromStr`, so that every string form
//! comes from the same catalogue entries and none can disagree (tests/groups.rs checks it).

macro_rules! string_enum_traits {
    ($type:ty, names: $names:expr) => {
        impl ::core::fmt::Display for $type {
            /// Writes the string form, the same as [`as_str`](Self::as_str), honouring width
            /// and alignment (`{:<12}`).
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl ::core::convert::AsRef<str> for $type {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl ::core::convert::From<$type> for &'static str {
            fn from(value: $type) -> &'static str {
                value.as_str()
            }
        }

        impl ::strum::EnumCount for $type {
            const COUNT: usize = <$type>::ALL.len();
        }

        impl ::strum::VariantArray for $type {
            const VARIANTS: &'static [Self] = <$type>::ALL;
        }

        impl ::strum::VariantNames for $type {
            const VARIANTS: &'static [&'static str] = $names;
        }

        impl ::strum::IntoEnumIterator for $type {
            type Iterator = ::core::iter::Copied<::core::slice::Iter<'static, $type>>;

            fn iter() -> Self::Iterator {
                <$type>::ALL.iter().copied()
            }
        }
    };
}

/// `FromStr` by exact name, for the small enums: a scan of `ALL`, failing with
/// [`UnknownValue`](crate::UnknownValue), which names the input and what was expected.
macro_rules! string_enum_from_str {
    ($type:ty, what: $what:literal, names: $names:expr) => {
        impl ::core::str::FromStr for $type {
            type Err = $crate::UnknownValue;

            /// Parses the name exactly as [`as_str`](Self::as_str) writes it.
            fn from_str(name: &str) -> Result<Self, Self::Err> {
                <$type>::ALL
                    .iter()
                    .copied()
                    .find(|value| value.as_str() == name)
                    .ok_or_else(|| $crate::UnknownValue::new($what, $names, name))
            }
        }
    };
}

pub(crate) use {string_enum_from_str, string_enum_traits};
