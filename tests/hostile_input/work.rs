//! Work stays linear in the input.

use super::*;

// Work bounds
//
// Wall-clock ratios are not a sound test, and counting allocations would need a global
// allocator (unsafe code). The argument is instead made from the code, parser by parser,
// and the tests below pin the bounds it relies on, at sizes 1 kB to 1 MB:
//
// - `CanonicalEmail`: trims (one pass from each end), then rejects more than 254 bytes
//   before any other work; everything after (NFC, IDNA, punycode) runs on at most 254
//   bytes.
// - `IntlPhone`: trims, then stops counting at the 65th character; the regular
//   expressions (linear-time `regex`) run on at most 64 characters.
// - `PostalCode`: one pass that stops at the 33rd character (free text) or the 6th digit
//   (CZ/SK).
// - `ApiKey`: a 32-byte fast path; a rejected key is diagnosed in one or two passes
//   (`chars().count()`, one scan for a bad character). `from_query` is one split over the
//   query and stops at a duplicate; `from_authorization` one trim.
// - `ReferralId`, `Ico`: one pass each (trim, count or digit scan).
// - `NormalizedIp`: a trim, then std's parsers (IPv4 gives up beyond 15 bytes, IPv6
//   reads at most eight groups of four digits) and a fixed number of scans to diagnose.
// - `VatId`: one mapping pass (at most three characters out per character in), one
//   filter pass, then each state's check, which tests the length first.
// - `Country`: codes are compared in place; names by a binary search whose every
//   comparison stops after the longest name's length.
// - `Locale`: one pass over subtags; the duplicate checks compare against at most the
//   number of registered variants (about a hundred) and extension singletons (36).
// - `Timestamp`: `is_decimal` and `f64::from_str` are linear; the ISO reader moves forward
//   only (a long fraction is skipped digit by digit).
// - JSON models: the reader moves forward only and recurses at most `max_depth` levels;
//   unknown keys are de-duplicated through a hash set past 16 keys, groups past 16
//   items; each schema key is looked up once (a reverse scan of the object's members,
//   17 or 19 scans per object); bodies over the byte limit are rejected before reading.
//
// So no parser does super-linear work; the tests check that the limits are where the
// argument says, that the answer does not change with size past them, and that a long
// input is never accepted in truncated form.

#[test]
fn linear_work() {
    for n in SIZES {
        let pad = " ".repeat(n);
        let run = "a".repeat(n);
        let digits = "1".repeat(n);

        // Capped parsers: the same length error at every size past the cap.
        assert_eq!(
            CanonicalEmail::parse(&format!("{run}@example.com")),
            Err(EmailError::TooLong { max: 254 })
        );
        assert_eq!(
            IntlPhone::parse(&format!("+{digits}")),
            Err(PhoneError::InputTooLong { max: 64 })
        );
        assert_eq!(
            PostalCode::parse(&run),
            Err(PostalCodeError::TooLong { max: 32 })
        );
        assert_eq!(
            PostalCode::parse_for(&digits, Country::parse("SK").ok()),
            Err(PostalCodeError::NotFiveDigits)
        );

        // Trimming is the only work proportional to white space: padded valid input is
        // accepted whole, never truncated.
        let padded = |s: &str| format!("{pad}{s}{pad}");
        assert_eq!(
            CanonicalEmail::parse(&padded("Jan@Example.com")).map(|e| e.to_string()),
            Ok("jan@example.com".to_string())
        );
        assert_eq!(
            IntlPhone::parse(&padded("+420 777 123 456")).map(|p| p.to_string()),
            Ok("+420 777123456".to_string())
        );
        assert_eq!(
            NormalizedIp::parse(&padded("1.2.3.4")).map(|p| p.to_string()),
            Ok("1.2.3.4".to_string())
        );
        assert_eq!(
            ReferralId::parse(&padded("1cGIHvFoQDGLAbcA")).map(|p| p.to_string()),
            Ok("1cGIHvFoQDGLAbcA".to_string())
        );
        assert_eq!(
            Ico::parse(&format!("0510{pad}3118")).map(|p| p.to_string()),
            Ok("05103118".to_string())
        );
        assert_eq!(
            Country::parse(&padded("Czech Republic")).map(|c| c.to_string()),
            Ok("CZ".to_string())
        );

        // Single-pass parsers: errors that count the whole input.
        assert_eq!(
            ReferralId::parse(&run),
            Err(ReferralIdError::WrongLength { len: n })
        );
        assert_eq!(Ico::parse(&digits), Err(IcoError::WrongLength { found: n }));
        assert_eq!(
            ApiKey::parse(&format!("PROD{run}")),
            Err(ApiKeyError::WrongLength { len: n + 4 })
        );
        // `from_query` walks every parameter once; the key is found among any number.
        let many = "&x=1".repeat(n / 4);
        let key = "PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE";
        assert!(ApiKey::from_query(&format!("{many}&apiKey={key}{many}")).is_ok());
        assert_eq!(
            ApiKey::from_query(&format!("apiKey={key}{many}&apiKey={key}")),
            Err(ApiKeyError::DuplicateQueryParameter)
        );
        assert_eq!(NormalizedIp::parse(&digits), Err(IpError::Invalid));
        assert!(matches!(
            VatId::parse(&format!("CZ{digits}")),
            Err(VatError::InvalidLength { .. })
        ));
        assert!(Country::parse(&run).is_err());
        // A locale is read subtag by subtag and stops at the first out-of-place one.
        assert_eq!(
            Locale::parse(&format!("en{}", "-US".repeat(n / 3))),
            Err(LocaleError::UnexpectedSubtag { position: 7 })
        );
        assert_eq!(
            Locale::parse(&format!("de{}", "-1901".repeat(n / 5))),
            Err(LocaleError::DuplicateVariant { position: 9 })
        );
        // A fraction of any length is read and truncated to milliseconds.
        assert_eq!(
            Timestamp::parse(&format!("2024-01-01T00:00:00.{}Z", "9".repeat(n)))
                .map(|t| t.to_string()),
            Ok("2024-01-01T00:00:00.999Z".to_string())
        );
        assert_eq!(Timestamp::parse(&digits), Err(TimestampError::OutOfRange));
    }
}

#[test]
fn linear_work_in_the_json_models() {
    for n in SIZES {
        // Many distinct unknown keys: all reported, once each, in order (hash-set
        // de-duplication, no quadratic scan).
        let keys = n / 10;
        let mut entry = String::from(r#"{"firstName":"A","lastName":"B""#);
        for i in 0..keys {
            entry.push_str(&format!(r#","k{i}":0"#));
        }
        entry.push('}');
        let report = UserProperty::from_json_report(entry.as_bytes()).unwrap_err();
        assert_eq!(report.len(), keys);
        assert_eq!(report.first().message(), r#""k0" is not allowed"#);

        // One key repeated: the last value wins, reported once.
        let repeated = format!(
            r#"{{"firstName":"A","lastName":"B"{}}}"#,
            r#","dup":0"#.repeat(n / 8)
        );
        let report = UserProperty::from_json_report(repeated.as_bytes()).unwrap_err();
        assert_eq!(report.len(), 1);

        // Many entries: each validated once, in order.
        let count = (n / 40).min(10_000);
        let body = format!(
            r#"{{"userProperties":[{}]}}"#,
            vec![r#"{"firstName":"A","lastName":"B"}"#; count].join(",")
        );
        let outcome = BulkOutcome::from_json(body.as_bytes()).unwrap();
        assert_eq!(outcome.valid().len(), count);
        assert_eq!(
            outcome.contacts().len(),
            count,
            "no identity: one contact each"
        );

        // More than the entry limit: one error, whatever the size.
        let body = format!(r#"{{"userProperties":[{}]}}"#, vec!["{}"; n / 3].join(","));
        let result = BulkOutcome::from_json_with(body.as_bytes(), &Options::new().max_entries(100));
        assert_eq!(
            result.unwrap_err().message(),
            r#""userProperties" must contain less than or equal to 100 items"#
        );

        // Groups past the item limit are refused before the items are read.
        let groups = format!("[{}]", vec![r#""g""#; n / 4].join(","));
        let expected = if n / 4 > UpdateProfile::MAX_GROUPS {
            Err(
                r#"ValidationError: "groups" must contain less than or equal to 1000 items"#
                    .to_string(),
            )
        } else {
            Ok(vec!["g".to_string()])
        };
        let result = UpdateProfile::from_json(profile_body("groups", &groups).as_bytes());
        assert_eq!(
            result
                .map(|p| p.groups().to_vec())
                .map_err(|e| e.to_string()),
            expected
        );
    }
}
