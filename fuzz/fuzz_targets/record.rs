//! Any bytes that parse as a record: serializing the record and parsing that again gives the
//! same record.
#![no_main]

use ecd_events::records::Record;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(record) = serde_json::from_slice::<Record>(data) else {
        return;
    };
    let json = serde_json::to_string(&record).expect("a record serializes");
    let again: Record = serde_json::from_str(&json)
        .unwrap_or_else(|error| panic!("{json} does not parse back: {error}"));
    assert_eq!(again, record, "{json}");
    assert_eq!(again.clone().into_owned(), record);
});
