//! The audit as people and programs read it: text, JSON Lines or CSV on standard output.

mod csv;
mod json;
mod shown_parameters;
mod text;

use std::borrow::Cow;
use std::io::{self, Write};

use crate::archive::Inputs;
use crate::rules::Ruleset;
use crate::scan::cut::Marker;
use crate::scan::{Audit, Field, Occurrence};

pub use csv::FORMULA_STARTS;
#[cfg(feature = "sql")]
pub(crate) use csv::as_text as csv_text;
pub use json::FINDING_FIELDS;

/// `--format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A summary for people: counts, failures, findings by rule with examples (each with the
    /// request parameters that made its rule fire), damage; what would act on a terminal is
    /// shown escaped.
    Text,
    /// JSON Lines: one object per finding (its `parameters`: the request parameters that made
    /// its rule fire, as the record wrote them), then one `{"summary": {...}}`; text exact.
    Json,
    /// The findings, one row each, with a header row; `parameters` as a JSON object; no cell is
    /// a formula.
    Csv,
}

/// What a report is made of.
pub struct Report<'a> {
    /// What was read and found.
    pub audit: &'a Audit,
    /// The rules the findings refer to.
    pub rules: &'a Ruleset,
    /// The inputs (their labels name malformed records' deliveries) and what was pruned.
    pub inputs: &'a Inputs,
    /// How many examples of each rule the text shows.
    pub examples: usize,
    /// Where `--malformed` lists every malformed record, if it does (as given: `-` is
    /// standard output).
    pub listing: Option<&'a str>,
}

impl Report<'_> {
    /// Writes the report in `format`.
    pub fn write(&self, format: Format, out: &mut dyn Write) -> io::Result<()> {
        match format {
            Format::Text => text::write(self, out),
            Format::Json => json::write(self, out),
            Format::Csv => csv::write(self, out),
        }
    }

    /// The label of the `index`th input.
    fn label(&self, index: usize) -> &str {
        self.inputs
            .inputs
            .get(index)
            .map_or("?", |input| input.label.as_str())
    }

    /// Records of other services in all.
    fn other_services(&self) -> u64 {
        self.audit.tally.other_services.values().sum()
    }
}

/// `text`, the `field` of `occurrence`, as text and CSV show it: followed by the cut's
/// [`Marker`] when the field was cut.
fn shown<'t>(occurrence: &Occurrence, field: Field, text: &'t str) -> Cow<'t, str> {
    match occurrence.cut_from(field) {
        None => Cow::Borrowed(text),
        Some(length) => Cow::Owned(format!("{text}{}", Marker(length))),
    }
}
