//! `ossdoo notice`: the third-party notices file.

use crate::run;

#[test]
fn notices_group_by_license_with_copyrights_and_apache_notice_files() {
    let out = run(&["notice", "fixtures/go-vendor"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let text = out.stdout;
    assert!(text.starts_with("THIRD-PARTY SOFTWARE NOTICES\n"));
    for header in [
        "\nApache-2.0\n",
        "\nApache-2.0 AND MIT\n",
        "\nBSD-3-Clause\n",
        "\nMIT\n",
        "\nMPL-2.0\n",
    ] {
        assert!(text.contains(header), "no group {header:?}");
    }
    assert!(text.contains("  - gopkg.in/yaml.v3 v3.0.1 (go)\n"));
    assert!(text.contains("  Copyright (c) 2006-2010 Kirill Simonov\n"));
    assert!(
        text.contains(
            "NOTICE of gopkg.in/yaml.v3 v3.0.1 (go):\n\nCopyright 2011-2016 Canonical Ltd."
        )
    );
    // Each distinct license text once: cobra ships the full Apache-2.0 text, mousetrap the short
    // notice with its own copyright line; both are kept, each once.
    assert_eq!(
        text.matches("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION")
            .count(),
        1
    );
    assert!(text.contains("License text of: github.com/inconshreveable/mousetrap v1.0.1 (go)\n"));
    let again = run(&["notice", "fixtures/go-vendor"]);
    assert_eq!(again.stdout, text, "notices are deterministic");
}

#[test]
fn dev_packages_are_left_out_unless_asked_for() {
    let without = run(&["notice", "fixtures/python-venv", "--format", "markdown"]).stdout;
    let with = run(&[
        "notice",
        "fixtures/python-venv",
        "--format",
        "markdown",
        "--include-dev",
    ])
    .stdout;
    assert!(!without.contains("- pytest "), "{without}");
    assert!(with.contains("- pytest "), "{with}");
    assert!(without.contains("NOTICE of requests 2.34.2 (python):"));
}

#[test]
fn html_notices_are_one_escaped_page_written_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("NOTICE.html");
    let out = run(&[
        "notice",
        "fixtures/npm-messy-licenses",
        "--format",
        "html",
        "--output",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "");
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("<script"));
    assert!(
        html.contains("&lt;") || !html.contains("<http"),
        "texts are escaped"
    );
}

#[test]
fn notice_files_inside_jars_are_reproduced() {
    let out = run(&["notice", "fixtures/maven-multimodule"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // commons-lang3 keeps its NOTICE in the jar's META-INF/NOTICE.txt, jackson-core in
    // META-INF/NOTICE; the vendored commons-codec jar (a `system` dependency) has one too.
    assert!(out.stdout.contains(
        "NOTICE of org.apache.commons:commons-lang3 3.12.0 (maven):\n\nApache Commons Lang\nCopyright 2001-2021 The Apache Software Foundation\n"
    ), "{}", out.stdout);
    for package in [
        "com.fasterxml.jackson.core:jackson-core 2.14.1",
        "commons-codec:commons-codec 1.15",
        "commons-io:commons-io 2.11.0",
    ] {
        assert!(
            out.stdout
                .contains(&format!("NOTICE of {package} (maven):")),
            "{package}"
        );
    }
    // Only Apache-2.0 asks for its NOTICE files to be reproduced: jakarta.servlet-api's
    // NOTICE.md (EPL-2.0 OR GPL-2.0-only WITH Classpath-exception-2.0) is not.
    assert!(!out.stdout.contains("NOTICE of jakarta.servlet"));
}

/// A vendored copy's notice read from its header is reproduced as read (comment marks stripped),
/// not the whole header, and a copy named by its version.
#[test]
fn vendored_header_notices_are_reproduced_without_the_code() {
    let out = run(&["notice", "fixtures/vendored-headers"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let text = out.stdout;
    assert!(text.contains("  - lua 5.4.4 (generic)\n"), "{text}");
    assert!(text.contains("  - tinyxml2 9.0.0 (generic)\n"), "{text}");
    assert!(
        text.contains("  Copyright (C) 1994-2022 Lua.org, PUC-Rio.\n"),
        "{text}"
    );
    assert!(
        text.contains("License text of: tinyxml2 9.0.0 (generic)\n\nOriginal code by Lee Thomason"),
        "{text}"
    );
    // Neither the code after the notice nor the comment marks.
    assert!(!text.contains("#ifndef TINYXML2_INCLUDED"), "{text}");
    assert!(!text.contains("LUA_VERSION_MAJOR"), "{text}");
    assert!(!text.contains("\n* Permission is hereby granted"), "{text}");
}
