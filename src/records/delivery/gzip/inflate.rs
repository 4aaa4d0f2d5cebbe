//! The deflate core under the gzip decoder: miniz_oxide's (the one flate2 runs by default),
//! or zlib-rs's with the `zlib-rs` feature, which inflates about a third faster and costs
//! some four seconds more to build (benches/README.md, "Reading records").
//!
//! Both inflate into the caller's buffer at a position it gives. miniz_oxide reads
//! back-references from the buffer itself, so the caller keeps the window (the 32 KiB of
//! content before that position) there; zlib-rs keeps a window of its own, so the caller keeps
//! none ([`BUFFER_WINDOW`]).

/// What a call of [`Inflater::inflate`] came to.
#[derive(Debug)]
pub(crate) enum Inflated {
    /// The member's deflate data has ended.
    End,
    /// The buffer is full, or more input is needed.
    More,
    /// The input ended before the deflate data did.
    CutShort,
    /// The deflate data is damaged. (zlib-rs's own message for it is not kept: after damage
    /// that its fast path finds, it says "repeated call with bad state" instead, depending on
    /// the sizes of the buffers.)
    Damaged,
}

pub(crate) use core::{BUFFER_WINDOW, Inflater};

#[cfg(not(feature = "zlib-rs"))]
mod core {
    use miniz_oxide::inflate::TINFLStatus;
    use miniz_oxide::inflate::core::inflate_flags::{
        TINFL_FLAG_HAS_MORE_INPUT, TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
    };
    use miniz_oxide::inflate::core::{DecompressorOxide, decompress};

    use super::Inflated;

    /// How much of the content before it each buffer starts with: back-references read the
    /// window (as far back as they reach, 32 KiB) from the buffer.
    pub(crate) const BUFFER_WINDOW: usize = 32 * 1024;

    /// miniz_oxide's inflate core; boxed, its tables are some 11 KB.
    pub(crate) struct Inflater(Box<DecompressorOxide>);

    impl Inflater {
        pub(crate) fn new() -> Self {
            Inflater(Box::default())
        }

        /// Ready for a member's deflate data, which will be inflated after `window`: zeroed,
        /// so that a back-reference from before the member's start (damage) reads zeros, as
        /// in flate2, never the member before.
        pub(crate) fn start(&mut self, window: &mut [u8]) {
            window.fill(0);
            self.0.init();
        }

        /// Inflates `input` (empty: there is no more) into `buffer[at..]`, with the window in
        /// `buffer[..at]`; returns how much it consumed and wrote, and what it came to.
        pub(crate) fn inflate(
            &mut self,
            input: &[u8],
            buffer: &mut [u8],
            at: usize,
        ) -> (usize, usize, Inflated) {
            let more_input = if input.is_empty() {
                0
            } else {
                TINFL_FLAG_HAS_MORE_INPUT
            };
            let (status, consumed, written) = decompress(
                &mut self.0,
                input,
                buffer,
                at,
                TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF | more_input,
            );
            let inflated = match status {
                TINFLStatus::Done => Inflated::End,
                TINFLStatus::HasMoreOutput => Inflated::More,
                // The core takes all the input it is given before it asks for more: no
                // progress would mean it never will.
                TINFLStatus::NeedsMoreInput if consumed > 0 || written > 0 => Inflated::More,
                TINFLStatus::FailedCannotMakeProgress if more_input == 0 => Inflated::CutShort,
                _ => Inflated::Damaged,
            };
            (consumed, written, inflated)
        }
    }
}

#[cfg(feature = "zlib-rs")]
mod core {
    use zlib_rs::{Inflate, InflateFlush, Status};

    use super::Inflated;

    /// How much of the content before it each buffer starts with: none, zlib-rs keeps its
    /// own window.
    pub(crate) const BUFFER_WINDOW: usize = 0;

    /// zlib-rs's inflate, on raw deflate data (the gzip framing is the decoder's).
    pub(crate) struct Inflater(Inflate);

    impl Inflater {
        pub(crate) fn new() -> Self {
            Inflater(Inflate::new(false, 15))
        }

        /// Ready for a member's deflate data, with an empty window: a back-reference from
        /// before the member's start (damage) is reported. (`reset` goes back to a window of
        /// 15 bits, as `new` is given.)
        pub(crate) fn start(&mut self, _window: &mut [u8]) {
            self.0.reset(false);
        }

        /// Inflates `input` (empty: there is no more) into `buffer[at..]`; returns how much it
        /// consumed and wrote, and what it came to.
        pub(crate) fn inflate(
            &mut self,
            input: &[u8],
            buffer: &mut [u8],
            at: usize,
        ) -> (usize, usize, Inflated) {
            let (total_in, total_out) = (self.0.total_in(), self.0.total_out());
            let status = self
                .0
                .decompress(input, &mut buffer[at..], InflateFlush::NoFlush);
            // Both at most the lengths of the slices given.
            let consumed = (self.0.total_in() - total_in) as usize;
            let written = (self.0.total_out() - total_out) as usize;
            let inflated = match status {
                Ok(Status::StreamEnd) => Inflated::End,
                Ok(Status::Ok) => Inflated::More,
                // No progress: with room to write, only the end of the input stops it.
                Ok(Status::BufError) if input.is_empty() => Inflated::CutShort,
                Ok(Status::BufError) | Err(_) => Inflated::Damaged,
            };
            (consumed, written, inflated)
        }
    }
}
