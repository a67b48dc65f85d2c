//! `--baseline` and `ossdoo diff` over saved JSON reports.

use std::fs;

use crate::policy::copy_dir;
use crate::run;

/// A copy of `npm-lockfile-v3` whose `ms@2.1.3` became `ms@3.0.0` under BUSL-1.1.
fn relicensed() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&crate::repo().join("fixtures/npm-lockfile-v3"), dir.path());
    let lock = dir.path().join("package-lock.json");
    let text = fs::read_to_string(&lock).unwrap().replacen(
        "\"version\": \"2.1.3\",\n      \"resolved\": \"https://registry.npmjs.org/ms/-/ms-2.1.3.tgz\",\n      \"integrity\": \"sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==\",\n      \"license\": \"MIT\"",
        "\"version\": \"3.0.0\",\n      \"resolved\": \"https://registry.npmjs.org/ms/-/ms-3.0.0.tgz\",\n      \"license\": \"BUSL-1.1\"",
        1,
    );
    assert!(text.contains("BUSL-1.1"));
    fs::write(&lock, text).unwrap();
    dir
}

fn save(args: &[&str], path: &std::path::Path) {
    let out = run(args);
    fs::write(path, out.stdout).unwrap();
}

#[test]
fn diff_catches_a_license_change() {
    let reports = tempfile::tempdir().unwrap();
    let (old, new) = (
        reports.path().join("old.json"),
        reports.path().join("new.json"),
    );
    save(
        &["scan", "fixtures/npm-lockfile-v3", "--format", "json"],
        &old,
    );
    let changed = relicensed();
    save(
        &["scan", changed.path().to_str().unwrap(), "--format", "json"],
        &new,
    );
    let out = run(&["diff", old.to_str().unwrap(), new.to_str().unwrap()]);
    assert_eq!(out.code, 1, "{}", out.stdout);
    insta::assert_snapshot!(out.stdout);
    let markdown = run(&[
        "diff",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "--format",
        "markdown",
    ]);
    assert!(
        markdown
            .stdout
            .contains("| npm `ms` | 2.1.3 `MIT` | 3.0.0 `BUSL-1.1` |"),
        "{}",
        markdown.stdout
    );
    let french = run(&[
        "diff",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "--lang",
        "fr",
    ]);
    assert_eq!(french.code, 1, "{}", french.stdout);
    insta::assert_snapshot!("diff-fr", french.stdout);
    let same = run(&["diff", old.to_str().unwrap(), old.to_str().unwrap()]);
    assert_eq!(same.code, 0);
    let bad = run(&["diff", old.to_str().unwrap(), "Cargo.toml"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("is not an ossdoo JSON report"),
        "{}",
        bad.stderr
    );
}

#[test]
fn baseline_lets_known_findings_pass() {
    let reports = tempfile::tempdir().unwrap();
    let old = reports.path().join("old.json");
    // Under `--fail-on review`, the package that needs review fails the gate.
    let strict = ["--policy", "permissive-only", "--fail-on", "review"];
    let mut args = vec!["scan", "fixtures/npm-lockfile-v3", "--format", "json"];
    args.extend(strict);
    save(&args, &old);
    let plain = run(&[
        "scan",
        "fixtures/npm-lockfile-v3",
        "--policy",
        "permissive-only",
        "--fail-on",
        "review",
    ]);
    assert_eq!(plain.code, 1);
    let with = run(&[
        "scan",
        "fixtures/npm-lockfile-v3",
        "--policy",
        "permissive-only",
        "--fail-on",
        "review",
        "--baseline",
        old.to_str().unwrap(),
    ]);
    assert_eq!(with.code, 0, "{}", with.stdout);
    assert!(with.stdout.contains("new, 0 fixed"), "{}", with.stdout);
    let changed = relicensed();
    let now = run(&[
        "scan",
        changed.path().to_str().unwrap(),
        "--policy",
        "permissive-only",
        "--fail-on",
        "review",
        "--baseline",
        old.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(now.code, 1);
    let json: serde_json::Value = serde_json::from_str(&now.stdout).unwrap();
    let new: Vec<&str> = json["baseline"]["new"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["purl"].as_str().unwrap())
        .collect();
    assert_eq!(new, ["pkg:npm/ms@3.0.0"]);
}
