//! A detection's `condition`: `and`, `or`, `not`, parentheses, and `1 of`, `all of`,
//! `any of` over selections named or matched by a wildcard (`1 of selection_*`, `all of them`),
//! read into an expression over the detection's selections by their place.

/// A condition, with selections by their place in the detection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Condition {
    /// A selection holds.
    Selection(usize),
    /// Every one holds (`and`, `all of`).
    All(Vec<Condition>),
    /// One at least holds (`or`, `1 of`).
    Any(Vec<Condition>),
    /// It does not hold.
    Not(Box<Condition>),
}

impl Condition {
    /// Whether it holds, given whether each selection does (asked at most once each, lazily).
    pub fn holds<F: FnMut(usize) -> bool>(&self, selection: &mut F) -> bool {
        match self {
            Condition::Selection(index) => selection(*index),
            Condition::All(parts) => parts.iter().all(|part| part.holds(selection)),
            Condition::Any(parts) => parts.iter().any(|part| part.holds(selection)),
            Condition::Not(inner) => !inner.holds(selection),
        }
    }

    /// Reads `text` over the selections `names`.
    pub fn parse(text: &str, names: &[String]) -> Result<Condition, String> {
        let tokens = tokens(text)?;
        let mut parser = Parser {
            tokens,
            at: 0,
            names,
        };
        let condition = parser.or()?;
        match parser.tokens.get(parser.at) {
            None => Ok(condition),
            Some(token) => Err(format!("unexpected `{token}` in the condition")),
        }
    }
}

fn tokens(text: &str) -> Result<Vec<String>, String> {
    if text.contains('|') {
        return Err(
            "aggregations after `|` (count() ...) are Sigma 1's: write a correlation \
                    rule instead"
                .to_owned(),
        );
    }
    let mut tokens = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        match c {
            '(' | ')' => {
                if !word.is_empty() {
                    tokens.push(std::mem::take(&mut word));
                }
                tokens.push(c.to_string());
            }
            c if c.is_whitespace() => {
                if !word.is_empty() {
                    tokens.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        tokens.push(word);
    }
    if tokens.is_empty() {
        return Err("the condition is empty".to_owned());
    }
    Ok(tokens)
}

struct Parser<'n> {
    tokens: Vec<String>,
    at: usize,
    names: &'n [String],
}

impl Parser<'_> {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.at).map(String::as_str)
    }

    fn next(&mut self) -> Option<String> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        token
    }

    fn or(&mut self) -> Result<Condition, String> {
        let mut parts = vec![self.and()?];
        while self.peek() == Some("or") {
            self.at += 1;
            parts.push(self.and()?);
        }
        Ok(one_or(parts, Condition::Any))
    }

    fn and(&mut self) -> Result<Condition, String> {
        let mut parts = vec![self.not()?];
        while self.peek() == Some("and") {
            self.at += 1;
            parts.push(self.not()?);
        }
        Ok(one_or(parts, Condition::All))
    }

    fn not(&mut self) -> Result<Condition, String> {
        if self.peek() == Some("not") {
            self.at += 1;
            return Ok(Condition::Not(Box::new(self.not()?)));
        }
        self.atom()
    }

    fn atom(&mut self) -> Result<Condition, String> {
        let Some(token) = self.next() else {
            return Err("the condition ends where a selection was expected".to_owned());
        };
        match token.as_str() {
            "(" => {
                let inner = self.or()?;
                match self.next().as_deref() {
                    Some(")") => Ok(inner),
                    _ => Err("a `(` is not closed".to_owned()),
                }
            }
            ")" | "and" | "or" => Err(format!("unexpected `{token}` in the condition")),
            "all" | "any" | "1" => {
                let Some("of") = self.peek() else {
                    return self.selection(&token);
                };
                self.at += 1;
                let target = self
                    .next()
                    .ok_or_else(|| format!("`{token} of` names no selections"))?;
                let selected = self.matching(&target)?;
                let parts = selected.into_iter().map(Condition::Selection).collect();
                Ok(match token.as_str() {
                    "all" => one_or(parts, Condition::All),
                    _ => one_or(parts, Condition::Any),
                })
            }
            number if number.parse::<u32>().is_ok() && self.peek() == Some("of") => Err(format!(
                "`{number} of` is not Sigma: `1 of`, `any of` or `all of`"
            )),
            _ => self.selection(&token),
        }
    }

    fn selection(&self, name: &str) -> Result<Condition, String> {
        match self.names.iter().position(|known| known == name) {
            Some(index) => Ok(Condition::Selection(index)),
            None => Err(format!(
                "the condition names `{name}`, which is not a selection of the detection{}",
                super::fields_hint(
                    name,
                    &self.names.iter().map(String::as_str).collect::<Vec<_>>()
                )
            )),
        }
    }

    /// The selections `them` or a name with wildcards stands for.
    fn matching(&self, target: &str) -> Result<Vec<usize>, String> {
        let matched: Vec<usize> = self
            .names
            .iter()
            .enumerate()
            .filter(|(_, name)| target == "them" && !name.starts_with('_') || glob(target, name))
            .map(|(index, _)| index)
            .collect();
        if matched.is_empty() {
            return Err(format!("no selection is named like `{target}`"));
        }
        Ok(matched)
    }
}

fn one_or(mut parts: Vec<Condition>, many: fn(Vec<Condition>) -> Condition) -> Condition {
    if parts.len() == 1 {
        parts.remove(0)
    } else {
        many(parts)
    }
}

/// Whether `name` fits `pattern`, whose `*` stands for any text and `?` for one character.
fn glob(pattern: &str, name: &str) -> bool {
    let (pattern, name): (Vec<char>, Vec<char>) =
        (pattern.chars().collect(), name.chars().collect());
    fn fits(p: &[char], n: &[char]) -> bool {
        match p.split_first() {
            None => n.is_empty(),
            Some(('*', rest)) => (0..=n.len()).any(|skip| fits(rest, &n[skip..])),
            Some(('?', rest)) => !n.is_empty() && fits(rest, &n[1..]),
            Some((c, rest)) => n.first() == Some(c) && fits(rest, &n[1..]),
        }
    }
    fits(&pattern, &name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Vec<String> {
        ["selection", "sel_a", "sel_b", "filter"]
            .map(String::from)
            .to_vec()
    }

    fn eval(text: &str, truth: [bool; 4]) -> bool {
        Condition::parse(text, &names())
            .unwrap()
            .holds(&mut |index| truth[index])
    }

    #[test]
    fn and_binds_tighter_than_or_and_not_tighter_than_and() {
        // selection and filter or sel_a: (selection and filter) or sel_a
        assert!(eval(
            "selection and filter or sel_a",
            [false, true, false, false]
        ));
        assert!(!eval(
            "selection and (filter or sel_a)",
            [false, true, false, false]
        ));
        assert!(eval(
            "selection and not filter",
            [true, false, false, false]
        ));
        assert!(!eval(
            "not selection and filter",
            [true, false, false, true]
        ));
    }

    #[test]
    fn quantifiers_over_wildcards_and_them() {
        assert!(eval("1 of sel_*", [false, false, true, false]));
        assert!(!eval("all of sel_*", [false, false, true, false]));
        assert!(eval("all of sel_*", [false, true, true, false]));
        assert!(!eval("all of them", [true, true, true, false]));
        assert!(eval("any of them", [false, false, false, true]));
    }

    #[test]
    fn errors_say_what_is_wrong() {
        let error = |text| Condition::parse(text, &names()).unwrap_err();
        assert!(error("selction").contains("did you mean `selection`"));
        assert!(error("selection and").contains("ends"));
        assert!(error("(selection").contains("not closed"));
        assert!(error("selection | count() > 5").contains("correlation"));
        assert!(error("1 of nothing*").contains("no selection"));
    }
}
