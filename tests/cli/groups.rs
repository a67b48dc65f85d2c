//! Repeated findings grouped (`fixtures/families`): one row and one remedy per family in the
//! table, Markdown and HTML reports; every package still in the JSON report; and each group's
//! remedy, pasted into a policy, settles the whole group.

use crate::{chromium, headless, run, screenshot};

const FAMILIES: &str = "fixtures/families";

/// The packages of the three groups the fixture makes, by purl prefix, and how many of each.
const GROUPS: &[(&str, &str, usize)] = &[
    ("pkg:pypi/azure-*", "pkg:pypi/azure-", 4),
    (
        "pkg:npm/%40img/sharp-libvips-*",
        "pkg:npm/%40img/sharp-libvips-",
        9,
    ),
    (
        "pkg:npm/%40img/sharp-win32-*",
        "pkg:npm/%40img/sharp-win32-",
        3,
    ),
];

fn findings(json: &str) -> Vec<(String, String)> {
    let report: serde_json::Value = serde_json::from_str(json).unwrap();
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["purl"].as_str().unwrap().to_owned(),
                f["rule"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn markdown_folds_each_group_into_one_row() {
    let out = run(&["scan", FAMILIES, "--format", "markdown"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    // One row per group, its members in a <details>; 30 packages need attention in 17 rows.
    let attention = out.stdout.split("#### Remedies").next().unwrap();
    let rows = attention
        .lines()
        .filter(|l| l.starts_with("| unknown |") || l.starts_with("| review |"))
        .count();
    assert_eq!(rows, 17, "{}", out.stdout);
    insta::assert_snapshot!(out.snapshot());
}

#[test]
fn markdown_folds_each_group_into_one_row_in_french() {
    let out = run(&["scan", FAMILIES, "--format", "markdown", "--lang", "fr"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("Les 9 paquets de `pkg:npm/%40img/sharp-libvips-*` (license-review)\u{a0}:"),
        "{}",
        out.stdout
    );
    insta::assert_snapshot!(out.snapshot());
}

#[test]
fn machine_formats_keep_every_package() {
    let out = run(&["scan", FAMILIES, "--format", "json"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let findings = findings(&out.stdout);
    assert_eq!(findings.len(), 30);
    for (_, prefix, count) in GROUPS {
        let n = findings
            .iter()
            .filter(|(p, _)| p.starts_with(prefix))
            .count();
        assert_eq!(n, *count, "{prefix}");
    }
    let csv = run(&["scan", FAMILIES, "--format", "csv"]);
    assert!(!csv.stdout.contains('*'), "{}", csv.stdout);
    assert_eq!(csv.stdout.lines().count(), 46, "{}", csv.stdout);
}

/// The remedy of each group, as the Markdown report gives it: the TOML of the code block after
/// "The N packages of `PATTERN`".
fn group_remedies(markdown: &str) -> Vec<(String, String)> {
    let mut remedies = Vec::new();
    let mut lines = markdown.lines();
    while let Some(line) = lines.next() {
        let Some(rest) = line.strip_prefix("The ") else {
            continue;
        };
        let pattern = rest.split('`').nth(1).unwrap().to_owned();
        let toml: Vec<&str> = lines
            .by_ref()
            .skip_while(|l| !l.starts_with("```toml"))
            .skip(1)
            .take_while(|l| !l.starts_with("```"))
            .collect();
        remedies.push((pattern, toml.join("\n")));
    }
    remedies
}

#[test]
fn each_group_remedy_settles_its_whole_group() {
    let before = run(&["scan", FAMILIES, "--format", "json"]);
    let before = findings(&before.stdout);
    let markdown = run(&["scan", FAMILIES, "--format", "markdown"]).stdout;
    let remedies = group_remedies(&markdown);
    let patterns: Vec<&str> = remedies.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        patterns,
        GROUPS.iter().map(|(p, _, _)| *p).collect::<Vec<_>>()
    );
    for ((pattern, remedy), (_, prefix, count)) in remedies.iter().zip(GROUPS) {
        assert!(
            remedy.contains(&format!("package = \"{pattern}\"")),
            "{remedy}"
        );
        // The OSPO fills in the placeholders.
        let filled = remedy
            .replace("\"<the SPDX expression the OSPO concluded>\"", "\"MIT\"")
            .replace("\"<", "\"filled in: ")
            .replace(">\"", "\"");
        let dir = tempfile::tempdir().unwrap();
        let policy = dir.path().join("ossdoo.toml");
        std::fs::write(&policy, format!("extends = \"default\"\n\n{filled}\n")).unwrap();
        let out = run(&[
            "scan",
            FAMILIES,
            "--format",
            "json",
            "--policy",
            policy.to_str().unwrap(),
        ]);
        let after = findings(&out.stdout);
        assert!(
            !after.iter().any(|(p, _)| p.starts_with(prefix)),
            "{pattern} left findings: {after:?}"
        );
        // Nothing else changed: the other findings are the same ones.
        let others: Vec<_> = before
            .iter()
            .filter(|(p, _)| !p.starts_with(prefix))
            .cloned()
            .collect();
        assert_eq!(after, others, "{pattern}");
        assert_eq!(before.len() - after.len(), *count, "{pattern}");
    }
}

#[test]
fn html_folds_each_group_into_one_finding() {
    let out = run(&["scan", FAMILIES, "--format", "html"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let page = &out.stdout;
    assert_eq!(page.matches("<article class=\"finding group ").count(), 3);
    // 30 findings: 3 groups of 16 packages, 14 alone.
    assert_eq!(page.matches("<article class=\"finding").count(), 17);
    assert_eq!(page.matches("<details class=\"members\">").count(), 3);
    assert!(page.contains("<summary>@img/sharp-libvips-* (9 packages)</summary>"));
    // Every package is still a row of the packages table.
    assert_eq!(page.matches("<tr data-verdict=").count(), 45);
    // The group's remedy, once.
    assert_eq!(
        page.matches("package = &quot;pkg:npm/%40img/sharp-libvips-*&quot;")
            .count(),
        1
    );
}

#[test]
fn html_groups_fold_in_a_real_browser() {
    let Some(chromium) = chromium("html_groups_fold_in_a_real_browser") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    let out = run(&[
        "scan",
        FAMILIES,
        "--format",
        "html",
        "--output",
        page.to_str().unwrap(),
    ]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let url = format!("file://{}", page.display());
    let dom =
        String::from_utf8_lossy(&headless(&chromium, dir.path(), &["--dump-dom", &url]).stdout)
            .into_owned();
    // Folded: the details are closed, and the script gave the group's remedy its copy button.
    assert_eq!(
        dom.matches("<details class=\"members\">").count(),
        3,
        "{dom}"
    );
    assert!(!dom.contains("<details class=\"members\" open"), "{dom}");
    let group = dom
        .split("<article class=\"finding group s-warning\">")
        .nth(1)
        .unwrap();
    let group = group.split("</article>").next().unwrap();
    assert!(group.contains(">Copy</button>"), "{group}");
    assert_eq!(group.matches("<li><a href=\"#pkg-").count(), 9, "{group}");
    screenshot(&chromium, dir.path(), &url, "1280,2000");
}

#[test]
fn markdown_group_renders_folded_as_github_shows_it() {
    let Some(chromium) = chromium("markdown_group_renders_folded_as_github_shows_it") else {
        return;
    };
    let out = run(&["scan", FAMILIES, "--format", "markdown"]);
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("comment.html");
    std::fs::write(&page, crate::languages_reports::github_page(&out.stdout)).unwrap();
    let url = format!("file://{}", page.display());
    let dom =
        String::from_utf8_lossy(&headless(&chromium, dir.path(), &["--dump-dom", &url]).stdout)
            .into_owned();
    // The <details> sits in the table cell, folded.
    assert!(
        dom.contains("<td><details><summary>@img/sharp-libvips-* (9 packages)</summary>"),
        "{dom}"
    );
}
