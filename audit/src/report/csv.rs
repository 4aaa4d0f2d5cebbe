//! `--format csv`: the findings, one row each, under a header of [`FINDING_FIELDS`].

use std::io::{self, Write};

use super::{FINDING_FIELDS, Report};

pub fn write(report: &Report<'_>, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(FINDING_FIELDS)?;
    for finding in &report.audit.findings {
        let rule = &report.rules.rules()[finding.rule];
        let occurrence = &finding.occurrence;
        let optional = |field: &Option<String>| field.clone().unwrap_or_default();
        writer.write_record([
            rule.name.clone(),
            rule.severity.as_str().to_owned(),
            rule.mitre.join(" "),
            occurrence.event_time.clone(),
            occurrence.event_id.clone(),
            occurrence.event_name.clone(),
            occurrence.identity.clone(),
            optional(&occurrence.identity_type),
            optional(&occurrence.account_id),
            optional(&occurrence.source_ip),
            optional(&occurrence.region),
            optional(&occurrence.error_code),
            optional(&occurrence.resources),
            finding.count.to_string(),
            optional(&finding.window_start),
        ])?;
    }
    writer.flush()
}
