//! The recipes of docs/ci.md, run as far as they can be here: their `ossdoo` commands against
//! fixtures, the files their later steps read, the git hook in a real repository, and the shell
//! gate as written.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{Run, isolate, repo};

/// The fenced block that follows `<!-- ci-recipe: NAME -->` in docs/ci.md.
fn recipe(name: &str) -> String {
    let doc = std::fs::read_to_string(repo().join("docs/ci.md")).unwrap();
    let marker = format!("<!-- ci-recipe: {name} -->\n");
    let after = &doc[doc.find(&marker).expect("the recipe is in docs/ci.md") + marker.len()..];
    let body = after
        .strip_prefix("```yaml\n")
        .or_else(|| after.strip_prefix("```sh\n"))
        .expect("a fenced yaml or sh block follows the marker");
    body[..body.find("\n```").unwrap() + 1].to_owned()
}

/// A copy of `fixtures/NAME`: the recipes write their reports next to the project.
fn project(name: &str) -> tempfile::TempDir {
    crate::copy_fixture(name)
}

/// `sh -c SCRIPT` in `dir`, with the built ossdoo first on `PATH` and the tests' isolated
/// environment.
fn shell(dir: &Path, script: &str) -> Run {
    let home = tempfile::tempdir().unwrap();
    let bin = PathBuf::from(assert_cmd::cargo::cargo_bin!("ossdoo"));
    let path = std::env::join_paths(std::iter::once(bin.parent().unwrap().to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let mut cmd = Command::new("sh");
    isolate(&mut cmd, home.path());
    cmd.current_dir(dir).env("PATH", path).arg("-c").arg(script);
    let output = cmd.output().expect("sh runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

/// The `ossdoo-reports/…` files a recipe's later steps read.
fn report_files(recipe: &str) -> Vec<String> {
    let mut files: Vec<String> = recipe
        .match_indices("ossdoo-reports/ossdoo.")
        .map(|(at, _)| {
            recipe[at..]
                .split(|c: char| !(c.is_ascii_alphanumeric() || "-_./".contains(c)))
                .next()
                .unwrap()
                .to_owned()
        })
        .collect();
    files.sort();
    files.dedup();
    files
}

/// The value of each YAML `KEY: ossdoo …` line or `- ossdoo …` list item, without its comment.
fn ossdoo_lines(yaml: &str, key: &str) -> Vec<String> {
    yaml.lines()
        .filter_map(|line| {
            let value = line.trim_start().trim_start_matches("- ");
            let value = value.strip_prefix(key).unwrap_or(value);
            value
                .starts_with("ossdoo ")
                .then(|| value.split("   #").next().unwrap().trim_end().to_owned())
        })
        .collect()
}

#[test]
fn github_actions_scan_writes_what_later_steps_read() {
    let recipe = recipe("github");
    let commands = ossdoo_lines(&recipe, "run: ");
    assert_eq!(commands.len(), 1, "{commands:?}");
    let files = report_files(&recipe);
    assert_eq!(
        files,
        [
            "ossdoo-reports/ossdoo.md",
            "ossdoo-reports/ossdoo.sarif",
            "ossdoo-reports/ossdoo.txt",
        ]
    );
    for (fixture, code) in [("npm-lockfile-v3", 0), ("npm-messy-licenses", 1)] {
        let dir = project(fixture);
        let out = shell(dir.path(), &commands[0]);
        assert_eq!(out.code, code, "{fixture}: {}", out.stderr);
        for file in &files {
            assert!(dir.path().join(file).is_file(), "{fixture}: no {file}");
        }
        let markdown =
            std::fs::read_to_string(dir.path().join("ossdoo-reports/ossdoo.md")).unwrap();
        let verdict = if code == 0 {
            "### ✅ PASS"
        } else {
            "### ❌ FAIL"
        };
        assert!(markdown.starts_with(verdict), "{markdown}");
    }
}

#[test]
fn gitlab_job_prints_the_table_and_keeps_the_exit_code() {
    let recipe = recipe("gitlab");
    let script_start = recipe.find("  script:\n").unwrap();
    let script: Vec<&str> = recipe[script_start..]
        .lines()
        .skip(1)
        .map_while(|l| l.strip_prefix("    - "))
        .filter(|l| !l.starts_with("cargo fetch"))
        .collect();
    assert_eq!(script.len(), 3, "{script:?}");
    // GitLab runs the lines one after another with errexit.
    let script = format!("set -e\n{}\n", script.join("\n"));
    for (fixture, code) in [("npm-lockfile-v3", 0), ("npm-messy-licenses", 1)] {
        let dir = project(fixture);
        let out = shell(dir.path(), &script);
        assert_eq!(out.code, code, "{fixture}: {}", out.stderr);
        assert!(
            out.stdout.contains("packages:"),
            "{fixture}: {}",
            out.stdout
        );
        for file in report_files(&recipe) {
            assert!(dir.path().join(&file).is_file(), "{fixture}: no {file}");
        }
    }
}

#[test]
fn pre_commit_framework_hook_runs_on_manifests() {
    let recipe = recipe("pre-commit-framework");
    let entry = recipe
        .lines()
        .find_map(|l| l.trim().strip_prefix("entry: "))
        .unwrap();
    let files = recipe
        .lines()
        .find_map(|l| l.trim().strip_prefix("files: "))
        .unwrap();
    // pre-commit runs `entry` at the repository root.
    assert_eq!(shell(project("npm-messy-licenses").path(), entry).code, 1);
    assert_eq!(shell(project("npm-lockfile-v3").path(), entry).code, 0);
    // The pattern is a Python regex; this one is also an extended regex, so grep checks it.
    let names = "Cargo.lock\napp/package-lock.json\nrequirements-dev.txt\ngo.sum\nossdoo.toml\n\
                 .ossdoo.toml\nsrc/main.rs\nREADME.md\npackage.json.bak\n";
    let matched = shell(
        Path::new("."),
        &format!("printf '{names}' | grep -E '{files}'"),
    );
    assert_eq!(
        matched.stdout,
        "Cargo.lock\napp/package-lock.json\nrequirements-dev.txt\ngo.sum\nossdoo.toml\n.ossdoo.toml\n"
    );
}

#[test]
fn git_hook_blocks_a_commit_that_adds_a_denied_license() {
    let hook = recipe("git-hook");
    let git = "git -c user.name=dev -c user.email=dev@example.com -c commit.gpgsign=false";
    let install = format!(
        "git init -q && cat > .git/hooks/pre-commit <<'HOOK'\n{hook}HOOK\nchmod +x .git/hooks/pre-commit"
    );

    let failing = project("npm-messy-licenses");
    assert_eq!(shell(failing.path(), &install).code, 0);
    let out = shell(
        failing.path(),
        &format!("git add -A && {git} commit -q -m deps"),
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("ossdoo: the commit adds a license"),
        "{}",
        out.stderr
    );
    // git sends a hook's standard output to its standard error.
    assert!(out.stderr.contains("denied"), "{}", out.stderr);
    // A commit that touches no manifest is not scanned.
    let out = shell(
        failing.path(),
        &format!(
            "{git} commit -q --no-verify -m deps && echo more >> README.md && git add README.md && {git} commit -q -m docs"
        ),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "");

    let passing = project("npm-lockfile-v3");
    assert_eq!(shell(passing.path(), &install).code, 0);
    let out = shell(
        passing.path(),
        &format!("git add -A && {git} commit -q -m deps"),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
}

#[test]
fn shell_gate_explains_each_exit_code() {
    let gate = recipe("shell-gate");
    for (fixture, code, says) in [
        ("npm-lockfile-v3", 0, "licenses: compliant"),
        ("npm-messy-licenses", 1, "licenses: policy violations"),
        ("npm-broken-lockfile", 2, "licenses: the scan could not run"),
    ] {
        let dir = project(fixture);
        std::fs::write(dir.path().join("ossdoo-gate.sh"), &gate).unwrap();
        let out = shell(dir.path(), "sh ossdoo-gate.sh");
        assert_eq!(out.code, code, "{fixture}: {}", out.stderr);
        assert!(
            out.stdout.contains(says) || out.stderr.contains(says),
            "{fixture}: {}{}",
            out.stdout,
            out.stderr
        );
        assert!(
            out.stdout.contains("packages:"),
            "{fixture}: {}",
            out.stdout
        );
        assert!(dir.path().join("ossdoo-reports/ossdoo.json").is_file());
    }
}
