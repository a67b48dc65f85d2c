//! Policy lookup and validation as a user meets them.

use std::fs;

use crate::{Run, run};

/// Scans the shrinkwrap fixture with this policy text; `[POLICY]` stands for the file's path.
fn scan_with_policy(text: &str) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("policy.toml");
    fs::write(&policy, text).unwrap();
    let path = policy.to_str().unwrap();
    let mut out = run(&["scan", "fixtures/npm-shrinkwrap", "--policy", path]);
    out.stderr = out.stderr.replace(path, "[POLICY]");
    out
}

#[test]
fn invalid_policy_names_line_and_column() {
    let out = scan_with_policy(
        "[policy]\nname = \"team\"\n\n[licenses]\nallow = [\"MIT\", \"Apache 2\"]\ndeny = [\"GPL-3.0\"]\nunknown = \"maybe\"\n",
    );
    assert_eq!(out.code, 2);
    assert_eq!(out.stdout, "");
    insta::assert_snapshot!(out.stderr);
}

#[test]
fn invalid_license_ids_are_all_reported() {
    let out = scan_with_policy(
        "[licenses]\nallow = [\"MIT\", \"Apache 2\"]\ndeny = [\"GPL-3.0-only\", \"NOPE\"]\n",
    );
    assert_eq!(out.code, 2);
    insta::assert_snapshot!(out.stderr);
}

#[test]
fn unknown_keys_are_errors() {
    let out = scan_with_policy("[licenses]\nallowed = [\"MIT\"]\n");
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains(
            "[POLICY]:2:1: unknown key `allowed` (did you mean `allow`?); the keys here are `allow`, `review`, `deny`"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn missing_policy_file_is_a_usage_error() {
    let out = run(&[
        "scan",
        "fixtures/npm-shrinkwrap",
        "--policy",
        "no-such-policy.toml",
    ]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: policy file `no-such-policy.toml` does not exist (shipped policies: default, permissive-only, weak-copyleft-ok, internal-use, release-checklist)\n"
    );
}

#[test]
fn shipped_policy_by_name() {
    // MPL-2.0 needs review by default, is denied by `permissive-only`, allowed by `internal-use`.
    let verdict = |policy: &str| {
        let out = run(&[
            "scan",
            "fixtures/cargo-workspace",
            "--format",
            "json",
            "--policy",
            policy,
        ]);
        let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        let option_ext = json["packages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "option-ext")
            .unwrap()
            .clone();
        (
            out.code,
            option_ext["verdict"].as_str().unwrap().to_owned(),
            json["policy"]["source"].as_str().unwrap().to_owned(),
        )
    };
    assert_eq!(
        verdict("default"),
        (0, "review".into(), "embedded:default".into())
    );
    assert_eq!(
        verdict("permissive-only"),
        (1, "denied".into(), "embedded:permissive-only".into())
    );
    assert_eq!(
        verdict("weak-copyleft-ok"),
        (0, "allowed".into(), "embedded:weak-copyleft-ok".into())
    );
    assert_eq!(
        verdict("internal-use"),
        (0, "allowed".into(), "embedded:internal-use".into())
    );
}

/// A project's own `ossdoo.toml` is found at the scanned root; its exceptions apply.
#[test]
fn policy_at_the_root_with_exceptions() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&crate::repo().join("fixtures/npm-lockfile-v3"), dir.path());
    fs::write(
        dir.path().join("ossdoo.toml"),
        r#"[policy]
name = "Team Phoenix"

[licenses]
allow = ["MIT", "ISC", "CC0-1.0", "BSD-3-Clause"]
review = ["CC-BY-3.0"]

[[exceptions]]
package = "pkg:npm/spdx-exceptions"
license = "CC-BY-3.0"
reason = "exception list data only; attribution in NOTICE"
approved-by = "ospo@example.org"
ticket = "OSPO-142"
expires = "2027-06-30"

[[exceptions]]
package = "pkg:npm/left-pad"
license = "WTFPL"
reason = "no longer used"
"#,
    )
    .unwrap();
    let out = run(&["scan", dir.path().to_str().unwrap()]);
    let snapshot = out
        .snapshot()
        .replace(dir.path().to_str().unwrap(), "[ROOT]");
    insta::assert_snapshot!(snapshot);
    let json = run(&["scan", dir.path().to_str().unwrap(), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(json["policy"]["name"], "Team Phoenix");
    assert_eq!(json["summary"]["excepted"], 1);
    let unused: Vec<_> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "exception-unused")
        .collect();
    assert_eq!(unused.len(), 1, "{unused:?}");
}

#[test]
fn expired_exceptions_do_not_apply() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&crate::repo().join("fixtures/npm-lockfile-v3"), dir.path());
    fs::write(
        dir.path().join(".ossdoo.toml"),
        "[licenses]\nallow = [\"MIT\", \"ISC\", \"CC0-1.0\", \"BSD-3-Clause\"]\nallow-categories = []\n\n[[exceptions]]\npackage = \"pkg:npm/spdx-exceptions@2.5.0\"\nlicense = \"CC-BY-3.0\"\nreason = \"r\"\nexpires = 2026-11-22\n",
    )
    .unwrap();
    let out = run(&["scan", dir.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(out.code, 1);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let rules: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["license-not-listed", "exception-expired"]);
}

pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}
