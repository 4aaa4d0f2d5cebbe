//! What goes wrong with a bucket.

use std::fmt;

/// A bucket that cannot be reached, listed or configured; the message names its URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    message: String,
}

impl Error {
    /// An error about `url`.
    pub(crate) fn new(url: impl fmt::Display, what: impl fmt::Display) -> Error {
        Error {
            message: format!("{url}: {what}"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
