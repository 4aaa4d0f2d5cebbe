//! `ecd-audit scan` on input an attacker may have written: gzip bombs of every shape, deep
//! nesting, records at the reader's limit and past it, millions of tiny records, pipes, times
//! that are not times, bytes that are not UTF-8. Each case runs the tool as a child under GNU
//! time (`/usr/bin/time -f %M`, which CI has) and asserts its exit status, its message and its
//! peak memory, with a deadline, so that a hang fails the test instead of holding CI.
//!
//! The tool is the test build (unoptimized), so the inputs are sized for it: large enough that
//! holding them, or anything per record, breaks the bound many times over, small enough that
//! the suite takes some thirty seconds on two cores.
#![cfg(unix)]

use std::fs::File;
use std::io::Write;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// Peak memory, in MB, of a scan of records of ordinary size, whatever their number or how
/// far the input inflates: the process, two reading threads' buffers, and what the report
/// keeps of a small input. Before the bounds, a million `{}` took 226 MB.
const SMALL_RECORDS_MB: f64 = 40.0;

/// What the process takes before it reads anything, as the bounds count it ("the process"
/// in docs/audit.md's table).
const IDLE_MB: f64 = 10.0;

/// What this build of the tool takes idle beyond [`IDLE_MB`], which the bounds allow for:
/// nothing for the default build (some 8 MB idle), but a build with the `sql` feature links
/// DataFusion, and its unoptimized binary (440 MB) takes some 29 MB before it reads
/// anything (its relocations and the tables they fill). The bounds are on what a scan adds.
fn linked_engine_mb() -> f64 {
    static IDLE: std::sync::OnceLock<f64> = std::sync::OnceLock::new();
    *IDLE.get_or_init(|| {
        let directory = tempfile::tempdir().unwrap();
        let peak = directory.path().join("peak");
        let status = Command::new("/usr/bin/time")
            .args(["-f", "%M", "-o"])
            .arg(&peak)
            .arg(env!("CARGO_BIN_EXE_ecd-audit"))
            .args(["events", "RunCommand"])
            .stdout(Stdio::null())
            .status()
            .expect("GNU time at /usr/bin/time runs ecd-audit");
        assert!(status.success());
        let text = std::fs::read_to_string(&peak).unwrap();
        let idle_kb: f64 = text
            .lines()
            .last()
            .and_then(|line| line.trim().parse().ok())
            .unwrap();
        (idle_kb / 1000.0 - IDLE_MB).max(0.0)
    })
}

/// The reader's limit on a record (`RecordReader::max_record_bytes`' default).
const LIMIT: usize = 16 * 1024 * 1024;

/// How long a case may run before it counts as a hang.
const DEADLINE: Duration = Duration::from_secs(240);

/// What a run of the tool gave.
struct Run {
    status: Option<i32>,
    stdout: String,
    stderr: String,
    /// Peak resident memory, MB.
    peak_mb: f64,
}

/// What writes the tool's standard input, on a thread of the test, as the tool reads it.
type Writer = Box<dyn FnOnce(&mut dyn Write) + Send>;

/// What the tool reads on standard input.
enum Input {
    Nothing,
    /// Bytes written as the tool reads them, then closed.
    Written(Writer),
}

/// Runs `ecd-audit scan ARGS`, with two reading threads unless ARGS say, and waits for it at
/// most `deadline`.
fn scan(args: &[&str], input: Input, deadline: Duration) -> Run {
    let directory = tempfile::tempdir().unwrap();
    let peak = directory.path().join("peak");
    let stdout = directory.path().join("stdout");
    let stderr = directory.path().join("stderr");
    let mut command = Command::new("/usr/bin/time");
    command
        .args(["-f", "%M", "-o"])
        .arg(&peak)
        .arg(env!("CARGO_BIN_EXE_ecd-audit"))
        .arg("scan")
        .args(args)
        .stdout(File::create(&stdout).unwrap())
        .stderr(File::create(&stderr).unwrap())
        // A group of its own, so that a hang can be ended, the tool with GNU time.
        .process_group(0);
    if !args.contains(&"--threads") {
        command.args(["--threads", "2"]);
    }
    let writer = match input {
        Input::Nothing => {
            command.stdin(Stdio::null());
            None
        }
        Input::Written(write) => {
            command.stdin(Stdio::piped());
            Some(write)
        }
    };
    let mut child = command
        .spawn()
        .expect("GNU time at /usr/bin/time runs ecd-audit");
    let feeding = writer.map(|write| {
        let mut stdin = child.stdin.take().unwrap();
        std::thread::spawn(move || write(&mut stdin))
    });
    let started = Instant::now();
    let status = wait(&mut child, deadline, args);
    let took = started.elapsed();
    if let Some(feeding) = feeding {
        feeding.join().unwrap();
    }
    let read = |path: &Path| {
        let bytes = std::fs::read(path).unwrap();
        String::from_utf8(bytes).expect("UTF-8 output")
    };
    let peak_text = read(&peak);
    let peak_kb: f64 = peak_text
        .lines()
        .last()
        .and_then(|line| line.trim().parse().ok())
        .unwrap_or_else(|| panic!("GNU time's %M: {peak_text:?}"));
    // Shown with --nocapture: what each case costs (the tool's own messages go through
    // eprintln_escaped!, which clippy.toml enforces; this is the test's).
    let _ = writeln!(
        std::io::stderr(),
        "scan {args:?}: peak {:.1} MB in {:.1} s",
        peak_kb / 1000.0,
        took.as_secs_f64()
    );
    Run {
        status,
        stdout: read(&stdout),
        stderr: read(&stderr),
        peak_mb: peak_kb / 1000.0,
    }
}

/// The child's exit status; a child still running at the deadline is ended, and the test
/// fails.
fn wait(child: &mut Child, deadline: Duration, args: &[&str]) -> Option<i32> {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            // GNU time exits with its command's status.
            return status.code();
        }
        if start.elapsed() > deadline {
            let group = format!("-{}", child.id());
            let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
            let _ = child.wait();
            panic!("scan {args:?} did not finish in {deadline:?}: it hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

impl Run {
    fn assert_status(&self, expected: i32) -> &Self {
        assert_eq!(
            self.status,
            Some(expected),
            "stderr:\n{}\nstdout:\n{}",
            self.stderr,
            cut(&self.stdout)
        );
        self
    }

    fn assert_peak_below(&self, mb: f64) -> &Self {
        let mb = mb + linked_engine_mb();
        assert!(
            self.peak_mb < mb,
            "peak memory {:.1} MB, over the bound of {mb:.1} MB",
            self.peak_mb
        );
        self
    }

    fn assert_stdout_has(&self, expected: &str) -> &Self {
        assert!(
            self.stdout.contains(expected),
            "the report lacks {expected:?}:\n{}",
            cut(&self.stdout)
        );
        self
    }

    fn assert_stderr_has(&self, expected: &str) -> &Self {
        assert!(
            self.stderr.contains(expected),
            "standard error lacks {expected:?}:\n{}",
            self.stderr
        );
        self
    }

    /// The lines of `--format json`: findings, listed malformed records, and the summary.
    fn json_lines(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .map(|line| serde_json::from_str(line).expect("every line is JSON"))
            .collect()
    }
}

/// The start of a long report, for a failure's message.
fn cut(text: &str) -> &str {
    let mut end = text.len().min(4000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn path(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temporary path")
}

/// A record of ECD's that no default rule fires on.
fn record(id: &str) -> String {
    format!(
        r#"{{"eventId":"{id}","eventName":"DescribeDesktops","eventTime":"2025-03-04T09:41:52Z","serviceName":"Ecd","eventRW":"Read"}}"#
    )
}

// ---------------------------------------------------------------------------------------------
// gzip made quickly: deflate blocks repeated
// ---------------------------------------------------------------------------------------------

/// Deflate blocks that inflate to `content`, end on a byte and refer to nothing before them (a
/// full flush): copies of them one after another inflate to copies of `content`, so that a
/// bomb of gigabytes is made by compressing a megabyte once.
fn deflate_blocks(content: &[u8]) -> Vec<u8> {
    let mut compress = flate2::Compress::new(flate2::Compression::best(), false);
    let mut out = Vec::with_capacity(content.len() / 2 + 64);
    compress
        .compress_vec(content, &mut out, flate2::FlushCompress::Full)
        .unwrap();
    assert_eq!(compress.total_in(), content.len() as u64, "all compressed");
    out
}

/// A gzip member's header: no name, no time.
const GZIP_HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];

/// The final, empty block of a deflate stream (fixed Huffman codes, end of block at once).
const LAST_BLOCK: [u8; 2] = [0x03, 0x00];

/// A whole gzip member of `parts`, each `(content, copies)`, one after another.
fn gzip_member(parts: &[(&[u8], usize)]) -> Vec<u8> {
    let mut member = GZIP_HEADER.to_vec();
    let mut crc = flate2::Crc::new();
    for &(content, copies) in parts {
        let blocks = deflate_blocks(content);
        for _ in 0..copies {
            member.extend_from_slice(&blocks);
            crc.update(content);
        }
    }
    member.extend_from_slice(&LAST_BLOCK);
    member.extend_from_slice(&crc.sum().to_le_bytes());
    member.extend_from_slice(&crc.amount().to_le_bytes());
    member
}

fn write(directory: &Path, name: &str, content: &[u8]) -> PathBuf {
    let file = directory.join(name);
    std::fs::write(&file, content).unwrap();
    file
}

// ---------------------------------------------------------------------------------------------
// gzip bombs
// ---------------------------------------------------------------------------------------------

/// 64 MiB of whitespace between two records, from 64 KB of gzip: the content streams
/// through; none of it is held.
#[test]
fn a_gzip_member_that_inflates_a_thousandfold_is_read_in_bounded_memory() {
    let directory = tempfile::tempdir().unwrap();
    let spaces = vec![b' '; 1 << 20];
    let first = format!("{}\n", record("B-1"));
    let last = format!("{}\n", record("B-2"));
    let member = gzip_member(&[(first.as_bytes(), 1), (&spaces, 64), (last.as_bytes(), 1)]);
    assert!(member.len() < 100_000, "{} bytes", member.len());
    let bomb = write(directory.path(), "bomb.json.gz", &member);
    scan(&[path(&bomb)], Input::Nothing, DEADLINE)
        .assert_status(0)
        .assert_stdout_has("Read 2 records from 1 delivery (67.1 MB of JSON); 0 malformed")
        .assert_peak_below(SMALL_RECORDS_MB);
}

/// Two thousand members of one record each: the decoder's state is made again for each, and
/// nothing of it stays.
#[test]
fn many_gzip_members_are_read_in_bounded_memory() {
    let directory = tempfile::tempdir().unwrap();
    let mut members = Vec::new();
    for index in 0..2000 {
        let line = format!("{}\n", record(&format!("M-{index}")));
        members.extend(gzip_member(&[(line.as_bytes(), 1)]));
    }
    let file = write(directory.path(), "members.json.gz", &members);
    scan(&[path(&file)], Input::Nothing, DEADLINE)
        .assert_status(0)
        .assert_stdout_has("Read 2000 records from 1 delivery")
        .assert_peak_below(SMALL_RECORDS_MB);
}

/// A member streamed on standard input that inflates for as long as it is fed (here 64 MiB),
/// then stops without its end: read as it comes, and reported as cut short.
#[test]
fn a_gzip_member_that_never_ends_is_read_as_it_comes_and_reported_cut_short() {
    let run = scan(
        &["-"],
        Input::Written(Box::new(|stdin| {
            let first = format!("{}\n", record("F-1"));
            let spaces = deflate_blocks(&vec![b' '; 1 << 20]);
            let _ = stdin.write_all(&GZIP_HEADER);
            let _ = stdin.write_all(&deflate_blocks(first.as_bytes()));
            for _ in 0..64 {
                if stdin.write_all(&spaces).is_err() {
                    break;
                }
            }
        })),
        DEADLINE,
    );
    run.assert_status(2)
        .assert_stderr_has("ecd-audit: -: record 1 at line 2 (byte ")
        .assert_stderr_has("the gzip content is cut short: it ends inside a member")
        .assert_stdout_has("Read 1 record from 1 delivery")
        .assert_peak_below(SMALL_RECORDS_MB);
}

/// Bytes after a member that are not another: the records before them are audited, and the
/// delivery is named as one that could not be read to its end.
#[test]
fn junk_after_a_gzip_member_is_named_and_what_came_before_it_audited() {
    let directory = tempfile::tempdir().unwrap();
    let line = format!("{}\n", record("J-1"));
    let mut content = gzip_member(&[(line.as_bytes(), 1)]);
    let end_of_member = content.len();
    content.extend_from_slice(&b"this is not gzip ".repeat(1000));
    let file = write(directory.path(), "junk.json.gz", &content);
    scan(&[path(&file)], Input::Nothing, DEADLINE)
        .assert_status(2)
        .assert_stderr_has(&format!(
            "junk.json.gz: record 1 at line 2 (byte {}): the bytes after a gzip member do not \
             start another (found by compressed byte {})",
            line.len(),
            // The decoder counts the bytes it has read: the junk's first is one more.
            end_of_member + 1
        ))
        .assert_stdout_has("Read 1 record from 1 delivery")
        .assert_peak_below(SMALL_RECORDS_MB);
}

/// A gzip header whose file name runs for 8 MiB: skipped as it streams, not held.
#[test]
fn a_gzip_header_with_a_name_of_megabytes_is_skipped_in_bounded_memory() {
    let directory = tempfile::tempdir().unwrap();
    let line = format!("{}\n", record("N-1"));
    let plain = gzip_member(&[(line.as_bytes(), 1)]);
    // The same member with the FNAME flag and a name before the deflate stream.
    let mut named = GZIP_HEADER.to_vec();
    named[3] = 0b0000_1000;
    named.extend(std::iter::repeat_n(b'n', 8 << 20));
    named.push(0);
    named.extend_from_slice(&plain[GZIP_HEADER.len()..]);
    let file = write(directory.path(), "named.json.gz", &named);
    scan(&[path(&file)], Input::Nothing, DEADLINE)
        .assert_status(0)
        .assert_stdout_has("Read 1 record from 1 delivery")
        .assert_peak_below(SMALL_RECORDS_MB);
}

// ---------------------------------------------------------------------------------------------
// Nesting, and records at the reader's limit
// ---------------------------------------------------------------------------------------------

/// A million arrays one inside another, in a record's parameters and where records should
/// be: no stack is deep enough to follow them by recursion, and none is used.
#[test]
fn deep_nesting_neither_overflows_the_stack_nor_costs_the_records_after_it() {
    let directory = tempfile::tempdir().unwrap();
    let depth = 1_000_000;
    let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let deep_record = format!(
        r#"{{"eventId":"D-1","eventName":"DescribeDesktops","eventTime":"2025-03-04T09:41:52Z","serviceName":"Ecd","requestParameters":{{"Ids":{nested}}}}}"#
    );
    let delivery = format!(
        "{deep_record}\n{}\n{}\n{}\n",
        "[".repeat(depth),
        record("D-2"),
        record("D-3")
    );
    let file = write(directory.path(), "deep.jsonl", delivery.as_bytes());
    let run = scan(&[path(&file)], Input::Nothing, DEADLINE);
    run.assert_status(0)
        .assert_stdout_has("Read 3 records from 1 delivery")
        .assert_stdout_has("deep.jsonl: record 1 at line 2 (byte ")
        .assert_stdout_has("expected a JSON object (a record)")
        .assert_peak_below(SMALL_RECORDS_MB);
}

/// A record of exactly the reader's limit is read; one a byte longer is reported as too large
/// and skipped. Two deliveries of them read at once hold a record each (and a read's worth
/// past it): the bound is the threads × the limit, over what any scan takes.
#[test]
fn records_at_the_limit_are_read_and_one_byte_over_reported_in_memory_of_threads_x_limit() {
    let directory = tempfile::tempdir().unwrap();
    let sized = |id: &str, length: usize| {
        let start = format!(
            r#"{{"eventId":"{id}","eventName":"DescribeDesktops","eventTime":"2025-03-04T09:41:52Z","serviceName":"Ecd","userAgent":""#
        );
        let padding = length - start.len() - 2;
        let mut record = start.into_bytes();
        record.resize(record.len() + padding, b'a');
        record.extend_from_slice(b"\"}");
        assert_eq!(record.len(), length);
        record
    };
    let mut files = Vec::new();
    for delivery in ["first", "second"] {
        let content = [
            sized(&format!("{delivery}-at"), LIMIT),
            b"\n".to_vec(),
            sized(&format!("{delivery}-over"), LIMIT + 1),
            b"\n".to_vec(),
        ]
        .concat();
        files.push(write(
            directory.path(),
            &format!("{delivery}.jsonl"),
            &content,
        ));
    }
    let run = scan(
        &[path(&files[0]), path(&files[1])],
        Input::Nothing,
        DEADLINE,
    );
    let limit_mb = LIMIT as f64 / 1e6;
    run.assert_status(0)
        .assert_stdout_has("Read 2 records from 2 deliveries")
        .assert_stdout_has(&format!(
            "first.jsonl: record 1 at line 2 (byte {}): the record is longer than the limit of \
             {LIMIT} bytes",
            LIMIT + 1
        ))
        .assert_stdout_has("second.jsonl: record 1 at line 2")
        .assert_peak_below(SMALL_RECORDS_MB + 2.0 * limit_mb);
}

/// Thirty failed requests, each with its own account, region, user, event name and error code
/// of half a megabyte: the counts by each keep a value cut to 256 bytes, marked with its
/// length, not 75 MB of them (as they did before the cut).
#[test]
fn long_values_are_counted_under_a_cut_key_marked_with_their_length() {
    let directory = tempfile::tempdir().unwrap();
    let long = vec![b'a'; 512 * 1024];
    let mut member = Vec::new();
    let mut crc = flate2::Crc::new();
    let long_blocks = deflate_blocks(&long);
    let mut add = |content: &[u8], blocks: Option<&[u8]>| {
        match blocks {
            Some(blocks) => member.extend_from_slice(blocks),
            None => member.extend(deflate_blocks(content)),
        }
        crc.update(content);
    };
    for index in 0..30 {
        // Every field ends in the same half megabyte, after a part of its own.
        let fields = [
            format!(
                r#"{{"eventId":"K-{index}","eventTime":"2025-03-04T09:41:52Z","serviceName":"Ecd","eventName":"Describe{index:03}"#
            ),
            format!(r#"","errorCode":"Internal{index:03}"#),
            format!(r#"","acsRegion":"cn-{index:03}"#),
            format!(r#"","userIdentity":{{"type":"ram-user","accountId":"{index:03}"#),
            format!(r#"","userName":"user{index:03}"#),
        ];
        for field in &fields {
            add(field.as_bytes(), None);
            add(&long, Some(&long_blocks));
        }
        add(b"\"}}\n", None);
    }
    let mut content = GZIP_HEADER.to_vec();
    content.extend(member);
    content.extend_from_slice(&LAST_BLOCK);
    content.extend_from_slice(&crc.sum().to_le_bytes());
    content.extend_from_slice(&crc.amount().to_le_bytes());
    let file = write(directory.path(), "long.json.gz", &content);
    let run = scan(&[path(&file)], Input::Nothing, DEADLINE);
    // "Describe000" and 245 `a`s make the first 256 bytes.
    let cut = |start: &str| {
        format!(
            "{start}{}...[cut from {} bytes]",
            "a".repeat(256 - start.len()),
            start.len() + long.len()
        )
    };
    run.assert_status(0)
        .assert_stdout_has("Read 30 records from 1 delivery")
        .assert_stdout_has(&format!("Accounts: {} 1,", cut("000")))
        .assert_stdout_has(&format!("Regions: {} 1,", cut("cn-000")))
        .assert_stdout_has(&format!(
            "       1  {} by {}: {} 1",
            cut("Describe000"),
            cut("user000"),
            cut("Internal000")
        ))
        .assert_peak_below(SMALL_RECORDS_MB);
}

// ---------------------------------------------------------------------------------------------
// Millions of records, and listing every malformed one
// ---------------------------------------------------------------------------------------------

/// The issue's input, a JSON array of `{}` in a `.gz` a few kilobytes long, with a million of
/// them (twenty million take minutes in an unoptimized build; the memory does not depend on
/// the number, which is the point). Nothing per record is held: the report keeps 20, and
/// `--malformed` lists all million, in order, through a file.
#[test]
fn a_million_malformed_records_are_counted_and_listed_in_bounded_memory() {
    let directory = tempfile::tempdir().unwrap();
    let count = 1_000_000;
    let chunk = "{},".repeat(1000);
    let last = format!("{}{{}}]", "{},".repeat(999));
    let member = gzip_member(&[
        (b"[", 1),
        (chunk.as_bytes(), count / 1000 - 1),
        (last.as_bytes(), 1),
    ]);
    let file = write(directory.path(), "empty.json.gz", &member);
    let listing = directory.path().join("malformed.jsonl");
    let run = scan(
        &[path(&file), "--malformed", path(&listing)],
        Input::Nothing,
        DEADLINE,
    );
    run.assert_status(2)
        .assert_stderr_has(&format!(
            "empty.json.gz: not one ActionTrail record in it ({count} malformed; see the report)"
        ))
        .assert_stdout_has(&format!("Malformed records: {count}\n"))
        .assert_stdout_has(
            "empty.json.gz: record 0 at line 1 (byte 1): missing field `eventId` (line 1 \
             column 2 of the record)",
        )
        .assert_stdout_has(&format!(
            "  ... and {} more (all of them in {})",
            count - 20,
            path(&listing)
        ))
        .assert_peak_below(SMALL_RECORDS_MB);
    // Every one, in order: record N at byte 1 + 3N. (Compared as text, the fields in the
    // order --help gives them: parsing a million lines would take most of the test's time.)
    let delivery = serde_json::to_string(path(&file)).unwrap();
    let listed = std::io::BufReader::new(File::open(&listing).unwrap());
    let mut lines = 0u64;
    for (index, line) in std::io::BufRead::lines(listed).enumerate() {
        let line = line.unwrap();
        let expected = format!(
            r#"{{"malformed":{{"delivery":{delivery},"record":{index},"line":1,"byte":{},"kind":"data","reason":"missing field `eventId` (line 1 column 2 of the record)"}}}}"#,
            1 + 3 * index
        );
        assert!(line == expected, "line {index} of the listing: {line}");
        lines += 1;
    }
    assert_eq!(lines, count as u64);
}

/// The listing has every malformed record of every delivery, deliveries in the report's order
/// and records in theirs, the same for any number of threads; on standard output it comes
/// before the findings of a JSON report.
#[test]
fn the_listing_is_in_input_order_and_the_same_for_any_number_of_threads() {
    let directory = tempfile::tempdir().unwrap();
    let mut expected = Vec::new();
    for delivery in 0..12 {
        let name = format!("d{delivery:02}.jsonl");
        let mut lines = Vec::new();
        for index in 0..(delivery * 50 + 1) {
            if index % 3 == 1 {
                lines.push(format!("damaged {index}"));
                let file = directory.path().join(&name);
                expected.push((path(&file).to_owned(), index as u64, index as u64 + 1));
            } else {
                lines.push(record(&format!("L-{delivery}-{index}")));
            }
        }
        write(directory.path(), &name, lines.join("\n").as_bytes());
    }
    let listed = |threads: &str| {
        let run = scan(
            &[
                path(directory.path()),
                "--threads",
                threads,
                "--format",
                "json",
                "--malformed",
                "-",
            ],
            Input::Nothing,
            DEADLINE,
        );
        run.assert_status(0);
        let lines = run.json_lines();
        assert!(lines.last().unwrap().get("summary").is_some());
        lines
            .iter()
            .filter_map(|line| line.get("malformed"))
            .map(|entry| {
                (
                    entry["delivery"].as_str().unwrap().to_owned(),
                    entry["record"].as_u64().unwrap(),
                    entry["line"].as_u64().unwrap(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(listed("1"), expected);
    assert_eq!(listed("4"), expected);
}

#[test]
fn the_listing_goes_to_standard_output_only_beside_json_and_never_into_an_input() {
    let run = scan(&["--malformed", "-"], Input::Nothing, DEADLINE);
    run.assert_status(2)
        .assert_stderr_has("--malformed - writes to standard output, where the report goes");
    assert_eq!(run.stdout, "");
    let directory = tempfile::tempdir().unwrap();
    let input = write(directory.path(), "records.jsonl", record("I-1").as_bytes());
    scan(
        &[path(&input), "--malformed", path(&input)],
        Input::Nothing,
        DEADLINE,
    )
    .assert_status(2)
    .assert_stderr_has("it is one of the inputs");
    assert_eq!(std::fs::read(&input).unwrap(), record("I-1").as_bytes());
}

// ---------------------------------------------------------------------------------------------
// Pipes
// ---------------------------------------------------------------------------------------------

fn make_fifo(at: &Path) {
    let status = Command::new("mkfifo").arg(at).status().unwrap();
    assert!(status.success(), "mkfifo {}", at.display());
}

/// A named pipe in a directory is named, counted and never opened (opening it waits for a
/// writer, forever); the rest of the directory is audited.
#[test]
fn a_pipe_inside_a_directory_is_named_counted_and_not_opened() {
    let directory = tempfile::tempdir().unwrap();
    write(directory.path(), "records.jsonl", record("P-1").as_bytes());
    let pipe = directory.path().join("pipe.json");
    make_fifo(&pipe);
    scan(
        &[path(directory.path())],
        Input::Nothing,
        Duration::from_secs(60),
    )
    .assert_status(0)
    .assert_stderr_has(&format!(
        "ecd-audit: note: {}: a named pipe, not read (only regular files are read from \
             directories)",
        path(&pipe)
    ))
    .assert_stdout_has("Read 1 record from 1 delivery")
    .assert_stdout_has(
        "1 file in the directories walked is not a regular file (a pipe, socket or device) \
             and was not read.",
    );
}

/// A pipe named on the command line is what the user asked to read: a stream, read as it is
/// written, as standard input is; so is `/dev/stdin`.
#[test]
fn a_pipe_named_on_the_command_line_is_read_as_a_stream() {
    let directory = tempfile::tempdir().unwrap();
    let pipe = directory.path().join("named.pipe");
    make_fifo(&pipe);
    let writer = {
        let pipe = pipe.clone();
        std::thread::spawn(move || {
            // Opening waits for the tool to open the pipe to read.
            let mut pipe = std::fs::OpenOptions::new().write(true).open(pipe).unwrap();
            for index in 0..3 {
                writeln!(pipe, "{}", record(&format!("S-{index}"))).unwrap();
                std::thread::sleep(Duration::from_millis(50));
            }
        })
    };
    scan(&[path(&pipe)], Input::Nothing, Duration::from_secs(60))
        .assert_status(0)
        .assert_stdout_has("Read 3 records from 1 delivery");
    writer.join().unwrap();
    scan(
        &["/dev/stdin"],
        Input::Written(Box::new(|stdin| {
            let _ = writeln!(stdin, "{}\n{}", record("T-1"), record("T-2"));
        })),
        Duration::from_secs(60),
    )
    .assert_status(0)
    .assert_stdout_has("Read 2 records from 1 delivery");
}

// ---------------------------------------------------------------------------------------------
// Times
// ---------------------------------------------------------------------------------------------

fn run_command(id: &str, time: &str) -> String {
    format!(
        r#"{{"eventId":"{id}","eventName":"RunCommand","eventTime":"{time}","serviceName":"Ecd","userIdentity":{{"type":"ram-user","userName":"mallory","accountId":"1"}}}}"#
    )
}

/// `"eventTime": "str"` is counted, listed with its place and audited by the rules that need
/// no time, and neither placed in --since/--until nor counted outside them; a `+08:00` time is
/// given in UTC.
#[test]
fn a_time_that_is_not_a_time_is_reported_and_never_taken_for_one() {
    let directory = tempfile::tempdir().unwrap();
    let delivery = [
        run_command("T-str", "str"),
        run_command("T-offset", "2025-03-04T09:41:52+08:00"),
        run_command("T-before", "2025-03-03T23:59:59Z"),
    ]
    .join("\n");
    let file = write(directory.path(), "times.jsonl", delivery.as_bytes());
    let run = scan(
        &[
            path(&file),
            "--since",
            "2025-03-04",
            "--until",
            "2025-03-05",
            "--format",
            "json",
            "--malformed",
            "-",
        ],
        Input::Nothing,
        DEADLINE,
    );
    run.assert_status(0);
    let lines = run.json_lines();
    let listed: Vec<&Value> = lines
        .iter()
        .filter_map(|line| line.get("malformed"))
        .collect();
    assert_eq!(listed.len(), 1, "{lines:?}");
    assert_eq!(listed[0]["kind"], "event_time");
    assert_eq!(
        (listed[0]["record"].as_u64(), listed[0]["line"].as_u64()),
        (Some(0), Some(1))
    );
    assert!(
        listed[0]["reason"]
            .as_str()
            .unwrap()
            .starts_with("eventTime `str` is not an RFC 3339 time"),
        "{}",
        listed[0]
    );
    let findings: Vec<(&str, &Value)> = lines
        .iter()
        .filter(|line| line.get("rule").is_some())
        .map(|line| (line["event_id"].as_str().unwrap(), &line["event_time"]))
        .collect();
    assert_eq!(
        findings,
        [
            ("T-str", &Value::Null),
            ("T-offset", &Value::from("2025-03-04T01:41:52Z")),
        ]
    );
    let summary = &lines.last().unwrap()["summary"];
    assert_eq!(summary["untimed"], 1);
    assert_eq!(summary["outside_selection"], 1, "only T-before: {summary}");
    assert_eq!(summary["first_event_time"], "2025-03-04T01:41:52Z");

    let text = scan(&[path(&file)], Input::Nothing, DEADLINE);
    text.assert_status(0)
        .assert_stdout_has(
            "1 record has no valid eventTime: audited by the rules that need no time",
        )
        .assert_stdout_has("Records without a valid eventTime: 1")
        .assert_stdout_has(
            "times.jsonl: record 0 at line 1 (byte 0): eventTime `str` is not an RFC 3339 time",
        )
        .assert_stdout_has("(no valid eventTime)  RunCommand  mallory");
}

/// A record without a time is no part of a burst, however many records of its identity are
/// near: a window needs times.
#[test]
fn a_record_without_a_time_makes_no_burst() {
    let directory = tempfile::tempdir().unwrap();
    let rules = write(
        directory.path(),
        "rules.yml",
        b"title: commands\nname: commands\nid: 0b7f6f2e-1c1d-4e0c-9d7e-3a9c2f1e5b11\n\
          logsource:\n    product: alibaba_cloud\n    service: actiontrail\n\
          detection:\n    selection:\n        eventName: RunCommand\n    condition: selection\n\
          ---\n\
          title: commands-burst\nid: 0b7f6f2e-1c1d-4e0c-9d7e-3a9c2f1e5b12\ncorrelation:\n\
          \x20   type: event_count\n    rules: [commands]\n    group-by: [ecd.identity]\n\
          \x20   timespan: 1h\n    condition:\n        gte: 2\nlevel: high\n",
    );
    let timed = [
        run_command("B-1", "2025-03-04T09:00:00Z"),
        run_command("B-2", "not a time"),
    ];
    let file = write(directory.path(), "burst.jsonl", timed.join("\n").as_bytes());
    scan(
        &[path(&file), "--rules", path(&rules)],
        Input::Nothing,
        DEADLINE,
    )
    .assert_status(0)
    .assert_stdout_has("Findings: 0 of 2 rules fired");
    // Two timed records of it are a burst: the rule does fire on what it should.
    let both = [timed[0].clone(), run_command("B-3", "2025-03-04T09:10:00Z")];
    let file = write(directory.path(), "burst.jsonl", both.join("\n").as_bytes());
    scan(
        &[path(&file), "--rules", path(&rules)],
        Input::Nothing,
        DEADLINE,
    )
    .assert_status(0)
    .assert_stdout_has("Findings: 1 of 2 rules fired");
}

// ---------------------------------------------------------------------------------------------
// Bytes that are not UTF-8
// ---------------------------------------------------------------------------------------------

#[test]
fn a_byte_that_is_not_utf8_is_reported_as_invalid_utf8_with_its_place() {
    let directory = tempfile::tempdir().unwrap();
    let damaged = record("U-2");
    let at = damaged.find("DescribeDesktops").unwrap();
    let mut bytes = damaged.into_bytes();
    bytes[at] = 0xFF;
    let first = record("U-1");
    let content = [
        first.as_bytes(),
        b"\n",
        &bytes,
        b"\n",
        record("U-3").as_bytes(),
    ]
    .concat();
    let file = write(directory.path(), "utf8.jsonl", &content);
    let start = first.len() + 1;
    scan(&[path(&file)], Input::Nothing, DEADLINE)
        .assert_status(0)
        .assert_stdout_has("Read 2 records from 1 delivery")
        .assert_stdout_has(&format!(
            "utf8.jsonl: record 1 at line 2 (byte {start}): invalid UTF-8: byte 0xFF at byte {} \
             (line 1 column {} of the record)",
            start + at,
            at + 1
        ));
}
