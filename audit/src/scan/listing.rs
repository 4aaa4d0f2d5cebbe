//! `--malformed`: every malformed record of a run, as JSON Lines, in input order (deliveries in
//! the inputs' order, records in theirs) whatever thread reads which delivery, without holding
//! them all in memory.
//!
//! Each delivery's lines go to a [`Spool`] of its own as it is read: in memory while short,
//! then in a temporary file. A delivery's spool is written out once every delivery before it
//! has been; until then it waits, in memory only up to [`WAITING_MEMORY`] in all (threads read
//! deliveries nearly in order, so few wait).

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Seek, Write};
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use ecd_events::records::RecordPosition;

use super::cut::shortened;
use super::{MalformedKind, REASON_LIMIT};

/// How much of a delivery's lines a spool keeps in memory before it moves them to a file.
const SPOOL_MEMORY: usize = 256 * 1024;

/// How much of the spools waiting for deliveries before them may stay in memory in all.
const WAITING_MEMORY: usize = 8 * 1024 * 1024;

/// The lines of one delivery's malformed records, in its order.
pub struct Spool {
    label: String,
    /// How each of its lines starts, up to the record's index:
    /// `{"malformed":{"delivery":"…","record":`.
    start: Vec<u8>,
    /// The last reason, and it as JSON: malformed records in a row are often alike (a million
    /// `{}` are a million "missing field `eventId`"), and escaping is most of a line's cost.
    last_reason: (String, Vec<u8>),
    lines: Lines,
    /// The first failure to spool (to a temporary file): the rest of this delivery's lines
    /// are lost, which [`Listing::finish`] reports.
    failed: Option<io::Error>,
}

enum Lines {
    Memory(Vec<u8>),
    File(BufWriter<TemporaryFile>),
}

impl Spool {
    fn new(label: &str) -> Spool {
        let mut start = br#"{"malformed":{"delivery":"#.to_vec();
        json_string(&mut start, label);
        start.extend_from_slice(br#","record":"#);
        Spool {
            label: label.to_owned(),
            start,
            last_reason: (String::new(), b"\"\"".to_vec()),
            lines: Lines::Memory(Vec::new()),
            failed: None,
        }
    }

    /// Adds a malformed record of this delivery, after those added before: where it is, what
    /// is wrong, and the reason (cut to [`REASON_LIMIT`](super::REASON_LIMIT)).
    pub fn push(&mut self, position: RecordPosition, kind: MalformedKind, reason: &str) {
        if self.failed.is_some() {
            return;
        }
        if self.last_reason.0 != reason {
            let (text, json) = &mut self.last_reason;
            text.clear();
            text.push_str(reason);
            json.clear();
            json_string(json, &shortened(reason, REASON_LIMIT));
        }
        let (kind, reason) = (kind.as_str(), &self.last_reason.1);
        let result = match &mut self.lines {
            Lines::Memory(bytes) => write_line(bytes, &self.start, position, kind, reason),
            Lines::File(file) => write_line(file, &self.start, position, kind, reason),
        };
        if let Err(error) = result.and_then(|()| self.spill_if_long()) {
            self.failed = Some(error);
        }
    }

    fn spill_if_long(&mut self) -> io::Result<()> {
        match &self.lines {
            Lines::Memory(bytes) if bytes.len() > SPOOL_MEMORY => self.spill(),
            _ => Ok(()),
        }
    }

    /// Moves the lines held in memory to a temporary file.
    fn spill(&mut self) -> io::Result<()> {
        let Lines::Memory(bytes) = &self.lines else {
            return Ok(());
        };
        let mut file = BufWriter::new(TemporaryFile::new()?);
        file.write_all(bytes)?;
        self.lines = Lines::File(file);
        Ok(())
    }

    fn memory(&self) -> usize {
        match &self.lines {
            Lines::Memory(bytes) => bytes.capacity(),
            Lines::File(_) => 0,
        }
    }

    /// Writes the lines to `out`.
    fn write_to(self, out: &mut dyn Write) -> io::Result<()> {
        if let Some(error) = self.failed {
            return Err(io::Error::new(
                error.kind(),
                format!("{}: cannot keep its malformed records: {error}", self.label),
            ));
        }
        match self.lines {
            Lines::Memory(bytes) => out.write_all(&bytes),
            Lines::File(file) => {
                let mut file = file.into_inner().map_err(|error| error.into_error())?;
                file.0.rewind()?;
                io::copy(&mut file.0, out).map(|_| ())
            }
        }
    }
}

/// One line of the listing: `start` (which names the delivery), the position, the kind and
/// the reason, already JSON.
fn write_line(
    out: &mut impl Write,
    start: &[u8],
    position: RecordPosition,
    kind: &str,
    reason: &[u8],
) -> io::Result<()> {
    out.write_all(start)?;
    write!(
        out,
        r#"{},"line":{},"byte":{},"kind":"{kind}","reason":"#,
        position.index, position.line, position.offset
    )?;
    out.write_all(reason)?;
    out.write_all(b"}}\n")
}

/// `text` as a JSON string.
fn json_string(out: &mut Vec<u8>, text: &str) {
    // Writing to a `Vec` cannot fail, nor can serializing a string. The characters that
    // would act on a terminal are written as escapes (the same string).
    let _ = crate::escape::json::to_writer(out, text);
}

/// Where the listing goes, and the spools that wait for deliveries before theirs.
pub struct Listing {
    state: Mutex<State>,
}

struct State {
    out: Box<dyn Write + Send>,
    /// The delivery whose spool is written next.
    next: usize,
    waiting: BTreeMap<usize, Spool>,
    /// What the waiting spools hold in memory.
    waiting_memory: usize,
    /// The first failure to write; nothing more is written after it.
    failed: Option<io::Error>,
}

impl Listing {
    /// A listing written to `out`.
    pub fn new(out: Box<dyn Write + Send>) -> Listing {
        Listing {
            state: Mutex::new(State {
                out,
                next: 0,
                waiting: BTreeMap::new(),
                waiting_memory: 0,
                failed: None,
            }),
        }
    }

    /// An empty spool for a delivery that the report calls `label`.
    pub fn spool(&self, label: &str) -> Spool {
        Spool::new(label)
    }

    /// The `delivery`th input has been read (or could not be): its spool is written once every
    /// delivery before it has been. Each delivery must be done exactly once.
    pub fn done(&self, delivery: usize, mut spool: Spool) {
        // A thread that panicked while holding the lock left the state whole.
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if delivery != state.next {
            if state.waiting_memory + spool.memory() > WAITING_MEMORY
                && let Err(error) = spool.spill()
            {
                spool.failed = Some(error);
            }
            state.waiting_memory += spool.memory();
            state.waiting.insert(delivery, spool);
            return;
        }
        state.write(spool);
        loop {
            let next = state.next;
            let Some(spool) = state.waiting.remove(&next) else {
                break;
            };
            state.waiting_memory -= spool.memory();
            state.write(spool);
        }
    }

    /// Flushes the listing, once every delivery is done; the first failure to keep or write
    /// it, if any. A reader that stopped reading (`| head`) is not a failure.
    pub fn finish(self) -> io::Result<()> {
        let mut state = self
            .state
            .into_inner()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if state.failed.is_none()
            && let Err(error) = state.out.flush()
        {
            state.failed = Some(error);
        }
        match state.failed {
            Some(error) if error.kind() != io::ErrorKind::BrokenPipe => Err(error),
            _ => Ok(()),
        }
    }
}

impl State {
    fn write(&mut self, spool: Spool) {
        self.next += 1;
        if self.failed.is_none()
            && let Err(error) = spool.write_to(&mut self.out)
        {
            self.failed = Some(error);
        }
    }
}

/// A file in the system's temporary directory that is gone once closed (on Unix, from the
/// moment it is made, so that nothing is left behind even if the process is killed).
///
/// By hand rather than with the `tempfile` crate: CI keeps the tool's build free of the
/// workspace's test dependencies, `tempfile` among them, and this is all the tool needs.
struct TemporaryFile(File, Option<PathBuf>);

impl TemporaryFile {
    fn new() -> io::Result<TemporaryFile> {
        static MADE: AtomicU64 = AtomicU64::new(0);
        let directory = std::env::temp_dir();
        loop {
            let name = format!(
                "ecd-audit-{}-{}.malformed.jsonl",
                std::process::id(),
                MADE.fetch_add(1, Ordering::Relaxed)
            );
            let path = directory.join(name);
            match OpenOptions::new()
                .read(true)
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(file) => {
                    // Unix keeps a file that is open after its name is removed.
                    let path = if cfg!(unix) && std::fs::remove_file(&path).is_ok() {
                        None
                    } else {
                        Some(path)
                    };
                    return Ok(TemporaryFile(file, path));
                }
                // Left by an earlier run with this process ID: try the next name.
                Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(error) => {
                    return Err(io::Error::new(
                        error.kind(),
                        format!(
                            "cannot make a temporary file in {}: {error}",
                            directory.display()
                        ),
                    ));
                }
            }
        }
    }
}

impl Write for TemporaryFile {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.write(bytes)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

impl Drop for TemporaryFile {
    fn drop(&mut self) {
        if let Some(path) = &self.1 {
            let _ = std::fs::remove_file(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    /// A `Write` whose bytes the test reads afterwards.
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// Lists a malformed record of `delivery`.
    fn push(spool: &mut Spool, delivery: usize, index: u64) {
        let position = RecordPosition {
            index,
            line: index + 1,
            offset: index * 3,
        };
        spool.push(
            position,
            MalformedKind::Data,
            &format!("reason {delivery}/{index}"),
        );
    }

    /// Deliveries done in this order, each with `lines[delivery]` malformed records; returns
    /// `(delivery, record)` of every line written, in order.
    fn listed(order: &[usize], lines: &[u64]) -> Vec<(String, u64)> {
        let out = Shared::default();
        let listing = Listing::new(Box::new(out.clone()));
        for &delivery in order {
            let mut spool = listing.spool(&format!("d{delivery}"));
            for index in 0..lines[delivery] {
                push(&mut spool, delivery, index);
            }
            listing.done(delivery, spool);
        }
        listing.finish().unwrap();
        let bytes = out.0.lock().unwrap().clone();
        String::from_utf8(bytes)
            .unwrap()
            .lines()
            .map(|line| {
                let line: serde_json::Value = serde_json::from_str(line).unwrap();
                let entry = &line["malformed"];
                assert_eq!(
                    entry["reason"].as_str().unwrap(),
                    format!(
                        "reason {}/{}",
                        &entry["delivery"].as_str().unwrap()[1..],
                        entry["record"]
                    )
                );
                (
                    entry["delivery"].as_str().unwrap().to_owned(),
                    entry["record"].as_u64().unwrap(),
                )
            })
            .collect()
    }

    #[test]
    fn each_line_is_json_whatever_the_label_and_reason_hold() {
        let out = Shared::default();
        let listing = Listing::new(Box::new(out.clone()));
        let label = "dir/\"odd\"\nname\u{1b}[0m.json";
        let mut spool = listing.spool(label);
        let position = RecordPosition {
            index: 7,
            line: 3,
            offset: 120,
        };
        for reason in [
            "a \"quoted\" \\ reason\u{7}",
            "a \"quoted\" \\ reason\u{7}",
            "another",
        ] {
            spool.push(position, MalformedKind::Syntax, reason);
        }
        listing.done(0, spool);
        listing.finish().unwrap();
        let bytes = out.0.lock().unwrap().clone();
        let lines: Vec<serde_json::Value> = String::from_utf8(bytes)
            .unwrap()
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect();
        let expected = |reason: &str| {
            serde_json::json!({"malformed": {"delivery": label, "record": 7, "line": 3,
                "byte": 120, "kind": "syntax", "reason": reason}})
        };
        assert_eq!(
            lines,
            [
                expected("a \"quoted\" \\ reason\u{7}"),
                expected("a \"quoted\" \\ reason\u{7}"),
                expected("another")
            ]
        );
    }

    #[test]
    fn spools_that_wait_hold_no_more_memory_than_the_bound() {
        // Forty deliveries of about 200 KiB of lines each, done last first: all but one wait.
        let listing = Listing::new(Box::new(Shared::default()));
        for delivery in (0..40).rev() {
            let mut spool = listing.spool("d");
            for index in 0..2000 {
                push(&mut spool, delivery, index);
            }
            assert!(spool.memory() > 128 * 1024);
            listing.done(delivery, spool);
            let state = listing.state.lock().unwrap();
            assert!(
                state.waiting_memory <= WAITING_MEMORY,
                "{}",
                state.waiting_memory
            );
        }
        assert!(listing.state.lock().unwrap().waiting.is_empty());
        listing.finish().unwrap();
    }

    #[test]
    fn deliveries_are_listed_in_their_order_whatever_order_they_are_done_in() {
        // Enough lines in delivery 2 to go to a temporary file while it waits.
        let lines = [3, 0, 20_000, 1];
        let expected: Vec<(String, u64)> = (0..4)
            .flat_map(|delivery| {
                (0..lines[delivery]).map(move |index| (format!("d{delivery}"), index))
            })
            .collect();
        for order in [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1], [1, 3, 2, 0]] {
            assert_eq!(
                listed(&order, &lines),
                expected,
                "done in the order {order:?}"
            );
        }
    }
}
