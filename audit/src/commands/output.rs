//! Standard output as a command-line tool should treat it.

use std::io::{self, BufWriter, Write};

/// Runs `write` on a buffered standard output. A reader that stopped reading (`| head`) is
/// not an error; any other failure to write is, and is said on standard error.
pub fn to_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<(), String> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(error) => Err(format!("cannot write to standard output: {error}")),
    }
}
