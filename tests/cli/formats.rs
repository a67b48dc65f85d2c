//! The SARIF, JUnit, CSV and Markdown reports: snapshots on two fixtures, and checks of their
//! syntax on every fixture (SARIF against the vendored 2.1.0 schema, CSV with an RFC 4180 reader,
//! JUnit with an XML parser).

use crate::fixtures::{name, scan_fixture};
use crate::{fixture_dirs, run};

/// The fixtures whose reports are snapshotted in every format.
const SNAPSHOTTED: &[&str] = &["cargo-workspace", "npm-messy-licenses"];

/// The formats this file covers.
const FORMATS: &[&str] = &["sarif", "junit", "csv", "markdown"];

#[test]
fn snapshots() {
    for fixture in SNAPSHOTTED {
        for format in FORMATS {
            let out = run(&["scan", &format!("fixtures/{fixture}"), "--format", format]);
            insta::assert_snapshot!(format!("{format}-{fixture}"), out.snapshot());
        }
    }
}

/// The vendored SARIF 2.1.0 schema, compiled, checking `format`s (`uri`, …) too.
fn sarif_validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(crate::repo().join("tests/schemas/sarif-2.1.0.json"))
        .expect("the vendored SARIF schema");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles")
}

#[test]
fn sarif_is_valid_for_every_fixture() {
    let validator = sarif_validator();
    for dir in fixture_dirs() {
        let name = name(&dir);
        let out = scan_fixture(&name, &["--format", "sarif"]);
        let sarif: serde_json::Value = serde_json::from_str(&out.stdout)
            .unwrap_or_else(|e| panic!("{name}: stdout is not JSON: {e}"));
        let errors: Vec<String> = validator
            .iter_errors(&sarif)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{name}: invalid SARIF:\n{}",
            errors.join("\n")
        );
        let results = sarif["runs"][0]["results"].as_array().expect("results");
        let json = scan_fixture(&name, &["--format", "json"]);
        let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
        assert_eq!(
            results.len(),
            json["findings"].as_array().unwrap().len(),
            "{name}: one result per finding"
        );
        for result in results {
            let uri = &result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
            assert!(uri.is_string(), "{name}: a result without a location");
            assert!(result["partialFingerprints"]["ossdoo/v1"].is_string());
        }
    }
}

#[test]
fn sarif_fingerprint_ignores_the_version() {
    let out = run(&["scan", "fixtures/cargo-workspace", "--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["properties"]["purl"], "pkg:cargo/option-ext@0.2.0");
    // sha256("license-review\npkg:cargo/option-ext"), first 16 bytes.
    assert_eq!(
        result["partialFingerprints"]["ossdoo/v1"],
        "2ec135393669ccaa680f7c7317f46435"
    );
}

/// Splits CSV text into records of fields, as RFC 4180 reads it (quoted fields may hold commas,
/// doubled quotes and line breaks; records end with CRLF). Panics on malformed input.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => {
                quoted = false;
                let next = chars.peek();
                assert!(
                    matches!(next, None | Some(',' | '\r')),
                    "text after a closing quote: {next:?}"
                );
            }
            (true, c) => field.push(c),
            (false, '"') => {
                assert!(field.is_empty(), "a quote inside an unquoted field");
                quoted = true;
            }
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\n') => panic!("a bare LF ends a record"),
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "an unterminated quoted field");
    assert!(
        field.is_empty() && record.is_empty(),
        "the last record has no CRLF"
    );
    records
}

#[test]
fn csv_parser_reads_quotes() {
    let records = parse_csv("a,\"b,\"\"c\"\"\",\"d\r\ne\"\r\n,,\r\n");
    assert_eq!(records, [vec!["a", "b,\"c\"", "d\r\ne"], vec!["", "", ""]]);
}

#[test]
fn csv_has_a_row_per_package_for_every_fixture() {
    for dir in fixture_dirs() {
        let name = name(&dir);
        let out = scan_fixture(&name, &["--format", "csv"]);
        let records = parse_csv(&out.stdout);
        let json = scan_fixture(&name, &["--format", "json"]);
        let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
        let packages = json["packages"].as_array().unwrap();
        assert_eq!(records.len(), packages.len() + 1, "{name}: rows");
        assert_eq!(records[0][0], "ecosystem");
        for (record, package) in records[1..].iter().zip(packages) {
            assert_eq!(record.len(), 12, "{name}: fields in {record:?}");
            assert_eq!(
                record[3],
                package["purl"].as_str().unwrap(),
                "{name}: order"
            );
        }
    }
}

/// Parses XML to the end, panicking if it is not well-formed; returns the names of the elements
/// in document order.
fn xml_elements(text: &str) -> Vec<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut names = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Start(e) | Event::Empty(e)) => {
                for attribute in e.attributes() {
                    let attribute = attribute.expect("a well-formed attribute");
                    attribute
                        .unescape_value()
                        .expect("an attribute value with valid escapes");
                }
                names.push(String::from_utf8(e.name().as_ref().to_vec()).unwrap());
            }
            Ok(Event::Text(t)) => {
                t.decode().expect("text in UTF-8");
            }
            Ok(_) => {}
            Err(e) => panic!("not well-formed at {}: {e}", reader.buffer_position()),
        }
    }
    names
}

#[test]
fn junit_is_well_formed_for_every_fixture() {
    for dir in fixture_dirs() {
        let name = name(&dir);
        let out = scan_fixture(&name, &["--format", "junit"]);
        let elements = xml_elements(&out.stdout);
        assert_eq!(elements.first().map(String::as_str), Some("testsuites"));
        let json = scan_fixture(&name, &["--format", "json"]);
        let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
        let packages = json["packages"].as_array().unwrap().len();
        let cases = elements.iter().filter(|e| *e == "testcase").count();
        assert!(
            cases >= packages,
            "{name}: {cases} test cases, {packages} packages"
        );
    }
}

#[test]
fn junit_fails_the_packages_that_fail_the_gate() {
    let out = run(&["scan", "fixtures/npm-messy-licenses", "--format", "junit"]);
    let failures = out.stdout.matches("<failure ").count();
    assert!(out.code == 1 && failures > 0, "{}", out.stdout);
    let review = run(&[
        "scan",
        "fixtures/cargo-workspace",
        "--format",
        "junit",
        "--fail-on",
        "review",
    ]);
    assert_eq!(review.code, 1);
    assert_eq!(review.stdout.matches("<failure ").count(), 1);
    let pass = run(&["scan", "fixtures/cargo-workspace", "--format", "junit"]);
    assert_eq!(pass.code, 0);
    assert_eq!(pass.stdout.matches("<failure ").count(), 0);
    assert_eq!(pass.stdout.matches("<system-out>").count(), 1);
}

#[test]
fn markdown_leads_with_the_verdict() {
    let pass = run(&["scan", "fixtures/cargo-workspace", "--format", "markdown"]);
    assert!(pass.stdout.starts_with("### ✅ PASS"), "{}", pass.stdout);
    let fail = run(&[
        "scan",
        "fixtures/npm-messy-licenses",
        "--format",
        "markdown",
    ]);
    assert!(fail.stdout.starts_with("### ❌ FAIL"), "{}", fail.stdout);
    let error = run(&[
        "scan",
        "fixtures/npm-broken-lockfile",
        "--format",
        "markdown",
    ]);
    assert!(error.stdout.starts_with("### ⚠️ ERROR"), "{}", error.stdout);
}

/// An npm project whose lockfile lists `allowed` MIT packages and `unknown` packages without a
/// license, each with a long name.
fn big_npm_project(allowed: usize, unknown: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut packages = serde_json::Map::new();
    packages.insert(
        String::new(),
        serde_json::json!({"name": "big", "version": "1.0.0"}),
    );
    for i in 0..allowed + unknown {
        let name = format!("a-package-with-a-rather-long-name-to-fill-the-comment-{i:05}");
        let mut entry = serde_json::json!({"version": "1.0.0"});
        if i < allowed {
            entry["license"] = "MIT".into();
        }
        packages.insert(format!("node_modules/{name}"), entry);
    }
    let lockfile = serde_json::json!({
        "name": "big", "version": "1.0.0", "lockfileVersion": 3, "packages": packages,
    });
    std::fs::write(
        dir.path().join("package-lock.json"),
        serde_json::to_string_pretty(&lockfile).unwrap(),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("package.json"),
        r#"{"name": "big", "version": "1.0.0"}"#,
    )
    .unwrap();
    dir
}

#[test]
fn markdown_fits_in_a_github_comment() {
    const GITHUB_LIMIT: usize = 65_536;
    // Small enough: nothing is cut.
    let small = big_npm_project(20, 2);
    let out = run(&[
        "scan",
        small.path().to_str().unwrap(),
        "--format",
        "markdown",
    ]);
    assert!(
        !out.stdout.contains("more; the full report"),
        "{}",
        out.stdout
    );
    assert_eq!(out.stdout.matches("| allowed | npm |").count(), 20);

    // Many allowed packages: the collapsed table is cut, the findings are all there.
    let wide = big_npm_project(2_000, 3);
    let out = run(&[
        "scan",
        wide.path().to_str().unwrap(),
        "--format",
        "markdown",
    ]);
    assert_eq!(out.code, 1);
    assert!(out.stdout.chars().count() < GITHUB_LIMIT);
    assert!(
        out.stdout.starts_with("### ❌ FAIL: 3 violations"),
        "{}",
        out.stdout
    );
    assert_eq!(out.stdout.matches("| unknown | a-package").count(), 3);
    let cut = out
        .stdout
        .lines()
        .filter(|l| l.starts_with("…and "))
        .collect::<Vec<_>>();
    assert_eq!(cut.len(), 1, "{cut:?}");
    let shown = out.stdout.matches("| npm | a-package").count();
    assert!(shown > 100, "only {shown} rows shown");
    assert_eq!(
        cut[0],
        format!(
            "…and {} more; the full report (`--format json` or `--format html`) lists them.",
            2_003 - shown
        )
    );
    assert!(out.stdout.ends_with("</details>\n"));

    // Many violations: every list is cut, and the verdict and remedies stay.
    let failing = big_npm_project(0, 3_000);
    let out = run(&[
        "scan",
        failing.path().to_str().unwrap(),
        "--format",
        "markdown",
    ]);
    assert!(out.stdout.chars().count() < GITHUB_LIMIT);
    assert!(out.stdout.starts_with("### ❌ FAIL: 3000 violations"));
    assert!(out.stdout.contains("#### Remedies"));
    assert!(out.stdout.contains("more; the full report"));
}
