//! Each package manager's own variable for where it keeps packages is honoured: the fixture's
//! project is copied without the in-project setting that points at its cache, the cache stays
//! where it is, and only the variable (or the user-level setting) says where it is. With it, every
//! package has the license the fixture gives in place; without it, more are unknown: the
//! variable is what made the difference.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::{copy_tree, repo, run_with};

/// A copy of `fixtures/<name>` without the entries named in `leave_out` (top level).
fn copy_without(name: &str, leave_out: &[&str]) -> tempfile::TempDir {
    let copy = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("fixtures").join(name), copy.path());
    for entry in leave_out {
        let path = copy.path().join(entry);
        if path.is_dir() {
            std::fs::remove_dir_all(&path).unwrap();
        } else {
            std::fs::remove_file(&path).unwrap();
        }
    }
    copy
}

/// Scans `project` with the home folder `home` and `adjust`ed environment: the summary's unknown
/// count, and each package's license by purl.
fn unknowns(
    project: &Path,
    home: &Path,
    adjust: impl FnOnce(&mut std::process::Command),
) -> (u64, BTreeMap<String, Value>) {
    let run = run_with(
        &["scan", project.to_str().unwrap(), "--format", "json"],
        home,
        adjust,
    );
    let report: Value =
        serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stderr));
    let licenses = report["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["purl"].as_str().unwrap().to_owned(), p["license"].clone()))
        .collect();
    (report["summary"]["unknown"].as_u64().unwrap(), licenses)
}

/// The fixture scanned in place, as its own settings point at its cache.
fn in_place(
    name: &str,
    adjust: impl FnOnce(&mut std::process::Command),
) -> (u64, BTreeMap<String, Value>) {
    let home = tempfile::tempdir().unwrap();
    unknowns(&repo().join("fixtures").join(name), home.path(), adjust)
}

#[test]
fn go_reads_gomodcache_and_gopath() {
    let cache = repo().join("fixtures/go-modcache/.gomodcache");
    let project = copy_without("go-modcache", &[".gomodcache"]);
    let home = tempfile::tempdir().unwrap();
    let expected = in_place("go-modcache", |cmd| {
        cmd.env("GOMODCACHE", &cache);
    });
    let (without, _) = unknowns(project.path(), home.path(), |_| {});
    assert!(without > expected.0);
    let found = unknowns(project.path(), home.path(), |cmd| {
        cmd.env("GOMODCACHE", &cache);
    });
    assert_eq!(found, expected);
    // GOPATH's first entry, `pkg/mod` under it.
    let gopath = tempfile::tempdir().unwrap();
    copy_tree(&cache, &gopath.path().join("pkg/mod"));
    let found = unknowns(project.path(), home.path(), |cmd| {
        cmd.env_remove("GOMODCACHE").env(
            "GOPATH",
            std::env::join_paths([gopath.path(), Path::new("/nonexistent")]).unwrap(),
        );
    });
    assert_eq!(found, expected);
}

#[test]
fn maven_reads_the_local_repository_of_settings_xml() {
    let repository = repo().join("fixtures/maven-multimodule/.m2/repository");
    let project = copy_without("maven-multimodule", &[".m2", ".mvn"]);
    let home = tempfile::tempdir().unwrap();
    let expected = in_place("maven-multimodule", |_| {});
    let (without, _) = unknowns(project.path(), home.path(), |_| {});
    assert!(without > expected.0);
    std::fs::create_dir_all(home.path().join(".m2")).unwrap();
    std::fs::write(
        home.path().join(".m2/settings.xml"),
        format!(
            "<settings xmlns=\"http://maven.apache.org/SETTINGS/1.0.0\">\n  <localRepository>{}</localRepository>\n</settings>\n",
            repository.display()
        ),
    )
    .unwrap();
    assert_eq!(unknowns(project.path(), home.path(), |_| {}), expected);
}

#[test]
fn nuget_reads_nuget_packages() {
    let packages = repo().join("fixtures/nuget/.nuget/packages");
    let project = copy_without("nuget", &["nuget.config", ".nuget"]);
    let home = tempfile::tempdir().unwrap();
    let expected = in_place("nuget", |_| {});
    let (without, _) = unknowns(project.path(), home.path(), |_| {});
    assert!(without > expected.0);
    let found = unknowns(project.path(), home.path(), |cmd| {
        cmd.env("NUGET_PACKAGES", &packages);
    });
    assert_eq!(found, expected);
}

#[test]
fn bundler_reads_gem_home() {
    let gems = repo().join("fixtures/ruby-bundler/vendor/bundle/ruby/3.1.0");
    let project = copy_without("ruby-bundler", &[".bundle", "vendor"]);
    let home = tempfile::tempdir().unwrap();
    let expected = in_place("ruby-bundler", |_| {});
    let (without, _) = unknowns(project.path(), home.path(), |_| {});
    assert!(without > expected.0);
    let found = unknowns(project.path(), home.path(), |cmd| {
        cmd.env("GEM_HOME", &gems);
    });
    assert_eq!(found, expected);
}
