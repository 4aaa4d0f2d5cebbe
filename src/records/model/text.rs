//! [`Text`] and [`RawJson`]: a record's strings and payloads, borrowed from the input when they
//! can be.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::value::RawValue;

/// A string field of a record: borrowed from the input when the JSON string has no escapes,
/// owned otherwise.
///
/// It dereferences to `str`, so it compares, slices and prints like one. It exists because
/// serde deserializes `Option<Cow<str>>` as an owned string every time; `Text` borrows.
///
/// ```
/// use ecd_events::records::Text;
///
/// let text: Text = serde_json::from_str(r#""cn-hangzhou""#)?;
/// assert!(text.is_borrowed());
/// assert_eq!(text, "cn-hangzhou");
///
/// let escaped: Text = serde_json::from_str(r#""line\nbreak""#)?;
/// assert!(!escaped.is_borrowed());
/// assert_eq!(escaped.as_str(), "line\nbreak");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text<'a>(Cow<'a, str>);

impl<'a> Text<'a> {
    /// A text borrowing `text`.
    ///
    /// ```
    /// assert_eq!(ecd_events::records::Text::borrowed("Ecd"), "Ecd");
    /// ```
    pub const fn borrowed(text: &'a str) -> Self {
        Text(Cow::Borrowed(text))
    }

    /// The string.
    ///
    /// ```
    /// assert_eq!(ecd_events::records::Text::from("Ecd").as_str(), "Ecd");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the text points into the input it was read from.
    ///
    /// ```
    /// use ecd_events::records::Text;
    ///
    /// assert!(Text::borrowed("Ecd").is_borrowed());
    /// assert!(!Text::from(String::from("Ecd")).is_borrowed());
    /// ```
    pub fn is_borrowed(&self) -> bool {
        matches!(self.0, Cow::Borrowed(_))
    }

    /// The same text, owning its string, free of the input's lifetime.
    ///
    /// ```
    /// use ecd_events::records::Text;
    ///
    /// let owned: Text<'static> = Text::borrowed("Ecd").into_owned();
    /// assert_eq!(owned, "Ecd");
    /// ```
    pub fn into_owned(self) -> Text<'static> {
        Text(Cow::Owned(self.0.into_owned()))
    }

    /// The string, borrowed or owned as it is.
    pub(crate) fn into_cow(self) -> Cow<'a, str> {
        self.0
    }
}

impl Deref for Text<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text<'_> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

impl<'a> From<&'a str> for Text<'a> {
    fn from(text: &'a str) -> Self {
        Text(Cow::Borrowed(text))
    }
}

impl From<String> for Text<'_> {
    fn from(text: String) -> Self {
        Text(Cow::Owned(text))
    }
}

impl PartialEq<str> for Text<'_> {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Text<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl Serialize for Text<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Self::Value, E> {
        Ok(Text(Cow::Borrowed(text)))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        Ok(Text(Cow::Owned(text.to_owned())))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Self::Value, E> {
        Ok(Text(Cow::Owned(text)))
    }
}

/// A JSON value kept as its text, unparsed, until a caller asks for it: `requestParameters`,
/// `responseElements` and the other payloads of a record.
///
/// Reading a record costs nothing for the payloads it carries beyond checking that they are
/// JSON; [`parse`](Self::parse) decodes one into any type when it is needed.
///
/// ```
/// use ecd_events::records::RawJson;
///
/// let raw: RawJson = serde_json::from_str(r#"{"RegionId":"cn-hangzhou","Amount":2}"#)?;
/// assert_eq!(raw.get(), r#"{"RegionId":"cn-hangzhou","Amount":2}"#);
///
/// let parameters: serde_json::Map<String, serde_json::Value> = raw.parse()?;
/// assert_eq!(parameters["Amount"], 2);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone)]
pub struct RawJson<'a>(Cow<'a, str>);

impl<'a> RawJson<'a> {
    /// The JSON text, exactly as it was in the input.
    ///
    /// ```
    /// let raw: ecd_events::records::RawJson = serde_json::from_str("[1, 2]")?;
    /// assert_eq!(raw.get(), "[1, 2]");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn get(&self) -> &str {
        &self.0
    }

    /// Decodes the value into `T`, borrowing from it where `T` borrows.
    ///
    /// ```
    /// use std::collections::BTreeMap;
    ///
    /// let raw: ecd_events::records::RawJson = serde_json::from_str(r#"{"Scheme":"https"}"#)?;
    /// let data: BTreeMap<&str, &str> = raw.parse()?;
    /// assert_eq!(data["Scheme"], "https");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn parse<'s, T: Deserialize<'s>>(&'s self) -> serde_json::Result<T> {
        serde_json::from_str(&self.0)
    }

    /// Checks that `json` is one JSON value and keeps it, owned.
    ///
    /// ```
    /// use ecd_events::records::RawJson;
    ///
    /// assert_eq!(RawJson::from_json(r#"{"a":1}"#.to_owned())?.get(), r#"{"a":1}"#);
    /// assert!(RawJson::from_json("{".to_owned()).is_err());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn from_json(json: String) -> serde_json::Result<RawJson<'static>> {
        RawValue::from_string(json)
            .map(|raw| RawJson(Cow::Owned(String::from(Box::<str>::from(raw)))))
    }

    /// Serializes `value` and keeps its JSON text.
    ///
    /// ```
    /// use ecd_events::records::RawJson;
    ///
    /// let raw = RawJson::to_json(&serde_json::json!({"RegionId": "cn-shanghai"}))?;
    /// assert_eq!(raw.get(), r#"{"RegionId":"cn-shanghai"}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn to_json<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<RawJson<'static>> {
        serde_json::to_string(value).map(|json| RawJson(Cow::Owned(json)))
    }

    /// Keeps `json`, which the caller has checked is one JSON value with no whitespace around.
    pub(crate) fn checked(json: &'a str) -> Self {
        RawJson(Cow::Borrowed(json))
    }

    /// Whether the text points into the input it was read from.
    ///
    /// ```
    /// let raw: ecd_events::records::RawJson = serde_json::from_str("{}")?;
    /// assert!(raw.is_borrowed());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn is_borrowed(&self) -> bool {
        matches!(self.0, Cow::Borrowed(_))
    }

    /// The same value, owning its text.
    ///
    /// ```
    /// let raw: ecd_events::records::RawJson = serde_json::from_str("{}")?;
    /// assert!(!raw.into_owned().is_borrowed());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn into_owned(self) -> RawJson<'static> {
        RawJson(Cow::Owned(self.0.into_owned()))
    }
}

impl fmt::Debug for RawJson<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for RawJson<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq for RawJson<'_> {
    /// Two payloads are equal when their JSON texts are, byte for byte.
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

impl Eq for RawJson<'_> {}

impl Serialize for RawJson<'_> {
    /// Writes the JSON text as it is (through serde_json's `RawValue`, which checks it again).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let raw: &RawValue = serde_json::from_str(&self.0).map_err(serde::ser::Error::custom)?;
        raw.serialize(serializer)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for RawJson<'a> {
    /// Borrows the value's text from the input, so it works with `serde_json::from_str` and
    /// `from_slice` (and this crate's readers), not with `from_reader`.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        <&'de RawValue>::deserialize(deserializer).map(|raw| RawJson(Cow::Borrowed(raw.get())))
    }
}
