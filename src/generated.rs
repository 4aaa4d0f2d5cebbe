//! The code `build.rs` generates from `events.toml` (see `codegen/`).
//!
//! To read it, open `target/<profile>/build/ecd-events-*/out/catalogue.rs`.

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
