//! Shows the catalogue.
//!
//! `cargo run --example catalogue` prints every event, grouped by category.
//! `cargo run --example catalogue -- NAME...` looks each name up and prints what the catalogue
//! knows about it (exact match first, then ignoring ASCII case). Unknown names are reported,
//! not treated as failures: the example always exits successfully.

use ecd_events::{Category, EcdEvent};

fn main() {
    let names: Vec<String> = std::env::args().skip(1).collect();
    if names.is_empty() {
        print_catalogue();
    }
    for name in &names {
        look_up(name);
    }
}

fn print_catalogue() {
    println!(
        "{} ECD events in {} categories ({} not documented yet)\n",
        EcdEvent::COUNT,
        Category::COUNT,
        EcdEvent::ALL
            .iter()
            .filter(|event| event.description().is_none())
            .count()
    );
    for &category in Category::ALL {
        println!(
            "{} ({} events): {}",
            category,
            category.events().len(),
            category.description()
        );
        for event in category.events() {
            println!("  {}", summary(event));
        }
        println!();
    }
}

/// One line: access, name, tags, description.
fn summary(event: EcdEvent) -> String {
    let tags: Vec<&str> = event.tags().iter().map(|tag| tag.as_str()).collect();
    let tags = if tags.is_empty() {
        String::new()
    } else {
        format!(" [{}]", tags.join(", "))
    };
    format!(
        "{:<5} {}{tags}: {}",
        event.access(),
        event,
        event.description().unwrap_or("(not documented yet)")
    )
}

/// Prints what the catalogue knows of `name`.
fn look_up(name: &str) {
    match name.parse::<EcdEvent>() {
        Ok(event) => print_details(event),
        Err(error) => match EcdEvent::from_name_ignore_ascii_case(name) {
            Some(event) => {
                println!("{error}; names are case-sensitive, and `{event}` is one:");
                print_details(event);
            }
            None => println!("{error}\n"),
        },
    }
}

fn print_details(event: EcdEvent) {
    let tags: Vec<&str> = event.tags().iter().map(|tag| tag.as_str()).collect();
    println!("{event}");
    println!(
        "  description: {}",
        event.description().unwrap_or("(not documented yet)")
    );
    println!("  category:    {}", event.category());
    println!("  access:      {}", event.access());
    println!(
        "  tags:        {}",
        if tags.is_empty() {
            "none".to_owned()
        } else {
            tags.join(", ")
        }
    );
    println!("  code:        {}\n", event.code());
}
