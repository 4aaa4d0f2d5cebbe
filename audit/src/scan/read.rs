//! Reading one delivery into a [`Tally`].

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read};

use ecd_events::records::{Record, RecordErrorKind, RecordPosition, RecordReader};

use super::correlate::{self, Sample};
use super::cut::key;
use super::{
    FirstSeen, Interner, Listing, MalformedKind, MalformedTally, Matches, Occurrence, Seen,
    Sighting, Spool, Tally,
};
use crate::archive::{Input, Selection, Source};
use crate::progress::Progress;
use crate::rules::Ruleset;
use crate::sigma::{CorrelationKind, View};

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
    /// The first records of `first_seen` correlations, kept by every thread.
    pub first_seen: &'a FirstSeen,
    /// The text that matches share, shared by every thread.
    pub strings: &'a Interner,
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
        #[cfg(feature = "oss")]
        Source::Object(object) => {
            match crate::archive::bucket::runtime()
                .and_then(|runtime| object.open(runtime).map_err(|error| error.to_string()))
            {
                Ok(bytes) => {
                    length = Some(object.size);
                    Box::new(context.progress.reading(bytes))
                }
                Err(error) => {
                    tally.unreadable.push((index, error));
                    return;
                }
            }
        }
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
    // Rules may name other services, so every record in the selection meets those its name
    // can fire.
    let view = View::new(record);
    apply_rules(
        (&mut tally.matches, context.strings, context.first_seen),
        context.rules,
        &view,
        time,
    );
    // Judged once for the rules and the counts.
    let (is_ecd, _) = view.ecd();
    if !is_ecd {
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
            key(crate::sigma::fields::identity(record)).into_owned(),
        );
        let failures = tally.failed.entry(key).or_default();
        failures.count += 1;
        increment(
            &mut failures.codes,
            record.error_code.as_deref().unwrap_or(""),
        );
    }
}

/// Adds what the record `view` shows, whose `eventTime` parses to `time`, matches of `rules`
/// to `matches`: the rules its event name can fire (the index says which), each judged on the
/// view, which reads its request parameters only if a rule asks for one.
pub fn apply_rules(
    (matches, strings, first_seen): (&mut Matches, &Interner, &FirstSeen),
    rules: &Ruleset,
    view: &View<'_>,
    time: Option<chrono::DateTime<chrono::Utc>>,
) {
    for rule_index in rules.candidates(view.record) {
        if !rules.matches(rule_index, view) {
            continue;
        }
        let rule = &rules.rules()[rule_index];
        // Made once for the rule's own finding and the correlations that group it.
        let mut occurrence = None;
        let made = || Occurrence::of_view_match(rule, view, time, strings);
        let grouped = rules.grouped_by(rule_index);
        if rules.fires_alone(rule_index) {
            let own = made();
            if !grouped.is_empty() {
                occurrence = Some(own.clone());
            }
            matches.push(rule_index, own);
        }
        for &correlation in grouped {
            sample(
                (matches, strings, first_seen),
                rules,
                (correlation, rule_index),
                view,
                (time, &mut occurrence),
            );
        }
    }
}

/// Keeps the match of the `base`th rule by `view` for the `correlation`th rule: once for
/// each of its groups, or, for `first_seen`, if it is the first of its group and value.
/// `occurrence` is the record's, once made.
fn sample(
    (matches, strings, first_seen): (&mut Matches, &Interner, &FirstSeen),
    rules: &Ruleset,
    (correlation, base): (usize, usize),
    view: &View<'_>,
    (time, occurrence): (
        Option<chrono::DateTime<chrono::Utc>>,
        &mut Option<Occurrence>,
    ),
) {
    let Some(of) = rules.rules()[correlation].correlation() else {
        return;
    };
    let rule = &rules.rules()[base];
    let occurrence_of = |occurrence: &mut Option<Occurrence>, strings: &Interner| {
        occurrence
            .get_or_insert_with(|| Occurrence::of_view_match(rule, view, time, strings))
            .clone()
    };
    if of.kind == CorrelationKind::FirstSeen {
        // Most records repeat a group and value seen before: their key is read into one
        // buffer, and nothing else is made for them.
        let Some((_, field)) = &of.field else {
            return;
        };
        // The correlation's place, the group, the value: hashed as they are read.
        let mut hasher = first_seen.hasher(correlation);
        if !correlate::hash_group(view, &of.group_by, &mut hasher) {
            return;
        }
        let mut value: Option<String> = None;
        view.any(field, &mut |text| {
            let text = crate::scan::cut::key(text);
            hasher.value(&text);
            value = Some(text.into_owned());
            true
        });
        let Some(value) = value.filter(|value| !value.is_empty()) else {
            return;
        };
        let key = hasher.finish();
        if first_seen.seen_before(key, time) {
            return;
        }
        let group = correlate::groups(view, &of.group_by, strings)
            .into_iter()
            .next()
            .unwrap_or_default();
        let sample = Sample {
            base,
            group,
            values: Box::new([strings.intern(&value)]),
            occurrence: occurrence_of(occurrence, strings),
        };
        first_seen.keep(correlation, key, sample);
        return;
    }
    let groups = correlate::groups(view, &of.group_by, strings);
    if groups.is_empty() {
        return;
    }
    let values = match &of.field {
        Some((_, field)) => correlate::values(view, field, strings),
        None => Box::default(),
    };
    let occurrence = occurrence_of(occurrence, strings);
    for group in groups {
        matches.push_sample(
            correlation,
            Sample {
                base,
                group,
                values: values.clone(),
                occurrence: occurrence.clone(),
            },
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
