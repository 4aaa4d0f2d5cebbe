//! `parameter(request_parameters, 'Name')`: one request parameter of a record, as text.

use std::sync::Arc;

use datafusion::arrow::array::{Array, StringBuilder};
use datafusion::arrow::datatypes::DataType;
use datafusion::common::cast::as_string_array;
use datafusion::error::Result;
use datafusion::logical_expr::{
    ColumnarValue, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility,
};
use ecd_events::EventName;
use ecd_events::records::{ParameterValue, Record, RequestParameters};

use super::arrays;

/// `parameter(request_parameters, 'Name')`: the parameter `Name` of the JSON object of
/// request parameters, gathered as the `ecd-events` reader gathers it: from its own key or its
/// flattened ones (`DesktopId.1`, `DesktopId.2`), from a JSON array or object, or from JSON text
/// of one. A single value is its text (a string's content, a number or boolean as written); a
/// list or an object is JSON text (a flattened list as a JSON array of its items). Null when
/// the parameter is absent or null, or the text is not a JSON object of parameters.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Parameter {
    signature: Signature,
}

impl Default for Parameter {
    fn default() -> Self {
        Parameter {
            signature: Signature::exact(
                vec![DataType::Utf8, DataType::Utf8],
                Volatility::Immutable,
            ),
        }
    }
}

impl ScalarUDFImpl for Parameter {
    fn name(&self) -> &str {
        "parameter"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(DataType::Utf8)
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let arrays = arrays(self.name(), &args.args, 2)?;
        let (parameters, names) = (as_string_array(&arrays[0])?, as_string_array(&arrays[1])?);
        let mut values = StringBuilder::with_capacity(args.number_rows, 0);
        for row in 0..args.number_rows {
            if parameters.is_null(row) || names.is_null(row) {
                values.append_null();
                continue;
            }
            values.append_option(parameter(parameters.value(row), names.value(row)));
        }
        Ok(ColumnarValue::Array(Arc::new(values.finish())))
    }
}

/// The parameter `name` of `json`, an object of request parameters, as text.
fn parameter(json: &str, name: &str) -> Option<String> {
    // The reader's gathering of parameters is reached through a record: one holding only
    // these parameters (as SLS's `requestParameterJson`, which is JSON text of an object).
    let mut record = Record::new("", EventName::parse(""), "");
    record.request_parameter_json = Some(json.into());
    let parameters = record.parameters().ok()?;
    let value = parameters.get(name)?;
    as_text(&value, &parameters, name)
}

fn as_text(
    value: &ParameterValue<'_>,
    parameters: &RequestParameters<'_>,
    name: &str,
) -> Option<String> {
    if let Some(text) = value.text() {
        return Some(text.into_owned());
    }
    if let Some(json) = value.json() {
        // `null` has neither text nor a list's JSON.
        return (json.trim() != "null").then(|| json.to_owned());
    }
    // Flattened over several keys: a list of single values (`DesktopId.1`) as a JSON array
    // of their texts, in index order; anything else (`Tag.1.Key`, `Tag.1.Value`) as an
    // object of the keys under the name, as written.
    let texts: Option<Vec<String>> = value
        .items()
        .iter()
        .map(|item| item.text().map(|text| text.into_owned()))
        .collect();
    match texts {
        Some(texts) => serde_json::to_string(&texts).ok(),
        None => {
            let prefix = format!("{name}.");
            let members: serde_json::Map<String, serde_json::Value> = parameters
                .entries()
                .filter_map(|(key, raw)| {
                    let member = key.strip_prefix(&prefix)?;
                    Some((member.to_owned(), serde_json::from_str(raw.get()).ok()?))
                })
                .collect();
            serde_json::to_string(&members).ok()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parameter;

    #[test]
    fn parameters_are_read_as_the_library_gathers_them() {
        let json = r#"{"DesktopId.1":"ecd-a","DesktopId.2":"ecd-b","MfaEnabled":"False","Amount":2,"Policy":{"A":1},"Nothing":null}"#;
        assert_eq!(parameter(json, "MfaEnabled").as_deref(), Some("False"));
        assert_eq!(parameter(json, "Amount").as_deref(), Some("2"));
        assert_eq!(
            parameter(json, "DesktopId").as_deref(),
            Some(r#"["ecd-a","ecd-b"]"#)
        );
        assert_eq!(parameter(json, "Policy").as_deref(), Some(r#"{"A":1}"#));
        assert_eq!(parameter(json, "Nothing"), None);
        let tags = r#"{"Tag.1.Key":"team","Tag.1.Value":"ops"}"#;
        assert_eq!(
            parameter(tags, "Tag").as_deref(),
            Some(r#"{"1.Key":"team","1.Value":"ops"}"#)
        );
        assert_eq!(parameter(json, "Absent"), None);
        assert_eq!(parameter("not json", "Absent"), None);
    }
}
