//! [`ParameterCondition`]: what a [`Filter`](super::Filter) asks of one request parameter, and
//! the check that a filter names only parameters its events take.

use std::fmt;
use std::net::IpAddr;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::Number;

use crate::catalogue::EcdEvent;
use crate::records::model::ParameterValue;

/// What a filter asks of one request parameter of a record.
///
/// In configuration it is a value (the parameter equals it), a list of values (it equals any),
/// or a table of operators that must all hold:
///
/// | operator | holds when |
/// |---|---|
/// | `equals` | the value (any item of a list) equals one of these |
/// | `not` | the parameter is absent, or no item equals any of these |
/// | `exists` | `true`: the record carries the parameter; `false`: it does not |
/// | `contains`, `starts_with` | an item's text contains, or starts with, one of these |
/// | `cidr` | an item is an IP address or network within one of these networks (`10.0.0.0/8`) |
/// | `gt`, `gte`, `lt`, `lte` | an item is a number greater than (or equal to), less than (or equal to) this |
///
/// Values are compared as the catalogue types the parameter (see [`ParameterValue::equals`]):
/// `false`, `"false"` and `"False"` are one value of a boolean, `2` and `"2"` one of a number,
/// and enumerated values ignore ASCII case. A condition other than `not` or `exists = false`
/// does not hold for a record without the parameter.
///
/// ```
/// use ecd_events::records::{Filter, Record};
///
/// let rule: Filter = serde_json::from_str(r#"{
///     "events": ["ModifyOfficeSiteMfaEnabled"],
///     "parameters": {"MfaEnabled": false}
/// }"#)?;
/// let off: Record = serde_json::from_str(r#"{"eventId":"E-1","eventName":"ModifyOfficeSiteMfaEnabled",
///     "eventTime":"2025-03-04T09:41:52Z","requestParameters":{"MfaEnabled":"False"}}"#)?;
/// let on: Record = serde_json::from_str(r#"{"eventId":"E-2","eventName":"ModifyOfficeSiteMfaEnabled",
///     "eventTime":"2025-03-04T09:41:53Z","requestParameters":{"MfaEnabled":"true"}}"#)?;
/// assert!(rule.matches(&off));
/// assert!(!rule.matches(&on));
///
/// // A parameter none of the filter's events takes is an error, with the closest name.
/// let error = serde_json::from_str::<Filter>(r#"{
///     "events": ["ModifyOfficeSiteMfaEnabled"], "parameters": {"MfaEnable": false}
/// }"#).unwrap_err();
/// assert!(error.to_string().contains("did you mean `MfaEnabled`?"), "{error}");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParameterCondition {
    /// Equal to any of these.
    pub equals: Vec<String>,
    /// Absent, or equal to none of these.
    pub not: Vec<String>,
    /// Present (`true`) or absent (`false`).
    pub exists: Option<bool>,
    /// Contains any of these.
    pub contains: Vec<String>,
    /// Starts with any of these.
    pub starts_with: Vec<String>,
    /// An address or network within any of these networks (`10.0.0.0/8`; an address alone is
    /// a network of one).
    pub cidr: Vec<String>,
    /// A number greater than this.
    pub gt: Option<Number>,
    /// A number at least this.
    pub gte: Option<Number>,
    /// A number less than this.
    pub lt: Option<Number>,
    /// A number at most this.
    pub lte: Option<Number>,
}

impl ParameterCondition {
    /// A condition that the parameter equals `value` (as the catalogue types it).
    ///
    /// ```
    /// use ecd_events::records::ParameterCondition;
    ///
    /// assert_eq!(ParameterCondition::equals("false").equals, ["false"]);
    /// ```
    pub fn equals(value: impl Into<String>) -> Self {
        ParameterCondition {
            equals: vec![value.into()],
            ..ParameterCondition::default()
        }
    }

    /// Whether the condition holds for `value`, the parameter as a record carries it (`None`
    /// where the record does not).
    pub fn holds(&self, value: Option<&ParameterValue<'_>>) -> bool {
        let Some(value) = value else {
            return self.exists != Some(true)
                && self.equals.is_empty()
                && self.contains.is_empty()
                && self.starts_with.is_empty()
                && self.cidr.is_empty()
                && self.numeric_bounds().is_empty();
        };
        if self.exists == Some(false) {
            return false;
        }
        let items = value.items();
        let texts: Vec<String> = items
            .iter()
            .filter_map(|item| item.text().map(|text| text.trim().to_owned()))
            .collect();
        let any_text = |test: &dyn Fn(&str) -> bool| texts.iter().any(|text| test(text));
        (self.equals.is_empty() || self.equals.iter().any(|wanted| value.equals(wanted)))
            && !self.not.iter().any(|unwanted| value.equals(unwanted))
            && (self.contains.is_empty()
                || any_text(&|text| {
                    self.contains
                        .iter()
                        .any(|part| text.contains(part.as_str()))
                }))
            && (self.starts_with.is_empty()
                || any_text(&|text| {
                    self.starts_with
                        .iter()
                        .any(|start| text.starts_with(start.as_str()))
                }))
            && (self.cidr.is_empty()
                || any_text(&|text| {
                    Network::parse(text).is_some_and(|network| {
                        self.cidr.iter().any(|outer| {
                            Network::parse(outer).is_some_and(|outer| outer.contains(&network))
                        })
                    })
                }))
            && self.numeric_bounds().iter().all(|(bound, test)| {
                any_text(&|text| {
                    text.parse::<f64>()
                        .is_ok_and(|number| bound.as_f64().is_some_and(|bound| test(number, bound)))
                })
            })
    }

    #[allow(clippy::type_complexity, reason = "a table of bounds and their tests")]
    fn numeric_bounds(&self) -> Vec<(&Number, fn(f64, f64) -> bool)> {
        let mut bounds: Vec<(&Number, fn(f64, f64) -> bool)> = Vec::new();
        if let Some(bound) = &self.gt {
            bounds.push((bound, |number, bound| number > bound));
        }
        if let Some(bound) = &self.gte {
            bounds.push((bound, |number, bound| number >= bound));
        }
        if let Some(bound) = &self.lt {
            bounds.push((bound, |number, bound| number < bound));
        }
        if let Some(bound) = &self.lte {
            bounds.push((bound, |number, bound| number <= bound));
        }
        bounds
    }
}

/// An IP network: an address and a prefix length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Network {
    address: IpAddr,
    prefix: u8,
}

impl Network {
    /// `10.0.0.0/8`, `2001:db8::/32`, or an address alone (a network of one).
    fn parse(text: &str) -> Option<Network> {
        let (address, prefix) = match text.split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text, None),
        };
        let address: IpAddr = address.trim().parse().ok()?;
        let bits = if address.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(prefix) => prefix.trim().parse::<u8>().ok().filter(|&p| p <= bits)?,
            None => bits,
        };
        Some(Network { address, prefix })
    }

    /// Whether `inner` lies within this network.
    fn contains(&self, inner: &Network) -> bool {
        if inner.prefix < self.prefix {
            return false;
        }
        let (outer, address, bits) = match (self.address, inner.address) {
            (IpAddr::V4(outer), IpAddr::V4(address)) => (
                u128::from(outer.to_bits()),
                u128::from(address.to_bits()),
                32,
            ),
            (IpAddr::V6(outer), IpAddr::V6(address)) => (outer.to_bits(), address.to_bits(), 128),
            _ => return false,
        };
        let shift = bits - u32::from(self.prefix);
        let mask = if shift >= 128 { 0 } else { u128::MAX << shift };
        outer & mask == address & mask
    }
}

/// Checks that every parameter named in a filter is taken by at least one of the catalogue's
/// events that the filter can match (`candidates`), with a "did you mean" otherwise. Member
/// paths (`Tag.Key`) are checked through their object.
pub(super) fn check_names<'n>(
    names: impl Iterator<Item = &'n str>,
    candidates: &[EcdEvent],
) -> Result<(), String> {
    if candidates.is_empty() {
        return Ok(());
    }
    for name in names {
        let mut path = name.split('.');
        let top = path.next().unwrap_or_default();
        let taken: Vec<_> = candidates
            .iter()
            .filter_map(|event| event.parameter(top))
            .collect();
        if taken.is_empty() {
            let known = candidates
                .iter()
                .flat_map(|event| event.parameters())
                .map(|parameter| parameter.name());
            let what = if candidates.len() == 1 {
                format!("`{}`", candidates[0])
            } else {
                format!("any of the filter's {} events", candidates.len())
            };
            let mut message = format!("parameter `{top}` is not taken by {what}");
            if let Some(closest) = closest(top, known) {
                message.push_str(&format!("; did you mean `{closest}`?"));
            }
            return Err(message);
        }
        let mut members: Vec<_> = taken;
        let mut walked = top.to_owned();
        for member in path {
            let next: Vec<_> = members.iter().filter_map(|p| p.member(member)).collect();
            if next.is_empty() {
                let known = members
                    .iter()
                    .flat_map(|parameter| parameter.members())
                    .map(|member| member.name());
                let mut message = format!("`{walked}` has no member `{member}`");
                if let Some(closest) = closest(member, known) {
                    message.push_str(&format!("; did you mean `{closest}`?"));
                }
                return Err(message);
            }
            walked = format!("{walked}.{member}");
            members = next;
        }
    }
    Ok(())
}

/// The known name closest to `name`: equal ignoring case, or within a third of its length in
/// edits.
fn closest<'k>(name: &str, known: impl Iterator<Item = &'k str>) -> Option<&'k str> {
    let mut best: Option<(usize, &str)> = None;
    for candidate in known {
        let distance = if candidate.eq_ignore_ascii_case(name) {
            0
        } else {
            edit_distance(&name.to_ascii_lowercase(), &candidate.to_ascii_lowercase())
        };
        if best.is_none_or(|(shortest, _)| distance < shortest) {
            best = Some((distance, candidate));
        }
    }
    best.filter(|&(distance, _)| distance <= name.len().div_ceil(3).max(1))
        .map(|(_, name)| name)
}

/// Levenshtein distance over bytes.
fn edit_distance(a: &str, b: &str) -> usize {
    let b = b.as_bytes();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &x) in a.as_bytes().iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &y) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(x != y);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

/// The operators of the table form, for error messages.
const OPERATORS: &[&str] = &[
    "equals",
    "not",
    "exists",
    "contains",
    "starts_with",
    "cidr",
    "gt",
    "gte",
    "lt",
    "lte",
];

impl Serialize for ParameterCondition {
    /// Always the table form, which says everything.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        let lists = [
            ("equals", &self.equals),
            ("not", &self.not),
            ("contains", &self.contains),
            ("starts_with", &self.starts_with),
            ("cidr", &self.cidr),
        ];
        for (key, values) in lists {
            if !values.is_empty() {
                map.serialize_entry(key, values)?;
            }
        }
        if let Some(exists) = self.exists {
            map.serialize_entry("exists", &exists)?;
        }
        for (key, bound) in [
            ("gt", &self.gt),
            ("gte", &self.gte),
            ("lt", &self.lt),
            ("lte", &self.lte),
        ] {
            if let Some(bound) = bound {
                map.serialize_entry(key, bound)?;
            }
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for ParameterCondition {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ConditionVisitor)
    }
}

struct ConditionVisitor;

impl<'de> Visitor<'de> for ConditionVisitor {
    type Value = ParameterCondition;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a parameter's value, a list of values, or a table of operators")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Self::Value, E> {
        Ok(ParameterCondition::equals(value.to_string()))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
        Ok(ParameterCondition::equals(value.to_string()))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
        Ok(ParameterCondition::equals(value.to_string()))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Self::Value, E> {
        Ok(ParameterCondition::equals(value.to_string()))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(ParameterCondition::equals(value))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        let Values(equals) = ValuesVisitor.visit_seq(seq)?;
        Ok(ParameterCondition {
            equals,
            ..ParameterCondition::default()
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut condition = ParameterCondition::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "equals" => condition.equals = map.next_value::<Values>()?.0,
                "not" => condition.not = map.next_value::<Values>()?.0,
                "exists" => condition.exists = Some(map.next_value()?),
                "contains" => condition.contains = map.next_value::<Values>()?.0,
                "starts_with" => condition.starts_with = map.next_value::<Values>()?.0,
                "cidr" => {
                    let networks = map.next_value::<Values>()?.0;
                    if let Some(bad) = networks.iter().find(|n| Network::parse(n).is_none()) {
                        return Err(de::Error::custom(format!(
                            "`cidr`: `{bad}` is not an IP network such as 10.0.0.0/8"
                        )));
                    }
                    condition.cidr = networks;
                }
                "gt" => condition.gt = Some(number(&mut map, "gt")?),
                "gte" => condition.gte = Some(number(&mut map, "gte")?),
                "lt" => condition.lt = Some(number(&mut map, "lt")?),
                "lte" => condition.lte = Some(number(&mut map, "lte")?),
                other => return Err(de::Error::unknown_field(other, OPERATORS)),
            }
        }
        Ok(condition)
    }
}

/// A bound: a number, or a string that holds one.
fn number<'de, A: MapAccess<'de>>(map: &mut A, key: &str) -> Result<Number, A::Error> {
    let Values(values) = map.next_value()?;
    let [value] = &values[..] else {
        return Err(de::Error::custom(format!("`{key}` takes one number")));
    };
    value
        .parse::<Number>()
        .map_err(|_| de::Error::custom(format!("`{key}`: `{value}` is not a number")))
}

/// One scalar or a list of them, each as text (`false` as `"false"`, `2` as `"2"`).
struct Values(Vec<String>);

impl<'de> Deserialize<'de> for Values {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValuesVisitor)
    }
}

struct ValuesVisitor;

impl<'de> Visitor<'de> for ValuesVisitor {
    type Value = Values;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string, number or boolean, or a list of them")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Self::Value, E> {
        Ok(Values(vec![value.to_string()]))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
        Ok(Values(vec![value.to_string()]))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
        Ok(Values(vec![value.to_string()]))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Self::Value, E> {
        Ok(Values(vec![value.to_string()]))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(Values(vec![value.to_owned()]))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut values = Vec::new();
        while let Some(Scalar(value)) = seq.next_element()? {
            values.push(value);
        }
        Ok(Values(values))
    }
}

/// One string, number or boolean, as text.
struct Scalar(String);

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ScalarVisitor;

        impl Visitor<'_> for ScalarVisitor {
            type Value = Scalar;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, number or boolean")
            }

            fn visit_bool<E: de::Error>(self, value: bool) -> Result<Scalar, E> {
                Ok(Scalar(value.to_string()))
            }

            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Scalar, E> {
                Ok(Scalar(value.to_string()))
            }

            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Scalar, E> {
                Ok(Scalar(value.to_string()))
            }

            fn visit_f64<E: de::Error>(self, value: f64) -> Result<Scalar, E> {
                Ok(Scalar(value.to_string()))
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<Scalar, E> {
                Ok(Scalar(value.to_owned()))
            }
        }

        deserializer.deserialize_any(ScalarVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn networks_contain_what_lies_within_them() {
        let net = |text| Network::parse(text).unwrap();
        assert!(net("10.0.0.0/8").contains(&net("10.1.2.3")));
        assert!(net("10.0.0.0/8").contains(&net("10.4.0.0/16")));
        assert!(!net("10.0.0.0/8").contains(&net("10.0.0.0/7")));
        assert!(!net("10.0.0.0/8").contains(&net("11.0.0.1")));
        assert!(net("0.0.0.0/0").contains(&net("203.0.113.9")));
        assert!(net("2001:db8::/32").contains(&net("2001:db8::1")));
        assert!(!net("2001:db8::/32").contains(&net("10.0.0.1")));
        assert!(net("::/0").contains(&net("::1")));
        assert!(Network::parse("10.0.0.0/33").is_none());
        assert!(Network::parse("ten").is_none());
    }

    #[test]
    fn the_closest_name_is_suggested() {
        let known = ["MfaEnabled", "OfficeSiteId", "RegionId"];
        assert_eq!(closest("MfaEnable", known.into_iter()), Some("MfaEnabled"));
        assert_eq!(closest("regionid", known.into_iter()), Some("RegionId"));
        assert_eq!(closest("Clipboard", known.into_iter()), None);
    }
}
