//! The skimmer on every member, cut and damage, held to serde_json's judgement.

use proptest::prelude::*;
use serde::de::IgnoredAny;
use serde_json::Value;

use super::*;

fn skim(text: &str) -> (Skimmed, Vec<(String, String)>) {
    let mut members = Vec::new();
    let skimmed = object(text, |member| {
        members.push((member.key.to_owned(), member.value.to_owned()));
        true
    });
    (skimmed, members)
}

#[test]
fn finds_every_member_and_where_the_object_ends() {
    let text =
        r#"{ "a" : "x\"y" , "b":[1,{"c":[true,false,null]}],"d":-1.5e+3,"e":{}}  {"next":1}"#;
    let (skimmed, members) = skim(text);
    assert_eq!(skimmed, Skimmed::Object(text.find("  {").unwrap()));
    assert_eq!(
        members,
        [
            ("a".into(), r#""x\"y""#.into()),
            ("b".into(), r#"[1,{"c":[true,false,null]}]"#.into()),
            ("d".into(), "-1.5e+3".into()),
            ("e".into(), "{}".into()),
        ]
    );
    assert_eq!(skim("{}").0, Skimmed::Object(2));
}

#[test]
fn every_cut_of_an_object_is_incomplete() {
    let text = r#"{"a":"x\u00e9y","b":[1,{"c":[true,false,null]}],"d":-1.5e+3,"e":{}}"#;
    for cut in 0..text.len() {
        assert_eq!(
            skim(&text[..cut]).0,
            if cut == 0 {
                Skimmed::Invalid
            } else {
                Skimmed::Incomplete
            },
            "{}",
            &text[..cut]
        );
    }
}

#[test]
fn damage_that_moves_a_record_end_is_invalid() {
    for text in [
        r#"{"a":"x
"}"#,
        r#"{"a":1,}"#,
        r#"{"a" 1}"#,
        r#"{"a":[1}"#,
        r#"{"a":{1]}"#,
        r#"{"a":01}"#,
        r#"{"a":tru}"#,
        r#"{"a":"\x"}"#,
        r#"{"a":"\u12G4"}"#,
        r#"{"a":1 "b":2}"#,
        r#"{"a":{"b" 1}}"#,
        r#"{"a":{"b":1,}}"#,
        r#"{"a":[1,,2]}"#,
        r#"{"a":[1 2]}"#,
        r#"{"a":{1:2}}"#,
        r#"{"a":[,]}"#,
        r#"{a:1}"#,
        r#"["a"]"#,
    ] {
        assert_eq!(skim(text).0, Skimmed::Invalid, "{text}");
    }
}

#[test]
fn the_first_special_byte_is_found_wherever_it_is() {
    // Each special byte, and the ordinary bytes nearest to them (0x20 just above the
    // control characters, bytes with the high bit set that a signed compare would take
    // for negative), at every position of texts long enough for each way of scanning.
    let specials = [b'"', b'\\', 0x00, 0x0A, 0x1F];
    let ordinary = [b' ', b'!', b'#', b'[', b']', 0x7F, 0x80, 0x9F, 0xC3, 0xFF];
    for &filler in &ordinary {
        for length in 0..40 {
            let mut bytes = vec![filler; length];
            for start in 0..=length {
                assert_eq!(find_special(&bytes, start), None, "{bytes:?} from {start}");
                assert_eq!(find_special_by_words(&bytes, start), None);
            }
            for place in 0..length {
                for &special in &specials {
                    bytes[place] = special;
                    for start in 0..=length {
                        let expected = (start <= place).then_some(place);
                        assert_eq!(find_special(&bytes, start), expected, "{bytes:?}");
                        assert_eq!(find_special_by_words(&bytes, start), expected);
                    }
                    bytes[place] = filler;
                }
            }
        }
    }
}

/// JSON objects nested a few levels, written compactly or with whitespace.
fn json_object() -> impl Strategy<Value = String> {
    let scalar = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e6..1e6f64).prop_map(Value::from),
        "[a-zA-Z0-9 ._\\-\"é/]{0,24}".prop_map(Value::from),
    ];
    let value = scalar.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map("[a-zA-Z\"]{0,8}", inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    });
    (
        prop::collection::btree_map("[a-zA-Z]{1,8}", value, 0..6),
        any::<bool>(),
    )
        .prop_map(|(map, pretty)| {
            let object = Value::Object(map.into_iter().collect());
            if pretty {
                serde_json::to_string_pretty(&object).unwrap()
            } else {
                serde_json::to_string(&object).unwrap()
            }
        })
}

/// The bytes that change what JSON means.
const DAMAGE: &[u8] = b"\"\\{}[]:, \n1-.eE+tnu";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    /// The skimmer says a record ends where serde_json's first value ends, that the text
    /// is cut short where serde_json reaches its end, and that it is damaged where
    /// serde_json finds an error: on objects, then damaged and cut.
    #[test]
    fn the_skimmer_judges_json_as_serde_json_does(
        text in json_object(),
        damage in prop::collection::vec((any::<prop::sample::Index>(), prop::sample::select(DAMAGE)), 0..3),
        cut in any::<prop::sample::Index>(),
        cut_it in any::<bool>(),
        tail in prop::sample::select(&["", " ", "\n{", "x", "1"][..]),
    ) {
        let mut bytes = text.into_bytes();
        for (place, byte) in damage {
            let place = place.index(bytes.len());
            bytes[place] = byte;
        }
        if cut_it {
            bytes.truncate(cut.index(bytes.len() + 1));
        } else {
            bytes.extend_from_slice(tail.as_bytes());
        }
        // Damage may split a character, where the reader puts NULs; lossy does as well.
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let mut values = serde_json::Deserializer::from_str(&text).into_iter::<IgnoredAny>();
        // The readers give the skimmer text from a record's `{` on.
        let expected = match values.next() {
            _ if !text.starts_with('{') => Skimmed::Invalid,
            Some(Ok(_)) => Skimmed::Object(values.byte_offset()),
            Some(Err(error)) if error.is_eof() => Skimmed::Incomplete,
            _ => Skimmed::Invalid,
        };
        let skimmed = object(&text, |_| true);
        // Entering every object value on the way judges the same.
        prop_assert_eq!(object_entering(&text, &mut EnterEvery), skimmed, "entering: {}", &text);
        // serde_json calls a number cut in its sign, point or exponent invalid; it is cut
        // short like any other value, and more text may complete it.
        let cut_number = matches!(text.as_bytes().last(), Some(b'-' | b'+' | b'.' | b'e' | b'E'));
        if !(cut_number && skimmed == Skimmed::Incomplete) {
            prop_assert_eq!(skimmed, expected, "{}", text);
        }
    }
}

/// Enters every object value and takes every member.
struct EnterEvery;

impl<'a> Members<'a> for EnterEvery {
    fn member(&mut self, _: Member<'a>) -> bool {
        true
    }

    fn enters(&mut self, _: &str) -> bool {
        true
    }

    fn entered(&mut self, _: Member<'a>) -> bool {
        true
    }
}

/// Records what `object_entering` hands over, in order, entering the values of `enter`.
struct Recorder {
    enter: &'static str,
    seen: Vec<String>,
}

impl<'a> Members<'a> for Recorder {
    fn member(&mut self, member: Member<'a>) -> bool {
        self.seen.push(format!("{}={}", member.key, member.value));
        true
    }

    fn enters(&mut self, key: &str) -> bool {
        key == self.enter
    }

    fn entered(&mut self, member: Member<'a>) -> bool {
        self.seen.push(format!("  {}={}", member.key, member.value));
        member.key != "stop"
    }
}

#[test]
fn an_entered_object_gives_its_members_before_itself() {
    let text = r#"{"a":{"b":1,"c":{"d":[2]}},"e":"x","f":{"g":3}} tail"#;
    let mut recorder = Recorder {
        enter: "a",
        seen: Vec::new(),
    };
    assert_eq!(
        object_entering(text, &mut recorder),
        Skimmed::Object(text.len() - " tail".len())
    );
    let expected = [
        "  b=1",
        r#"  c={"d":[2]}"#,
        r#"a={"b":1,"c":{"d":[2]}}"#,
        r#"e="x""#,
        r#"f={"g":3}"#,
    ];
    assert_eq!(recorder.seen, expected);

    // Only object values are entered; a reader that gives up inside stops the skim.
    let mut recorder = Recorder {
        enter: "a",
        seen: Vec::new(),
    };
    assert_eq!(
        object_entering(r#"{"a":[1]}"#, &mut recorder),
        Skimmed::Object(9)
    );
    assert_eq!(recorder.seen, ["a=[1]"]);
    let stops = r#"{"a":{"stop":1,"b":2},"c":3}"#;
    assert_eq!(object_entering(stops, &mut recorder), Skimmed::Invalid);
    // Cut inside the entered object, the text may still be completed.
    assert_eq!(
        object_entering(r#"{"a":{"b":"#, &mut recorder),
        Skimmed::Incomplete
    );
}

#[test]
fn plain_strings_are_borrowed_and_escaped_ones_left_to_serde() {
    let mut plain = Vec::new();
    let text = r#"{"a":"cn-hangzhou","b":"a\"b","c":12,"d":null,"e":"","f":["x"]}"#;
    object(text, |member| {
        plain.push(member.plain_string());
        true
    });
    assert_eq!(
        plain,
        [Some("cn-hangzhou"), None, None, None, Some(""), None]
    );
}
