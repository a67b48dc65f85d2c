//! Bad input: a clear error naming the file, exit code 2, never a panic, and the other projects
//! still reported.

use std::fs;

use crate::{run, run_with};

#[test]
fn missing_registry_cache_suggests_cargo_fetch() {
    let out = run(&["scan", "fixtures/cargo-missing-registry"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.starts_with(
        "error: Cargo.toml: dependencies are not in the local cargo cache and ossdoo does not use the network; run `cargo fetch` in `.` and scan again\n"
    ), "{}", out.stderr);
}

/// Without cargo, a project with a Cargo.lock is read from the lockfile and the vendored crates'
/// manifests, with the same packages, scopes and licenses as `cargo metadata` gives.
#[test]
fn cargo_not_installed_falls_back_to_the_lockfile() {
    let packages = |out: &crate::Run| {
        let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        (json["projects"].clone(), json["packages"].clone())
    };
    let with_cargo = run(&["scan", "fixtures/cargo-workspace", "--format", "json"]);
    let home = tempfile::tempdir().unwrap();
    let without = run_with(
        &["scan", "fixtures/cargo-workspace", "--format", "json"],
        home.path(),
        |cmd| {
            cmd.env("CARGO", "/nonexistent/cargo");
        },
    );
    assert_eq!(without.code, with_cargo.code);
    assert_eq!(packages(&without), packages(&with_cargo));
    assert_eq!(
        without.stderr,
        "warning: Cargo.toml: `/nonexistent/cargo` was not found, so Cargo.lock and the crates' manifests were read directly; install Rust (https://rustup.rs) for cargo's exact resolution\n"
    );
}

#[test]
fn cargo_not_installed_and_no_lockfile() {
    let home = tempfile::tempdir().unwrap();
    let out = run_with(
        &["scan", "fixtures/cargo-no-lockfile"],
        home.path(),
        |cmd| {
            cmd.env("CARGO", "/nonexistent/cargo");
        },
    );
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: Cargo.toml: `/nonexistent/cargo` was not found and there is no Cargo.lock to read instead; install Rust (https://rustup.rs) to scan Cargo projects\n"
    );
}

#[test]
fn path_must_be_a_folder() {
    let out = run(&["scan", "fixtures/does-not-exist"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: `fixtures/does-not-exist` is not a folder; give the folder to scan\n"
    );
}

#[test]
fn unknown_flag_is_a_usage_error() {
    let out = run(&["scan", "--frobnicate"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("unexpected argument '--frobnicate'"),
        "{}",
        out.stderr
    );
}

#[test]
fn broken_lockfile_does_not_hide_the_others() {
    let out = run(&["scan", "fixtures/monorepo", "--format", "json"]);
    assert_eq!(out.code, 2);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["projects"].as_array().unwrap().len(), 3);
    assert_eq!(json["errors"][0]["path"], "broken/package-lock.json");
}

#[test]
fn non_utf8_and_garbage_lockfiles() {
    let dir = tempfile::tempdir().unwrap();
    for (name, lock) in [
        (
            "latin1",
            &b"{\"lockfileVersion\": 3, \"packages\": {\"\": {\"name\": \"caf\xe9\"}}}"[..],
        ),
        ("empty", b""),
        ("random", &[0x00, 0xff, 0x13, 0x37, 0x80][..]),
        ("wrong-type", b"[1, 2, 3]"),
    ] {
        let project = dir.path().join(name);
        fs::create_dir(&project).unwrap();
        fs::write(project.join("package.json"), "{\"name\": \"x\"}").unwrap();
        fs::write(project.join("package-lock.json"), lock).unwrap();
    }
    let out = run(&["scan", dir.path().to_str().unwrap()]);
    assert_eq!(out.code, 2);
    insta::assert_snapshot!(out.stderr);
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_links_out_of_the_tree_are_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    fs::write(
        outside.path().join("package.json"),
        "{\"name\": \"outside\", \"dependencies\": {\"a\": \"1\"}}",
    )
    .unwrap();
    fs::write(
        outside.path().join("package-lock.json"),
        "{\"lockfileVersion\": 3, \"packages\": {}}",
    )
    .unwrap();
    let project = dir.path().join("app");
    fs::create_dir(&project).unwrap();
    fs::write(
        project.join("package.json"),
        "{\"name\": \"app\", \"version\": \"1.0.0\", \"license\": \"MIT\"}",
    )
    .unwrap();
    std::os::unix::fs::symlink(dir.path(), project.join("loop")).unwrap();
    std::os::unix::fs::symlink(outside.path(), project.join("elsewhere")).unwrap();
    let out = run(&["scan", dir.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let manifests: Vec<&str> = json["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["manifest"].as_str().unwrap())
        .collect();
    assert_eq!(manifests, ["app/package.json"]);
}

/// One broken file per format, each beside a good Composer project: the error names the file
/// and the problem (with the line where the format has lines), the good project is still
/// reported, and the exit code is 2.
#[test]
fn broken_input_of_every_ecosystem() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "go.mod",
            "module x\n\nrequire (\n\tgithub.com/a/b v1.0.0\n",
            "line 3: the `require (` block is never closed",
        ),
        (
            "pom.xml",
            "<project>\n  <dependencies>\n    <dependency>\n  </dependencies>\n</project>\n",
            "line 4, column",
        ),
        ("build.gradle", "", "no gradle.lockfile"),
        (
            "gradle.lockfile",
            "junit:junit=testRuntimeClasspath\n",
            "line 1: expected `group:artifact:version=configuration,…`",
        ),
        (
            "composer.lock",
            "{\"packages\": [",
            "invalid JSON: EOF while parsing",
        ),
        (
            "Gemfile.lock",
            "  rack (2.2.0)\n",
            "line 1: expected a section header",
        ),
        (
            "packages.lock.json",
            "{\"version\": 1, \"dependencies\": 3}",
            "invalid JSON: invalid type: integer `3`",
        ),
        (
            "App.csproj",
            "<Project><ItemGroup></Project>",
            "line 1, column",
        ),
        (
            "bom.json",
            "{\"bomFormat\": \"CycloneDX\", \"components\": [{\"version\": \"1\"}]}",
            "not a valid CycloneDX document: missing field `name`",
        ),
    ];
    for (file, text, expected) in cases {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("good");
        fs::create_dir(&good).unwrap();
        fs::write(
            good.join("composer.json"),
            r#"{"name": "acme/good", "require": {"psr/log": "^1.1"}}"#,
        )
        .unwrap();
        fs::write(
            good.join("composer.lock"),
            r#"{"packages": [{"name": "psr/log", "version": "1.1.4", "license": ["MIT"]}], "packages-dev": []}"#,
        )
        .unwrap();
        let bad = dir.path().join("bad");
        fs::create_dir(&bad).unwrap();
        let companion = match *file {
            "composer.lock" => Some(("composer.json", "{}")),
            "Gemfile.lock" => Some(("Gemfile", "source 'https://rubygems.org'\n")),
            "packages.lock.json" => Some(("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"/>")),
            _ => None,
        };
        if let Some((name, text)) = companion {
            fs::write(bad.join(name), text).unwrap();
        }
        fs::write(bad.join(file), text).unwrap();
        let root = dir.path().to_str().unwrap();
        let mut args = vec!["scan", root, "--format", "json"];
        let bom = bad.join("bom.json");
        let bom = bom.to_str().unwrap();
        if *file == "bom.json" {
            args.extend(["--sbom", bom]);
        }
        let out = run(&args);
        let level = if *file == "build.gradle" {
            "warning"
        } else {
            "error"
        };
        let prefix = format!("{level}: bad/{file}: ");
        assert!(
            out.stderr
                .lines()
                .any(|l| l.starts_with(&prefix) && l.contains(expected)),
            "{file}: {}",
            out.stderr
        );
        let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        let projects = json["projects"].as_array().unwrap();
        assert!(
            projects
                .iter()
                .any(|p| p["manifest"] == "good/composer.json"),
            "{file}: {projects:?}"
        );
        assert_eq!(
            out.code,
            if level == "error" { 2 } else { 0 },
            "{file}: {}",
            out.stderr
        );
    }
}

/// Copies `fixtures/cargo-hostile-config` (keeping the scripts executable), scans the copy as a
/// user would (cargo found on `PATH`, so through rustup's proxy when rustup is installed), and
/// lists the markers its programs would have left.
#[test]
fn scanning_never_runs_the_scanned_code() {
    let dir = crate::copy_fixture("cargo-hostile-config");
    let home = tempfile::tempdir().unwrap();
    let out = crate::run_with(
        &["scan", dir.path().to_str().unwrap(), "--format", "json"],
        home.path(),
        |cmd| {
            // As from a shell: `cargo` from PATH, not the exact binary `cargo test` names.
            cmd.env_remove("CARGO").env_remove("RUSTUP_TOOLCHAIN");
        },
    );
    let markers: Vec<String> = walkdir::WalkDir::new(dir.path())
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("MARKER"))
        .collect();
    assert_eq!(markers, Vec::<String>::new(), "{}", out.stderr);
    // The scan itself worked: the crate, the npm project and the Python project are reported.
    let report: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let kinds: Vec<&str> = report["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"cargo") && kinds.contains(&"npm"),
        "{kinds:?} {}",
        out.stderr
    );
}
