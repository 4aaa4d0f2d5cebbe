//! Reading rules from files and directories, and the bundled set.

use std::path::{Path, PathBuf};

use super::{DEFAULT_FILES, DEFAULT_ORIGIN, RulesError, Ruleset};
use crate::sigma::{Filter, Read, Rule, lint, yaml};

/// Rules that could be used, and what in them looks like a mistake.
#[derive(Debug)]
pub struct Loaded {
    /// The rules.
    pub ruleset: Ruleset,
    /// Things that are allowed but probably wrong: an event name the catalogue does not list
    /// (with the name it may have meant), a parameter no event of the rule takes, a value a
    /// parameter never has.
    pub warnings: Vec<RulesError>,
    /// Rules left out, and why: rules of another log source.
    pub skipped: Vec<RulesError>,
}

/// The rules, filters and skipped documents of some files, before they are put together.
#[derive(Default)]
struct Pieces {
    /// Whether rules' `tests` are left unread (a scan needs none of them).
    without_tests: bool,
    rules: Vec<Rule>,
    filters: Vec<Filter>,
    skipped: Vec<RulesError>,
    errors: Vec<RulesError>,
}

impl Pieces {
    /// Reads the documents of one file.
    fn read(&mut self, text: &str, origin: &str) {
        let text = match self.without_tests {
            true => without_tests(text),
            false => std::borrow::Cow::Borrowed(text),
        };
        let documents = match yaml::documents(&text) {
            Ok(documents) => documents,
            Err(error) => {
                self.errors.push(RulesError {
                    origin: origin.to_owned(),
                    line: error.line,
                    rule: None,
                    message: format!("not YAML: {}", error.message),
                });
                return;
            }
        };
        if documents.is_empty() {
            self.errors.push(RulesError {
                origin: origin.to_owned(),
                line: 1,
                rule: None,
                message: "no rule in the file".to_owned(),
            });
        }
        for document in &documents {
            match Rule::parse(document, origin) {
                Ok(Read::Rule(rule)) => self.rules.push(*rule),
                Ok(Read::Filter(filter)) => self.filters.push(*filter),
                Ok(Read::Skipped(skipped)) => self.skipped.push(RulesError {
                    origin: origin.to_owned(),
                    line: skipped.line,
                    rule: skipped.title,
                    message: format!("skipped: {}", skipped.reason),
                }),
                Err((title, errors)) => {
                    self.errors
                        .extend(errors.into_iter().map(|(line, message)| RulesError {
                            origin: origin.to_owned(),
                            line,
                            rule: title.clone(),
                            message,
                        }));
                }
            }
        }
    }

    fn finish(self) -> Result<Loaded, Vec<RulesError>> {
        let mut errors = self.errors;
        if self.rules.is_empty() && errors.is_empty() {
            errors.push(RulesError {
                origin: self
                    .skipped
                    .first()
                    .map_or_else(String::new, |skipped| skipped.origin.clone()),
                line: 0,
                rule: None,
                message: "no rule for ActionTrail (product: alibaba_cloud, service: actiontrail)"
                    .to_owned(),
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let warnings = self
            .rules
            .iter()
            .flat_map(|rule| {
                lint::warnings(rule)
                    .into_iter()
                    .map(|(line, message)| RulesError {
                        origin: rule.origin.clone(),
                        line,
                        rule: Some(rule.title.clone()),
                        message,
                    })
            })
            .collect();
        let ruleset = Ruleset::new(self.rules, self.filters)?;
        Ok(Loaded {
            ruleset,
            warnings,
            skipped: self.skipped,
        })
    }
}

/// `text` with the lines of every top-level `tests` key blank: the key, and the lines after it
/// up to the next line that starts at the margin (another key, `---`). Lines keep their
/// numbers. Test records are most of the default rules' text, and a scan does not read them.
fn without_tests(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.starts_with("tests:") && !text.contains("\ntests:") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut in_tests = false;
    for line in text.split_inclusive('\n') {
        let at_margin = line.starts_with(|c: char| !c.is_whitespace());
        if at_margin {
            in_tests = line.starts_with("tests:");
        }
        if in_tests {
            out.extend(line.chars().filter(|&c| c == '\n'));
        } else {
            out.push_str(line);
        }
    }
    std::borrow::Cow::Owned(out)
}

impl Ruleset {
    /// The ruleset that comes with the tool.
    pub fn bundled() -> Ruleset {
        match Ruleset::bundled_with(&[]) {
            Ok(loaded) => loaded.ruleset,
            // tests/default_rules.rs loads it; a broken default cannot be released.
            Err(errors) => panic!("the bundled rules do not load: {}", errors[0]),
        }
    }

    /// The bundled rules with the filters (and any other rules) of `paths`.
    pub fn bundled_with(paths: &[PathBuf]) -> Result<Loaded, Vec<RulesError>> {
        Ruleset::bundled_reading(paths, true)
    }

    /// [`bundled_with`](Self::bundled_with), reading the rules' `tests` or not.
    pub fn bundled_reading(paths: &[PathBuf], tests: bool) -> Result<Loaded, Vec<RulesError>> {
        let mut pieces = Pieces {
            without_tests: !tests,
            ..Pieces::default()
        };
        for (file, text) in DEFAULT_FILES {
            pieces.read(text, &format!("{DEFAULT_ORIGIN}/{file}"));
        }
        for path in paths {
            read_path(&mut pieces, path);
        }
        pieces.finish()
    }

    /// Reads the rules of one file's text, as from `origin`.
    pub fn parse(text: &str, origin: &str) -> Result<Loaded, Vec<RulesError>> {
        let mut pieces = Pieces::default();
        pieces.read(text, origin);
        pieces.finish()
    }

    /// Reads the rules of files and directories (each `.yml` or `.yaml` file in them, by
    /// name, at any depth; hidden ones aside), together.
    pub fn load(paths: &[PathBuf]) -> Result<Loaded, Vec<RulesError>> {
        Ruleset::load_reading(paths, true)
    }

    /// [`load`](Self::load), reading the rules' `tests` or not.
    pub fn load_reading(paths: &[PathBuf], tests: bool) -> Result<Loaded, Vec<RulesError>> {
        let mut pieces = Pieces {
            without_tests: !tests,
            ..Pieces::default()
        };
        for path in paths {
            read_path(&mut pieces, path);
        }
        pieces.finish()
    }
}

fn read_path(pieces: &mut Pieces, path: &Path) {
    for file in rule_files(path, &mut pieces.errors) {
        let origin = file.display().to_string();
        match std::fs::read_to_string(&file) {
            Ok(text) => pieces.read(&text, &origin),
            Err(error) => pieces.errors.push(RulesError {
                origin,
                line: 0,
                rule: None,
                message: error.to_string(),
            }),
        }
    }
}

/// The rule files of `path`: itself, or the `.yml` and `.yaml` files under it, sorted.
pub fn rule_files(path: &Path, errors: &mut Vec<RulesError>) -> Vec<PathBuf> {
    if !path.is_dir() {
        return vec![path.to_owned()];
    }
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(path)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| {
            entry.depth() == 0 || !entry.file_name().to_string_lossy().starts_with('.')
        })
    {
        match entry {
            Ok(entry) if entry.file_type().is_file() => {
                let name = entry.file_name().to_string_lossy();
                if name.ends_with(".yml") || name.ends_with(".yaml") {
                    files.push(entry.into_path());
                }
            }
            Ok(_) => {}
            Err(error) => errors.push(RulesError {
                origin: path.display().to_string(),
                line: 0,
                rule: None,
                message: error.to_string(),
            }),
        }
    }
    if files.is_empty() {
        errors.push(RulesError {
            origin: path.display().to_string(),
            line: 0,
            rule: None,
            message: "no .yml or .yaml file in the directory".to_owned(),
        });
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tests_are_left_out_with_their_lines_kept() {
        let text = "title: a\ntests:\n    fires:\n        - {eventName: X}\nlevel: low\n---\ntests: {}\ntitle: b\n";
        let kept = without_tests(text);
        assert_eq!(kept, "title: a\n\n\n\nlevel: low\n---\n\ntitle: b\n");
        assert_eq!(without_tests("title: a\n"), "title: a\n");
    }
}
