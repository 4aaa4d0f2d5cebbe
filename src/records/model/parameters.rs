//! [`RequestParameters`]: a record's request parameters, read by name as ActionTrail writes
//! them, typed by the catalogue.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::Text;
use crate::catalogue::{EcdEvent, Parameter, ParameterKind};

/// A record's request parameters (`requestParameters`, or SLS's `requestParameterJson` where
/// only that is present), read by name as ActionTrail writes them: values mostly as strings
/// (`"false"`, `"2"`), lists flattened into one key per item (`DesktopId.1`, `DesktopId.2`),
/// objects into one key per member (`Tag.1.Key`), and complex parameters sometimes as JSON
/// text. [`get`](Self::get) gathers whichever form a parameter came in into one
/// [`ParameterValue`], typed by the catalogue's [`Parameter`] where the record's event is
/// listed; a parameter the catalogue does not know is still readable as text.
///
/// [`Record::parameters`](crate::records::Record::parameters) and
/// [`LazyRecord::parameters`](crate::records::LazyRecord::parameters) give it; the values
/// borrow from the record where they can.
///
/// ```
/// use ecd_events::records::Record;
///
/// let record: Record = serde_json::from_str(r#"{
///     "eventId": "E-1", "eventName": "ModifyOfficeSiteMfaEnabled", "eventTime": "2025-03-04T09:41:52Z",
///     "serviceName": "Ecd",
///     "requestParameters": {"OfficeSiteId": "cn-hangzhou+dir-1", "MfaEnabled": "False"}
/// }"#)?;
/// let parameters = record.parameters()?;
/// let mfa = parameters.get("MfaEnabled").unwrap();
/// assert_eq!(mfa.as_bool(), Some(false));
/// assert_eq!(mfa.text().as_deref(), Some("False"));
/// assert!(mfa.weakens());
/// assert!(parameters.get("RegionId").is_none());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct RequestParameters<'a> {
    event: Option<EcdEvent>,
    entries: Vec<(Cow<'a, str>, Cow<'a, RawValue>)>,
}

impl<'a> RequestParameters<'a> {
    /// Reads the parameters of a record of `event` (the catalogue's, if listed) from the JSON
    /// text of its `requestParameters` (an object, or a string that holds one) or, when that
    /// is absent, from the text of `requestParameterJson`.
    pub(crate) fn read(
        event: Option<EcdEvent>,
        request_parameters: Option<&'a str>,
        request_parameter_json: Option<&str>,
    ) -> serde_json::Result<RequestParameters<'a>> {
        let entries = match (request_parameters, request_parameter_json) {
            (Some(json), _) if json.trim_start().starts_with('"') => {
                let text: String = serde_json::from_str(json)?;
                owned_entries(&text)?
            }
            (Some(json), _) => {
                let Entries(entries) =
                    serde_json::from_str::<Entries<Text<'a>, &'a RawValue>>(json)?;
                entries
                    .into_iter()
                    .map(|(key, value)| (key.into_cow(), Cow::Borrowed(value)))
                    .collect()
            }
            (None, Some(text)) if !text.trim().is_empty() => owned_entries(text)?,
            (None, _) => Vec::new(),
        };
        Ok(RequestParameters { event, entries })
    }

    /// The catalogue's event the parameters are typed by: the record's, when it is ECD's and
    /// listed.
    pub fn event(&self) -> Option<EcdEvent> {
        self.event
    }

    /// Whether the record carries no parameters at all.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The keys and JSON values exactly as the record carries them (`DesktopId.1` apart from
    /// `DesktopId.2`), in the record's order, ActionTrail's own keys (`AcsHost`, `RequestId`)
    /// among them.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &RawValue)> {
        self.entries
            .iter()
            .map(|(key, value)| (key.as_ref(), value.as_ref()))
    }

    /// The parameter named `name` (exactly, as the API spells it), gathered from every key
    /// that carries it: `name` itself, or the flattened `name.1`, `name.1.Member`, ...; `None`
    /// when the record has none of them.
    ///
    /// ```
    /// use ecd_events::records::LazyRecord;
    ///
    /// let json = r#"{"eventId":"E-1","eventName":"StopDesktops","eventTime":"2025-03-04T09:41:52Z",
    ///     "requestParameters":{"DesktopId.2":"ecd-b","DesktopId.1":"ecd-a","DesktopId.10":"ecd-j"}}"#;
    /// let lazy = LazyRecord::from_json(json)?;
    /// let parameters = lazy.parameters()?;
    /// let ids: Vec<String> = parameters.get("DesktopId").unwrap().items().iter()
    ///     .filter_map(|item| item.text().map(String::from))
    ///     .collect();
    /// assert_eq!(ids, ["ecd-a", "ecd-b", "ecd-j"]);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn get(&self, name: &str) -> Option<ParameterValue<'_>> {
        let parameter = self.event.and_then(|event| event.parameter(name));
        let mut flat = Vec::new();
        for (key, value) in &self.entries {
            if key == name {
                return Some(ParameterValue {
                    parameter,
                    form: Form::Json(Cow::Borrowed(value.as_ref())),
                });
            }
            if let Some(rest) = key
                .strip_prefix(name)
                .and_then(|rest| rest.strip_prefix('.'))
                && !rest.is_empty()
            {
                flat.push((rest, value.as_ref()));
            }
        }
        if flat.is_empty() {
            return None;
        }
        Some(ParameterValue {
            parameter,
            form: Form::Flat(flat),
        })
    }

    /// The parameters whose values weaken protection or widen exposure, as the catalogue
    /// marks them ([`Parameter::weakens`]): MFA switched off, Internet access switched on, the
    /// clipboard opened, an image shared. Empty for a record of an event the catalogue does
    /// not list, and for a call that only strengthened or renamed something.
    ///
    /// ```
    /// use ecd_events::records::Record;
    ///
    /// let record: Record = serde_json::from_str(r#"{
    ///     "eventId": "E-1", "eventName": "ModifyNetworkPackageEnabled", "eventTime": "2025-03-04T09:41:52Z",
    ///     "requestParameters": {"NetworkPackageId": "np-1", "Enabled": "true"}
    /// }"#)?;
    /// let weakening: Vec<&str> = record.parameters()?.weakening().iter()
    ///     .map(|(parameter, _)| parameter.name())
    ///     .collect();
    /// assert_eq!(weakening, ["Enabled"]);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn weakening(&self) -> Vec<(&'static Parameter, ParameterValue<'_>)> {
        let Some(event) = self.event else {
            return Vec::new();
        };
        event
            .parameters()
            .iter()
            .filter(|parameter| parameter.concerns_security())
            .filter_map(|parameter| {
                let value = self.get(parameter.name())?;
                value.weakens().then_some((parameter, value))
            })
            .collect()
    }
}

/// Entries parsed from text that does not outlive the parse (an escaped JSON string).
fn owned_entries<'a>(text: &str) -> serde_json::Result<Vec<(Cow<'a, str>, Cow<'a, RawValue>)>> {
    let Entries(entries) = serde_json::from_str::<Entries<String, Box<RawValue>>>(text)?;
    Ok(entries
        .into_iter()
        .map(|(key, value)| (Cow::Owned(key), Cow::Owned(value)))
        .collect())
}

/// One request parameter of a record, in whichever form the record carried it, typed by the
/// catalogue's [`Parameter`] where the event is listed.
///
/// A value is read as its kind asks: [`as_bool`](Self::as_bool) answers `true` for `"true"`,
/// `true` and `"True"`; [`items`](Self::items) gives a list's items in index order whether the
/// record flattened them (`Name.1`, `Name.2`), wrote a JSON array, or JSON text of one;
/// [`member`](Self::member) gives an object's member the same ways. [`text`](Self::text) is
/// the value as written, for any parameter.
#[derive(Clone, Debug)]
pub struct ParameterValue<'p> {
    parameter: Option<&'static Parameter>,
    form: Form<'p>,
}

#[derive(Clone, Debug)]
enum Form<'p> {
    /// One JSON value: `"false"`, `false`, `2`, `["a"]`, `{"Key": "k"}`, or a string that
    /// holds JSON text of a list or an object.
    Json(Cow<'p, RawValue>),
    /// Flattened keys under the parameter's name: what follows `Name.` (`1`, `1.Key`, `Key`)
    /// and the value, in the record's order.
    Flat(Vec<(&'p str, &'p RawValue)>),
}

impl<'p> ParameterValue<'p> {
    /// The catalogue's definition of the parameter (for an item of a list, the list's; for a
    /// member, the member's), or `None` where the catalogue does not know it.
    pub fn parameter(&self) -> Option<&'static Parameter> {
        self.parameter
    }

    /// The JSON text of the value exactly as the record carries it (`"false"` with its quotes,
    /// `2`, `["a","b"]`), or `None` for a value flattened over several keys.
    pub fn json(&self) -> Option<&str> {
        match &self.form {
            Form::Json(raw) => Some(raw.get()),
            Form::Flat(_) => None,
        }
    }

    /// The value as text: a string's content, a number or boolean as written; `None` for
    /// `null`, a list or an object.
    pub fn text(&self) -> Option<Cow<'_, str>> {
        let Form::Json(raw) = &self.form else {
            return None;
        };
        let json = raw.get().trim();
        match json.as_bytes().first()? {
            b'"' => serde_json::from_str::<Text<'_>>(json)
                .ok()
                .map(Text::into_cow),
            b'[' | b'{' | b'n' => None,
            _ => Some(Cow::Borrowed(json)),
        }
    }

    /// The value as a boolean: `true`, `"true"` and `"True"` (any ASCII case) are `true`, and
    /// likewise `false`; `None` for anything else.
    pub fn as_bool(&self) -> Option<bool> {
        parse_bool(self.text()?.trim())
    }

    /// The value as a whole number (`2`, `"2"`), or `None`.
    pub fn as_i64(&self) -> Option<i64> {
        self.text()?.trim().parse().ok()
    }

    /// The value as a number (`2`, `"2.5"`), or `None`.
    pub fn as_f64(&self) -> Option<f64> {
        self.text()?.trim().parse().ok()
    }

    /// The items of a list, in index order (`Name.2` before `Name.10`), from flattened keys,
    /// a JSON array or a string holding one. A single value is a list of one.
    pub fn items(&self) -> Vec<ParameterValue<'p>> {
        let parameter = self.parameter;
        let item = |form| ParameterValue { parameter, form };
        match &self.form {
            Form::Json(_) => match self.nested() {
                Some(Nested::Array(items)) => items
                    .into_iter()
                    .map(|value| item(Form::Json(value)))
                    .collect(),
                _ => vec![self.clone()],
            },
            Form::Flat(entries) => {
                let mut indexed: Vec<(u64, &str, Form<'p>)> = Vec::new();
                for &(rest, value) in entries {
                    let (index, tail) = rest.split_once('.').unwrap_or((rest, ""));
                    let Ok(number) = index.parse::<u64>() else {
                        continue;
                    };
                    match indexed.iter_mut().find(|(_, text, _)| *text == index) {
                        Some((_, _, Form::Flat(members))) if !tail.is_empty() => {
                            members.push((tail, value));
                        }
                        Some(_) => {}
                        None if tail.is_empty() => {
                            indexed.push((number, index, Form::Json(Cow::Borrowed(value))));
                        }
                        None => indexed.push((number, index, Form::Flat(vec![(tail, value)]))),
                    }
                }
                indexed.sort_by_key(|&(number, _, _)| number);
                indexed.into_iter().map(|(_, _, form)| item(form)).collect()
            }
        }
    }

    /// The member `name` of an object (`Name.Member` flattened, a JSON object, or a string
    /// holding one), typed by the catalogue's member parameter.
    pub fn member(&self, name: &str) -> Option<ParameterValue<'p>> {
        let parameter = self.parameter.and_then(|parameter| parameter.member(name));
        let form = match &self.form {
            Form::Json(_) => {
                let Some(Nested::Object(members)) = self.nested() else {
                    return None;
                };
                let (_, value) = members.into_iter().find(|(key, _)| key == name)?;
                Form::Json(value)
            }
            Form::Flat(entries) => {
                let mut flat = Vec::new();
                for &(rest, value) in entries {
                    if rest == name {
                        return Some(ParameterValue {
                            parameter,
                            form: Form::Json(Cow::Borrowed(value)),
                        });
                    }
                    if let Some(tail) = rest.strip_prefix(name).and_then(|r| r.strip_prefix('.')) {
                        flat.push((tail, value));
                    }
                }
                if flat.is_empty() {
                    return None;
                }
                Form::Flat(flat)
            }
        };
        Some(ParameterValue { parameter, form })
    }

    /// The list or object a single JSON value is or holds as text.
    fn nested(&self) -> Option<Nested<'p>> {
        match &self.form {
            Form::Json(Cow::Borrowed(raw)) => json_text(raw),
            Form::Json(Cow::Owned(raw)) => json_text(raw).map(Nested::into_owned),
            Form::Flat(_) => None,
        }
    }

    /// Whether the value (any item of a list) is `value`, compared as the catalogue types the
    /// parameter: booleans as booleans (`"False"` is `false`), numbers as numbers (`"2"` is
    /// `2.0`), enumerated values ignoring ASCII case, other text exactly. A parameter the
    /// catalogue does not know compares as text, booleans ignoring case.
    pub fn equals(&self, value: &str) -> bool {
        let kind = self.parameter.map(|parameter| parameter.kind().item());
        self.items().iter().any(|item| {
            item.text()
                .is_some_and(|text| same(self.parameter, kind, text.trim(), value.trim()))
        })
    }

    /// Whether the value weakens protection or widens exposure as the catalogue marks it
    /// ([`Parameter::weakens`]): any item of a list, any member of an object that does.
    pub fn weakens(&self) -> bool {
        let Some(parameter) = self.parameter else {
            return false;
        };
        self.items().iter().any(|item| {
            item.text().is_some_and(|text| parameter.weakens(&text))
                || parameter.members().iter().any(|member| {
                    member.concerns_security()
                        && item
                            .member(member.name())
                            .is_some_and(|value| value.weakens())
                })
        })
    }
}

/// Whether two values of a parameter are the same, as [`ParameterValue::equals`] says.
fn same(
    parameter: Option<&'static Parameter>,
    kind: Option<ParameterKind>,
    text: &str,
    value: &str,
) -> bool {
    match kind {
        Some(ParameterKind::Boolean) | None if parse_bool(value).is_some() => {
            parse_bool(text) == parse_bool(value)
        }
        Some(ParameterKind::Integer | ParameterKind::Number) => {
            match (text.parse::<f64>(), value.parse::<f64>()) {
                (Ok(a), Ok(b)) => a == b,
                _ => text == value,
            }
        }
        _ => parameter.map_or(text == value, |parameter| parameter.same_value(text, value)),
    }
}

fn parse_bool(text: &str) -> Option<bool> {
    if text.eq_ignore_ascii_case("true") {
        Some(true)
    } else if text.eq_ignore_ascii_case("false") {
        Some(false)
    } else {
        None
    }
}

/// A list or an object inside a value.
enum Nested<'p> {
    Array(Vec<Cow<'p, RawValue>>),
    Object(Vec<(String, Cow<'p, RawValue>)>),
}

impl Nested<'_> {
    fn into_owned(self) -> Nested<'static> {
        let owned = |value: Cow<'_, RawValue>| Cow::Owned(value.into_owned());
        match self {
            Nested::Array(items) => Nested::Array(items.into_iter().map(owned).collect()),
            Nested::Object(members) => Nested::Object(
                members
                    .into_iter()
                    .map(|(key, value)| (key, owned(value)))
                    .collect(),
            ),
        }
    }
}

/// The list or object a JSON value is, or a string holds as JSON text; `None` for scalars.
fn json_text<'p>(raw: &'p RawValue) -> Option<Nested<'p>> {
    let json = raw.get().trim_start();
    match json.as_bytes().first()? {
        b'[' => serde_json::from_str::<Vec<&RawValue>>(json)
            .ok()
            .map(|items| Nested::Array(items.into_iter().map(Cow::Borrowed).collect())),
        b'{' => serde_json::from_str::<Entries<String, &RawValue>>(json)
            .ok()
            .map(|Entries(members)| {
                Nested::Object(
                    members
                        .into_iter()
                        .map(|(key, value)| (key, Cow::Borrowed(value)))
                        .collect(),
                )
            }),
        b'"' => {
            let text: String = serde_json::from_str(json).ok()?;
            let inner = text.trim_start();
            if inner.starts_with('[') {
                let items: Vec<Box<RawValue>> = serde_json::from_str(inner).ok()?;
                Some(Nested::Array(items.into_iter().map(Cow::Owned).collect()))
            } else if inner.starts_with('{') {
                let Entries(members) =
                    serde_json::from_str::<Entries<String, Box<RawValue>>>(inner).ok()?;
                Some(Nested::Object(
                    members
                        .into_iter()
                        .map(|(key, value)| (key, Cow::Owned(value)))
                        .collect(),
                ))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// A JSON object's members in order, duplicates kept.
struct Entries<K, V>(Vec<(K, V)>);

impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for Entries<K, V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor<K, V>(PhantomData<(K, V)>);

        impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for EntriesVisitor<K, V> {
            type Value = Entries<K, V>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("request parameters (a JSON object)")
            }

            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Entries(Vec::new()))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }

        deserializer.deserialize_any(EntriesVisitor(PhantomData))
    }
}
