//! Python packages on a fresh clone: read from the caches of uv, pip and Poetry when no
//! environment is installed (`fixtures/python-caches`), and the version that applies where a
//! lockfile pins two under environment markers (`fixtures/python-markers`). Both made by the
//! tools themselves; see their READMEs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::caches::scan_json as scan;
use crate::{copy_tree, repo};

fn caches() -> PathBuf {
    repo().join("fixtures/python-caches/home/.cache")
}

fn by_name(report: &Value) -> BTreeMap<String, Value> {
    report["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["name"].as_str().unwrap().to_owned(), p.clone()))
        .collect()
}

/// License, verdict and evidence (kind and value) of a package: what must not depend on where
/// the package was read.
fn answer(package: &Value) -> Value {
    let evidence: Vec<Value> = package["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] != "detected" || e["confidence"].as_f64() == Some(1.0))
        .map(|e| serde_json::json!([e["kind"], e["value"]]))
        .collect();
    serde_json::json!([package["license"], package["verdict"], evidence])
}

/// The first evidence file of a package.
fn first_file(package: &Value) -> String {
    package["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|e| e["file"].as_str())
        .unwrap_or_default()
        .to_owned()
}

const EXPECTED: [(&str, &str); 4] = [
    ("docopt", "MIT"),
    ("idna", "BSD-3-Clause"),
    ("pathspec", "MPL-2.0"),
    ("six", "MIT"),
];

#[test]
fn each_cache_alone_resolves_every_locked_package() {
    // packaging and six as installed by the tools (`fixtures/python-markers/poetry/.venv`).
    let (_, installed, _) = scan(&repo().join("fixtures/python-markers/poetry"), &[], &[]);
    let installed = by_name(&installed);
    for (variable, folder, where_) in [
        ("UV_CACHE_DIR", "uv", "/archive-v0/"),
        ("PIP_CACHE_DIR", "pip", "/pip/"),
        ("POETRY_CACHE_DIR", "pypoetry", "/artifacts/"),
    ] {
        for project in ["poetry", "uv", "pip"] {
            let dir = repo().join("fixtures/python-caches").join(project);
            let cache = caches().join(folder);
            let (code, report, stderr) = scan(&dir, &[], &[(variable, &cache)]);
            let what = format!("{project} from {variable}");
            assert_eq!(report["summary"]["unknown"], 0, "{what}: {stderr}");
            assert_ne!(code, 2, "{what}: {stderr}");
            let packages = by_name(&report);
            assert_eq!(packages.len(), 5, "{what}");
            for (name, license) in EXPECTED {
                assert_eq!(packages[name]["license"], license, "{what}: {name}");
                let file = first_file(&packages[name]);
                assert!(file.contains(where_), "{what}: {name} read from {file}");
            }
            // The same answers as from the installed environment.
            for name in ["packaging", "six"] {
                assert_eq!(
                    answer(&packages[name]),
                    answer(&installed[name]),
                    "{what}: {name}"
                );
            }
            // The report says which cache the packages came from.
            let sources = report["projects"][0]["sources"].as_array().unwrap();
            assert!(
                sources
                    .iter()
                    .any(|s| s["what"].as_str().unwrap().starts_with("read from")),
                "{what}: {sources:?}"
            );
        }
    }
}

#[test]
fn the_locked_version_is_read_not_another_one_in_the_cache() {
    // uv's cache holds idna 3.7 and 3.10; every project locks 3.10.
    let (_, report, _) = scan(
        &repo().join("fixtures/python-caches/uv"),
        &[],
        &[("UV_CACHE_DIR", &caches().join("uv"))],
    );
    let idna = &by_name(&report)["idna"];
    assert_eq!(idna["version"], "3.10");
    assert!(first_file(idna).contains("idna-3.10.dist-info"), "{idna}");
}

#[test]
fn cache_root_finds_the_caches_a_ci_restored() {
    let root = caches();
    let (_, report, stderr) = scan(
        &repo().join("fixtures/python-caches/poetry"),
        &["--cache-root", root.to_str().unwrap()],
        &[],
    );
    assert_eq!(report["summary"]["unknown"], 0, "{stderr}");
}

#[test]
fn an_archive_whose_hash_is_not_the_lockfile_s_is_not_read() {
    let copy = tempfile::tempdir().unwrap();
    copy_tree(&caches().join("pypoetry"), copy.path());
    let six = walk(copy.path())
        .into_iter()
        .find(|p| {
            p.to_string_lossy()
                .ends_with("six-1.17.0-py2.py3-none-any.whl")
        })
        .unwrap();
    let mut bytes = std::fs::read(&six).unwrap();
    bytes.extend_from_slice(b"tampered");
    std::fs::write(&six, bytes).unwrap();
    let (code, report, _) = scan(
        &repo().join("fixtures/python-caches/poetry"),
        &[],
        &[("POETRY_CACHE_DIR", copy.path())],
    );
    assert_eq!(code, 1);
    let packages = by_name(&report);
    assert_eq!(packages["six"]["license"], Value::Null);
    assert_eq!(packages["idna"]["license"], "BSD-3-Clause");
    let warnings = report["warnings"].to_string();
    assert!(
        warnings.contains("1 package(s) have an archive in a cache that cannot be used")
            && warnings.contains("its sha256 is not one the lockfile records"),
        "{warnings}"
    );
}

#[test]
fn with_no_environment_and_no_cache_unknown_says_why_once() {
    let (code, report, _) = scan(&repo().join("fixtures/python-caches/poetry"), &[], &[]);
    assert_eq!(code, 1);
    assert_eq!(report["summary"]["unknown"], 5);
    let warnings: Vec<&str> = report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|w| w["message"].as_str())
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].starts_with("5 package(s): no environment of this project was found")
            && warnings[0].contains("`poetry install --no-root`")
            && warnings[0].contains("--cache-root"),
        "{warnings:?}"
    );
}

/// Poetry and uv lock packaging 23.2 for Python < 3.11 and 24.2 for the others; the installed
/// environment (Python 3.11.7) decides. Without one, `requires-python = ">=3.9"` does not.
#[test]
fn markers_pick_the_version_the_environment_uses() {
    for (project, versions) in [
        ("poetry", &["24.2"][..]),
        ("uv", &["24.2"]),
        ("pdm", &["23.2", "24.2"]),
        ("no-env", &["23.2", "24.2"]),
    ] {
        let (_, report, stderr) = scan(
            &repo().join("fixtures/python-markers").join(project),
            &[],
            &[],
        );
        let packaging: Vec<&str> = report["packages"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["name"] == "packaging")
            .map(|p| p["version"].as_str().unwrap())
            .collect();
        assert_eq!(packaging, versions, "{project}: {stderr}");
    }
    let (code, report, _) = scan(&repo().join("fixtures/python-markers/uv"), &[], &[]);
    assert_eq!(code, 0);
    assert_eq!(
        report["projects"][0]["sources"],
        serde_json::json!([{"what": "Python environment (next to the project)", "path": ".venv"}])
    );
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}
