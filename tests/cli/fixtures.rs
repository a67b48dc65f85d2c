//! Every fixture folder, scanned with the default policy: the table and the JSON report are
//! snapshotted. Adding a folder under `fixtures/` adds its snapshots.

use crate::{fixture_dirs, run};

/// A fixture folder's name.
pub fn name(dir: &std::path::Path) -> String {
    dir.file_name().unwrap().to_string_lossy().into_owned()
}

#[test]
fn every_fixture_has_a_readme() {
    for dir in fixture_dirs() {
        assert!(
            dir.join("README.md").is_file(),
            "{} has no README.md",
            dir.display()
        );
    }
}

/// Scans one fixture folder the way its README says: some need a cache the package manager
/// would have filled (given through its environment variable) or SBOM files passed as arguments.
pub fn scan_fixture(name: &str, more: &[&str]) -> crate::Run {
    let folder = format!("fixtures/{name}");
    let mut args = vec!["scan".to_owned(), folder.clone()];
    if name == "sbom-input" {
        for sbom in [
            "maven-cyclonedx-1.4.json",
            "npm-cyclonedx.json",
            "npm-spdx.json",
            "python-spdx-2.2.json",
        ] {
            args.extend(["--sbom".to_owned(), format!("{folder}/{sbom}")]);
        }
    }
    if name.starts_with("rootfs-") {
        // The root is the folder itself, or its `root/` when files beside it are not the image's.
        let root = match crate::repo().join(&folder).join("root").is_dir() {
            true => format!("{folder}/root"),
            false => folder.clone(),
        };
        args.extend(["--rootfs".to_owned(), root]);
    }
    if name.starts_with("image-") {
        args.extend(["--image".to_owned(), format!("{folder}/oci")]);
    }
    if name == "python-caches" {
        // Not as XDG_CACHE_HOME: ossdoo would keep its own cache in the fixture.
        args.extend(["--cache-root".to_owned(), format!("{folder}/home/.cache")]);
    }
    args.extend(more.iter().map(|a| (*a).to_owned()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let cache = |sub: &str| crate::repo().join(&folder).join(sub);
    let home = tempfile::tempdir().unwrap();
    crate::run_with(&args, home.path(), |cmd| match name {
        "go-modcache" => {
            cmd.env("GOMODCACHE", cache(".gomodcache"));
        }
        "python-central-env" => {
            cmd.env(
                "POETRY_VIRTUALENVS_PATH",
                cache("home/.cache/pypoetry/virtualenvs"),
            );
        }
        "npm-cache" => {
            cmd.env("npm_config_cache", cache("cache"));
        }
        "yarn-v1-cache" => {
            cmd.env("YARN_CACHE_FOLDER", cache("cache"));
        }
        "yarn-berry-cache" => {
            cmd.env("YARN_GLOBAL_FOLDER", cache("home/.yarn/berry"));
        }
        "pnpm-store" => {
            cmd.env("npm_config_store_dir", cache("store"));
        }
        "gradle-lockfile" => {
            cmd.env("GRADLE_USER_HOME", cache(".gradle-home"));
        }
        // Scanned where its programs were built: the crates compiled in are in cargo's cache.
        "rootfs-apps" => {
            cmd.env("CARGO_HOME", cache("build-caches/cargo-home"));
        }
        _ => {}
    })
}

#[test]
fn table_output() {
    for dir in fixture_dirs() {
        let name = name(&dir);
        let out = scan_fixture(&name, &[]);
        insta::assert_snapshot!(format!("table-{name}"), out.snapshot());
    }
}

#[test]
fn table_output_all() {
    let out = run(&["scan", "fixtures/cargo-workspace", "--all"]);
    insta::assert_snapshot!(out.snapshot());
}

#[test]
fn json_output() {
    for dir in fixture_dirs() {
        let name = name(&dir);
        let out = scan_fixture(&name, &["--format", "json"]);
        let json: serde_json::Value = serde_json::from_str(&out.stdout)
            .unwrap_or_else(|e| panic!("{name}: stdout is not JSON: {e}"));
        assert_eq!(json["schema_version"], 1);
        insta::assert_snapshot!(format!("json-{name}"), out.snapshot());
    }
}

#[test]
fn json_is_byte_identical_across_runs() {
    let first = run(&["scan", "fixtures/monorepo", "--format", "json"]);
    let second = run(&["scan", "fixtures/monorepo", "--format", "json"]);
    assert_eq!(first.stdout, second.stdout);
}

#[test]
fn scanning_leaves_no_cargo_lock_behind() {
    let lock = crate::repo().join("fixtures/cargo-no-lockfile/Cargo.lock");
    let _turn = crate::no_lockfile_turn();
    assert!(!lock.exists());
    let home = tempfile::tempdir().unwrap();
    let out = crate::run_unserialized(&["scan", "fixtures/cargo-no-lockfile"], home.path(), |_| {});
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(!lock.exists(), "the scan left a Cargo.lock in the fixture");
}
