//! Any bytes, as a delivery: the reader must not panic, must end, and must count every result
//! as one record of the delivery.
#![no_main]

use ecd_events::records::{RecordErrorKind, RecordReader};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Plain content: every result but the end-of-array error consumes at least a byte. Gzip
    // content can be far longer than the input, so only a generous bound.
    let gzip = data.starts_with(&[0x1f, 0x8b]);
    let most = if gzip {
        64 * 1024 * 1024
    } else {
        data.len() + 1
    };

    let mut reader = RecordReader::new(data);
    let mut count = 0usize;
    for result in reader.by_ref() {
        if let Err(error) = &result {
            // An error's index is the record's position in the delivery, malformed ones
            // included: the position of this result.
            assert_eq!(error.index(), count as u64, "{error}");
            if !gzip {
                assert_ne!(error.kind(), RecordErrorKind::Io, "{error}");
                assert!(error.offset() <= data.len() as u64, "{error}");
            }
        }
        count += 1;
        assert!(count <= most, "more results than the input allows");
    }
    assert!(reader.next().is_none());

    // The other ways through the same input, with a small limit to reach `TooLarge`.
    RecordReader::new(data).for_each_borrowed(|_| ());
    RecordReader::new(data).for_each_lazy(|_| ());
    for _ in RecordReader::new(data).max_record_bytes(64) {}
});
