//! A query's result as `ecd-audit sql` writes it: a table for people, JSON Lines or CSV.
//!
//! The values are what records hold, so each format guards against them as `scan`'s reports
//! do (docs/reports.md): the table escapes what would act on a terminal ([`Lines`]); JSON keeps
//! every value exactly and writes those characters as `\u` escapes; CSV keeps text exactly but
//! starts a cell a spreadsheet would read as a formula with a single quote.

use std::borrow::Cow;
use std::io::{self, Write};

use ecd_sql::datafusion::arrow::array::{Array, RecordBatch};
use ecd_sql::datafusion::arrow::datatypes::{DataType, SchemaRef};
use ecd_sql::datafusion::arrow::json::writer::{LineDelimited, WriterBuilder};
use ecd_sql::datafusion::arrow::util::display::{ArrayFormatter, FormatOptions};

use crate::cli::SqlFormat;
use crate::escape::{Escaped, Lines, changes_terminal};
use crate::plural::count;
use crate::report::csv_text;

/// Writes a result batch by batch: JSON and CSV as they come, the table at the end (its
/// columns' widths depend on every row).
pub struct ResultWriter {
    format: SqlFormat,
    schema: SchemaRef,
    /// The table's rows, as text, until the end.
    rows: Vec<Vec<String>>,
    started: bool,
}

impl ResultWriter {
    /// A writer of results of `schema` in `format`.
    pub fn new(format: SqlFormat, schema: SchemaRef) -> ResultWriter {
        ResultWriter {
            format,
            schema,
            rows: Vec::new(),
            started: false,
        }
    }

    /// Writes a batch (the table keeps it for [`finish`](Self::finish)).
    pub fn push(&mut self, batch: &RecordBatch, out: &mut dyn Write) -> io::Result<()> {
        match self.format {
            SqlFormat::Table => {
                self.rows.extend(texts(batch, "NULL")?);
                Ok(())
            }
            SqlFormat::Json => write_json(batch, out),
            SqlFormat::Csv => {
                if !self.started {
                    self.write_csv_header(out)?;
                }
                self.started = true;
                write_csv(batch, out)
            }
        }
    }

    /// Ends the result: writes the table, or the CSV header of a result of no rows.
    pub fn finish(self, out: &mut dyn Write) -> io::Result<()> {
        match self.format {
            SqlFormat::Table => write_table(&self.schema, &self.rows, out),
            SqlFormat::Json => Ok(()),
            SqlFormat::Csv if !self.started => self.write_csv_header(out),
            SqlFormat::Csv => Ok(()),
        }
    }

    fn write_csv_header(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut writer = csv::Writer::from_writer(out);
        writer
            .write_record(
                self.schema
                    .fields()
                    .iter()
                    .map(|field| csv_text(Cow::Borrowed(field.name().as_str())).into_owned()),
            )
            .map_err(csv_error)?;
        writer.flush()
    }
}

/// Every cell of `batch` as text, rows of columns; `null` for nulls.
fn texts(batch: &RecordBatch, null: &str) -> io::Result<Vec<Vec<String>>> {
    let options = FormatOptions::default().with_null(null);
    let formatters = batch
        .columns()
        .iter()
        .map(|column| ArrayFormatter::try_new(column.as_ref(), &options))
        .collect::<Result<Vec<_>, _>>()
        .map_err(io::Error::other)?;
    Ok((0..batch.num_rows())
        .map(|row| {
            formatters
                .iter()
                .map(|formatter| formatter.value(row).to_string())
                .collect()
        })
        .collect())
}

/// The table: a header, a rule, the rows, and how many there are. Every line is escaped
/// whole by [`Lines`]; the columns are padded to what is shown of their cells.
fn write_table(schema: &SchemaRef, rows: &[Vec<String>], out: &mut dyn Write) -> io::Result<()> {
    let header: Vec<String> = schema
        .fields()
        .iter()
        .map(|field| field.name().clone())
        .collect();
    let shown = |text: &str| Escaped(text).to_string().chars().count();
    let mut widths: Vec<usize> = header.iter().map(|name| shown(name)).collect();
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(shown(cell));
        }
    }
    let line = |cells: &[String]| -> String {
        let mut line = String::new();
        for (index, (cell, width)) in cells.iter().zip(&widths).enumerate() {
            if index > 0 {
                line.push_str(" | ");
            }
            line.push_str(cell);
            if index + 1 < cells.len() {
                line.extend(std::iter::repeat_n(' ', width - shown(cell)));
            }
        }
        line
    };
    let mut lines = Lines::new(out);
    lines.line(format_args!("{}", line(&header)))?;
    let rule: Vec<String> = widths.iter().map(|&width| "-".repeat(width)).collect();
    lines.line(format_args!("{}", line(&rule).replace(" | ", "-+-")))?;
    for row in rows {
        lines.line(format_args!("{}", line(row)))?;
    }
    lines.line(format_args!("({})", count(rows.len(), "row", "rows")))
}

/// One JSON object a row, every value exact (nulls written as null), with what would act on
/// a terminal as `\u` escapes.
fn write_json(batch: &RecordBatch, out: &mut dyn Write) -> io::Result<()> {
    let mut json = Vec::new();
    let mut writer = WriterBuilder::new()
        .with_explicit_nulls(true)
        .build::<_, LineDelimited>(&mut json);
    writer.write(batch).map_err(io::Error::other)?;
    writer.finish().map_err(io::Error::other)?;
    drop(writer);
    let json = String::from_utf8(json).map_err(io::Error::other)?;
    out.write_all(terminal_safe_json(&json).as_bytes())
}

/// JSON text with the characters that change a terminal as `\u` escapes. JSON's own
/// structure is ASCII, so they can only be inside strings, where the escape is the same
/// character: the JSON means what it meant.
fn terminal_safe_json(json: &str) -> Cow<'_, str> {
    if !json.chars().any(changes_terminal) {
        return Cow::Borrowed(json);
    }
    let mut safe = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if changes_terminal(c) && c != '\n' {
            safe.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            safe.push(c);
        }
    }
    Cow::Owned(safe)
}

/// The batch's rows as CSV; text cells that a spreadsheet would read as a formula are
/// quoted, numbers, booleans and times (the engine's own text) kept.
fn write_csv(batch: &RecordBatch, out: &mut dyn Write) -> io::Result<()> {
    let texts = texts(batch, "")?;
    let is_text: Vec<bool> = batch
        .columns()
        .iter()
        .map(|column| is_text(column.data_type()))
        .collect();
    let mut writer = csv::Writer::from_writer(out);
    for row in texts {
        writer
            .write_record(row.into_iter().zip(&is_text).map(|(cell, &text)| {
                if text && batch.num_columns() > 0 {
                    csv_text(Cow::Owned(cell)).into_owned()
                } else {
                    cell
                }
            }))
            .map_err(csv_error)?;
    }
    writer.flush()
}

/// Whether a column holds text that records wrote (or lists of it), rather than numbers,
/// booleans or times.
fn is_text(data_type: &DataType) -> bool {
    !(data_type.is_numeric()
        || data_type.is_temporal()
        || matches!(data_type, DataType::Boolean | DataType::Null))
}

fn csv_error(error: csv::Error) -> io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(error) => error,
        other => io::Error::other(format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escapes_what_acts_on_a_terminal_and_keeps_its_meaning() {
        let json = "{\"a\":\"x\u{1b}]0;t\u{7}\u{202e}y\"}\n";
        let safe = terminal_safe_json(json);
        assert_eq!(safe, "{\"a\":\"x\\u001b]0;t\\u0007\\u202ey\"}\n");
        let value: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(value["a"], "x\u{1b}]0;t\u{7}\u{202e}y");
    }
}
