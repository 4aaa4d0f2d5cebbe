//! `--format csv`: the findings, one row each, under a header of [`FINDING_FIELDS`]; a
//! finding's parameters as the text of their JSON object, empty when it has none.
//!
//! Every cell but `count` is text, and a spreadsheet must not read one as a formula: a cell
//! that starts with a character that would make it one ([`FORMULA_STARTS`]) is written with a
//! single quote before it (`'=HYPERLINK(...)`, `'-1`), as OWASP's guidance on CSV injection
//! says and spreadsheets show as text. `count`, the tool's own number, stays a number. A field
//! cut to its bound ends with the cut's marker, `...[cut from N bytes]`.

use std::borrow::Cow;
use std::io::{self, Write};

use super::{FINDING_FIELDS, Report, shown};
use crate::scan::{Field, Occurrence};

/// The characters that make a spreadsheet read a cell that starts with them as a formula:
/// OWASP's `=`, `+`, `-`, `@`, tab and carriage return, the line feed, and the full-width
/// `＝`, `＋`, `－`, `＠` that spreadsheets of some locales read as the others.
pub const FORMULA_STARTS: [char; 11] = [
    '=', '+', '-', '@', '\t', '\r', '\n', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
];

pub fn write(report: &Report<'_>, out: &mut dyn Write) -> io::Result<()> {
    write_rows(report, out).map_err(|error| match error.into_kind() {
        // The writer's own error, so that a reader that stopped (`| head`) is seen as such.
        csv::ErrorKind::Io(error) => error,
        other => io::Error::other(format!("{other:?}")),
    })
}

fn write_rows(report: &Report<'_>, out: &mut dyn Write) -> csv::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(FINDING_FIELDS)?;
    for finding in &report.audit.findings {
        let rule = &report.rules.rules()[finding.rule];
        let occurrence = &finding.occurrence;
        let field = |field: Field, text| cell(occurrence, field, text);
        let json = |value: serde_json::Result<String>| Cow::Owned(value.unwrap_or_default());
        let row: [Cow<'_, str>; 20] = [
            as_text(rule.title.as_str().into()),
            as_text(rule.id.as_deref().unwrap_or("").into()),
            rule.severity.as_str().into(),
            as_text(rule.mitre.join(" ").into()),
            as_text(occurrence.event_time().unwrap_or("").into()),
            field(Field::EventId, Some(occurrence.event_id())),
            field(Field::EventName, Some(occurrence.event_name.as_str())),
            field(Field::Identity, Some(&occurrence.identity)),
            field(
                Field::IdentityType,
                occurrence.identity_type.as_ref().map(|kind| kind.as_str()),
            ),
            field(Field::AccountId, occurrence.account_id.as_deref()),
            field(Field::SourceIp, occurrence.source_ip.as_deref()),
            field(Field::Region, occurrence.region.as_deref()),
            field(Field::ErrorCode, occurrence.error_code.as_deref()),
            field(Field::Resources, occurrence.resources()),
            finding.count.to_string().into(),
            as_text(finding.window_start.as_deref().unwrap_or("").into()),
            // A JSON object, which starts with `{`: never a formula.
            field(Field::Parameters, occurrence.parameters()),
            // JSON objects and arrays, which start with `{` or `[`: never formulas.
            json(serde_json::to_string(&super::json::group(finding))),
            json(serde_json::to_string(&super::json::event_counts(finding))),
            json(serde_json::to_string(&super::json::grouped_events(finding))),
        ];
        writer.write_record(row.iter().map(|cell| cell.as_bytes()))?;
    }
    writer.flush()?;
    Ok(())
}

/// The cell of `field`, `text` in `occurrence` (none: empty), as [`as_text`] makes it.
fn cell<'t>(occurrence: &Occurrence, field: Field, text: Option<&'t str>) -> Cow<'t, str> {
    text.map_or(Cow::Borrowed(""), |text| {
        as_text(shown(occurrence, field, text))
    })
}

/// `cell`, made text for a spreadsheet: after a single quote if it starts with one of the
/// [`FORMULA_STARTS`].
pub(crate) fn as_text(cell: Cow<'_, str>) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{cell}"))
    } else {
        cell
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_would_be_formulas_are_quoted_and_others_kept() {
        for start in FORMULA_STARTS {
            let cell = format!("{start}HYPERLINK(\"http://example.invalid\")");
            assert_eq!(as_text(cell.as_str().into()), format!("'{cell}"));
        }
        for cell in ["ecd-1", "", "'quoted", " =spaced", "1", "张伟"] {
            assert_eq!(as_text(cell.into()), cell);
        }
    }
}
