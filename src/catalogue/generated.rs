//! The code generated from `events.toml` by `codegen/`.
//!
//! Normally the committed copy in `src/catalogue/generated/catalogue.rs`; with the `regenerate` feature,
//! the build script's fresh output (the same text when the committed copy is current).

#[cfg(not(ecd_events_regenerated))]
include!("generated/catalogue.rs");

#[cfg(ecd_events_regenerated)]
include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
