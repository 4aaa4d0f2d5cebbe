//! `ecd-audit events`: the catalogue, looked up or listed.

use std::io::{self, Write};

use ecd_events::{Api, Category, EcdEvent, Parameter};

use crate::cli::EventsArgs;
use crate::eprintln_escaped;
use crate::plural::count;
use crate::sigma::lint::suggestion;

use super::Status;
use super::output::to_stdout;

/// Looks up the names given, or lists events (all, or of a category or tag).
pub fn events(args: &EventsArgs) -> Status {
    let mut missing = false;
    let result = to_stdout(|out| {
        if args.names.is_empty() {
            return list(out, args);
        }
        for name in &args.names {
            missing |= !look_up(out, name)?;
        }
        Ok(())
    });
    match result {
        Err(error) => {
            eprintln_escaped!("ecd-audit: {error}");
            Status::Failed
        }
        Ok(()) if missing => Status::Found,
        Ok(()) => Status::Success,
    }
}

fn list(out: &mut dyn Write, args: &EventsArgs) -> io::Result<()> {
    if args.category.is_none() && args.tag.is_none() {
        overview(out)?;
    }
    for &category in Category::ALL {
        if args.category.is_some_and(|wanted| wanted != category) {
            continue;
        }
        let events: Vec<EcdEvent> = category
            .events()
            .filter(|event| args.tag.is_none_or(|tag| event.has_tag(tag)))
            .collect();
        if events.is_empty() {
            continue;
        }
        writeln!(
            out,
            "{category} ({}): {}",
            count(events.len(), "event", "events"),
            category.description()
        )?;
        for event in events {
            writeln!(out, "  {}", summary(event))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn overview(out: &mut dyn Write) -> io::Result<()> {
    let number = |keep: fn(&EcdEvent) -> bool| EcdEvent::ALL.iter().filter(|e| keep(e)).count();
    writeln!(
        out,
        "{} in {} ({} not documented yet)",
        count(EcdEvent::COUNT, "ECD event", "ECD events"),
        count(Category::COUNT, "category", "categories"),
        number(|event| event.description().is_none()),
    )?;
    writeln!(
        out,
        "from the published catalogue ({}, {} of them retired from the APIs) and {}:",
        count(
            number(|event| event.in_published_catalogue()),
            "event",
            "events"
        ),
        number(|event| event.is_retired()),
        count(Api::COUNT, "API", "APIs"),
    )?;
    for &api in Api::ALL {
        writeln!(
            out,
            "  {api:<20} {}: {}",
            count(api.events().len(), "event", "events"),
            api.description()
        )?;
    }
    writeln!(out)
}

/// One line: access, name, tags, description, and whether the event is retired.
fn summary(event: EcdEvent) -> String {
    let tags: Vec<&str> = event.tags().iter().map(|tag| tag.as_str()).collect();
    let tags = if tags.is_empty() {
        String::new()
    } else {
        format!(" [{}]", tags.join(", "))
    };
    let retired = if event.is_retired() { " (retired)" } else { "" };
    format!(
        "{:<5} {event}{tags}: {}{retired}",
        event.access(),
        event.description().unwrap_or("(not documented yet)")
    )
}

/// Prints what the catalogue knows of `name`, found exactly or ignoring case; `false` if it is
/// not an event in any case.
fn look_up(out: &mut dyn Write, name: &str) -> io::Result<bool> {
    match name.parse::<EcdEvent>() {
        Ok(event) => details(out, event).map(|()| true),
        Err(error) => match suggestion(name) {
            // Found: records and rules spell it one way, which the entry shows.
            Some(event) if event.as_str().eq_ignore_ascii_case(name) => {
                writeln!(
                    out,
                    "`{name}` is `{event}` (names in records and rules are case-sensitive):"
                )?;
                details(out, event).map(|()| true)
            }
            // Not an event: said on standard error, as a lookup that failed.
            Some(event) => {
                eprintln_escaped!("ecd-audit: {error}; did you mean `{event}`?");
                Ok(false)
            }
            None => {
                eprintln_escaped!(
                    "ecd-audit: {error}; records may still carry it (a scan lists such names \
                     as ECD events the catalogue does not list)"
                );
                Ok(false)
            }
        },
    }
}

fn details(out: &mut dyn Write, event: EcdEvent) -> io::Result<()> {
    let tags: Vec<&str> = event.tags().iter().map(|tag| tag.as_str()).collect();
    writeln!(out, "{event}")?;
    writeln!(
        out,
        "  description: {}",
        event.description().unwrap_or("(not documented yet)")
    )?;
    writeln!(out, "  category:    {}", event.category())?;
    writeln!(out, "  access:      {}", event.access())?;
    writeln!(
        out,
        "  tags:        {}",
        if tags.is_empty() {
            "none".to_owned()
        } else {
            tags.join(", ")
        }
    )?;
    let mut sources: Vec<&str> = Vec::new();
    if event.in_published_catalogue() {
        sources.push("the published catalogue");
    }
    sources.extend(event.apis().iter().map(|api| api.as_str()));
    writeln!(out, "  sources:     {}", sources.join(", "))?;
    if event.is_retired() {
        writeln!(out, "  retired:     no current API defines it")?;
    }
    writeln!(out, "  code:        {}", event.code())?;
    // What a rule's `parameters` can name, and what its `weakening` looks for.
    let mut label = "  parameters:";
    for parameter in event.parameters() {
        for (path, parameter) in with_members(parameter.name().to_owned(), parameter) {
            writeln!(out, "{label:<15}{path:<32} {}", about(parameter))?;
            label = "";
        }
    }
    writeln!(out)
}

/// A parameter, and each of its members (and theirs) under `Name.Member`, as rules name them.
fn with_members(path: String, parameter: &'static Parameter) -> Vec<(String, &'static Parameter)> {
    let mut all = Vec::new();
    for member in parameter.members() {
        all.extend(with_members(format!("{path}.{}", member.name()), member));
    }
    all.insert(0, (path, parameter));
    all
}

/// A parameter's kind, whether required, its valid values and those that weaken protection.
fn about(parameter: &Parameter) -> String {
    let mut about = parameter.kind().name().to_owned();
    if parameter.is_required() {
        about.push_str(", required");
    }
    if !parameter.values().is_empty() {
        about.push_str(": ");
        about.push_str(&parameter.values().join("|"));
    }
    if parameter.weakens_with_any_value() {
        about.push_str("; weakens protection when given");
    } else if !parameter.weakening_values().is_empty() {
        about.push_str("; weakens protection when ");
        about.push_str(&parameter.weakening_values().join(" or "));
    }
    about
}
