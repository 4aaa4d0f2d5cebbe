//! Whole gzip objects in memory, inflated by each inflater on one core, in interleaved rounds
//! (medians): miniz_oxide, zlib-rs, libdeflate, zune-inflate, ISA-L, and libdeflate with the
//! checks the library adds (its own CRC-32 of the content and the trailer search). With
//! `shapes`, also objects of 30 kB to 30 MB of the archive's JSON at gzip levels 1, 6 and 9.
//! See Cargo.toml for how to run it.
use std::io::{Read, Write};
use std::time::Instant;

fn isize_of(gz: &[u8]) -> usize {
    u32::from_le_bytes(gz[gz.len() - 4..].try_into().unwrap()) as usize
}

/// Header length for flate2's/gzip's plain headers (no flags), checked.
fn header_len(gz: &[u8]) -> usize {
    assert_eq!(&gz[..3], &[0x1f, 0x8b, 8]);
    assert_eq!(gz[3], 0, "flags");
    10
}

fn miniz(gz: &[u8], out: &mut Vec<u8>) -> usize {
    use miniz_oxide::inflate::core::{DecompressorOxide, decompress, inflate_flags::*};
    let n = isize_of(gz);
    out.clear();
    out.resize(n, 0);
    let mut d = Box::<DecompressorOxide>::default();
    let body = &gz[header_len(gz)..gz.len() - 8];
    let (_s, _c, w) = decompress(
        &mut d,
        body,
        out,
        0,
        TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
    );
    let crc = crc32fast::hash(&out[..w]);
    assert_eq!(crc.to_le_bytes(), gz[gz.len() - 8..gz.len() - 4]);
    w
}

fn zlibrs(gz: &[u8], out: &mut Vec<u8>) -> usize {
    let n = isize_of(gz);
    out.clear();
    out.resize(n, 0);
    let mut inf = zlib_rs::Inflate::new(false, 15);
    let body = &gz[header_len(gz)..gz.len() - 8];
    let st = inf.decompress(body, out, zlib_rs::InflateFlush::Finish);
    assert!(matches!(st, Ok(zlib_rs::Status::StreamEnd)), "{st:?}");
    let w = inf.total_out() as usize;
    let crc = crc32fast::hash(&out[..w]);
    assert_eq!(crc.to_le_bytes(), gz[gz.len() - 8..gz.len() - 4]);
    w
}

fn libdeflate(d: &mut libdeflater::Decompressor, gz: &[u8], out: &mut Vec<u8>) -> usize {
    let n = isize_of(gz);
    out.clear();
    out.resize(n, 0);
    d.gzip_decompress(gz, out).unwrap()
}

fn libdeflate_checked(d: &mut libdeflater::Decompressor, gz: &[u8], out: &mut Vec<u8>) -> usize {
    let n = libdeflate(d, gz, out);
    let t = &gz[gz.len() - 8..];
    assert_eq!(crc32fast::hash(&out[..n]).to_le_bytes(), t[..4]);
    assert_eq!(memchr::memmem::find(&gz[10..], t).unwrap() + 18, gz.len());
    n
}

fn zune(gz: &[u8]) -> usize {
    let n = isize_of(gz);
    let o = zune_inflate::DeflateOptions::default()
        .set_size_hint(n)
        .set_confirm_checksum(true)
        .set_limit(n);
    zune_inflate::DeflateDecoder::new_with_options(gz, o)
        .decode_gzip()
        .unwrap()
        .len()
}

fn isal(gz: &[u8], out: &mut Vec<u8>) -> usize {
    let n = isize_of(gz);
    out.clear();
    out.resize(n, 0);
    isal::decompress_into(gz, out, isal::Codec::Gzip).unwrap()
}

fn gzip(data: &[u8], level: u32) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn time_set(name: &str, objects: &[Vec<u8>], rounds: usize) {
    let engines = [
        "miniz_oxide",
        "zlib-rs",
        "libdeflate",
        "zune-inflate",
        "isa-l",
        "libdeflate+crc32fast+memmem",
    ];
    let mut times = vec![Vec::new(); engines.len()];
    let mut out = Vec::new();
    let mut d = libdeflater::Decompressor::new();
    let total: usize = objects.iter().map(|o| isize_of(o)).sum();
    let compressed: usize = objects.iter().map(|o| o.len()).sum();
    for round in 0..rounds {
        for k in 0..engines.len() {
            let e = (round + k) % engines.len();
            let start = Instant::now();
            let mut sum = 0;
            for gz in objects {
                sum += match e {
                    0 => miniz(gz, &mut out),
                    1 => zlibrs(gz, &mut out),
                    2 => libdeflate(&mut d, gz, &mut out),
                    3 => zune(gz),
                    4 => isal(gz, &mut out),
                    _ => libdeflate_checked(&mut d, gz, &mut out),
                };
            }
            assert_eq!(sum, total, "{}", engines[e]);
            times[e].push(start.elapsed().as_secs_f64());
        }
    }
    print!(
        "{name}: {} objects, {:.1} MB -> {:.1} MB |",
        objects.len(),
        compressed as f64 / 1e6,
        total as f64 / 1e6
    );
    let med = |v: &mut Vec<f64>| {
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        v[v.len() / 2]
    };
    let base = med(&mut times[2].clone());
    for (e, t) in times.iter_mut().enumerate() {
        let m = med(t);
        print!(
            " {} {:.1} ms ({:.0} MB/s, {:.2}x)",
            engines[e],
            m * 1e3,
            total as f64 / m / 1e6,
            m / base
        );
        print!(" |");
    }
    println!();
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = &args[1];
    let rounds: usize = args.get(2).map_or(5, |r| r.parse().unwrap());
    let mut paths: Vec<_> = walk(std::path::Path::new(dir));
    paths.sort();
    let objects: Vec<Vec<u8>> = paths
        .iter()
        .map(|p| {
            let mut v = Vec::new();
            std::fs::File::open(p).unwrap().read_to_end(&mut v).unwrap();
            v
        })
        .collect();
    if let Some(only) = args.get(3).filter(|a| a.starts_with("only=")) {
        let e = only[5..].parse::<usize>().unwrap();
        let mut out = Vec::new();
        let mut d = libdeflater::Decompressor::new();
        let mut sum = 0;
        for gz in &objects {
            sum += match e {
                0 => miniz(gz, &mut out),
                1 => zlibrs(gz, &mut out),
                2 => libdeflate(&mut d, gz, &mut out),
                3 => zune(gz),
                _ => isal(gz, &mut out),
            };
        }
        println!("{sum}");
        return;
    }
    time_set(&format!("archive {dir}"), &objects, rounds);
    if args.get(3).map(String::as_str) == Some("shapes") {
        let mut json = Vec::new();
        for o in objects.iter().take(120) {
            let mut out = Vec::new();
            libdeflate(&mut libdeflater::Decompressor::new(), o, &mut out);
            json.extend_from_slice(&out);
        }
        for size in [30_000usize, 300_000, 3_000_000, 30_000_000] {
            for level in [1, 6, 9] {
                let mut set = Vec::new();
                let mut total = 0;
                let mut at = 0;
                // ~30 MB of content per set, objects of `size`
                while total < 30_000_000 {
                    let end = (at + size).min(json.len());
                    set.push(gzip(&json[at..end], level));
                    total += end - at;
                    at = if end == json.len() { 0 } else { end };
                }
                time_set(&format!("{size} B objects, level {level}"), &set, rounds);
            }
        }
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            v.extend(walk(&p));
        } else if p.extension().is_some_and(|x| x == "gz") {
            v.push(p);
        }
    }
    v
}
