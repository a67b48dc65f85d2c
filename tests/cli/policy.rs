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
        "error: policy file `no-such-policy.toml` does not exist (shipped policies: default, permissive-only, weak-copyleft-ok, internal-use, release-checklist, gc-publishing)\n"
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

/// Writes `files` into a fresh folder holding a copy of `fixture`, and scans it as JSON.
fn scan_copy(fixture: &str, files: &[(&str, &str)], more: &[&str]) -> (Run, serde_json::Value) {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&crate::repo().join("fixtures").join(fixture), dir.path());
    for (name, text) in files {
        fs::write(dir.path().join(name), text).unwrap();
    }
    let root = dir.path().to_str().unwrap().to_owned();
    let mut args = vec!["scan", root.as_str(), "--format", "json"];
    args.extend(more);
    let mut out = run(&args);
    out.stderr = out.stderr.replace(&root, "[ROOT]");
    let json = serde_json::from_str(&out.stdout).unwrap_or(serde_json::Value::Null);
    (out, json)
}

fn rules(json: &serde_json::Value) -> Vec<String> {
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{} {} {}",
                f["severity"].as_str().unwrap(),
                f["rule"].as_str().unwrap(),
                f["purl"].as_str().unwrap()
            )
        })
        .collect()
}

/// Every package rule and every policy-entry rule fires where it should.
#[test]
fn finding_rules() {
    let policy = r#"
extends = "default"
[policy]
name = "rules"

[licenses]
deny = ["ISC"]

[[exceptions]]
package = "pkg:npm/spdx-exceptions@>=2.0,<3"
license = "CC-BY-3.0"
reason = "data only"
expires = 2026-01-31

[[exceptions]]
package = "pkg:npm/abbrev"
license = "MIT"
reason = "the license changed since"

[[exceptions]]
package = "pkg:npm/left-pad"
license = "WTFPL"
reason = "no longer used"

[[clarify]]
package = "pkg:npm/async"
license = "MIT"
license-files = [{ path = "LICENSE", sha256 = "0000000000000000000000000000000000000000000000000000000000000000" }]

[[clarify]]
package = "pkg:npm/nopt@2.2.1"
license = "ISC OR MIT"
reason = "the office checked the repository"

[[ignore]]
package = "pkg:npm/%40types/*"
reason = "type declarations only"
"#;
    let (out, json) = scan_copy("npm-lockfile-v3", &[("ossdoo.toml", policy)], &[]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    insta::assert_snapshot!(rules(&json).join("\n"));
    let remedy = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "license-denied")
        .and_then(|f| f["remedy"].as_str())
        .unwrap();
    assert!(
        remedy.starts_with("[[exceptions]]\npackage = \"pkg:npm/"),
        "{remedy}"
    );
    let nopt = json["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "nopt")
        .unwrap();
    assert_eq!(nopt["license_source"], "clarified");
    assert_eq!(nopt["license"], "ISC OR MIT");
    let ignored = json["summary"]["ignored"].as_u64().unwrap();
    assert!(ignored > 0, "{}", json["summary"]);
}

/// `[compatibility]` with the project's license: a GPL dependency cannot go into an Apache-2.0
/// distributed work; the same policy for an internal tool has nothing to say.
#[test]
fn incompatible_licenses() {
    let policy = |distribution: &str| {
        format!(
            "extends = \"internal-use\"\n[policy]\ndistribution = \"{distribution}\"\n[compatibility]\nproject-license = \"Apache-2.0\"\n"
        )
    };
    let (out, json) = scan_copy(
        "npm-messy-licenses",
        &[("ossdoo.toml", &policy("distributed"))],
        &[],
    );
    assert_eq!(out.code, 1);
    let incompatible: Vec<&serde_json::Value> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "incompatible-license")
        .collect();
    // ej2-base's `license` file names "a commercial license": `LicenseRef-Proprietary`.
    assert_eq!(incompatible.len(), 2, "{incompatible:?}");
    assert_eq!(
        incompatible[0]["purl"],
        "pkg:npm/%40syncfusion/ej2-base@35.1.37"
    );
    assert_eq!(incompatible[1]["purl"], "pkg:npm/punycode@1.2.4");
    let (_, json) = scan_copy(
        "npm-messy-licenses",
        &[("ossdoo.toml", &policy("internal"))],
        &[],
    );
    assert!(
        !rules(&json)
            .iter()
            .any(|r| r.contains("incompatible-license"))
    );
}

/// `extends` a file next to the policy: the child's lists move licenses out of the parent's.
#[test]
fn extends_a_relative_file() {
    let base = "[policy]\nname = \"base\"\n[licenses]\nallow-categories = [\"permissive\"]\nreview = [\"MIT\"]\n";
    let child =
        "extends = \"base.toml\"\n[policy]\nname = \"child\"\n[licenses]\nallow = [\"MIT\"]\n";
    let (out, json) = scan_copy(
        "npm-shrinkwrap",
        &[("base.toml", base), ("ossdoo.toml", child)],
        &[],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(json["policy"]["name"], "child");
    assert_eq!(json["summary"]["review"], 0);
    let loops: [&[(&str, &str)]; 2] = [
        &[("ossdoo.toml", "extends = \"ossdoo.toml\"\n")],
        &[
            ("ossdoo.toml", "extends = \"a.toml\"\n"),
            ("a.toml", "extends = \"b.toml\"\n"),
            ("b.toml", "extends = \"a.toml\"\n"),
        ],
    ];
    for files in loops {
        let (out, _) = scan_copy("npm-shrinkwrap", files, &[]);
        assert_eq!(out.code, 2);
        assert!(out.stderr.contains("makes a loop"), "{}", out.stderr);
    }
}

#[test]
fn fail_on_review_and_warning() {
    // cargo-workspace: one package needs review (a warning finding), nothing is denied.
    let code =
        |fail_on: &str| run(&["scan", "fixtures/cargo-workspace", "--fail-on", fail_on]).code;
    assert_eq!(code("denied"), 0);
    assert_eq!(code("review"), 1);
    assert_eq!(code("warning"), 1);
}

#[test]
fn show_branch_column() {
    let out = run(&["scan", "fixtures/npm-messy-licenses", "--show-branch"]);
    assert!(out.stdout.contains("decided by"), "{}", out.stdout);
    let (_, json) = scan_copy("npm-messy-licenses", &[], &[]);
    let satisfied: Vec<&str> = json["packages"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["satisfied_by"].as_str())
        .collect();
    assert!(!satisfied.is_empty());
}

/// `ossdoo policy check`: each class of mistake, with its exact message.
#[test]
fn policy_check_messages() {
    let cases: &[(&str, &str)] = &[
        ("syntax", "[licenses\nallow = [\"MIT\"]\n"),
        ("unknown-key", "[licenses]\nallwo = [\"MIT\"]\n"),
        ("wrong-type", "[licenses]\nallow = \"MIT\"\n"),
        ("unknown-id", "[licenses]\nallow = [\"Apache2\", \"MIT\"]\n"),
        (
            "unknown-category",
            "[licenses]\ndeny-categories = [\"copyleft\"]\n",
        ),
        (
            "bad-purl",
            "[[exceptions]]\npackage = \"npm:left-pad\"\nlicense = \"MIT\"\nreason = \"r\"\n",
        ),
        (
            "bad-date",
            "[[exceptions]]\npackage = \"pkg:npm/left-pad\"\nlicense = \"MIT\"\nreason = \"r\"\nexpires = \"30/06/2027\"\n",
        ),
        ("bad-scope", "[scopes.test]\nignore = true\n"),
        (
            "bad-sha",
            "[[clarify]]\npackage = \"pkg:npm/x\"\nlicense = \"MIT\"\nlicense-files = [{ path = \"../LICENSE\", sha256 = \"abc\" }]\n",
        ),
        ("unknown-extends", "extends = \"strict\"\n"),
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut all = String::new();
    for (name, text) in cases {
        let path = dir.path().join(format!("{name}.toml"));
        fs::write(&path, text).unwrap();
        let out = run(&["policy", "check", path.to_str().unwrap()]);
        assert_eq!(out.code, 2, "{name}: {}", out.stderr);
        all.push_str(&format!(
            "== {name}\n{}",
            out.stderr.replace(dir.path().to_str().unwrap(), "[DIR]")
        ));
    }
    insta::assert_snapshot!(all);
    let deprecated = dir.path().join("deprecated.toml");
    fs::write(&deprecated, "[licenses]\ndeny = [\"GPL-2.0+\"]\n").unwrap();
    let out = run(&["policy", "check", deprecated.to_str().unwrap()]);
    assert_eq!(out.code, 0);
    assert!(
        out.stderr.contains(
            "`GPL-2.0+` in `licenses.deny` is a deprecated SPDX id; read as `GPL-2.0-or-later`"
        ),
        "{}",
        out.stderr
    );
}

/// A policy with a mistyped key, an unknown license id and an unknown value in another table:
/// all three come out, in file order, each with its place, its line, a caret and a suggestion,
/// in English and in French; the exit code is still 2.
#[test]
fn policy_problems_all_at_once() {
    let text = "[policy]\nname = \"team\"\ndistribution = \"distributd\"\n\n[licenses]\nalow = [\"MIT\"]\ndeny = [\"GPL3\"]\n\n[[exceptions]]\npackage = \"pkg:npm/left-pad\"\nlicense = \"MIT\"\nreason = \"vetted\"\n";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ossdoo.toml");
    fs::write(&path, text).unwrap();
    let file = path.to_str().unwrap();
    let mut all = String::new();
    for lang in ["en", "fr"] {
        let out = run(&["policy", "check", file, "--lang", lang]);
        assert_eq!(out.code, 2, "{lang}: {}", out.stderr);
        let stderr = out.stderr.replace(file, "[POLICY]");
        let places: Vec<&str> = stderr
            .lines()
            .filter(|l| l.starts_with("[POLICY]:"))
            .map(|l| l.split(": ").next().unwrap_or(""))
            .collect();
        assert_eq!(
            places,
            ["[POLICY]:3:16", "[POLICY]:6:1", "[POLICY]:7:10"],
            "{lang}: {stderr}"
        );
        all.push_str(&format!("== {lang}\n{stderr}"));
        // `scan` refuses the same file with the same problems.
        let scan = run(&[
            "scan",
            "fixtures/npm-shrinkwrap",
            "--policy",
            file,
            "--lang",
            lang,
        ]);
        assert_eq!(scan.code, 2);
        assert_eq!(scan.stderr.replace(file, "[POLICY]"), stderr);
    }
    insta::assert_snapshot!(all);
}

/// The checklist's definition is the policy's `[checklist]`: its problems are collected too.
#[test]
fn checklist_problems_all_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ossdoo.toml");
    fs::write(
        &path,
        "[checklist]\nrequire-file = [\"LICENSE\"]\nproject-license = [\"Apache2\"]\ncrown-copyright = \"yes\"\n[checklist.spdx-headers]\ninclude = [\"src/[*.rs\"]\n",
    )
    .unwrap();
    let file = path.to_str().unwrap();
    let out = run(&["checklist", "fixtures/checklist-ready", "--policy", file]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    let stderr = out.stderr.replace(file, "[POLICY]");
    for expected in [
        "[POLICY]:2:1: unknown key `require-file` (did you mean `require-files`?)",
        "[POLICY]:3:21: `Apache2` in `checklist.project-license`",
        "[POLICY]:4:19: `checklist.crown-copyright` takes true or false, not a string",
        "[POLICY]:6:13: `src/[*.rs` is not a valid glob",
    ] {
        assert!(stderr.contains(expected), "{expected}\n{stderr}");
    }
    assert_eq!(stderr.matches("[POLICY]:").count(), 4, "{stderr}");
}

#[test]
fn shipped_policies_pass_policy_check() {
    for name in [
        "default",
        "permissive-only",
        "weak-copyleft-ok",
        "internal-use",
        "release-checklist",
    ] {
        let out = run(&["policy", "check", name]);
        assert_eq!(out.code, 0, "{name}: {}", out.stderr);
        assert_eq!(out.stderr, "", "{name}");
    }
}

#[test]
fn policy_init_and_show() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ossdoo.toml");
    let file = path.to_str().unwrap();
    let out = run(&[
        "policy",
        "init",
        "--template",
        "weak-copyleft-ok",
        "--output",
        file,
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let written = fs::read_to_string(&path).unwrap();
    assert!(written.contains("extends = \"weak-copyleft-ok\""));
    assert_eq!(run(&["policy", "check", file]).code, 0);
    let again = run(&["policy", "init", "--output", file]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);
    fs::write(&path, "extends = \"default\"\n[policy]\nname = \"Team Phoenix\"\n[licenses]\nallow = [\"MPL-2.0\"]\n[scopes.dev]\nignore = true\n").unwrap();
    let show = run(&["policy", "show", file]);
    assert_eq!(show.code, 0);
    insta::assert_snapshot!(show.stdout.replace(file, "[POLICY]"));
}

/// `ossdoo checklist` on a repository that is ready and on one that is not.
#[test]
fn checklist_command() {
    let ready = run(&[
        "checklist",
        "fixtures/checklist-ready",
        "--policy",
        "release-checklist",
    ]);
    assert_eq!(ready.code, 0, "{}", ready.stdout);
    let missing = run(&[
        "checklist",
        "fixtures/checklist-missing",
        "--policy",
        "release-checklist",
    ]);
    assert_eq!(missing.code, 1);
    insta::assert_snapshot!(missing.stdout);
    let none = run(&["checklist", "fixtures/checklist-ready"]);
    assert_eq!(none.code, 2);
    assert!(
        none.stderr.contains("has no [checklist]"),
        "{}",
        none.stderr
    );
    let scan = run(&[
        "scan",
        "fixtures/checklist-missing",
        "--policy",
        "release-checklist",
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_str(&scan.stdout).unwrap();
    let checklist: Vec<String> = rules(&json)
        .into_iter()
        .filter(|r| r.contains("checklist-"))
        .collect();
    assert_eq!(
        checklist,
        [
            "warning checklist-file ",
            "warning checklist-file ",
            "warning checklist-project-license ",
            "warning checklist-spdx-header "
        ]
    );
}
