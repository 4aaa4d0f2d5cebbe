//! Shows the catalogue.
//!
//! `cargo run --example catalogue` prints every event, grouped by category.
//! `cargo run --example catalogue -- NAME...` looks each name up and prints what the catalogue
//! knows about it (exact match first, then ignoring ASCII case). Unknown names are reported,
//! not treated as failures: the example always exits successfully.

use std::fmt::Write as _;
use std::io::Write as _;

use ecd_events::{Api, Category, EcdEvent};

fn main() {
    let names: Vec<String> = std::env::args().skip(1).collect();
    let mut out = String::new();
    if names.is_empty() {
        print_catalogue(&mut out);
    }
    for name in &names {
        look_up(&mut out, name);
    }
    // A reader that stops early (`| head`) is not an error.
    if let Err(error) = std::io::stdout().lock().write_all(out.as_bytes())
        && error.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("catalogue: cannot write to standard output: {error}");
        std::process::exit(1);
    }
}

fn print_catalogue(out: &mut String) {
    let count = |keep: fn(&EcdEvent) -> bool| EcdEvent::ALL.iter().filter(|e| keep(e)).count();
    let _ = writeln!(
        out,
        "{} ECD events in {} categories ({} not documented yet)",
        EcdEvent::COUNT,
        Category::COUNT,
        count(|event| event.description().is_none()),
    );
    let _ = writeln!(
        out,
        "from the published catalogue ({} events, {} of them retired from the APIs) and {} APIs:",
        count(|event| event.in_published_catalogue()),
        count(|event| event.is_retired()),
        Api::COUNT,
    );
    for &api in Api::ALL {
        let _ = writeln!(
            out,
            "  {api:<20} {} events: {}",
            api.events().len(),
            api.description()
        );
    }
    let _ = writeln!(out);
    for &category in Category::ALL {
        let _ = writeln!(
            out,
            "{} ({} events): {}",
            category,
            category.events().len(),
            category.description()
        );
        for event in category.events() {
            let _ = writeln!(out, "  {}", summary(event));
        }
        let _ = writeln!(out);
    }
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
        "{:<5} {}{tags}: {}{retired}",
        event.access(),
        event,
        event.description().unwrap_or("(not documented yet)")
    )
}

/// Prints what the catalogue knows of `name`.
fn look_up(out: &mut String, name: &str) {
    match name.parse::<EcdEvent>() {
        Ok(event) => print_details(out, event),
        Err(error) => match EcdEvent::from_name_ignore_ascii_case(name) {
            Some(event) => {
                let _ = writeln!(
                    out,
                    "{error}; names are case-sensitive, and `{event}` is one:"
                );
                print_details(out, event);
            }
            None => {
                let _ = writeln!(out, "{error}\n");
            }
        },
    }
}

fn print_details(out: &mut String, event: EcdEvent) {
    let tags: Vec<&str> = event.tags().iter().map(|tag| tag.as_str()).collect();
    let _ = writeln!(out, "{event}");
    let _ = writeln!(
        out,
        "  description: {}",
        event.description().unwrap_or("(not documented yet)")
    );
    let _ = writeln!(out, "  category:    {}", event.category());
    let _ = writeln!(out, "  access:      {}", event.access());
    let _ = writeln!(
        out,
        "  tags:        {}",
        if tags.is_empty() {
            "none".to_owned()
        } else {
            tags.join(", ")
        }
    );
    let mut sources: Vec<&str> = Vec::new();
    if event.in_published_catalogue() {
        sources.push("the published catalogue");
    }
    sources.extend(event.apis().iter().map(|api| api.as_str()));
    let _ = writeln!(out, "  sources:     {}", sources.join(", "));
    if event.is_retired() {
        let _ = writeln!(out, "  retired:     no current API defines it");
    }
    let _ = writeln!(out, "  code:        {}\n", event.code());
}
