//! The conformance table, through every entry point.

use super::*;

#[test]
fn conformance_update_profile() {
    let cases = load_cases("update_profile.json");
    assert!(cases.len() >= 155);
    let mut failures = Vec::new();
    for case in &cases {
        let id = str_field(case, "id").unwrap_or("?");
        let Some(text) = str_field(case, "body") else {
            panic!("case {id} without body");
        };
        let expected = bool_field(case, "valid");
        let field = str_field(case, "field").unwrap_or("body");
        let note = str_field(case, "note").unwrap_or("");
        match (UpdateProfile::from_json(text.as_bytes()), expected) {
            (Ok(_), true) => {}
            (Err(e), false) => {
                // A one-field case must fail on that field, not on something else.
                let first = match e.path().segments().first() {
                    Some(PathSegment::Key(key)) => key.to_string(),
                    _ => "body".to_owned(),
                };
                if field != "body" && first != field {
                    failures.push(format!(
                        "{id}: rejected on {first:?}, expected {field:?} | {e} | {note} | {text}"
                    ));
                }
            }
            (Ok(_), false) => failures.push(format!(
                "{id}: accepted, expected invalid | {note} | {text}"
            )),
            (Err(e), true) => failures.push(format!("{id}: {e} | {note} | {text}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Every conformance body through the other entry points: the report starts with the
/// abort-early error, a valid body's JSON validates to the same profile, and a request with
/// a valid key answers the same.
#[test]
fn conformance_agrees_across_entry_points() {
    let query = Some("apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE");
    for case in load_cases("update_profile.json") {
        let Some(text) = str_field(&case, "body") else {
            continue;
        };
        let first = UpdateProfile::from_json(text.as_bytes());
        let report = UpdateProfile::from_json_report(text.as_bytes());
        assert_eq!(
            report.as_ref().map_err(Report::first),
            first.as_ref(),
            "{text}"
        );
        if let Err(report) = &report {
            // The serde-free writer of the details writes serde_json's text.
            let mut details = String::new();
            report.write_json(&mut details);
            assert_eq!(Some(details), serde_json::to_string(report).ok(), "{text}");
        }
        let request = UpdateProfile::from_request(query, None, text.as_bytes());
        if let Ok(profile) = &first {
            // Every valid conformance body round-trips through its serialization.
            let json = to_json(profile);
            // The serde-free writer writes the same text.
            assert_eq!(profile.to_json(), json, "{text}");
            assert_eq!(
                UpdateProfile::from_json(json.as_bytes()).as_ref(),
                Ok(profile),
                "{json}"
            );
        }
        match (&request, &first) {
            (Ok((_, a)), Ok(b)) => assert_eq!(a, b),
            (Err(RequestError::InvalidBody(a)), Err(b)) => assert_eq!(a, b),
            _ => panic!("{text}: {request:?} vs {first:?}"),
        }
    }
}
