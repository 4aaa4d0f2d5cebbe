//! Reading one delivery into a [`Tally`].

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read};

use ecd_events::records::{Record, RecordErrorKind, RecordPosition, RecordReader};

use super::cut::key;
use super::{Listing, MalformedKind, MalformedTally, Occurrence, Seen, Sighting, Spool, Tally};
use crate::archive::{Input, Selection, Source};
use crate::progress::Progress;
use crate::rules::Ruleset;

/// What every delivery of a run is read against.
pub struct Context<'a> {
    /// The rules.
    pub rules: &'a Ruleset,
    /// The records to audit.
    pub selection: &'a Selection,
    /// The `eventId`s read so far, by every thread.
    pub seen: &'a Seen,
    /// Where bytes and records read are shown.
    pub progress: &'a Progress,
    /// Where every malformed record is listed, with `--malformed`.
    pub listing: Option<&'a Listing>,
}

/// Where a record is: its delivery's place among the inputs, and its own in the delivery.
type Place = (usize, RecordPosition);

/// Reads the delivery `input`, the `index`th of the run, into `tally`, and lists its malformed
/// records if the run lists them.
pub fn read(tally: &mut Tally, input: &Input, index: usize, context: &Context<'_>) {
    let mut spool = context.listing.map(|listing| listing.spool(&input.label));
    read_into(tally, input, index, context, spool.as_mut());
    if let (Some(listing), Some(spool)) = (context.listing, spool) {
        listing.done(index, spool);
    }
}

fn read_into(
    tally: &mut Tally,
    input: &Input,
    index: usize,
    context: &Context<'_>,
    mut spool: Option<&mut Spool>,
) {
    tally.deliveries += 1;
    // The source's length where it is known: a small `.gz` object is then inflated whole,
    // in one call (the library's `source_length`).
    let mut length = None;
    let source: Box<dyn Read + Send> = match &input.source {
        Source::File(path) => match File::open(path) {
            Ok(file) => {
                length = file
                    .metadata()
                    .ok()
                    .filter(|metadata| metadata.is_file())
                    .map(|metadata| metadata.len());
                Box::new(context.progress.reading(file))
            }
            Err(error) => {
                tally.unreadable.push((index, error.to_string()));
                return;
            }
        },
        Source::Stdin => Box::new(context.progress.reading(io::stdin())),
        Source::Bundled(content) => {
            length = Some(content.len() as u64);
            Box::new(context.progress.reading(*content))
        }
    };
    let mut reader = RecordReader::with_background_decompression(source);
    if let Some(length) = length {
        reader = reader.source_length(length);
    }
    let mut records = 0u64;
    let mut good = 0u64;
    let malformed_before = tally.malformed.count;
    reader.for_each_borrowed_with_position(|position, result| {
        records += 1;
        let place = (index, position);
        match result {
            Ok(record) => {
                good += 1;
                count(tally, &record, context, place, spool.as_deref_mut());
            }
            // The reader ends the delivery after an error of reading its source.
            Err(error) if error.kind() == RecordErrorKind::Io => {
                tally.unreadable.push((index, error.to_string()));
            }
            Err(error) => note(
                &mut tally.malformed,
                spool.as_deref_mut(),
                place,
                MalformedKind::of(&error),
                error.message(),
            ),
        }
        if records.is_multiple_of(4096) {
            context.progress.records(4096);
        }
    });
    context.progress.records(records % 4096);
    context.progress.delivery_done();
    tally.content_bytes += reader.bytes_read();
    let malformed = tally.malformed.count - malformed_before;
    if good == 0 && malformed > 0 {
        // Not one record: the input is not a delivery (or is damaged beyond use), which an
        // audit must not pass over as "a few malformed records".
        tally.unreadable.push((
            index,
            format!("not one ActionTrail record in it ({malformed} malformed; see the report)"),
        ));
    } else if records == 0 {
        tally.empty.push(index);
    }
}

/// Counts a malformed record (or, of [`MalformedKind::EventTime`], one without a valid time) into
/// `malformed`, and lists it.
fn note(
    malformed: &mut MalformedTally,
    spool: Option<&mut Spool>,
    (delivery, position): Place,
    kind: MalformedKind,
    reason: &str,
) {
    malformed.count(delivery, position, kind, reason);
    if let Some(spool) = spool {
        spool.push(position, kind, reason);
    }
}

fn count(
    tally: &mut Tally,
    record: &Record<'_>,
    context: &Context<'_>,
    place: Place,
    spool: Option<&mut Spool>,
) {
    if context.seen.read(record) == Sighting::Duplicate {
        tally.duplicates += 1;
        return;
    }
    tally.records += 1;
    let time = match record.time() {
        Ok(time) => Some(time),
        Err(error) => {
            let reason = error.to_string();
            note(
                &mut tally.untimed,
                spool,
                place,
                MalformedKind::EventTime,
                &reason,
            );
            None
        }
    };
    if !context.selection.holds(time, record.acs_region.as_deref()) {
        tally.outside_selection += 1;
        return;
    }
    // Rules may name other services, so every record in the selection meets them.
    for (rule_index, rule) in context.rules.rules().iter().enumerate() {
        if rule.matches(record) {
            let occurrence = Occurrence::of_match(rule, record, time, &mut tally.strings);
            tally.matches.push(rule_index, occurrence);
        }
    }
    if !record.is_ecd() {
        let service = record.service().unwrap_or("(no service named)".into());
        increment(&mut tally.other_services, &service);
        return;
    }
    tally.ecd_records += 1;
    if let Some(time) = time {
        tally.count_time(time);
    }
    let account = record
        .user_identity
        .as_ref()
        .and_then(|identity| identity.account_id.as_deref())
        .unwrap_or("");
    increment(&mut tally.accounts, account);
    increment(
        &mut tally.regions,
        record.acs_region.as_deref().unwrap_or(""),
    );
    // The record is ECD's (judged above): its event is its name's, without judging again.
    let event = record.event_name.event();
    tally.count_access(
        event.map(|event| event.category()),
        record.event_rw.or(event.map(|event| event.access())),
    );
    if event.is_none() {
        increment(&mut tally.unlisted, record.event_name.as_str());
    }
    if record.is_error() {
        let key = (
            key(record.event_name.as_str()).into_owned(),
            key(super::occurrence::identity(record)).into_owned(),
        );
        let failures = tally.failed.entry(key).or_default();
        failures.count += 1;
        increment(
            &mut failures.codes,
            record.error_code.as_deref().unwrap_or(""),
        );
    }
}

/// Adds one to the count under `text` (cut to a key's bound), allocating the key only the
/// first time it is seen.
fn increment(map: &mut BTreeMap<String, u64>, text: &str) {
    let key = key(text);
    match map.get_mut(key.as_ref()) {
        Some(count) => *count += 1,
        None => {
            map.insert(key.into_owned(), 1);
        }
    }
}
