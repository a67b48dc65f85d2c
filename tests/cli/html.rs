//! `--format html`: the page is too large to snapshot, so these tests check its structure: every
//! package has a row with its name escaped, nothing is loaded from the network, the verdict is in
//! the header, and two runs give the same bytes.

use crate::run;

/// HTML escaping, written out again here so the test does not trust the code under test.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The values of every `ATTR="…"` attribute in the page.
fn attribute_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .map(|(at, _)| {
            let value = &html[at + needle.len()..];
            &value[..value.find('"').unwrap_or(value.len())]
        })
        .collect()
}

/// Asserts that the page loads nothing: no absolute `src`/`href`, no stylesheet links, no CSS
/// `url(…)` or `@import`.
fn assert_self_contained(html: &str) {
    for attr in ["src", "href", "action", "srcset", "poster", "data"] {
        for value in attribute_values(html, attr) {
            let lower = value.to_ascii_lowercase();
            assert!(
                !lower.starts_with("http://")
                    && !lower.starts_with("https://")
                    && !lower.starts_with("//"),
                "{attr}=\"{value}\" loads from the network"
            );
        }
    }
    assert!(!html.contains("<link"), "a <link> element");
    assert!(!html.contains("url("), "a CSS url()");
    assert!(!html.contains("@import"), "a CSS @import");
}

/// The package names of the JSON report for the same folder.
fn package_names(folder: &str) -> Vec<String> {
    let json = run(&["scan", folder, "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    report["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn messy_licenses_page_structure() {
    let out = run(&["scan", "fixtures/npm-messy-licenses", "--format", "html"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let html = &out.stdout;
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(html.ends_with("</html>\n"));
    assert!(html.contains("<span class=\"overall overall-fail\">FAIL</span>"));
    assert!(html.contains("<code>fixtures/npm-messy-licenses</code>"));
    assert!(html.contains("ossdoo default"));
    assert_self_contained(html);

    let names = package_names("fixtures/npm-messy-licenses");
    assert_eq!(names.len(), 19);
    assert_eq!(html.matches("<tr data-verdict=").count(), names.len());
    // Long names get `<wbr>` break hints; without them each name cell is the escaped name.
    let plain = html.replace("<wbr>", "");
    for name in &names {
        let cell = format!("<td class=\"name\">{}</td>", escaped(name));
        assert!(plain.contains(&cell), "no row for {name}");
    }
    // Findings, grouped by severity, with the remedy in a <pre>.
    assert!(html.contains("<span class=\"rule\">license-denied</span>"));
    assert!(html.contains(
        "<pre class=\"remedy\">[[exceptions]]\npackage = &quot;pkg:npm/punycode@1.2.4&quot;"
    ));
    // The chart has a bar per catalog category and one for unresolved licenses.
    assert_eq!(html.matches("<div class=\"crow").count(), 10);
}

#[test]
fn html_is_byte_identical_across_runs() {
    let first = run(&["scan", "fixtures/npm-messy-licenses", "--format", "html"]);
    let second = run(&["scan", "fixtures/npm-messy-licenses", "--format", "html"]);
    assert!(!first.stdout.is_empty());
    assert_eq!(first.stdout, second.stdout);
}

#[test]
fn polyglot_page_is_small_and_self_contained() {
    let out = run(&["scan", "fixtures/polyglot", "--format", "html"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stdout.len() < 200_000,
        "{} bytes is too large",
        out.stdout.len()
    );
    assert_self_contained(&out.stdout);
    assert_eq!(
        out.stdout.matches("<tr data-verdict=").count(),
        package_names("fixtures/polyglot").len()
    );
}

#[test]
fn hostile_names_and_licenses_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let name = "<script>alert(1)</script>";
    let license = "\"><img src=x onerror='alert(2)'> & co";
    std::fs::write(
        dir.path().join("package.json"),
        r#"{"name": "app", "version": "1.0.0", "license": "MIT", "dependencies": {}}"#,
    )
    .unwrap();
    let lock = serde_json::json!({
        "name": "app",
        "version": "1.0.0",
        "lockfileVersion": 3,
        "requires": true,
        "packages": {
            "": { "name": "app", "version": "1.0.0", "license": "MIT",
                  "dependencies": { name: "1.0.0" } },
            format!("node_modules/{name}"): { "version": "1.0.0", "license": license }
        }
    });
    std::fs::write(
        dir.path().join("package-lock.json"),
        serde_json::to_string_pretty(&lock).unwrap(),
    )
    .unwrap();
    let out = run(&["scan", dir.path().to_str().unwrap(), "--format", "html"]);
    let html = &out.stdout;
    assert_eq!(html.matches("<tr data-verdict=").count(), 1, "{html}");
    assert!(!html.contains("<script>alert"), "unescaped name");
    assert!(!html.contains("<img"), "unescaped license");
    assert!(!html.contains("onerror='"), "unescaped quote");
    assert!(html.replace("<wbr>", "").contains(&escaped(name)));
    assert!(html.contains(&escaped(license)));
    // The only script is the page's own.
    assert_eq!(html.matches("<script").count(), 1);
    assert_self_contained(html);
}

#[test]
fn output_file_matches_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.html");
    let written = run(&[
        "scan",
        "fixtures/npm-lockfile-v3",
        "--format",
        "html",
        "--output",
        path.to_str().unwrap(),
    ]);
    assert_eq!(written.stdout, "");
    let direct = run(&["scan", "fixtures/npm-lockfile-v3", "--format", "html"]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), direct.stdout);
    assert!(
        direct
            .stdout
            .contains("<span class=\"overall overall-pass\">PASS</span>")
    );
}
