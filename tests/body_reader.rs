//! `user_properties::BodyReader`: a body read from a stream, in pieces of any size, is
//! accepted or rejected exactly as `BulkOutcome::from_json_with` decides on the whole body,
//! with the same entries and the same error; faults and recovery beyond that.

use crate::support::Trickle;
use contactkit::user_properties::{
    BodyError, BodyEvent, BodyReader, BulkOutcome, FaultKind, Options,
};

/// The stream agrees with `BulkOutcome::from_json_with` on `body`, read in pieces of several
/// sizes.
#[track_caller]
fn same(body: &[u8], options: &Options) {
    let whole = BulkOutcome::from_json_with(body, options);
    for step in [1, 2, 3, 7, 64, 1 << 20] {
        let streamed = BulkOutcome::from_reader(Trickle { bytes: body, step }, options);
        let agree = match (&whole, &streamed) {
            (Ok(a), Ok(b)) => a == b,
            (Err(a), Err(BodyError::Invalid { error: b, .. })) => a == b,
            _ => false,
        };
        assert!(
            agree,
            "{:?} in steps of {step}:\n whole    {whole:?}\n streamed {streamed:?}",
            String::from_utf8_lossy(body)
        );
    }
}

const ANN: &str = r#"{"firstName":"Ann","lastName":"Lee","email":"ann@example.com"}"#;
const BAD: &str = r#"{"firstName":"Bob","emial":"x"}"#;
const ODD: &str = r#"{"firstName":"],}[{\"","lastName":"\\","tags":["a,b","]"]}"#;

fn bodies() -> Vec<String> {
    let mut bodies: Vec<String> = [
        // Key order, __proto__, unknown keys, duplicates.
        format!(r#"{{"userProperties":[{ANN},{BAD}]}}"#),
        format!(r#"{{"x":1,"userProperties":[{ANN}]}}"#),
        format!(r#"{{"userProperties":[{ANN}],"x":1}}"#),
        format!(r#"{{"__proto__":{{"userProperties":[]}},"userProperties":[{ANN}]}}"#),
        format!(r#"{{"userProperties":[{ANN}],"__proto__":[1,{{"a":[2]}}]}}"#),
        r#"{"__proto__":{"userProperties":[]}}"#.to_owned(),
        format!(r#"{{"userProperties":[{ANN}],"userProperties":[{BAD},{ODD}]}}"#),
        format!(r#"{{"userProperties":[{ANN}],"userProperties":{{}}}}"#),
        format!(r#"{{"userProperties":7,"userProperties":[{ANN}]}}"#),
        format!(r#"{{"b":1,"10":2,"2":3,"userProperties":[{ANN}],"a":4}}"#),
        format!(r#"{{"user\u0050roperties":[{ANN}],"\u0078":1}}"#),
        r#"{"userProperties":{}}"#.to_owned(),
        r#"{"users":[]}"#.to_owned(),
        "{}".to_owned(),
        // White space, nesting, strings with brackets and escapes.
        format!("\n\t {{ \"userProperties\" :\r\n [ {ANN} ,\n\n {ODD} ] }} \n"),
        format!(r#"{{"userProperties":[{ODD},[{ANN}],"s",7,null,true,{{}},[]]}}"#),
        r#"{"userProperties":[]}"#.to_owned(),
        r#"{"userProperties":[ ]}"#.to_owned(),
        // Not a body.
        "[]".to_owned(),
        format!("[{ANN}]"),
        "7".to_owned(),
        "\"x\"".to_owned(),
        "".to_owned(),
        "   ".to_owned(),
        "\u{feff}{\"userProperties\":[]}".to_owned(),
        // Broken JSON in every place.
        format!(r#"{{"userProperties":[{ANN},]}}"#),
        format!(r#"{{"userProperties":[{ANN},,{ANN}]}}"#),
        format!(r#"{{"userProperties":[,{ANN}]}}"#),
        format!(r#"{{"userProperties":[{ANN}}}]}}"#),
        format!(r#"{{"userProperties":[{{"a":1,}},{ANN}]}}"#),
        format!(r#"{{"userProperties":[{ANN}] "x":1}}"#),
        format!(r#"{{"userProperties":[{ANN}],}}"#),
        format!(r#"{{"userProperties":[{ANN}]}} x"#),
        format!(r#"{{"userProperties":[{ANN}]}}{{}}"#),
        format!(r#"{{"userProperties":[{ANN}],"x":tru}}"#),
        format!(r#"{{"userProperties":[{ANN}],"x":"\u12"}}"#),
        format!(r#"{{"userProperties" [{ANN}]}}"#),
        format!(r#"{{userProperties:[{ANN}]}}"#),
        format!(r#"{{"userProperties":[{ANN}]"#),
        format!(r#"{{"userProperties":[{ANN},"#),
        format!(r#"{{"userProperties":[{ANN},{{"firstName":"#),
        format!(r#"{{"userProperties":[{ANN},{{"firstName":"Dan"#),
        r#"{"userProperties":["#.to_owned(),
        r#"{"userProperties""#.to_owned(),
        r#"{"userPro"#.to_owned(),
        "{".to_owned(),
        "[1,2".to_owned(),
        "[1 2]".to_owned(),
        format!(r#"{{"userProperties":[{ANN}, 1.]}}"#),
        format!(r#"{{"userProperties":[{ANN}, -]}}"#),
        format!(r#"{{"userProperties":[{ANN}, 01]}}"#),
        format!(r#"{{"userProperties":[{ANN}, "\ud800"]}}"#),
        format!("{{\"userProperties\":[{ANN}, \"a\u{1}\"]}}"),
        format!("{{\"userProperties\":[{ANN}, [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}"),
    ]
    .into();
    // Invalid UTF-8 before and after a syntax error, and a cut sequence at the end.
    bodies.push(format!("{{\"userProperties\":[{ANN}, x], \"\u{e9}\": 1}}"));
    bodies.push(format!("{{\"userProperties\":[{ANN}, {ODD}]}}\n"));
    bodies
}

fn utf8_bodies() -> Vec<Vec<u8>> {
    vec![
        b"{\"userProperties\":[x, \"\xff\"]}".to_vec(),
        b"{\"userProperties\":[\"\xff\", x]}".to_vec(),
        b"{\"userProperties\":[]}\xc3".to_vec(),
        b"{\"userProperties\":[\"\xe2\x82\"]}".to_vec(),
        b"{\"\xc3\xa9\xed\xa0\x80\":1}".to_vec(),
    ]
}

#[test]
fn hand_written_bodies_agree() {
    let options = Options::new();
    for body in bodies() {
        same(body.as_bytes(), &options);
    }
    for body in utf8_bodies() {
        same(&body, &options);
    }
}

#[test]
fn limits_agree() {
    let body = format!("{{\"userProperties\":[{ANN},{BAD},{ODD}],\"x\":[[1]]}}");
    for n in 0..4 {
        same(body.as_bytes(), &Options::new().max_entries(n));
    }
    for depth in 0..6 {
        same(body.as_bytes(), &Options::new().max_depth(depth));
        same(
            format!("[{ANN}]").as_bytes(),
            &Options::new().max_depth(depth),
        );
    }
    for bytes in [0, 10, body.len() - 1, body.len()] {
        same(body.as_bytes(), &Options::new().max_body_bytes(bytes));
    }
    let all = Options::new().abort_early(false);
    same(body.as_bytes(), &all);
}

/// Every single-byte corruption of a few bodies, in pieces of several sizes.
#[test]
fn corrupted_bodies_agree() {
    let base = format!(
        "{{ \"a\": [1, \"]\"], \"userProperties\": [\n{ANN},\n{BAD} ,{ODD}, 7],\n\"__proto__\": {{\"x\": \"y\"}} }}"
    );
    let noise = [
        b'"', b'[', b']', b'{', b'}', b',', b'\\', b' ', b'x', 0x01, b':', 0xff,
    ];
    let options = Options::new();
    for corrupted in corruptions(base.as_bytes(), &noise, 0x9E37_79B9_7F4A_7C15, 1500) {
        same(&corrupted, &options);
    }
}

/// `count` copies of `bytes`, each with one byte removed, inserted (from `noise`),
/// replaced or the text cut there, at places drawn from a xorshift generator started at
/// `seed` (deterministic, so a failure names a reproducible body).
fn corruptions<'a>(
    bytes: &'a [u8],
    noise: &'a [u8],
    mut seed: u64,
    count: usize,
) -> impl Iterator<Item = Vec<u8>> + 'a {
    (0..count).map(move |_| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let at = (seed % bytes.len() as u64) as usize;
        let mut corrupted = bytes.to_vec();
        let byte = noise[((seed >> 40) % noise.len() as u64) as usize];
        match (seed >> 32) % 4 {
            0 => {
                corrupted.remove(at);
            }
            1 => corrupted.insert(at, byte),
            2 => corrupted[at] = byte,
            _ => corrupted.truncate(at),
        }
        corrupted
    })
}

fn events<'a>(
    body: &'a [u8],
    reader: impl FnOnce(&'a [u8]) -> BodyReader<&'a [u8]>,
) -> Vec<String> {
    reader(body)
        .map(|event| match event {
            Ok(BodyEvent::Entry(e)) => format!(
                "entry {} line {} at {}: {}",
                e.index(),
                e.line(),
                e.offset(),
                String::from_utf8_lossy(e.as_bytes())
            ),
            Ok(BodyEvent::Fault(f)) => format!("fault {} line {}: {f}", f.index(), f.line()),
            Ok(BodyEvent::Superseded) => "superseded".to_owned(),
            Ok(_) => "other".to_owned(),
            Err(e) => format!("error: {e}"),
        })
        .collect()
}

#[test]
fn bad_entries_are_yielded_and_reading_goes_on() {
    let body = b"{\"userProperties\": [\n{\"a\":1,},\n{\"b\":2}\n]}";
    assert_eq!(
        events(body, BodyReader::new),
        [
            "entry 0 line 2 at 21: {\"a\":1,}",
            "entry 1 line 3 at 31: {\"b\":2}",
            "error: ValidationError: \"value\" must be valid JSON (line 2, column 8)",
        ]
    );
}

#[test]
fn oversized_entries_are_skipped() {
    let big = format!(
        "[{{\"a\":\"{}\"}},\n{{}}, \"{}\"]",
        "x".repeat(100),
        "y".repeat(50)
    );
    assert_eq!(
        events(big.as_bytes(), |b| BodyReader::array(b).max_entry_bytes(40)),
        [
            "fault 0 line 1: the entry is larger than 40 bytes",
            "entry 1 line 2 at 111: {}",
            "fault 2 line 2: the entry is larger than 40 bytes",
        ]
    );
}

#[test]
fn truncated_bodies_end_with_a_fault_and_an_error() {
    assert_eq!(
        events(b"{\"userProperties\": [{},\n{\"b\":", BodyReader::new),
        [
            "entry 0 line 1 at 20: {}",
            "fault 1 line 2: the input ends inside the entry",
            "error: ValidationError: \"value\" must be valid JSON (line 2, column 6)",
        ]
    );
    assert_eq!(
        events(b"[{},\n", BodyReader::array),
        [
            "entry 0 line 1 at 1: {}",
            "fault 1 line 2: the input ends inside the entry",
            "error: ValidationError: \"value\" must be valid JSON (line 2, column 1)",
        ]
    );
    let fault = BodyReader::array(&b"[{\"a\":"[..]).find_map(|e| match e {
        Ok(BodyEvent::Fault(f)) => Some(f.kind()),
        _ => None,
    });
    assert_eq!(fault, Some(FaultKind::Truncated));
}

#[test]
fn a_later_user_properties_supersedes() {
    let body = br#"{"userProperties": [1, 2], "x": 0, "userProperties": [3]}"#;
    assert_eq!(
        events(body, BodyReader::new),
        [
            "entry 0 line 1 at 20: 1",
            "entry 1 line 1 at 23: 2",
            "superseded",
            "entry 0 line 1 at 54: 3",
            "error: ValidationError: \"x\" is not allowed",
        ]
    );
}

#[test]
fn long_keys_are_an_error_of_their_own() {
    let body = format!("{{\"userProperties\": [], \"{}\": 1}}", "k".repeat(100));
    let last = BodyReader::new(body.as_bytes())
        .max_entry_bytes(50)
        .last()
        .map(|e| e.unwrap_err().to_string());
    assert_eq!(
        last.as_deref(),
        Some("body: the key on line 1 is longer than 50 bytes")
    );
}

/// The body's verdict and entries from a reader that defers entry checks, settled with
/// the first entry's syntax error, as from one that checks them.
fn deferred_agrees(body: &[u8], options: &Options) {
    let verdict_of = |events: Vec<Result<BodyEvent, BodyError>>| {
        let mut entries = Vec::new();
        let mut verdict = None;
        for event in events {
            match event {
                Ok(BodyEvent::Entry(entry)) => entries.push(entry.as_bytes().to_vec()),
                Ok(_) => {}
                Err(err) => verdict = Some(err),
            }
        }
        (entries, verdict)
    };
    let (checked_entries, checked) = verdict_of(BodyReader::with_options(body, options).collect());
    let mut reader = BodyReader::with_options(body, options).defer_syntax(true);
    let mut first = None;
    let mut events = Vec::new();
    for event in reader.by_ref() {
        if let Ok(BodyEvent::Entry(entry)) = &event {
            if first.is_none() {
                first = entry.syntax_error();
            }
        }
        events.push(event);
    }
    let (entries, verdict) = verdict_of(events);
    let settled = reader.settle(verdict, first);
    assert_eq!(
        entries,
        checked_entries,
        "{:?}",
        String::from_utf8_lossy(body)
    );
    assert_eq!(
        settled.map(|e| e.to_string()),
        checked.map(|e| e.to_string()),
        "{:?}",
        String::from_utf8_lossy(body)
    );
}

#[test]
fn deferred_syntax_checks_settle_to_the_same_verdict() {
    let base = format!(
        "{{ \"a\": [1, \"]\"], \"userProperties\": [\n{ANN},\n{BAD} ,{ODD}, 7 \n, [[[1]]]],\n\"x\": {{\"x\": \"y\"}} }}"
    );
    let noise = [
        b'"', b'[', b']', b'{', b'}', b',', b'\\', b' ', b'x', 0x01, b':', 0xff, b'\n',
    ];
    let corrupted_bodies = corruptions(base.as_bytes(), &noise, 0x2545_F491_4F6C_DD1D, 3000);
    for (round, corrupted) in corrupted_bodies.enumerate() {
        let options = Options::new().max_depth(3 + round % 3);
        deferred_agrees(&corrupted, &options);
    }
    for body in bodies() {
        deferred_agrees(body.as_bytes(), &Options::new());
    }
}
