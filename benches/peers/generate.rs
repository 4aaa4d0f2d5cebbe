//! The `bench_peers` test target: keeps the committed peers of `benches/lookup.rs` in step
//! with the catalogue.
//!
//! `cargo test --test bench_peers` fails when `benches/peers/phf_map.rs` or
//! `benches/peers/match_lookup.rs` differs from what `EcdEvent::ALL` generates now.
//! `REGENERATE_BENCH_PEERS=1 cargo test --test bench_peers` rewrites them instead.

mod codegen;

use std::path::PathBuf;

fn peers_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/peers")
}

#[test]
fn committed_peers_match_the_catalogue() {
    let dir = peers_dir();
    if std::env::var_os("REGENERATE_BENCH_PEERS").is_some() {
        for peer in &codegen::PEER_FILES {
            let path = dir.join(peer.file_name);
            std::fs::write(&path, (peer.generate)())
                .unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
        }
    }
    codegen::assert_committed_peers_are_current(&dir);
}
