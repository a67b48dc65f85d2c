//! Every fixture folder, scanned with the default policy: the table and the JSON report are
//! snapshotted. Adding a folder under `fixtures/` adds its snapshots.

use crate::{fixture_dirs, run};

fn name(dir: &std::path::Path) -> String {
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

#[test]
fn table_output() {
    for dir in fixture_dirs() {
        let name = name(&dir);
        let out = run(&["scan", &format!("fixtures/{name}")]);
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
        let out = run(&["scan", &format!("fixtures/{name}"), "--format", "json"]);
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
