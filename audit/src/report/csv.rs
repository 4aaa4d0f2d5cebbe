//! `--format csv`: the findings, one row each, under a header of [`FINDING_FIELDS`]; a
//! finding's parameters as the text of their JSON object, empty when it has none.

use std::io::{self, Write};

use super::{FINDING_FIELDS, Report};

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
        let mitre = rule.mitre.join(" ");
        let count = finding.count.to_string();
        writer.write_record([
            rule.name.as_str(),
            rule.severity.as_str(),
            &mitre,
            occurrence.event_time().unwrap_or(""),
            occurrence.event_id(),
            occurrence.event_name.as_str(),
            &occurrence.identity,
            occurrence
                .identity_type
                .as_ref()
                .map_or("", |kind| kind.as_str()),
            occurrence.account_id.as_deref().unwrap_or(""),
            occurrence.source_ip.as_deref().unwrap_or(""),
            occurrence.region.as_deref().unwrap_or(""),
            occurrence.error_code.as_deref().unwrap_or(""),
            occurrence.resources().unwrap_or(""),
            &count,
            finding.window_start.as_deref().unwrap_or(""),
            // A JSON object, which starts with `{`: never a formula.
            occurrence.parameters().unwrap_or(""),
        ])?;
    }
    writer.flush()?;
    Ok(())
}
