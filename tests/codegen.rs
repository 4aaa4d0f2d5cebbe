//! The generator behind build.rs, tested on its own: it accepts the real catalogue, renders
//! the same code every time, finds a collision-free perfect hash, and rejects every broken
//! rule with a message naming events.toml, the line, the entry and the rule.

#[allow(dead_code, reason = "the build script uses parts these tests do not")]
#[path = "../codegen/mod.rs"]
mod codegen;

use std::path::Path;

use codegen::catalogue::{self, Access};
use codegen::inputs::{self, COMMITTED_OUTPUT, GENERATOR_INPUTS, recorded_fingerprint};
use codegen::name_hash::{Case, bucket, fingerprint, name_hash, slot};
use codegen::perfect_hash::{self, Failure};

const EVENTS_TOML: &str = include_str!("../events.toml");
const API_PARAMETERS: &str = include_str!("data/api-parameters.tsv");

/// The real parameters file, read.
fn api_parameters() -> codegen::parameters::ApiParameters {
    codegen::parameters::parse(API_PARAMETERS).unwrap_or_else(|error| panic!("{error}"))
}

/// A small valid catalogue; each test below breaks one rule in it.
const MINIMAL: &str = r#"# A comment on line 1.
[[category]]
name = "desktop"
description = "Cloud desktops."

[[category]]
name = "desktop-group"
description = "Desktop groups."

[[tag]]
name = "destructive"
description = "Destroys data."

[[tag]]
name = "permission"
description = "Changes access."

[[api]]
product = "ecd"
version = "2020-09-30"
description = "The main API."

[[api]]
product = "eds-user"
version = "2021-03-08"
description = "The user API."

[[event]]
name = "CreateDesktops"
description = "Creates one or more cloud desktops."
category = "desktop"
access = "Write"
sources = ["published", "ecd/2020-09-30"]
code = 1

[[event]]
name = "DeleteDesktops"
description = "Deletes cloud desktops."
category = "desktop"
access = "Write"
tags = ["destructive", "permission"]
sources = ["published"]
retired = true
code = 2

[[event]]
name = "DescribeDesktopGroups"
category = "desktop-group"
access = "Read"
sources = ["ecd/2020-09-30", "eds-user/2021-03-08"]
code = 3
"#;

/// Replaces the one occurrence of `from` in MINIMAL and returns every problem reported.
fn problems_after(from: &str, to: &str) -> Vec<String> {
    assert_eq!(MINIMAL.matches(from).count(), 1, "ambiguous edit `{from}`");
    let source = MINIMAL.replacen(from, to, 1);
    match codegen::generate(&source, "", 0) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.0.iter().map(ToString::to_string).collect(),
    }
}

/// Asserts that exactly one problem is reported, and that it reads `expected`.
fn assert_rejected(from: &str, to: &str, expected: &str) {
    assert_eq!(problems_after(from, to), [expected]);
}

#[test]
fn the_minimal_catalogue_is_valid() {
    let catalogue = catalogue::parse(MINIMAL).expect("valid");
    assert_eq!(catalogue.events.len(), 3);
    let delete = &catalogue.events[1];
    assert_eq!(delete.name, "DeleteDesktops");
    assert_eq!(delete.access, Access::Write);
    assert_eq!(delete.tags, [0, 1]);
    assert_eq!(delete.code, 2);
    assert_eq!(delete.line, 37);
    assert_eq!(catalogue.events[2].description, None);
    assert_eq!(catalogue.categories[1].variant(), "DesktopGroup");
    assert_eq!(catalogue.apis[1].name(), "eds-user/2021-03-08");
    assert_eq!(catalogue.apis[1].variant(), "EdsUser20210308");
    let sources: Vec<(bool, &[usize])> = catalogue
        .events
        .iter()
        .map(|event| (event.in_published, event.apis.as_slice()))
        .collect();
    assert_eq!(sources, [(true, &[0][..]), (true, &[]), (false, &[0, 1])]);
}

#[test]
fn the_real_catalogue_is_valid() {
    let catalogue = catalogue::parse_with(EVENTS_TOML, &api_parameters())
        .unwrap_or_else(|problems| panic!("{problems}"));
    assert_eq!(catalogue.events.len(), 541);
    assert_eq!(catalogue.categories.len(), 15);
    assert_eq!(catalogue.tags.len(), 7);
    assert_eq!(catalogue.apis.len(), 5);
}

#[test]
fn generation_is_deterministic() {
    let first = codegen::generate(EVENTS_TOML, API_PARAMETERS, 0).expect("valid");
    let second = codegen::generate(EVENTS_TOML, API_PARAMETERS, 0).expect("valid");
    assert_eq!(first, second);
}

#[test]
fn generated_code_is_laid_out_for_reading() {
    let code = codegen::generate(EVENTS_TOML, API_PARAMETERS, 0).expect("valid");
    assert!(code.starts_with("// @generated"));
    assert!(code.ends_with("}\n"));
    assert!(!code.contains("\n\n\n"), "no runs of blank lines");
    assert!(
        !code.lines().any(|line| line.ends_with(' ')),
        "no trailing spaces"
    );
}

#[test]
fn duplicate_names_are_rejected() {
    assert_rejected(
        "name = \"DeleteDesktops\"",
        "name = \"CreateDesktops\"",
        "events.toml:37: event `CreateDesktops`: duplicate event name",
    );
}

#[test]
fn names_differing_only_in_case_are_rejected() {
    let problems = problems_after("name = \"DeleteDesktops\"", "name = \"Createdesktops\"");
    assert_eq!(
        problems,
        [
            "events.toml:37: event `Createdesktops`: name differs only in ASCII case from \
          `CreateDesktops`"
        ]
    );
}

#[test]
fn duplicate_codes_are_rejected() {
    assert_rejected(
        "code = 2",
        "code = 1",
        "events.toml:44: event `DeleteDesktops`: duplicate code 1: event `CreateDesktops` \
         has it already",
    );
}

#[test]
fn codes_out_of_range_are_rejected() {
    for code in ["0", "65536", "-1", "0x2", "\"2\"", "2.0"] {
        assert_rejected(
            "code = 2",
            &format!("code = {code}"),
            "events.toml:44: event `DeleteDesktops`: `code` must be a decimal integer in \
             1..=65535",
        );
    }
}

#[test]
fn names_that_are_not_identifiers_are_rejected() {
    for name in [
        "Delete-Desktops",
        "deleteDesktops",
        "9Desktops",
        "Delete Desktops",
        "Self",
    ] {
        let problems = problems_after("name = \"DeleteDesktops\"", &format!("name = \"{name}\""));
        assert!(
            problems.iter().any(|problem| problem
                == &format!(
                    "events.toml:37: event `{name}`: name must be a Rust identifier of ASCII \
                     letters and digits starting with an uppercase letter"
                )),
            "{name}: {problems:?}"
        );
    }
}

#[test]
fn unknown_categories_are_rejected() {
    assert_rejected(
        "category = \"desktop-group\"",
        "category = \"desktops\"",
        "events.toml:48: event `DescribeDesktopGroups`: unknown category `desktops`: declare \
         it as [[category]] or use one of: desktop, desktop-group",
    );
}

#[test]
fn unknown_access_is_rejected() {
    assert_rejected(
        "access = \"Read\"",
        "access = \"read\"",
        "events.toml:49: event `DescribeDesktopGroups`: unknown access `read`: expected \
         \"Read\" or \"Write\"",
    );
}

#[test]
fn unknown_tags_are_rejected() {
    assert_rejected(
        "tags = [\"destructive\", \"permission\"]",
        "tags = [\"destructive\", \"secret\"]",
        "events.toml:41: event `DeleteDesktops`: unknown tag `secret`: declare it as [[tag]] \
         or use one of: destructive, permission",
    );
}

#[test]
fn unsorted_tags_are_rejected() {
    assert_rejected(
        "tags = [\"destructive\", \"permission\"]",
        "tags = [\"permission\", \"destructive\"]",
        "events.toml:41: event `DeleteDesktops`: tags must be sorted by name",
    );
}

#[test]
fn a_destructive_read_is_rejected() {
    assert_rejected(
        "access = \"Read\"",
        "access = \"Read\"\ntags = [\"destructive\"]",
        "events.toml:50: event `DescribeDesktopGroups`: a Read event cannot be tagged \
         \"destructive\"",
    );
}

#[test]
fn unsorted_entries_are_rejected() {
    let problems = problems_after("name = \"CreateDesktops\"", "name = \"ZapDesktops\"");
    assert_eq!(
        problems,
        [
            "events.toml:37: event `DeleteDesktops`: entries must be sorted by name: this one \
          comes after `ZapDesktops`"
        ]
    );
}

#[test]
fn empty_descriptions_are_rejected() {
    assert_rejected(
        "description = \"Deletes cloud desktops.\"",
        "description = \"  \"",
        "events.toml:38: event `DeleteDesktops`: `description` is empty: omit the field \
         instead",
    );
}

#[test]
fn misspelled_fields_are_rejected() {
    assert_rejected(
        "description = \"Deletes cloud desktops.\"",
        "descripton = \"Deletes cloud desktops.\"",
        "events.toml:38: event `DeleteDesktops`: unknown field `descripton`: expected one of \
         name, description, published, category, access, tags, sources, retired, code, weakening",
    );
}

#[test]
fn a_correction_needs_both_texts_and_a_difference() {
    assert_rejected(
        "description = \"Deletes cloud desktops.\"",
        "published = \"Deletes cloud desktops.\"",
        "events.toml:38: event `DeleteDesktops`: `published` keeps the source text that \
         `description` corrects, so it needs a `description`",
    );
    assert_rejected(
        "description = \"Deletes cloud desktops.\"",
        "description = \"Deletes cloud desktops.\"\npublished = \"Deletes cloud desktops.\"",
        "events.toml:39: event `DeleteDesktops`: `published` equals `description`: drop it, \
         nothing is corrected",
    );
}

#[test]
fn sources_name_the_published_page_or_a_declared_api() {
    assert_rejected(
        "sources = [\"published\", \"ecd/2020-09-30\"]",
        "sources = [\"published\", \"ecd/2020-10-02\"]",
        "events.toml:33: event `CreateDesktops`: unknown source `ecd/2020-10-02`: expected one \
         of \"published\", \"ecd/2020-09-30\", \"eds-user/2021-03-08\"",
    );
    // Every bad source is named, whatever comes before it.
    let problems = problems_after(
        "sources = [\"published\", \"ecd/2020-09-30\"]",
        "sources = [\"publishd\", 5]",
    );
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].contains("unknown source `publishd`"),
        "{problems:?}"
    );
    assert!(
        problems[1].ends_with("every source must be a string"),
        "{problems:?}"
    );
    assert_rejected(
        "sources = [\"published\", \"ecd/2020-09-30\"]",
        "sources = []",
        "events.toml:33: event `CreateDesktops`: `sources` must be a non-empty array of: \
         \"published\", \"ecd/2020-09-30\", \"eds-user/2021-03-08\"",
    );
    assert_rejected(
        "sources = [\"published\", \"ecd/2020-09-30\"]\n",
        "",
        "events.toml:28: event `CreateDesktops`: missing `sources`",
    );
}

#[test]
fn sources_are_listed_once_each_in_declared_order() {
    for sources in [
        "[\"ecd/2020-09-30\", \"published\"]",
        "[\"published\", \"ecd/2020-09-30\", \"ecd/2020-09-30\"]",
    ] {
        assert_rejected(
            "sources = [\"published\", \"ecd/2020-09-30\"]",
            &format!("sources = {sources}"),
            "events.toml:33: event `CreateDesktops`: `sources` must list each source once, \
             \"published\" first, then APIs in the order [[api]] declares them",
        );
    }
}

#[test]
fn an_event_no_api_defines_is_marked_retired_and_only_then() {
    assert_rejected(
        "retired = true\n",
        "",
        "events.toml:42: event `DeleteDesktops`: no API in `sources`: mark the event \
         `retired = true`, or name the API that defines it",
    );
    assert_rejected(
        "sources = [\"published\", \"ecd/2020-09-30\"]",
        "sources = [\"published\", \"ecd/2020-09-30\"]\nretired = true",
        "events.toml:34: event `CreateDesktops`: `retired = true`, but `sources` names an API \
         that defines the event",
    );
    assert_rejected(
        "retired = true",
        "retired = false",
        "events.toml:43: event `DeleteDesktops`: `retired` can only be `true`: omit it for an \
         event an API defines",
    );
}

#[test]
fn a_correction_is_of_the_published_catalogue() {
    assert_rejected(
        "access = \"Read\"",
        "access = \"Read\"\ndescription = \"Queries desktop groups.\"\npublished = \"Queries.\"",
        "events.toml:51: event `DescribeDesktopGroups`: `published` corrects the published \
         catalogue's text, but `sources` does not list \"published\"",
    );
}

#[test]
fn apis_are_declared_by_product_and_dated_version() {
    let problems = problems_after("version = \"2021-03-08\"", "version = \"2021-3-8\"");
    assert_eq!(
        problems[0],
        "events.toml:25: api `eds-user/2021-3-8`: version must be a date, YYYY-MM-DD"
    );
    let problems = problems_after("product = \"eds-user\"", "product = \"EdsUser\"");
    assert_eq!(
        problems[0],
        "events.toml:24: api `EdsUser/2021-03-08`: product must be kebab-case: lowercase ASCII \
         words joined by `-`"
    );
    let problems = problems_after(
        "product = \"eds-user\"\nversion = \"2021-03-08\"",
        "product = \"ecd\"\nversion = \"2020-09-30\"",
    );
    assert!(
        problems.contains(
            &"events.toml:23: api `ecd/2020-09-30`: duplicate api: line 18 declares it already"
                .to_owned()
        ),
        "{problems:?}"
    );
}

#[test]
fn invalid_toml_is_reported_with_its_line() {
    let problems = problems_after("code = 2", "code = = 2");
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("events.toml:44: not valid TOML"),
        "{problems:?}"
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let source = MINIMAL.replacen("code = 2", "code = 1", 1).replacen(
        "access = \"Read\"",
        "access = \"read\"",
        1,
    );
    let problems = codegen::generate(&source, "", 0).unwrap_err().0;
    let lines: Vec<usize> = problems.iter().map(|problem| problem.line).collect();
    assert_eq!(lines, [44, 49]);
}

#[test]
fn the_perfect_hash_puts_every_name_in_its_own_slot() {
    let catalogue = catalogue::parse_with(EVENTS_TOML, &api_parameters()).expect("valid");
    let names: Vec<&str> = catalogue.events.iter().map(|e| e.name.as_str()).collect();
    for case in [Case::Sensitive, Case::Insensitive] {
        let hash = perfect_hash::build(&names, case).expect("a perfect hash exists");
        assert_eq!(hash.pilots.len(), 1 << hash.bucket_bits);
        assert_eq!(hash.slots.len(), 1 << hash.slot_bits);
        for (index, name) in names.iter().enumerate() {
            let mut spellings = vec![name.to_string()];
            if case == Case::Insensitive {
                spellings.extend([name.to_ascii_lowercase(), name.to_ascii_uppercase()]);
            }
            for spelling in spellings {
                let h = name_hash(spelling.as_bytes(), hash.seed, case);
                let s = slot(h, hash.pilots[bucket(h, hash.bucket_bits)], hash.slot_bits);
                assert_eq!(hash.slots[s], Some(index), "{spelling}");
                assert_eq!(hash.fingerprints[s], fingerprint(h), "{spelling}");
            }
        }
        assert_eq!(hash.slots.iter().flatten().count(), names.len());
        // 4.5 KiB for 541 names: both tables together take a third of a 32 KiB L1 cache.
        let bytes = hash.pilots.len() + 4 * hash.slots.len();
        assert!(bytes <= 6 * 1024, "a table stays within a few KiB: {bytes}");
    }
}

#[test]
fn the_perfect_hash_is_deterministic() {
    let names = ["CreateDesktops", "DeleteDesktops", "Renew", "Release"];
    for case in [Case::Sensitive, Case::Insensitive] {
        assert_eq!(
            perfect_hash::build(&names, case),
            perfect_hash::build(&names, case)
        );
    }
}

#[test]
fn the_perfect_hash_handles_large_and_tiny_name_sets() {
    let many: Vec<String> = (0..5000)
        .map(|i| format!("Event{i:04}Name{i:04}"))
        .collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    for case in [Case::Sensitive, Case::Insensitive] {
        assert!(perfect_hash::build(&many, case).is_ok());
        assert!(perfect_hash::build(&["A"], case).is_ok());
        assert!(perfect_hash::build(&["Ab", "abc", "X"], case).is_ok());
    }
}

#[test]
fn names_the_hash_cannot_tell_apart_stop_the_build() {
    // Same length and the same first 16 and last 8 bytes: the hash reads no more.
    let alpha_omega = "DescribeSameWordAlphaXyzOmegaXyzDesktops";
    let omega_alpha = "DescribeSameWordOmegaXyzAlphaXyzDesktops";
    assert_eq!(
        perfect_hash::build(&[alpha_omega, omega_alpha], Case::Sensitive),
        Err(Failure::Indistinguishable(
            alpha_omega.to_owned(),
            omega_alpha.to_owned()
        ))
    );
    assert!(matches!(
        perfect_hash::build(&["RunCommand", "runcommand"], Case::Insensitive),
        Err(Failure::Indistinguishable(..))
    ));
    let source = MINIMAL
        .replacen("name = \"CreateDesktops\"", "name = \"ADesktops\"", 1)
        .replacen(
            "name = \"DeleteDesktops\"",
            &format!("name = \"{alpha_omega}\""),
            1,
        )
        .replacen(
            "name = \"DescribeDesktopGroups\"",
            &format!("name = \"{omega_alpha}\""),
            1,
        );
    let problems = codegen::generate(&source, "", 0).unwrap_err().0;
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].line, 47);
    assert!(
        problems[0]
            .message
            .contains(&format!("cannot tell `{alpha_omega}` from `{omega_alpha}`")),
        "{}",
        problems[0]
    );
}

#[test]
fn names_differing_in_the_words_the_hash_reads_hash_apart() {
    let names = [
        "DescribeAlphaDesktops",
        "DescribeOmegaDesktops",
        "DescribeAlphaXyzMiddleOmegaXyzDesktops",
        "DescribeAlphaXyzMiddleOmegaXyzDesktopz",
    ];
    assert!(perfect_hash::build(&names, Case::Sensitive).is_ok());
    assert!(perfect_hash::build(&["RunCommand", "runcommand"], Case::Sensitive).is_ok());
}

#[test]
fn the_fingerprint_covers_every_generator_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for input in GENERATOR_INPUTS {
        assert!(root.join(input).is_file(), "{input} exists");
    }
    for entry in std::fs::read_dir(root.join("codegen")).unwrap() {
        let path = format!("codegen/{}", entry.unwrap().file_name().to_string_lossy());
        assert!(
            GENERATOR_INPUTS.contains(&path.as_str()),
            "{path} is listed"
        );
    }
}

#[test]
fn the_fingerprint_is_read_back_from_the_header() {
    let code = codegen::generate(MINIMAL, "", 0x0123_4567_89ab_cdef).expect("valid");
    assert_eq!(recorded_fingerprint(&code), Some(0x0123_4567_89ab_cdef));
    assert_eq!(recorded_fingerprint("// no header"), None);
}

/// The committed output is what the generator makes of the current inputs. With
/// `REGENERATE=1` in the environment, this test writes it instead of comparing.
#[test]
fn the_committed_code_is_generated_from_the_current_inputs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fingerprint = inputs::fingerprint(root).expect("the inputs are readable");
    let fresh = codegen::generate(EVENTS_TOML, API_PARAMETERS, fingerprint)
        .unwrap_or_else(|problems| panic!("events.toml breaks its rules:\n{problems}"));
    let committed_path = root.join(COMMITTED_OUTPUT);
    if std::env::var_os("REGENERATE").is_some() {
        std::fs::write(&committed_path, &fresh).expect("writable");
    }
    let committed = std::fs::read_to_string(&committed_path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{COMMITTED_OUTPUT} is stale: run `REGENERATE=1 cargo test --features regenerate --test codegen`"
    );
}
