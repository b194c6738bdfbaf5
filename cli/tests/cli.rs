//! The real `contactkit` binary run on files: formats, stdin, malformed input, exit codes.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_contactkit");

const ANN: &str =
    r#"{"firstName":"Ann","lastName":"Lee","email":"Ann@Example.com","phoneNumber":"9090909090"}"#;
const BOB: &str = r#"{"firstName":"Bob","lastName":"Roy","email":"bob@"}"#;
const CID: &str = r#"{"firstName":"Cid","lastName":"Dee","phoneNumber":"+420 777 123 456"}"#;

const ANN_OUT: &str = r#"{"firstName":"Ann","lastName":"Lee","phoneNumber":"+91 9090909090","email":"ann@example.com"}"#;
const CID_OUT: &str = r#"{"firstName":"Cid","lastName":"Dee","phoneNumber":"+420 777123456"}"#;

/// A fresh folder for one test's files.
fn dir(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(test);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, content: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, content).unwrap();
    path
}

#[track_caller]
fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(data) = stdin {
        child.stdin.take().unwrap().write_all(data).unwrap();
    }
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn lines(path: &Path) -> Vec<String> {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

fn code(output: &Output) -> i32 {
    output.status.code().unwrap()
}

/// Runs `check input --out out.jsonl --rejects rejects.jsonl` and returns the output.
#[track_caller]
fn check_files(dir: &Path, input: &Path, extra: &[&str]) -> (Output, Vec<String>, Vec<String>) {
    let out = dir.join("out.jsonl");
    let rejects = dir.join("rejects.jsonl");
    let mut args = vec![
        "check",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--rejects",
        rejects.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let output = run(&args, None);
    (output, lines(&out), lines(&rejects))
}

#[track_caller]
fn assert_ann_bob_cid(
    output: &Output,
    out: &[String],
    rejects: &[String],
    bob_line: u64,
    bob_record: &str,
) {
    assert_eq!(code(output), 1, "{}", text(&output.stderr));
    assert_eq!(out, [ANN_OUT, CID_OUT]);
    assert_eq!(
        rejects,
        [format!(
            r#"{{"line":{bob_line},"record":{bob_record},"errors":["ValidationError: \"email\" must be a valid email"]}}"#
        )]
    );
    // The data went to files, so the summary is on standard output.
    let summary = text(&output.stdout);
    assert!(
        summary.starts_with(
            "records 3  valid 2  invalid 1  duplicates 0\ntop errors:\n     1  \"email\" must be a valid email\ntime "
        ),
        "{summary}"
    );
}

#[test]
fn bik_request_body() {
    let dir = dir("bik_request_body");
    let input = write(
        &dir,
        "body.json",
        &format!("{{\"userProperties\": [\n  {ANN},\n  {BOB},\n  {CID}\n]}}\n"),
    );
    let (output, out, rejects) = check_files(&dir, &input, &[]);
    assert_ann_bob_cid(&output, &out, &rejects, 3, BOB);
}

#[test]
fn json_array_pretty_printed() {
    let dir = dir("json_array_pretty_printed");
    let bob_pretty = BOB.replace(',', ",\n    ");
    let input = write(
        &dir,
        "array.json",
        &format!("[{ANN},\n\n{bob_pretty},\r\n{CID}]"),
    );
    let (output, out, rejects) = check_files(&dir, &input, &[]);
    // The rejected record is echoed without its line breaks.
    assert_ann_bob_cid(&output, &out, &rejects, 3, BOB);
}

#[test]
fn rejected_records_are_echoed_token_for_token() {
    // The echo drops only the layout: numbers keep their spelling, strings their escapes
    // (a lone surrogate too, which no string type can hold), keys their order and
    // duplicates. A rewrite through a JSON value would turn `1e2` into `100.0`.
    let dir = dir("rejected_records_are_echoed_token_for_token");
    let record = "{\n  \"firstName\": \"V\\u011bra\",\n  \"lastName\": \"\\ud800\",\n  \"tags\": [ 1e2 ],\n  \"tags\": [\"a b\"]\n}";
    let input = write(&dir, "array.json", &format!("[{record}]"));
    let (output, out, rejects) = check_files(&dir, &input, &[]);
    assert_eq!(code(&output), 1, "{}", text(&output.stderr));
    assert!(out.is_empty());
    assert_eq!(
        rejects,
        [
            r#"{"line":1,"record":{"firstName":"V\u011bra","lastName":"\ud800","tags":[1e2],"tags":["a b"]},"errors":["ValidationError: \"lastName\" must not contain unpaired surrogates"]}"#
        ]
    );
}

#[test]
fn json_lines() {
    let dir = dir("json_lines");
    let input = write(&dir, "contacts.jsonl", &format!("{ANN}\n\n{BOB}\n{CID}"));
    let (output, out, rejects) = check_files(&dir, &input, &[]);
    assert_ann_bob_cid(&output, &out, &rejects, 3, BOB);
}

#[test]
fn csv_with_spreadsheet_headers() {
    let dir = dir("csv_with_spreadsheet_headers");
    let input = write(
        &dir,
        "contacts.csv",
        "First Name,last_name,E-mail,Phone Number\n\
         Ann,Lee,Ann@Example.com,9090909090\n\
         Bob,Roy,bob@,\n\
         Cid,Dee,,+420 777 123 456\n",
    );
    let (output, out, rejects) = check_files(&dir, &input, &[]);
    let bob = r#"{"First Name":"Bob","last_name":"Roy","E-mail":"bob@","Phone Number":""}"#;
    assert_ann_bob_cid(&output, &out, &rejects, 3, bob);
}

#[test]
fn stdin_is_sniffed() {
    for (name, data) in [
        ("jsonl", format!("{ANN}\n{BOB}\n{CID}\n")),
        ("bik body", format!("{{\"userProperties\":[{ANN},\n{BOB},{CID}]}}")),
        (
            "csv",
            "firstName,lastName,email,phoneNumber\nAnn,Lee,Ann@Example.com,9090909090\nBob,Roy,bob@,\nCid,Dee,,+420 777 123 456\n"
                .to_owned(),
        ),
    ] {
        let output = run(&["check", "-"], Some(data.as_bytes()));
        assert_eq!(code(&output), 1, "{name}: {}", text(&output.stderr));
        assert_eq!(text(&output.stdout), format!("{ANN_OUT}\n{CID_OUT}\n"), "{name}");
        // The data is on standard output, so the summary goes to standard error.
        assert!(
            text(&output.stderr).starts_with("records 3  valid 2  invalid 1  duplicates 0\n"),
            "{name}"
        );
    }
}

#[test]
fn rejects_to_stdout() {
    let dir = dir("rejects_to_stdout");
    let input = write(&dir, "c.jsonl", &format!("{ANN}\n{BOB}\n"));
    let out = dir.join("out.jsonl");
    let output = run(
        &[
            "check",
            input.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--rejects",
            "-",
        ],
        None,
    );
    assert_eq!(code(&output), 1);
    assert!(text(&output.stdout).starts_with(r#"{"line":2,"record":"#));
    assert!(text(&output.stderr).starts_with("records 2  valid 1  invalid 1"));
}

#[test]
fn truncated_json_keeps_the_records_before_the_cut() {
    let dir = dir("truncated_json");
    let input = write(
        &dir,
        "cut.json",
        &format!("{{\"userProperties\": [\n{ANN},\n{CID},\n{{\"firstName\": \"Dan\",\n"),
    );
    let (output, out, rejects) = check_files(&dir, &input, &[]);
    assert_eq!(code(&output), 1, "{}", text(&output.stderr));
    assert_eq!(out, [ANN_OUT, CID_OUT]);
    assert_eq!(
        rejects,
        [
            r#"{"line":4,"record":"{\"firstName\": \"Dan\",","errors":["InputError: the input ends inside this record (truncated JSON)"]}"#
        ]
    );
    assert!(text(&output.stdout).starts_with("records 3  valid 2  invalid 1"));
}

#[test]
fn csv_row_with_wrong_cell_count_is_rejected_alone() {
    let dir = dir("csv_wrong_cell_count");
    let input = write(
        &dir,
        "contacts.csv",
        "firstName,lastName,city\nAnn,Lee,Pune\nBob,Roy,Mumbai, Maharashtra\nCid,Dee\nDan,Eve,Brno\n",
    );
    let (output, out, rejects) = check_files(&dir, &input, &[]);
    assert_eq!(code(&output), 1);
    assert_eq!(
        out,
        [
            r#"{"firstName":"Ann","lastName":"Lee","city":"Pune"}"#,
            r#"{"firstName":"Dan","lastName":"Eve","city":"Brno"}"#,
        ]
    );
    assert_eq!(
        rejects,
        [
            r#"{"line":3,"record":["Bob","Roy","Mumbai"," Maharashtra"],"errors":["InputError: the row has 4 cells, the header has 3"]}"#,
            r#"{"line":4,"record":["Cid","Dee"],"errors":["InputError: the row has 2 cells, the header has 3"]}"#,
        ]
    );
    assert!(text(&output.stdout).contains("     1  the row has 4 cells, the header has 3\n"));
}

#[test]
fn empty_files_have_no_records_and_exit_0() {
    let dir = dir("empty_files");
    for name in [
        "empty.json",
        "empty.jsonl",
        "empty.csv",
        "empty.txt",
        "header-only.csv",
    ] {
        let content = if name == "header-only.csv" {
            "firstName,lastName\n"
        } else {
            ""
        };
        let input = write(&dir, name, content);
        let (output, out, rejects) = check_files(&dir, &input, &[]);
        assert_eq!(code(&output), 0, "{name}: {}", text(&output.stderr));
        assert!(out.is_empty() && rejects.is_empty(), "{name}");
        assert!(
            text(&output.stdout).starts_with("records 0  valid 0  invalid 0  duplicates 0\ntime ")
        );
    }
    let output = run(&["check", "-"], Some(b""));
    assert_eq!(code(&output), 0);
}

#[test]
fn all_valid_exits_0() {
    let dir = dir("all_valid");
    let input = write(&dir, "ok.jsonl", &format!("{ANN}\n{CID}\n"));
    let (output, out, rejects) = check_files(&dir, &input, &[]);
    assert_eq!(code(&output), 0);
    assert_eq!(out.len(), 2);
    assert!(rejects.is_empty());
    assert!(!text(&output.stdout).contains("top errors"));
}

#[test]
fn usage_and_io_errors_exit_2() {
    let output = run(&["check", "x.json", "--schema", "crm"], None);
    assert_eq!(code(&output), 2);
    assert!(text(&output.stderr).contains("invalid value 'crm' for '--schema"));

    let output = run(&["check", "no/such/file.csv"], None);
    assert_eq!(code(&output), 2);
    assert!(
        text(&output.stderr).starts_with("contactkit: error: cannot open no/such/file.csv: "),
        "{}",
        text(&output.stderr)
    );

    let output = run(&["check", "-", "--region", "XX"], Some(b""));
    assert_eq!(code(&output), 2);
    assert!(
        text(&output.stderr).contains("--region \"XX\" is not a region code with phone numbers")
    );

    let output = run(&["check", "-", "--jobs", "0"], Some(b""));
    assert_eq!(code(&output), 2);

    let output = run(&["check", "-", "--rejects", "-"], Some(b""));
    assert_eq!(code(&output), 2);

    let dir = dir("usage_errors");
    let input = write(&dir, "in.jsonl", &format!("{ANN}\n"));
    let output = run(
        &[
            "check",
            input.to_str().unwrap(),
            "--out",
            dir.join("missing/out.jsonl").to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&output), 2);
    assert!(text(&output.stderr).contains("cannot create "));
    assert!(text(&output.stderr).contains("missing/out.jsonl"));

    let output = run(
        &[
            "check",
            input.to_str().unwrap(),
            "--out",
            input.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&output), 2);
    assert!(text(&output.stderr).contains("is the input file"));
    assert_eq!(lines(&input), [ANN]);
}

#[test]
fn other_top_level_keys_exit_2() {
    let dir = dir("other_top_level_keys");
    let input = write(
        &dir,
        "body.json",
        &format!("{{\"userProperties\": [{ANN}],\n\"dryRun\": true}}"),
    );
    let (output, out, _) = check_files(&dir, &input, &[]);
    assert_eq!(code(&output), 2);
    assert_eq!(out, [ANN_OUT], "records before the error are written");
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("body.json: ValidationError: \"dryRun\" is not allowed"),
        "{stderr}"
    );

    let input = write(&dir, "lines.json", &format!("{ANN}\n{CID}\n"));
    let (output, out, _) = check_files(&dir, &input, &[]);
    assert_eq!(code(&output), 2);
    assert!(out.is_empty());
    assert!(text(&output.stderr).contains("use --format jsonl"));
    let (output, out, _) = check_files(&dir, &input, &["--format", "jsonl"]);
    assert_eq!((code(&output), out.len()), (0, 2));
}

#[test]
fn csv_output_when_out_ends_in_csv() {
    let dir = dir("csv_output");
    let input = write(&dir, "in.jsonl", &format!("{ANN}\n{BOB}\n{CID}\n"));
    let out = dir.join("clean.CSV");
    let output = run(
        &[
            "check",
            input.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&output), 1);
    assert_eq!(
        lines(&out),
        [
            "firstName,lastName,source,phoneNumber,alternatePhoneNumber,email,address1,address2,city,state,country,createdAt,updatedAt,emailMarketingConsent,smsMarketingConsent,tags,partnerCustomerId",
            "Ann,Lee,,'+91 9090909090,,ann@example.com,,,,,,,,,,,",
            "Cid,Dee,,'+420 777123456,,,,,,,,,,,,,",
        ]
    );
}

/// Issue #15: CSV output wrote `=HYPERLINK(...)` raw, a formula for whoever opens the file
/// in a spreadsheet. Cells starting with `=`, `+`, `-`, `@`, tab or CR get a leading `'`
/// (OWASP); JSON Lines output and rejects stay as they are; `--no-escape-formulas` opts out.
#[test]
fn csv_output_escapes_formulas() {
    let dir = dir("csv_output_escapes_formulas");
    let input = write(
        &dir,
        "in.csv",
        "firstName,lastName,city,address1,state\n\
         Ann,Lee,\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",@SUM(A1),-1+2\n",
    );
    let out = dir.join("clean.csv");
    let args = [
        "check",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    let output = run(&args, None);
    assert_eq!(code(&output), 0, "{}", text(&output.stderr));
    assert_eq!(
        lines(&out)[1],
        "Ann,Lee,,,,,'@SUM(A1),,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'-1+2,,,,,,,"
    );
    let output = run(&[&args[..], &["--no-escape-formulas"]].concat(), None);
    assert_eq!(code(&output), 0);
    assert_eq!(
        lines(&out)[1],
        "Ann,Lee,,,,,@SUM(A1),,\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",-1+2,,,,,,,"
    );
    let output = run(&["check", input.to_str().unwrap()], None);
    assert_eq!(
        text(&output.stdout).lines().next().unwrap(),
        r#"{"firstName":"Ann","lastName":"Lee","address1":"@SUM(A1)","city":"=HYPERLINK(\"http://evil\",\"x\")","state":"-1+2"}"#
    );
}

#[test]
fn jobs_keep_input_order() {
    let dir = dir("jobs_keep_input_order");
    let mut body = String::new();
    for i in 0..9000 {
        if i % 7 == 3 {
            body.push_str(&format!(
                "{{\"firstName\":\"N{i}\",\"lastName\":\"L\",\"email\":\"n{i}@\"}}\n"
            ));
        } else {
            body.push_str(&format!(
                "{{\"firstName\":\"N{i}\",\"lastName\":\"L\",\"email\":\"n{}@x.cz\"}}\n",
                i % 8000
            ));
        }
    }
    let input = write(&dir, "many.jsonl", &body);
    let (output, one, rejects_one) = check_files(&dir, &input, &["--jobs", "1"]);
    assert_eq!(code(&output), 1);
    let summary_one = text(&output.stdout);
    let (output, two, rejects_two) = check_files(&dir, &input, &["--jobs", "2"]);
    assert_eq!(code(&output), 1);
    assert_eq!(one, two);
    assert_eq!(rejects_one, rejects_two);
    let expected: Vec<String> = (0..9000)
        .filter(|i| i % 7 != 3)
        .map(|i| format!("N{i}"))
        .collect();
    let names: Vec<String> = two
        .iter()
        .map(|l| l.split('"').nth(3).unwrap().to_owned())
        .collect();
    assert_eq!(names, expected);
    let first_line = summary_one.lines().next().unwrap();
    assert_eq!(
        first_line,
        "records 9000  valid 7714  invalid 1286  duplicates 714"
    );
    assert_eq!(text(&output.stdout).lines().next().unwrap(), first_line);
}

#[test]
fn all_errors_lists_every_error() {
    let dir = dir("all_errors");
    let input = write(&dir, "in.jsonl", "{\"emial\":\"a@b.cz\"}\n");
    let (_, _, rejects) = check_files(&dir, &input, &["--all-errors"]);
    assert_eq!(
        rejects,
        [
            r#"{"line":1,"record":{"emial":"a@b.cz"},"errors":["ValidationError: \"firstName\" is required","ValidationError: \"lastName\" is required","ValidationError: \"emial\" is not allowed"]}"#
        ]
    );
    let (_, _, rejects) = check_files(&dir, &input, &[]);
    assert!(rejects[0].ends_with(r#""errors":["ValidationError: \"firstName\" is required"]}"#));
}

#[test]
fn update_profile_schema_and_summary_json() {
    let dir = dir("update_profile");
    let input = write(
        &dir,
        "profiles.csv",
        "email,newsletter,groups,country,postal code\n\
         Jan@Barasek.com,yes,vip; b2b,cz,27201\n\
         eva@firma.cz,maybe,,,\n",
    );
    let summary = dir.join("summary.json");
    let (output, out, rejects) = check_files(
        &dir,
        &input,
        &[
            "--schema",
            "update-profile",
            "--summary-json",
            summary.to_str().unwrap(),
        ],
    );
    assert_eq!(code(&output), 1);
    assert_eq!(
        out,
        [
            r#"{"email":"jan@barasek.com","postalCode":"272 01","country":"CZ","newsletter":true,"groups":["vip","b2b"]}"#
        ]
    );
    assert!(
        rejects[0].contains(r#""errors":["ValidationError: \"newsletter\" must be a boolean"]"#)
    );
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(summary).unwrap()).unwrap();
    assert_eq!(json["records"], 2);
    assert_eq!(json["invalid"], 1);
    assert_eq!(
        json["errors"][0]["message"],
        "\"newsletter\" must be a boolean"
    );
}

#[test]
fn unknown_csv_columns_warn() {
    let dir = dir("unknown_csv_columns");
    let input = write(
        &dir,
        "c.csv",
        "firstName,lastName,Notes\nAnn,Lee,\nBob,Roy,call back\n",
    );
    let (output, out, rejects) = check_files(&dir, &input, &[]);
    assert_eq!(code(&output), 1);
    assert_eq!(out.len(), 1);
    assert!(rejects[0].contains(r#"ValidationError: \"Notes\" is not allowed"#));
    assert!(text(&output.stderr).contains("warning: CSV column 3 (\"Notes\") matches no bik field"));
}

#[test]
fn bundled_sample_runs() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let dir = dir("bundled_sample");
    for (file, records) in [
        ("contacts.csv", 2000),
        ("contacts.jsonl", 1000),
        ("bik-body.json", 500),
    ] {
        let (output, out, rejects) = check_files(&dir, &data.join(file), &[]);
        assert_eq!(code(&output), 1, "{file}: {}", text(&output.stderr));
        assert_eq!(out.len() + rejects.len(), records, "{file}");
        // About 10% faults, by construction of gen_sample.py.
        assert!(
            (records / 20..records / 5).contains(&rejects.len()),
            "{file}: {}",
            rejects.len()
        );
        let summary = text(&output.stdout);
        assert!(
            summary.starts_with(&format!("records {records}  valid ")),
            "{summary}"
        );
        assert!(!summary.contains("duplicates 0"), "{summary}");
    }
}

#[test]
fn csv_with_bom_crlf_and_semicolons() {
    let dir = dir("csv_with_bom_crlf_and_semicolons");
    let input = write(
        &dir,
        "export.csv",
        "\u{feff}\"First Name\";Last Name;Email\r\nAnn;Lee;Ann@Example.com\r\n\"Bob; Jr.\";Roy;bob@x.cz\r\n",
    );
    let (output, out, rejects) = check_files(&dir, &input, &[]);
    assert_eq!(code(&output), 0, "{}", text(&output.stderr));
    assert!(rejects.is_empty());
    assert_eq!(
        out,
        [
            r#"{"firstName":"Ann","lastName":"Lee","email":"ann@example.com"}"#,
            r#"{"firstName":"Bob; Jr.","lastName":"Roy","email":"bob@x.cz"}"#,
        ]
    );
}

#[test]
fn oversized_record_is_rejected_alone() {
    let dir = dir("oversized_record");
    let big = format!(
        r#"{{"firstName":"{}","lastName":"L"}}"#,
        "x".repeat(1 << 20)
    );
    let input = write(&dir, "big.jsonl", &format!("{big}\n{ANN}\n"));
    let (output, out, rejects) = check_files(&dir, &input, &[]);
    assert_eq!(code(&output), 1);
    assert_eq!(out, [ANN_OUT]);
    assert_eq!(
        rejects,
        [
            r#"{"line":1,"record":null,"errors":["InputError: the line is longer than 1048576 bytes"]}"#
        ]
    );
}

/// The body the API accepts is what the CLI accepts: `JSON.parse`'s reading, keys in any
/// order, `__proto__` ignored. Before issue #11 the CLI demanded `userProperties` first
/// and alone, so each of these exited 2.
#[test]
fn bodies_the_api_accepts_never_exit_2() {
    let dir = dir("bodies_the_api_accepts");
    let bodies = [
        format!("{{\"__proto__\": {{\"dryRun\": true}},\n\"userProperties\": [\n{ANN},\n{BOB},\n{CID}]}}"),
        format!("{{\n  \"__proto__\": [],\n  \"userProperties\": [{ANN},\n{BOB},\n{CID}],\n  \"__proto__\": {{\"x\": \"]\"}}\n}}"),
        format!("{{\"user\\u0050roperties\": [{ANN},\n{BOB},\n{CID}]}}"),
    ];
    for (i, body) in bodies.iter().enumerate() {
        assert!(
            contactkit::user_properties::BulkOutcome::from_json(body.as_bytes()).is_ok(),
            "{body}"
        );
        for name in [format!("body{i}.json"), format!("body{i}.txt")] {
            let input = write(&dir, &name, body);
            let (output, out, rejects) = check_files(&dir, &input, &[]);
            let line = [4, 4, 2][i];
            assert_ann_bob_cid(&output, &out, &rejects, line, BOB);
        }
        let output = run(&["check", "-"], Some(body.as_bytes()));
        assert_eq!(code(&output), 1, "{}", text(&output.stderr));
    }
}

#[test]
fn keys_after_user_properties_and_a_later_duplicate() {
    let dir = dir("keys_after_user_properties");
    // An unknown key before the array: the records are checked, then exit 2 with the
    // API's message.
    let input = write(
        &dir,
        "body.json",
        &format!("{{\"dryRun\": true, \"userProperties\": [{ANN}, {CID}]}}"),
    );
    let (output, out, _) = check_files(&dir, &input, &[]);
    assert_eq!(code(&output), 2);
    assert_eq!(out, [ANN_OUT, CID_OUT]);
    assert!(text(&output.stderr).contains("ValidationError: \"dryRun\" is not allowed"));
    // JSON.parse keeps the last "userProperties": the earlier records are superseded.
    let input = write(
        &dir,
        "twice.json",
        &format!("{{\"userProperties\": [{BOB}],\n\"userProperties\": [{ANN}, {CID}]}}"),
    );
    let (output, _, _) = check_files(&dir, &input, &[]);
    assert_eq!(code(&output), 1);
    assert!(text(&output.stderr).contains("replaces the records before it"));
}

/// Issue #15: an output that is the input, under any name, is refused before anything is
/// written; before, `--summary-json v.csv` turned the input into 651 bytes of JSON, and
/// `--out` over a hard link or over the file standard input came from truncated it.
#[test]
fn outputs_never_overwrite_the_input_or_each_other() {
    let dir = dir("outputs_never_overwrite");
    let content = format!("{ANN}\n{BOB}\n");
    let input = write(&dir, "v.jsonl", &content);
    let link = dir.join("h.jsonl");
    fs::hard_link(&input, &link).unwrap();
    let inp = input.to_str().unwrap();
    let out = dir.join("out.jsonl");
    let out = out.to_str().unwrap();
    let dotted = format!("{}/./v.jsonl", dir.display());
    for (args, message) in [
        (
            vec![inp, "--out", "/dev/null", "--summary-json", inp],
            "--summary-json ",
        ),
        (vec![inp, "--out", out, "--rejects", inp], "--rejects "),
        (vec![inp, "--out", link.to_str().unwrap()], "--out "),
        (vec![inp, "--out", &dotted], "--out "),
    ] {
        let output = run(&[&["check"][..], &args].concat(), None);
        assert_eq!(code(&output), 2, "{args:?}");
        let stderr = text(&output.stderr);
        assert!(
            stderr.starts_with(&format!("contactkit: error: {message}"))
                && stderr.contains("is the input file; refusing to overwrite it"),
            "{stderr}"
        );
        assert_eq!(fs::read_to_string(&input).unwrap(), content);
        assert!(!Path::new(out).exists(), "nothing is written");
    }

    let output = run(&["check", inp, "--out", out, "--rejects", out], None);
    assert_eq!(code(&output), 2);
    assert!(text(&output.stderr).contains("--out and --rejects are the same file"));
    assert!(!Path::new(out).exists());

    // `check - --out v.jsonl < v.jsonl`: standard input is compared by identity too.
    let output = Command::new(BIN)
        .args(["check", "-", "--out", inp])
        .stdin(fs::File::open(&input).unwrap())
        .output()
        .unwrap();
    assert_eq!(code(&output), 2);
    assert!(text(&output.stderr).contains("(standard input is read from it)"));
    assert_eq!(fs::read_to_string(&input).unwrap(), content);

    // /dev/null may take both streams.
    let output = run(
        &["check", inp, "--out", "/dev/null", "--rejects", "/dev/null"],
        None,
    );
    assert_eq!(code(&output), 1, "{}", text(&output.stderr));
}

/// Issue #15: outputs are written to a temporary file renamed into place at the end, so
/// an interrupted run leaves the previous file whole (before, it was truncated at once).
#[test]
fn an_interrupted_run_leaves_the_outputs_as_they_were() {
    let dir = dir("interrupted_run");
    let out = write(&dir, "out.jsonl", "old\n");
    let mut child = Command::new(BIN)
        .args(["check", "-", "--out", out.to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for _ in 0..10_000 {
        stdin.write_all(format!("{ANN}\n").as_bytes()).unwrap();
    }
    stdin.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(fs::read_to_string(&out).unwrap(), "old\n");

    // A finished run replaces it, and leaves no temporary file behind (the killed run's
    // hidden one stays: SIGKILL runs no clean-up).
    let input = write(&dir, "in.jsonl", &format!("{ANN}\n"));
    let output = run(
        &[
            "check",
            input.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&output), 0);
    assert_eq!(lines(&out), [ANN_OUT]);
    let link = dir.join("link.jsonl");
    std::os::unix::fs::symlink(&out, &link).unwrap();
    let output = run(
        &[
            "check",
            input.to_str().unwrap(),
            "--out",
            link.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&output), 0);
    assert!(fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(lines(&out), [ANN_OUT]);
    fs::remove_file(&link).unwrap();
    let temps = fs::read_dir(&dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        })
        .count();
    assert_eq!(temps, 1);
}

/// Issue #15: an unbalanced quote made csv-core read the rest of the file as one cell, so
/// the rows after it vanished and the run exited 0. It is now a reject naming the lines,
/// and the summary counts them.
#[test]
fn an_unbalanced_csv_quote_is_a_reject_that_names_the_lines() {
    let dir = dir("unbalanced_csv_quote");
    let input = write(
        &dir,
        "c.csv",
        "firstName,lastName,city\nAnn,Lee,Pune\nBob,\"Roy,Brno\nCid,Dee,Praha\nDan,Eve,Linz\n",
    );
    let summary = dir.join("summary.json");
    let (output, out, rejects) =
        check_files(&dir, &input, &["--summary-json", summary.to_str().unwrap()]);
    assert_eq!(code(&output), 1, "{}", text(&output.stderr));
    assert_eq!(
        out,
        [r#"{"firstName":"Ann","lastName":"Lee","city":"Pune"}"#]
    );
    assert_eq!(
        rejects,
        [
            r#"{"line":3,"record":["Bob","Roy,Brno\nCid,Dee,Praha\nDan,Eve,Linz\n"],"errors":["InputError: unbalanced quote: the quote opened on line 3 is never closed; lines 3 to 5 were read as this one record"]}"#
        ]
    );
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains("     1  unbalanced quote in a CSV row\n")
            && stdout.contains("unbalanced quotes: 1 rows, spanning 3 lines of the file"),
        "{stdout}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(summary).unwrap()).unwrap();
    assert_eq!(
        (
            json["quote_errors"].as_u64(),
            json["quote_error_lines"].as_u64()
        ),
        (Some(1), Some(3))
    );
}

/// Runs the binary, killing it (and failing) if it takes more than `seconds`.
#[track_caller]
fn run_bounded(args: &[&str], stdin: Stdio, seconds: u64) -> (Output, std::time::Duration) {
    let started = std::time::Instant::now();
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed().as_secs() >= seconds {
            child.kill().unwrap();
            panic!("{args:?} still runs after {seconds} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    (child.wait_with_output().unwrap(), started.elapsed())
}

/// Issue #15: `check /dev/zero` spun forever (the header's cap was checked only when the
/// header ended), and so did any record that never ends; a FIFO with no writer blocked
/// in open. Each is now an exit 2 with a message.
#[test]
fn endless_input_and_a_fifo_without_writer_exit_2() {
    let (output, _) = run_bounded(&["check", "/dev/zero"], Stdio::null(), 20);
    assert_eq!(code(&output), 2);
    assert_eq!(
        text(&output.stderr),
        "contactkit: error: cannot read /dev/zero: the CSV header row is larger than 1048576 bytes\n"
    );
    let (output, _) = run_bounded(
        &[
            "check",
            "/dev/zero",
            "--format",
            "jsonl",
            "--out",
            "/dev/null",
        ],
        Stdio::null(),
        20,
    );
    assert_eq!(code(&output), 2);
    assert!(text(&output.stderr).contains(
        "/dev/zero: the line starting on line 1 runs on for more than 64 MiB without ending"
    ));

    // A CSV row that never ends after a good header: skipped for 64 MiB, then exit 2.
    let mut child = Command::new(BIN)
        .args(["check", "-", "--out", "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let zeros = vec![0u8; 1 << 20];
    let _ = stdin.write_all(b"firstName,lastName\nAnn,Lee\n");
    for _ in 0..100 {
        if stdin.write_all(&zeros).is_err() {
            break;
        }
    }
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    assert_eq!(code(&output), 2);
    assert!(text(&output.stderr)
        .contains("standard input: the CSV row starting on line 3 runs on for more than 64 MiB"));

    let dir = dir("fifo_without_writer");
    let fifo = dir.join("in.csv");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let (output, took) = run_bounded(
        &["check", fifo.to_str().unwrap(), "--open-timeout", "1"],
        Stdio::null(),
        20,
    );
    assert_eq!(code(&output), 2);
    assert!(took.as_secs() < 10);
    assert!(text(&output.stderr).ends_with(
        "in.csv: no process opened this FIFO for writing within 1 s (--open-timeout)\n"
    ));
}

/// Issue #15: `--jobs 10000` started 10,000 threads (77 s, 192 MB for one record). It is
/// capped at the number of cores, with a warning.
#[test]
fn jobs_are_capped_at_the_cores() {
    let dir = dir("jobs_capped");
    let input = write(&dir, "in.jsonl", &format!("{ANN}\n"));
    let (output, took) = run_bounded(
        &["check", input.to_str().unwrap(), "--jobs", "10000"],
        Stdio::null(),
        20,
    );
    assert_eq!(code(&output), 0);
    assert!(took.as_secs() < 10);
    assert_eq!(text(&output.stdout).lines().next(), Some(ANN_OUT));
    let cores = std::thread::available_parallelism().unwrap().get();
    assert_eq!(
        text(&output.stderr).lines().next().unwrap(),
        format!("contactkit: warning: --jobs 10000 is more than the {cores} cores; using {cores}")
    );
}

/// Issue #15: a header of more than 4,096 cells was reported as "larger than 1048576
/// bytes", and 4,000 unknown columns printed 4,000 warnings.
#[test]
fn wide_headers_name_the_real_limit_and_warn_once() {
    let dir = dir("wide_headers");
    let wide: Vec<String> = (0..5000).map(|i| format!("c{i}")).collect();
    let input = write(&dir, "wide.csv", &format!("{}\n", wide.join(",")));
    let output = run(&["check", input.to_str().unwrap()], None);
    assert_eq!(code(&output), 2);
    assert!(text(&output.stderr).ends_with(": the CSV header has more than 4096 columns\n"));

    let mut header = vec!["firstName".to_owned(), "lastName".to_owned()];
    header.extend((0..4000).map(|i| format!("extra{i}")));
    let row = format!("Ann,Lee{}", ",".repeat(4000));
    let input = write(&dir, "extra.csv", &format!("{}\n{row}\n", header.join(",")));
    let (output, out, _) = check_files(&dir, &input, &[]);
    assert_eq!(code(&output), 0, "{}", text(&output.stderr));
    assert_eq!(out, [r#"{"firstName":"Ann","lastName":"Lee"}"#]);
    let stderr = text(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr
        .starts_with("contactkit: warning: 4000 CSV columns match no bik field: 3 (\"extra0\"), "));
    assert!(stderr.ends_with(
        "and 3990 more; rows with text in them are rejected as having an unknown key\n"
    ));
}

/// Issue #15: the column names spreadsheets use (`Phone`, `Mobile`, `E-mail address`,
/// `Surname`, `Given name`) read through a built-in alias table, `--map COLUMN=FIELD`
/// names any other, and `--ignore-unknown-columns` leaves the rest out of the record.
#[test]
fn column_aliases_map_and_ignore_unknown_columns() {
    let dir = dir("column_aliases");
    let input = write(
        &dir,
        "export.csv",
        "Given name,Surname,E-mail address,Mobile,Tel. (work),Notes\n\
         Ann,Lee,Ann@Example.com,9090909090,+420 777 123 456,call back\n",
    );
    let (output, out, rejects) = check_files(&dir, &input, &[]);
    assert_eq!(code(&output), 1);
    assert!(out.is_empty());
    assert!(rejects[0].contains(r#"ValidationError: \"Tel. (work)\" is not allowed"#));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(
            "warning: CSV columns read by built-in alias: \"Given name\" as firstName, \
             \"Surname\" as lastName, \"E-mail address\" as email, \"Mobile\" as phoneNumber \
             (--map COLUMN=FIELD overrides)"
        ),
        "{stderr}"
    );

    let (output, out, rejects) = check_files(
        &dir,
        &input,
        &[
            "--map",
            "tel work=alternatePhoneNumber",
            "--ignore-unknown-columns",
        ],
    );
    assert_eq!(code(&output), 0, "{}", text(&output.stderr));
    assert!(rejects.is_empty());
    assert_eq!(
        out,
        [
            r#"{"firstName":"Ann","lastName":"Lee","phoneNumber":"+91 9090909090","alternatePhoneNumber":"+420 777123456","email":"ann@example.com"}"#
        ]
    );
    assert!(text(&output.stderr).contains(
        "CSV column 6 (\"Notes\") matches no bik field; it is left out of the records (--ignore-unknown-columns)"
    ));

    let (output, _, _) = check_files(&dir, &input, &["--map", "Fax=phoneNumber"]);
    assert_eq!(code(&output), 2);
    assert!(text(&output.stderr)
        .contains("--map Fax=phoneNumber: the CSV header has no column \"Fax\""));
    let json = write(&dir, "in.jsonl", &format!("{ANN}\n"));
    let output = run(
        &["check", json.to_str().unwrap(), "--ignore-unknown-columns"],
        None,
    );
    assert_eq!(code(&output), 2);
    assert!(text(&output.stderr).contains("apply to CSV input only"));
}

/// Issue #15: Excel saves "Unicode text" as UTF-16 with a byte order mark and "CSV" in
/// the system's code page (Windows-1252 in Western Europe). UTF-16 with a BOM is read;
/// a code page is read with `--encoding` and otherwise refused with a message naming
/// the encodings, never decoded as mojibake.
#[test]
fn excel_encodings_are_read_or_refused_by_name() {
    let dir = dir("excel_encodings");
    let text16 = "First Name\tLast Name\tCity\r\nJiří\tMüller\tBrno\r\n";
    let utf16le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text16.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let utf16be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text16.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let expected = r#"{"firstName":"Jiří","lastName":"Müller","city":"Brno"}"#;
    for (name, bytes) in [("le.csv", &utf16le), ("be.txt", &utf16be)] {
        let input = dir.join(name);
        fs::write(&input, bytes).unwrap();
        let (output, out, _) = check_files(&dir, &input, &[]);
        assert_eq!(code(&output), 0, "{name}: {}", text(&output.stderr));
        assert_eq!(out, [expected], "{name}");
    }
    // Without its byte order mark UTF-16 is refused, naming the encoding to ask for.
    let input = dir.join("nobom.csv");
    fs::write(&input, &utf16le[2..]).unwrap();
    let output = run(&["check", input.to_str().unwrap()], None);
    assert_eq!(code(&output), 2);
    assert!(text(&output.stderr).contains(
        "looks like UTF-16 (utf-16le) without a byte order mark; rerun with --encoding utf-16le"
    ));

    // "José,Müller,Köln" in Windows-1252.
    let input = dir.join("w1252.csv");
    fs::write(
        &input,
        b"firstName,lastName,city\nJos\xE9,M\xFCller,K\xF6ln\n",
    )
    .unwrap();
    let output = run(&["check", input.to_str().unwrap()], None);
    assert_eq!(code(&output), 2);
    assert!(text(&output.stderr).contains(
        "w1252.csv is not UTF-8 (byte 0xE9 at offset 27); spreadsheets save \"CSV\" in the system's code page: rerun with --encoding naming it, e.g. --encoding windows-1252"
    ));
    assert!(text(&output.stdout).is_empty());
    for label in ["windows-1252", "latin1"] {
        let (output, out, _) = check_files(&dir, &input, &["--encoding", label]);
        assert_eq!(code(&output), 0, "{label}");
        assert_eq!(
            out,
            [r#"{"firstName":"José","lastName":"Müller","city":"Köln"}"#]
        );
    }
    let output = run(&["check", "-", "--encoding", "klingon"], Some(b""));
    assert_eq!(code(&output), 2);
    assert!(text(&output.stderr).contains("\"klingon\" is not an encoding name"));
}

/// The run as `tests/data/deferred/*.expected` records it: exit code, stdout without the
/// timing line, stderr, the output (its line count for a large input) and the rejects.
fn deferred_run(dir: &Path, input: &Path, jobs: &str, count_out: bool) -> String {
    let (out, rejects) = (dir.join("out.jsonl"), dir.join("rejects.jsonl"));
    let _ = fs::remove_file(&out);
    let _ = fs::remove_file(&rejects);
    let output = run(
        &[
            "check",
            input.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--rejects",
            rejects.to_str().unwrap(),
            "--jobs",
            jobs,
        ],
        None,
    );
    let stdout: String = text(&output.stdout)
        .split_inclusive('\n')
        .filter(|line| !line.starts_with("time "))
        .collect();
    let read = |path: &Path| fs::read_to_string(path).unwrap_or_default();
    let out = if count_out {
        format!("{} lines\n", read(&out).matches('\n').count())
    } else {
        read(&out)
    };
    // Written with the input in the current folder.
    let name = format!("./{}", input.file_name().unwrap().to_str().unwrap());
    let stderr = text(&output.stderr).replace(input.to_str().unwrap(), &name);
    format!(
        "code {}\n--- stdout\n{stdout}--- stderr\n{stderr}--- out\n{out}--- rejects\n{}",
        code(&output),
        read(&rejects)
    )
}

/// A record that is not JSON is found by the validator (the reader only finds where it
/// ends, #14), yet everything is as when the reader checked it too: the expected files
/// were written by the binary before that change, with `--jobs 1` and `--jobs 2` alike.
#[test]
fn syntax_errors_inside_records_report_as_before() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/deferred");
    let dir = dir("syntax_errors_inside_records_report_as_before");
    // A body over several windows of records: the bad record in the third.
    let mut entries: Vec<String> = (0..10_000)
        .map(|i| {
            format!(r#"{{"firstName": "A{i}", "lastName": "B", "email": "a{i}@example.com"}}"#)
        })
        .collect();
    entries[9000] = r#"{"firstName": "A\q"}"#.to_owned();
    let big = format!(
        "{{\"userProperties\": [\n{}\n],\n\"x\": 1}}\n",
        entries.join(",\n")
    );
    let big = write(&dir, "big_bad_then_unknown_key.json", &big);
    let mut inputs: Vec<PathBuf> = fs::read_dir(&data)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    inputs.sort();
    inputs.push(big);
    assert!(inputs.len() > 20);
    for input in &inputs {
        let name = input.file_stem().unwrap().to_str().unwrap();
        let expected = fs::read_to_string(data.join(format!("{name}.expected"))).unwrap();
        for jobs in ["1", "2"] {
            let got = deferred_run(&dir, input, jobs, name.starts_with("big_"));
            assert_eq!(got, expected, "{name} with --jobs {jobs}");
        }
    }
}
