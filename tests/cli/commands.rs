//! `ossdoo explain` and `ossdoo detect`.

use crate::run;

#[test]
fn explain_a_messy_string() {
    let out = run(&["explain", "MIT/Apache-2.0"]);
    assert_eq!(out.code, 0);
    insta::assert_snapshot!(out.snapshot());
}

#[test]
fn explain_json() {
    let out = run(&[
        "explain",
        "GPL-2.0-only WITH Classpath-exception-2.0 OR MIT",
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 0);
    insta::assert_snapshot!(out.stdout);
}

#[test]
fn explain_under_another_policy() {
    let out = run(&[
        "explain",
        "MPL-2.0",
        "--policy",
        "permissive-only",
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["verdict"], "denied");
    assert_eq!(json["licenses"][0]["category"], "weak-copyleft");
}

#[test]
fn explain_refuses_to_guess() {
    let out = run(&["explain", "BSD"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with("error: declared `BSD` is ambiguous"),
        "{}",
        out.stderr
    );
    let out = run(&["explain", "Apach-2.1"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("closest known ids: `Apache-1.1`, `Apache-2.0`"),
        "{}",
        out.stderr
    );
}

#[test]
fn detect_files() {
    let out = run(&[
        "detect",
        "fixtures/npm-lockfile-v3/node_modules/async/LICENSE",
        "fixtures/npm-lockfile-v3/node_modules/ms/license.md",
        "fixtures/npm-lockfile-v3/node_modules/node-forge/LICENSE",
        "fixtures/cargo-workspace/vendor/fuchsia-cprng/LICENSE",
        "fixtures/cargo-workspace/vendor/aho-corasick/UNLICENSE",
        "fixtures/cargo-workspace/vendor/aho-corasick/COPYING",
        "fixtures/cargo-workspace/vendor/cc/LICENSE-APACHE",
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 0);
    insta::assert_snapshot!(out.stdout);
}

#[test]
fn detect_unreadable_file() {
    let out = run(&["detect", "fixtures/no-such-file"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .starts_with("error: fixtures/no-such-file: cannot read:"),
        "{}",
        out.stderr
    );
}
