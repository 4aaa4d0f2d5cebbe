//! A field's values and modifiers (`requestParameters.CidrIp|cidr: 0.0.0.0/0`), compiled once
//! into a [`FieldTest`] that judges a record.
//!
//! As the Sigma specification says: strings compare whole and ignoring case, with `*` and `?`
//! as wildcards and `\` escaping them; `cased` compares case; a list of values holds when any
//! does, with `all` when every one does; `null` holds when the field is absent; transforming
//! modifiers (`base64`, `base64offset`, `utf16*`, `wide`, `windash`) turn each value into the
//! forms to look for before `contains`, `startswith` or `endswith` place them. Case is ignored
//! for ASCII letters; other letters compare exactly.

use std::net::IpAddr;

use regex::{Regex, RegexBuilder};

use super::fields::{EcdField, Field, View};
use super::yaml::{Node, Value};

/// A field's test in a selection: the field, and what its value must be.
#[derive(Clone, Debug)]
pub struct FieldTest {
    /// The field as the rule wrote it (`requestParameters.MfaEnabled`).
    pub name: String,
    /// Where a record keeps it.
    pub field: Field,
    /// The line of the test in its file.
    pub line: usize,
    /// The values as the rule wrote them (scalars only).
    written: Vec<String>,
    /// Whether every pattern is matched by a value alone (not `null`, not `fieldref`).
    simple: bool,
    /// The test of a catalogue fact by plain values, judged without text (most rules have
    /// some: `ecd.service: ecd`, `ecd.tags: destructive`, `ecd.failed: true`).
    fact: Option<Fact>,
    test: Test,
}

/// A test of an `ecd.*` field by plain values, as the values of the catalogue's types.
#[derive(Clone, Debug)]
enum Fact {
    /// `ecd.tags`: one of these tags.
    Tags(Vec<ecd_events::Tag>),
    /// `ecd.category`: one of these categories.
    Category(Vec<ecd_events::Category>),
    /// `ecd.access`.
    Access(Vec<ecd_events::Access>),
    /// A boolean field, and the values that hold.
    Flag(EcdField, Vec<bool>),
    /// `ecd.service: ecd`.
    Ecd,
    /// `eventName`: one of these events of the catalogue, or of these other names (in lower
    /// case).
    Names(Vec<ecd_events::EcdEvent>, Vec<String>),
}

#[derive(Clone, Debug)]
enum Test {
    /// `|exists: true` or `false`.
    Exists(bool),
    /// Values: any (or, with `all`, every) outer entry must hold, and an entry holds when any
    /// of its forms matches a value of the field. `neq` negates the whole.
    Values {
        entries: Vec<Vec<Pattern>>,
        all: bool,
        negate: bool,
    },
}

#[derive(Clone, Debug)]
enum Pattern {
    /// Null: the field is absent.
    Absent,
    /// Text, placed by `how`, compared with case or without (then `text` is lower case).
    Text {
        text: String,
        how: Place,
        cased: bool,
    },
    /// A value with wildcards, or a regular expression.
    Regex(Regex),
    /// An address within a network.
    Cidr(IpAddr, u8),
    /// A number compared.
    Number(Compare, f64),
    /// Equal to another field of the record (placed by `how`).
    FieldRef {
        field: Field,
        how: Place,
        cased: bool,
    },
    /// A part of the field's time (`eventTime|hour: 3`).
    Time(TimePart, i64),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    Whole,
    Start,
    End,
    Anywhere,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Compare {
    Lt,
    Lte,
    Gt,
    Gte,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TimePart {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// What a transforming modifier does to each value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Utf16Le,
    Utf16Be,
    /// Little-endian with its byte order mark.
    Utf16,
}

/// Every modifier of the specification's appendix this reads, for messages.
pub const MODIFIERS: [&str; 28] = [
    "contains",
    "startswith",
    "endswith",
    "all",
    "exists",
    "cased",
    "neq",
    "re",
    "i",
    "m",
    "s",
    "cidr",
    "base64",
    "base64offset",
    "utf16le",
    "utf16be",
    "utf16",
    "wide",
    "windash",
    "lt",
    "lte",
    "gt",
    "gte",
    "fieldref",
    "minute",
    "hour",
    "day",
    "week",
];

const MORE_MODIFIERS: [&str; 2] = ["month", "year"];

impl FieldTest {
    /// The test of `key` (`field|modifier|...`) with `value`, as a selection writes it.
    pub fn parse(key: &str, value: &Node) -> Result<FieldTest, (usize, String)> {
        let mut parts = key.split('|');
        let name = parts.next().unwrap_or_default().to_owned();
        let field = Field::parse(&name).map_err(|message| (value.line, message))?;
        let modifiers: Vec<&str> = parts.collect();
        let test = compile(&modifiers, value).map_err(|message| (value.line, message))?;
        let written: Vec<String> = match &value.value {
            Value::List(items) => items.iter().filter_map(Node::scalar_text).collect(),
            _ => value.scalar_text().into_iter().collect(),
        };
        let simple = match &test {
            Test::Values { entries, .. } => entries
                .iter()
                .flatten()
                .all(|pattern| !matches!(pattern, Pattern::Absent | Pattern::FieldRef { .. })),
            Test::Exists(_) => false,
        };
        let fact = fact(&field, &test, &written);
        Ok(FieldTest {
            name,
            field,
            line: value.line,
            written,
            simple,
            fact,
            test,
        })
    }

    /// A keyword: a value searched for in every text of the record.
    pub fn keyword(value: &Node) -> Result<Keyword, (usize, String)> {
        let text = value.scalar_text().ok_or((
            value.line,
            format!("a keyword is a string, not {}", value.kind()),
        ))?;
        Ok(Keyword(
            text_pattern(&text, Place::Anywhere, false).map_err(|m| (value.line, m))?,
        ))
    }

    /// Whether `view` passes the test.
    pub fn holds(&self, view: &View<'_>) -> bool {
        if let Some(fact) = &self.fact {
            if let Fact::Names(events, others) = fact {
                let name = &view.record.event_name;
                return match name
                    .event()
                    .or_else(|| ecd_events::EcdEvent::from_name_ignore_ascii_case(name.as_str()))
                {
                    Some(event) => events.contains(&event),
                    None => others
                        .iter()
                        .any(|other| other.eq_ignore_ascii_case(name.as_str())),
                };
            }
            let (ecd, event) = view.ecd();
            return match fact {
                Fact::Names(..) => false,
                Fact::Ecd => ecd,
                Fact::Tags(tags) => {
                    event.is_some_and(|event| event.tags().iter().any(|tag| tags.contains(tag)))
                }
                Fact::Category(categories) => {
                    event.is_some_and(|event| categories.contains(&event.category()))
                }
                Fact::Access(access) => view.access().is_some_and(|known| access.contains(&known)),
                Fact::Flag(field, values) => values.contains(&view.flag(*field)),
            };
        }
        match &self.test {
            Test::Exists(wanted) => view.exists(&self.field) == *wanted,
            Test::Values {
                entries,
                all,
                negate,
            } => {
                let held = match all {
                    // Any value of any entry: the field is read once for all of them.
                    false if self.simple => view.any(&self.field, &mut |value| {
                        entries
                            .iter()
                            .flatten()
                            .any(|pattern| pattern_matches(pattern, value))
                    }),
                    false => entries
                        .iter()
                        .any(|forms| forms.iter().any(|form| self.matches(form, view))),
                    true => entries
                        .iter()
                        .all(|forms| forms.iter().any(|form| self.matches(form, view))),
                };
                held != *negate
            }
        }
    }

    fn matches(&self, pattern: &Pattern, view: &View<'_>) -> bool {
        match pattern {
            Pattern::Absent => !view.exists(&self.field),
            Pattern::FieldRef { field, how, cased } => {
                let mut others = Vec::new();
                view.any(field, &mut |value| {
                    others.push(value.to_owned());
                    false
                });
                others.iter().any(|other| {
                    let other = if *cased {
                        other.clone()
                    } else {
                        other.to_ascii_lowercase()
                    };
                    view.any(&self.field, &mut |value| {
                        placed(value, &other, *how, *cased)
                    })
                })
            }
            _ => view.any(&self.field, &mut |value| pattern_matches(pattern, value)),
        }
    }

    /// The values a plain test of `eventName` (or `ecd.tags`, `ecd.category`) compares with:
    /// `Some` when the test holds only for a value equal to one of them, ignoring case; what
    /// the index files a rule under.
    pub fn equal_to(&self) -> Option<Vec<String>> {
        let Test::Values {
            entries,
            all,
            negate: false,
        } = &self.test
        else {
            return None;
        };
        if *all && entries.len() > 1 {
            return None;
        }
        let mut values = Vec::new();
        for forms in entries {
            for form in forms {
                match form {
                    Pattern::Text {
                        text,
                        how: Place::Whole,
                        ..
                    } => values.push(text.to_ascii_lowercase()),
                    _ => return None,
                }
            }
        }
        Some(values)
    }

    /// The values as written, when the test compares the field whole with them (no
    /// modifier but `cased` or `all`, no wildcard): for the linter.
    pub fn plain_values(&self) -> Vec<String> {
        match &self.test {
            Test::Values {
                entries,
                negate: false,
                ..
            } if entries.iter().flatten().all(|form| {
                matches!(
                    form,
                    Pattern::Text {
                        how: Place::Whole,
                        ..
                    }
                )
            }) && entries.iter().all(|forms| forms.len() == 1) =>
            {
                self.written.clone()
            }
            _ => Vec::new(),
        }
    }
}

/// The fact a test of an `ecd.*` field by plain values (no modifier, no wildcard) is, when
/// every value is one the catalogue knows: anything else is left to the text comparison.
fn fact(field: &Field, test: &Test, written: &[String]) -> Option<Fact> {
    let Test::Values {
        entries,
        all: false,
        negate: false,
    } = test
    else {
        return None;
    };
    let plain = entries.iter().all(|forms| {
        forms.len() == 1
            && matches!(
                forms[0],
                Pattern::Text {
                    how: Place::Whole,
                    cased: false,
                    ..
                }
            )
    });
    if !plain || written.len() != entries.len() {
        return None;
    }
    if *field == Field::Record(super::fields::RecordField::EventName) {
        let mut events = Vec::new();
        let mut others = Vec::new();
        for name in written {
            match ecd_events::EcdEvent::from_name_ignore_ascii_case(name) {
                Some(event) => events.push(event),
                None => others.push(name.to_ascii_lowercase()),
            }
        }
        return Some(Fact::Names(events, others));
    }
    let Field::Ecd(field) = field else {
        return None;
    };
    let all = |parse: &dyn Fn(&str) -> bool| written.iter().all(|value| parse(value));
    match field {
        EcdField::Service if all(&|value| value.eq_ignore_ascii_case("ecd")) => Some(Fact::Ecd),
        EcdField::Tags => {
            let tags: Option<Vec<ecd_events::Tag>> = written
                .iter()
                .map(|value| {
                    ecd_events::Tag::ALL
                        .iter()
                        .copied()
                        .find(|tag| tag.as_str().eq_ignore_ascii_case(value))
                })
                .collect();
            tags.map(Fact::Tags)
        }
        EcdField::Category => {
            let categories: Option<Vec<ecd_events::Category>> = written
                .iter()
                .map(|value| {
                    ecd_events::Category::ALL
                        .iter()
                        .copied()
                        .find(|category| category.as_str().eq_ignore_ascii_case(value))
                })
                .collect();
            categories.map(Fact::Category)
        }
        EcdField::Access => {
            let access: Option<Vec<ecd_events::Access>> = written
                .iter()
                .map(|value| {
                    ecd_events::Access::ALL
                        .iter()
                        .copied()
                        .find(|access| access.as_str().eq_ignore_ascii_case(value))
                })
                .collect();
            access.map(Fact::Access)
        }
        EcdField::Weakening
        | EcdField::SecurityParameters
        | EcdField::Failed
        | EcdField::Sensitive => {
            let values: Option<Vec<bool>> = written
                .iter()
                .map(|value| match value.to_ascii_lowercase().as_str() {
                    "true" => Some(true),
                    "false" => Some(false),
                    _ => None,
                })
                .collect();
            values.map(|values| Fact::Flag(*field, values))
        }
        _ => None,
    }
}

/// A keyword's compiled form.
#[derive(Clone, Debug)]
pub struct Keyword(Pattern);

impl Keyword {
    /// Whether any text of the record holds the keyword.
    pub fn holds(&self, view: &View<'_>) -> bool {
        view.any_text(&mut |text| pattern_matches(&self.0, text))
    }
}

fn pattern_matches(pattern: &Pattern, value: &str) -> bool {
    match pattern {
        Pattern::Text { text, how, cased } => placed(value, text, *how, *cased),
        Pattern::Regex(regex) => regex.is_match(value),
        Pattern::Cidr(network, bits) => value
            .trim()
            .parse::<IpAddr>()
            .is_ok_and(|address| in_network(address, *network, *bits)),
        Pattern::Number(compare, bound) => {
            value
                .trim()
                .parse::<f64>()
                .is_ok_and(|number| match compare {
                    Compare::Lt => number < *bound,
                    Compare::Lte => number <= *bound,
                    Compare::Gt => number > *bound,
                    Compare::Gte => number >= *bound,
                })
        }
        Pattern::Time(part, wanted) => time_part(value, *part) == Some(*wanted),
        Pattern::Absent | Pattern::FieldRef { .. } => false,
    }
}

/// Whether `value` holds `text` where `how` says; without `cased`, `text` is lower case and
/// ASCII letters of `value` compare ignoring case.
fn placed(value: &str, text: &str, how: Place, cased: bool) -> bool {
    let (value, text) = (value.as_bytes(), text.as_bytes());
    let same = |a: &[u8]| match cased {
        true => a == text,
        false => a.eq_ignore_ascii_case(text),
    };
    match how {
        Place::Whole => value.len() == text.len() && same(value),
        Place::Start => value.len() >= text.len() && same(&value[..text.len()]),
        Place::End => value.len() >= text.len() && same(&value[value.len() - text.len()..]),
        Place::Anywhere => {
            text.is_empty() || (value.len() >= text.len() && value.windows(text.len()).any(same))
        }
    }
}

fn in_network(address: IpAddr, network: IpAddr, bits: u8) -> bool {
    match (address, network) {
        (IpAddr::V4(address), IpAddr::V4(network)) => {
            let mask = u32::MAX.checked_shl(32 - u32::from(bits)).unwrap_or(0);
            u32::from(address) & mask == u32::from(network) & mask
        }
        (IpAddr::V6(address), IpAddr::V6(network)) => {
            let mask = u128::MAX.checked_shl(128 - u32::from(bits)).unwrap_or(0);
            u128::from(address) & mask == u128::from(network) & mask
        }
        _ => false,
    }
}

fn time_part(value: &str, part: TimePart) -> Option<i64> {
    use chrono::{Datelike, Timelike};
    let time = chrono::DateTime::parse_from_rfc3339(value.trim())
        .ok()?
        .with_timezone(&chrono::Utc);
    Some(i64::from(match part {
        TimePart::Minute => time.minute(),
        TimePart::Hour => time.hour(),
        TimePart::Day => time.day(),
        TimePart::Week => time.iso_week().week(),
        TimePart::Month => time.month(),
        TimePart::Year => return Some(i64::from(time.year())),
    }))
}

/// The modifiers of one key, read.
#[derive(Default)]
struct Modifiers {
    place: Option<Place>,
    all: bool,
    cased: bool,
    neq: bool,
    exists: bool,
    regex: bool,
    flags: (bool, bool, bool),
    cidr: bool,
    compare: Option<Compare>,
    fieldref: bool,
    time: Option<TimePart>,
    encoding: Option<Encoding>,
    base64: Option<bool>,
    windash: bool,
}

fn compile(modifiers: &[&str], value: &Node) -> Result<Test, String> {
    let mut m = Modifiers::default();
    for &modifier in modifiers {
        let place = |m: &mut Modifiers, place| match m.place.replace(place) {
            None => Ok(()),
            Some(_) => Err("contains, startswith and endswith exclude each other".to_owned()),
        };
        match modifier {
            "contains" => place(&mut m, Place::Anywhere)?,
            "startswith" => place(&mut m, Place::Start)?,
            "endswith" => place(&mut m, Place::End)?,
            "all" => m.all = true,
            "cased" => m.cased = true,
            "neq" => m.neq = true,
            "exists" => m.exists = true,
            "re" => m.regex = true,
            "i" => m.flags.0 = true,
            "m" => m.flags.1 = true,
            "s" => m.flags.2 = true,
            "cidr" => m.cidr = true,
            "lt" => m.compare = Some(Compare::Lt),
            "lte" => m.compare = Some(Compare::Lte),
            "gt" => m.compare = Some(Compare::Gt),
            "gte" => m.compare = Some(Compare::Gte),
            "fieldref" => m.fieldref = true,
            "minute" => m.time = Some(TimePart::Minute),
            "hour" => m.time = Some(TimePart::Hour),
            "day" => m.time = Some(TimePart::Day),
            "week" => m.time = Some(TimePart::Week),
            "month" => m.time = Some(TimePart::Month),
            "year" => m.time = Some(TimePart::Year),
            "utf16le" | "wide" => m.encoding = Some(Encoding::Utf16Le),
            "utf16be" => m.encoding = Some(Encoding::Utf16Be),
            "utf16" => m.encoding = Some(Encoding::Utf16),
            "base64" => m.base64 = Some(false),
            "base64offset" => m.base64 = Some(true),
            "windash" => m.windash = true,
            "expand" => {
                return Err(
                    "`expand` needs placeholders, which ecd-audit does not define: \
                            write the values out"
                        .to_owned(),
                );
            }
            other => {
                let known: Vec<&str> = MODIFIERS.iter().chain(&MORE_MODIFIERS).copied().collect();
                return Err(format!(
                    "unknown modifier `{other}`{}",
                    super::fields_hint(other, &known)
                ));
            }
        }
    }
    if m.flags != (false, false, false) && !m.regex {
        return Err("the flags i, m and s go with `re`".to_owned());
    }
    if m.encoding.is_some() && m.base64.is_none() {
        return Err("utf16le, utf16be, utf16 and wide go with base64 or base64offset".to_owned());
    }
    if m.exists {
        if modifiers.len() > 1 {
            return Err("`exists` takes no other modifier".to_owned());
        }
        return match value.value {
            Value::Bool(wanted) => Ok(Test::Exists(wanted)),
            _ => Err(format!(
                "`exists` takes true or false, not {}",
                value.kind()
            )),
        };
    }
    let values: Vec<&Node> = match &value.value {
        Value::List(items) => items.iter().collect(),
        _ => vec![value],
    };
    if values.is_empty() {
        return Err("an empty list of values matches nothing".to_owned());
    }
    let entries = values
        .into_iter()
        .map(|value| forms(&m, value))
        .collect::<Result<_, _>>()?;
    Ok(Test::Values {
        entries,
        all: m.all,
        negate: m.neq,
    })
}

/// The forms one value takes under the modifiers `m`.
fn forms(m: &Modifiers, value: &Node) -> Result<Vec<Pattern>, String> {
    if value.value == Value::Null {
        return Ok(vec![Pattern::Absent]);
    }
    let Some(text) = value.scalar_text() else {
        return Err(format!(
            "a value is a string, a number or a boolean, not {}",
            value.kind()
        ));
    };
    if let Some(compare) = m.compare {
        let bound = text
            .trim()
            .parse::<f64>()
            .map_err(|_| format!("`{text}` is not a number"))?;
        return Ok(vec![Pattern::Number(compare, bound)]);
    }
    if let Some(part) = m.time {
        let wanted = text
            .trim()
            .parse::<i64>()
            .map_err(|_| format!("`{text}` is not a whole number"))?;
        return Ok(vec![Pattern::Time(part, wanted)]);
    }
    if m.cidr {
        let (address, bits) = text.split_once('/').unwrap_or((&text, ""));
        let address: IpAddr = address
            .trim()
            .parse()
            .map_err(|_| format!("`{text}` is not a network (10.0.0.0/8, 2001:db8::/32)"))?;
        let most = if address.is_ipv4() { 32 } else { 128 };
        let bits = match bits {
            "" => most,
            bits => bits
                .parse::<u8>()
                .ok()
                .filter(|&bits| bits <= most)
                .ok_or_else(|| format!("`{text}`: the prefix length is 0 to {most}"))?,
        };
        return Ok(vec![Pattern::Cidr(address, bits)]);
    }
    if m.fieldref {
        let field = Field::parse(&text)?;
        return Ok(vec![Pattern::FieldRef {
            field,
            how: m.place.unwrap_or(Place::Whole),
            cased: m.cased,
        }]);
    }
    if m.regex {
        let regex = RegexBuilder::new(&text)
            .case_insensitive(m.flags.0)
            .multi_line(m.flags.1)
            .dot_matches_new_line(m.flags.2)
            .size_limit(1 << 20)
            .build()
            .map_err(|error| format!("not a regular expression: {error}"))?;
        return Ok(vec![Pattern::Regex(regex)]);
    }
    let how = m.place.unwrap_or(Place::Whole);
    let mut texts = vec![text];
    if m.windash {
        texts = texts.iter().flat_map(|text| windash(text)).collect();
    }
    if let Some(offsets) = m.base64 {
        // Encoded values are matched as they are: wildcards and case mean nothing in them.
        let mut encoded = Vec::new();
        for text in &texts {
            let bytes = encode(text, m.encoding);
            match offsets {
                false => encoded.push(base64(&bytes)),
                true => encoded.extend(base64_offsets(&bytes)),
            }
        }
        return Ok(encoded
            .into_iter()
            .map(|text| Pattern::Text {
                text,
                how,
                cased: true,
            })
            .collect());
    }
    texts
        .iter()
        .map(|text| text_pattern(text, how, m.cased))
        .collect()
}

/// A string value: plain text where it has no wildcard, else a regular expression.
fn text_pattern(text: &str, how: Place, cased: bool) -> Result<Pattern, String> {
    let mut plain = String::new();
    let mut regex = String::new();
    let mut wild = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if matches!(chars.peek(), Some('*' | '?' | '\\')) => {
                let escaped = chars.next().unwrap_or('\\');
                plain.push(escaped);
                regex.push_str(&regex::escape(&escaped.to_string()));
            }
            '*' => {
                wild = true;
                regex.push_str(".*");
            }
            '?' => {
                wild = true;
                regex.push('.');
            }
            c => {
                plain.push(c);
                regex.push_str(&regex::escape(&c.to_string()));
            }
        }
    }
    if !wild {
        let text = if cased {
            plain
        } else {
            plain.to_ascii_lowercase()
        };
        return Ok(Pattern::Text { text, how, cased });
    }
    let (start, end) = match how {
        Place::Whole => ("^", "$"),
        Place::Start => ("^", ""),
        Place::End => ("", "$"),
        Place::Anywhere => ("", ""),
    };
    RegexBuilder::new(&format!("{start}{regex}{end}"))
        .case_insensitive(!cased)
        .dot_matches_new_line(true)
        .build()
        .map(Pattern::Regex)
        .map_err(|error| format!("the wildcards of `{text}` do not compile: {error}"))
}

/// The spellings of a command line's flags: each `-` or `/` that starts a word in any of
/// the dashes Windows accepts.
fn windash(text: &str) -> Vec<String> {
    const DASHES: [char; 5] = ['-', '/', '\u{2013}', '\u{2014}', '\u{2015}'];
    let starts: Vec<usize> = text
        .char_indices()
        .filter(|&(at, c)| {
            DASHES[..2].contains(&c) && (at == 0 || text[..at].ends_with(char::is_whitespace))
        })
        .map(|(at, _)| at)
        .collect();
    if starts.is_empty() {
        return vec![text.to_owned()];
    }
    // The same dash for every flag, as pySigma writes the variants.
    DASHES
        .iter()
        .map(|&dash| {
            let mut out = String::with_capacity(text.len() + 4);
            for (at, c) in text.char_indices() {
                out.push(if starts.contains(&at) { dash } else { c });
            }
            out
        })
        .collect()
}

fn encode(text: &str, encoding: Option<Encoding>) -> Vec<u8> {
    match encoding {
        None => text.as_bytes().to_vec(),
        Some(Encoding::Utf16Le) => text.encode_utf16().flat_map(u16::to_le_bytes).collect(),
        Some(Encoding::Utf16Be) => text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
        Some(Encoding::Utf16) => [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect(),
    }
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The three forms of `bytes` inside longer base64 text, as the specification gives them
/// (pySigma's): `bytes` after 0, 1 and 2 other bytes, without the characters that depend on
/// what surrounds them.
fn base64_offsets(bytes: &[u8]) -> Vec<String> {
    const START: [usize; 3] = [0, 2, 3];
    const END: [usize; 3] = [0, 3, 2];
    (0..3)
        .map(|shift| {
            let mut shifted = vec![b' '; shift];
            shifted.extend_from_slice(bytes);
            let encoded = base64(&shifted);
            let end = encoded.len() - END[(bytes.len() + shift) % 3];
            encoded[START[shift]..end.max(START[shift])].to_owned()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_is_rfc_4648() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn base64_offsets_are_the_specification_s() {
        // The specification's example: `/bin/bash` after 0, 1 and 2 bytes.
        assert_eq!(
            base64_offsets(b"/bin/bash"),
            ["L2Jpbi9iYXNo", "9iaW4vYmFza", "vYmluL2Jhc2"]
        );
    }

    #[test]
    fn windash_gives_every_dash() {
        let forms = windash("-foo /bar");
        assert_eq!(forms.len(), 5);
        assert!(forms.contains(&"/foo /bar".to_owned()));
        assert!(forms.contains(&"\u{2013}foo \u{2013}bar".to_owned()));
    }

    #[test]
    fn networks() {
        let ip = |text: &str| text.parse::<IpAddr>().unwrap();
        assert!(in_network(ip("10.1.2.3"), ip("10.0.0.0"), 8));
        assert!(!in_network(ip("11.1.2.3"), ip("10.0.0.0"), 8));
        assert!(in_network(ip("1.2.3.4"), ip("0.0.0.0"), 0));
        assert!(in_network(ip("2001:db8::1"), ip("2001:db8::"), 32));
        assert!(!in_network(ip("10.1.2.3"), ip("2001:db8::"), 0));
    }
}
