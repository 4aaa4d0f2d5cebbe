//! Rules files: TOML, read into [`Ruleset`]s with errors that name the line and the rule.

use std::fmt;
use std::ops::Range;
use std::path::Path;

use ecd_events::records::Filter;
use ecd_events::{EcdEvent, EventName};
use serde::Deserialize;

use super::{Rule, Ruleset, Severity, Threshold, parameter_fault};

/// The ruleset that comes with the tool (`audit/rules/default.toml`).
pub const DEFAULT_RULES: &str = include_str!("../../rules/default.toml");

/// Where the default ruleset says it comes from in messages.
pub const DEFAULT_ORIGIN: &str = "default rules";

/// A rules file as written: a list of `[[rule]]` tables and nothing else.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File<T> {
    #[serde(default = "Vec::new")]
    rule: Vec<T>,
}

/// One `[[rule]]` table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleEntry {
    name: String,
    severity: Severity,
    description: String,
    #[serde(default)]
    mitre: Vec<String>,
    #[serde(default)]
    when: Filter,
    threshold: Option<ThresholdEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThresholdEntry {
    count: u32,
    window: String,
}

/// What is wrong with a rules file, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RulesError {
    /// The file's path, or [`DEFAULT_ORIGIN`].
    pub origin: String,
    /// The line, counted from 1; 0 when the error is of the whole file (it cannot be read).
    pub line: usize,
    /// The rule it is in, by name (or by position when it has no name yet).
    pub rule: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for RulesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            0 => write!(f, "{}: ", self.origin)?,
            line => write!(f, "{}:{line}: ", self.origin)?,
        }
        if let Some(rule) = &self.rule {
            write!(f, "rule `{rule}`: ")?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for RulesError {}

/// A rules file that could be used, and what in it looks like a mistake.
#[derive(Debug)]
pub struct Loaded {
    /// The rules.
    pub ruleset: Ruleset,
    /// Things that are allowed but probably wrong, such as an event name the catalogue does
    /// not list (with the name it may have meant).
    pub warnings: Vec<RulesError>,
}

impl Ruleset {
    /// The ruleset that comes with the tool.
    pub fn bundled() -> Ruleset {
        match Ruleset::parse(DEFAULT_RULES, DEFAULT_ORIGIN) {
            Ok(loaded) => loaded.ruleset,
            // tests/default_rules.rs loads it; a broken default cannot be released.
            Err(errors) => panic!("the bundled rules do not load: {}", errors[0]),
        }
    }

    /// Reads a rules file.
    pub fn load(path: &Path) -> Result<Loaded, Vec<RulesError>> {
        let origin = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|error| {
            vec![RulesError {
                origin: origin.clone(),
                line: 0,
                rule: None,
                message: format!("cannot read: {error}"),
            }]
        })?;
        Ruleset::parse(&text, &origin)
    }

    /// Reads the rules in `text`; `origin` names it in errors. Every error found is returned,
    /// in the order of the file.
    ///
    /// ```
    /// use ecd_audit::rules::{Ruleset, Severity};
    ///
    /// let loaded = Ruleset::parse(r#"
    /// [[rule]]
    /// name = "desktops-deleted"
    /// severity = "high"
    /// description = "Desktops were deleted."
    /// when = { events = ["DeleteDesktops"], failed = false }
    /// "#, "example.toml").unwrap();
    /// assert_eq!(loaded.ruleset.rules()[0].severity, Severity::High);
    ///
    /// let errors = Ruleset::parse(r#"
    /// [[rule]]
    /// name = "typo"
    /// severity = "high"
    /// description = "A misspelt condition is an error, not a rule that matches everything."
    /// when = { tag = ["destructive"] }
    /// "#, "example.toml").unwrap_err();
    /// assert!(errors[0].to_string().starts_with("example.toml:6: rule `typo`: unknown field `tag`"));
    /// ```
    pub fn parse(text: &str, origin: &str) -> Result<Loaded, Vec<RulesError>> {
        let error = |line, rule: Option<&str>, message: String| RulesError {
            origin: origin.to_owned(),
            line,
            rule: rule.map(str::to_owned),
            message,
        };
        // First the outline: where each rule is, and its name, so that any later error can
        // say which rule it is in.
        let outline: File<toml::Spanned<toml::Table>> = toml::from_str(text).map_err(|e| {
            vec![error(
                line_of(text, e.span().map_or(0, |span| span.start)),
                None,
                message_of(&e),
            )]
        })?;
        let outline: Vec<(Range<usize>, Option<String>)> = outline
            .rule
            .iter()
            .map(|table| {
                let name = table.get_ref().get("name").and_then(|name| name.as_str());
                (table.span(), name.map(str::to_owned))
            })
            .collect();
        let rule_at = |offset: usize| {
            outline
                .iter()
                .enumerate()
                .rfind(|(_, (span, _))| span.start <= offset)
                .map(|(index, (_, name))| name.clone().unwrap_or(format!("#{}", index + 1)))
        };

        // Then each rule on its own, so that an error in one does not hide those in the
        // others: the file is cut before each `[[rule]]` header (a header inside a multi-line
        // string would make the pieces disagree with the outline: then it is read whole).
        let starts: Vec<usize> = line_starts(text)
            .filter(|&start| indented_line(&text[start..]).starts_with("[[rule]]"))
            .collect();
        let mut errors = Vec::new();
        let mut entries: Vec<(Option<RuleEntry>, usize, &str)> = Vec::new();
        if starts.len() == outline.len() {
            for (index, &start) in starts.iter().enumerate() {
                let end = starts.get(index + 1).copied().unwrap_or(text.len());
                let piece = &text[start..end];
                match toml::from_str::<File<RuleEntry>>(piece) {
                    Ok(file) => entries.push((file.rule.into_iter().next(), start, piece)),
                    Err(e) => {
                        // A parameter the catalogue refuses is placed at its own line, which
                        // the parser cannot tell.
                        let offset = start
                            + parameter_fault::faulty_parameter(piece, &message_of(&e))
                                .or(e.span().map(|span| span.start))
                                .unwrap_or(0);
                        errors.push(error(
                            line_of(text, offset),
                            rule_at(offset).as_deref(),
                            message_of(&e),
                        ));
                        entries.push((None, start, piece));
                    }
                }
            }
        } else {
            let file: File<RuleEntry> = toml::from_str(text).map_err(|e| {
                let offset = e.span().map_or(0, |span| span.start);
                vec![error(
                    line_of(text, offset),
                    rule_at(offset).as_deref(),
                    message_of(&e),
                )]
            })?;
            for (entry, (span, _)) in file.rule.into_iter().zip(&outline) {
                entries.push((Some(entry), span.start, &text[span.clone()]));
            }
        }

        let mut warnings = Vec::new();
        let mut rules: Vec<Rule> = Vec::new();
        for (entry, start, piece) in entries {
            let Some(entry) = entry else {
                continue;
            };
            // The line of a key of this rule, or of its header.
            let line = |key: &str| line_of(text, start + key_offset(piece, key).unwrap_or(0));
            let mut problem = |key: &str, message: String| {
                errors.push(error(line(key), Some(&entry.name), message));
            };
            if !valid_name(&entry.name) {
                problem(
                    "name",
                    "a name is lower-case letters, digits and dashes".into(),
                );
            }
            if let Some(first) = rules.iter().position(|rule| rule.name == entry.name) {
                problem(
                    "name",
                    format!(
                        "another rule has this name (the {} rule)",
                        ordinal(first + 1)
                    ),
                );
            }
            if entry.description.trim().is_empty() {
                problem(
                    "description",
                    "the description is empty: say what a finding means".into(),
                );
            }
            for technique in &entry.mitre {
                if !valid_technique(technique) {
                    problem(
                        "mitre",
                        format!(
                            "`{technique}` is not a MITRE ATT&CK technique ID (T1234 or T1234.001)"
                        ),
                    );
                }
            }
            let threshold = match entry.threshold {
                None => None,
                Some(ThresholdEntry { count, window }) => {
                    if count < 2 {
                        problem(
                            "threshold",
                            format!(
                                "a threshold counts at least 2 records (this one {count}); \
                                 a rule without one fires on every record"
                            ),
                        );
                    }
                    match humantime::parse_duration(&window) {
                        Ok(window) if !window.is_zero() => Some(Threshold { count, window }),
                        Ok(_) => {
                            problem("threshold", "the threshold's window is zero".into());
                            None
                        }
                        Err(e) => {
                            problem(
                                "threshold",
                                format!(
                                    "the threshold's window `{window}` is not a duration such \
                                     as \"10m\" or \"1h 30m\": {e}"
                                ),
                            );
                            None
                        }
                    }
                }
            };
            if entry
                .when
                .error_codes
                .iter()
                .any(|code| code.trim().is_empty())
            {
                problem("when", "an empty error code matches no record".into());
            }
            for name in &entry.when.events {
                if let EventName::Unknown(unlisted) = name {
                    let hint = suggestion(unlisted.as_str())
                        .map(|event| format!(" (did you mean `{event}`?)"))
                        .unwrap_or_default();
                    warnings.push(error(
                        line("when"),
                        Some(&entry.name),
                        format!(
                            "`{unlisted}` is not an event of the catalogue; the rule matches \
                             records that carry it exactly{hint}"
                        ),
                    ));
                }
            }
            rules.push(Rule {
                name: entry.name,
                severity: entry.severity,
                description: entry.description.trim().to_owned(),
                mitre: entry.mitre,
                when: entry.when,
                threshold,
            });
        }
        if rules.is_empty() && errors.is_empty() {
            errors.push(error(1, None, "no [[rule]] in the file".into()));
        }
        if errors.is_empty() {
            Ok(Loaded {
                ruleset: Ruleset::new(rules),
                warnings,
            })
        } else {
            Err(errors)
        }
    }
}

/// The catalogue's event closest to `name`, if one is close: ignoring case, then by edit
/// distance.
pub fn suggestion(name: &str) -> Option<EcdEvent> {
    if let Some(event) = EcdEvent::from_name_ignore_ascii_case(name) {
        return Some(event);
    }
    EcdEvent::ALL
        .iter()
        .map(|&event| (strsim::damerau_levenshtein(name, event.as_str()), event))
        .filter(|&(distance, event)| distance <= 2.max(event.as_str().len() / 6))
        .min_by_key(|&(distance, event)| (distance, event.as_str()))
        .map(|(_, event)| event)
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `T` and four digits, optionally a dot and three more.
fn valid_technique(id: &str) -> bool {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match id.strip_prefix('T') {
        Some(rest) => match rest.split_once('.') {
            Some((technique, sub)) => digits(technique, 4) && digits(sub, 3),
            None => digits(rest, 4),
        },
        None => false,
    }
}

/// Where each line of `text` starts.
fn line_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(text.match_indices('\n').map(|(at, _)| at + 1))
}

/// Where the line that sets `key` (`key = ...`, or a `[rule.key]` table) starts in a rule's
/// piece of the file.
fn key_offset(piece: &str, key: &str) -> Option<usize> {
    line_starts(piece).find(|&start| {
        let line = indented_line(&piece[start..]);
        line.strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
            || line.starts_with(&format!("[rule.{key}]"))
    })
}

/// The text from a line's start, without the line's indentation (but not past its end).
fn indented_line(from_line_start: &str) -> &str {
    from_line_start.trim_start_matches([' ', '\t'])
}

fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The parser's message without its own rendering of the place (we give the line).
fn message_of(error: &toml::de::Error) -> String {
    error.message().trim().to_owned()
}

fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(text: &str) -> Vec<String> {
        match Ruleset::parse(text, "r.toml") {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    const GOOD: &str = "[[rule]]\nname = \"a\"\nseverity = \"low\"\ndescription = \"d\"\n";

    #[test]
    fn a_good_rule_loads() {
        assert_eq!(errors(GOOD), Vec::<String>::new());
    }

    #[test]
    fn syntax_errors_name_the_line() {
        let text = format!("{GOOD}\n[[rule]]\nname = \"b\nseverity = \"low\"\n");
        let errors = errors(&text);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("r.toml:7: "), "{errors:?}");
    }

    #[test]
    fn field_errors_name_the_line_and_the_rule() {
        let text =
            format!("{GOOD}\n[[rule]]\nname = \"b\"\nseverity = \"severe\"\ndescription = \"d\"\n");
        let errors = errors(&text);
        assert!(
            errors[0].starts_with("r.toml:8: rule `b`: unknown variant `severe`"),
            "{errors:?}"
        );
    }

    #[test]
    fn checks_after_reading_name_the_rule_and_all_are_reported() {
        let text = format!(
            "{GOOD}\n[[rule]]\nname = \"a\"\nseverity = \"low\"\ndescription = \"d\"\nmitre = [\"T10\"]\nthreshold = {{ count = 1, window = \"soon\" }}\n"
        );
        let errors = errors(&text);
        assert_eq!(errors.len(), 4, "{errors:?}");
        assert!(
            errors[0].starts_with("r.toml:7: rule `a`: another rule has this name (the 1st rule)")
        );
        assert!(
            errors[1].starts_with("r.toml:10: rule `a`: `T10` is not a MITRE ATT&CK technique ID")
        );
        assert!(
            errors[2].starts_with("r.toml:11: rule `a`: a threshold counts at least 2 records")
        );
        assert!(errors[3].starts_with("r.toml:11: rule `a`: the threshold's window `soon`"));
    }

    #[test]
    fn an_error_in_one_rule_does_not_hide_those_in_others() {
        let text = format!(
            "{GOOD}\n[[rule]]\nname = \"b\"\nseverity = \"severe\"\ndescription = \"d\"\n\n[[rule]]\nname = \"c\"\nseverity = \"low\"\ndescription = \"d\"\n  when = {{ error_codes = [\"\"] }}\n"
        );
        let errors = errors(&text);
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].starts_with("r.toml:8: rule `b`: unknown variant `severe`"));
        assert!(errors[1].starts_with("r.toml:15: rule `c`: an empty error code"));
    }

    #[test]
    fn an_unknown_top_level_key_or_an_empty_file_is_an_error() {
        assert!(errors("rules = 1\n")[0].starts_with("r.toml:1: unknown field `rules`"));
        assert_eq!(errors(""), ["r.toml:1: no [[rule]] in the file"]);
    }

    #[test]
    fn unlisted_event_names_are_warnings_with_a_suggestion() {
        let text = format!("{GOOD}when = {{ events = [\"DeleteDesktop\", \"ListTerminal\"] }}\n");
        let loaded = Ruleset::parse(&text, "r.toml").unwrap();
        let warnings: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(warnings.len(), 2);
        assert!(
            warnings[0].ends_with("(did you mean `DeleteDesktops`?)"),
            "{warnings:?}"
        );
        assert!(!warnings[1].contains("did you mean"), "{warnings:?}");
    }

    #[test]
    fn a_parameter_no_event_of_the_rule_takes_is_an_error_at_its_line_with_the_closest_name() {
        let inline = format!(
            "{GOOD}when = {{ events = [\"ModifyOfficeSiteMfaEnabled\"], parameters = {{ MfaEnable = false }} }}\n"
        );
        assert_eq!(
            errors(&inline),
            ["r.toml:5: rule `a`: parameter `MfaEnable` is not taken by \
              `ModifyOfficeSiteMfaEnabled`; did you mean `MfaEnabled`?"]
        );
        // In a table of its own, the parameter's line, not the table's.
        let table = format!(
            "{GOOD}\n[rule.when]\ntags = [\"network-exposure\"]\nfailed = false\n\n[rule.when.parameters]\nEnabled = true\n\"AuthorizeAccessPolicyRule.CidrIpp\" = {{ cidr = [\"0.0.0.0/0\"] }}\n"
        );
        assert_eq!(
            errors(&table),
            [
                "r.toml:12: rule `a`: `AuthorizeAccessPolicyRule` has no member `CidrIpp`; \
              did you mean `CidrIp`?"
            ]
        );
        // Another fault of `when` stays where the parser places it.
        let other = format!(
            "{GOOD}\n[rule.when]\ntags = [\"network-exposur\"]\n\n[rule.when.parameters]\nEnabled = true\n"
        );
        let errors = errors(&other);
        assert!(errors[0].starts_with("r.toml:7: rule `a`: "), "{errors:?}");
    }

    #[test]
    fn techniques() {
        for good in ["T1059", "T1098.001"] {
            assert!(valid_technique(good));
        }
        for bad in ["T105", "1059", "T1059.1", "t1059", "T1059."] {
            assert!(!valid_technique(bad), "{bad}");
        }
    }
}
