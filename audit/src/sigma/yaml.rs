//! YAML documents as plain trees whose every node knows its line, read with saphyr's marked
//! loader: a rule's errors name the line of what is wrong, not only the document's.

use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};

/// A YAML node and the line it starts on (counted from 1).
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// The line of the node's first character.
    pub line: usize,
    /// What the node is.
    pub value: Value,
}

/// The value of a [`Node`]. Scalars keep the text a rule needs: numbers as written, so that
/// `5` and `"5"` compare alike with a record's text.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`, `~` or nothing.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// An integer or a float, as its text.
    Number(String),
    /// A string.
    Str(String),
    /// A sequence.
    List(Vec<Node>),
    /// A mapping whose keys are strings, in the document's order, each with its key's line.
    Map(Vec<(String, Node)>),
}

impl Node {
    /// The node's text, for a scalar: a string, a number or a boolean as written.
    pub fn scalar_text(&self) -> Option<String> {
        match &self.value {
            Value::Str(text) | Value::Number(text) => Some(text.clone()),
            Value::Bool(value) => Some(value.to_string()),
            _ => None,
        }
    }

    /// The string, for a string node.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(text) => Some(text),
            _ => None,
        }
    }

    /// The value under `key`, for a mapping.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(entries) => entries
                .iter()
                .find(|(name, _)| name == key)
                .map(|(_, node)| node),
            _ => None,
        }
    }

    /// What kind of node it is, for messages.
    pub fn kind(&self) -> &'static str {
        match self.value {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::Str(_) => "a string",
            Value::List(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

/// A document that is not YAML, or uses what rules do not (anchors, non-string keys).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YamlError {
    /// The line, counted from 1.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// The documents of `text` (`---` separates them), each with the line it starts on.
pub fn documents(text: &str) -> Result<Vec<Node>, YamlError> {
    let documents = MarkedYaml::load_from_str(text).map_err(|error| YamlError {
        line: error.marker().line(),
        message: error.info().to_owned(),
    })?;
    documents.iter().map(node).collect()
}

fn node(yaml: &MarkedYaml<'_>) -> Result<Node, YamlError> {
    let line = yaml.span.start.line();
    let value = match &yaml.data {
        YamlData::Value(scalar) => match scalar {
            Scalar::Null => Value::Null,
            Scalar::Boolean(value) => Value::Bool(*value),
            Scalar::Integer(value) => Value::Number(value.to_string()),
            Scalar::FloatingPoint(value) => Value::Number(value.to_string()),
            Scalar::String(text) => Value::Str(text.to_string()),
        },
        YamlData::Representation(text, _, _) => Value::Str(text.to_string()),
        YamlData::Sequence(items) => Value::List(items.iter().map(node).collect::<Result<_, _>>()?),
        YamlData::Mapping(entries) => {
            let mut map = Vec::with_capacity(entries.len());
            for (key, value) in entries.iter() {
                let key_node = node(key)?;
                let Some(name) = key_node.scalar_text() else {
                    return Err(YamlError {
                        line: key_node.line,
                        message: format!("a key must be a string, not {}", key_node.kind()),
                    });
                };
                let mut value = node(value)?;
                // An empty value (`key:`) has no place of its own: the key's line.
                if value.value == Value::Null {
                    value.line = key_node.line;
                }
                map.push((name, value));
            }
            Value::Map(map)
        }
        YamlData::Tagged(_, inner) => return node(inner),
        YamlData::Alias(_) | YamlData::BadValue => {
            return Err(YamlError {
                line,
                message: "anchors and aliases are not read in rules".to_owned(),
            });
        }
    };
    Ok(Node { line, value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_know_their_lines_and_numbers_keep_their_text() {
        let documents = documents("a: 1\nb:\n  - x\n  - 2.5\n---\nc: true\n").unwrap();
        assert_eq!(documents.len(), 2);
        let a = documents[0].get("a").unwrap();
        assert_eq!((a.line, a.scalar_text().as_deref()), (1, Some("1")));
        let Value::List(items) = &documents[0].get("b").unwrap().value else {
            panic!()
        };
        assert_eq!(items[1].line, 4);
        assert_eq!(items[1].value, Value::Number("2.5".into()));
        assert_eq!(documents[1].get("c").unwrap().line, 6);
    }

    #[test]
    fn syntax_errors_name_their_line() {
        let error = documents("a: 1\nb: [x\nc: 2\n").unwrap_err();
        assert!(error.line >= 2, "{error:?}");
    }
}
