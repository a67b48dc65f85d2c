//! Packages read from the package managers' caches on a fresh clone (nothing installed), checked
//! against the same packages installed (`fixtures/npm-cache`, made by npm itself).

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::{copy_tree, repo, run_with};

/// `fixtures/npm-cache/project` copied with every `license` field taken out of its lockfile, as
/// older lockfiles and some tools write them: only the cache can tell.
fn stripped_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = repo().join("fixtures/npm-cache/project");
    std::fs::copy(from.join("package.json"), dir.path().join("package.json")).unwrap();
    let mut lock: Value =
        serde_json::from_slice(&std::fs::read(from.join("package-lock.json")).unwrap()).unwrap();
    for (key, entry) in lock["packages"].as_object_mut().unwrap() {
        if !key.is_empty() {
            entry.as_object_mut().unwrap().remove("license");
        }
    }
    std::fs::write(
        dir.path().join("package-lock.json"),
        serde_json::to_vec_pretty(&lock).unwrap(),
    )
    .unwrap();
    dir
}

/// Scans `path` as JSON with an empty home folder and `env` set: exit code, report, stderr.
pub fn scan_json(path: &Path, extra: &[&str], env: &[(&str, &Path)]) -> (i32, Value, String) {
    let home = tempfile::tempdir().unwrap();
    let path = path.to_str().unwrap();
    let mut args = vec!["scan", path, "--format", "json"];
    args.extend(extra);
    let run = run_with(&args, home.path(), |cmd| {
        for (name, value) in env {
            cmd.env(name, value);
        }
    });
    let json = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stderr));
    (run.code, json, run.stderr)
}

/// Each package's license, verdict and evidence (kind and value; files differ by place).
fn answers(report: &Value) -> BTreeMap<String, Value> {
    report["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let evidence: Vec<Value> = p["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| serde_json::json!([e["kind"], e["value"]]))
                .collect();
            let answer = serde_json::json!([p["license"], p["verdict"], evidence]);
            (p["purl"].as_str().unwrap().to_owned(), answer)
        })
        .collect()
}

#[test]
fn a_fresh_clone_resolves_from_npm_s_cache_as_the_installed_tree_does() {
    let project = stripped_project();
    let cache = repo().join("fixtures/npm-cache/cache");
    let (code, report, stderr) = scan_json(
        project.path(),
        &["--cache-root", cache.to_str().unwrap()],
        &[],
    );
    assert_eq!(code, 0, "{stderr}");
    let (_, installed, _) = scan_json(&repo().join("fixtures/npm-cache/installed"), &[], &[]);
    let (from_cache, from_tree) = (answers(&report), answers(&installed));
    assert_eq!(from_cache.len(), 9);
    assert_eq!(from_cache, from_tree);
    assert_eq!(report["summary"]["unknown"], 0);
    // Evidence names the cached tarball the answer came from, the same on every machine.
    let ms = report["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "ms")
        .unwrap();
    let files: Vec<&str> = ms["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["file"].as_str())
        .collect();
    let tarball = "[npm cache]/content-v2/sha512/e8/59/73b9b4cb646dc9d9afcd542025784863ceae68c601f268253dc985ef70bb2fa1568726afece715c8ebf5d73fab73ed1f7100eb479d23bfb57b45dd645394";
    assert_eq!(
        files,
        [
            format!("{tarball}!/package/package.json"),
            format!("{tarball}!/package/license.md")
        ]
    );
}

#[test]
fn the_cache_is_found_where_npm_is_told_to_keep_it() {
    let project = stripped_project();
    let cache = repo().join("fixtures/npm-cache/cache");
    // `npm_config_cache`, as npm reads it.
    let (code, report, _) = scan_json(project.path(), &[], &[("npm_config_cache", &cache)]);
    assert_eq!((code, report["summary"]["unknown"].clone()), (0, 0.into()));
    // `cache=` in the user's `.npmrc`.
    let home = tempfile::tempdir().unwrap();
    std::fs::write(
        home.path().join(".npmrc"),
        format!("registry = x\ncache={}\n", cache.display()),
    )
    .unwrap();
    let run = run_with(
        &["scan", project.path().to_str().unwrap()],
        home.path(),
        |_| {},
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    // npm's default, `~/.npm`.
    let home = tempfile::tempdir().unwrap();
    copy_tree(&cache, &home.path().join(".npm"));
    let run = run_with(
        &["scan", project.path().to_str().unwrap()],
        home.path(),
        |_| {},
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn without_a_cache_unknown_says_why_once_per_project() {
    let project = stripped_project();
    let (code, report, stderr) = scan_json(project.path(), &[], &[]);
    assert_eq!(code, 1);
    assert_eq!(report["summary"]["unknown"], 9);
    assert_eq!(stderr.matches("warning:").count(), 1, "{stderr}");
    assert!(stderr.contains("9 package(s) have no license in the lockfile"));
    let message = report["findings"][0]["message"].as_str().unwrap();
    assert!(
        message.starts_with("not installed (no node_modules) and no npm cache was found"),
        "{message}"
    );
    assert!(message.contains("--cache-root"), "{message}");
}

#[test]
fn a_damaged_cache_is_a_warning_and_the_scan_goes_on() {
    let project = stripped_project();
    let cache = repo().join("fixtures/npm-cache/cache-damaged");
    let (code, report, stderr) = scan_json(
        project.path(),
        &["--cache-root", cache.to_str().unwrap()],
        &[],
    );
    assert_eq!(code, 1, "{stderr}");
    // ms: one byte changed, so its hash no longer matches; isarray: not in the cache.
    assert!(
        stderr.contains("1 package(s) have a damaged tarball in npm's cache, so they were not read; the first, `ms`"),
        "{stderr}"
    );
    assert!(stderr.contains("does not match the lockfile's integrity"));
    let verdicts: BTreeMap<&str, &str> = report["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["name"].as_str().unwrap(), p["verdict"].as_str().unwrap()))
        .collect();
    assert_eq!(verdicts["ms"], "unknown");
    assert_eq!(verdicts["isarray"], "unknown");
    assert_eq!(verdicts["is-number"], "allowed");
    assert_eq!(report["summary"]["unknown"], 2);
    let messages: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "license-unknown")
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("its tarball in npm's cache cannot be used"))
    );
    assert!(messages.iter().any(|m| m.contains("not in npm's cache")));
}

#[test]
fn cache_root_must_be_a_folder() {
    let home = tempfile::tempdir().unwrap();
    let run = run_with(
        &[
            "scan",
            "fixtures/npm-cache/project",
            "--cache-root",
            "no/such/dir",
        ],
        home.path(),
        |_| {},
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("--cache-root `no/such/dir` is not a folder")
    );
}

/// `fixtures/python-central-env`: a Poetry project whose environment is in Poetry's central
/// folder, beside a decoy made by another clone of the same project (other versions).
#[test]
fn a_poetry_environment_in_its_central_folder_is_found_and_the_matching_one_chosen() {
    let fixture = repo().join("fixtures/python-central-env");
    let project = fixture.join("project");
    // The fixture's `home` as the home folder: Poetry's default place, `~/.cache/pypoetry`.
    let cargo_home = tempfile::tempdir().unwrap();
    let run = run_with(
        // `--no-cache`: with the fixture as the home folder, ossdoo would keep its own cache in it.
        &[
            "scan",
            project.to_str().unwrap(),
            "--format",
            "json",
            "--no-cache",
        ],
        &fixture.join("home"),
        |cmd| {
            cmd.env("CARGO_HOME", cargo_home.path());
        },
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["summary"]["unknown"], 0);
    let packages: BTreeMap<&str, &Value> = report["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["name"].as_str().unwrap(), p))
        .collect();
    assert_eq!(packages["idna"]["version"], "3.10");
    assert_eq!(packages["certifi"]["license"], "MPL-2.0");
    // The evidence says where: the environment whose versions match the lockfile (3 of 3; the
    // decoy, `central-demo-4aoKPIAs-py3.11`, matches 1), shown from the home folder.
    let idna_file = packages["idna"]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|e| e["file"].as_str())
        .unwrap();
    assert_eq!(
        idna_file,
        "~/.cache/pypoetry/virtualenvs/central-demo-f7yBZ6Lr-py3.11/lib/python3.11/site-packages/idna-3.10.dist-info/LICENSE.md"
    );
    // POETRY_VIRTUALENVS_PATH is read too; with no environment at all, the packages are unknown.
    let home = tempfile::tempdir().unwrap();
    let envs = fixture.join("home/.cache/pypoetry/virtualenvs");
    let run = run_with(&["scan", project.to_str().unwrap()], home.path(), |cmd| {
        cmd.env("POETRY_VIRTUALENVS_PATH", &envs);
    });
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = run_with(&["scan", project.to_str().unwrap()], home.path(), |_| {});
    assert_eq!(run.code, 1, "{}", run.stderr);
}

/// A v1 lockfile (npm 5 and 6) records no license at all: the cache alone tells.
#[test]
fn a_v1_lockfile_resolves_from_the_cache_alone() {
    let dir = tempfile::tempdir().unwrap();
    let from = repo().join("fixtures/npm-cache/project");
    std::fs::copy(from.join("package.json"), dir.path().join("package.json")).unwrap();
    let v3: Value =
        serde_json::from_slice(&std::fs::read(from.join("package-lock.json")).unwrap()).unwrap();
    let mut dependencies = serde_json::Map::new();
    for (key, entry) in v3["packages"].as_object().unwrap() {
        let Some(name) = key.strip_prefix("node_modules/") else {
            continue;
        };
        let mut dependency = serde_json::json!({
            "version": entry["version"],
            "integrity": entry["integrity"],
        });
        if entry["dev"] == true {
            dependency["dev"] = true.into();
        }
        dependencies.insert(name.to_owned(), dependency);
    }
    let v1 = serde_json::json!({
        "name": "cache-demo",
        "version": "1.0.0",
        "lockfileVersion": 1,
        "requires": true,
        "dependencies": dependencies,
    });
    std::fs::write(
        dir.path().join("package-lock.json"),
        serde_json::to_vec_pretty(&v1).unwrap(),
    )
    .unwrap();
    let cache = repo().join("fixtures/npm-cache/cache");
    let (code, report, stderr) =
        scan_json(dir.path(), &["--cache-root", cache.to_str().unwrap()], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(report["summary"]["packages"], 9);
    assert_eq!(report["summary"]["unknown"], 0);
    let (_, installed, _) = scan_json(&repo().join("fixtures/npm-cache/installed"), &[], &[]);
    assert_eq!(answers(&report), answers(&installed));
}

/// A project whose own `.npmrc` keeps npm's cache in the project (`cache=.npm`, as GitLab jobs
/// do): found with nothing else said.
#[test]
fn the_project_s_own_npmrc_names_its_cache() {
    let project = stripped_project();
    copy_tree(
        &repo().join("fixtures/npm-cache/cache"),
        &project.path().join(".npm"),
    );
    std::fs::write(project.path().join(".npmrc"), "cache=.npm\n").unwrap();
    let (code, report, stderr) = scan_json(project.path(), &[], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(report["summary"]["unknown"], 0);
    assert_eq!(
        report["projects"][0]["sources"][0]["path"], ".npm/_cacache",
        "{}",
        report["projects"]
    );
}
